import type {RootContent} from 'mdast'
import {describe, expect, test} from 'vitest'
import {closesSingleQuote} from '../../src/render/single-quote.js'

const text = (value: string): RootContent => ({type: 'text', value})

describe('closesSingleQuote', () => {
  test('a `’` closes the nearest `‘` no other `’` closes; between letters it closes nothing (as pandoc reads them)', () => {
    expect(closesSingleQuote([text('the states’')], true)).toBe(false)
    expect(closesSingleQuote([text('He said ‘the states’')], true)).toBe(true)
    expect(closesSingleQuote([text('‘The states’ rights’')], true)).toBe(false)
    expect(closesSingleQuote([text('‘don’t stop’')], true)).toBe(true)
    expect(closesSingleQuote([text('‘a’ b ‘the states’')], true)).toBe(true)
  })

  test('the opening quote may stand before emphasis, a link or code', () => {
    const emphasis: RootContent = {type: 'emphasis', children: [{type: 'text', value: 'first'}]}
    expect(closesSingleQuote([text('‘the '), emphasis, text(' step’')], true)).toBe(true)
    expect(closesSingleQuote([text('the '), {type: 'inlineCode', value: '‘x'}, text(' step’')], true)).toBe(false)
  })

  test('where it cannot tell it is a closing quote: inside emphasis or a link, or past 32 siblings or 4,000 characters', () => {
    expect(closesSingleQuote([text('the states’')], false)).toBe(true)
    expect(closesSingleQuote([text('x'.repeat(5000) + ' the states’')], true)).toBe(true)
    const many = Array.from({length: 40}, () => text('a '))
    expect(closesSingleQuote([...many, text('the states’')], true)).toBe(true)
    expect(closesSingleQuote([...many.slice(0, 20), text('the states’')], true)).toBe(false)
  })
})
