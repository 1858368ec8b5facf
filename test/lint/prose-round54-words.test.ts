import {describe, expect, test} from 'vitest'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 54 of the prose rules, superlatives.
// Superlatives, no longer reported: `nobody` or `no one` with the care one
// past occasion called for (`nobody needed more than a plaster`, `No one went
// to hospital`), a record of that occasion as `Nobody was hurt` is; a time of
// the writer's own picked out after a preposition (`on our busiest day`, `at
// our lowest point`), not a record (`our busiest year ever`); an `-est`
// naming a prize's category at the writer's own event (`The best-dressed
// crew prize went to`), not a prize's size or one in a field (`the biggest
// prize in racing`).
// Nothing is reported anew this round.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('nobody, with the care one past occasion called for', () => {
  test('`nobody needed more than a plaster`', () => {
    // How the day's falls ended: a record of one occasion.
    expect(superlatives('The first-aid tent saw a steady queue, but nobody needed more than a plaster.')).toEqual([])
  })

  test('`No one needed hospital treatment`', () => {
    // The outcome of one crash, told in the past.
    expect(superlatives('Two boats collided at the turn, and no one needed hospital treatment.')).toEqual([])
  })

  test('`Nobody went to hospital`', () => {
    // One fall's outcome.
    expect(superlatives('Three riders came off at the water jump; nobody went to hospital.')).toEqual([])
  })

  test('guard: nobody needs, in the present', () => {
    // A general claim about a kind of harm, not one occasion's record.
    expect(superlatives('Nobody needs hospital treatment after a wasp sting.')).toEqual(['Nobody'])
  })

  test('guard: nobody with a general verb', () => {
    // A claim about people at large.
    expect(superlatives('Nobody enjoys a cold start to the season.')).toEqual(['Nobody'])
  })
})

describe('a time of the writer\'s own picked out', () => {
  test('`on our busiest weekend`', () => {
    // One weekend of the writer's own season, picked out.
    expect(superlatives('On our busiest weekend in June the cattery held 30 cats.')).toEqual([])
  })

  test('`at our lowest ebb`', () => {
    // The writer's own low time, not a ranking.
    expect(superlatives('Several of us found the choir at our lowest ebb.')).toEqual([])
  })

  test('`during my hardest week`', () => {
    // A week of the writer's own picked out.
    expect(superlatives('During my hardest week on the ward, a patient sent me a card.')).toEqual([])
  })

  test('guard: our busiest year ever', () => {
    // A record claim over all the writer's years.
    expect(superlatives('In our busiest year ever we sold 900 jars of honey.')).toEqual(['our busiest'])
  })

  test('guard: our busiest month on record', () => {
    // A record claim.
    expect(superlatives('In our busiest month on record the van made 60 deliveries.')).toEqual(['our busiest'])
  })

  test('guard: our busiest day of all time', () => {
    // A record over every day the writer has known.
    expect(superlatives('On our busiest day of all time the bakery sold 400 pies.')).toEqual(['our busiest'])
  })
})

describe('a prize of the writer\'s own event by its category', () => {
  test('`The best-dressed crew prize`', () => {
    // The name of a prize given on the day.
    expect(superlatives('The best-dressed crew prize went to a boat full of pirates.')).toEqual([])
  })

  test('`the longest-drive trophy`', () => {
    // A category of the golf day's prizes.
    expect(superlatives('A junior took the longest-drive trophy home for the second time.')).toEqual([])
  })

  test('`The fastest lap award`', () => {
    // A prize's category at the karting evening.
    expect(superlatives('The fastest lap award went to our treasurer.')).toEqual([])
  })

  test('guard: the biggest prize in a field', () => {
    // A prize's size ranked against a whole sport.
    expect(superlatives('It is the biggest prize in amateur rowing.')).toEqual(['the biggest'])
  })

  test('guard: the hardest prize to win', () => {
    // A ranking of prizes, not one named.
    expect(superlatives('It is the hardest prize to win on the circuit.')).toEqual(['the hardest'])
  })
})
