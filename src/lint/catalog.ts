import type {AnyKit} from '../kit/define-kit.js'
import type {LintRulePlugin, RuleFamily, RuleLevel, RulePresets} from '../kit/rule.js'
import {normalizeKitRule} from '../kit/rule.js'
import {rulesUrl} from '../util/report.js'
import {circularSupport} from './rules/circular-support.js'
import {duplicateFootnote} from './rules/duplicate-footnote.js'
import {duplicateId} from './rules/duplicate-id.js'
import {emptyFactorGroup} from './rules/empty-factor-group.js'
import {invalidRelation} from './rules/invalid-relation.js'
import {missingBibliography} from './rules/missing-bibliography.js'
import {orphanEvidence} from './rules/orphan-evidence.js'
import {quotationWithoutCitation} from './rules/quotation-without-citation.js'
import {quotationWithoutLocator} from './rules/quotation-without-locator.js'
import {unansweredObjection} from './rules/unanswered-objection.js'
import {unattributedQuotation} from './rules/unattributed-quotation.js'
import {uncitedStatistic} from './rules/uncited-statistic.js'
import {undefinedFootnote} from './rules/undefined-footnote.js'
import {unknownCitationKey} from './rules/unknown-citation-key.js'
import {unknownReference} from './rules/unknown-reference.js'
import {unsupportedClaim} from './rules/unsupported-claim.js'
import {unsupportedRecommendation} from './rules/unsupported-recommendation.js'
import {unsupportedSuperlative} from './rules/unsupported-superlative.js'
import {unusedFootnote} from './rules/unused-footnote.js'
import {unusedSource} from './rules/unused-source.js'
import {vagueAttribution} from './rules/vague-attribution.js'

/** The presets argmark ships: `core` is what `check` runs; `lint` adds `recommended` (default) or `strict`. */
export type PresetName = 'core' | 'recommended' | 'strict'

/** The preset names, in order. */
export const presetNames: readonly PresetName[] = ['core', 'recommended', 'strict']

/** What the catalog's families are: a rule's, or `internal` for argmark's own failures. */
export type CatalogFamily = RuleFamily | 'internal'

/** Who raises a message that is not a rule's: the step that reads (tokenizes) the input. */
export type RaisedBy = 'parse' | 'sources' | 'format' | 'import' | 'export' | 'settings' | 'render' | 'argmark'

/** One id of the catalog: a rule, or a message raised while reading. */
export interface CatalogEntry {
  readonly id: string
  /** The message `source`: `argmark`, or a kit rule's own. */
  readonly source: string
  readonly family: CatalogFamily
  /** The unified-lint-rule plugin; `undefined` for a message raised while reading. */
  readonly rule?: LintRulePlugin | undefined
  /** For a message that is not a rule's: the step that raises it. */
  readonly raisedBy?: RaisedBy | undefined
  /** Its level in each preset (`off` where the preset leaves it out). */
  readonly presets: Readonly<Record<PresetName, RuleLevel>>
  /**
   * Whether settings and control comments can change it: not argmark's own
   * failures (`internal-error`), nor settings that cannot be used
   * (`invalid-rule-config`, `invalid-kit`): those always show.
   */
  readonly configurable: boolean
  /** Its documentation page. */
  readonly url: string | undefined
}

const everywhere = (level: RuleLevel) => ({core: level, recommended: level, strict: level})
const reviewer = {core: 'off', recommended: 'warn', strict: 'error'} as const
const strictOnly = {core: 'off', recommended: 'off', strict: 'error'} as const

/**
 * argmark's rules, by id: every diagnostic not raised while reading. Their
 * options types are `RuleOptionsMap`.
 */
