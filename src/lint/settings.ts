import {didYouMean, didYouMeanPhrase} from '../kit/did-you-mean.js'
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
  for (const [name, config] of given) {
    if (config === undefined) continue
    const entry = entryFor(catalog, name)
    if (!entry || !entry.configurable) {
      problems.push(
        'Unexpected rule `' + name + '` in the settings, expected a rule id' +
          (entry ? ' that can be configured' : didYouMeanPhrase(didYouMean(name, configurableIds(catalog))))
      )
      continue
    }
    const id = entry.id
    const resolved = resolveRule(id, config, entry.rule !== undefined)
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

/**
 * Takes a catalog and a rule as settings name it: by its id (`needs-owner`)
 * or by its full `source:rule-id` (`acme:needs-owner`, the message's
 * `ruleId` and `source` as reporters print them); returns its entry, if any.
 */
function entryFor(catalog: Catalog, name: string): CatalogEntry | undefined {
  const entry = catalog.entries.get(name)
  if (entry) return entry
  const colon = name.indexOf(':')
  if (colon < 0) return undefined
  const full = catalog.entries.get(name.slice(colon + 1))
  return full && full.source === name.slice(0, colon) ? full : undefined
}

function* configurableIds(catalog: Catalog): Generator<string> {
  for (const entry of catalog.entries.values()) if (entry.configurable) yield entry.id
}
