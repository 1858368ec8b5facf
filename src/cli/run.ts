import {readFileSync} from 'node:fs'
import type {Io} from './io.js'

export type {Io} from './io.js'

// The package's manifest, beside dist/ (and src/) two folders up.
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

/** One subcommand: its arguments (after the command's name) in, its exit code out. */
type Command = (argv: string[], io: Io) => Promise<number>

// Each command's module is loaded when it runs: a command pays only for the
// modules it needs (`lint --cache` on unchanged files pays little else).
const commands: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./lint-command.js')).lintCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  render: async () => (await import('./render-command.js')).renderCommand,
  export: async () => (await import('./export-command.js')).exportCommand,
  import: async () => (await import('./import-command.js')).importCommand,
  format: async () => (await import('./format-command.js')).formatCommand,
  schema: async () => (await import('./schema-command.js')).schemaCommand,
  init: async () => (await import('./init-command.js')).initCommand
}

const usage = `Usage: argmark <command> [options]

Commands:
  lint [path | glob …]     Lint drafts with the rules of .argmarkrc
  check [path | glob …]    Parse and validate drafts; print a summary and diagnostics
  render [path | glob …]   Render drafts to footnoted prose (--to markdown|html|text)
  export [path | glob …]   Write drafts' argument graphs or maps (--format json, mermaid, dot,
                           svg, aif, argdown)
  import <file>            Write a draft from an AIF (.json) or Argdown (.argdown) map
  format [path | glob …]   Print canonical annotated Markdown (--write, --check)
  schema                   Print the JSON Schema of the graph
  init                     Write a starter .argmarkrc.json and example draft

Every command that reads drafts takes files, folders and globs (honouring .argmarkignore),
\`-\` or piped standard input, --kit, --report (json, github, junit), --frail, --watch;
those that read sources take --bibliography and --csl. \`argmark <command> --help\` says more.

Options:
  -h, --help               Show this help
  -v, --version            Show the version
  --debug                  Show the stack of an unexpected failure

Exit codes: 0 when fine, 1 when a document has errors or a file cannot be read or written,
2 on a usage error or a configuration or kit that cannot be used.
`

/** Run the command line; resolves to the exit code. Never rejects. */
export async function run(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug')
  const args = argv.filter((arg) => arg !== '--debug')
  const [command, ...rest] = args

  if (command === undefined) {
    io.stderr('argmark: expected a command\n\n' + usage)
    return 2
  }
  if (command === '-h' || command === '--help') {
    io.stdout(usage)
    return 0
  }
  if (command === '-v' || command === '--version') {
    io.stdout(manifest.version + '\n')
    return 0
  }
  const handler = Object.hasOwn(commands, command) ? commands[command] : undefined
  if (!handler) {
    io.stderr(
      'argmark: unexpected ' + (command.startsWith('-') ? 'option' : 'command') + ' `' + command + '`, expected ' +
        Object.keys(commands).map((name) => '`' + name + '`').join(', ') + '\n\n' + usage
    )
    return 2
  }

  try {
    return await (await handler())(rest, {...io, debug})
  } catch (error) {
    // A failure argmark did not expect: one line, and the stack only on request.
    const exception = error as Error
    io.stderr('argmark ' + command + ': unexpected failure: ' + String(exception?.message ?? error).split('\n')[0] + '\n')
    if (debug && exception?.stack) io.stderr(exception.stack + '\n')
    else io.stderr('(run again with --debug to see where; please report it)\n')
    return 1
  }
}