export const ruleModules = {
  'duplicate-id': {rule: duplicateId, family: 'graph', presets: everywhere('error')},
  'unknown-reference': {rule: unknownReference, family: 'graph', presets: everywhere('error')},
  'invalid-relation': {rule: invalidRelation, family: 'graph', presets: everywhere('error')},
  'circular-support': {rule: circularSupport, family: 'graph', presets: everywhere('error')},
  'unknown-citation-key': {rule: unknownCitationKey, family: 'sources', presets: everywhere('error')},
  'missing-bibliography': {rule: missingBibliography, family: 'sources', presets: everywhere('warn')},
  'unused-source': {rule: unusedSource, family: 'sources', presets: everywhere('warn')},
  'quotation-without-locator': {rule: quotationWithoutLocator, family: 'sources', presets: everywhere('warn')},
  'unused-footnote': {rule: unusedFootnote, family: 'syntax', presets: everywhere('warn')},
  'duplicate-footnote': {rule: duplicateFootnote, family: 'syntax', presets: everywhere('warn')},
  'undefined-footnote': {rule: undefinedFootnote, family: 'syntax', presets: everywhere('warn')},
  'unsupported-claim': {rule: unsupportedClaim, family: 'graph', presets: reviewer},
  'orphan-evidence': {rule: orphanEvidence, family: 'graph', presets: reviewer},
  'empty-factor-group': {rule: emptyFactorGroup, family: 'graph', presets: reviewer},
  'unsupported-recommendation': {rule: unsupportedRecommendation, family: 'graph', presets: reviewer},
  'unanswered-objection': {rule: unansweredObjection, family: 'graph', presets: strictOnly},
  'uncited-statistic': {rule: uncitedStatistic, family: 'prose', presets: reviewer},
  'unattributed-quotation': {rule: unattributedQuotation, family: 'prose', presets: reviewer},
  'quotation-without-citation': {rule: quotationWithoutCitation, family: 'prose', presets: strictOnly},
  'vague-attribution': {rule: vagueAttribution, family: 'prose', presets: reviewer},
  'unsupported-superlative': {rule: unsupportedSuperlative, family: 'prose', presets: strictOnly}
} as const

/**
 * The messages raised while reading a document, a bibliography or the
 * settings, by id: not rules, but configurable in severity (`off`, `warn`,
 * `error`) and silenced by control comments like them. Their level is the
 * one they are raised with where it varies (see each page).
 */
export const readingMessages = {
  'malformed-directive': {family: 'syntax', raisedBy: 'parse', presets: everywhere('error')},
  'unknown-directive': {family: 'syntax', raisedBy: 'parse', presets: everywhere('warn')},
  'unclosed-container': {family: 'syntax', raisedBy: 'parse', presets: everywhere('warn')},
  'nesting-too-deep': {family: 'syntax', raisedBy: 'parse', presets: everywhere('warn')},
  'invalid-front-matter': {family: 'syntax', raisedBy: 'parse', presets: everywhere('error')},
  'malformed-id': {family: 'syntax', raisedBy: 'parse', presets: everywhere('error')},
  'misplaced-control-comment': {family: 'syntax', raisedBy: 'parse', presets: everywhere('warn')},
  'invalid-attribute': {family: 'graph', raisedBy: 'parse', presets: everywhere('error')},
  'unknown-attribute': {family: 'graph', raisedBy: 'parse', presets: everywhere('error')},
  'invalid-bibliography': {family: 'sources', raisedBy: 'sources', presets: everywhere('error')},
  'duplicate-source': {family: 'sources', raisedBy: 'sources', presets: everywhere('warn')},
  'format-skipped': {family: 'syntax', raisedBy: 'format', presets: everywhere('warn')},
  'not-formatted': {family: 'syntax', raisedBy: 'format', presets: everywhere('error')},
  'invalid-style': {family: 'sources', raisedBy: 'render', presets: everywhere('error')},
  'citeproc-warning': {family: 'sources', raisedBy: 'render', presets: everywhere('warn')},
  'raw-html-dropped': {family: 'syntax', raisedBy: 'render', presets: everywhere('warn')},
  'invalid-import': {family: 'syntax', raisedBy: 'import', presets: everywhere('error')},
  'lossy-export': {family: 'syntax', raisedBy: 'export', presets: everywhere('warn')},
  'invalid-rule-config': {family: 'settings', raisedBy: 'settings', presets: everywhere('error')},
  'invalid-kit': {family: 'settings', raisedBy: 'settings', presets: everywhere('error')},
  'internal-error': {family: 'internal', raisedBy: 'argmark', presets: everywhere('error')}
} as const

