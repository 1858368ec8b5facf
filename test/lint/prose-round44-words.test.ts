import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 44 of the prose rules, vague sources. Reported anew: `according to`
// a plural class with a word of its trade before it, a passive whose agent
// is a bare plural class, one body known only by its kind and standing with
// a verb of finding, a definite plural of trading bodies the paragraph has
// not named, a quantified part of the writer's own clientele telling the
// writer, a thing's habitual name or verdict and a habitual finding in the
// impersonal passive, `we are told` closing its sentence, and a habitual
// description in the passive beside its quotation. No longer reported: a
// participle qualifying its noun before a verb of blaming, and a class that
// told the writer's own advisers in their casework. Superlatives: reported
// anew, `no` with a word of standing over a class and a modal, and a ranking
// across a class after its noun inside a crowd's belief; no longer
// reported, the place where one thing's measure peaks and the writer's own
// deed counted against its own past (`our first since`); reported again, a
// ranking across the records of an area after a noun the paragraph named.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('`according to` a plural class with a word of its trade', () => {
  test('`according to bus drivers`', () => {
    // The class of drivers, not one of them, lends the claim.
    expect(vague('The new junction is far more dangerous, according to bus drivers.')).toEqual(['according to bus drivers'])
  })

  test('guard: a named body after the class names the source', () => {
    // Drivers of one named operator are its staff, a source that can be checked.
    expect(vague('The junction is dangerous, according to bus drivers at the Arriva depot.')).toEqual([])
  })
})

describe('a passive whose agent is a bare plural class', () => {
  test('`was warned by engineers`', () => {
    // The engineers are a class; who they are goes unsaid.
    expect(vague('The parish was warned by engineers that the bridge could fail in a flood.')).toEqual(['was warned by engineers'])
  })

  test('guard: a class the text points at with `the`', () => {
    // `the engineers` points back to people the text knows.
    expect(vague('The parish was warned by the engineers that the bridge could fail.')).toEqual([])
  })
})

describe('one body known only by its kind and standing, with a verb of finding', () => {
  test('`one major lender found`', () => {
    // A single unnamed lender is no more checkable than a class.
    expect(vague('One major lender found that a fifth of its new mortgages went to landlords.')).toEqual(['One major lender found'])
  })
})

describe('a definite plural of trading bodies the paragraph has not named', () => {
  test('`the big banks say`', () => {
    // `the` presupposes banks the reader knows, and names none.
    expect(vague('Rates will fall again before the summer, and the big banks say so too.')).toEqual(['the big banks say'])
  })

  test('guard: the bodies named before', () => {
    // The paragraph has named the banks it means: a pointer back.
    expect(vague('We asked three banks, Halden, Morrow and Pike, about the loan. The banks say the rate will hold.')).toEqual([])
  })
})

describe("a quantified part of the writer's own clientele telling the writer", () => {
  test('`Many of our customers tell us`', () => {
    // Hearsay from a class of people the writer serves, not the writer's survey.
    expect(vague('Many of our customers tell us the new loaves keep longer.')).toEqual(['Many of our customers tell us'])
  })

  test("guard: the writer's own advisers' casework", () => {
    // The clients told the writer's own caseworkers, in the casework the paragraph reports.
    expect(vague('This year our advisers handled 900 new cases. Many of our clients tell us they cannot afford to heat their homes.')).toEqual([])
  })
})

describe('a habitual name, verdict or finding in the impersonal passive', () => {
  test('`is often called the` and a verdict', () => {
    // Who calls the square the heart of the town goes unnamed.
    expect(vague('The market square is often called the heart of the town.')).toEqual(['is often called'])
  })

  test('guard: a bare name is a term, not a verdict', () => {
    // No article after `called`: the plant's common name.
    expect(vague('The plant is often called ground elder.')).toEqual([])
  })

  test('`are usually found on inspection to be`', () => {
    // A finding lent to no inspector.
    expect(vague('Damp patches near chimneys are usually found on inspection to be condensation.')).toEqual(['are usually found on inspection to be'])
  })
})

describe('`we are told` closing its sentence', () => {
  test('`or so we are often told.`', () => {
    // A claim passed on to the writer by no one named.
    expect(vague('Sourdough is easier to digest, or so we are often told.')).toEqual(['we are often told'])
  })
})

describe('a habitual description in the passive beside its quotation', () => {
  test('`is usually described as` and the quoted words', () => {
    // The describer goes unnamed: the source is reported beside the quotation.
    expect(count('vague-attribution', 'The old chapel is usually described as "the finest small building in the valley".')).toBe(1)
  })
})

describe('a participle qualifying its noun before a verb of blaming', () => {
  test('guard: the class that blames is still a source', () => {
    // A finite verb of blaming, its subject a class.
    expect(vague('Farmers blame the drought on the new dam.')).toEqual(['Farmers blame'])
  })

  test('`Delays blamed on the weather are`', () => {
    // `blamed` qualifies `Delays`; only the impersonal finding after it is reported.
    expect(vague('Delays blamed on the weather are often found on review to have other causes.')).toEqual(['are often found on review to have'])
  })
})

describe('`no` with a word of standing over a class, and a modal', () => {
  test('`no sensible builder would`', () => {
    // An absolute over the conduct of every builder worth the name.
    expect(superlatives('The wall is unsafe, and no sensible builder would leave it standing.')).toEqual(['no sensible builder would'])
  })

  test('guard: a report of none on one occasion', () => {
    // No modal: what happened, not an absolute over a class.
    expect(superlatives('No builder came to look at the wall last week.')).toEqual([])
  })
})

describe("a ranking across a class inside a crowd's belief", () => {
  test('`the most frequent fault in older houses`', () => {
    // The class after the noun makes it a ranking claimed, whoever believes it.
    expect(superlatives('Surveyors broadly agree that a blocked gutter is the most frequent fault in older houses.')).toEqual(['the most frequent'])
  })
})

describe("the place where one thing's measure peaks", () => {
  test('guard: a ranking in the world stays a claim', () => {
    // A bridge ranked in a land, not a place in one thing.
    expect(superlatives('It is the longest bridge in Scotland.')).toEqual(['the longest'])
  })

  test('`at the widest point of the crack`', () => {
    // A pick of where one crack is widest, from the writer's own measuring.
    expect(superlatives('We measured 3 mm at the widest point of the crack.')).toEqual([])
  })
})

describe("the writer's own deed counted against its own past", () => {
  test('`our first since` after a clause the writer opens', () => {
    // The writer's own hiring, not a record of the world.
    expect(superlatives('We have opened a second shop this spring, our first since 2015.')).toEqual([])
  })
})

describe('a ranking across the records of an area, after a noun the paragraph named', () => {
  test('`the largest noctule colony recorded within 5 km`', () => {
    // The participle of record and the area rank the colony across every record there, though the paragraph named noctules.
    expect(superlatives('We found noctule bats in the church tower in May. It is the largest noctule colony recorded within 5 km of the village.')).toEqual(['the largest'])
  })
})
