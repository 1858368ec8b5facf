import {statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseBlocks} from '../extract/block-parse.js'
import {metadataOnly} from '../extract/blocks.js'
import {readFrontMatter} from '../extract/front-matter.js'
import {extractDocument} from '../extract/plugin.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {RuleConfig, RuleSettings, RulesConfig} from '../lint/config.js'
import {runRules} from '../lint/run-rules.js'
import type {LoadedSources} from '../sources/load.js'
import {namesBibliography, resolveSources} from '../sources/resolve.js'
import {parseWithinLimits} from '../syntax/nesting-parse.js'
import {report, reportInternalError} from '../util/report.js'
import {format, formatMessageIds} from '../verbs/format.js'
import type {Session, SessionStats} from '../verbs/session.js'
import {createSession} from '../verbs/session.js'
import type {LintCache, SavedFile} from './cache.js'
import {cacheKey, restoreFile, saveFile} from './cache.js'
import type {ConfigOptions, KitReference} from './config.js'
import {configFor, KitError} from './config.js'
import type {LintPool, LintTask} from './lint-pool.js'
import {kitAndSettings} from './document.js'
import {loadDocumentSources} from './sources.js'

export {engineNames} from './config.js'

/** What `argmark lint` passes to the processor besides the configuration files. */
export interface EngineOptions {
  /** `--preset` and `--rule`: win over the configuration's settings. */
  readonly lint?: RuleSettings | undefined
  /** `--kit`: wins over the configuration's `kit`. */
  readonly kit?: KitReference | undefined
  /** How configuration files are found (`--rc-path`, `--no-config`); `cwd` is the file's. */
  readonly config?: Omit<ConfigOptions, 'cwd'> | undefined
  /** Called once per file processed (a progress line). */
  readonly onFile?: (() => void) | undefined
  /**
   * Check each file in an editor session kept per file (see `createSession`):
   * a file processed again is re-read only where it changed. For the
   * language server and `--watch`.
   */
  readonly incremental?: boolean | undefined
  /**
   * `--cache`: keep each file's messages, and give them again while the
   * file, its settings, kit and bibliographies are unchanged (see
   * `createLintCache`). The processor then parses only the front matter
   * until it knows the file must be read.
   */
  readonly cache?: LintCache | undefined
  /** Lint files on worker threads when many wait (see `createLintPool`). */
  readonly pool?: LintPool | undefined
  /**
   * `--bibliography`: bibliographies (paths relative to the working folder)
   * that replace each file's front matter `bibliography` (as pandoc's option
   * does); inline `references` are still added.
   */
  readonly bibliography?: readonly string[] | undefined
  /** `--allow-outside`: read bibliographies and styles a draft names, and load a kit a configuration file names, outside the working folder. */
  readonly allowOutside?: boolean | undefined
  /**
   * Where a bibliography's own problems go: `copy` (default) reports them on
   * the draft, prefixed with the bibliography's path and place (an editor
   * shows only the open file); `keep` leaves them on the bibliography's own
   * VFile, in `file.data.argmarkBibliographies`, for a report that lists it.
   */
  readonly bibliographyMessages?: 'copy' | 'keep' | undefined
  /** Whether to load sources and run rules (default: yes); `format` only reads. */
  readonly rules?: boolean | undefined
  /** Keep each file's tree on `file.data.argmarkTree`, for a command that renders it. */
  readonly keepTree?: boolean | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The bibliographies a file was checked with, with their own messages (`bibliographyMessages: 'keep'`). */
    argmarkBibliographies: VFile[]
    /** The file's tree after the rules ran (`keepTree`). */
    argmarkTree: Root
    /** The rule settings the file was checked with, for what a command reports after (see `settleMessages`). */
    argmarkSettings: RuleSettings
    /** The bibliographies the file names that could not be read or are of no known format (`render` writes no output for it). */
    argmarkUnreadBibliographies: string[]
    /** What the editor session did when the language server or `--watch` last checked the file. */
    argmarkSession: SessionStats
  }
}

/**
 * The configuration's rules with the command line's over them. A bare
 * severity (`--rule uncited-statistic=error`) keeps the options the
 * configuration gave the rule, as ESLint merges a severity-only setting over
 * an earlier one; a setting with options replaces it whole.
 */
