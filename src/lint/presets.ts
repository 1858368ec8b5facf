import type {RuleLevel} from '../kit/rule.js'
import type {PresetName} from './catalog.js'
import {builtinCatalog} from './catalog.js'

/** A named set of rule levels, read from the catalog. */
export interface Preset {
  readonly rules: Readonly<Record<string, RuleLevel>>
}

function preset(name: PresetName): Preset {
  const rules: Record<string, RuleLevel> = {}
  for (const entry of builtinCatalog.entries.values()) {
    if (entry.rule && entry.presets[name] !== 'off') rules[entry.id] = entry.presets[name]
  }
  return {rules}
}

/**
 * What `check` runs: the rules for ids, references, relations, cycles and
 * citations, at their levels (errors, and warnings for sources).
 */
export const core: Preset = preset('core')

/**
 * `core`, plus warnings for what a reviewer should look at in any draft:
 * claims and recommendations nothing supports, evidence that backs nothing,
 * factor groups with nothing behind them, and statistics, quotations and
 * attributions without a source.
 */
export const recommended: Preset = preset('recommended')

/**
 * `recommended` with its reviewer rules as errors (for CI), plus objections
 * left unanswered and superlatives without a source.
 */
export const strict: Preset = preset('strict')

/** The shipped presets by name. */
export const presets: Readonly<Record<PresetName, Preset>> = {core, recommended, strict}
