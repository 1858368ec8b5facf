// First: makes the server read a `null` settings answer as no settings.
import './settings-guard.js'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {FileSet} from 'unified-engine'
import {createUnifiedLanguageServer} from 'unified-language-server'
import {VFile} from 'vfile'
import {format} from '../verbs/format.js'
import {argmarkEngineProcessor, engineNames} from './engine.js'

/**
 * unified-engine compiles no file that has an error, so formatting a draft
 * with, say, a dangling reference would do nothing, while `format` only
 * leaves markup that does not parse alone. The server formats by reading the
 * file's text (`String(file)`), and only the formatting request reads it: so
 * a file with an error gives its text formatted when asked, and checking a
 * draft as it is typed costs no formatting.
 */
const formatDespiteErrors: Plugin<[], Root> = function () {
  return function (_tree, file) {
    const original = VFile.prototype.toString.call(file)
    const compiled = file.toString
    file.toString = function (encoding) {
      if (!file.messages.some((message) => message.fatal === true)) return compiled.call(file, encoding)
      return format(new VFile({path: file.path, value: original}), {kit: file.data.argmarkKit})
    }
  }
}

/**
 * The processor the server runs over each open document: the same one
 * `argmark lint` runs (parse with the `.argmarkrc`'s kit, sources from disk,
 * check, lint with its settings), in an editor session per document so a
 * change re-reads only the blocks it touched (`createSession`), and whose
 * compiler writes the document the way `format` does, so the server's
 * formatting is `format`.
 */
export const argmarkEngine = argmarkEngineProcessor({incremental: true}).use(formatDespiteErrors)

/**
 * unified-language-server runs unified-engine with `streamError` and
 * `streamOut` set to `PassThrough` streams that nothing reads, and the engine
 * waits for each write to them to finish: the report of the file's messages
 * (`vfile-reporter`) and, as one document given is "one file mode", the
 * compiled document. A `PassThrough` nobody reads finishes a write only while
 * it holds less than 16 KB, so a document with about a hundred findings, or
 * whose compiled text is that long, never finished its run: the server
 * published no diagnostics and said nothing. The server reads the files'
 * messages and text itself and never those streams, so once every file is
 * done (before the engine writes either stream), this step marks the files as
 * not given on the command line: the engine then writes neither the report
 * nor the document, and the run ends. A configuration the engine cannot load
 * never reaches this step, but then each file has one message, a short report.
 */
function markFilesUnreported(set: FileSet): undefined {
  for (const file of set.valueOf()) file.data.unifiedEngineGiven = false
  return undefined
}

/** Engine plugin that adds `markFilesUnreported` to the run's file set. */
const unreported: Plugin<unknown[]> = function (...parameters) {
  // unified-engine passes the file set after the plugin's options.
  const fileSet = parameters[1] as FileSet | undefined
  fileSet?.use(markFilesUnreported)
}

const running = Symbol.for('argmark.languageServer')

/**
 * Start the argmark language server on the connection the command line names
 * (`--stdio`, `--node-ipc` or `--socket=<port>`, read by
 * vscode-languageserver). Diagnostics carry the rule id as `code` and the
 * rule's page as `codeDescription`; every string a message `expected` is a
 * quick fix; formatting is `format`. `processorModule` is the URL of a module
 * that exports `argmarkEngine` (the server's entry).
 */
export function startLanguageServer(processorModule: string): void {
  // One server per process, even were the entry loaded twice (it is loaded
  // again by URL, which Node answers from its cache unless symlinks make the
  // URLs differ).
  const state = globalThis as {[running]?: true}
  if (state[running]) return
  state[running] = true
  createUnifiedLanguageServer({
    // unified-language-server loads `processorSpecifier` from
    // `processorName` as resolved from the workspace folder. A bare `argmark`
    // would find a workspace's own argmark (a CI dev dependency), whose main
    // entry has no Node processor (it must run in a browser), and the engine
    // would fail every file with "Missing `processor`". The server ships in
    // the same package as its processor, so it names its own entry: the
    // processor always matches the server, and a workspace wanting its own
    // argmark version runs that version's `argmark-language-server`.
    // Plugins and presets named in `.argmarkrc` still resolve from the
    // workspace.
    processorName: processorModule,
    processorSpecifier: 'argmarkEngine',
    defaultProcessor: argmarkEngine,
    // Used in every run, besides the plugins `.argmarkrc` names.
    plugins: [unreported],
    configurationSection: 'argmark',
    rcName: engineNames.rcName,
    ignoreName: engineNames.ignoreName,
    packageField: engineNames.packageField,
    pluginPrefix: engineNames.pluginPrefix
  })
}

/** What `argmark-language-server --help` prints. */
export const languageServerUsage = [
  'Usage: argmark-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>',
  '',
  'The argmark language server: diagnostics with rule ids and links, quick fixes',
  'and formatting for annotated Markdown drafts, in any LSP client. Settings come',
  'from `.argmarkrc` and the `argmark` field of package.json; `.argmarkignore`',
  'names files to skip. See docs/editors.md.',
  ''
].join('\n')

/** Whether the arguments name a connection vscode-languageserver can open. */
export function hasConnection(args: readonly string[]): boolean {
  return args.some((arg) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(arg))
}
