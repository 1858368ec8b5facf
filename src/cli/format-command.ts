import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {settleMessages} from '../lint/run-rules.js'
import {format, formatMessageIds} from '../verbs/format.js'
import {parseCommandArguments} from './arguments.js'
import {fileOptions, fileOptionsUsage, runFileCommand} from './files.js'
import type {Io} from './io.js'

export const formatUsage = `Usage: argmark format [--write | --check] [options] [path | glob …]

Print annotated drafts as canonical Markdown: \`-\` bullets, \`*\` emphasis, attributes
written one way, prose that looks like a directive (10:30) kept as written, citations
unescaped. A draft whose markup does not parse is left as it is, with a warning. Folders
are searched for Markdown files; \`-\` (or no path, with input piped in) reads standard input.

Options:
  --write                  Rewrite the files in place
  --check                  Write nothing; exit 1 when a file is not canonical, saying where it
                           first differs (wins over --write)
${fileOptionsUsage(false)}

Exit codes: 0 when fine, 1 when a file cannot be read or written (or is not canonical, with
--check), 2 on a usage error or a configuration or kit that cannot be used. Other messages
about the drafts (a draft left as written, markup that does not parse) are printed but do not
change the exit code, unless --frail is given: then any message, warning or error, exits 1.
`

/** `argmark format`: resolves to the exit code. */
export async function formatCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'format',
    argv,
    {...fileOptions, write: {type: 'boolean'}, check: {type: 'boolean'}},
    formatUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(formatUsage)
    return 0
  }
  const write = values.write === true && values.check !== true
  if (write && (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-'))) {
    io.stderr('argmark format: unexpected `--write` without files, expected files, folders or globs to rewrite\n')
    return 2
  }

  return runFileCommand(
    {
      name: 'format',
      usage: formatUsage,
      io,
      values,
      positionals,
      engine: {rules: false},
      noPath: 'usage',
      writesDocument: !write && values.check !== true,
      // Without --frail the drafts' messages are reported only; with it any of them fails the run.
      messagesFail: values.frail === true,
      quiet: true
    },
    async ({files, written}) => {
      let code = 0
      for (const file of files) {
        const before = String(file.value)
        // Formatted as `format` formats; only its own messages are kept, the
        // reading messages are on the file already.
        const copy = new VFile({path: file.path, value: before})
        const after = format(copy, {kit: file.data.argmarkKit, check: values.check === true})
        const start = file.messages.length
        for (const message of copy.messages) if (formatMessageIds.has(message.ruleId ?? '')) file.messages.push(message)
        // The configuration's severities apply to format's own messages as to render's and export's.
        settleMessages(file, file.data.argmarkSettings, 'core', start)
        // An error of format's own fails the run: `not-formatted` (an error unless the configuration says otherwise), or `format-skipped` set to `error`.
        if (file.messages.slice(start).some((message) => message.fatal === true)) code = 1
        if (values.check) continue
        if (write) {
          if (after === before) continue
          const target = path.resolve(io.cwd, file.path)
          try {
            await writeFile(target, after)
            written.add(target)
          } catch (error) {
            io.stderr('argmark format: cannot write `' + file.path + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '\n')
            code = 1
          }
        } else {
          io.stdout(after)
        }
      }
      return code
    }
  )
}
