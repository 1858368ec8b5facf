import {availableParallelism} from 'node:os'
import type {PresetName, RulesConfig} from '../lint/config.js'
import {parseCommandArguments} from './arguments.js'
import {cacheDirectory, createLintCache} from './cache.js'
import {lintTask} from './engine.js'
import {fileOptions, fileOptionsUsage, runFileCommand, sourceOptions} from './files.js'
import type {Io} from './io.js'
import {createLintPool} from './lint-pool.js'

export const lintUsage = `Usage: argmark lint [options] [path | glob …]

Lint annotated drafts: parse and check them, and run the lint rules of the preset and
settings in the nearest .argmarkrc (.json, .yml, .yaml, .js, .cjs, .mjs) or the \`argmark\`
field of package.json. Folders are searched for Markdown files; .argmarkignore is honoured.
\`-\` lints standard input; with no path, lints what is piped in, else the current folder.

Options:
  --preset <name>          Start from \`recommended\` (default), \`strict\` or \`core\` (what check runs)
  --rule <id=severity>     Set a rule: off, warn or error (repeatable), e.g. --rule unused-source=off
  --cache                  Keep each file's messages in node_modules/.cache/argmark and reuse them
                           while the file, its settings, kit and bibliographies are unchanged;
                           print a whole run's report again while nothing it read has changed
  --jobs <n>               Lint on n threads (default: one per core, once files queue up)
${fileOptionsUsage(true)}

Exit codes: 0 when fine, 1 when a file has an error (or a warning, with --frail) or cannot be
read, 2 on a usage error or a configuration or kit that cannot be used.
`

const severities = new Set(['off', 'warn', 'error', 'on', '0', '1', '2'])

/** `argmark lint`: unified-engine over files, globs or standard input; resolves to the exit code. */
export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'lint',
    argv,
    {...fileOptions, ...sourceOptions, preset: {type: 'string'}, rule: {type: 'string', multiple: true}, cache: {type: 'boolean'}, jobs: {type: 'string'}},
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
  const rules: Record<string, string> = {}
  for (const setting of values.rule ?? []) {
    const [id, severity] = setting.split('=')
    if (!id || !severity || !severities.has(severity)) {
      io.stderr('argmark lint: unexpected `--rule ' + setting + '`, expected `<rule-id>=off|warn|error`\n')
      return 2
    }
    rules[id] = severity
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    io.stderr('argmark lint: unexpected `--jobs ' + values.jobs + '`, expected a whole number of threads, 1 or more\n')
    return 2
  }
  const threads = jobs ?? availableParallelism()

  return runFileCommand(
    {
      name: 'lint',
      usage: lintUsage,
      io,
      values,
      positionals,
      engine: {
        lint: {
          ...(values.preset ? {preset: values.preset as PresetName} : {}),
          ...(Object.keys(rules).length > 0 ? {rules: rules as RulesConfig} : {})
        },
        cache: values.cache ? createLintCache(cacheDirectory(io.cwd)) : undefined,
        // Threads for a run over many files: `--jobs` starts them at once,
        // else once files queue up (not for `--watch`'s runs after the first,
        // which re-read only what changed, in editor sessions).
        pool:
          threads > 1
            ? createLintPool({size: jobs === undefined ? threads : threads - 1, waiting: jobs === undefined ? 4 : 1, inline: lintTask})
            : undefined
      },
      noPath: 'folder',
      writesDocument: false,
      sessions: true
    },
    async () => 0
  )
}
