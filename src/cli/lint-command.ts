import type {PresetName, RulesConfig} from '../lint/config.js'
import {parseCommandArguments} from './arguments.js'
import {fileOptions, fileOptionsUsage, runFileCommand, sourceOptions} from './files.js'
import type {Io} from './io.js'

export const lintUsage = `Usage: argmark lint [options] [path | glob …]

Lint annotated drafts: parse and check them, and run the lint rules of the preset and
settings in the nearest .argmarkrc (.json, .yml, .yaml, .js, .cjs, .mjs) or the \`argmark\`
field of package.json. Folders are searched for Markdown files; .argmarkignore is honoured.
\`-\` lints standard input; with no path, lints what is piped in, else the current folder.

Options:
  --preset <name>          Start from \`recommended\` (default), \`strict\` or \`core\` (what check runs)
  --rule <id=severity>     Set a rule: off, warn or error (repeatable), e.g. --rule unused-source=off
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
    {...fileOptions, ...sourceOptions, preset: {type: 'string'}, rule: {type: 'string', multiple: true}},
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
        }
      },
      noPath: 'folder',
      writesDocument: false
    },
    async () => 0
  )
}
