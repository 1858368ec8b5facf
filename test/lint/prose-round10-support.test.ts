import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import type {Span} from '../../src/lint/prose/span.js'

// Round 10 of the prose rules (vague attributions, superlatives, quotations
// and what covers them). Each case is paired with a twin on the other side,
// in our own wording.

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

/** The words each message of one rule covers, linted with `strict`. */
function messages(rule: string, text: string): string[] {
  return lint(text, {preset: 'strict'})
    .filter((message) => message.ruleId === rule)
    .map((message) => {
      const place = message.place
      return place !== undefined && 'start' in place ? text.slice(place.start.offset ?? 0, place.end.offset ?? 0) : ''
    })
}

describe('vague attribution: sources no one names', () => {
  test.each([
    // Tradition as a source, after a sentence that ends inside a closing quote.
    ["The deed leaves 'the orchard to my nephew, the only one who stayed.' Village tradition says the orchard was never sold.", ['Village tradition says'], "The deed leaves 'the orchard to my nephew, the only one who stayed.' The orchard was sold in 1902."],
    ['Family legend says the chapel was built in a single summer.', ['Family legend says'], 'The family says the chapel was built in a single summer.'],
    // An impersonal passive in a parenthesis.
    ['The canal was not, as is commonly claimed, dug by prisoners of war.', ['as is commonly claimed'], 'The canal was not, as was claimed above, dug by prisoners of war.'],
    ['The bell, as has often been said, came from a ship.', ['as has often been said'], 'The bell, as the parish clerk has said, came from a ship.'],
    // A figure quoted, cited or put by nobody.
    ['That is below the national figure, which is usually quoted at around nine tonnes.', ['is usually quoted at around'], 'That is below the national figure, which is quoted at nine tonnes by the Carbon Trust.'],
    ['The repair bill is often put at £2 million.', ['is often put at £'], 'The repair bill puts the roof at risk.'],
    // A figure quoted needs its commonness: without it, a price offered.
    ['The average fare is commonly quoted at £12.', ['is commonly quoted at £'], 'The delivery was quoted at £40.'],
    // Verbs that lay a cause at a door, after a class.
    ['Takings fell by a third, which traders put down to the roadworks.', ['traders put down to'], 'Takings fell by a third, which we put down to the roadworks.'],
    ['Growers blame the poor harvest on the late frost.', ['Growers blame'], 'The poor harvest was blamed on the late frost by the Met Office.'],
    // A quantified class with a verb of opinion, in the past.
    ['Several governors felt that the new timetable was rushed.', ['Several governors felt'], 'Governors felt that the new timetable was rushed.'],
    ['Many walkers felt the new route was too steep.', ['Many walkers felt'], 'Many walkers felt tired at the top.'],
    ['Some residents felt that the works had gone on too long.', ['Some residents felt'], 'Some residents felt the ground shake.'],
    // A verb of judgement whose object is a relative pronoun before its subject.
    ['It is a climb that most climbers regard as the hardest in the range.', ['most climbers regard'], 'It is a climb that the guide regards as the hardest in the range.'],
    // A plural of people whose ending the rule did not know.
    ['Many professionals regard the test as unfair.', ['Many professionals regard'], 'Many proposals regard the test as unfair.']
  ])('%s', (vague, words, twin) => {
    expect(found(detectVagueAttributions, vague)).toEqual(words)
    expect(found(detectVagueAttributions, twin)).toEqual([])
  })

  test('a bare plural the paragraph picked out with a relative clause points back at that group', () => {
    const named = 'Of the 80 hives kept by beekeepers who answered our survey, 20 were lost. Beekeepers put the losses down to a wet spring.'
    const unnamed = 'Twenty hives were lost over the winter. Beekeepers put the losses down to a wet spring.'
    expect(found(detectVagueAttributions, named)).toEqual([])
    expect(found(detectVagueAttributions, unnamed)).toEqual(['Beekeepers put the losses down to'])
  })
})

describe('quotations: who says them, and the author carried on', () => {
  test.each([
    // A class picked out by what its people did names no one.
    ['Parents who came to the open evening said the new hall made them “feel the school was finally listening.”', 'Mrs Okoro said the new hall made them “feel the school was finally listening.”'],
    // One of a group names no one, however long the group's phrase.
    ['One member of the visiting party was heard saying it was “the finest view in the whole of the county.”', 'The head of the visiting party was heard saying it was “the finest view in the whole of the county.”']
  ])('%s', (unnamed, named) => {
    expect(messages('unattributed-quotation', unnamed)).toHaveLength(1)
    expect(messages('quotation-without-citation', unnamed)).toEqual([])
    expect(messages('quotation-without-citation', named)).toHaveLength(1)
    expect(messages('unattributed-quotation', named)).toEqual([])
  })

  test.each([
    [
      "She bases the case on two tithe maps at the county archive (Okafor 2021, pp. 12–19). 'The old boundary simply cannot be right,' she writes.",
      "She bases the case on two tithe maps at the county archive. 'The old boundary simply cannot be right,' she writes."
    ],
    [
      'The survey covered every parish in the diocese (Marsh 2019). He adds that “not one of the registers was complete before 1700.”',
      'The survey covered every parish in the diocese (Marsh 2019). He said at the launch that “not one of the registers was complete before 1700.”'
    ]
  ])('%s', (carried, alone) => {
    expect(messages('quotation-without-citation', carried)).toEqual([])
    expect(messages('quotation-without-citation', alone)).toHaveLength(1)
  })
})

