import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectQuotations, wordCount} from '../../src/lint/prose/quotation.js'
import {detectStatistics, isYear} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import type {Span} from '../../src/lint/prose/span.js'
import {english} from '../../src/lint/prose/english.js'

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

describe('detectStatistics', () => {
  test.each([
    ['In 2002 about 175 million people lived abroad.', ['about 175 million']],
    ['Unemployment rose by 4.5% in 2003.', ['rose by 4.5%']],
    ['Forty per cent agreed; 12 percent did not.', ['Forty per cent', '12 percent']],
    ['The ratio was 3:1, not 10:30.', ['ratio was 3:1']],
    ['One in five migrants, and one migrant in eight, is a woman.', ['One in five', 'one migrant in eight']],
    ['Half of all refugees are children.', ['Half of']],
    ['Refugee numbers have halved, and the budget doubled since 1970.', ['halved', 'doubled']],
    ['Migrants are three times more likely to rent.', ['three times more']],
    ['Spending rose sevenfold.', ['sevenfold']],
    ['Remittances reached US$ 80 billion and £2.3m.', ['US$ 80 billion', '£2.3m']],
    ['Some 12,000 people crossed.', ['Some 12,000 people']],
    ['The committee examined 47 state reports.', ['47 state reports']],
    ['Sea level rose 3.7 mm per year.', ['rose 3.7 mm per year']],
    ['Fertility fell by a third.', ['fell by a third']],
    ['The median survival time was 14.6 months.', ['median survival time was 14.6 months']],
    ['Children scored six points lower.', ['six points lower']],
    ['Only eleven of the 27 member states agreed.', ['eleven of the 27']],
    ['Barely a hundred homes were built.', ['a hundred homes']],
    ['It doubles the risk: double the risk of stroke.', ['doubles', 'double the risk']],
    ['Coverage rose by just 3 points.', ['by just 3 points']],
    ['Flour can halve this rate.', ['can halve']],
    ['Of these, 37 had left.', ['Of these, 37']],
    ['A quota of 195,000 visas was exhausted.', ['195,000 visas']],
    ["It had 70'662 members.", ["70'662 members"]],
    // Shares in words without `of`, and a fraction as an approximate value.
    ['Half the crowd had left by the interval.', ['Half the crowd']],
    ['Then it was one in ten; today the figure is closer to a half.', ['one in ten', 'closer to a half']],
    // The people a body serves are not its team at work: their answers are findings.
    ['Our rating was 4.8 out of 5, and 96% of our members would renew.', ['4.8 out of 5', '96%']],
    // Near an amount set, given or taken, but a finding: a response to treatment, a change in another clause.
    ['Of the patients treated, 60% responded to the drug.', ['60%']],
    ['Fares have been fixed at £3 since 2019, while wages have risen 20%.', ['risen 20%']]
  ])('%s', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })

  test.each([
    'The Convention entered into force on 1 July 2003.',
    'Section 4.2 and chapter 5 set out the procedure (see p. 12, pp. 14-15).',
    'The meeting starts at 10:30, or at 7.30 pm, on 9 December.',
    'Version 2.1.0 was released; we used Python 3.11 and R version 4.2.1.',
    'The 21st century, the second session, the 1990s and the mid-2000s.',
    'COVID-19 cases; the G8 summit; Resolution 1325; Article 33 of the 1951 Convention.',
    'Equation 4 gives the likelihood; Route 66 runs west.',
    'Pupils in grades 7 to 9 met a team of 12 engineers about a 2 °C target.',
    'We will recruit 2,400 households; the model was trained for 40 epochs.',
    'The government promised compensation of €200 per hectare, near the 50 mg/L legal limit.',
    'It runs 24/7 and halving the costs would help.',
    'This paper makes two arguments and the problem is twofold.',
    'In the first half of the paper, over 20 years of work are reviewed.',
    'In 2002 refugees were counted; since 1990 states have met twice.',
    // Amounts set, given or taken: a product's unit, the writer's payment, an advised limit, a set fee's change, a survey's response.
    'Each tablet contains 500 mg of paracetamol. The spray delivers 50 micrograms in each dose.',
    'We paid €260 a night and the pool was closed all week.',
    'The guidelines say adults should have no more than four grams a day.',
    'Rents have been set at £900 a month, an increase of 6% on last year.',
    'The club surveyed its members, and 312 of the 540 members replied.',
    'Read Psalm 23:4 before the prayer; it was half the battle.',
    'The house sits on a 0.4-acre plot with a 2.5-litre boiler.'
  ])('not a statistic: %s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test('isYear reads four-digit years only', () => {
    expect([isYear('2002'), isYear('1951'), isYear('2,002'), isYear('175'), isYear('3000'), isYear(undefined)]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false
    ])
  })
})

