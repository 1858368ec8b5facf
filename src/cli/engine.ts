import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {readFrontMatter} from '../extract/front-matter.js'
import {extractDocument} from '../extract/plugin.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {RuleSettings} from '../lint/config.js'
import {runRules} from '../lint/run-rules.js'
import type {LoadedSources} from '../sources/load.js'
import {namesBibliography, resolveSources} from '../sources/resolve.js'
import {remarkArgmarkSyntax} from '../syntax/plugin.js'
import {report, reportInternalError} from '../util/report.js'
import {format} from '../verbs/format.js'
import type {ConfigOptions, KitReference} from './config.js'
import {KitError} from './config.js'
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
   * `--bibliography`: bibliographies (paths relative to the working folder)
   * that replace each file's front matter `bibliography` (as pandoc's option
   * does); inline `references` are still added.
   */
  readonly bibliography?: readonly string[] | undefined
  /** `--allow-outside`: read bibliographies a draft names outside the working folder. */
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
  }
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
 * The reading (configuration, kit, bibliographies) is asynchronous; every
 * message is added after it, in one synchronous step that ends the
 * transform. unified-engine flushes its queue when every file that has no
 * fatal message has reached it: a fatal message added while another file
 * is being queued, before this file reaches the queue, would leave the run
 * waiting forever.
 */
const argmarkEngineTransform: Plugin<[EngineOptions?], Root> = function (this: Processor, options) {
  const fromConfig = (this.data('settings') ?? {}) as RuleSettings
  const settings: RuleSettings = {
    preset: options?.lint?.preset ?? fromConfig.preset,
    rules: {...fromConfig.rules, ...options?.lint?.rules}
  }
  return function (tree: Root, file: VFile, next: (error?: Error) => void): undefined {
    options?.onFile?.()
    prepare(tree, file, options).then(
      (prepared) => {
        try {
          finish(tree, file, prepared, settings, options)
          if (options?.keepTree) file.data.argmarkTree = tree
        } catch (error) {
          reportInternalError(file, 'linting', error, 'a lint')
        }
        next()
      },
      (error: unknown) => next(error instanceof Error ? error : new Error(String(error)))
    )
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
      config: {...options?.config, cwd: file.cwd}
    }))
  } catch (error) {
    return {problem: error instanceof KitError ? upperFirst(error.message) : 'Cannot read configuration: ' + String(error)}
  }
  if (options?.rules === false) return {kit, loaded: undefined}
  if (options?.bibliography && options.bibliography.length > 0) {
    return {kit, loaded: await loadDocumentSources(file, {bibliography: [...options.bibliography]}, file.cwd)}
  }
  // The front matter read on the side, without messages: only to know which
  // bibliographies to load. It is read (and reported) again with the file.
  const {meta} = readFrontMatter(tree, new VFile({path: file.path, value: file.value}))
  const loaded = namesBibliography({meta}) ? await loadDocumentSources(file, meta, undefined, options?.allowOutside) : undefined
  return {kit, loaded}
}

function finish(tree: Root, file: VFile, prepared: Prepared, settings: RuleSettings, options: EngineOptions | undefined): void {
  if ('problem' in prepared) {
    report(file, {ruleId: 'invalid-kit', place: undefined, reason: prepared.problem})
    return
  }
  const graph = extractDocument(tree, file, prepared.kit)
  if (options?.rules === false) return
  resolveSources({graph, file}, prepared.loaded)
  if (options?.bibliographyMessages === 'keep') {
    file.data.argmarkBibliographies = prepared.loaded?.files ?? []
    runRules(tree, file, settings, 'recommended')
    return
  }
  for (const bibliography of prepared.loaded?.files ?? []) {
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
  runRules(tree, file, settings, 'recommended')
}

/**
 * Write a file the way `format` writes it (canonical annotated Markdown, or
 * the document unchanged when its markup does not parse), with its kit.
 */
const argmarkFormatCompiler: Plugin<[], Root, string> = function () {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  self.compiler = function (_tree, file) {
    const copy = new VFile({path: file.path, value: String(file.value)})
    const value = format(copy, {kit: file.data.argmarkKit})
    for (const message of copy.messages) if (message.ruleId === 'format-skipped') file.messages.push(message)
    return value
  }
}

/**
 * The processor `argmark lint` and the language server run over each file:
 * parse, then `argmarkEngineTransform`; it writes files back canonically.
 */
export function argmarkEngineProcessor(options?: EngineOptions) {
  // Not frozen: the engine sets each file's settings on its own copy.
  return unified()
    .use(remarkParse)
    .use(remarkArgmarkSyntax)
    .use(argmarkEngineTransform, options)
    .use(argmarkFormatCompiler)
}

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
