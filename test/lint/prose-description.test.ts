import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import type {Span} from '../../src/lint/prose/span.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'

// Sixth round of the prose detectors, by general criteria: descriptive
// numbers (a label, the size of one thing, what the writer's own body has,
// what a body will do or has decided, an offer, a condition's threshold),
// passives of reporting and comparison, classes of people with any
// reporting verb, quotations given to an unnamed class, and superlatives
// by whose voice they speak in. Every example
// is written for this file (none comes from a labelled set).

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

/** The prose rule ids `strict` reports on a text. */
function rules(text: string): string[] {
  return lint(text, {preset: 'strict'})
    .map((message) => message.ruleId ?? '')
    .filter((id) => ['uncited-statistic', 'unattributed-quotation', 'quotation-without-citation', 'vague-attribution'].includes(id))
}

describe('descriptive numbers are not statistics', () => {
  test.each([
    // A label: an identifier with a leading zero, a number word opening a name.
    'Callers should quote reference 0473 of 12 March.',
    'The quartet known as Sevenfold Consort sang in the nave.',
    // The size of one thing, its dimension named.
    'The suspect is about 1.7 metres tall and wore a blue cap.',
    'The yacht (length overall 11.6 m) was refloated at dawn.',
    'The footbridge spans 140 metres between the piers.',
    'The new sleeve is cut 4 cm shorter than the old pattern.',
    // What the writer's own body has.
    'We currently employ 27 people across two offices.',
    // What a body will do or has decided to do, in the figure's clause.
    'The parish council has decided to replace 250 lamp posts next year.',
    'Each entry will be judged by at least five panel members.',
    // An offer.
    'Up to 6 bursaries of £500 each are available to students.',
    // How long one item takes to make.
    'Each basket takes about 9 hours to weave.',
    // A condition's threshold.
    'The school writes to parents where a pupil misses more than 15% of lessons.',
    // A capacity and what an installation holds.
    'The new minibus carries up to 16 passengers.',
    'The artist has filled the crypt with 2,000 paper lanterns.',
    // A duration in nights.
    'The image was built up over five nights of exposures.'
  ])('%s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    // A rate of use, not a capacity.
    ['The ring road carries 70,000 cars a day.', '70,000 cars'],
    // A size measured over time, or an aggregate.
    ['The glacier front has retreated 300 metres since 1990.', '300 metres'],
    ['The average adult in the valley is 1.74 metres tall.', '1.74 metres'],
    // An estimate of what will happen.
    ['The storm will leave thousands of homes without power.', 'thousands of homes'],
    // The writer's own finding.
    ['We found 45 nests on the cliffs this spring.', '45 nests'],
    // A share, even in a plan's sentence.
    ['The board has agreed to a plan after 40% of members objected.', '40%'],
    // A multiple of a quantity named by `those`, a count of an invariant plural, a tally without `by`, a count against its baseline.
    ['Sales in May were four times those of the same month last year.', 'four times those'],
    ['At least six other aircraft were grounded.', 'At least six other aircraft'],
    ['The synod voted 301 to 44 to keep the rule.', 'voted 301 to 44'],
    ['The shelter has rehomed 145 dogs since March, compared with 90 in the whole of last year.', '145 dogs since March, compared with 90'],
    // A number word opening a sentence after an opening bracket, quotation mark or dash, not a name.
    ['Turnout was low. (Forty percent of members voted.)', 'Forty percent'],
    ['[Sixty percent of the stock was lost.]', 'Sixty percent']
    // (A figure inside an unnamed speaker's quoted words is the quotation's, since the thirty-second round: prose-round32-stats.test.ts.)
  ])('%s is still a statistic', (text, words) => {
    expect(found(detectStatistics, text).join(' ')).toContain(words)
  })
})

