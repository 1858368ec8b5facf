import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 15 of the prose rules (quotations and their speakers, vague
// attributions, superlatives). Each case is paired with a twin on the other
// side, in our own wording; every row fails on the code before this round
// but the two named guards.

/** The messages of the quotation and attribution rules a text gets: [unattributed, without citation, vague]. */
function messages(text: string): number[] {
  return [count('unattributed-quotation', text), count('quotation-without-citation', text), count('vague-attribution', text)]
}

describe('superlatives and absolutes that pick out, record nothing or lay down a rule', () => {
  test.each([
    // A named person's own best so far; a land's longest, a ranking.
    ["Ravi's longest ride so far was a loop of the reservoir.", "The tunnel is Norway's longest."],
    // A report of none filed in a procedure; none of a kind that matches.
    ['No evidence has been submitted to support the figure.', 'No other hinge has a sleeve of this kind.'],
    // A grade of one's own staff and its training; a grade in a land.
    ['Her rule is simple: every trainee works a month in the stockroom first.', 'Her rule is simple: every trainee in Britain works a month in the stockroom first.'],
    // Nobody hurt at the writer's own event; nobody ever, a universal.
    ['Nobody was hurt on the walk this year.', 'Nobody has ever walked the full route in a day.'],
    // An event's own return; a first since a year, a record.
    ['Evening racing resumed for the first time since 2018, with lit buoys.', 'The river froze for the first time since 1963.'],
    // What a rule requires for every one; what is so of every one.
    ['Guards must be kept on site for every exposed blade.', 'Guards now sit on every exposed blade.'],
    // A dated result of the writer's own sample; a ranking of the world.
    ['The oldest timber in the roof is from 1432, which dates the hall.', 'The oldest timber roof in England covers the hall.'],
    // The best option of a report's own, in the conditional; the cheapest on this report.
    ['The biggest saving would come from draught-proofing the front door.', 'The biggest saving in years came from draught-proofing.'],
    ['Sealing the chimney is the cheapest measure on this report.', 'Sealing the chimney is the cheapest measure in the country.'],
    // A superlative in a quoted title is part of a name.
    ['Please follow our page, "Once a Rower, Always a Rower", for race news.', 'Rowers always finish the season fitter.']
  ])('%s', (none, claim) => {
    expect(found(detectSuperlatives, none)).toEqual([])
    expect(found(detectSuperlatives, claim)).not.toEqual([])
  })

  test.each([
    // A ranking within the writer's own experience, of a place named after it, is a claim of that place.
    ['The light was the finest we have ever seen from that ridge.', 'The light was the finest we have ever seen.', 'the finest'],
    ['This is the tidiest workshop I have visited in the county this year.', 'This is the tidiest workshop I have visited.', 'the tidiest'],
    // A ranking with its land after a crowd's belief is claimed all the same; an absolute there is the belief's.
    ['It is often said that nurses are the largest group of staff in the country.', 'It is often said that nurses never rest.', 'the largest'],
    // A first finding in a named area; the first entry of the writer's own notebook.
    ['A clump of orchids by the stile was the first record for the parish.', 'The first record in our notebook was a clump of orchids.', 'the first record for the parish']
  ])('%s', (claim, none, words) => {
    expect(found(detectSuperlatives, claim)).toEqual([words])
    expect(found(detectSuperlatives, none)).toEqual([])
  })
})

describe('quotations: a person asked by name, one described but not named, a document quoted at its page', () => {
  test.each([
    // The answer of a person asked by name is attributed; of one asked by no name, not.
    ['When we asked Tomas Reyes why he moved the bakery, he smiled: "The rent was half and the ovens were better."', [0, 1, 0]],
    // One of a group, described by a relative clause after a comma or by a participle, is not named.
    ['One neighbour, who asked not to be named, said: "The hedge has not been cut in my lifetime."', [1, 0, 0]],
    ['One walker, standing by the gate, said the view was "like a painting that someone forgot to finish."', [1, 0, 0]],
    // A document quoted with its page and lines is cited at that place.
    ['The specification states that the coating "resists all the solvents used in the trade" (page 12, lines 3–4).', [0, 0, 0]]
  ])('%s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })

  test.each([
    // Guards (they pass before this round too): a named speaker with no locator, and a document quoted with none.
    ['One neighbour, Ada Finch, said: "The hedge has not been cut in my lifetime."', [0, 1, 0]],
    ['The specification states that the coating "resists all the solvents used in the trade".', [0, 1, 0]]
  ])('guard: %s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })
})

describe('vague sources: a cause blamed, a feeling in a trade, a worry raised to be answered', () => {
  test.each([
    // A class that blames a cause, with no `on`; the writer who blames it.
    ['Growers blame the wet spring.', 'We blame the wet spring.', 'Growers blame'],
    // A feeling lent to a trade; an earthquake felt across a valley.
    ['It is widely felt in the industry that the rules are too strict.', 'It was felt across the valley, and the windows shook.', 'It is widely felt in the industry that']
  ])('%s', (vague, other, words) => {
    expect(found(detectVagueAttributions, vague)).toEqual([words])
    expect(found(detectVagueAttributions, other)).toEqual([])
  })

  test('a worry the sentence answers is raised, not lent authority; left unanswered, it is a crowd’s', () => {
    expect(found(detectVagueAttributions, 'Some drivers worry that electric vans are slow, but the new ones are quick.')).toEqual([])
    expect(found(detectVagueAttributions, 'Some drivers worry that electric vans are slow.')).toEqual(['Some drivers worry'])
  })
})