function withSeverities(base: RulesConfig | undefined, over: RulesConfig | undefined): RulesConfig {
  const rules: Record<string, RuleConfig | undefined> = {...base}
  for (const [id, setting] of Object.entries(over ?? {})) {
    const earlier = rules[id]
    rules[id] = typeof setting === 'string' && Array.isArray(earlier) && earlier.length > 1 ? [setting, earlier[1]] : setting
  }
  return rules
}

/**
 * Read, check and lint each file with its kit: the kit comes from `--kit`
 * or the nearest configuration's `kit` (a kit that cannot be loaded is one
 * fatal `invalid-kit` message on the file), the rule settings from the
 * configuration's `settings` (which unified-engine and the language server
 * both read) with the command line's on top; bibliographies are loaded from
 * disk relative to the file, and their problems are reported on the file too
 * (prefixed with the bibliography's path and place), since a reporter shows
 * only the files it was given.
 *
 * The reading (configuration, kit, bibliographies) is asynchronous, so
 * the work runs on a stand-in file that shares the file's data, and its
 * messages join the file's in the step that hands the file on.
 * unified-engine flushes its queue when every file that has no fatal
 * message has reached it: a file with a fatal message that had not yet
 * reached the queue would be flushed without, then wait there forever
 * (the run ends with exit code 13 and no report).
 */
const argmarkEngineTransform: Plugin<[EngineOptions?], Root> = function (this: Processor, options) {
  const fromConfig = (this.data('settings') ?? {}) as RuleSettings
  const settings: RuleSettings = {
    preset: options?.lint?.preset ?? fromConfig.preset,
    rules: withSeverities(fromConfig.rules, options?.lint?.rules)
  }
  return function (tree: Root, file: VFile, next: (error?: Error) => void): undefined {
    options?.onFile?.()
    const standIn = new VFile({cwd: file.cwd, path: file.path, value: file.value})
    standIn.data = file.data
    const handOn = (error?: Error): void => {
      file.messages.push(...standIn.messages)
      next(error)
    }
    check(tree, standIn, options, settings).then(
      () => handOn(),
      (error: unknown) => handOn(error instanceof Error ? error : new Error(String(error)))
    )
  }
}

async function check(tree: Root, file: VFile, options: EngineOptions | undefined, settings: RuleSettings): Promise<void> {
  file.data.argmarkSettings = settings
  // Standard input without `--file-path` has no place in the cache.
  const cache = file.path ? options?.cache : undefined
  const key = cache ? await cacheKeyFor(tree, file, options, settings) : undefined
  if (cache && key !== undefined && (await cache.restore(file, key))) return
  if (options?.pool && !options.incremental) {
    const task: LintTask = {
      cwd: file.cwd,
      path: file.path,
      value: String(file),
      settings,
      options: {
        kit: options.kit,
        config: options.config,
        bibliography: options.bibliography,
        bibliographyMessages: options.bibliographyMessages,
        rules: options.rules
      } satisfies EngineOptions
    }
    restoreFile(file, await options.pool.run(task))
    if (cache && key !== undefined) cache.store(file, key)
    return
  }
  const prepared = await prepare(tree, file, options)
  try {
    if (options?.incremental && !('problem' in prepared)) await finishInSession(file, prepared, settings, options)
    else {
      // With a cache or a pool, the processor parsed only the front matter.
      const whole = readsFrontMatterOnly(options) ? parseWhole(file) : tree
      finish(whole, file, prepared, settings, options)
      if (options?.keepTree) file.data.argmarkTree = whole
    }
  } catch (error) {
    reportInternalError(file, 'linting', error, 'a lint')
  }
  // Written in the background: the transform ends in the step that added
  // the messages (see `argmarkEngineTransform`); `cache.flush()` waits.
  if (cache && key !== undefined) cache.store(file, key)
}

/**
 * Lint one file as the engine does (on a worker thread, or the main thread
 * when no thread is free): its messages, and its bibliographies' with
 * `bibliographyMessages: 'keep'`, as JSON.
 */
export async function lintTask(task: LintTask): Promise<SavedFile> {
  const file = new VFile({cwd: task.cwd, path: task.path, value: task.value})
  const options = task.options as EngineOptions
  const settings = task.settings as RuleSettings
  const prepared = await prepare(parseBlocks(metadataOnly(task.value)).tree, file, options)
  try {
    finish(parseWhole(file), file, prepared, settings, options)
  } catch (error) {
    reportInternalError(file, 'linting', error, 'a lint')
  }
  return saveFile(file)
}

