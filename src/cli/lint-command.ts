import {availableParallelism} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {Writable} from 'node:stream'
import type {Callback, Context, Options as EngineOptions} from 'unified-engine'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import type {Options as ReporterOptions} from 'vfile-reporter'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {PresetName, RulesConfig} from '../lint/config.js'
import {sortMessages} from '../util/sort-messages.js'
import {parseCommandArguments} from './arguments.js'
import {kitLoads, kitOption} from './document.js'
import {cacheDirectory, createLintCache} from './cache.js'
import {argmarkEngineProcessor, engineNames, lintTask} from './engine.js'
import {createLintPool} from './lint-pool.js'
import type {Io} from './io.js'
import {watchFiles} from './watch.js'

export const lintUsage = `Usage: argmark lint [options] [path | glob …]

Lint annotated drafts: parse and check them, and run the lint rules of the preset and
settings in the nearest .argmarkrc (.json, .yml, .yaml, .js, .cjs, .mjs) or the \`argmark\`
field of package.json. Folders are searched for Markdown files; .argmarkignore is honoured.
With no path, lints the current folder.

Options:
  --preset <name>          Start from \`recommended\` (default), \`strict\` or \`core\` (what check runs)
  --kit <module>           Read with this kit (default: the \`kit\` of .argmarkrc, else argmark's)
  --rule <id=severity>     Set a rule: off, warn or error (repeatable), e.g. --rule unused-source=off
  --report <name>          Reporter: \`json\` (vfile-reporter-json) or an installed vfile-reporter-<name>
  --frail                  Exit with 1 on warnings as well as errors
  -q, --quiet              Report only files with messages
  -S, --silent             Report only errors
  -w, --watch              Lint again when a file changes (re-reading only what changed)
  --cache                  Keep each file's messages in node_modules/.cache/argmark and
                           reuse them while the file, its settings, kit and bibliographies
                           are unchanged
  --jobs <n>               Lint on n threads (default: one per core, once files queue up)
  --color / --no-color     Force color on or off (default: on a terminal, unless NO_COLOR is set)
  --rc-path <path>         Use this configuration file instead of searching for one
  --ignore-path <path>     Use this ignore file instead of searching for one
  --ignore-pattern <glob>  Ignore files matching this pattern too (repeatable)
  --no-config              Do not search for configuration files
  --no-ignore              Do not search for ignore files
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when a file has an error (or a warning, with --frail), 2 on a
usage error or a kit that cannot be loaded.
`

const severities = new Set(['off', 'warn', 'error', 'on', '0', '1', '2'])