/** The ids of argmark's rules. */
export type RuleId = keyof typeof ruleModules
/** The ids of the messages raised while reading. */
export type MessageId = keyof typeof readingMessages

/** Every id a kit can use and the sources of its rules. */
export interface Catalog {
  readonly entries: ReadonlyMap<string, CatalogEntry>
  /** The message sources control comments act on (`argmark` and the kit rules'). */
  readonly sources: readonly string[]
  /** What is wrong with the kit's rules (each an `invalid-kit` reason). */
  readonly problems: readonly string[]
}

function builtinEntries(): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>()
  for (const [id, {family, raisedBy, presets}] of Object.entries(readingMessages)) {
    entries.set(id, {id, source: 'argmark', family, raisedBy, presets, configurable: family !== 'internal' && family !== 'settings', url: rulesUrl + id + '.md'})
  }
  for (const [id, {rule, family, presets}] of Object.entries(ruleModules)) {
    entries.set(id, {id, source: 'argmark', family, rule: rule as LintRulePlugin, presets, configurable: true, url: rulesUrl + id + '.md'})
  }
  return entries
}

/** argmark's own catalog: its rules and reading messages. */
export const builtinCatalog: Catalog = {entries: builtinEntries(), sources: ['argmark'], problems: []}

const catalogs = new WeakMap<AnyKit, Catalog>()
/** What a kit rule's id looks like: lowercase words joined by `-` (exported for the ReDoS test). */
export const ruleIdPattern = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/

/**
 * The catalog a document read with `kit` is checked with: argmark's, plus the
 * kit's rules (each named by the `rule-id` of its unified-lint-rule origin
 * `source:rule-id`). A kit rule that cannot be used (no such origin, an id
 * argmark's own rules have, the same id twice) is left out with a problem to
 * report. Built once per kit.
 */
export function catalogFor(kit: AnyKit | undefined): Catalog {
  if (!kit || kit.rules.length === 0) return builtinCatalog
  let catalog = catalogs.get(kit)
  if (catalog) return catalog
  const entries = new Map(builtinCatalog.entries)
  const sources = new Set(builtinCatalog.sources)
  const problems: string[] = []
  for (const kitRule of kit.rules) {
    const {rule, presets, family, url} = normalizeKitRule(kitRule)
    const parts = String(rule.name).split(':')
    const [source, id] = parts
    if (parts.length !== 2 || !source || !id || !ruleIdPattern.test(id)) {
      problems.push(
        'Unexpected kit rule named `' + String(rule.name) + '`, expected a unified-lint-rule made with ' +
          '`{origin: \'source:rule-id\'}` (or `defineGraphRule`), `rule-id` lowercase words joined by `-`'
      )
      continue
    }
    if (entries.has(id)) {
      problems.push(
        'Unexpected kit rule `' + id + '` with the id of ' + (builtinCatalog.entries.has(id) ? "one of argmark's rules" : 'another kit rule') +
          ', expected an id of its own'
      )
      continue
    }
    if (source === 'argmark') {
      problems.push(
        'Unexpected kit rule `' + id + '` without a source of its own, expected `source:' + id + '` (such as `acme:' + id +
          '`): the source `argmark` is for argmark\'s own rules'
      )
      continue
    }
    entries.set(id, {id, source, family, rule, presets: levels(presets), configurable: true, url})
    sources.add(source)
  }
  catalog = {entries, sources: [...sources], problems}
  catalogs.set(kit, catalog)
  return catalog
}

/**
 * A kit rule's level in each preset. Presets build on each other as
 * argmark's do: a rule in `core` is in the others at the same level unless
 * they say otherwise, and a rule in `recommended` is an error in `strict`.
 */
function levels(presets: RulePresets): Record<PresetName, RuleLevel> {
  const core = presets.core ?? 'off'
  const recommended = presets.recommended ?? core
  const strict = presets.strict ?? (presets.recommended !== undefined && presets.recommended !== 'off' ? 'error' : core)
  return {core, recommended, strict}
}
