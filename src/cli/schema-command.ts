import {defaultKit} from '../kit/default-kit.js'
import {parseCommandArguments} from './arguments.js'
import type {Io} from './io.js'

export const schemaUsage = `Usage: argmark schema

Print the JSON Schema (draft 2020-12) of the graph \`argmark export\` writes: nodes of each
kind with their attributes, relations, citations, sources and front matter.

Options:
  -h, --help               Show this help
`

/** `argmark schema`: resolves to the exit code. */
export async function schemaCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments('schema', argv, {help: {type: 'boolean', short: 'h'}}, schemaUsage, io)
  if (!parsed) return 2
  if (parsed.positionals.length > 0) {
    io.stderr('argmark schema: unexpected `' + parsed.positionals[0] + '`, expected no file\n\n' + schemaUsage)
    return 2
  }
  if (parsed.values.help) io.stdout(schemaUsage)
  else io.stdout(JSON.stringify(defaultKit.toJSONSchema(), null, 2) + '\n')
  return 0
}