describe('detectQuotations', () => {
  test.each([
    ['He said "we will never give up on this".', ['"we will never give up on this"']],
    ['She called it “a charter for exclusion dressed up.”', ['“a charter for exclusion dressed up.”']],
    ["The aim is ‘to encourage a positive view’ of it.", ['‘to encourage a positive view’']],
    ["Her note reads 'the colonies have stopped growing.'", ["'the colonies have stopped growing.'"]],
    ['They want "narrowly the need for \'managed migration\' systems" now.', ['"narrowly the need for \'managed migration\' systems"']],
    ['„Wir schaffen das, sagte sie“ gestern.', ['„Wir schaffen das, sagte sie“']]
  ])('%s', (text, expected) => {
    expect(found(detectQuotations, text)).toEqual(expected)
  })

  test.each([
    'The ministry speaks of "managed migration" here.',
    'The report "Migration in an Interconnected World" appeared.',
    "Don't treat the States' role or the workers' rights as quotes, won't you?",
    'An unclosed "quotation that runs to the end of the block',
    'Inches: a 12" pipe and a 6" one.'
  ])('not a quotation: %s', (text) => {
    expect(found(detectQuotations, text)).toEqual([])
  })

  test('minimumWords sets the shortest quotation', () => {
    expect(found((text) => detectQuotations(text, {minimumWords: 2}), 'It is "managed migration".')).toEqual(['"managed migration"'])
  })

  test('wordCount counts words with inner apostrophes and hyphens once', () => {
    expect(wordCount("Don't re-read the States’ 12 notes")).toBe(6)
  })
})

describe('detectVagueAttributions', () => {
  test.each([
    ['Studies show that it works.', ['Studies show']],
    ['Many observers believe it failed.', ['Many observers believe']],
    ['It is widely believed that it works.', ['It is widely believed that']],
    ['Some residents claim it was ignored.', ['Some residents claim']],
    ['According to experts, it spreads.', ['According to experts']],
    ['There is a broad consensus on this.', ['There is a broad consensus']],
    ['People familiar with the talks say so.', ['People familiar with']],
    ['The player is believed to have signed.', ['is believed to']],
    ['Government sources insist it will not change.', ['Government sources insist']],
    ['Economists broadly agree that it failed.', ['Economists broadly agree']],
    ['Officials in Brussels say so.', ['Officials in Brussels say']],
    ['Every serious study of public finances says so.', ['Every serious study of public finances says']],
    ['It is well known that it works.', ['It is well known that']],
    ['It rained in May. Experts agree it was wet.', ['Experts agree']],
    // A class narrowed by a phrase, one of a whole class, hearsay, and verbs of judgement for a standing view.
    ['Residents near the quarry say the walls cracked.', ['Residents near the quarry say']],
    ['Critics at the premiere called the finale a mess.', ['Critics at the premiere called']],
    ['Every other parent at the gate says the same.', ['Every other parent at the gate says']],
    ['Word in the village is that the mill will close.', ['Word in the village is that']],
    ['Those in the know expect a deal.', ['Those in the know']],
    ['Economists have generally treated the crash as an aberration.', ['Economists have generally treated']],
    ['Connoisseurs regard the 1961 vintage as the finest.', ['Connoisseurs regard']],
    ['Observers have credited the coach with the turnaround.', ['Observers have credited']],
    ['Scholars have long assumed that the score is lost.', ['Scholars have long assumed']],
    ['Tenants on the top floor disagree: the lift is worse.', ['Tenants on the top floor disagree']],
    ['Regulars at the pub swear the beer has got weaker.', ['Regulars at the pub swear']],
    ['Campaigners for the homeless say the law fails.', ['Campaigners for the homeless say']]
  ])('%s', (text, expected) => {
    expect(found(detectVagueAttributions, text)).toEqual(expected)
  })

  test.each([
    'UNHCR data show a fall.',
    'These studies show an effect.',
    'Our results show an effect, and we believe it.',
    'NGOs want some say in the process.',
    'The Ministry of the Interior argues that it is temporary.',
    'Payroll data show a rise; exit surveys suggest the price.',
    'They are not as clean as people think.',
    'Two-thirds of respondents said it was good.',
    'The report by local journalists says so.',
    'It is the best way to make voters accept bad news.',
    // A past narrative, disagreement about something, a source inside quoted words or in a named speaker's clause, a verb that only looks like `… close to`.
    'For a long time states treated migration as a domestic matter.',
    'Economists disagree sharply about the right discount rate.',
    'The coach was blunt: "Juniors always think speed is enough."',
    'The maker says no injuries have been reported.',
    'Nothing comes close to the original.',
    'Lawyers for the defendant argued that the clause was unfair.',
    'Most models assume that demand is fixed, and most schemes treat savings as income.'
  ])('not vague: %s', (text) => {
    expect(found(detectVagueAttributions, text)).toEqual([])
  })
})

