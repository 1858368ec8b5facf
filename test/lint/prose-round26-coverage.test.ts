import {describe, expect, test} from 'vitest'
import {createSession, lint} from '../../src/index.js'
import {count, cuesAlone} from './prose-round-helpers.js'

// Round 26 of coverage: citation forms a new user writes that were not read
// as support. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('a numbered reference list (Vancouver, IEEE)', () => {
  test('`[4]`, `[2–6]`, `[8, 11]` after the claim cover its sentence', () => {
    expect(count('uncited-statistic', 'Ferry fares doubled between 2015 and 2022 [4].')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares doubled between 2015 and 2022 [2–6].')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade [8, 11].')).toBe(0)
  })

  test('after the full stop, the mark belongs to the sentence it ends, not the next one', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.[7] Bus fares rose by 12%.')).toBe(1)
  })

  test('a later sentence that reports the same source is covered through it', () => {
    expect(count('uncited-statistic', 'A survey of island households was run in 2023 [5]. The same survey found that 31% had cut trips.')).toBe(0)
  })

  test('guard: an index after a word, a bracketed word, a reference definition, a number in code', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% in cell x[1] of the sheet.')).toBe(1)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade [sic].')).toBe(1)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade `[4]`.')).toBe(1)
  })
})

describe('a numbered note in superscript at a word\'s end', () => {
  test('HTML `<sup>`, with or without a link inside', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.<sup>3</sup>')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40%<sup>3</sup> over the decade.')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.<sup><a href="#r3">3</a></sup>')).toBe(0)
  })

  test('pandoc superscript `^3^`', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.^3^')).toBe(0)
  })

  test('a note after the full stop ends that sentence: the next is not covered', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.<sup>3</sup> Bus fares rose by 12%.')).toBe(1)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.^3^ Bus fares rose by 12%.')).toBe(1)
  })

  test('guard: a superscript that is not a number, or that stands after a space', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade.<sup>th</sup>')).toBe(1)
    // The cues alone: the learned model reads a hull's size as a specification and drops it.
    expect(count('uncited-statistic', 'The hull is 40 m<sup>2</sup> larger than the old one, a 30% rise.', cuesAlone)).toBe(1)
  })
})

describe('author and date with a particle, no date, the work just cited', () => {
  test('a name opening on a lower-case particle', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (van den Broek 2021).')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (de Sousa and Lima, 2019, p. 8).')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (al-Rashid 2018).')).toBe(0)
  })

  test('`n.d.` or `in press` in place of the year', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (Transport Scotland, n.d.).')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (Marr, in press).')).toBe(0)
    expect(count('uncited-statistic', 'As Marr (n.d.) shows, ferry fares rose by 40% over the decade.')).toBe(0)
  })

  test('`ibid.`, `op. cit.`, `loc. cit.` in brackets', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (ibid.).')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (Marr, op. cit.).')).toBe(0)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (loc. cit.).')).toBe(0)
  })

  test('guard: a lower-case bracket without a year, and a particle without a name', () => {
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (van services excluded).')).toBe(1)
    expect(count('uncited-statistic', 'Ferry fares rose by 40% over the decade (de facto, not by law).')).toBe(1)
  })
})

