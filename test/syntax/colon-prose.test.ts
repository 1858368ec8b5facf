import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {check, format, parse, render} from '../../src/index.js'

const corpus = readFileSync(new URL('../fixtures/colon-prose.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '')

describe('colon prose', () => {
  test('the corpus has the cases the syntax docs name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40)
    for (const phrase of ['10:30', 'ratio was 3:1', 'Note:this', 'a:b']) {
      expect(corpus.some((line) => line.includes(phrase))).toBe(true)
    }
  })

  test.each(corpus)('survives parse → format verbatim: %s', (line) => {
    const formatted = format(line)
    expect(formatted).toBe(line + '\n')
    expect(format(formatted)).toBe(formatted)
    expect(check(line)).toEqual([])
    expect(parse(line).graph.nodes).toEqual([])
  })

  test.each(corpus)('survives inside a claim, in its text and its formatting: %s', (line) => {
    const document = ':::claim{#c}\n' + line + '\n:::\n'
    const {graph} = parse(document)
    expect(graph.nodes).toHaveLength(1)
    // The node's text is the line as read: escapes resolved, emphasis and code marks gone.
    const expected = line.replace(/\\(?=[\\`*_{}[\]()#+\-.!])/g, '').replace(/[*`]/g, '').replace(/\[(.*?)\]\(.*?\)/g, '$1')
    expect(graph.nodes[0]?.text).toBe(expected)
    expect(format(document)).toBe(document)
  })

  test('in a text directive label the colon text is part of the node text', () => {
    const {graph} = parse('We met :claim[at 10:30, a ratio of 3:1]{#m}.')
    expect(graph.nodes[0]?.text).toBe('at 10:30, a ratio of 3:1')
    expect(format('We met :claim[at 10:30, a ratio of 3:1]{#m}.')).toBe('We met :claim[at 10:30, a ratio of 3:1]{#m}.\n')
  })

  test('in headings, lists, tables and blockquotes', () => {
    const document = '# Meeting at 10:30\n\n- ratio 3:1\n- Note:this\n\n| time  |\n| ----- |\n| 10:30 |\n\n> a:b\n'
    expect(format(document)).toBe(document)
    expect(check(document)).toEqual([])
  })

  test('nothing is ever written escaped', () => {
    const all = corpus.join('\n\n') + '\n'
    expect(format(all)).not.toMatch(/\\:/)
  })
})

describe('prose mis-read as a directive with attributes', () => {
  // Found by the AIF round-trip property: `~` in text written back as `\~`
  // inside what micromark reads as the attributes of a directive named `00`.
  test('is what a reader sees, escapes decoded, and is written back as written', () => {
    const document = ':::claim{#a0}\n\\~:00{#$#(#\\~#(} and 10:30{x}\n:::\n'
    const {graph} = parse(document)
    expect(graph.nodes[0]?.text).toBe('~:00{#$#(#~#(} and 10:30{x}')
    expect(format(document)).toBe(document)
    expect(render(document, {to: 'text'})).toBe('~:00{#$#(#~#(} and 10:30{x}\n')
  })
})
