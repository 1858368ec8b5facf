import type {AnyKit} from '../kit/define-kit.js'
import type {EmptyFactorGroupOptions} from './rules/empty-factor-group.js'
import type {OrphanEvidenceOptions} from './rules/orphan-evidence.js'
import type {QuotationWithoutCitationOptions} from './rules/quotation-without-citation.js'
import type {UnansweredObjectionOptions} from './rules/unanswered-objection.js'
import type {UnattributedQuotationOptions} from './rules/unattributed-quotation.js'
import type {UncitedStatisticOptions} from './rules/uncited-statistic.js'
import type {UnsupportedClaimOptions} from './rules/unsupported-claim.js'
import type {UnsupportedRecommendationOptions} from './rules/unsupported-recommendation.js'
import type {UnsupportedSuperlativeOptions} from './rules/unsupported-superlative.js'
import type {VagueAttributionOptions} from './rules/vague-attribution.js'

/**
 * How much a rule matters: `off` (also `0`, `false`), `warn` (also `1`,
 * `on`, `true`) or `error` (also `2`), as remark-lint reads them.
 */
export type Severity = 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean

/** A rule's setting: a severity, or a severity and the rule's options. */
export type RuleConfig<Options = unknown> = Severity | readonly [Severity, Options?]

/**
 * The options of each lint rule argmark ships, by id. Core rules (parse and
 * check messages) take a severity only.
 */
export interface RuleOptionsMap {
  'empty-factor-group': EmptyFactorGroupOptions
  'orphan-evidence': OrphanEvidenceOptions
  'quotation-without-citation': QuotationWithoutCitationOptions
  'unanswered-objection': UnansweredObjectionOptions
  'unattributed-quotation': UnattributedQuotationOptions
  'uncited-statistic': UncitedStatisticOptions
  'unsupported-claim': UnsupportedClaimOptions
  'unsupported-recommendation': UnsupportedRecommendationOptions
  'unsupported-superlative': UnsupportedSuperlativeOptions
  'vague-attribution': VagueAttributionOptions
}

/**
 * Rule settings by rule id, on top of the preset's: typed for argmark's lint
 * rules, any id otherwise (an unknown one is reported, not thrown).
 */
export type RulesConfig = {
  readonly [Id in keyof RuleOptionsMap]?: RuleConfig<RuleOptionsMap[Id]> | undefined
} & Readonly<Record<string, RuleConfig | undefined>>

/** The presets argmark ships. */
export type PresetName = 'recommended' | 'strict'

/** Options of `argmarkLint`. */
export interface ArgmarkLintOptions {
  /** The rules to start from (default: `recommended`). */
  readonly preset?: PresetName | undefined
  /** Settings per rule id, overriding the preset's. */
  readonly rules?: RulesConfig | undefined
  /** The kit the document was parsed with (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
}

/** A setting read into numbers: `0` off, `1` warning, `2` error. */
export interface ResolvedRule {
  readonly severity: 0 | 1 | 2
  readonly options: unknown
}

/** The severity number of a setting, or `undefined` when it is none. */
export function severityOf(value: unknown): 0 | 1 | 2 | undefined {
  switch (value) {
    case 'off':
    case 0:
    case false: {
      return 0
    }
    case 'on':
    case 'warn':
    case 1:
    case true: {
      return 1
    }
    case 'error':
    case 2: {
      return 2
    }
    default: {
      return undefined
    }
  }
}

/**
 * Read one setting. Returns a reason when it is not one (a bad severity),
 * for the caller to report: configuration can come from a command line or a
 * file, and `lint` never throws.
 */
export function resolveRule(id: string, config: unknown): ResolvedRule | string {
  const [level, options] = Array.isArray(config) ? [config[0], config[1]] : [config, undefined]
  const severity = severityOf(level)
  if (severity === undefined) {
    return (
      'Unexpected severity `' + describe(level) + '` for `' + id +
      '`, expected `off`, `warn` or `error` (or `[severity, options]`)'
    )
  }
  return {severity, options}
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
