import type {Root} from 'mdast'
import type {Plugin} from 'unified-lint-rule'
import type {Node} from 'unist'

/**
 * A lint rule: a unified-lint-rule plugin (`lintRule({origin: 'source:rule-id',
 * url}, rule)`), configured with a severity and options like remark-lint's.
 * argmark's own rules and those made with `defineGraphRule` are of this type;
 * so is a rule over any unist tree, `lintRule`'s default when it is not given
 * mdast's `Root` (it is run on the document's mdast tree).
 */
export type LintRulePlugin = Plugin<Root, never> | Plugin<Node, never>

/** How much a rule matters in a preset: remark-lint's labels. */
export type RuleLevel = 'off' | 'warn' | 'error'

/** The level of a rule in each preset; a preset it does not name leaves it off. */
export interface RulePresets {
  /** `check` and every other verb. */
  readonly core?: RuleLevel | undefined
  /** `lint` by default. */
  readonly recommended?: RuleLevel | undefined
  /** `lint` with `preset: 'strict'`. */
  readonly strict?: RuleLevel | undefined
}

/**
 * What a rule reads: `syntax` (the markup), `graph` (nodes and relations),
 * `sources` (citations and bibliographies), `prose` (the words, annotated or
 * not), `settings` (configuration).
 */
export type RuleFamily = 'syntax' | 'graph' | 'sources' | 'prose' | 'settings'

/** A rule with the presets it is in. */
export interface KitRuleEntry {
  readonly rule: LintRulePlugin
  /** The presets that turn it on (default: none; turn it on in `rules`). */
  readonly presets?: RulePresets | undefined
  /** What it reads (default: `graph`). */
  readonly family?: RuleFamily | undefined
}

/**
 * A rule a kit carries: a unified-lint-rule plugin (its presets are those
 * `defineGraphRule` gave it, else none), or one with its presets.
 */
export type KitRule = LintRulePlugin | KitRuleEntry

/** Where `defineGraphRule` keeps a rule's presets, family and docs on the plugin. */
export const ruleMeta = Symbol.for('argmark.ruleMeta')

/** What argmark knows of a rule besides the plugin. */
export interface RuleMeta {
  readonly presets: RulePresets
  readonly family: RuleFamily
  /** Its documentation page. */
  readonly url?: string | undefined
}

/** A rule plugin carrying argmark's metadata; `Options` is what its settings take. */
export type AnnotatedRule<Options = never> = Plugin<Root, Options> & {readonly [ruleMeta]?: RuleMeta}

/** Attach presets, family and docs to a rule plugin (the same function, returned). */
export function annotateRule<Options>(rule: Plugin<Root, Options>, meta: RuleMeta): AnnotatedRule<Options> {
  Object.defineProperty(rule, ruleMeta, {value: meta})
  return rule as AnnotatedRule<Options>
}

/** A kit rule in its long form: the plugin, its presets and its family. */
export function normalizeKitRule(rule: KitRule): {rule: LintRulePlugin; presets: RulePresets; family: RuleFamily; url: string | undefined} {
  const plugin = typeof rule === 'function' ? rule : rule.rule
  const meta = (plugin as AnnotatedRule)[ruleMeta]
  const entry = typeof rule === 'function' ? undefined : rule
  return {
    rule: plugin,
    presets: entry?.presets ?? meta?.presets ?? {},
    family: entry?.family ?? meta?.family ?? 'graph',
    url: meta?.url
  }
}