/**
 * The cache key of a file (see `cacheKey`): its text and path, its
 * settings, its kit (and the kit module's modification time) and the text
 * of its bibliographies (`--bibliography`, else those its front matter
 * names). `undefined` when its configuration or kit cannot be read (that is
 * reported, never cached).
 */
async function cacheKeyFor(tree: Root, file: VFile, options: EngineOptions | undefined, settings: RuleSettings): Promise<string | undefined> {
  let kit: AnyKit
  let kitSource: string
  try {
    const config = await configFor(file.path, {...options?.config, cwd: file.cwd})
    const reference = options?.kit ?? config.kit
    ;({kit} = await kitAndSettings(file.path, {io: {cwd: file.cwd, stdout() {}, stderr() {}}, kit: options?.kit, config: {...options?.config, cwd: file.cwd}}))
    kitSource = reference ? reference.specifier + '@' + reference.base + '@' + modified(path.resolve(reference.base, reference.specifier)) : ''
  } catch {
    return undefined
  }
  let names: unknown[]
  let directory: string
  if (options?.bibliography && options.bibliography.length > 0) {
    names = [...options.bibliography]
    directory = file.cwd
  } else {
    const {meta} = readFrontMatter(tree, new VFile({path: file.path, value: file.value}))
    names = meta.bibliography === undefined ? [] : Array.isArray(meta.bibliography) ? meta.bibliography : [meta.bibliography]
    directory = path.dirname(path.resolve(file.cwd, file.path))
  }
  const bibliographies = await Promise.all(
    names.map((name) => readFile(path.resolve(directory, String(name)), 'utf8').catch(() => undefined))
  )
  return cacheKey(file, [settings, kitSource, names, options?.bibliographyMessages ?? 'copy'], kit, bibliographies)
}

function modified(file: string): string {
  try {
    return String(statSync(file).mtimeMs)
  } catch {
    return ''
  }
}

/** What a file needs before it is read: its kit and its bibliographies, or why not. */
type Prepared = {readonly kit: AnyKit; readonly loaded: LoadedSources | undefined} | {readonly problem: string}

async function prepare(tree: Root, file: VFile, options: EngineOptions | undefined): Promise<Prepared> {
  let kit: AnyKit
  try {
    ;({kit} = await kitAndSettings(file.path, {
      io: {cwd: file.cwd, stdout() {}, stderr() {}},
      kit: options?.kit,
      config: {...options?.config, cwd: file.cwd},
      allowOutside: options?.allowOutside
    }))
  } catch (error) {
    return {problem: error instanceof KitError ? upperFirst(error.message) : 'Cannot read configuration: ' + String(error)}
  }
  if (options?.rules === false) return {kit, loaded: undefined}
  if (options?.bibliography && options.bibliography.length > 0) {
    return {kit, loaded: await loadDocumentSources(file, {bibliography: [...options.bibliography]}, file.cwd, false, [])}
  }
  // The front matter read on the side, without messages: only to know which
  // bibliographies to load. It is read (and reported) again with the file.
  const {meta, bibliographyPlaces} = readFrontMatter(tree, new VFile({path: file.path, value: file.value}))
  const loaded = namesBibliography({meta})
    ? await loadDocumentSources(file, meta, undefined, options?.allowOutside, bibliographyPlaces ?? [])
    : undefined
  return {kit, loaded}
}

function finish(tree: Root, file: VFile, prepared: Prepared, settings: RuleSettings, options: EngineOptions | undefined): void {
  if ('problem' in prepared) {
    report(file, {ruleId: 'invalid-kit', place: undefined, reason: prepared.problem})
    return
  }
  const graph = extractDocument(tree, file, prepared.kit)
  if (options?.rules === false) {
    // Read only (`format`): the reading messages still take the configuration's severities and comments.
    runRules(tree, file, settings, 'recommended', {readOnly: true})
    return
  }
  resolveSources({graph, file}, prepared.loaded)
  reportBibliographies(file, prepared.loaded, options)
  runRules(tree, file, settings, 'recommended')
}

/**
 * A file's bibliographies' own problems: on their own VFiles, in
 * `file.data.argmarkBibliographies` (`bibliographyMessages: 'keep'`), or
 * copied onto the draft that names them (a reporter shows only the files it
 * was given); the paths that could not be read, in
 * `file.data.argmarkUnreadBibliographies`.
 */
