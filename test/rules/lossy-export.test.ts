import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {exportGraph, interchangeFormats, reportExportLosses} from '../../src/export/index.js'

// A draft with a citation in its prose, one in a node, and a node of two paragraphs.
const draft = [
  ':::claim{#dearth}',
  'Little advocacy reaches policy [@doe99, p. 3].',
  '',
  'Donors fund services instead.',
  ':::',
  '',
  'Others disagree [@smith2004; @lee2010].',
  ''
].join('\n')

function losses(format: Parameters<typeof reportExportLosses>[2]) {
  const file = new VFile({path: 'draft.md', value: draft})
  const count = reportExportLosses(file, parse(draft).graph, format)
  expect(count).toBe(file.messages.length)
  return file.messages.map((message) => [message.ruleId, message.fatal, String(message.line) + ':' + String(message.column), message.reason])
}

describe('lossy-export', () => {
  test('Argdown: a citation outside every node and a paragraph break are warnings at their place', () => {
    expect(losses('argdown')).toEqual([
      ['lossy-export', false, '7:17', 'Unexpected citation of `@smith2004`, `@lee2010` outside every node, expected it in a node: Argdown holds the nodes, not the prose; left out of the export'],
      ['lossy-export', false, '1:1', 'Unexpected paragraph break in node `dearth`, expected one paragraph: an Argdown statement is one line; written as a space']
    ])
  })

  test('Argdown: a second node with an id is a warning at it; AIF keeps both (found tried as a new user would)', () => {
    const twice = ':claim[Target]{#t}\n\n:claim[First text]{#dup supports=t}\n\n:claim[Second text]{#dup attacks=t}\n'
    const report = (format: 'aif' | 'argdown') => {
      const file = new VFile(twice)
      reportExportLosses(file, parse(twice).graph, format)
      return file.messages.map((message) => String(message.line) + ':' + String(message.column) + ' ' + message.reason)
    }
    expect(report('argdown')).toEqual([
      '5:1 Unexpected second node `dup`, expected ids that differ: Argdown has one statement per title; its text is left out, its relations go to the first'
    ])
    expect(exportGraph(parse(twice).graph, 'argdown')).not.toContain('Second text')
    expect(report('aif')).toEqual([])
    expect(exportGraph(parse(twice).graph, 'aif')).toContain('Second text')
  })

  test('AIF keeps paragraph breaks; the citation in prose is reported', () => {
    expect(losses('aif')).toEqual([
      ['lossy-export', false, '7:17', 'Unexpected citation of `@smith2004`, `@lee2010` outside every node, expected it in a node: AIF holds the nodes, not the prose; left out of the export']
    ])
  })

  test('JSON and maps report nothing: the interchange formats are AIF and Argdown', () => {
    expect([...interchangeFormats].sort()).toEqual(['aif', 'argdown'])
    for (const format of ['json', 'mermaid', 'dot', 'svg'] as const) {
      expect(interchangeFormats.has(format)).toBe(false)
      expect(losses(format)).toEqual([])
    }
  })
})
