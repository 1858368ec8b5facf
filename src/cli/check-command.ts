import {reporter} from 'vfile-reporter'
import {parseCommandArguments} from './arguments.js'
import {checkDocument, kitOption, withKit} from './document.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'
import {summarize} from './summary.js'

export const checkUsage = `Usage: argmark check <file…>

Parse and validate annotated drafts against their bibliographies (read relative to each
draft) with the \`core\` rules: print a summary of what argmark read to stdout and every
message to stderr. The kit and rule settings come from the nearest .argmarkrc (or the
\`argmark\` field of package.json). For reviewers' rules and folders, use \`argmark lint\`.

Options:
  --kit <module>           Read with this kit (a module path, relative to the working folder)
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when a draft (or its bibliography) has an error or cannot be
read, 2 on a usage error or a kit that cannot be loaded.
`

/** `argmark check`: resolves to the exit code. */
export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments('check', argv, {help: {type: 'boolean', short: 'h'}, kit: {type: 'string'}}, checkUsage, io)
  if (!parsed) return 2
  if (parsed.values.help) {
    io.stdout(checkUsage)
    return 0
  }
  if (parsed.positionals.length === 0) {
    io.stderr('argmark: `check` expects at least one file\n\n' + checkUsage)
    return 2
  }

  const context = {io, kit: kitOption(parsed.values.kit, io), config: {cwd: io.cwd}}
  let failed = false
  const results = []
  for (const name of parsed.positionals) {
    const file = await readDocument(name, io)
    if (!file) {
      failed = true
      continue
    }
    const checked = await withKit('check', file, context, (kit, settings) => checkDocument(file, kit, settings))
    if (!checked) return 2
    const {graph, bibliographies} = checked
    io.stdout([file.path, ...summarize(graph).map((line) => '  ' + line)].join('\n') + '\n\n')
    for (const each of [file, ...bibliographies]) {
      if (each.messages.some((message) => message.fatal)) failed = true
      results.push(each)
    }
  }
  const report = reporter(results, {quiet: false})
  if (report) io.stderr(report + '\n')
  return failed ? 1 : 0
}
