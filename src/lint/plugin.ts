import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {defaultKit} from '../kit/default-kit.js'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {listCode, report} from '../util/report.js'
import type {ArgmarkLintOptions, ResolvedRule} from './config.js'
import {resolveRule} from './config.js'
import {argmarkControl} from '../util/comment-control.js'
import {argmarkCoreRules, coreRuleIds} from './core-rules.js'
import {presets} from './presets.js'
import {lintRules} from './registry.js'

/** Every rule id a setting or a comment may name. */
export const knownRuleIds: readonly string[] = [...lintRules.keys(), ...coreRuleIds]

/** Settings read from a preset and rules, and what was wrong with them. */
export interface LintSettings {
  /** Lint rules to run (severity 1 or 2), in the order of the registry. */
  readonly lint: ReadonlyMap<string, ResolvedRule>
  /** Core rules the settings name. */
  readonly core: ReadonlyMap<string, ResolvedRule>
  /** Reasons for settings that could not be used. */
  readonly problems: readonly string[]
}

/**
 * Read `{preset, rules}`: the preset's settings, then each rule's own on top.
 * Never throws; what cannot be used is a problem to report.
 */
export function resolveSettings(options: ArgmarkLintOptions | undefined): LintSettings {
  const problems: string[] = []
  const names = Object.keys(presets)
  // Settings may come from JSON: read what is there, not what the types say.
  let name = String(options?.preset ?? 'recommended')
  if (!Object.hasOwn(presets, name)) {
    problems.push(
      'Unexpected preset `' + name + '`, expected ' + listCode(names) + didYouMeanPhrase(didYouMean(name, names))
    )
    name = 'recommended'
  }
  const merged = new Map<string, ResolvedRule>()
  const preset = presets[name as keyof typeof presets]
  // A preset may name a rule this build does not ship: it is left out.
  for (const [id, config] of Object.entries(preset.rules)) {
    const resolved = resolveRule(id, config)
    if (typeof resolved !== 'string' && lintRules.has(id)) merged.set(id, resolved)
  }

  const core = new Map<string, ResolvedRule>()
  for (const [id, config] of Object.entries(options?.rules ?? {})) {
    if (config === undefined) continue
    const isLint = lintRules.has(id)
    if (!isLint && !coreRuleIds.includes(id)) {
      problems.push(
        'Unexpected rule `' + id + '` in the settings, expected a rule id' +
          didYouMeanPhrase(didYouMean(id, knownRuleIds))
      )
      continue
    }
    const resolved = resolveRule(id, config)
    if (typeof resolved === 'string') {
      problems.push(resolved)
      continue
    }
    if (isLint) {
      merged.set(id, resolved)
      continue
    }
    if (resolved.options !== undefined) {
      problems.push('Unexpected options for `' + id + '`, expected a severity alone: core rules take no options')
    }
    core.set(id, resolved)
  }

  const lint = new Map<string, ResolvedRule>()
  for (const id of lintRules.keys()) {
    const setting = merged.get(id)
    if (setting && setting.severity > 0) lint.set(id, setting)
  }
  return {lint, core, problems}
}

/**
 * The unified plugin behind `lint`: runs argmark's lint rules over the graph
 * `remarkArgmark` left on the file, applies the settings to the messages parse
 * and check reported, then the comment controls. Use it after `remarkArgmark`
 * (and `argmarkCheck`, to lint check's messages too), with the same kit.
 */
export const argmarkLint: Plugin<[ArgmarkLintOptions?], Root> = function (
  this: Processor,
  options
) {
  const settings = resolveSettings(options)
  const kit = options?.kit ?? defaultKit

  // Added with `use`, these run after every transformer already in the
  // pipeline (so after argmarkCheck wherever it is), and in this order.
  for (const [id, setting] of settings.lint) {
    const rule = lintRules.get(id) as unknown as Plugin<[unknown], Root>
    this.use(rule, [setting.severity, setting.options])
  }
  this.use(() => argmarkCoreRules(settings.core))
  this.use(() => argmarkControl({known: knownRuleIds}))

  return function (_tree: Root, file: VFile): undefined {
    file.data.argmarkKit = kit
    for (const reason of settings.problems) {
      report(file, {ruleId: 'invalid-rule-config', place: undefined, reason})
    }
  }
}
