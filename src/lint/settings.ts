import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {listCode} from '../util/report.js'
import type {Catalog, CatalogEntry, PresetName} from './catalog.js'
import {presetNames} from './catalog.js'
import type {ResolvedRule, RuleSettings} from './config.js'
import {resolveRule, severityOf} from './config.js'

/** Settings read against a catalog, and what was wrong with them. */
export interface ResolvedSettings {
  /** The rules to run (severity 1 or 2), in catalog order, with their options. */
  readonly rules: ReadonlyArray<readonly [CatalogEntry, ResolvedRule]>
  /** Reading messages whose severity the settings change (0 drops them). */
  readonly messages: ReadonlyMap<string, 0 | 1 | 2>
  /** Reasons for settings that could not be used (each an `invalid-rule-config`). */
  readonly problems: readonly string[]
}

/**
 * Read `{preset, rules}` against a catalog: each rule at its level in the
 * preset, then each setting on top. Never throws: what cannot be used is a
 * problem to report, and the preset's level stays.
 */
export function resolveSettings(settings: RuleSettings | undefined, catalog: Catalog, fallback: PresetName): ResolvedSettings {
  const problems: string[] = []
  // Settings may come from JSON: read what is there, not what the types say.
  let preset = fallback
  if (settings?.preset !== undefined) {
    const name = String(settings.preset)
    if ((presetNames as readonly string[]).includes(name)) {
      preset = name as PresetName
    } else {
      problems.push(
        'Unexpected preset `' + name + '`, expected ' + listCode(presetNames) + didYouMeanPhrase(didYouMean(name, presetNames))
      )
    }
  }

  const chosen = new Map<string, ResolvedRule>()
  for (const entry of catalog.entries.values()) {
    if (!entry.rule) continue
    const severity = severityOf(entry.presets[preset]) ?? 0
    if (severity > 0) chosen.set(entry.id, {severity, options: undefined})
  }

  const messages = new Map<string, 0 | 1 | 2>()
  const rules = settings?.rules
  const given = rules && typeof rules === 'object' ? Object.entries(rules) : []
  if (rules !== undefined && (rules === null || typeof rules !== 'object' || Array.isArray(rules))) {
    problems.push('Unexpected rules `' + String(rules) + '`, expected an object of rule ids and severities')
  }
  for (const [id, config] of given) {
    if (config === undefined) continue
    const entry = catalog.entries.get(id)
    if (!entry || !entry.configurable) {
      problems.push(
        'Unexpected rule `' + id + '` in the settings, expected a rule id' +
          (entry ? ' that can be configured' : didYouMeanPhrase(didYouMean(id, configurableIds(catalog))))
      )
      continue
    }
    const resolved = resolveRule(id, config)
    if (typeof resolved === 'string') {
      problems.push(resolved)
    } else if (entry.rule) {
      chosen.set(id, resolved)
    } else if (resolved.options === undefined) {
      messages.set(id, resolved.severity)
    } else {
      problems.push(
        'Unexpected options for `' + id + '`, expected a severity alone: messages raised while reading take no options'
      )
    }
  }

  const run: Array<readonly [CatalogEntry, ResolvedRule]> = []
  for (const entry of catalog.entries.values()) {
    const setting = chosen.get(entry.id)
    if (entry.rule && setting && setting.severity > 0) run.push([entry, setting])
  }
  return {rules: run, messages, problems}
}

function* configurableIds(catalog: Catalog): Generator<string> {
  for (const entry of catalog.entries.values()) if (entry.configurable) yield entry.id
}
