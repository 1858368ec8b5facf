import {describe, expect, test} from 'vitest'
import {english} from '../../src/lint/prose/english.js'
import {detectQuotations} from '../../src/lint/prose/quotation.js'
import {lintFor} from '../rules/lint-helpers.js'

// Round 9 of the prose rules: sources named in words (a document, a source
// in brackets, a pointer into the document's own appendices), who a
// quotation is given to, hearsay with a quantifier, and the forms of
// records and absolutes the superlative rule reads. Each case has its side
// that is reported and its side that is not.

/** The words of each message of a rule. */
function reported(rule: string, document: string): string[] {
  return lintFor(rule, document).map((message) => message.reason.split('`')[1]!)
}

describe('support named in words', () => {
  // Each form beside its twin that names no document: a class of sources, a kind of data, a qualifier in brackets.
  test.each([
    [
      'Attendance averaged 312 a night, according to the box office manager’s statement to the trustees.',
      'Attendance averaged 312 a night, according to several reports.'
    ],
    ['According to the match scoresheet, the visitors won 14 of the 20 rubbers.', 'According to the latest figures, the visitors won 14 of the 20 rubbers.'],
    ['Turnout reached 61% in the ward, according to minutes of the Parish Council.', 'Turnout reached 61% in the ward, according to reports from the count.'],
    ['Turnout reached 61% in the ward (county election returns).', 'Turnout reached 61% in the ward (excluding postal votes).'],
    ['Turnout reached 61% in the ward (Source: returning officer).', 'Turnout reached 61% in the ward (postal votes included).'],
    ['Only 27% of flats had working heating (Housing Conditions Table 14).', 'Only 27% of flats had working heating (not in Table 14).'],
    ['The survey export in Annex D shows that 27% of flats had no heating.', 'The survey export shows that 27% of flats had no heating.'],
    ['As set out in Table 5, a quarter of flats had no heating.', 'As set out in section 5, a quarter of flats had no heating.'],
    ['The parish clerk’s 2024 register shows 112 graves without a marker.', 'The parish clerk’s own tally shows 112 graves without a marker.'],
    ['According to the ferry company’s website, 85% of sailings left on time.', 'According to the ferry company, 85% of sailings left on time.'],
    ['The maker’s datasheet says the pump moves 40 litres a minute.', 'The maker says the pump moves 40 litres a minute.']
  ])('a document or a source in brackets covers a statistic in its sentence: %s', (named, unnamed) => {
    expect(lintFor('uncited-statistic', named)).toEqual([])
    // The twin is read with the word cues alone: whether its figure is a finding is the model's
    // call (test/lint/prose-statistic-model.test.ts keeps what the model drops), coverage is this test's.
    expect(lintFor('uncited-statistic', unnamed, {rules: {'uncited-statistic': ['warn', {model: false}]}})).toHaveLength(1)
  })

  test('a bare document points back at the source of the sentence before', () => {
    const cited = 'Median rents rose by 9% (Table 3). According to the table, one flat in five is overcrowded.'
    expect(lintFor('uncited-statistic', cited)).toEqual([])
    const anaphora = 'A fifth of boilers failed their check (Heating Audit 2024). Three in ten were over 15 years old, the audit shows.'
    expect(lintFor('uncited-statistic', anaphora)).toEqual([])
    // With no source before it, the table is anyone's.
    expect(lintFor('uncited-statistic', 'Median rents rose steeply. According to the table, one flat in five is overcrowded.')).toHaveLength(1)
  })

  test('a superlative whose sentence names its document is covered', () => {
    expect(lintFor('unsupported-superlative', 'Damp is the single commonest complaint (tenant survey results).')).toEqual([])
    expect(lintFor('unsupported-superlative', 'Damp is the single commonest complaint (as tenants tell us).')).toHaveLength(1)
  })

  test('the references English text names', () => {
    const text = 'Wages doubled, according to the mill owner’s ledger for 1911. It was wet (rainfall records), as Figure 2 shows.'
    expect(english.textReferences(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'according to the mill owner’s ledger',
      '(rainfall records)',
      'Figure 2 shows'
    ])
    const vague = 'It was wet, according to some reports and to experts.'
    expect(english.textReferences(vague)).toEqual([])
    // A vague source stays vague, and covers nothing.
    const analysts = 'According to analysts, 40% of the hives were lost.'
    expect(reported('vague-attribution', analysts)).toEqual(['According to analysts'])
    expect(lintFor('uncited-statistic', analysts)).toHaveLength(1)
  })
})

describe('who a quotation is given to', () => {
  // Each sentence beside its twin with the other kind of speaker.
  test.each([
    [
      'It was a season the Harbour Gazette called “the boldest programming on the south coast.”',
      'named',
      'It was a season one critic called “the boldest programming on the south coast.”',
      'unnamed'
    ],
    [
      'She sang an aria The Tribune described as “a voice you could warm your hands at.”',
      'named',
      'She sang an aria listeners described as “a voice you could warm your hands at.”',
      'unnamed'
    ],
    [
      'It is a corner the Wexford Echo calls “the best-kept secret on the whole coast.”',
      'named',
      'It is a corner Dubliners call “the best-kept secret on the whole coast.”',
      'unnamed'
    ],
    [
      'Our night-shift nurses describe the ward as “a railway station with beds in it.”',
      'unnamed',
      'Our chief nurse describes the ward as “a railway station with beds in it.”',
      'named'
    ],
    [
      'Subscribers to the newsletter called the redesign “a dog’s breakfast of fonts and colours.”',
      'unnamed',
      'Subscribers to Birdwatch Monthly called the redesign “a dog’s breakfast of fonts and colours.”',
      'named'
    ],
    [
      'A fellow passenger was heard saying “we will never get there at this rate.”',
      'unnamed',
      'The guard was heard saying “we will never get there at this rate.”',
      'named'
    ]
  ])('%s', (sentence, speaker, twin, twinSpeaker) => {
    expect(english.speaker(sentence, detectQuotations(sentence)[0]!)).toBe(speaker)
    expect(english.speaker(twin, detectQuotations(twin)[0]!)).toBe(twinSpeaker)
  })

  test('a quotation after `saying` the verb is somebody’s words; after `saying` the noun it is a saying', () => {
    expect(lintFor('unattributed-quotation', 'A fellow passenger was heard saying “we will never get there at this rate.”')).toHaveLength(1)
    expect(lintFor('unattributed-quotation', 'As an old Fenland saying has it, “the water always wins in the end.”')).toEqual([])
  })

  test('a newspaper as speaker is named: the quotation wants only its citation', () => {
    const sentence = 'It was a season the Harbour Gazette called “the boldest programming on the south coast.”'
    expect(lintFor('unattributed-quotation', sentence)).toEqual([])
    expect(lintFor('quotation-without-citation', sentence, {preset: 'strict'})).toHaveLength(1)
  })
})