describe('vague attribution: passives of reporting and classes with any reporting verb', () => {
  test.each([
    ['Similar failures have been reported in other models of the boiler.', 'have been reported'],
    ['The chapel has often been compared to a lantern.', 'has often been compared'],
    ['Night-shift workers are known to sleep less than day workers.', 'are known to'],
    ['Historians have since argued that the treaty failed.', 'Historians have since argued'],
    ['Ecologists have long held that the marsh is recovering.', 'Ecologists have long held'],
    ['Visitors have compared the new glass atrium to a greenhouse.', 'Visitors have compared']
  ])('%s', (text, words) => {
    expect(found(detectVagueAttributions, text).join(' ')).toContain(words)
  })

  test.each([
    // The agent or the addressee is given.
    'The failures have been reported by the national regulator.',
    'The theft has been reported to police.',
    // A named person holds the view.
    'Dr Ines Varga has long held that the marsh is recovering.',
    // A past participle after a singular noun qualifies it: nobody reports anything.
    'Officers investigating the theft of a van found near the quay have released footage.'
  ])('%s is attributed, or reports nothing', (text) => {
    expect(found(detectVagueAttributions, text)).toEqual([])
  })
})

describe('quotations given to an unnamed class', () => {
  test('a class of people as the subject of the last clause, whatever names come before', () => {
    const text = 'The soup was created by chef Anton Ruiz, and regular diners have called it "the best thing on the coast this winter."\n'
    expect(rules(text)).toEqual(['unattributed-quotation'])
  })

  test('a collective noun opening the sentence', () => {
    const text = 'Staff describe the night shift as "tiring but worth every minute of it."\n'
    expect(rules(text)).toEqual(['unattributed-quotation'])
  })

  test('a named speaker still needs only a citation', () => {
    const text = 'Chef Anton Ruiz called it "the best thing on the coast this winter."\n'
    expect(rules(text)).toEqual(['quotation-without-citation'])
  })

  test('the topic of a work in quotes is a title, not a quotation', () => {
    const text = 'Her essay on "the city as a kitchen garden" is still widely read.\n'
    expect(rules(text)).toEqual([])
  })
})

describe('superlatives: rankings of the world, not names, idioms or someone\'s experience', () => {
  test.each([
    ['Drowning is the leading cause of death among young anglers.', 'the leading cause of'],
    ['No bridge in the county has been more photographed.', 'No bridge in the county has been more'],
    ['Her fees rose faster than those of any other tutor in town.', 'faster than those of any other']
  ])('%s ranks', (text, words) => {
    expect(found(detectSuperlatives, text)).toEqual([words])
  })

  test.each([
    // A superlative inside a name.
    'The club voted to keep the Best Newcomer prize.',
    // An idiom.
    'Questions from readers are welcome, as always.',
    // The writer's own experience or view.
    'In my experience the hardest week is the second one.',
    // Ranked within someone's experience.
    'Guests often say it is the quietest hotel they have stayed in, and they have been to many.',
    'Guests often say ours is the quietest hotel they have ever visited.',
    // The present of a review, about a person the paragraph has named.
    'Okafor writes about the harbour. Okafor never names the town; she lets the tides do it.',
    // An absolute inside an attribution, which vague-attribution reports.
    'Gardeners have always said that frost sweetens parsnips.',
    // A procedure told in the present passive.
    'A risk assessment is carried out for every trip.',
    // A worst that picks out a group.
    'Crews were sent to the worst-flooded streets first.',
    // A phase of events past or to come, an idiom.
    'Traders hope the worst of the slump is over.',
    'The worst is behind us, and the best is yet to come.'
  ])('%s', (text) => {
    expect(found(detectSuperlatives, text)).toEqual([])
  })

  test.each([
    // A name not used before in the paragraph: a claim about the world.
    ['Water never flows uphill unaided.', 'never'],
    ['Every serious survey of the estuary finds the same decline.', 'Every serious survey'],
    // A body's own claim to rank is still a claim.
    ['We are the only ferry operator on the lake.', 'the only'],
    // A ranking placed over a thing, not a phase.
    ['The worst flood was over the old bridge.', 'The worst']
  ])('%s still claims', (text, words) => {
    expect(found(detectSuperlatives, text).join(' ')).toContain(words)
  })
})
