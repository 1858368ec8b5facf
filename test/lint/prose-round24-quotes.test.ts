import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {count, found} from './prose-round-helpers.js'

// Round 24 of the prose rules: vague attributions and quotations. Each case
// is in our own wording; every row fails on the code before this round but
// the guards.

describe('a class of reports that speaks is a vague source', () => {
  test('`<kind> reports say`, `… claim`, `… allege`, however many nouns name the kind', () => {
    expect(found(detectVagueAttributions, 'Aid agency reports say that the border crossings were shut for weeks.')).toEqual(['Aid agency reports say'])
    expect(found(detectVagueAttributions, 'Local press reports claim the council knew of the leak in March.')).toEqual(['Local press reports claim'])
    expect(count('vague-attribution', 'Trade reports allege that the tender was rigged.')).toBe(1)
  })

  test('guard: named or pointed-at reports, and reports that suggest or show as a kind of record', () => {
    expect(count('vague-attribution', 'The Ofwat reports say that the leaks have halved.')).toBe(0)
    expect(count('vague-attribution', 'Our inspection reports show that the gutters are blocked.')).toBe(0)
    expect(count('vague-attribution', 'Crash reports suggest the fault lies in the graphics driver.')).toBe(0)
    expect(count('vague-attribution', 'Payroll reports show that overtime doubled in winter.')).toBe(0)
  })
})

describe('a collective noun narrowed by a place or a scope is a class of people', () => {
  test('`crew across …`, `staff throughout …`, `clergy in …` with a reporting verb', () => {
    expect(found(detectVagueAttributions, 'Crew across the fleet say that the new rosters are exhausting.')).toEqual(['Crew across the fleet say'])
    expect(found(detectVagueAttributions, 'Staff throughout the hospital trust report that parking is impossible.')).toEqual(['Staff throughout the hospital trust report'])
    // As with a plural (`Passengers on the late ferry said`), a class narrowed to one occasion is still unnamed.
    expect(count('vague-attribution', 'Crew on the late ferry said the sea was too rough to dock.')).toBe(1)
  })

  test('guard: the collective pointed at, or alone, or with a singular verb', () => {
    expect(count('vague-attribution', 'The crew of the late ferry said the sea was too rough to dock.')).toBe(0)
    expect(count('vague-attribution', 'Staff told us that the lifts were broken.')).toBe(0)
    expect(count('vague-attribution', 'Staff across the trust says nothing.')).toBe(0)
  })
})

describe('a class that is told something is no source', () => {
  test('`<plural> who are told`, `… were shown`: a passive in a relative clause', () => {
    expect(count('vague-attribution', 'Growers who are told the frost is coming still plant early.')).toBe(0)
    expect(count('vague-attribution', 'Patients who were often told to wait simply went home.')).toBe(0)
  })

  test('guard: the class as the one who tells', () => {
    expect(count('vague-attribution', 'Growers who planted early told the inspectors that the frost did little harm.')).toBe(1)
    expect(count('vague-attribution', 'Growers have told the inspectors that the frost did little harm.')).toBe(1)
  })
})

describe('a kind of scan, audit or census as the subject is a kind of data', () => {
  test('`<kind> scans found`, `<kind> audits found`', () => {
    expect(count('vague-attribution', 'Port-wide scans found 2,300 routers with the default password.')).toBe(0)
    expect(count('vague-attribution', 'Energy audits found heat escaping through every loft hatch.')).toBe(0)
  })

  test('guard: scans named by no kind, and a named kind of survey', () => {
    expect(count('vague-attribution', 'Recent scans found thousands of routers with the default password.')).toBe(1)
    expect(count('vague-attribution', 'Drone surveys show the marsh is retreating.')).toBe(0)
  })
})

describe('a figure\'s course expected by no one, with no year it runs to', () => {
  test('`are expected to rise by …`, `is expected to double`', () => {
    expect(found(detectVagueAttributions, 'Autumn sowings of oats are expected to rise by about a tenth, which would cut the price.')).toEqual(['are expected to'])
    expect(count('vague-attribution', 'Ferry fares are expected to double next summer.')).toBe(1)
  })

  test('guard: a projection to a year, a duty, an arrival, a schedule', () => {
    expect(count('vague-attribution', 'The share of homes heated by pumps is expected to reach 0.4 by 2040.')).toBe(0)
    expect(count('vague-attribution', 'Sea levels here are expected to rise by the 2080s more than anywhere on the coast.')).toBe(0)
    expect(count('vague-attribution', 'Members are expected to attend the spring meeting.')).toBe(0)
    expect(count('vague-attribution', 'Guests are expected to arrive by 6 pm.')).toBe(0)
    expect(count('vague-attribution', 'Work on the pier is expected to start in June.')).toBe(0)
  })
})

describe('one of a class at a place is unnamed, after `as` too', () => {
  test('`As one <person> at the <body> put it, “…”` is an unattributed quotation', () => {
    const text = 'As one veteran steward at the rowing club put it, "the river always wins the argument in the end."'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: a role with `the` is named', () => {
    const text = 'As the captain of the rowing club put it, "the river always wins the argument in the end."'
    expect(count('unattributed-quotation', text)).toBe(0)
    expect(count('quotation-without-citation', text)).toBe(1)
  })
})

describe('a name\'s possessive before a quotation names a work', () => {
  test('`<Author>\'s “<title or first line>”` is a title, not a quotation', () => {
    const text = 'The reading closes with Marrow\'s "The lamps go out along the quay at ten" and a short silence.'
    expect(count('quotation-without-citation', text)).toBe(0)
    expect(count('unattributed-quotation', text)).toBe(0)
    expect(count('quotation-without-citation', 'We learned Ellery’s “Come down to the salt marsh in the rain” by heart.')).toBe(0)
  })

  test('guard: a person\'s words after `words,`, a role\'s possessive, a long passage', () => {
    expect(count('quotation-without-citation', 'He read out the mayor\'s words, "we will not close a single library this year", to the hall.')).toBe(1)
    expect(count('quotation-without-citation', 'He read out the mayor\'s "we will not close a single library this year" to the hall.')).toBe(1)
    expect(count('quotation-without-citation', 'Everyone remembers Morrow\'s "we will not close a single library this year, whatever the council decides next spring" from the hustings.')).toBe(1)
  })
})