describe('a table is covered as a whole, and reported once', () => {
  const rows = '| Port | Sailings | Change |\n|---|---|---|\n| Oban | 1,240 | +18% |\n| Mallaig | 610 | -7% |\n'
  const headerCited = '| Port | Sailings [@calmac2023] | Change |\n|---|---|---|\n| Oban | 1,240 | +18% |\n| Mallaig | 610 | -7% |\n'

  test('a `Source: …` line, or a note naming a source, right after the table', () => {
    expect(count('uncited-statistic', rows + '\nSource: ferry operator timetables, 2023.\n')).toBe(0)
    expect(count('uncited-statistic', rows + '\nSources: CalMac and the harbour trusts.\n')).toBe(0)
    expect(count('uncited-statistic', rows + '\nNote: winter sailings only. Source: CalMac.\n')).toBe(0)
  })

  test('a citation in a header cell or in a caption before or after', () => {
    expect(count('uncited-statistic', headerCited)).toBe(0)
    expect(count('uncited-statistic', 'Table 4: Sailings by port (Marr 2023).\n\n' + rows)).toBe(0)
    expect(count('uncited-statistic', rows + '\n: Sailings by port [@calmac2023]\n')).toBe(0)
  })

  test('a cited sentence right before it that introduces it', () => {
    expect(count('uncited-statistic', 'Sailings fell at most ports in the winter timetable (Marr 2023):\n\n' + rows)).toBe(0)
    expect(count('uncited-statistic', 'The table below gives the winter sailings by port [@calmac2023].\n\n' + rows)).toBe(0)
  })

  test('an uncovered table gets one message, at its first figure, naming the table', () => {
    const messages = lint(rows, {preset: 'strict'}).filter((message) => message.ruleId === 'uncited-statistic')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.line).toBe(3)
    expect(messages[0]!.reason).toContain('table headed `Port | Sailings | Change`')
  })

  test('guard: a cited paragraph before that does not introduce the table, a `Source:` line away from it, a caption without a source', () => {
    expect(count('uncited-statistic', 'Winter sailings are set each October (Marr 2023).\n\n' + rows)).toBe(1)
    expect(count('uncited-statistic', rows + '\nThe ports are busiest in July.\n\nSource: ferry operator timetables.\n')).toBe(1)
    expect(count('uncited-statistic', 'Table 4: Sailings by port.\n\n' + rows)).toBe(1)
  })

  test('guard: two uncovered tables get a message each', () => {
    expect(count('uncited-statistic', rows + '\nSome text between them.\n\n' + rows)).toBe(2)
  })
})

describe('the suggested support follows the way the draft cites most', () => {
  const reasons = (rule: string, text: string): string[] =>
    lint(text, {preset: 'strict'}).filter((message) => message.ruleId === rule).map((message) => message.reason)

  test('author and date in the text, more often than a footnote: a reference in the text is asked for', () => {
    const text = 'Fares rose by a quarter (Marr 2023). Sailings fell (CalMac 2024, p. 9).\n\nHarbour dues rose by 30% last year.\n\nThe timetable changed.[^1]\n\n[^1]: CalMac, 2024.\n'
    const found = reasons('uncited-statistic', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('expected a reference such as `(Author 2021, p. N)` after it')
  })

  test('a block quote in such a draft is asked for the same', () => {
    const text = 'Fares rose by a quarter (Marr 2023). Sailings fell (CalMac 2024, p. 9).\n\nOne skipper put it plainly:\n\n> The winter timetable leaves the island cut off for days at a time, every single year.\n'
    const found = reasons('unattributed-quotation', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('expected a reference such as `(Author 2021, p. N)` there')
  })

  test('guard: footnotes the most, a footnote; a tie or pandoc citations the most, a citation', () => {
    expect(reasons('uncited-statistic', 'Fares rose (Marr 2023).[^1] Sailings fell.[^2]\n\nHarbour dues rose by 30% last year.\n\n[^1]: a.\n[^2]: b.\n')[0]).toContain('a footnote such as `[^1]`')
    expect(reasons('uncited-statistic', 'Fares rose (Marr 2023) [@calmac2024].\n\nHarbour dues rose by 30% last year.\n')[0]).toContain('a citation such as `[@key, p. N]`')
    expect(reasons('uncited-statistic', 'Harbour dues rose by 30% last year.\n')[0]).toContain('a citation such as `[@key, p. N]`')
  })
})

describe('an editor session reads a table with its neighbours, as lint does', () => {
  const table = '# Ports\n\nIntro.\n\n| Port | Sailings |\n|---|---|\n| Oban | 1,240 |\n| Mull | 240 |\n'
  const reasons = (messages: readonly {reason: string; line?: number | undefined}[]): string[] => messages.map((message) => message.line + ' ' + message.reason)

  test('a `Source:` line after the table covers it in the session too, before and after an edit', async () => {
    const text = table + '\nSource: ferry timetables, 2023.\n'
    const session = createSession({preset: 'strict'})
    expect(reasons(await session.update(text))).toEqual(reasons(lint(text, {preset: 'strict'})))
    expect(await session.update(text)).toHaveLength(0)
    const edited = table + '\nMore sailings in summer.\n'
    expect(reasons(await session.update(edited))).toEqual(reasons(lint(edited, {preset: 'strict'})))
    expect(reasons(await session.update(text))).toEqual([])
  })
})
