import type {PresetName, RuleConfig} from './config.js'

/** A named set of rule settings. */
export interface Preset {
  readonly rules: Readonly<Record<string, RuleConfig>>
}

/**
 * Warnings for what a reviewer should look at in any draft: claims and
 * recommendations nothing supports, evidence that backs nothing, factor
 * groups with nothing behind them, and the prose rules for statistics,
 * quotations and attributions without a source. Core messages keep their
 * own severities.
 */
export const recommended: Preset = {
  rules: {
    'unsupported-claim': 'warn',
    'orphan-evidence': 'warn',
    'empty-factor-group': 'warn',
    'unsupported-recommendation': 'warn',
    'uncited-statistic': 'warn',
    'unattributed-quotation': 'warn',
    'vague-attribution': 'warn'
  }
}

/**
 * Everything in `recommended` as an error (for CI), plus objections left
 * unanswered, quotations of named speakers without a citation and
 * superlatives without a source.
 */
export const strict: Preset = {
  rules: {
    ...Object.fromEntries(Object.keys(recommended.rules).map((id) => [id, 'error' as const])),
    'unanswered-objection': 'error',
    'quotation-without-citation': 'error',
    'unsupported-superlative': 'error'
  }
}

/** The shipped presets by name. */
export const presets: Readonly<Record<PresetName, Preset>> = {recommended, strict}
