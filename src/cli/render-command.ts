import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import type {ArgumentGraph} from '../kit/graph.js'
import {settleMessages} from '../lint/run-rules.js'
import type {NotesOptions, RenderFormat} from '../render/render.js'
import {renderDocument, renderers} from '../render/render.js'
import {parseCommandArguments} from './arguments.js'
import {fileOptions, fileOptionsUsage, runFileCommand, sourceOptions} from './files.js'
import type {Io} from './io.js'
import type {Output} from './outputs.js'
import {writeOutputs} from './outputs.js'
import {folderLocales, systemLocalesFolder} from './locales.js'
import {readStyle} from './style.js'
import {isInside} from './sources.js'

export const renderUsage = `Usage: argmark render [options] [path | glob …]

Render annotated drafts to footnoted prose: annotations removed, citations formatted by a
CSL style. Sources come from the draft's front matter (\`bibliography:\`, \`references:\`), the
style from \`csl:\`, both relative to the draft, or from --bibliography and --csl. One draft
is written to standard output (or -o <file>); several need -o <folder>. \`-\` (or no path,
with input piped in) reads standard input.

Options:
  --to <format>            markdown (default), html or text
  -o, --output <path>      Write to this file, or into this folder (one file per draft, named
                           after it, in the drafts' own subfolders)
  --locale <locale.xml>    CSL locale for every language (default: the document's \`lang\`, else
                           the style's default-locale, from --locales; else en-US)
  --locales <folder>       CSL locales (locales-<lang>.xml) by language (default: Debian's
                           /usr/share/citation-style-language/locales when present)
  --append-bibliography    Append a list of the cited sources
  -s, --standalone         A whole document: the front matter's title, author and date first;
                           HTML as a full page with <title> and lang, the abstract after the title
  -M, --metadata <k=v>     Set a front matter field for this render, as pandoc's -M (repeatable;
                           the value read as YAML: -M link-citations=true; no value: true)
  --no-smart               Keep straight quotes, -- and ... (default: smart punctuation, as pandoc)
  --data-attributes        HTML: keep data-argmark-kind and data-argmark-id on annotated text
${fileOptionsUsage(true)}

Exit codes: 0 when fine, 1 when a draft (or its bibliography) has an error or a file cannot
be read or written, 2 on a usage error or a configuration or kit that cannot be used.
`

const formats = Object.keys(renderers)

/** `-M key=value` fields, as pandoc reads them: the value as YAML, a key alone `true`. */
export function commandMetadata(fields: readonly string[] | undefined): Record<string, unknown> | undefined {
  if (!fields || fields.length === 0) return undefined
  const meta: Record<string, unknown> = {}
  for (const field of fields) {
    const at = field.search(/[=:]/u)
    if (at === -1) {
      meta[field] = true
      continue
    }
    const value = field.slice(at + 1)
    let parsed: unknown
    try {
      parsed = parseYaml(value)
    } catch {
      parsed = value
    }
    meta[field.slice(0, at)] = parsed ?? ''
  }
  return meta
}
const extensions: Record<RenderFormat, string> = {markdown: '.md', html: '.html', text: '.txt'}

/** `argmark render`: resolves to the exit code (0 fine, 1 errors in a draft, 2 usage). */
export async function renderCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'render',
    argv,
    {
      ...fileOptions,
      ...sourceOptions,
      to: {type: 'string'},
      locale: {type: 'string'},
      locales: {type: 'string'},
      'append-bibliography': {type: 'boolean'},
      standalone: {type: 'boolean', short: 's'},
      smart: {type: 'boolean'},
      'data-attributes': {type: 'boolean'},
      metadata: {type: 'string', short: 'M', multiple: true},
      output: {type: 'string', short: 'o'}
    },
    renderUsage,
    io
  )
  if (!parsed) return 2
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(renderUsage)
    return 0
  }
  const to = (values.to ?? 'markdown') as RenderFormat
  if (!formats.includes(to)) {
    io.stderr('argmark render: unexpected `--to ' + to + '`, expected `markdown`, `html` or `text`\n\n' + renderUsage)
    return 2
  }

  return runFileCommand(
    {
      name: 'render',
      usage: renderUsage,
      io,
      values,
      positionals,
      engine: {lint: {preset: 'core'}},
      noPath: 'usage',
      writesDocument: values.output === undefined,
      output: values.output,
      keepTree: true,
      quiet: true
    },
    async ({files, style, written}) => {
      let locale: string | undefined
      if (values.locale !== undefined) {
        const read = await readStyle(path.resolve(io.cwd, values.locale), values.locale, 'locale')
        if ('problem' in read) {
          io.stderr('argmark render: ' + read.problem + '\n')
          return 1
        }
        locale = read.text
      }
      const locales = folderLocales(values.locales === undefined ? systemLocalesFolder : path.resolve(io.cwd, values.locales))
      if (values.locales !== undefined && locales === undefined) {
        io.stderr('argmark render: unexpected `--locales ' + values.locales + '`, expected a folder of CSL locales\n')
        return 1
      }
      let code = 0
      const outputs: Output[] = []
      const metadata = commandMetadata(values.metadata)
      for (const file of files) {
        const read = file.data.argmarkGraph as ArgumentGraph | undefined
        // `-M` fields override the front matter's, as pandoc's do.
        const graph = read && metadata ? {...read, meta: {...read.meta, ...metadata}} : read
        const tree = file.data.argmarkTree
        if (!graph || !tree) continue
        // A bibliography that cannot be read fails the draft, as it fails pandoc:
        // nothing is written for it (the message says which), and the exit code is 1.
        if ((file.data.argmarkUnreadBibliographies ?? []).length > 0) {
          code = 1
          continue
        }
        const options: {-readonly [K in keyof NotesOptions]: NotesOptions[K]} = {
          bibliography: values['append-bibliography'] === true,
          standalone: values.standalone === true,
          dataAttributes: values['data-attributes'] === true,
          style,
          locale,
          locales
        }
        if (values.smart === false) options.smart = false
        // pandoc's way: the front matter's `csl` is relative to the draft.
        if (style === undefined && typeof graph.meta['csl'] === 'string') {
          const directory = file.path ? path.dirname(path.resolve(io.cwd, file.path)) : io.cwd
          const absolute = path.resolve(directory, graph.meta['csl'])
          // A draft may not name a style outside the project folder unless the user allows it.
          const own =
            (values as {'allow-outside'?: boolean})['allow-outside'] === true || isInside(io.cwd, absolute)
              ? await readStyle(absolute, graph.meta['csl'])
              : {problem: 'style `' + graph.meta['csl'] + '` is outside the project folder `' + path.resolve(io.cwd) + '`; pass `--allow-outside` to read it'}
          if ('problem' in own) {
            io.stderr('argmark render: ' + own.problem + ' (the `csl` of `' + (file.path || '<stdin>') + '`)\n')
            code = 1
            continue
          }
          options.style = own.text
        }
        const start = file.messages.length
        outputs.push({file, text: renderDocument({graph, tree, file}, to, options), extension: extensions[to]})
        settleMessages(file, file.data.argmarkSettings, 'core', start)
      }
      const result = await writeOutputs('render', outputs, values.output, io, false)
      for (const each of result.written) written.add(each)
      return Math.max(code, result.code)
    }
  )
}
