import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {resolveSources} from '../sources/resolve.js'
import {argmarkControl} from '../util/comment-control.js'
import {report, reportInternalError} from '../util/report.js'
import type {PresetName} from './catalog.js'
import {catalogFor} from './catalog.js'
import type {RuleSettings} from './config.js'
import {guardRule} from './guard-rule.js'
import {resolveSettings} from './settings.js'

/** How `runRules` runs. */
export interface RunRulesOptions {
  /**
   * Run no rule: only report the settings it cannot use, set the severity of
   * the reading messages and honour the control comments (`argmark format`,
   * which reads a draft without linting it, as `check` would report it).
   */
  readonly readOnly?: boolean | undefined
}

/**
 * The rule engine: run the rules of a preset (and the settings on top) over
 * a document `remarkArgmark` read and `resolveSources` gave its sources (the
 * front matter's `references` alone when it has not run),
 * with the kit on `file.data.argmarkKit` (its rules included); then set the
 * severity of reading messages the settings name, and honour the document's
 * control comments (`<!-- argmark-disable rule-id -->`, `-enable`,
 * `-ignore`) for every message of argmark and of the kit's rules. Settings it
 * cannot use are `invalid-rule-config` messages; a kit rule it cannot use is
 * `invalid-kit`. Never throws: a rule that throws is an `internal-error`
 * naming it (see `guardRule`), and so is any other failure of the lint.
 *
 * Rules run synchronously (unified's `runSync`): a rule that finishes
 * asynchronously (returns a promise) is an `internal-error` naming it, and
 * its promise is caught, so its failure later crashes nothing.
 */
export function runRules(tree: Root, file: VFile, settings: RuleSettings | undefined, fallback: PresetName, options: RunRulesOptions = {}): void {
  // A pipeline without `argmarkSources` still has the front matter's references.
  const graph = file.data.argmarkGraph
  if (graph && !file.data.argmarkSources) resolveSources({graph, file})
  const catalog = catalogFor(file.data.argmarkKit)
  const resolved = resolveSettings(settings, catalog, fallback)
  for (const reason of catalog.problems) report(file, {ruleId: 'invalid-kit', place: undefined, reason})
  for (const reason of resolved.problems) report(file, {ruleId: 'invalid-rule-config', place: undefined, reason})

  const configurable = [...catalog.entries.values()].filter((entry) => entry.configurable).map((entry) => entry.id)
  // What an earlier run kept of the comments belongs to the text it read (a VFile used again).
  delete file.data.argmarkControls
  try {
    const processor = unified()
    for (const [entry, setting] of options.readOnly ? [] : resolved.rules) {
      const rule = guardRule(entry.rule as Plugin<[unknown], Root>, {id: entry.id, source: entry.source})
      processor.use(rule, [setting.severity, setting.options])
    }
    processor.use(messageSeverity, resolved.messages)
    processor.use(() => argmarkControl({known: configurable, sources: catalog.sources, keep: true}))
    processor.runSync(tree, file)
  } catch (error) {
    reportInternalError(file, 'linting', error, 'a lint')
  }
}

/**
 * Set the severity of the reading messages the settings name: `0` drops
 * them, `1` makes them warnings, `2` errors.
 */
function messageSeverity(severities: ReadonlyMap<string, 0 | 1 | 2>) {
  return function (_tree: Root, file: VFile): undefined {
    applySeverities(file, severities, 0)
  }
}

/**
 * Give the messages raised after the rules ran (from index `start` of
 * `file.messages`: `render`'s `citeproc-warning` and `raw-html-dropped`,
 * `argmark export`'s `lossy-export`) the severities `settings` set for
 * them, as `runRules` gives the reading messages: `'off'` drops them; then
 * honour the document's control comments for them, as `runRules` does for
 * the rest (read from what it kept, `file.data.argmarkControls`: rendering
 * changes the tree). Settings that cannot be used and ids no one knows were
 * reported when the rules ran, so nothing is reported here. Never throws.
 */
export function settleMessages(file: VFile, settings: RuleSettings | undefined, fallback: PresetName, start: number): void {
  if (file.messages.length <= start) return
  const catalog = catalogFor(file.data.argmarkKit)
  if (settings?.rules) applySeverities(file, resolveSettings(settings, catalog, fallback).messages, start)
  const controls = file.data.argmarkControls
  if (!controls || file.messages.length <= start) return
  const earlier = file.messages.slice(0, start)
  const late = new Set(file.messages.slice(start))
  file.messages = [...late]
  try {
    const known = [...catalog.entries.values()].filter((entry) => entry.configurable).map((entry) => entry.id)
    argmarkControl({known, sources: catalog.sources})(controls, file)
  } catch (error) {
    reportInternalError(file, 'linting', error, 'a lint')
  } finally {
    // What the comments turned off is gone; what they say of themselves was said when the rules ran.
    file.messages = [...earlier, ...file.messages.filter((message) => late.has(message) || message.ruleId === 'internal-error')]
  }
}

function applySeverities(file: VFile, severities: ReadonlyMap<string, 0 | 1 | 2>, start: number): void {
  if (severities.size === 0) return
  const kept = file.messages.slice(start).filter((message) => {
    const severity = message.source === 'argmark' && message.ruleId ? severities.get(message.ruleId) : undefined
    if (severity === undefined) return true
    message.fatal = severity === 2
    return severity > 0
  })
  file.messages = [...file.messages.slice(0, start), ...kept]
}
