import {describe, expect, test} from 'vitest'
import type {LintOptions} from '../../src/index.js'
import {check} from '../../src/index.js'
import {lintFor, places} from './lint-helpers.js'

const sentenceScope = {rules: {'uncited-statistic': ['warn', {scope: 'sentence'}]}} as const

describe('uncited-statistic', () => {
  test('a cited statistic passes: citation, footnote, or a citation later in the paragraph', () => {
    expect(lintFor('uncited-statistic', 'In 2002 about 175 million people lived abroad [@unpd2002, p. 1].')).toEqual([])
    expect(lintFor('uncited-statistic', 'Turnout was 67 per cent.[^1]\n\n[^1]: Electoral Commission, 2017.')).toEqual([])
    expect(lintFor('uncited-statistic', 'About 40% agree. The rest do not [@survey2020].')).toEqual([])
  })

  test('years, dates, times, page, section and version numbers are not statistics', () => {
    const document = [
      'The Convention entered into force on 1 July 2003, in the 21st century.',
      'Section 4.2 was agreed at 10:30 and version 2.1.0 on p. 12 of the 1990s draft.',
      'Article 33 of the 1951 Convention was discussed for the second time at 7.30 pm.'
    ].join('\n\n')
    expect(lintFor('uncited-statistic', document)).toEqual([])
  })

  test('each statistic is reported at its own words', () => {
    const messages = lintFor('uncited-statistic', 'Intro.\n\nIn 2002 about *175 million* people lived abroad. It doubled.')
    expect(places(messages)).toEqual(['3:9', '3:53'])
    expect(messages[0]?.place).toEqual({start: {line: 3, column: 9, offset: 16}, end: {line: 3, column: 27, offset: 34}})
    expect(messages[0]?.reason).toBe(
      'Unexpected statistic `about 175 million` without a source, expected a citation or footnote in its paragraph'
    )
    expect(messages[1]?.reason).toContain('`doubled`')
    expect(messages[0]?.url).toBe('https://github.com/argmark/argmark/blob/main/docs/rules/uncited-statistic.md')
    expect(messages[0]?.expected).toBeUndefined()
  })

  test('scope `sentence`: a citation in another sentence does not cover it', () => {
    const [message, ...rest] = lintFor('uncited-statistic', 'About 40% agree. The rest do not [@survey2020].', sentenceScope)
    expect(rest).toEqual([])
    expect([message?.line, message?.column, message?.reason]).toEqual([
      1,
      1,
      'Unexpected statistic `About 40%` without a source, expected a citation or footnote in its sentence'
    ])
  })

  test('scope `sentence`: a note right after the full stop belongs to the sentence', () => {
    expect(lintFor('uncited-statistic', 'About 40% agree.[^1] The rest do not.\n\n[^1]: Survey.', sentenceScope)).toEqual([])
    expect(lintFor('uncited-statistic', 'About 40% agree. [@survey2020] The rest do not.', sentenceScope)).toEqual([])
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

  test('a wrong option is reported on the file and the default used', () => {
    // As a config file could hold it: the types do not stop it.
    const options = {rules: {'uncited-statistic': ['warn', {scope: 'page'}]}} as unknown as LintOptions
    const messages = lintFor('uncited-statistic', 'About 40% agree [@x].', options)
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected value `page` for `scope` for `uncited-statistic`, expected `sentence` or `paragraph`'
    ])
  })

  test('off in no preset but `recommended` and `strict`', () => {
    expect(lintFor('uncited-statistic', 'About 40% agree.', {preset: 'recommended'})).toHaveLength(1)
    expect(lintFor('uncited-statistic', 'About 40% agree.', {preset: 'strict'})[0]?.fatal).toBe(true)
  })
})
