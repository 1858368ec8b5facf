import {describe, expect, test} from 'vitest'
import {importAif, importArgdown} from '../../src/index.js'

describe('invalid-import', () => {
  test('text that is not an AIF map is an error, and the draft is empty', () => {
    const {markdown, file} = importAif('not json')
    expect(markdown).toBe('')
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual([['invalid-import', 'argmark', true]])
    expect(file.messages[0]!.url).toBe('https://github.com/argmark/argmark/blob/main/docs/rules/invalid-import.md')
  })

  test('parts of a map argmark has no place for are warnings, and the rest is kept', () => {
    const map = {
      nodes: [
        {nodeID: 1, text: 'Donors fund services', type: 'I'},
        {nodeID: 2, text: 'Ann: donors fund services', type: 'L'},
        {nodeID: 3, text: 'Asserting', type: 'YA'}
      ],
      edges: [{edgeID: 1, fromID: 2, toID: 3}, {edgeID: 2, fromID: 3, toID: 1}]
    }
    const {markdown, file} = importAif(JSON.stringify(map))
    expect(markdown).toContain('Donors fund services')
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      [
        'invalid-import',
        false,
        'Unexpected 1 L, 1 YA nodes, expected I, RA, CA or MA nodes: dialogue (L, YA, TA) and preferences (PA) are left out'
      ]
    ])
  })

  test('Argdown that does not parse is a warning at its place', async () => {
    const {file} = await importArgdown('[A]: {"argmark": {}}\n')
    expect(file.messages.length).toBeGreaterThan(0)
    expect(file.messages.every((message) => message.ruleId === 'invalid-import' && message.fatal === false)).toBe(true)
    expect(file.messages[0]!.reason).toMatch(/^Unexpected Argdown: /)
  })
})
