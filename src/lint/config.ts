import type {Plugin} from 'unified-lint-rule'
import type {Root} from 'mdast'
import type {MessageId, PresetName, ruleModules} from './catalog.js'

export type {PresetName} from './catalog.js'

/**
 * How much a rule matters: `off` (also `0`, `false`), `warn` (also `1`,
 * `on`, `true`) or `error` (also `2`), as remark-lint reads them.
 */
export type Severity = 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean

/** A rule's setting: a severity, or a severity and the rule's options. */
export type RuleConfig<Options = unknown> = Severity | readonly [Severity, Options?]

type OptionsOf<Rule> = Rule extends Plugin<Root, infer Options> ? Exclude<Options, undefined> : never

/** The options of each of argmark's rules, by id (read from the catalog's rules). */
export type RuleOptionsMap = {
  [Id in keyof typeof ruleModules]: OptionsOf<(typeof ruleModules)[Id]['rule']>
}

/**
 * Rule settings by rule id, on top of the preset's: typed for argmark's
 * rules (options) and reading messages (a severity alone), any id otherwise
 * (a kit's rules; an id nobody knows is reported, not thrown).
 */
export type RulesConfig = {
  readonly [Id in keyof RuleOptionsMap]?: RuleConfig<RuleOptionsMap[Id]> | undefined
} & {
  readonly [Id in MessageId]?: Severity | undefined
} & Readonly<Record<string, RuleConfig | undefined>>

/** The settings every rule-running verb and plugin takes. */
export interface RuleSettings {
  /** The rules to start from (`check`: `core`; `lint`: `recommended` unless given). */
  readonly preset?: PresetName | undefined
  /** Settings per rule id, overriding the preset's. */
  readonly rules?: RulesConfig | undefined
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
 * file, and `lint` never throws. `takesOptions`: whether the id is a rule
 * (a reading message takes a severity alone, and its reason says so).
 */
export function resolveRule(id: string, config: unknown, takesOptions = true): ResolvedRule | string {
  const [level, options] = Array.isArray(config) ? [config[0], config[1]] : [config, undefined]
  const severity = severityOf(level)
  if (severity === undefined) {
    return (
      'Unexpected severity `' + describe(level) + '` for `' + id +
      '`, expected `off`, `warn` or `error`' + (takesOptions ? ' (or `[severity, options]`)' : '')
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