describe('superlatives and absolutes', () => {
  test.each([
    // None of a kind does more, with a verb of its own.
    ['No dairy in the valley sells more of its milk locally.', 'No dairy in the valley', 'No dairy in the valley sells milk on Sundays.'],
    ['No member of the club travels further to matches.', 'No member of the club', 'No member of the club pays more than £5 a month.'],
    // An absolute about where money goes (not the reader's gift asked for).
    ['The stall raised a good sum, and every pound goes to the lifeboat.', 'every pound goes', 'Every pound you give goes to the lifeboat.'],
    // A first out of a group.
    ['Sam is the first pupil from the academy to reach a national final.', 'is the first', 'Sam was the first pupil to arrive at the academy.'],
    // An ordinal joined to its superlative by a hyphen.
    ['Blue whales are the second-largest animals ever recorded in the bay.', 'the second-largest', 'Blue whales are among the second-largest animals ever recorded in the bay.'],
    // An absolute of no effect, in the present.
    ['Vitamin pills do nothing for a hangover.', 'do nothing for', 'Vitamin pills do little for a hangover.'],
    ['The new signs have no effect on speeding.', 'have no effect on', 'The new signs have had some effect on speeding.'],
    // A ranking in someone's experience over a span of years is a record.
    ['The pantomime is the silliest show they have produced in years.', 'the silliest', 'The pantomime is the silliest show they have produced.']
  ])('%s', (claim, words, twin) => {
    expect(found(detectSuperlatives, claim).some((span) => span.includes(words) || words.includes(span))).toBe(true)
    expect(found(detectSuperlatives, twin)).toEqual([])
  })

  test.each([
    // All of the writer's own encounters, not of the world.
    ['It is a story worth telling to every backer we meet.', 'Every backer in the region has pulled out.'],
    // A person's own best at a measure.
    ['The under-12 boys knocked three seconds off their best time.', 'The under-12 boys are the best team in the league.'],
    // A rule of procedure.
    ['Refund requests go through the box office, never directly to the artists.', 'Touring artists never get paid on time.'],
    // Softened, or one event told in a participle.
    ['The sopranos held the line, the altos never quite reaching the top note.', 'The altos never reach the top note.'],
    // `than most` compares with the many.
    ['Their version of the play is bolder than most.', 'Their version of the play is the boldest.'],
    // A first in years in the writer's own life.
    ['In June I took my first holiday in twelve years.', 'In June the club took its first trophy in twelve years.'],
    ['I went back to the village for the first time in ten years.', 'When I joined, the club won its first title in forty years.'],
    // Someone's own concern or lesson ranked among their own.
    ['Shopkeepers have told us that deliveries are their biggest concern.', 'Shopkeepers have told us that deliveries are the biggest problem in town.'],
    ["I've grown tomatoes for a decade, and the biggest lesson is to water less.", "I've grown tomatoes for a decade, and the biggest threat to them is blight."],
    // Reasoning about a case.
    ['Try it: the worst outcome is an awkward evening.', 'Try it: the worst hotel in town is by the station.'],
    // The writer's own search, named a few words after the superlative.
    ['The oldest mention of the mill that I have found is a lease of 1702.', 'The oldest mention of the mill is a lease of 1702.'],
    // The writer's view.
    ['We think this makes the app the quickest tool of its kind.', 'This makes the app the quickest tool of its kind.']
  ])('%s', (notClaim, claim) => {
    expect(found(detectSuperlatives, notClaim)).toEqual([])
    expect(found(detectSuperlatives, claim)).not.toEqual([])
  })
})

describe('a bracket naming an organisation alone is support', () => {
  test.each([
    ['June was the wettest month since records began (Met Office).', 'June was the wettest month since records began (last year).'],
    ['Salmon runs are the lowest on record (Environment Agency).', 'Salmon runs are the lowest on record (and falling).']
  ])('%s', (covered, uncovered) => {
    expect(messages('unsupported-superlative', covered)).toEqual([])
    expect(messages('unsupported-superlative', uncovered)).toHaveLength(1)
  })
})

describe('a block quote holds someone else\'s words', () => {
  test('a superlative in a block quote is the quotation\'s, not the draft\'s', () => {
    const quoted = 'A card left at the desk read:\n\n> You have always been the kindest staff in the county.\n'
    const own = 'A card was left at the desk.\n\nYou have always been the kindest staff in the county.\n'
    expect(messages('unsupported-superlative', quoted)).toEqual([])
    expect(messages('unsupported-superlative', own)).not.toEqual([])
  })
})

describe('a saying named as old advice is a saying, not a quotation', () => {
  test('the old advice about “…” is no one\'s words', () => {
    const saying = 'Whatever you choose, keep some cash aside, and remember the old advice about "never lend what you cannot lose."'
    const quoted = 'Whatever you choose, keep some cash aside, and remember what the adviser said about "never lend what you cannot lose."'
    expect(messages('unattributed-quotation', saying)).toEqual([])
    expect(messages('quotation-without-citation', saying)).toEqual([])
    expect([...messages('unattributed-quotation', quoted), ...messages('quotation-without-citation', quoted)]).toHaveLength(1)
  })
})