function reportBibliographies(file: VFile, loaded: LoadedSources | undefined, options: EngineOptions | undefined): void {
  file.data.argmarkUnreadBibliographies = loaded?.failed ?? []
  if (options?.bibliographyMessages === 'keep') {
    file.data.argmarkBibliographies = loaded?.files ?? []
    return
  }
  for (const bibliography of loaded?.files ?? []) {
    for (const message of bibliography.messages) {
      const where = bibliography.path + (message.line === undefined ? '' : ':' + message.line + ':' + (message.column ?? 1))
      const copy = file.message('`' + where + '`: ' + message.reason, {
        ruleId: message.ruleId ?? undefined,
        source: message.source ?? undefined
      })
      copy.fatal = message.fatal
      if (message.url) copy.url = message.url
    }
  }
}

/**
 * Check a file in its editor session: the session is kept per file (its
 * LSP document URI, else its path) while its kit, settings and sources stay
 * the same, so a change re-reads only the blocks it touched. The file's
 * `data.argmarkSession` tells what the update did.
 */
async function finishInSession(
  file: VFile,
  prepared: Extract<Prepared, {kit: AnyKit}>,
  settings: RuleSettings,
  options: EngineOptions | undefined
): Promise<void> {
  const key = String(file.data['lspDocumentUri'] ?? file.path)
  const sourcesKey = JSON.stringify(prepared.loaded?.items ?? null)
  let entry = sessions.get(key)
  if (!entry || entry.kit !== prepared.kit || entry.settings !== JSON.stringify(settings) || entry.sources !== sourcesKey) {
    entry = {
      kit: prepared.kit,
      settings: JSON.stringify(settings),
      sources: sourcesKey,
      session: createSession({...settings, kit: prepared.kit, sources: prepared.loaded, path: file.path})
    }
  }
  // Most recently used last; the oldest goes past a hundred files.
  sessions.delete(key)
  sessions.set(key, entry)
  if (sessions.size > 100) sessions.delete(sessions.keys().next().value!)
  const messages = await entry.session.update(String(file.value))
  file.data.argmarkKit = prepared.kit
  file.data.argmarkSession = entry.session.stats
  for (const message of messages) file.messages.push(message)
  reportBibliographies(file, prepared.loaded, options)
}

interface SessionEntry {
  readonly kit: AnyKit
  readonly settings: string
  readonly sources: string
  readonly session: Session
}

const sessions = new Map<string, SessionEntry>()

/**
 * Write a file the way `format` writes it (canonical annotated Markdown, or
 * the document unchanged when its markup does not parse), with its kit.
 */
const argmarkFormatCompiler: Plugin<[], Root, string> = function () {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  self.compiler = function (_tree, file) {
    const copy = new VFile({path: file.path, value: String(file.value)})
    const value = format(copy, {kit: file.data.argmarkKit})
    for (const message of copy.messages) if (formatMessageIds.has(message.ruleId ?? '')) file.messages.push(message)
    return value
  }
}

/**
 * The processor every command that reads drafts and the language server run
 * over each file: parse (block by block, see `parseBlocks`), then
 * `argmarkEngineTransform`; it writes files back canonically. With
 * `incremental`, `cache` or `pool`, the processor parses only the front
 * matter (to find the bibliographies): each file's editor session, the
 * cache or a worker thread takes the rest.
 */
export function argmarkEngineProcessor(options?: EngineOptions) {
  // Not frozen: the engine sets each file's settings on its own copy.
  return unified()
    .use(readsFrontMatterOnly(options) ? frontMatterParser : blockParser)
    .use(argmarkEngineTransform, options)
    .use(argmarkFormatCompiler)
}

function readsFrontMatterOnly(options: EngineOptions | undefined): boolean {
  return Boolean(options?.incremental || options?.cache || options?.pool)
}

// A parser that reads the document block by block: the tree `parse` gives.
function blockParser(this: Processor): undefined {
  const self = this as unknown as Processor<Root>
  self.parser = (_, file) => parseWhole(file)
}

/**
 * The whole document's tree, as `parse` reads it: block by block, and within
 * `nestingLimits` (nesting deeper is read as text and reported as
 * `nesting-too-deep` on `file`), so no command is held by a document built to
 * nest.
 */
function parseWhole(file: VFile): Root {
  return parseWithinLimits(file, (value) => parseBlocks(value).tree)
}

// A parser that reads only the front matter and metadata blocks: what `prepare` needs.
function frontMatterParser(this: Processor): undefined {
  const self = this as unknown as Processor<Root>
  self.parser = (document) => parseBlocks(metadataOnly(document)).tree
}

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
