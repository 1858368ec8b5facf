import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {checkGraph} from '../check/check-graph.js'
import {sortMessages} from '../check/check.js'
import {parse} from '../extract/parse.js'
import {defaultKit} from '../kit/default-kit.js'
import {format} from '../syntax/format.js'
import manifest from '../../package.json' with {type: 'json'}
import {loadDocumentSources} from './sources.js'
import {summarize} from './summary.js'

/** Where the command writes; tests pass their own. */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
}

const usage = `Usage: argmark <command> [options]

Commands:
  check <file…>            Parse and validate annotated drafts; print a summary and diagnostics
  format <file…>           Print canonical annotated Markdown (--write: rewrite the files,
                           --check: exit 1 when a file is not canonical)
  schema                   Print the JSON Schema of a graph document

Options:
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 when fine, 1 when a document has errors (or is not canonical with
--check), 2 on a usage error.
`

/** Run the command line; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        write: {type: 'boolean'},
        check: {type: 'boolean'}
      }
    })
  } catch (error) {
    io.stderr('argmark: ' + (error as Error).message + '\n\n' + usage)
    return 2
  }

  const {values, positionals} = parsed
  const [command, ...files] = positionals
  if (values.version) {
    io.stdout(manifest.version + '\n')
    return 0
  }
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  if (command === undefined) {
    io.stderr('argmark: expected a command\n\n' + usage)
    return 2
  }
  if (command !== 'format' && (values.write || values.check)) {
    io.stderr('argmark: unexpected `--' + (values.write ? 'write' : 'check') + '` for `' + command + '`, expected it with `format`\n\n' + usage)
    return 2
  }

  switch (command) {
    case 'check': {
      return files.length === 0 ? missingFiles(command, io) : checkFiles(files, io)
    }
    case 'format': {
      return files.length === 0
        ? missingFiles(command, io)
        : formatFiles(files, io, {write: values.write === true, check: values.check === true})
    }
    case 'schema': {
      io.stdout(JSON.stringify(defaultKit.toJSONSchema(), null, 2) + '\n')
      return 0
    }
    default: {
      io.stderr('argmark: unexpected command `' + command + '`, expected `check`, `format` or `schema`\n\n' + usage)
      return 2
    }
  }
}

async function checkFiles(files: string[], io: Io): Promise<number> {
  let failed = false
  const results = []
  for (const name of files) {
    const file = await readDocument(name, io)
    if (!file) {
      failed = true
      continue
    }
    const {graph} = parse(file, {kit: defaultKit})
    const sources = await loadDocumentSources(file, graph.meta)
    graph.sources = sources.items
    checkGraph(graph, file, defaultKit, {sourcesLoaded: true})
    file.messages = sortMessages(file.messages)
    io.stdout([file.path, ...summarize(graph).map((line) => '  ' + line)].join('\n') + '\n\n')
    for (const checked of [file, ...sources.files]) {
      if (checked.messages.some((message) => message.fatal)) failed = true
      results.push(checked)
    }
  }
  const report = reporter(results, {quiet: false})
  if (report) io.stderr(report + '\n')
  return failed ? 1 : 0
}

async function formatFiles(
  files: string[],
  io: Io,
  mode: {write: boolean; check: boolean}
): Promise<number> {
  let failed = false
  for (const name of files) {
    const file = await readDocument(name, io)
    if (!file) {
      failed = true
      continue
    }
    const before = String(file.value)
    const after = format(file, {kit: defaultKit})
    if (mode.check) {
      if (after !== before) {
        io.stderr(file.path + ': not formatted\n')
        failed = true
      }
    } else if (mode.write) {
      if (after !== before) await writeFile(path.resolve(io.cwd, name), after)
    } else {
      io.stdout(after)
    }
    if (file.messages.length > 0) io.stderr(reporter([file]) + '\n')
  }
  return failed ? 1 : 0
}

async function readDocument(name: string, io: Io) {
  try {
    const value = await readFile(path.resolve(io.cwd, name), 'utf8')
    return new VFile({path: name, cwd: io.cwd, value})
  } catch (error) {
    io.stderr('argmark: cannot read `' + name + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '\n')
    return undefined
  }
}

function missingFiles(command: string, io: Io): number {
  io.stderr('argmark: `' + command + '` expects at least one file\n\n' + usage)
  return 2
}

