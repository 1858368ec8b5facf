import path from 'node:path'
import process from 'node:process'
import {Readable, Writable} from 'node:stream'
import type {Context, Options as UnifiedEngineOptions} from 'unified-engine'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {kitLoads, kitOption} from './document.js'
import type {EngineOptions} from './engine.js'
import {argmarkEngineProcessor, engineNames} from './engine.js'
import {takeFailures} from './failures.js'
import type {Io} from './io.js'
import {isFolderTarget} from './outputs.js'
import type {Reporter} from './reporters.js'
import {failed, loadReporter, ReporterError} from './reporters.js'
import type {StyleFile} from './style.js'

/** The options every command that reads drafts takes: input, configuration, report. */
export const fileOptions = {
  help: {type: 'boolean', short: 'h'},
  kit: {type: 'string'},
  report: {type: 'string'},
  frail: {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  color: {type: 'boolean'},
  watch: {type: 'boolean', short: 'w'},
  'file-path': {type: 'string'},
  'rc-path': {type: 'string'},
  'ignore-path': {type: 'string'},
  'ignore-pattern': {type: 'string', multiple: true},
  config: {type: 'boolean', default: true},
  ignore: {type: 'boolean', default: true}
} as const

/** The options of the commands that read sources. */
export const sourceOptions = {
  bibliography: {type: 'string', multiple: true},
  csl: {type: 'string'},
  'allow-outside': {type: 'boolean'}
} as const

/** The usage lines of `fileOptions` (and `sourceOptions`, with `sources`). */
export function fileOptionsUsage(sources: boolean): string {
  return [
    ...(sources
      ? [
          '  --bibliography <file>    Read the sources from this file instead of the front matter\'s',
          '                           `bibliography` (repeatable; .bib, .json, .yaml; relative to the',
          '                           working folder, as pandoc\'s option); inline `references` still count',
          '  --csl <style.csl>        The CSL style (default: the front matter\'s `csl`, else argmark\'s);',
          '                           a style citeproc cannot read is an error',
          '  --allow-outside          Read a bibliography or style a draft names, or a kit a configuration names, outside the working folder'
        ]
      : []),
    '  --kit <module>           Read with this kit (default: the `kit` of .argmarkrc, else argmark\'s)',
    '  --report <name>          Reporter: `json`, `github` (workflow annotations), `junit` (XML), or an',
    '                           installed vfile-reporter-<name> (default: vfile-reporter)',
    '  --frail                  Exit with 1 on warnings as well as errors',
    '  -q, --quiet              Report only files with messages',
    '  -S, --silent             Report only errors',
    '  -w, --watch              Run again when a draft, its bibliography or its style changes',
    '  --color / --no-color     Force color on or off (default: on a terminal, unless NO_COLOR is set)',
    '  --file-path <path>       Read standard input as if it were this file (configuration,',
    '                           bibliographies, reports)',
    '  --rc-path <path>         Use this configuration file instead of searching for one',
    '  --ignore-path <path>     Use this ignore file instead of searching for one',
    '  --ignore-pattern <glob>  Ignore files matching this pattern too (repeatable)',
    '  --no-config              Do not search for configuration files',
    '  --no-ignore              Do not search for ignore files',
    '  -h, --help               Show this help'
  ].join('\n')
}

/** What `parseArgs` gives for `fileOptions` and `sourceOptions`. */
export interface FileValues {
  readonly kit?: string | undefined
  readonly report?: string | undefined
  readonly frail?: boolean | undefined
  readonly quiet?: boolean | undefined
  readonly silent?: boolean | undefined
  readonly color?: boolean | undefined
  readonly watch?: boolean | undefined
  readonly 'file-path'?: string | undefined
  readonly 'rc-path'?: string | undefined
  readonly 'ignore-path'?: string | undefined
  readonly 'ignore-pattern'?: string[] | undefined
  readonly config?: boolean | undefined
  readonly ignore?: boolean | undefined
  readonly bibliography?: string[] | undefined
  readonly csl?: string | undefined
}

/** One run over the drafts, as a command sees it after the rules ran. */
export interface FileRun {
  /** The drafts read and checked, in the order they were found. */
  readonly files: VFile[]
  /** The `--csl` style, read and checked. */
  readonly style: string | undefined
  /** Where the report goes: `stdout` when the command writes no document there. */
  readonly reportTo: 'stdout' | 'stderr'
  /** The absolute paths the command wrote: `--watch` does not take them for edits. */
  readonly written: Set<string>
}

/** What a command does with a run: writes its outputs; resolves to an exit code. */
export type Produce = (run: FileRun) => Promise<number>

/** How a command runs over drafts. */
export interface FileCommand {
  /** Its name, for messages. */
  readonly name: string
  /** Its usage, printed after a usage error. */
  readonly usage: string
  readonly io: Io
  readonly values: FileValues
  readonly positionals: readonly string[]
  /**
   * What the engine runs after parsing: the preset, rule settings, whether
   * rules run at all; `lint`'s cache (`--cache`) and worker threads, for
   * the first run (not `--watch`'s runs after it).
   */
  readonly engine: Pick<EngineOptions, 'lint' | 'rules' | 'cache' | 'pool'>
  /** Without a path and nothing piped in: the current folder (`lint`), or a usage error. */
  readonly noPath: 'folder' | 'usage'
  /** Whether the command writes a document to standard output (then a GitHub report goes to stderr). */
  readonly writesDocument: boolean
  /** `-o`: an output folder is left out of the drafts. */
  readonly output?: string | undefined
  /** Whether errors in the drafts set the exit code (not for `format`). */
  readonly messagesFail?: boolean | undefined
  /** Whether the report leaves out files without messages even without `--quiet` (commands whose output is a document). */
  readonly quiet?: boolean | undefined
  /** Whether the command keeps each tree on `file.data.argmarkTree` (`render`). */
  readonly keepTree?: boolean | undefined
  /**
   * Whether `--watch`'s runs after the first check each draft in an editor
   * session (see `createSession`), re-reading only the blocks that changed:
   * for a command that needs only the messages (`lint`; not a command that
   * reads the tree or the graph).
   */
  readonly sessions?: boolean | undefined
}

/**
 * Run a command over drafts with unified-engine: files, folders (searched
 * for Markdown files) and globs, `.argmarkignore`, configuration files, `-`
 * or piped standard input; each draft read with its kit, its sources (its
 * front matter's, or `--bibliography`) and the command's rules. Then
 * `produce` writes what the command writes, the report goes to stderr with
 * the chosen reporter (the bibliographies' own problems on their own files),
 * and everything that failed before a draft could be read is one line.
 * With `--watch`, runs again on every change until Ctrl+C. Resolves to the
 * exit code of the first run: 0, 1 (an error, or with `--frail` a warning; a
 * file that cannot be read or written), 2 (a usage or configuration error).
 */
export async function runFileCommand(command: FileCommand, produce: Produce): Promise<number> {
  const {io, values, name} = command
  const prefix = 'argmark ' + name + ': '

  const stdinOnly = command.positionals.length === 1 && command.positionals[0] === '-'
  if (!stdinOnly && command.positionals.includes('-')) {
    io.stderr(prefix + 'unexpected `-` beside other paths, expected `-` alone (standard input) or paths\n')
    return 2
  }
  let stdin: string | undefined
  if (stdinOnly) {
    if (!io.stdin) {
      io.stderr(prefix + 'unexpected `-` without standard input, expected a file\n')
      return 2
    }
    stdin = await io.stdin.read()
  } else if (command.positionals.length === 0) {
    stdin = await io.stdin?.piped()
    if (stdin === undefined && command.noPath === 'usage') {
      io.stderr(prefix + 'expected a file, folder or glob, or `-` for standard input\n\n' + command.usage)
      return 2
    }
  } else if (values['file-path'] !== undefined) {
    io.stderr(prefix + 'unexpected `--file-path` with paths, expected it only for standard input\n')
    return 2
  }

  const kit = kitOption(values.kit, io)
  if (!(await kitLoads(name, kit, io))) return 2
  let reporter: Reporter
  try {
    reporter = await loadReporter(values.report, io.cwd)
  } catch (error) {
    if (!(error instanceof ReporterError)) throw error
    io.stderr(prefix + error.message + '\n')
    return 2
  }
  const bibliography = values.bibliography
  const reportTo = values.report === 'github' && !command.writesDocument ? 'stdout' : 'stderr'

  // On a terminal, a long run shows how far it got on one line it then clears.
  let progressShown = false
  let processed = 0
  const progress =
    io.isTTY === true && values.report === undefined
      ? () => {
          if (++processed % 25 !== 0) return
          io.stderr('\rargmark: ' + (pastTense[name] ?? 'read') + ' ' + processed + ' files…')
          progressShown = true
        }
      : undefined
  const clearProgress = () => {
    if (progressShown) io.stderr('\r\u001B[K')
    progressShown = false
  }

  const engineOptions: EngineOptions = {
    ...command.engine,
    kit,
    config: {rcPath: values['rc-path'], detectConfig: values.config},
    bibliography,
    allowOutside: (values as {'allow-outside'?: boolean})['allow-outside'] === true,
    bibliographyMessages: 'keep',
    onFile: progress,
    keepTree: command.keepTree
  }
  const processor = argmarkEngineProcessor(engineOptions)
  // `--watch` runs after the first: no cache or threads; editor sessions for
  // a command that needs only messages.
  let again: ReturnType<typeof argmarkEngineProcessor> | undefined
  const processorAgain = () =>
    (again ??= argmarkEngineProcessor({...engineOptions, cache: undefined, pool: undefined, incremental: command.sessions === true}))

  const written = new Set<string>()
  const runOnce = async (files: readonly string[] | undefined, first: boolean): Promise<{code: number; context: Context | undefined; watched: string[]}> => {
    const ignorePatterns = [...(values['ignore-pattern'] ?? [])]
    // Outputs written into a folder under the drafts are not drafts (unless
    // the drafts named are in it: then an output would be its own input, and
    // is refused when written).
    if (command.output !== undefined && isFolderTarget(command.output, io.cwd)) {
      const folder = path.resolve(io.cwd, command.output)
      const relative = path.relative(io.cwd, folder)
      const inside = (each: string) => {
        const named = path.resolve(io.cwd, each)
        return named === folder || named.startsWith(folder + path.sep)
      }
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && !command.positionals.some(inside)) {
        ignorePatterns.push(relative.split(path.sep).join('/') + '/')
      }
    }
    const options: UnifiedEngineOptions = {
      ...engineNames,
      extensions: [...engineNames.extensions],
      processor: first ? processor : processorAgain(),
      cwd: io.cwd,
      files: stdin === undefined ? [...(files ?? (command.positionals.length > 0 ? command.positionals : ['.']))] : [],
      streamIn: stdin === undefined ? undefined : Readable.from([stdin]),
      filePath: values['file-path'],
      detectConfig: values.config,
      detectIgnore: values.ignore,
      rcPath: values['rc-path'],
      ignorePath: values['ignore-path'],
      ignorePatterns,
      // argmark writes the outputs and the report itself, after the run.
      reporter: () => '',
      out: false,
      streamError: sink(),
      streamOut: sink()
    }
    const [error, context] = await new Promise<[Error | undefined, Context | undefined]>((resolve) => {
      engine(options, (error, _code, context) => resolve([error ?? undefined, context]))
    })
    if (first) {
      await command.engine.cache?.flush()
      await command.engine.pool?.close()
    }
    clearProgress()
    if (error) {
      io.stderr(prefix + firstLine(error.message) + '\n')
      if (io.debug && error.stack) io.stderr(error.stack + '\n')
      return {code: 2, context, watched: []}
    }
    const given = (context?.files ?? []).filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored)
    if (given.length === 0) {
      const named = files ?? command.positionals
      io.stderr(
        prefix + 'no Markdown files found in ' + (named.length > 0 ? named.map((each) => '`' + each + '`').join(', ') : 'the current folder') +
          ', expected files ending in ' + engineNames.extensions.slice(0, 2).map((each) => '.' + each).join(' or ') + ' that no ignore file names\n'
      )
      return {code: 2, context, watched: []}
    }

    const failures = takeFailures(given, new Set((files ?? command.positionals).map((each) => path.normalize(each))))
    if (io.debug) for (const stack of failures.stacks) io.stderr(stack + '\n')
    if (failures.configuration.length > 0) {
      for (const reason of failures.configuration) io.stderr(prefix + reason + '\n')
      return {code: 2, context, watched: []}
    }
    for (const line of failures.files) io.stderr(prefix + line + '\n')
    let code = failures.files.length > 0 ? 1 : 0

    let style: StyleFile | undefined
    if (values.csl !== undefined) {
      style = await (await import('./style.js')).readStyle(path.resolve(io.cwd, values.csl), values.csl)
      if ('problem' in style) {
        io.stderr(prefix + style.problem + '\n')
        return {code: 1, context, watched: []}
      }
    }

    code = Math.max(code, await produce({files: failures.checked, style: style && 'text' in style ? style.text : undefined, reportTo, written}))

    // Each bibliography once, with its own problems, after the drafts.
    const bibliographies = new Map<string, VFile>()
    for (const file of failures.checked) {
      for (const each of file.data.argmarkBibliographies ?? []) {
        if (each.messages.length > 0 && !bibliographies.has(each.path)) bibliographies.set(each.path, each)
      }
    }
    const reported = [...failures.checked, ...bibliographies.values()]
    const report = await reporter(reported, {
      color: values.color ?? (io.isTTY === true && !process.env['NO_COLOR']),
      quiet: values.quiet === true || command.quiet === true,
      silent: values.silent === true
    })
    if (report) (reportTo === 'stdout' ? io.stdout : io.stderr)(report.endsWith('\n') ? report : report + '\n')
    if (command.messagesFail !== false && failed(reported, values.frail === true)) code = Math.max(code, 1)

    const watched = [
      ...(values.csl === undefined ? [] : [path.resolve(io.cwd, values.csl)]),
      ...(values.bibliography ?? []).map((each) => path.resolve(io.cwd, each)),
      ...[...new Set(failures.checked.flatMap((file) => (file.data.argmarkBibliographies ?? []).map((each) => path.resolve(io.cwd, each.path))))]
    ]
    return {code, context, watched}
  }

  const first = await runOnce(undefined, true)
  if (!values.watch || !first.context || stdin !== undefined) return first.code
  const markdown = new Set(engineNames.extensions.map((extension) => '.' + extension))
  // Loaded when needed: a run without --watch or --csl does not pay for them.
  const {watchFiles} = await import('./watch.js')
  await watchFiles(name, [...first.context.fileSet.origins, ...first.watched], io, async (all) => {
    // What the command wrote itself is not an edit.
    const changed = all.filter((each) => !written.has(path.resolve(io.cwd, each)))
    if (changed.length === 0) return
    // A changed bibliography, style or configuration can change any draft.
    const drafts = changed.filter((each) => markdown.has(path.extname(each).toLowerCase()))
    await runOnce(drafts.length === changed.length && drafts.length > 0 ? drafts : undefined, false)
  })
  return first.code
}

const pastTense: Record<string, string> = {lint: 'linted', check: 'checked', render: 'rendered', export: 'exported', format: 'formatted'}

function sink(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback()
    }
  })
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
