// Generated argument graphs with hostile texts, shared by the export tests.
import fc from 'fast-check'
import type {AnyNode, ArgumentGraph} from '../../src/index.js'

const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}

/** Pieces Mermaid, DOT, XML, Argdown, AIF and Markdown treat specially. */
export const hostilePieces = [
  '"', "'", '`', '[', ']', '(', ')', '{', '}', '<', '>', '#', ';', ':', '|', '\\', '/', '*', '_', '-', '+', '&', '%', '@', '.',
  '-->', '--x', '==>', '%%', 'end', 'subgraph', 'graph', '\n', '\n\n', '\t', '  ', '😀', '👩🏽‍🚀', 'é', 'ß', '中文',
  '<b>bold</b>', '<script>alert(1)</script>', '<br/>', '&amp;', '&#35;', '#quot;', '#35;', ']]>', '<!--', '-->',
  '[@key, p. 4]', '[^1]', ':::claim', ':claim[x]{#y}', '# heading', '- item', '1. item', '> quote', '```',
  '[Title]: text', '<Arg>:', '+> [a]', '<- [b]', '{kind: claim}', '#tag', '@[x]', '.x.', ':y:', '// comment', '/* c */',
  '---', '===', 'digraph', 'node [shape=box]', '\\"', '"quoted"', 'http://example.org/a?b=c&d'
]

/** A text made of hostile pieces and ordinary words. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...hostilePieces), fc.constantFrom('word', 'the claim', 'Migration', '2003', ' ')), {minLength: 1, maxLength: 12}).map((parts) => parts.join(''))},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 40})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 2000, maxLength: 2000})},
  {weight: 1, arbitrary: fc.constantFrom(...hostilePieces).map((piece) => piece.repeat(Math.ceil(2000 / piece.length)).slice(0, 2000))}
)

/** Node kinds the generated graphs use: the default kit's and one a kit of the tests adds. */
export const generatedKinds = ['claim', 'factor', 'evidence', 'objection', 'recommendation', 'hypothesis'] as const

/** Relation types the generated graphs use. */
export const generatedRelationTypes = ['supports', 'attacks', 'explains', 'qualifies', 'tests'] as const

export interface GraphShape {
  readonly texts?: fc.Arbitrary<string>
  readonly kinds?: readonly string[]
  readonly relationTypes?: readonly string[]
  readonly maxNodes?: number
}

/** An argument graph: ids `a0`, `a1`, …, hostile texts and groups, relations between its nodes. */
export function graphArbitrary(shape: GraphShape = {}): fc.Arbitrary<ArgumentGraph<AnyNode>> {
  const texts = shape.texts ?? hostileText
  const kinds = shape.kinds ?? generatedKinds
  const types = shape.relationTypes ?? generatedRelationTypes
  const node = fc.record({
    kind: fc.constantFrom(...kinds),
    text: texts,
    thesis: fc.boolean(),
    group: fc.option(fc.oneof(fc.constantFrom('issue-area', 'policy-network'), hostileText.map((text) => text.slice(0, 60))), {nil: undefined, freq: 3})
  })
  return fc.array(node, {minLength: 1, maxLength: shape.maxNodes ?? 8}).chain((nodes) =>
    fc
      .uniqueArray(
        fc.record({from: fc.nat(nodes.length - 1), to: fc.nat(nodes.length - 1), type: fc.constantFrom(...types)}),
        {maxLength: nodes.length * 2, selector: (relation) => relation.from + ' ' + relation.to + ' ' + relation.type}
      )
      .map((relations) => ({
        nodes: nodes.map((generated, index): AnyNode => {
          const result: Record<string, unknown> = {id: 'a' + String(index), kind: generated.kind, text: generated.text, position}
          if (generated.kind === 'claim' && generated.thesis) result.thesis = true
          if (generated.group !== undefined && generated.group !== '') result.group = generated.group
          return result as AnyNode
        }),
        relations: relations
          .filter((relation) => relation.from !== relation.to)
          .map((relation) => ({from: 'a' + String(relation.from), to: 'a' + String(relation.to), type: relation.type})),
        citations: [],
        sources: [],
        meta: {}
      }))
  )
}
