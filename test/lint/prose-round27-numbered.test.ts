import {describe, expect, test} from 'vitest'
import {createSession, lint} from '../../src/index.js'
import {count} from './prose-round-helpers.js'

// Round 27: a draft that numbers its references. Its messages ask for a
// numbered reference, not a pandoc citation; and `[1]` that the parser reads
// as a link reference (a definition `[1]: …` exists) is support as `[1]` is.
// Each case is in our own wording; every row fails on the code before this
// round but the guards.

/** The reasons of one rule's messages for a text, linted with the `strict` preset. */
function reasons(rule: string, text: string): string[] {
  return lint(text, {preset: 'strict'})
    .filter((message) => message.ruleId === rule)
    .map((message) => message.reason)
}

const numberedDraft =
  'Canal tolls fell by a third after the reform [1]. Lock keepers handled 2,400 boats in a season [2, 3].\n\n' +
  'Towpath traffic fell by 40% in the first year.\n'

describe('the suggestion follows a numbered style', () => {
  test('a draft citing with `[N]` is asked for `[N]`', () => {
    expect(reasons('uncited-statistic', numberedDraft)).toEqual([
      'Unexpected statistic `fell by 40%` without a reference in its sentence, expected a reference such as `[N]` after it'
    ])
  })

  test('pandoc superscripts `^N^` and HTML `<sup>N</sup>` are the numbered style too', () => {
    const superscripts = 'Canal tolls fell by a third after the reform.^1^ Lock keepers worked long shifts.^2^\n\nTowpath traffic fell by 40%.\n'
    expect(reasons('uncited-statistic', superscripts)[0]).toContain('such as `[N]`')
    const html = 'Canal tolls fell by a third after the reform.<sup>1</sup> Lock keepers worked long shifts.<sup>2</sup>\n\nTowpath traffic fell by 40%.\n'
    expect(reasons('uncited-statistic', html)[0]).toContain('such as `[N]`')
  })

  test('the quotation rules word it the same way', () => {
    const text = 'Canal tolls fell by a third after the reform [1]. The guide says [4].\n\nOne boatman called the reform “a slow robbery of the towns along the water”.\n'
    const messages = [...reasons('quotation-without-citation', text), ...reasons('unattributed-quotation', text)]
    expect(messages.length).toBeGreaterThan(0)
    for (const reason of messages) {
      expect(reason).toMatch(/^Unexpected .*, expected /u)
      expect(reason).toContain('`[N]`')
      expect(reason).not.toContain('@key')
    }
  })

  test('an editor session words it from the whole document, also after an edit', async () => {
    const session = createSession({preset: 'strict'})
    await session.update('Towpath traffic fell by 40% in the first year.\n')
    const messages = (await session.update(numberedDraft)).filter((message) => message.ruleId === 'uncited-statistic')
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected statistic `fell by 40%` without a reference in its sentence, expected a reference such as `[N]` after it'
    ])
  })

  test('guard: citations outnumbering numbers keep `[@key, p. N]`; author-date keeps its example', () => {
    const citations = 'Canal tolls fell by a third [@hale2020]. Lock keepers worked long shifts [@ives2019]. Keepers were paid weekly [1].\n\nTowpath traffic fell by 40%.\n'
    expect(reasons('uncited-statistic', citations)[0]).toContain('such as `[@key, p. N]`')
    const authorDate = 'Canal tolls fell by a third (Hale 2020). Lock keepers worked long shifts (Ives 2019).\n\nTowpath traffic fell by 40%.\n'
    expect(reasons('uncited-statistic', authorDate)[0]).toContain('such as `(Author 2021, p. N)`')
  })

  test('guard: a document with no support at all is asked for a citation', () => {
    expect(reasons('uncited-statistic', 'Towpath traffic fell by 40%.\n')[0]).toContain('such as `[@key, p. N]`')
  })
})

describe('`[N]` read as a link reference', () => {
  const definitions = '\n\n[1]: https://example.org/canals\n[2]: https://example.org/locks\n'

  test('a sentence ending in a defined `[1]` is covered', () => {
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform [1].' + definitions)).toBe(0)
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform.[1]' + definitions)).toBe(0)
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform [1][].' + definitions)).toBe(0)
  })

  test('a range or list of defined numbers is covered', () => {
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform [1–2].\n\n[1–2]: https://example.org/both\n')).toBe(0)
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform [1, 2].\n\n[1, 2]: https://example.org/both\n')).toBe(0)
  })

  test('a defined reference after the full stop belongs to its sentence, not the next', () => {
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform.[1] Lock fees rose by 12%.' + definitions)).toBe(1)
  })

  test('the message still points at the statistic', () => {
    const [message] = lint('Lock fees rose by 12% [1]. Tolls fell by 35% that year.' + definitions, {preset: 'strict'})
      .filter((item) => item.ruleId === 'uncited-statistic')
    expect([message?.line, message?.column]).toEqual([1, 34])
  })

  test('guard: a link whose text is a word or a number with a label, and an index after a word', () => {
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the [reform].\n\n[reform]: https://example.org/reform\n')).toBe(1)
    expect(count('uncited-statistic', 'Canal tolls fell by 35% after the reform [1][canals].\n\n[canals]: https://example.org/canals\n')).toBe(1)
    expect(count('uncited-statistic', 'Canal tolls fell by 35% in cell x[1] of the sheet.' + definitions)).toBe(1)
  })
})
