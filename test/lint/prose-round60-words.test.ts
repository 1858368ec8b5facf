import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 60 of the prose rules, superlatives and vague attributions.
// Superlatives, no longer reported: `every` after a requirement in its clause
// (`requires a medical check for every player`, `the code applies to every
// kitchen`, `buyers ask for a certificate with every pallet`): what a rule or
// a buyer demands of each, not a claim that all are so.
// Vague attributions, reported anew: a connective set off by commas between
// a class and its verb (`Curators, however, report`, `Growers, meanwhile,
// have said`), read past as the same word without commas is; a place name
// with `the` joined by `and` to the phrase after a class (`Importers in
// Spain and the Netherlands say`), no subject of its own.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)

describe('`every` after a requirement', () => {
  test('`requires a medical check for every player`', () => {
    expect(superlatives('The league now requires a medical check for every player before the season.')).toEqual([])
  })

  test('`applies to every kitchen`', () => {
    expect(superlatives('The hygiene code applies to every kitchen that serves the public.')).toEqual([])
  })

  test('`ask for a certificate with every pallet`', () => {
    expect(superlatives('Retailers in the north ask for a certificate with every pallet.')).toEqual([])
  })

  test('`insisted on a fitting for every rider`', () => {
    expect(superlatives('The organisers insisted on a helmet fitting for every rider.')).toEqual([])
  })

  test('guard: `every` of the world, with no requirement', () => {
    expect(superlatives('The drought has hit every farm in the valley.')).toEqual(['every farm in'])
  })

  test('guard: a requirement in another sentence', () => {
    expect(superlatives('The rules require a permit. Every angler on the river has one.')).toEqual(['Every angler'])
  })

  test('guard: `Every` opening a sentence of an outcome', () => {
    expect(superlatives('Every player in the league failed the check.')).toEqual(['Every player'])
  })
})

describe('a connective set off by commas between a class and its verb', () => {
  test('`Curators, however, report`', () => {
    expect(vague('Funders want more sampling. Curators, however, report that requests have doubled.')).toEqual(['Curators, however, report'])
  })

  test('`Growers, meanwhile, have said`', () => {
    expect(vague('Prices fell in May. Growers, meanwhile, have said the crop is late.')).toEqual(['Growers, meanwhile, have said'])
  })

  test('guard: the connective without commas, read already', () => {
    expect(vague('Curators however report that requests have doubled.')).toEqual(['Curators however report'])
  })

  test('guard: a named body before the connective', () => {
    expect(vague('The museum, however, reports that requests have doubled.')).toEqual([])
  })

  test('guard: the writer’s own class before the connective', () => {
    expect(vague('Our curators, however, report that requests have doubled.')).toEqual([])
  })

  test('guard: a class after the connective, read already', () => {
    expect(vague('In 2019, however, officials say the rate rose.')).toEqual(['officials say'])
  })
})

describe('a place name with `the` joined to the phrase after a class', () => {
  test('`Importers in Spain and the Netherlands say`', () => {
    expect(vague('Importers in Spain and the Netherlands say buyers want smaller boxes.')).toEqual(['Importers in Spain and the Netherlands say'])
  })

  test('`Traders in Ghana and the Gambia report`', () => {
    expect(vague('Traders in Ghana and the Gambia report that prices doubled.')).toEqual(['Traders in Ghana and the Gambia report'])
  })

  test('guard: one place, read already', () => {
    expect(vague('Importers in Spain say buyers want smaller boxes.')).toEqual(['Importers in Spain say'])
  })

  test('guard: a named body with `the` as its own subject', () => {
    expect(vague('Sales fell in Spain and the Commission says prices will recover.')).toEqual([])
  })
})
