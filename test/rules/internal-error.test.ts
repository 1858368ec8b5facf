import {describe, expect, test} from 'vitest'
import type {AnyKit} from '../../src/index.js'
import {VFile} from 'vfile'
import {defaultKit, format, parse} from '../../src/index.js'

describe('internal-error', () => {
  test('a document that parses raises none', () => {
    expect(parse(':claim[x]{#x}').file.messages).toEqual([])
  })

  test('a failure inside the pipeline becomes a message, not an exception', () => {
    const broken: AnyKit = {
      ...defaultKit,
      kind() {
        throw new Error('kit lookup failed')
      }
    }
    const {graph, file} = parse(':claim[x]{#x}', {kit: broken})
    expect(graph).toEqual({nodes: [], relations: [], citations: [], sources: [], meta: {}})
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      [
        'internal-error',
        true,
        'Unexpected failure while parsing (Error: kit lookup failed), expected a parse; please report this document'
      ]
    ])
  })

  test('a failure while formatting returns the document as written, with a message', () => {
    const file = new VFile('Some *text*.\n')
    const written = format(file, {
      stringify: {
        handlers: {
          emphasis() {
            throw new Error('handler failed')
          }
        }
      }
    })
    expect(written).toBe('Some *text*.\n')
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'internal-error',
        'Unexpected failure while formatting (Error: handler failed), expected a document; please report this document'
      ]
    ])
  })
})
