import type {AnyKit} from '../kit/define-kit.js'
import {catalogFor} from '../lint/catalog.js'
import type {PresetName, RulesConfig, RuleSettings} from '../lint/config.js'

/** The preset a session's rules run with when the caller names none, as `lint`'s. */
export const fallbackPreset: PresetName = 'recommended'

/** The rules that read footnotes document-wide (see `footnoteMessages`). */
export const footnoteRules: ReadonlySet<string> = new Set(['unused-footnote', 'duplicate-footnote', 'undefined-footnote'])

/** The rule settings of a session's three runs of rules (see `splitSettings`). */
export interface SessionSettings {
  readonly prose: RuleSettings
  readonly graph: RuleSettings
  readonly notes: RuleSettings
}

/**
 * The settings for the segments' prose rules, for the document's graph
 * rules and for its footnote rules: the caller's, with every other rule off.
 */
export function splitSettings(kit: AnyKit, settings: RuleSettings): SessionSettings {
  const proseRules: Record<string, 'off'> = {}
  const graphRules: Record<string, 'off'> = {}
  const noteRules: Record<string, 'off'> = {}
  for (const entry of catalogFor(kit).entries.values()) {
    if (!entry.rule) continue
    if (footnoteRules.has(entry.id)) {
      proseRules[entry.id] = 'off'
      graphRules[entry.id] = 'off'
      continue
    }
    noteRules[entry.id] = 'off'
    if (entry.family === 'prose') graphRules[entry.id] = 'off'
    else proseRules[entry.id] = 'off'
  }
  return {
    prose: {preset: settings.preset, rules: {...settings.rules, ...proseRules} as RulesConfig},
    graph: {preset: settings.preset, rules: {...settings.rules, ...graphRules} as RulesConfig},
    notes: {preset: settings.preset, rules: {...settings.rules, ...noteRules} as RulesConfig}
  }
}
