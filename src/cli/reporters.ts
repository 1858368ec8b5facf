import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {resolve as resolveModule} from 'import-meta-resolve'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Options as ReporterOptions} from 'vfile-reporter'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {statistics} from 'vfile-statistics'
import {sortMessages} from '../util/sort-messages.js'

/** A vfile reporter: files and options in, the report out (`''` for none). */
export type Reporter = (files: VFile[], options: ReporterOptions) => string | Promise<string>

/** The reporters argmark has itself, by `--report` name. */
export const builtinReporters: Readonly<Record<string, Reporter>> = {
  json: (files, options) => reporterJson(sorted(files), options),
  github: (files, options) => reportGithub(files, options),
  junit: (files, options) => reportJunit(files, options)
}

/** A reporter `--report` names that cannot be found: its message is one line. */
export class ReporterError extends Error {
  override name = 'ReporterError'
}

/**
 * The reporter `--report` names: argmark's own (`json`, `github`, `junit`),
 * else `vfile-reporter-<name>` or `<name>` installed where the command runs
 * (as unified-engine finds reporters); without a name, vfile-reporter.
 */
export async function loadReporter(name: string | undefined, cwd: string): Promise<Reporter> {
  if (name === undefined) return (files, options) => reporter(sorted(files), options)
  const own = Object.hasOwn(builtinReporters, name) ? builtinReporters[name] : undefined
  if (own) return own
  const from = pathToFileURL(path.join(cwd, 'package.json')).href
  for (const specifier of name.startsWith('vfile-reporter-') ? [name] : ['vfile-reporter-' + name, name]) {
    let url: string
    try {
      url = resolveModule(specifier, from)
    } catch {
      continue
    }
    const module = (await import(url)) as {default?: unknown}
    if (typeof module.default === 'function') return module.default as Reporter
    throw new ReporterError('unexpected reporter `' + name + '` (' + specifier + ') without a default export, expected a vfile reporter function')
  }
  throw new ReporterError(
    'cannot find reporter `' + name + '`, expected ' + Object.keys(builtinReporters).map((each) => '`' + each + '`').join(', ') +
      ' or an installed `' + (name.startsWith('vfile-reporter-') ? name : 'vfile-reporter-' + name) + '`'
  )
}

/** Whether a run failed: an error in any file, or any message with `frail`. */
export function failed(files: readonly VFile[], frail: boolean): boolean {
  const stats = statistics([...files])
  return stats.fatal > 0 || (frail && stats.warn > 0)
}

/**
 * The messages a report shows of a file, sorted by place: with `silent`
 * (`-S`), errors only, as vfile-reporter shows them.
 */
function shown(file: VFile, options: ReporterOptions | undefined): VFileMessage[] {
  const messages = sortMessages(file.messages)
  return options?.silent === true ? messages.filter((message) => message.fatal === true) : messages
}

function sorted(files: VFile[]): VFile[] {
  for (const file of files) file.messages = sortMessages(file.messages)
  return files
}

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per message, with the file, its place and the rule as the title, so
 * each message is an annotation on the line it is about. Values are escaped
 * as the runner unescapes them (`%`, CR, LF; and `:` and `,` in properties).
 * `end…` properties are given for a message placed at a range. With
 * `silent`, errors only.
 */
export function reportGithub(files: readonly VFile[], options?: ReporterOptions): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of shown(file, options)) {
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties: string[] = []
      if (file.path) properties.push('file=' + escapeProperty(file.path))
      const place = placeOf(message)
      if (place) {
        properties.push('line=' + place.start.line, 'col=' + place.start.column)
        if (place.end) properties.push('endLine=' + place.end.line, 'endColumn=' + place.end.column)
      }
      const rule = [message.source, message.ruleId].filter(Boolean).join(':')
      if (rule) properties.push('title=' + escapeProperty(rule))
      lines.push('::' + level + (properties.length > 0 ? ' ' + properties.join(',') : '') + '::' + escapeData(message.reason + (message.url ? ' (' + message.url + ')' : '')))
    }
  }
  return lines.join('\n')
}

/**
 * A JUnit XML report, as CI systems read test results: one `<testsuite>` per
 * file, one `<testcase>` per message with a `<failure>` whose `type` is its
 * severity (`error`, `warning`, `info`) — ESLint's shape — and one passing
 * `<testcase>` for a file without messages. With `silent`, errors only; with
 * `quiet` or `silent`, a file without messages to show is left out, as
 * vfile-reporter leaves it out.
 */
export function reportJunit(files: readonly VFile[], options?: ReporterOptions): string {
  let tests = 0
  let failures = 0
  const suites: string[] = []
  for (const file of files) {
    const name = file.path || '<stdin>'
    const messages = shown(file, options)
    if (messages.length === 0 && (options?.quiet === true || options?.silent === true)) continue
    const cases = messages.map((message) => {
      const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
      const place = placeOf(message)
      const where = place ? place.start.line + ':' + place.start.column : ''
      const rule = [message.source, message.ruleId].filter(Boolean).join(':')
      const body = name + (where ? ':' + where : '') + ': ' + severity + ' ' + message.reason + (rule ? ' (' + rule + ')' : '') + (message.url ? '\n' + message.url : '')
      return (
        '    <testcase name="' + escapeXml((where ? where + ' ' : '') + (rule || 'message')) + '" classname="' + escapeXml(name) + '" time="0">\n' +
        '      <failure type="' + severity + '" message="' + escapeXml(message.reason) + '">' + escapeXml(body) + '</failure>\n' +
        '    </testcase>'
      )
    })
    if (cases.length === 0) cases.push('    <testcase name="' + escapeXml(name) + '" classname="' + escapeXml(name) + '" time="0"/>')
    tests += cases.length
    failures += messages.length
    suites.push(
      '  <testsuite name="' + escapeXml(name) + '" tests="' + cases.length + '" failures="' + messages.length + '" errors="0" skipped="0" time="0">\n' +
        cases.join('\n') + '\n  </testsuite>'
    )
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="argmark" tests="' + tests + '" failures="' + failures + '" errors="0" time="0">\n' +
    suites.map((suite) => suite + '\n').join('') + '</testsuites>'
  )
}

function placeOf(message: VFileMessage): {start: {line: number; column: number}; end?: {line: number; column: number}} | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    return {start: {line: place.start.line, column: place.start.column}, end: {line: place.end.line, column: place.end.column}}
  }
  return {start: {line: place.line, column: place.column}}
}

// The runner's escaping (actions/toolkit's `toCommandValue` rules).
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

// XML 1.0 text and attribute values; characters XML cannot carry at all are dropped.
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Every regex of this module, for the ReDoS test. */
export const reporterPatterns: readonly RegExp[] = [notXml]

function escapeXml(value: string): string {
  return value
    .replace(notXml, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}
