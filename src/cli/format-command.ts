import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import {format} from '../verbs/format.js'
import {parseCommandArguments} from './arguments.js'
import {kitOption, withKit} from './document.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

export const formatUsage = `Usage: argmark format [--write | --check] <file…>

Print annotated drafts as canonical Markdown: \`-\` bullets, \`*\` emphasis, attributes
written one way, prose that looks like a directive (10:30) kept as written, citations
unescaped. A draft whose markup does not parse is left as it is, with a warning.

Options:
  --write                  Rewrite the files in place
  --check                  Print nothing; exit 1 when a file is not canonical (wins over --write)
  --kit <module>           Read with this kit (default: the \`kit\` of .argmarkrc, else argmark's)
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when a file cannot be read (or is not canonical, with --check),
2 on a usage error or a kit that cannot be loaded.
`

/** `argmark format`: resolves to the exit code. */
export async function formatCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'format',
    argv,
    {help: {type: 'boolean', short: 'h'}, write: {type: 'boolean'}, check: {type: 'boolean'}, kit: {type: 'string'}},
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

  const context = {io, kit: kitOption(values.kit, io), config: {cwd: io.cwd}}
  let failed = false
  for (const name of positionals) {
    const file = await readDocument(name, io)
    if (!file) {
      failed = true
      continue
    }
    const before = String(file.value)
    const after = await withKit('format', file, context, async (kit) => format(file, {kit}))
    if (after === undefined) return 2
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
