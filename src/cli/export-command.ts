import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import type {GraphFormat} from '../export/export-graph.js'
import {exportGraph, graphFormats} from '../export/export-graph.js'
import {parseCommandArguments} from './arguments.js'
import {checkDocument, kitOption, withKit} from './document.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

const formats = Object.keys(graphFormats)

export const exportUsage = `Usage: argmark export <file> [--format json] [-o <out>]

Write the argument graph of an annotated draft: its nodes, relations, citations (with the
node or sentence each backs) and sources (the draft's bibliography, read relative to it, as
CSL-JSON). Messages go to stderr; the graph is written even when the draft has errors.

Options:
  -f, --format <name>      ${formats.join(', ')} (default: json)
  --kit <module>           Read with this kit (default: the \`kit\` of .argmarkrc, else argmark's)
  -o, --output <path>      Write to this file instead of stdout
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when the draft has errors or cannot be read, 2 on a usage error or a
kit that cannot be loaded.
`

/** `argmark export`: the graph of one draft; resolves to the exit code. */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'export',
    argv,
    {
      help: {type: 'boolean', short: 'h'},
      format: {type: 'string', short: 'f', default: 'json'},
      output: {type: 'string', short: 'o'},
      kit: {type: 'string'}
    },
    exportUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(exportUsage)
    return 0
  }
  if (!formats.includes(values.format)) {
    io.stderr('argmark export: unexpected format `' + values.format + '`, expected ' + formats.map((name) => '`' + name + '`').join(', ') + '\n')
    return 2
  }
  if (positionals.length !== 1) {
    io.stderr('argmark export: expected one file\n\n' + exportUsage)
    return 2
  }

  const file = await readDocument(positionals[0]!, io, 'export')
  if (!file) return 1
  const context = {io, kit: kitOption(values.kit, io), config: {cwd: io.cwd}}
  const checked = await withKit('export', file, context, (kit, settings) => checkDocument(file, kit, settings))
  if (!checked) return 2
  const {graph, bibliographies} = checked

  const text = exportGraph(graph, values.format as GraphFormat)
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text)
  else io.stdout(text)

  const files = [file, ...bibliographies].filter((checked) => checked.messages.length > 0)
  if (files.length > 0) io.stderr(reporter(files) + '\n')
  return files.some((checked) => checked.messages.some((message) => message.fatal)) ? 1 : 0
}
