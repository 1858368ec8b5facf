import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 46 of the prose rules, vague sources. Reported anew: a class laying
// a cause at a door with a bare noun (`Ecologists blame pesticides`), reports
// the press at large made, whatever the verb (`Press reports suggest`), a
// class placed `up and down the country` before its verb, a class putting a
// figure at a share in words (`put the loss at about half`), and the trade or
// its press in the perfect progressive (`The trade press has been calling`).
// Superlatives, no longer reported: `every` over the days, nights, checks and
// festivals of a club's or a person's own calendar (`on every open day`, `at
// every festival since`), and `every` after a rule's modal and a verb of
// sequence (`should follow every sweep`). Each case is in our own wording;
// every row fails on the code before this round but the guards, which keep
// the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('a class laying a cause at a door with a bare noun', () => {
  test('`Ecologists blame pesticides`', () => {
    // The cause is a bare plural, no `the` and no `on`: the class's view of a cause all the same.
    expect(vague('Ecologists blame pesticides for most of the loss.')).toEqual(['Ecologists blame'])
  })

  test('`Vets blame cheap imported puppies`', () => {
    // An adjective before the bare noun.
    expect(vague('Vets blame cheap imported puppies.')).toEqual(['Vets blame'])
  })

  test('guard: a class blaming itself lays no cause', () => {
    // A reflexive pronoun is the one blamed, not a cause the class names.
    expect(vague('Parents often blame themselves after an accident.')).toEqual([])
  })
})

describe('reports the press at large made', () => {
  test('`Press reports suggest`', () => {
    // No paper is named: the press is a class of sources, whatever the verb.
    expect(vague('Press reports suggest the talks have stalled.')).toEqual(['Press reports suggest'])
  })

  test('`Trade press reports indicate`', () => {
    // A trade's press is still the press at large.
    expect(vague('Trade press reports indicate that wholesalers are cutting stock.')).toEqual(['Trade press reports indicate'])
  })

  test('guard: a kind of record that shows', () => {
    // Inspection reports are a kind of record, named as payroll data are.
    expect(vague('Inspection reports show the roof was sound.')).toEqual([])
  })
})

describe('a class placed `up and down` a land before its verb', () => {
  test('`up and down the country report`', () => {
    // `up and down the country` spans a place as `across the country` does.
    expect(vague('Allotment societies up and down the country report long waiting lists.')).toEqual(['Allotment societies up and down the country report'])
  })

  test('`up and down the land say`', () => {
    // The same with another land.
    expect(vague('Libraries up and down the land say the same.')).toEqual(['Libraries up and down the land say'])
  })

  test('guard: the writer going up and down a place', () => {
    // `We` is the writer's own finding.
    expect(vague('We drove up and down the county and found the same.')).toEqual([])
  })
})

describe('a class putting a figure at a share in words', () => {
  test('`put the drop-out rate at nearly a third`', () => {
    // A share in words is a figure as digits are.
    expect(vague('Teachers in the town put the drop-out rate at nearly a third.')).toEqual(['Teachers in the town put'])
  })

  test('`put the loss at about half`', () => {
    // `half` alone.
    expect(vague('Anglers put the loss of young trout at about half.')).toEqual(['Anglers put'])
  })

  test("guard: the writer's own estimate", () => {
    // `We` put the figure: the writer's own reckoning.
    expect(vague('We put the cost at about half what we paid last year.')).toEqual([])
  })
})

describe('the trade or its press in the perfect progressive', () => {
  test('`The trade press has been calling`', () => {
    // The trade's press as one speaker, no paper named.
    expect(vague('The trade press has been calling it a poor harvest.')).toEqual(['The trade press has been calling'])
  })

  test('`The industry has been warning`', () => {
    // A whole industry, no firm named, in the perfect progressive.
    expect(vague('The industry has been warning about the shortage for months.')).toEqual(['The industry has been warning'])
  })

  test('guard: the trade press as a place, not a speaker', () => {
    // `in the trade press`: nobody in it is the subject.
    expect(vague('Nobody in the trade press has been saying so.')).toEqual([])
  })
})

describe("`every` over the occasions of a club's or a person's own calendar", () => {
  test('`on every race day`', () => {
    // The writer's own event days: thanks for a practice, no claim about the world.
    expect(superlatives('The stewards who manned the gate on every race day deserve our thanks.')).toEqual([])
  })

  test('`on every junior club night`', () => {
    // Two words before the occasion.
    expect(superlatives('The volunteers who ran the bar on every adult club night have earned a rest.')).toEqual([])
  })

  test('`on every check`', () => {
    // A survey's own visits.
    expect(superlatives('The nest held two chicks on every check in May.')).toEqual([])
  })

  test('`at every festival since`', () => {
    // One exhibitor's own record.
    expect(superlatives('She has shown her roses at every festival since 1990.')).toEqual([])
  })

  test('guard: `every` over a place, not an occasion', () => {
    // Cities are no occasions: a claim about the world.
    expect(superlatives('Rents have risen in every city in the country.')).toEqual(['every city'])
  })
})

describe("`every` after a rule's modal and a verb of sequence", () => {
  test('`should follow every repair`', () => {
    // What a rule sets after each one, not a claim that all are so.
    expect(superlatives('A pressure test should follow every repair.')).toEqual([])
  })

  test('`must precede every climb`', () => {
    // The same before each one.
    expect(superlatives('A safety briefing must precede every climb.')).toEqual([])
  })

  test('guard: a verb of sequence with no modal', () => {
    // No rule: a claim about every model.
    expect(superlatives('The same fault seems to follow every model of this boiler.')).toEqual(['every model of'])
  })
})
