import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {check, exportGraph, format, lint, parse, render} from '../src/index.js'
import {internalErrors} from './helpers.js'
import {runs} from './fuzz.js'
import {generatedDocument} from './generate.js'

// Pieces of argmark syntax, so random documents hit directives, attributes,
// fences, front matter and footnotes far more often than random text would.
const piece = fc.constantFrom(
  ':', '::', ':::', '::::', '[', ']', '{', '}', '#', '.', '=', '"', "'", ' ', '\n', '\n\n',
  'claim', 'factor', 'evidence', 'objection', 'recommendation', 'aside', 'type=statistic',
  'supports=', 'explains=', 'attacks=', 'a', 'b', '10:30', '> ', '- ', '---\n', '[^1]', '[^1]: ',
  '@key', '*', '_', '`', '\\', '|', 'é', '\u0000', '\uFFFD', '\r\n',
  // Superscript and subscript markers, inline notes and a bare URL, whose neighbours format
  // escapes: a plain `^` before an escaped `*` once read back as a superscript.
  '^', '~', '^[', 'https://a.org/x', '&amp;'
)
const annotated = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))

/** What a document means: its nodes, relations and citations (positions aside), text and front matter. */
function meaning(document: string) {
  const {graph} = parse(document)
  const strip = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' || key === 'sentence' ? undefined : item)))
  // An inline note's identifier is the offset of its `^[` (`inline-note 5`): an escape written
  // before it moves it, so notes are compared by their order.
  const order = new Map<string, string>()
  const renumber = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
      typeof item === 'string' && item.startsWith('inline-note ') ? (order.get(item) ?? order.set(item, 'inline-note #' + String(order.size)).get(item)) : item
    )
  return renumber({nodes: strip(graph.nodes), relations: strip(graph.relations), citations: strip(graph.citations), meta: graph.meta})
}

function positionsAreSane(document: string): void {
  const {graph} = parse(document)
  for (const node of graph.nodes) {
    expect(node.position.start.line).toBeGreaterThanOrEqual(1)
    expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset ?? 0)
  }
}

describe('any string', () => {
  test('parses, checks and lints without an internal error, with sane positions', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 300}), annotated), (document) => {
        // Each verb catches what fails inside as an `internal-error` message: none may appear.
        expect(internalErrors(check(document))).toEqual([])
        expect(internalErrors(lint(document, {preset: 'strict'}))).toEqual([])
        positionsAreSane(document)
      }),
      runs(400)
    )
  })

  test('format keeps what a document means: the same graph, citations and text', () => {
    fc.assert(
      fc.property(annotated, (document) => {
        const formatted = format(document)
        expect(meaning(formatted)).toEqual(meaning(document))
      }),
      runs(400)
    )
  })

  test('format is idempotent', () => {
    fc.assert(
      fc.property(annotated, (document) => {
        const once = format(document)
        expect(format(once)).toBe(once)
      }),
      runs(400)
    )
  })

  test('every message has a rule id, a source, a url and a place', () => {
    fc.assert(
      fc.property(annotated, (document) => {
        for (const message of check(document)) {
          expect(message.source).toBe('argmark')
          expect(message.ruleId).toMatch(/^[a-z-]+$/)
          expect(message.url).toContain('/docs/rules/' + String(message.ruleId) + '.md')
          if (message.ruleId !== 'internal-error') expect(message.line).toBeGreaterThanOrEqual(1)
        }
      }),
      runs(300)
    )
  })
})

// A hang guard, generous for `npm run test:fuzz`'s many runs (not a timing).
const wide = 1_800_000

