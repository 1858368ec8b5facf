import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import {defaultKit} from '../kit/default-kit.js'
import {format} from '../syntax/format.js'
import {parseCommandArguments} from './arguments.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

export const formatUsage = `Usage: argmark format [--write | --check] <file…>

Print annotated drafts as canonical Markdown: \`-\` bullets, \`*\` emphasis, attributes
written one way, prose that looks like a directive (10:30) kept as written, citations
unescaped. A draft whose markup does not parse is left as it is, with a warning.

Options:
  --write                  Rewrite the files in place
  --check                  Print nothing; exit 1 when a file is not canonical (wins over --write)
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when a file cannot be read (or is not canonical, with --check),
2 on a usage error.
`

/** `argmark format`: resolves to the exit code. */
export async function formatCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'format',
    argv,
    {help: {type: 'boolean', short: 'h'}, write: {type: 'boolean'}, check: {type: 'boolean'}},
    formatUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(formatUsage)
    return 0
  }
  if (positionals.length === 0) {
    io.stderr('argmark: `format` expects at least one file\n\n' + formatUsage)
    return 2
  }

  let failed = false
  for (const name of positionals) {
    const file = await readDocument(name, io)
    if (!file) {
      failed = true
      continue
    }
    const before = String(file.value)
    const after = format(file, {kit: defaultKit})
    if (values.check) {
      if (after !== before) {
        io.stderr(file.path + ': not formatted\n')
        failed = true
      }
    } else if (values.write) {
      if (after !== before) await writeFile(path.resolve(io.cwd, name), after)
    } else {
      io.stdout(after)
    }
    if (file.messages.length > 0) io.stderr(reporter([file]) + '\n')
  }
  return failed ? 1 : 0
}
