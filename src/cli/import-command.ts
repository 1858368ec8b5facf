import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import {importAif} from '../export/import-aif.js'
import {importArgdown} from '../export/import-argdown.js'
import {parseCommandArguments} from './arguments.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

export const importUsage = `Usage: argmark import <file> [--from aif|argdown] [-o <draft.md>]

Write annotated Markdown from an argument map made with another tool: an AIF graph in
AIFdb or OVA JSON (.json), or an Argdown document (.argdown, .ad). Statements become
nodes, relations become relation attributes. Messages (what could not be carried over) go
to stderr.

Options:
  --from <format>          aif or argdown (default: from the file's extension)
  -o, --output <path>      Write to this file instead of stdout
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when the file cannot be read or is not a map, 2 on a usage error.
`

/** \`argmark import\`: a draft from an AIF or Argdown map; resolves to the exit code. */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'import',
    argv,
    {
      help: {type: 'boolean', short: 'h'},
      from: {type: 'string'},
      output: {type: 'string', short: 'o'}
    },
    importUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(importUsage)
    return 0
  }
  if (positionals.length !== 1) {
    io.stderr('argmark import: expected one file\n\n' + importUsage)
    return 2
  }
  const name = positionals[0]!
  const extension = path.extname(name).toLowerCase()
  const from = values.from ?? (extension === '.json' ? 'aif' : extension === '.argdown' || extension === '.ad' ? 'argdown' : undefined)
  if (from !== 'aif' && from !== 'argdown') {
    io.stderr('argmark import: unexpected ' + (values.from ? 'format `' + values.from + '`' : 'extension `' + extension + '`') + ', expected `--from aif` or `--from argdown` (or a .json, .argdown or .ad file)\n')
    return 2
  }

  const file = await readDocument(name, io, 'import')
  if (!file) return 1
  const {markdown} = from === 'aif' ? importAif(file) : await importArgdown(file)
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), markdown)
  else io.stdout(markdown)
  if (file.messages.length > 0) io.stderr(reporter([file]) + '\n')
  return file.messages.some((message) => message.fatal) ? 1 : 0
}
