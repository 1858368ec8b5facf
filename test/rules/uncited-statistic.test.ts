import {describe, expect, test} from 'vitest'
import type {LintOptions} from '../../src/index.js'
import {check} from '../../src/index.js'
import {lintFor, places} from './lint-helpers.js'

const paragraphScope = {rules: {'uncited-statistic': ['warn', {scope: 'paragraph'}]}} as const
/** The word cues alone, without the learned model of a figure's role (on by default). */
const cuesAlone = {rules: {'uncited-statistic': ['warn', {model: false}]}} as const

describe('uncited-statistic', () => {
  test('a statistic is covered by a citation, a footnote or a reference in its own sentence', () => {
    expect(lintFor('uncited-statistic', 'In 2002 about 175 million people lived abroad [@unpd2002, p. 1].')).toEqual([])
    expect(lintFor('uncited-statistic', 'Turnout was 67 per cent.[^1]\n\n[^1]: Electoral Commission, 2017.')).toEqual([])
    expect(lintFor('uncited-statistic', 'Wages rose by a fifth (Manning 2021). Latency fell by 40% (Table 2).')).toEqual([])
    expect(lintFor('uncited-statistic', 'According to Dyer (2002), wages roughly doubled.')).toEqual([])
  })

  test('a citation in another sentence does not cover it, unless the sentence says it reports the same source', () => {
    const messages = lintFor('uncited-statistic', 'About 40% agree. The rest do not [@survey2020].')
    expect(places(messages)).toEqual(['1:1'])
    expect(
      lintFor('uncited-statistic', 'A 2019 survey found that 58% were anaemic [@dhs2019]. The same survey found that a third were underweight.')
    ).toEqual([])
    expect(lintFor('uncited-statistic', 'One worker in four had no contract [@preibisch2018]. It also found that wages fell by a third.')).toEqual([])
    expect(lintFor('uncited-statistic', 'Staff took 65% fewer sick days, the organisers reported. Hours fell [@autonomy2023].')).toHaveLength(1)
    expect(
      lintFor('uncited-statistic', 'Hours were cut [@autonomy2023]. Staff took 65% fewer sick days, the organisers reported.')
    ).toEqual([])
    // A sentence that names a poll is covered by the citation of the sentence after it, unless that one opens on another source.
    expect(lintFor('uncited-statistic', 'Half of voters are gloomy, a new poll suggests. Only 18% expect better [@yougov2023].')).toEqual([])
    expect(
      lintFor('uncited-statistic', 'Half of voters are gloomy, a new poll suggests. Another poll finds 18% hopeful [@ipsos2023].')
    ).toHaveLength(1)
  })

  test('a sentence that names the same source, its authors or inspectors, or where the sentence before comes from, is covered with it', () => {
    expect(lintFor('uncited-statistic', 'The audit log lists 17 failures [@log2024]. The same log shows 40% of them were never fixed.')).toEqual([])
    expect(
      lintFor('uncited-statistic', 'A spot check found damp in 12 of 30 homes [@check2025]. The inspectors also found waits of 19 months on average.')
    ).toEqual([])
    expect(lintFor('uncited-statistic', 'One pupil in four has no desk. That is not my figure; it comes from the school census [@census2024].')).toEqual([])
    // Without a word that ties it to the neighbour's source, a figure next to a citation is still its own claim.
    expect(lintFor('uncited-statistic', 'One pupil in four has no desk. Classes are crowded [@census2024].')).toHaveLength(1)
  })

  test('one statistic, one message: a baseline or the other end of a range goes with its figure', () => {
    // The cues alone: the learned model, on by default, drops the range of costs (weights of the fiftieth round).
    const messages = lintFor('uncited-statistic', 'Churn rose to 4.2% a month in the autumn, up from 2.9% in spring, and costs ran between £90 and £100.', cuesAlone)
    expect(messages).toHaveLength(2)
    expect(messages.map((message) => message.reason.split('`')[1])).toEqual(['rose to 4.2% a month in the autumn, up from 2.9%', '£90 and £100'])
  })

  test('scope `paragraph`: one citation anywhere in the paragraph covers it', () => {
    expect(lintFor('uncited-statistic', 'About 40% agree. The rest do not [@survey2020].', paragraphScope)).toEqual([])
  })

  test('the messages name the words and where a citation would go, in the style of the document', () => {
    const messages = lintFor('uncited-statistic', 'Intro.\n\nIn 2002 about *175 million* people lived abroad. It doubled.')
    expect(places(messages)).toEqual(['3:9', '3:53'])
    expect(messages[0]?.place).toEqual({start: {line: 3, column: 9, offset: 16}, end: {line: 3, column: 27, offset: 34}})
    expect(messages[0]?.reason).toBe(
      'Unexpected statistic `about 175 million` without a citation in its sentence, expected a citation such as `[@key, p. N]` after it'
    )
    expect(messages[1]?.reason).toContain('`doubled`')
    expect(messages[0]?.url).toBe('https://github.com/argmark/argmark/blob/main/docs/rules/uncited-statistic.md')
    expect(messages[0]?.expected).toBeUndefined()
    const noted = lintFor('uncited-statistic', 'Fertility fell by a fifth. It fell again.[^1]\n\n[^1]: UN, World Population Prospects, 2019.')
    expect(noted.map((message) => message.reason)).toEqual([
      'Unexpected statistic `fell by a fifth` without a footnote in its sentence, expected a footnote such as `[^1]` after it'
    ])
    // Inside a note of a footnoted document, where no note can go, the advice is a reference in the text, and it covers.
    const inNote = 'Fertility fell.[^1]\n\n[^1]: The club says membership rose 40% last year.'
    expect(lintFor('uncited-statistic', inNote).map((message) => message.reason)).toEqual([
      'Unexpected statistic `rose 40%` without a reference in its sentence, expected a reference such as `(Author 2021, p. N)` after it'
    ])
    expect(lintFor('uncited-statistic', inNote.replace('last year.', 'last year (Hale 2021, p. 4).'))).toEqual([])
    expect(lintFor('uncited-statistic', 'About 40% agree.', paragraphScope)[0]?.reason).toBe(
      'Unexpected statistic `About 40%` without a citation in its paragraph, expected a citation such as `[@key, p. N]` in it'
    )
  })

  test('a note right after the full stop belongs to the sentence it ends', () => {
    expect(lintFor('uncited-statistic', 'About 40% agree.[^1] The rest do not.\n\n[^1]: Survey.')).toEqual([])
    expect(lintFor('uncited-statistic', 'About 40% agree. [@survey2020] The rest do not.')).toEqual([])
  })

  test('years, dates, times, page, section and version numbers, plans and limits are not statistics', () => {
    const document = [
      'The Convention entered into force on 1 July 2003, in the 21st century.',
      'Section 4.2 was agreed at 10:30 and version 2.1.0 on p. 12 of the 1990s draft.',
      'Article 33 of the 1951 Convention was discussed for the second time at 7.30 pm.',
      'Pupils in grades 7 to 9 worked in a team of 12 engineers on a 2 °C target.',
      'We will recruit 2,400 households. The model was trained for 40 epochs.',
      'The government promised compensation of €200 per hectare, below the 50 mg/L legal limit.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document)).toEqual([])
  })

  test('figures the writer or a party sets are not statistics: prices, sums claimed or awarded, sizes, plans, targets, specifications', () => {
    const document = [
      'A day pass costs €12, or €8 for children, and the café charges £3 for a pot of tea.',
      'The claimant seeks damages of £48,000; the court ordered the firm to pay £6,500 and awarded her £900 in costs.',
      'We repaid the £40 million loan in June and opened a £2 million visitor centre.',
      'The board approved plans for 300 flats, and 25% of them will be social housing, in line with the local plan.',
      'The agency has set a goal of cutting car journeys in the city centre to 30% of all trips by 2035.',
      'The new ferry will be 120 metres long and can carry up to 1,400 passengers; by default, backups are kept for 30 days.',
      'The cottage is let for £900 a month. The tenant seeks £3,000 in lost deposits.',
      'Guidelines recommend eating no more than 6 g of salt a day. I cycled about 30 miles a day that summer.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document)).toEqual([])
  })

  test('conditions, groups defined by a threshold, denominators, worked examples and instructions are not statistics', () => {
    // The rate per step is a statistic; the step is not.
    expect(lintFor('uncited-statistic', 'The yield rises by a tenth for every 5 °C of warming.').map((message) => message.reason.split('`')[1])).toEqual([
      'by a tenth'
    ])
    const document = [
      'The gate opens only once the river is 2 m above its normal level.',
      'Patients who walked at least 8,000 steps recovered sooner; servers with more than 64 cores need a licence.',
      'Each sample was heated for every 5 °C step of the scale.',
      'Suppose a baker sells 300 loaves a day at £2. If she then sells 250, her takings fall by £100.',
      'Take one 10 mg tablet twice a day, and do not take more than four tablets in 24 hours.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document)).toEqual([])
  })

  test('a price observed, an estimate or a change of one is still a statistic', () => {
    const document = [
      'A season ticket now costs £4,900, and the average fare costs more than £3,000 a year.',
      'The treatment costs the health service £1,200 per patient per year.',
      'Bread prices rose from £1.10 to £1.60 a loaf.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document).map((message) => message.reason.split('`')[1])).toEqual([
      '£4,900',
      '£3,000',
      '£1,200 per patient',
      '£1.10 to £1.60'
    ])
  })

  test('comparisons, frequencies, counts of events and shares of those asked are statistics (the word cues alone)', () => {
    const document = [
      'Repairs now take twice as long, and the fault occurs almost as often in new models.',
      'Stocks are less than half what they were, and buses are late at least once a day.',
      'The pump was restarted 230 times; nine branches have closed since the spring.',
      'Walkers can see up to forty kilometres from the top. Two thirds said they would return.',
      'Volunteers gave over 12,000 hours, and at least six serious falls were recorded.'
    ].join('\n\n')
    // The learned model, on by default, drops `at least once a day` here (test/lint/prose-statistic-model.test.ts).
    expect(lintFor('uncited-statistic', document, cuesAlone).map((message) => message.reason.split('`')[1])).toEqual([
      'twice as long',
      'almost as often',
      'less than half',
      'at least once a day',
      'restarted 230 times',
      'nine branches have closed',
      'up to forty kilometres',
      'Two thirds said',
      '12,000 hours',
      'at least six serious falls'
    ])
  })

  test('numbers in words, fractions, multiples and changes are statistics', () => {
    const document = [
      'Only eleven of the 27 member states agreed.',
      'Tenants say barely a hundred homes were built.',
      'Applicants were recognised at twice the rate elsewhere.',
      'Output fell by a fifth.',
      'Bleaching is five times more frequent.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document).map((message) => message.reason.split('`')[1])).toEqual([
      'eleven of the 27',
      'a hundred homes',
      'twice the rate',
      'fell by a fifth',
      'five times more'
    ])
  })

  test('the text of a footnote that reads as a reference is not read for claims; a note that comments is', () => {
    const document = [
      'The figure doubled.[^1] It doubled again.[^2]',
      '[^1]: United Nations, *International Migration Report 2002*, ST/ESA/SER.A/220 (New York: United Nations, 2002), 1.',
      '[^2]: Ibid., 3. In our own count, 40% of them had left by 2005.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document).map((message) => message.reason.split('`')[1])).toEqual(['40%'])
  })

  test('in an annotated draft, a node the argument supports is covered', () => {
    const document = ':::claim{#c}\nAbout 40% of states agree.\n:::\n\n:evidence[A survey]{#s type=example supports=c} [@x].\n'
    expect(lintFor('uncited-statistic', document)).toEqual([])
    expect(lintFor('uncited-statistic', document.replace(' supports=c', ''))).toHaveLength(1)
  })

  test('statistics in headings, table cells and annotated evidence are read too', () => {
    const document = '# Half of all refugees\n\n| share |\n|---|\n| 40% |\n\n:evidence[12,000 people crossed]{#c type=example}'
    expect(places(lintFor('uncited-statistic', document))).toEqual(['1:3', '5:3', '7:11'])
    expect(lintFor('uncited-statistic', ':evidence[12,000 people crossed]{#c type=example} [@iom2003].')).toEqual([])
  })

  test('statistic evidence with no citation is one message, at the node, whatever its words', () => {
    const [message, ...rest] = lintFor('uncited-statistic', 'In 2002 :evidence[175 million]{#s type=statistic}.')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      fatal: false,
      line: 1,
      column: 9,
      reason: 'Unexpected statistic `s` without a citation, expected a citation right after it, such as `[@key, p. 12]`'
    })
    // No number the detector knows, but the author said it is a statistic.
    expect(places(lintFor('uncited-statistic', ':evidence[most of them left]{#m type=statistic}'))).toEqual(['1:1'])
  })

  test('statistic evidence backed by a citation right after it, or inside it, passes, and so do its words', () => {
    expect(lintFor('uncited-statistic', ':evidence[175 million]{#s type=statistic} [@unpd2002, p. 1].')).toEqual([])
    expect(lintFor('uncited-statistic', ':::evidence{#s type=statistic}\n175 million\n\nmore than 40% of them [@unpd2002, p. 1].\n:::')).toEqual([])
  })

  test('a citation for the sentence only does not back statistic evidence', () => {
    const document = ':evidence[175 million]{#s type=statistic} people, says the UN [@unpd2002].'
    expect(lintFor('uncited-statistic', document).map((message) => message.reason)).toEqual([
      'Unexpected statistic `s` without a citation, expected a citation right after it, such as `[@key, p. 12]`'
    ])
  })

  test('other evidence types are judged by their words alone', () => {
    expect(lintFor('uncited-statistic', ':evidence[a case]{#e type=example}.')).toEqual([])
  })

  test('check does not report it: it is a reviewer\'s rule (`recommended`, `strict`)', () => {
    expect(check('In 2002 :evidence[175 million]{#s type=statistic}.')).toEqual([])
  })

  test('`phrases` adds words to report and `ignore` leaves words alone', () => {
    const options = (settings: object): LintOptions => ({rules: {'uncited-statistic': ['warn', settings]}})
    expect(lintFor('uncited-statistic', 'A handful of cases were mild.', options({phrases: ['a handful of']}))).toHaveLength(1)
    expect(lintFor('uncited-statistic', 'The G20 met; 24/7 care costs 40%.', options({ignore: ['40%']}))).toEqual([])
  })

  test('a wrong option is reported on the file and the default used', () => {
    // As a config file could hold it: the types do not stop it.
    const options = {rules: {'uncited-statistic': ['warn', {scope: 'page'}]}} as unknown as LintOptions
    const messages = lintFor('uncited-statistic', 'About 40% agree [@x].', options)
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected value `page` for `scope` for `uncited-statistic`, expected `sentence` or `paragraph`'
    ])
  })

  test('on in `recommended` and `strict`', () => {
    expect(lintFor('uncited-statistic', 'About 40% agree.', {preset: 'recommended'})).toHaveLength(1)
    expect(lintFor('uncited-statistic', 'About 40% agree.', {preset: 'strict'})[0]?.fatal).toBe(true)
  })
  test('figures that are not measurements: set prices and terms, limits a policy sets, clock times, labels, instructions after a clause', () => {
    // An exact amount with nothing that measures it is a price or a term someone sets.
    expect(lintFor('uncited-statistic', 'Starters are $9 and the tasting menu (£65) changes weekly.')).toEqual([])
    expect(lintFor('uncited-statistic', 'The annual membership is €120, with a €40 joining fee.')).toEqual([])
    expect(lintFor('uncited-statistic', 'The plan covers dental work up to £2,000 and pays glasses of up to £150 per year.')).toEqual([])
    expect(lintFor('uncited-statistic', 'Chapters: 04:15 the harvest; 27:40 the storm.')).toEqual([])
    expect(lintFor('uncited-statistic', 'Well done to our Year 9 pupils on the science fair.')).toEqual([])
    expect(lintFor('uncited-statistic', 'For clay soils, add 40 kg of lime per hectare.')).toEqual([])
    // What measures an amount keeps it a statistic: worth, a market, a change, an approximation.
    expect(lintFor('uncited-statistic', 'Volunteers give time worth £2.1 billion a year.')).toHaveLength(1)
    // The cues alone: the learned model, on by default, drops this forecast (test/lint/prose-statistic-model.test.ts).
    expect(lintFor('uncited-statistic', 'The market for heat pumps will reach €14 billion by 2031.', cuesAlone)).toHaveLength(1)
    expect(lintFor('uncited-statistic', 'Only 11 students passed, and about £40,000 was lost.')).toHaveLength(2)
  })

  test('a locator of a paragraph in the text is a reference', () => {
    expect(lintFor('uncited-statistic', 'The tribunal found 64 breaches (Decision, para. 12).')).toEqual([])
  })
})

describe('positions in a document that opens on a byte-order mark', () => {
  test('count from the character after the mark, as remark does (docs/api.md)', () => {
    const text = '\uFEFFIntro.\n\nMembership rose 40% last year.'
    const [message] = lintFor('uncited-statistic', text)
    const place = message!.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
    expect(place.start.line).toBe(3)
    expect(place.start.column).toBe(12)
    expect(text.replace(/^\uFEFF/u, '').slice(place.start.offset, place.end.offset)).toBe('rose 40%')
  })
})
