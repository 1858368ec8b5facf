import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import type {AnnotatedRule, RuleFamily, RulePresets} from '../kit/rule.js'
import {annotateRule} from '../kit/rule.js'
import {validateRuleMeta} from '../kit/validate-spec.js'
import {rulesUrl} from '../util/report.js'
import type {GraphIndex} from './graph-index.js'
import {indexGraph, nodePlace} from './graph-index.js'

/** What a graph rule may point a message at. */
export type GraphRulePlace = BaseNode | Relation | Position | Point | undefined

/**
 * Report a message of the rule: `place` is a node (the message points at its
 * `#id` as written, else its opening), a relation (the target id as
 * written), or a position or point (1-based lines and columns); `reason`
 * reads "Unexpected X, expected Y"; `expected` are replacements for the text
 * at `place` that fix it (quick fixes in the language server).
 */
export type GraphRuleReport = (place: GraphRulePlace, reason: string, expected?: readonly string[]) => void

/** What a graph rule is given besides the graph. */
export interface GraphRuleContext {
  readonly tree: Root
  readonly file: VFile
  /** The kit the document was read with. */
  readonly kit: AnyKit
  /** The graph indexed once for all rules: incoming and outgoing relations, citations by node. */
  readonly index: GraphIndex
}

/** What `defineGraphRule` takes. */
export interface GraphRuleSpec<Options> {
  /**
   * The rule's `source:rule-id` (`acme:rated-claim-cites`: the source, then
   * lowercase words and `-`); a kit rule needs a source of its own (a bare id
   * is argmark's source, kept for argmark's own rules, and a kit rule with it
   * is an `invalid-kit` problem). Settings and control comments name it by
   * the part after the `:` (or by the whole id).
   */
  readonly id: string
  /** Its documentation (default: argmark's rule pages, for `argmark:` rules). */
  readonly url?: string | undefined
  /** The presets that turn it on (default: none; turn it on in `rules`). */
  readonly presets?: RulePresets | undefined
  /** What it reads (default: `graph`). */
  readonly family?: RuleFamily | undefined
  /**
   * Look at the graph and report what is wrong. `options` are the rule's
   * options as the settings give them (`[severity, options]`), unchecked.
   * Synchronous: an `async` check (one that returns a promise) is an
   * `internal-error` naming the rule, and so is one that throws.
   */
  check(graph: ArgumentGraph, report: GraphRuleReport, options: Options | undefined, context: GraphRuleContext): void
}

/**
 * Make a lint rule that reads the argument graph: a unified-lint-rule plugin
 * (severity, `ruleId`, `source`, `url` and `fatal` as remark-lint sets them)
 * that runs `check` on the graph `remarkArgmark` left on the file (and does
 * nothing on a file without one). Put it in a kit's `rules` to configure,
 * silence and document it like argmark's own rules.
 */
export function defineGraphRule<Options = unknown>(spec: GraphRuleSpec<Options>): AnnotatedRule<Options | undefined> {
  validateRuleId(spec.id)
  validateRuleMeta(spec.presets, spec.family, 'rule `' + spec.id + '`')
  if (typeof spec.check !== 'function') {
    throw new TypeError('Unexpected `check` ' + typeof spec.check + ' of rule `' + spec.id + '`, expected a function `(graph, report, options, context)`')
  }
  const origin = spec.id.includes(':') ? spec.id : 'argmark:' + spec.id
  const url = spec.url ?? (origin.startsWith('argmark:') ? rulesUrl + origin.slice('argmark:'.length) + '.md' : undefined)
  const rule = lintRule<Root, Options | undefined>({origin, url}, (tree, file, options) => {
    const graph = file.data.argmarkGraph
    const kit = file.data.argmarkKit
    if (!graph || !kit) return
    const report: GraphRuleReport = (place, reason, expected) => {
      const at = toPlace(tree, place)
      const message = file.message(reason, {place: at})
      // Without a place, not at vfile-message's `1:1` (as `report` does).
      if (!at) message.name = message.file ?? ''
      if (expected && expected.length > 0) message.expected = [...expected]
    }
    // Returned, not dropped: a promise (an `async check`) reaches the rule
    // engine, which reports it and catches its rejection (see `guardRule`).
    return spec.check(graph, report, options, {tree, file, kit, index: indexGraph(graph)}) as unknown as undefined
  })
  return annotateRule(rule, {presets: spec.presets ?? {}, family: spec.family ?? 'graph', url})
}

/**
 * Takes a rule id as `defineGraphRule` is given it; throws a `TypeError` on
 * one that cannot name a rule: not a string, empty, or with an empty part or
 * more than one `:` (`a:b:c` would be read as source `a`, rule `b`).
 */
function validateRuleId(id: unknown): void {
  const expected = ', expected `source:rule-id` (such as `acme:needs-owner`)'
  if (typeof id !== 'string' || id === '') {
    throw new TypeError('Unexpected ' + (id === '' ? 'empty rule id' : 'rule id `' + String(id) + '`') + expected)
  }
  const parts = id.split(':')
  if (parts.length > 2 || parts.some((part) => part === '')) {
    throw new TypeError('Unexpected rule id `' + id + '`' + expected + ', one `:` between two non-empty parts')
  }
}

function toPlace(tree: Root, place: GraphRulePlace): Position | Point | undefined {
  if (place === undefined) return undefined
  if ('kind' in place && 'id' in place) return nodePlace(tree, place)
  if ('from' in place && 'to' in place) return place.position
  return place
}