/** `argmark lint`: unified-engine over files and globs; resolves to the exit code. */
export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'lint',
    argv,
    {
      help: {type: 'boolean', short: 'h'},
      preset: {type: 'string'},
      kit: {type: 'string'},
      rule: {type: 'string', multiple: true},
      report: {type: 'string'},
      frail: {type: 'boolean'},
      quiet: {type: 'boolean', short: 'q'},
      silent: {type: 'boolean', short: 'S'},
      watch: {type: 'boolean', short: 'w'},
      cache: {type: 'boolean'},
      jobs: {type: 'string'},
      color: {type: 'boolean'},
      'rc-path': {type: 'string'},
      'ignore-path': {type: 'string'},
      'ignore-pattern': {type: 'string', multiple: true},
      config: {type: 'boolean', default: true},
      ignore: {type: 'boolean', default: true}
    },
    lintUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(lintUsage)
    return 0
  }

  if (values.preset !== undefined && !['core', 'recommended', 'strict'].includes(values.preset)) {
    io.stderr('argmark lint: unexpected preset `' + values.preset + '`, expected `recommended`, `strict` or `core`\n')
    return 2
  }
  const kit = kitOption(values.kit, io)
  if (!(await kitLoads('lint', kit, io))) return 2
  const rules: Record<string, string> = {}
  for (const setting of values.rule ?? []) {
    const [id, severity] = setting.split('=')
    if (!id || !severity || !severities.has(severity)) {
      io.stderr('argmark lint: unexpected `--rule ' + setting + '`, expected `<rule-id>=off|warn|error`\n')
      return 2
    }
    rules[id] = severity
  }

  // On a terminal, a long run shows how far it got on one line it then clears.
  let linted = 0
  let progressShown = false
  const progress =
    io.isTTY === true && values.report === undefined
      ? () => {
          if (++linted % 25 !== 0) return
          io.stderr('\rargmark: linted ' + linted + ' files…')
          progressShown = true
        }
      : undefined
  const writeError = (text: string) => {
    if (progressShown) io.stderr('\r\u001B[K')
    progressShown = false
    io.stderr(text)
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    io.stderr('argmark lint: unexpected `--jobs ' + values.jobs + '`, expected a whole number of threads, 1 or more\n')
    return 2
  }
  const threads = jobs ?? availableParallelism()
  // Threads for a run over many files: `--jobs` starts them at once, else
  // once files queue up. Not for `--watch`, which re-reads what changed.
  const pool =
    threads > 1 && !values.watch
      ? createLintPool({size: jobs === undefined ? threads : threads - 1, waiting: jobs === undefined ? 4 : 1, inline: lintTask})
      : undefined
  const processorOptions = {
    lint: {
      ...(values.preset ? {preset: values.preset as PresetName} : {}),
      ...(Object.keys(rules).length > 0 ? {rules: rules as RulesConfig} : {})
    },
    kit,
    config: {rcPath: values['rc-path'], detectConfig: values.config},
    onFile: progress,
    cache: values.cache ? createLintCache(cacheDirectory(io.cwd)) : undefined,
    pool
  }
  const options: EngineOptions = {
    ...engineNames,
    extensions: [...engineNames.extensions],
    processor: argmarkEngineProcessor(processorOptions),
    cwd: io.cwd,
    files: positionals.length > 0 ? positionals : ['.'],
    color: values.color ?? (io.isTTY === true && !process.env['NO_COLOR']),
    frail: values.frail === true,
    quiet: values.quiet === true,
    silent: values.silent === true,
    detectConfig: values.config,
    detectIgnore: values.ignore,
    rcPath: values['rc-path'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    reporter: values.report === 'json' ? sortedJsonReporter : (values.report ?? kitAwareReporter),
    out: false,
    streamError: toStream(writeError),
    streamOut: toStream(io.stdout)
  }

  const [ran, context] = await runEngine(options, io)
  await processorOptions.cache?.flush()
  await pool?.close()
  // A kit that cannot be used is a configuration error, as for every command.
  const code = context && kitProblems(context.files).length > 0 ? 2 : ran
  // A run whose report is empty leaves the progress line: clear it too.
  writeError('')
  if (!values.watch || !context) return code
  const markdown = new Set(engineNames.extensions.map((extension) => '.' + extension))
  let incremental: ReturnType<typeof argmarkEngineProcessor> | undefined
  await watchFiles(context.fileSet.origins, io, async (changed) => {
    // A changed bibliography or configuration can change any file's messages.
    const drafts = changed.filter((name) => markdown.has(path.extname(name).toLowerCase()))
    // Runs after the first read each file in an editor session: only what changed is read again.
    const processor = (incremental ??= argmarkEngineProcessor({...processorOptions, cache: undefined, pool: undefined, incremental: true}))
    await runEngine({...options, processor, files: drafts.length === changed.length ? drafts : options.files}, io)
  })
  return code
}

/** Run the engine once: its exit code (2 when it failed as a whole) and context. */
function runEngine(options: EngineOptions, io: Io): Promise<[number, Context | undefined]> {
  return new Promise((resolve) => {
    const done: Callback = (error, code, context) => {
      if (error) {
        io.stderr('argmark lint: ' + firstLine(error.message) + '\n')
        resolve([1, context])
      } else {
        resolve([code ?? 0, context])
      }
    }
    engine(options, done)
  })
}

// The engine reports messages in the order rules added them; a JSON consumer
// gets them by place, like the human report.
const sortedJsonReporter: typeof reporterJson = (files, options) => {
  for (const file of Array.isArray(files) ? files : [files]) file.messages = sortMessages(file.messages)
  return reporterJson(files, options)
}

// A kit that cannot be loaded fails every file it is for the same way: say
// it once, in one line, instead of once per file.
const kitAwareReporter = (files: VFile[], options: ReporterOptions): string => {
  const problems = kitProblems(files)
  if (problems.length === 0) return reporter(files, options)
  return problems.map((reason) => 'argmark lint: ' + reason.charAt(0).toLowerCase() + reason.slice(1)).join('\n')
}

function kitProblems(files: readonly VFile[]): string[] {
  const reasons = new Set<string>()
  for (const file of files) {
    for (const message of file.messages) {
      if (message.source === 'argmark' && message.ruleId === 'invalid-kit') reasons.add(message.reason)
    }
  }
  return [...reasons]
}

function toStream(write: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      write(String(chunk))
      callback()
    }
  })
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
