import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {corpusEntries, notWorkedFromSets, paragraphEntries, paragraphSets} from '../corpus/evaluate.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectQuotations} from '../../src/lint/prose/quotation.js'
import {englishSpeaker} from '../../src/lint/prose/speaker.js'
import {count, found, statisticsFound} from './prose-round-helpers.js'

// Faults a new user met (trial 26): a vague span that took a letter of the
// next word, an impersonal passive read as a named speaker, evidence in
// general with `the`, guillemets, averages and debts, and the writer's own
// sample. Each row is in our own wording; every row fails on the code before
// this change but the guards.

/** Where `quote` stands in `sentence`, as a span for the speaker reading. */
function speakerOf(sentence: string, quote: string): string {
  const start = sentence.indexOf(quote)
  return englishSpeaker(sentence, {start, end: start + quote.length, kind: 'double-quoted'})
}

describe('a vague span ends on a word boundary', () => {
  test('`is said to`, `are thought to`, `is credited with` stop before the next word', () => {
    expect(found(detectVagueAttributions, 'The old mill is said to flood every spring.')).toEqual(['is said to'])
    expect(found(detectVagueAttributions, 'The vaults are thought to date from the Normans.')).toEqual(['are thought to'])
    expect(found(detectVagueAttributions, 'The ferry crews are credited with rescuing dozens of walkers.')).toEqual(['are credited with'])
    expect(found(detectVagueAttributions, 'The blight is expected to spread to the eastern valleys.')).toEqual(['is expected to'])
  })

  test('guard: a duty or a schedule after `is expected to` is still no attribution', () => {
    expect(found(detectVagueAttributions, 'Members are expected to attend the annual meeting.')).toEqual([])
    expect(found(detectVagueAttributions, 'Work is expected to begin in May.')).toEqual([])
  })

  test('an account credited with a sum is a booking, not a deed lent to someone', () => {
    expect(found(detectVagueAttributions, 'Your account is credited with the refund within five days.')).toEqual([])
    expect(found(detectVagueAttributions, 'Each player is credited with ten points for a draw.')).toEqual([])
  })

  test('guard: a plan or an idea credited with an effect is credited by no one named', () => {
    expect(found(detectVagueAttributions, 'The new timetable is credited with halving the delays.')).toEqual(['is credited with'])
  })
})

