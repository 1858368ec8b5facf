import {describe, expect, test} from 'vitest'
import {check, createSession, defaultKit, lint, parse, render} from '../../src/index.js'
import {resolveSources} from '../../src/sources/resolve.js'

// Options of the wrong type, which TypeScript's types rule out but plain JavaScript can pass: a
// clear TypeError naming the option, not an internal error blamed on the document.
const doc = ':claim[Funding is scarce]{#funding} [@doe99].\n'
const notKits: unknown[] = ['riskkit', {kinds: {}}, 42, null]

describe('a kit option that is not a kit', () => {
  test.each(notKits)('%j: every verb throws a TypeError that names it', (kit) => {
    const options = {kit} as unknown as {kit: typeof defaultKit}
    for (const verb of [() => parse(doc, options), () => check(doc, options), () => lint(doc, options), () => render(doc, options), () => createSession(options)]) {
      expect(verb).toThrow(TypeError)
      expect(verb).toThrow(/^Unexpected kit `.+`, expected a kit made by `defineKit` or `extend`/)
    }
  })

  test('a kit and no kit still read', () => {
    expect(parse(doc, {kit: defaultKit}).graph.nodes.map((node) => node.id)).toEqual(['funding'])
    expect(parse(doc).graph.nodes.map((node) => node.id)).toEqual(['funding'])
  })
})

describe('sources that are neither CSL items nor loaded sources', () => {
  test.each(['refs.bib', {items: []}, 7])('%j: check throws a TypeError that names them', (sources) => {
    const run = () => check(doc, {sources} as unknown as {sources: []})
    expect(run).toThrow(TypeError)
    expect(run).toThrow(/^Unexpected sources `.+`, expected CSL items \(an array\) or what `loadSources` returns/)
  })

  test('CSL items and loaded sources still resolve', () => {
    const items = [{id: 'doe99', type: 'book' as const, title: 'A'}]
    expect(check(doc, {sources: items}).map(String)).toEqual([])
    const parsed = parse(doc)
    resolveSources(parsed, {items, failed: [], messages: [], files: []})
    expect(parsed.file.data.argmarkSources?.status).toBe('given')
  })
})
