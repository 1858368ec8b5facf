import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'

// Round 11 of the prose rules (quotations and their speakers, sayings,
// vague attributions, superlatives). Each case is paired with a twin on the
// other side, in our own wording.

describe('who a quotation is given to', () => {
  test.each([
    // A role with `the`, praising: named; one of a kind, praising: unnamed.
    [
      'The referee, from a club up the valley, praised the home side for "the cleanest tackling I have seen in a cup final."',
      'A referee from a club up the valley praised the home side for "the cleanest tackling I have seen in a cup final."'
    ],
    // An indefinite person described by an appositive: unnamed; a role with `the`: named.
    [
      'The former keeper, now a guide, told the visitors that "you could hear the lock gates groan from the far end of the village."',
      'One former keeper, now a guide, told the visitors that "you could hear the lock gates groan from the far end of the village."'
    ],
    // An indefinite person described by a relative clause, however many `the`s it holds: unnamed; a name: named.
    [
      'Aled Price, who has walked the hills above the farm for forty years, told the survey team: "I have never known the bog to be so dry in May."',
      'A shepherd who has walked the hills above the farm for forty years told the survey team: "I have never known the bog to be so dry in May."'
    ]
  ])('%s', (named, unnamed) => {
    expect([count('quotation-without-citation', named), count('unattributed-quotation', named)]).toEqual([1, 0])
    expect([count('quotation-without-citation', unnamed), count('unattributed-quotation', unnamed)]).toEqual([0, 1])
  })
})

describe('sayings in quotation marks are nobody’s words', () => {
  test.each([
    // Introduced as a motto or as a case of a saying.
    ['The carpenter’s motto is "check the level, then check it again."', 'The carpenter told me "check the level, then check it again."'],
    ['Leaving the ladder out overnight is a case of "asking for trouble in the rain."', 'Leaving the ladder out, our neighbour said, was "asking for trouble in the rain."'],
    // Shaped like a maxim: a comparative, two short parallel clauses.
    ['When the forecast is doubtful we go with "better early than stranded."', 'When the forecast is doubtful, one guide told us, "it is better to turn back early than to be stranded."'],
    ['We plant by the old way of "sow thin, weed less."', 'A neighbour shouted over the fence, "sow them thinner this time, please."']
  ])('%s', (saying, words) => {
    expect(count('unattributed-quotation', saying) + count('quotation-without-citation', saying)).toBe(0)
    expect(count('unattributed-quotation', words) + count('quotation-without-citation', words)).toBe(1)
  })
})

describe('vague attribution', () => {
  test.each([
    // A whole class, or a class everywhere, with a reporting verb.
    ['Everyone at the club says the new pitch drains badly.', ['Everyone at the club says'], 'Everyone at the club signed the card.'],
    ['Beekeepers everywhere say the spring was too cold.', ['Beekeepers everywhere say'], 'Beekeepers everywhere gathered for the show.'],
    // The writer's own finding and the writer's own knowledge are not lent to anyone.
    ['Many owners worry about the cost of repairs.', ['Many owners worry'], 'We know many owners worry about the cost of repairs.'],
    ['Surveyors have found rot behind the skirting boards.', ['Surveyors have found'], 'Behind two layers of skirting boards we found rot.']
  ])('%s', (flagged, spans, quiet) => {
    expect(found(detectVagueAttributions, flagged)).toEqual(spans)
    expect(found(detectVagueAttributions, quiet)).toEqual([])
  })
})

describe('superlatives and absolutes', () => {
  test.each([
    // Rhetoric about the future, whoever its subject.
    ['Walkers on the ridge never find it quiet.', ['never'], 'Walkers with a free weekend will never find a quieter season on the ridge.'],
    // Particular people's experience in a narrative past.
    ['This model has never failed a safety test.', ['never'], 'Nine of the ten volunteers had never used a chainsaw before the course.'],
    // A superlative inside a reported question.
    ['Route 9 is the slowest in town.', ['the slowest'], 'Parents often ask me which bus route is the slowest, and I point them to the timetable.'],
    // The writer's own habit, the reader's own practice.
    ['The early ferry is always late.', ['always'], 'My advice is always to book the early ferry.'],
    ['Of the four shops, this one charges least.', ['least'], 'Start with the scale you play least.'],
    // The one of a kind that leads by frequency.
    ['The bend by the mill is the junction that most often floods in winter.', ['the junction that most often'], 'The bend by the mill often floods in winter.'],
    // Every one of a kind of event, after a verb of what follows.
    ['Landslips follow every wet winter on this road.', ['every wet winter'], 'Landslips followed the wet winter on this road.']
  ])('%s', (flagged, spans, quiet) => {
    expect(found(detectSuperlatives, flagged)).toEqual(spans)
    expect(found(detectSuperlatives, quiet)).toEqual([])
  })
})
