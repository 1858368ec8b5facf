import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {importAif} from '../export/import-aif.js'
import {importArgdown} from '../export/import-argdown.js'
import {parseCommandArguments} from './arguments.js'
import {kitOption, withKit} from './document.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

export const importUsage = `Usage: argmark import <file> [--from aif|argdown] [-o <draft.md>] [--kit <module>]

Write annotated Markdown from an argument map made with another tool: an AIF graph in
AIFdb or OVA JSON (.json), or an Argdown document (.argdown, .ad). Statements become
nodes, relations become relation attributes; the kinds, attributes and relation types
argmark wrote into the map (\`argmark export\`) come back when the kit has them. The kit
is read as \`check\` reads it: --kit, else the \`kit\` of the .argmarkrc nearest the
output file (-o), else the one nearest the map. Messages (what could not be carried over,
at its line and column) go to stderr.

Options:
  --from <format>          aif or argdown (default: from the file's extension)
  -o, --output <path>      Write to this file instead of stdout
  --kit <module>           Read with this kit (default: the \`kit\` of .argmarkrc, else argmark's)
  --rc-path <path>         Use this configuration file instead of searching for one
  --no-config              Do not search for configuration files
  --allow-outside          Load a kit a configuration names outside the working folder
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when the file cannot be read or is not a map, 2 on a usage error
or a configuration or kit that cannot be used.
`

/** \`argmark import\`: a draft from an AIF or Argdown map; resolves to the exit code. */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'import',
    argv,
    {
      help: {type: 'boolean', short: 'h'},
      from: {type: 'string'},
      output: {type: 'string', short: 'o'},
      kit: {type: 'string'},
      'rc-path': {type: 'string'},
      config: {type: 'boolean', default: true},
      'allow-outside': {type: 'boolean'}
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
  // The kit of the draft: the configuration that applies where it is written, else where the map is.
  const context = {
    io,
    kit: kitOption(values.kit, io),
    config: {cwd: io.cwd, rcPath: values['rc-path'], detectConfig: values.config},
    allowOutside: values['allow-outside']
  }
  const here = new VFile({path: path.resolve(io.cwd, values.output ?? name), cwd: io.cwd})
  const result = await withKit('import', here, context, async (kit) => (from === 'aif' ? importAif(file, {kit}) : await importArgdown(file, {kit})))
  if (!result) return 2
  const {markdown} = result
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), markdown)
  else io.stdout(markdown)
  if (file.messages.length > 0) io.stderr(reporter([file]) + '\n')
  return file.messages.some((message) => message.fatal) ? 1 : 0
}
