import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {parseCommandArguments} from './arguments.js'
import {fileOptions, fileOptionsUsage, runFileCommand, sourceOptions} from './files.js'
import type {Io} from './io.js'
import {summarize} from './summary.js'

export const checkUsage = `Usage: argmark check [options] [path | glob …]

Parse and validate annotated drafts against their sources (the front matter's bibliography,
read relative to each draft, or --bibliography) with the \`core\` rules: print a summary of
what argmark read to stdout and every message to stderr. The kit and rule settings come from
the nearest .argmarkrc (or the \`argmark\` field of package.json). Folders are searched for
Markdown files; .argmarkignore is honoured; \`-\` (or no path, with input piped in) reads
standard input. For reviewers' rules, use \`argmark lint\`.

Options:
${fileOptionsUsage(true)}

Exit codes: 0 when fine, 1 when a draft (or its bibliography) has an error or cannot be
read, 2 on a usage error or a configuration or kit that cannot be used.
`

/** `argmark check`: resolves to the exit code. */
export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments('check', argv, {...fileOptions, ...sourceOptions}, checkUsage, io)
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(checkUsage)
    return 0
  }
  return runFileCommand(
    {name: 'check', usage: checkUsage, io, values, positionals, engine: {lint: {preset: 'core'}}, noPath: 'usage', writesDocument: false},
    async ({files}) => {
      for (const file of files) {
        const graph = file.data.argmarkGraph as ArgumentGraph<BaseNode> | undefined
        if (!graph) continue
        io.stdout([file.path || '<stdin>', ...summarize(graph).map((line) => '  ' + line)].join('\n') + '\n\n')
      }
      return 0
    }
  )
}