describe('detectSuperlatives', () => {
  test.each([
    ['Germany has the largest population.', ['the largest']],
    ['It is the most important issue.', ['the most important']],
    ['It was its busiest day.', ['its busiest']],
    ['They never agree and always fight.', ['never', 'always']],
    ['No government has ever met it.', ['No government has ever']],
    ['The club paid a record fee.', ['a record fee']],
    ['It was the first time a woman had chaired the board.', ['was the first time a']]
  ])('%s', (text, expected) => {
    expect(found(detectSuperlatives, text)).toEqual(expected)
  })

  test.each([
    'It is one of the largest meetings.',
    'It is not always open and almost never binding.',
    'The latest figures and the rest of the interest.',
    'He called it "the worst deal ever".',
    'For the most part, the least developed countries agree.',
    // A product's specification and one of a class who speaks, the writer's experience, an invitation, a reservation, one person's conduct.
    'Every capsule delivers 1,000 mg. Every other cabbie in town says the same.',
    "The waiter found us a place we'd never have found on our own.",
    'New volunteers are always welcome.',
    'He has not raced since March, which is the only worry.',
    'He served as warden for thirty years and, as far as anyone knows, never missed a Sunday.',
    'It was the first time I had seen snow.'
  ])('not unsupported: %s', (text) => {
    expect(found(detectSuperlatives, text)).toEqual([])
  })
})

describe('every detector on any string', () => {
  test('never throws and returns sorted spans inside the text that do not overlap', () => {
    const detectors = [detectStatistics, detectQuotations, detectVagueAttributions, detectSuperlatives]
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        for (const detect of detectors) {
          let last = 0
          for (const span of detect(text)) {
            expect(span.start).toBeGreaterThanOrEqual(last)
            expect(span.end).toBeGreaterThan(span.start)
            expect(span.end).toBeLessThanOrEqual(text.length)
            last = span.end
          }
        }
      })
    )
  })
})

describe('the English language module', () => {
  test('references written in the text', () => {
    const text = 'Wages rose (Manning 2021), as Dyer (2002) found (Table 2; see Appendix A). Lady Macbeth speaks (1.5.64–65), p. 4 aside (kappa = 0.81).'
    expect(english.textReferences(text).map((span) => text.slice(span.start, span.end))).toEqual([
      '(Manning 2021)',
      'Dyer (2002)',
      '(Table 2; see Appendix A)',
      '(1.5.64–65)'
    ])
    const scripture = 'It is blunt: "Do not worry about tomorrow" (Matthew 6:34), as in (1 Corinthians 13:4–7) and (Iliad 6.146).'
    expect(english.textReferences(scripture).map((span) => scripture.slice(span.start, span.end))).toEqual([
      '(Matthew 6:34)',
      '(1 Corinthians 13:4–7)',
      '(Iliad 6.146)'
    ])
  })

  test.each([
    ['The same survey found that a third left.', {previous: true, same: true, next: false, another: false, sourceOfPrevious: false, reports: true}],
    ['It also found that wages fell.', {previous: true, next: false, another: false, sourceOfPrevious: false, also: true, reports: true}],
    ['Staff took fewer sick days, the organisers reported.', {previous: true, next: false, another: false, sourceOfPrevious: false, reports: true}],
    ['The same log shows that it was never revised.', {previous: true, same: true, next: false, another: false, sourceOfPrevious: false}],
    ['The monitoring report also found that sightings had tripled.', {previous: true, next: false, another: false, sourceOfPrevious: false, also: true, reports: true}],
    ['The inspectors also found that families had waited.', {previous: true, next: false, another: false, sourceOfPrevious: false, also: true, reports: true}],
    ['Voters are gloomy, a new poll suggests.', {previous: false, next: true, another: false, sourceOfPrevious: false}],
    ['Another study found the opposite.', {previous: false, next: false, another: true, sourceOfPrevious: false, reports: true}],
    ['That is not my figure; it comes from the council.', {previous: false, next: false, another: false, sourceOfPrevious: true}],
    ['The concentrations were low, by the same year.', {previous: false, next: false, another: false, sourceOfPrevious: false}],
    ['The workers were tired and the ministers left.', {previous: false, next: false, another: false, sourceOfPrevious: false}],
    ['That is where the money comes from.', {previous: false, next: false, another: false, sourceOfPrevious: false}]
  ])('how a sentence ties itself to its neighbour: %s', (sentence, link) => {
    expect(english.sourceLink(sentence)).toEqual(link)
  })

  test.each([
    ['United Nations, *International Migration Report 2002* (New York: United Nations, 2002), 1.', true],
    ['Ibid., 3.', true],
    ['Monitoring data, Environmental Agency station R-14, June to August 2023.', true],
    ['In our own count, 40% of them had left by 2005.', false],
    ['Human mobility and migration are used here as synonyms.', false]
  ])('a footnote sentence that reads as a reference: %s', (sentence, expected) => {
    expect(english.isReference(sentence)).toBe(expected)
  })

  test.each([
    ['"We have cut everything," said the council leader, Joanne Pryce.', 'named'],
    ['"This is a pause, not a reversal," the chief executive told investors.', 'named'],
    ['"We are doing what we can," a spokesperson said.', 'named'],
    ['As one official put it, "we are not a charity".', 'unnamed'],
    ['Islanders describe it as "a lifeline that keeps snapping".', 'unnamed'],
    ['It was "a lifeline that keeps snapping" in winter.', 'none']
  ])('who a quotation is given to: %s', (sentence, speaker) => {
    const quote = detectQuotations(sentence, {minimumWords: 1})[0]!
    expect(english.speaker(sentence, quote)).toBe(speaker)
  })
})
