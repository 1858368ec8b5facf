import type {GraphFormat} from '../export/export-graph.js'
import {exportGraph, graphFormats} from '../export/export-graph.js'
import {reportExportLosses} from '../export/losses.js'
import type {MapDirection} from '../export/options.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {settleMessages} from '../lint/run-rules.js'
import {reportInternalError} from '../util/report.js'
import {parseCommandArguments} from './arguments.js'
import {fileOptions, fileOptionsUsage, runFileCommand, sourceOptions} from './files.js'
import type {Io} from './io.js'
import type {Output} from './outputs.js'
import {writeOutputs} from './outputs.js'

const formats = Object.keys(graphFormats)

const directions = ['TB', 'BT', 'LR', 'RL']

/** The extension of a file of each format, for `-o <folder>`. */
export const formatExtensions: Readonly<Record<GraphFormat, string>> = {
  json: '.json',
  mermaid: '.mmd',
  dot: '.dot',
  svg: '.svg',
  aif: '.aif.json',
  argdown: '.argdown'
}

export const exportUsage = `Usage: argmark export [options] [path | glob …]

Write the argument graph of annotated drafts: as JSON (its nodes, relations, citations
with the node or sentence each backs, and sources, the draft's bibliography as CSL-JSON),
as a map (Mermaid, DOT, SVG) or for other argument tools (AIF JSON, Argdown). Messages go
to stderr; the graph is written even when the draft has errors. One draft is written to
standard output (or -o <file>); several need -o <folder>. \`-\` (or no path, with input
piped in) reads standard input.

Options:
  -f, --format <name>      ${formats.join(', ')} (default: json)
  -o, --output <path>      Write to this file, or into this folder (one file per draft, named
                           after it: .json, .mmd, .dot, .svg, .aif.json, .argdown)
  --wrap <n>               Maps: wrap node texts at n characters (default: 40)
  --max-length <n>         Maps: shorten node texts to n characters
  --direction <d>          Maps: ${directions.join(', ')} (default: BT, conclusions on top)
${fileOptionsUsage(true)}

Exit codes: 0 when fine, 1 when a draft has errors or a file cannot be read or written, 2 on
a usage error or a configuration or kit that cannot be used.
`

/** `argmark export`: the graphs of drafts; resolves to the exit code. */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'export',
    argv,
    {
      ...fileOptions,
      ...sourceOptions,
      format: {type: 'string', short: 'f', default: 'json'},
      output: {type: 'string', short: 'o'},
      wrap: {type: 'string'},
      'max-length': {type: 'string'},
      direction: {type: 'string'}
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
  const format = values.format as GraphFormat
  const wrap = positiveInteger(values.wrap, '--wrap', io)
  const maxLength = positiveInteger(values['max-length'], '--max-length', io)
  if (wrap === null || maxLength === null) return 2
  if (values.direction !== undefined && !directions.includes(values.direction)) {
    io.stderr('argmark export: unexpected direction `' + values.direction + '`, expected ' + directions.map((name) => '`' + name + '`').join(', ') + '\n')
    return 2
  }

  return runFileCommand(
    {
      name: 'export',
      usage: exportUsage,
      io,
      values,
      positionals,
      engine: {lint: {preset: 'core'}},
      noPath: 'usage',
      writesDocument: values.output === undefined,
      output: values.output,
      quiet: true
    },
    async ({files, written}) => {
      const outputs: Output[] = []
      for (const file of files) {
        const graph = file.data.argmarkGraph as ArgumentGraph | undefined
        if (!graph) continue
        let text = ''
        try {
          text = await exportGraph(graph, format, {kit: file.data.argmarkKit, wrap, maxLength, direction: values.direction as MapDirection | undefined})
        } catch (error) {
          reportInternalError(file, 'formatting', error, 'a graph that exports')
        }
        const start = file.messages.length
        reportExportLosses(file, graph, format)
        settleMessages(file, file.data.argmarkSettings, 'core', start)
        outputs.push({file, text, extension: formatExtensions[format]})
      }
      const result = await writeOutputs('export', outputs, values.output, io, false)
      for (const each of result.written) written.add(each)
      return result.code
    }
  )
}

// An option's whole-number value; `null` (after saying why) when it is not one.
function positiveInteger(value: string | undefined, option: string, io: Io): number | undefined | null {
  if (value === undefined) return undefined
  const number = Number(value)
  if (Number.isInteger(number) && number > 0) return number
  io.stderr('argmark export: unexpected `' + option + ' ' + value + '`, expected a whole number above 0\n')
  return null
}
