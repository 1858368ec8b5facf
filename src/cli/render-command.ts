import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import type {NotesOptions, RenderFormat} from '../render/render.js'
import {renderDocument, renderers} from '../render/render.js'
import {parseCommandArguments} from './arguments.js'
import {checkDocument, kitOption, withKit} from './document.js'
import type {Io} from './io.js'
import {readDocument} from './read-document.js'

export const renderUsage = `Usage: argmark render <file> [options]

Render an annotated draft to footnoted prose: annotations removed, citations
formatted by a CSL style. Sources come from the draft's front matter
(\`bibliography:\`, \`references:\`), the style from \`csl:\`, both relative to the draft.

Options:
  --to <format>            markdown (default), html or text
  --csl <style.csl>        CSL style (default: the style in the front matter, or argmark's notes style)
  --locale <locale.xml>    CSL locale (default: en-US)
  --bibliography           Append a list of the cited sources
  -s, --standalone         A whole document: the front matter's title, author and date first;
                           HTML as a full page with <title> and lang
  --no-smart               Keep straight quotes, -- and ... (default: smart punctuation, as pandoc)
  --data-attributes        HTML: keep data-argmark-kind and data-argmark-id on annotated text
  --kit <module>           Read with this kit (default: the \`kit\` of .argmarkrc, else argmark's)
  -o, --output <file>      Write to a file instead of standard output
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when the draft (or its bibliography) has an error or cannot be
read, 2 on a usage error or a kit that cannot be loaded.
`

const formats = Object.keys(renderers)

/** `argmark render`: resolves to the exit code (0 fine, 1 errors in the draft, 2 usage). */
export async function renderCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'render',
    argv,
    {
      to: {type: 'string'},
      csl: {type: 'string'},
      locale: {type: 'string'},
      bibliography: {type: 'boolean'},
      standalone: {type: 'boolean', short: 's'},
      'no-smart': {type: 'boolean'},
      'data-attributes': {type: 'boolean'},
      output: {type: 'string', short: 'o'},
      kit: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
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
  const to = values.to ?? 'markdown'
  if (!formats.includes(to)) {
    io.stderr('argmark render: unexpected `--to ' + to + '`, expected `markdown`, `html` or `text`\n\n' + renderUsage)
    return 2
  }
  if (positionals.length !== 1) {
    io.stderr('argmark render: expected one file\n\n' + renderUsage)
    return 2
  }
  const name = positionals[0] as string

  const file = await readDocument(name, io, 'render')
  if (!file) return 1
  const context = {io, kit: kitOption(values.kit, io), config: {cwd: io.cwd}}
  const document = await withKit('render', file, context, (kit, settings) => checkDocument(file, kit, settings))
  if (!document) return 2
  const meta = document.graph.meta
  const directory = path.dirname(path.resolve(io.cwd, name))

  const options: {-readonly [K in keyof NotesOptions]: NotesOptions[K]} = {
    bibliography: values.bibliography === true,
    standalone: values.standalone === true,
    dataAttributes: values['data-attributes'] === true
  }
  if (values['no-smart'] === true) options.smart = false
  // pandoc's way: paths in the front matter are relative to the draft.
  const styleFromMeta = typeof meta['csl'] === 'string' ? path.resolve(directory, meta['csl']) : undefined
  const style = values.csl ? path.resolve(io.cwd, values.csl) : styleFromMeta
  if (style) {
    options.style = await readText(style, values.csl ?? String(meta['csl']), io)
    if (options.style === undefined) return 1
  }
  if (values.locale) {
    options.locale = await readText(path.resolve(io.cwd, values.locale), values.locale, io)
    if (options.locale === undefined) return 1
  }

  const output = renderDocument(document, to as RenderFormat, options)
  if (values.output) {
    try {
      const target = path.resolve(io.cwd, values.output)
      await mkdir(path.dirname(target), {recursive: true})
      await writeFile(target, output)
    } catch (error) {
      io.stderr('argmark render: cannot write `' + values.output + '`: ' + errorCode(error) + '\n')
      return 1
    }
  } else {
    io.stdout(output)
  }

  const files = [file, ...document.bibliographies.filter((bibliography) => bibliography.messages.length > 0)]
  const report = reporter(files, {quiet: true})
  if (report) io.stderr(report + '\n')
  return files.some((each) => each.messages.some((message) => message.fatal)) ? 1 : 0
}

async function readText(absolute: string, name: string, io: Io): Promise<string | undefined> {
  try {
    return await readFile(absolute, 'utf8')
  } catch (error) {
    io.stderr('argmark render: cannot read `' + name + '`: ' + errorCode(error) + '\n')
    return undefined
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error)
}
