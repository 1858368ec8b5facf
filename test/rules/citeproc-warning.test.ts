import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
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