describe('an impersonal passive of saying names no speaker', () => {
  test('`It is often said that “…”`, `it has been argued that`, `was described as`: no one named', () => {
    expect(speakerOf('It is often said that the town "would not survive without its market".', '"would not survive without its market"')).toBe('unnamed')
    expect(speakerOf('It has been argued that the levy "does nothing for the smallest farms".', '"does nothing for the smallest farms"')).toBe('unnamed')
    expect(speakerOf('The bypass was described as "a road to nowhere for most of us".', '"a road to nowhere for most of us"')).toBe('unnamed')
    expect(speakerOf('It is widely believed that the harbour "cannot take another bad winter".', '"cannot take another bad winter"')).toBe('unnamed')
  })

  test('the quotation is unattributed, reported once', () => {
    const text = 'It is often said that the town "would not survive without its market".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: an agent after the passive, or a named speaker in the clause, names the speaker', () => {
    expect(speakerOf('The bypass was described by the mayor as "a road to nowhere for most of us".', '"a road to nowhere for most of us"')).toBe('named')
    expect(speakerOf('It is widely believed that Ana Ruiz said "the harbour cannot take another winter".', '"the harbour cannot take another winter"')).toBe('named')
  })
})

describe('evidence in general with `the`', () => {
  test('`The evidence suggests that`, `The data show that`, `The literature is clear that` lend a claim to no source', () => {
    expect(found(detectVagueAttributions, 'The evidence suggests that the toll did little to cut traffic.')).toEqual(['The evidence suggests'])
    expect(found(detectVagueAttributions, 'The data show that late planting cuts the yield.')).toEqual(['The data show'])
    expect(found(detectVagueAttributions, 'The literature is clear that small classes help weak readers.')).toEqual(['The literature is clear'])
  })

  test('guard: data the paragraph introduced, a kind of data, or the data described', () => {
    expect(found(detectVagueAttributions, 'We logged every crossing for a year. The data show that late boats fill up first.')).toEqual([])
    expect(found(detectVagueAttributions, 'Ferry data show that late boats fill up first.')).toEqual([])
    expect(found(detectVagueAttributions, 'The data show a clear weekly cycle.')).toEqual([])
  })
})

describe('guillemets and low quotes are quotation marks', () => {
  test('`«…»`, `»…«`, `‹…›` and `‚…‘` open and close a quotation', () => {
    const words = (text: string) => detectQuotations(text).map((span) => text.slice(span.start, span.end))
    expect(words('Staff called it «a plan nobody on the ward asked for».')).toEqual(['«a plan nobody on the ward asked for»'])
    expect(words('Staff called it »a plan nobody on the ward asked for«.')).toEqual(['»a plan nobody on the ward asked for«'])
    expect(words('Staff called it ‹a plan nobody on the ward asked for›.')).toEqual(['‹a plan nobody on the ward asked for›'])
    expect(words('Staff called it ‚a plan nobody on the ward asked for‘.')).toEqual(['‚a plan nobody on the ward asked for‘'])
  })

  test('guard: a short term in guillemets is no quotation', () => {
    expect(detectQuotations('The town calls it «the lane».')).toEqual([])
  })
})

describe('averages and debts are measured', () => {
  test('an average after its value or before its clause, with its unit', () => {
    expect(statisticsFound('Claims take 31 days on average.')).toEqual(['31 days on average'])
    expect(statisticsFound('On average, riders waited 12 minutes.')).toEqual(['On average, riders waited 12 minutes'])
    expect(statisticsFound('The average claim now takes 31 days to settle.')).toEqual(['average claim now takes 31 days'])
  })

  test('what a body owes is its balance', () => {
    expect(statisticsFound('The council has debts of £420 million.')).toEqual(['£420 million'])
    expect(statisticsFound('The club owes £3 million.')).toEqual(['£3 million'])
  })

  test('guard: one sum a bill or a price fixes stays set', () => {
    expect(statisticsFound('A day ticket is £12.')).toEqual([])
  })
})

describe("the writer's own sample", () => {
  test('`Our sample covers`, `Our panel comprises`: the design, not a finding', () => {
    expect(statisticsFound('Our sample covers 12,450 adult respondents.')).toEqual([])
    expect(statisticsFound('Our panel comprises 310 small firms.')).toEqual([])
  })

  test('guard: another body’s sample is reported', () => {
    expect(statisticsFound('Their sample covers 12,450 adult respondents.')).toEqual(['12,450 adult respondents'])
  })
})

describe('every span of the detectors ends on a word boundary', () => {
  // The labelled texts of every set the rules are worked from (the blind sets are not read here).
  const load = (name: string): unknown => parseYaml(readFileSync(new URL('../corpus/' + name + '.yaml', import.meta.url), 'utf8'))
  const texts = [
    ...corpusEntries(load('sentences')).map((entry) => entry.text),
    ...corpusEntries(load('held-out')).map((entry) => entry.text),
    ...paragraphSets.filter((name) => !notWorkedFromSets.includes(name)).flatMap((name) => paragraphEntries(load(name)).map((entry) => entry.text))
  ]
  const wordChar = /[\p{L}\p{N}]/u
  const midWord = (text: string, at: number): boolean => at > 0 && at < text.length && wordChar.test(text[at - 1]!) && wordChar.test(text[at]!)
  const detectors = {
    'vague-attribution': detectVagueAttributions,
    statistic: (text: string) => detectStatistics(text),
    superlative: detectSuperlatives,
    quotation: (text: string) => detectQuotations(text, {minimumWords: 1})
  }

  // Found on a blind set's text by this check before it left those sets out: a unit written onto the number.
  test.each([
    ['The farm-gate price has fallen to 41p for a litre since March.', 'fallen to 41p'],
    ['Store heifers stood at 305p/kg last week.', '305p'],
    // And a unit's power after it (the eighty-eighth set's `about 3 km²`, once worked from).
    ['The common covers about 3 km² of heath.', 'about 3 km²']
  ])('a unit written onto the number ends the span: %s', (text, expected) => {
    const spans = detectStatistics(text).map((span) => text.slice(span.start, span.end))
    expect(spans.some((span) => span.endsWith(expected))).toBe(true)
  })

  test.each(Object.entries(detectors))('%s: no span starts or ends inside a word', (_, detect) => {
    expect(texts.length).toBeGreaterThan(2000)
    const cut = texts.flatMap((text) => detect(text).filter((span) => midWord(text, span.start) || midWord(text, span.end)).map((span) => text.slice(span.start, span.end + 3)))
    expect(cut).toEqual([])
  }, 180_000)
})
