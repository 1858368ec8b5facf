import path from 'node:path'
import {VFile} from 'vfile'
import {parseCommandArguments} from './arguments.js'
import {kitOption, withKit} from './document.js'
import type {Io} from './io.js'

export const schemaUsage = `Usage: argmark schema [--kit <module>]

Print the JSON Schema (draft 2020-12) of the graph \`argmark export\` writes: nodes of each
kind with their attributes, relations, citations, sources and front matter, for the kit of
the .argmarkrc in the working folder (or argmark's).

Options:
  --kit <module>           Describe this kit's graphs (a module path, relative to the working folder)
  -h, --help               Show this help

Exit codes: 0 when fine, 2 on a usage error or a kit that cannot be loaded.
`

/** `argmark schema`: resolves to the exit code. */
export async function schemaCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments('schema', argv, {help: {type: 'boolean', short: 'h'}, kit: {type: 'string'}}, schemaUsage, io)
  if (!parsed) return 2
  if (parsed.positionals.length > 0) {
    io.stderr('argmark schema: unexpected `' + parsed.positionals[0] + '`, expected no file\n\n' + schemaUsage)
    return 2
  }
  if (parsed.values.help) {
    io.stdout(schemaUsage)
    return 0
  }
  // The configuration that applies in the working folder, as for a draft there.
  const here = new VFile({path: path.join(io.cwd, 'schema.md'), cwd: io.cwd})
  const context = {io, kit: kitOption(parsed.values.kit, io), config: {cwd: io.cwd}}
  const schema = await withKit('schema', here, context, async (kit) => kit.toJSONSchema())
  if (!schema) return 2
  io.stdout(JSON.stringify(schema, null, 2) + '\n')
  return 0
}
