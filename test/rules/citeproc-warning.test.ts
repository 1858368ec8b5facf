import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {localeEnUs} from '../../src/render/csl/locale-en-us.js'
import {sources} from '../render/helpers.js'

const apa = readFileSync(new URL('../fixtures/styles/apa.csl', import.meta.url), 'utf8')

describe('citeproc-warning', () => {
  test('what citeproc-js warns about is a warning naming the style, never text in the output', () => {
    // An attribute CSL does not define: citeproc-js warns while reading the style.
    const style = apa.replace('<layout ', '<layout argmark-unknown="1" ')
    const file = new VFile({value: 'A [@doe99].\n'})
    const output = render(file, {to: 'text', sources, style, rules: {'unused-source': 'off'}})
    expect(output).toBe('A (Doe, 1999).\n')
    expect(output).not.toMatch(/warning/)
    const messages = file.messages.map((message) => [message.ruleId, message.fatal, message.reason])
    expect(messages).toEqual([
      ['citeproc-warning', false, expect.stringMatching(/^Unexpected problem in CSL style `[^`]+`: warning: undefined attribute "@argmark-unknown" in style, expected a style citeproc-js reads without warnings$/)]
    ])
  })

  test('a style without flaws raises none', () => {
    const file = new VFile({value: 'A [@doe99].\n'})
    render(file, {to: 'text', sources, style: apa, rules: {'unused-source': 'off'}})
    expect(file.messages).toEqual([])
  })
})

describe('citeproc-warning: a language with no locale', () => {
  // The en-US locale relabelled, standing in for a locale of another language.
  const localeFor = (lang: string) => localeEnUs.replace('xml:lang="en-US"', 'xml:lang="' + lang + '"')
  const britishStyle = apa.replace('<style ', '<style default-locale="en-GB" ')

  test("a style's default-locale with no locale given: one warning naming the language, the output in en-US", () => {
    const file = new VFile({value: 'A [@doe99].\n'})
    const output = render(file, {to: 'text', sources, style: britishStyle, rules: {'unused-source': 'off'}})
    expect(output).toBe('A (Doe, 1999).\n')
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['citeproc-warning', false, expect.stringMatching(/^Unexpected language `en-GB` with no CSL locale, expected a locale for it \(.+\); en-US terms, dates and punctuation were used$/)]
    ])
  })

  test("the document's lang with no locale given: the same warning, naming it", () => {
    const file = new VFile({value: '---\nlang: fr-FR\n---\n\nA [@doe99].\n'})
    render(file, {to: 'text', sources, style: apa, rules: {'unused-source': 'off'}})
    expect(file.messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Unexpected language `fr-FR` with no CSL locale/)])
  })

  test('a locale given for the language, or English asked for, raises none', () => {
    for (const [value, options] of [
      ['A [@doe99].\n', {style: britishStyle, locales: {'en-GB': localeFor('en-GB')}}],
      ['---\nlang: fr-CA\n---\n\nA [@doe99].\n', {style: apa, locales: {'fr-FR': localeFor('fr-FR')}}],
      ['---\nlang: en-US\n---\n\nA [@doe99].\n', {style: apa}],
      ['---\nlang: en\n---\n\nA [@doe99].\n', {style: apa}]
    ] as const) {
      const file = new VFile({value})
      render(file, {to: 'text', sources, rules: {'unused-source': 'off'}, ...options})
      expect(file.messages.map((message) => message.reason), value).toEqual([])
    }
  })
})
