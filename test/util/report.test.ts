import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {report} from '../../src/util/report.js'

describe('report', () => {
  test('gives a message with its place, rule, url and severity, and leaves Error.stackTraceLimit as it was', () => {
    const file = new VFile({value: 'a b'})
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 7
    try {
      const message = report(file, {ruleId: 'duplicate-id', reason: 'Unexpected x, expected y', place: {line: 1, column: 3}, severity: 'warning'})
      expect(Error.stackTraceLimit).toBe(7)
      expect([message.line, message.column, message.ruleId, message.source, message.fatal]).toEqual([1, 3, 'duplicate-id', 'argmark', false])
      expect(message.url).toMatch(/docs\/rules\/duplicate-id\.md$/)
      expect(message.stack).toBe('')
      expect(file.messages).toEqual([message])
    } finally {
      Error.stackTraceLimit = before
    }
  })
})