describe('generated annotated documents', () => {
  test('no verb throws or reports an internal error', {timeout: wide}, () => {
    fc.assert(
      fc.property(generatedDocument, ({document}) => {
        expect(internalErrors(check(document))).toEqual([])
        expect(internalErrors(lint(document, {preset: 'strict'}))).toEqual([])
        for (const to of ['text', 'markdown', 'html'] as const) {
          const file = new VFile({value: document})
          render(file, {to})
          expect(internalErrors(file.messages)).toEqual([])
        }
        const {graph} = parse(document)
        for (const to of ['json', 'mermaid', 'dot', 'aif', 'argdown'] as const) expect(typeof exportGraph(graph, to)).toBe('string')
      }),
      runs(60)
    )
  })

  test('nothing is lost: every word of the prose is in the text render', {timeout: wide}, () => {
    fc.assert(
      fc.property(generatedDocument, ({document, words}) => {
        const text = render(document, {to: 'text'})
        for (const word of words) expect(text).toContain(word)
      }),
      runs(100)
    )
  })

  test('no footnote is lost silently: its words are in the text render, or a message names it', {timeout: wide}, () => {
    fc.assert(
      fc.property(generatedDocument, ({document, notes}) => {
        const text = render(document, {to: 'text'})
        const named = new Set(
          check(document)
            .filter((message) => message.ruleId === 'unused-footnote' || message.ruleId === 'duplicate-footnote')
            .map((message) => /`\[\^([^\]`]+)\]`/.exec(message.reason)?.[1])
        )
        for (const note of notes) {
          if (named.has(note.label)) continue
          for (const word of note.words) expect(text, 'a note `[^' + note.label + ']` dropped without a message').toContain(word)
        }
      }),
      runs(100)
    )
  })

  test('seed 766318738: a label defined twice loses its second note with a message', () => {
    const document = 'Words.[^2]\n\n[^2]: talks aid.\n\n[^2]: policy need.\n'
    expect(render(document, {to: 'text'})).not.toContain('policy need')
    expect(check(document).filter((message) => message.ruleId === 'duplicate-footnote').map((message) => message.line)).toEqual([5])
  })

  test('format keeps the graph, citations and text, keeps line endings, and is idempotent', {timeout: wide}, () => {
    fc.assert(
      fc.property(generatedDocument, ({document, eol}) => {
        const formatted = format(document)
        expect(meaning(formatted)).toEqual(meaning(document))
        expect(render(formatted, {to: 'text'})).toBe(render(document, {to: 'text'}))
        expect(format(formatted)).toBe(formatted)
        // Every line ends as the input's lines end.
        if (eol === '\r\n') expect(formatted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
        else expect(formatted).not.toContain('\r')
      }),
      runs(100)
    )
  })

  test('every message’s place lies inside the document', {timeout: wide}, () => {
    fc.assert(
      fc.property(generatedDocument, ({document}) => {
        const lines = document.split(/\r\n|\r|\n/)
        for (const message of lint(document, {preset: 'strict'})) {
          const place = message.place
          if (!place) continue
          for (const point of 'start' in place ? [place.start, place.end] : [place]) {
            expect(point.line).toBeGreaterThanOrEqual(1)
            expect(point.line).toBeLessThanOrEqual(lines.length)
            expect(point.column).toBeGreaterThanOrEqual(1)
            expect(point.column).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1)
            if (point.offset !== undefined) {
              expect(point.offset).toBeGreaterThanOrEqual(0)
              expect(point.offset).toBeLessThanOrEqual(document.length)
            }
          }
        }
      }),
      runs(100)
    )
  })
})

describe('exportGraph on any document', () => {
  test('every text format writes a string for the graph of any document, and every place lies inside it', () => {
    fc.assert(
      fc.property(annotated, (document) => {
        const {graph} = parse(document)
        for (const format of ['json', 'mermaid', 'dot', 'aif', 'argdown'] as const) {
          expect(typeof exportGraph(graph, format)).toBe('string')
        }
        for (const node of graph.nodes) {
          expect(node.position.start.offset ?? 0).toBeGreaterThanOrEqual(0)
          expect(node.position.end.offset ?? 0).toBeLessThanOrEqual(document.length)
        }
      }),
      runs(200)
    )
  })
})

describe('hostile documents', () => {
  test('1 MB of binary junk', () => {
    let state = 1
    const bytes = new Uint8Array(1024 * 1024)
    for (let index = 0; index < bytes.length; index++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      bytes[index] = state % 256
    }
    const document = new TextDecoder('utf-8', {fatal: false}).decode(bytes)
    const messages = check(document)
    expect(internalErrors(messages)).toEqual([])
    // Junk reads as prose: what parsing reports is about markup, never a failure.
    expect(messages.every((message) => message.ruleId !== undefined && message.source === 'argmark')).toBe(true)
  })

  // About 30 s here: micromark reads 0.3 MB/s of such prose (see bench/).
  test('10 MB of prose with annotations', {timeout: 300_000}, () => {
    const paragraph =
      'The number of people living outside their country of birth has doubled in under fifty years.\n\n'
    const annotation =
      'At 10:30 the ratio was 3:1. :claim[Migration matters]{supports=nowhere} and :evidence[175 million]{type=statistic}.\n\n'
    const chunk = paragraph.repeat(200) + annotation
    const count = Math.ceil((10 * 1024 * 1024) / chunk.length)
    const document = chunk.repeat(count)
    expect(document.length).toBeGreaterThanOrEqual(10 * 1024 * 1024)
    const {graph, file} = parse(document)
    expect(graph.nodes).toHaveLength(2 * count)
    expect(file.messages).toEqual([])
  })

  test('5,000 nested block quotes around a claim: read to the limit, the rest kept as text', () => {
    const prefix = '> '.repeat(5000)
    const document = prefix + ':::claim{#deep}\n' + prefix + 'Deep *text*.\n' + prefix + ':::\n'
    const {graph, file} = parse(document)
    // Beyond 32 levels the markers are text: the container is not read, its
    // words are kept. One problem, one message: its fence, read as text
    // because it nests too deep, is not also a malformed directive.
    expect(graph.nodes).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['nesting-too-deep', 1, 65]])
    const text = render(document, {to: 'text'})
    expect(text).toContain('Deep')
    expect(text).toContain('text')
  })

  test('32 nested directive containers, the most argmark reads', () => {
    const depth = 32
    let document = ''
    for (let level = 0; level < depth; level++) {
      document += ':'.repeat(3 + depth - level) + 'claim{#c' + String(level) + (level > 0 ? ' supports=c' + String(level - 1) : '') + '}\n'
    }
    document += 'Core.\n'
    for (let level = depth - 1; level >= 0; level--) document += ':'.repeat(3 + depth - level) + '\n'
    const {graph, file} = parse(document)
    expect(graph.nodes).toHaveLength(depth)
    expect(graph.nodes.at(-1)?.text).toBe('Core.')
    expect(file.messages).toEqual([])
    const once = format(document)
    expect(format(once)).toBe(once)
  })

  test('render and format report no internal error', () => {
    fc.assert(
      fc.property(annotated, (document) => {
        const rendered = new VFile({value: document})
        render(rendered, {to: 'text'})
        expect(internalErrors(rendered.messages)).toEqual([])
        const formatted = new VFile({value: document})
        format(formatted)
        expect(internalErrors(formatted.messages)).toEqual([])
      }),
      runs(200)
    )
  })

  test('unclosed containers in block quotes nest, to the limit', () => {
    const document = ':::claim\n> '.repeat(300) + 'x\n'
    const {graph, file} = parse(document)
    // One block quote holds them all: 31 containers in it make 32 levels.
    expect(graph.nodes).toHaveLength(31)
    expect(file.messages.filter((message) => message.ruleId === 'nesting-too-deep')).toHaveLength(1)
    expect(render(document, {to: 'text'})).toContain('x')
  })
})
