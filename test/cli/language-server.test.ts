import type {ChildProcessWithoutNullStreams} from 'node:child_process'
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {VFileMessage} from 'vfile-message'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {format} from '../../src/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark-language-server.js')

// Only a guard against a server that never answers; nothing is timed.
const guard = 30_000

interface Position {
  line: number
  character: number
}
interface Range {
  start: Position
  end: Position
}
interface Diagnostic {
  range: Range
  message: string
  severity?: number
  code?: string | number
  source?: string
  codeDescription?: {href: string}
  data?: {expected?: unknown[]}
}
interface TextEdit {
  range: Range
  newText: string
}
interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  edit?: {changes?: Record<string, TextEdit[]>}
}
interface PublishDiagnostics {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}
interface Incoming {
  id?: number | string | null
  method?: string
  params?: unknown
  result?: unknown
  error?: {code: number; message: string}
}

const errorSeverity = 1
const warningSeverity = 2

/**
 * A minimal LSP client over stdio: JSON-RPC 2.0 messages framed by
 * `Content-Length` headers (counted in bytes), as the protocol specifies.
 */
class Client {
  readonly child: ChildProcessWithoutNullStreams
  readonly exited: Promise<number | null>
  readonly notifications: Incoming[] = []
  /** Requests the server sent, such as `workspace/configuration`. */
  readonly requests: Incoming[] = []
  stderr = ''
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly pending = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>()
  private readonly listeners = new Set<() => void>()

  /** `answer` gives the result of a request from the server (default `null`). */
  constructor(
    cwd: string,
    private readonly answer: (request: Incoming) => unknown = () => null,
    command = bin,
    nodeFlags: readonly string[] = []
  ) {
    this.child = spawn(process.execPath, [...nodeFlags, command, '--stdio'], {cwd, stdio: 'pipe'})
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.nextId++
    const answer = new Promise<Result>((resolve, reject) => {
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
    })
    this.send({jsonrpc: '2.0', id, method, params})
    return withGuard(answer, 'a response to ' + method)
  }

  notify(method: string, params?: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  /**
   * The next diagnostics published for `uri` after the first `from`
   * notifications, for document `version` when given (checks may finish out
   * of order).
   */
  diagnostics(uri: string, {from = 0, version}: {from?: number; version?: number} = {}) {
    return this.waitFor((message) => {
      if (message.method !== 'textDocument/publishDiagnostics') return false
      const params = message.params as PublishDiagnostics
      return params.uri === uri && (version === undefined || params.version === version)
    }, from).then((message) => (message.params as PublishDiagnostics).diagnostics)
  }

  waitFor(match: (message: Incoming) => boolean, from = 0): Promise<Incoming> {
    const found = new Promise<Incoming>((resolve) => {
      const check = () => {
        const hit = this.notifications.slice(from).find(match)
        if (!hit) return
        this.listeners.delete(check)
        resolve(hit)
      }
      this.listeners.add(check)
      check()
    })
    return withGuard(found, 'a notification')
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.child.stdin.write('Content-Length: ' + body.length + '\r\n\r\n')
    this.child.stdin.write(body)
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const header = this.buffer.subarray(0, headerEnd).toString('ascii')
      const length = /Content-Length: *(\d+)/i.exec(header)
      if (!length) throw new Error('Unexpected header without Content-Length: ' + header)
      const start = headerEnd + 4
      const end = start + Number(length[1])
      if (this.buffer.length < end) return
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Incoming
      this.buffer = this.buffer.subarray(end)
      this.dispatch(message)
    }
  }

  private dispatch(message: Incoming): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.requests.push(message)
      this.send({jsonrpc: '2.0', id: message.id, result: this.answer(message)})
      return
    }
    if (message.method === undefined) {
      const waiting = this.pending.get(Number(message.id))
      this.pending.delete(Number(message.id))
      if (message.error) waiting?.reject(new Error(message.error.message))
      else waiting?.resolve(message.result)
      return
    }
    this.notifications.push(message)
    for (const listener of [...this.listeners]) listener()
  }
}

function withGuard<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('No ' + what + ' from the language server')), guard)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** The range of the `occurrence`-th `needle` on its line, 0-based as LSP counts. */
function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let index = -1
  for (let count = 0; count < occurrence; count++) {
    index = text.indexOf(needle, index + 1)
    if (index === -1) throw new Error('Missing `' + needle + '` in the draft')
  }
  const before = text.slice(0, index).split('\n')
  const line = before.length - 1
  const character = before.at(-1)!.length
  return {start: {line, character}, end: {line, character: character + needle.length}}
}

/** A message's 1-based unist place as a 0-based LSP range. */
function toRange(place: VFileMessage['place']): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const start = 'start' in place ? place.start : place
  const end = 'start' in place ? place.end : place
  return {
    start: {line: start.line - 1, character: start.column - 1},
    end: {line: end.line - 1, character: end.column - 1}
  }
}

/** Apply non-overlapping edits to a text, last first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (position: Position) => {
    const lines = text.split('\n')
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  }
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  }
  return result
}

// A draft with a core error that has a fix (the typo `dearht`, after an emoji:
// LSP counts UTF-16 code units, and the framing counts bytes), a lint warning
// of the recommended preset (`few` backs nothing), an objection nothing
// answers (a `strict` error only), and `*` bullets that `format` rewrites.
const draft = [
  '# Draft',
  '',
  ':claim[Little has been done]{#dearth}',
  '',
  ':evidence[Donors said “so” 🙂]{#donors type=testimony supports=dearht}',
  '',
  ':evidence[Few groups]{#few type=example}',
  '',
  ':objection[Some critics disagree]{#critics attacks=dearth}',
  '',
  '* one',
  '* two',
  ''
].join('\n')

// A draft whose bibliography, named relative to it, must be read from disk.
const cited = '---\nbibliography: refs/main.bib\n---\n\n:claim[Little has been done]{#dearth} [@doe98, p. 4].\n'

// The settings of `quiet/.argmarkrc`.
const quietSettings = {preset: 'strict', rules: {'orphan-evidence': 'off'}} as const

let work: string
let client: Client
const uri = (name: string) => pathToFileURL(path.join(work, name)).href

beforeAll(() => {
  // `npm test` builds first; running vitest alone needs `npm run build`.
  expect(existsSync(bin), 'dist/cli/argmark-language-server.js is missing: run `npm run build`').toBe(true)
})

async function startInWorkspace(): Promise<void> {
  work = mkdtempSync(path.join(tmpdir(), 'argmark-ls-'))
  // A repository of drafts that installs argmark itself, as a CI recipe does:
  // the server must still use a processor that works.
  writeFileSync(path.join(work, 'package.json'), JSON.stringify({private: true, devDependencies: {argmark: '*'}}))
  mkdirSync(path.join(work, 'node_modules'))
  symlinkSync(root, path.join(work, 'node_modules/argmark'), 'dir')
  writeFileSync(path.join(work, '.argmarkrc'), JSON.stringify({settings: {preset: 'strict'}}))
  writeFileSync(path.join(work, 'draft.md'), draft)
  mkdirSync(path.join(work, 'quiet'))
  writeFileSync(path.join(work, 'quiet/.argmarkrc'), JSON.stringify({settings: quietSettings}))
  writeFileSync(path.join(work, 'quiet/draft.md'), draft)
  mkdirSync(path.join(work, 'refs'))
  writeFileSync(path.join(work, 'refs/main.bib'), '@book{doe99,\n  author = {Doe, Jane},\n  title = {A Book},\n  year = {1999}\n}\n')
  writeFileSync(path.join(work, 'cited.md'), cited)
  writeFileSync(path.join(work, '.argmarkignore'), 'vendor/\n')
  mkdirSync(path.join(work, 'vendor'))
  writeFileSync(path.join(work, 'vendor/draft.md'), draft)

  // Started through the workspace's install, as `npx argmark-language-server` would.
  client = new Client(work, undefined, path.join(work, 'node_modules/argmark/dist/cli/argmark-language-server.js'))
  const workspace = pathToFileURL(work).href
  const initialized = await client.request<{capabilities: Record<string, unknown>}>('initialize', {
    processId: process.pid,
    rootUri: workspace,
    workspaceFolders: [{uri: workspace, name: 'drafts'}],
    capabilities: {}
  })
  expect(initialized.capabilities).toMatchObject({
    documentFormattingProvider: true,
    codeActionProvider: {codeActionKinds: ['quickfix']}
  })
  client.notify('initialized', {})
}

describe('argmark-language-server over stdio', () => {
  beforeAll(startInWorkspace, guard)
  afterAll(() => {
    if (client && client.child.exitCode === null) client.child.kill()
    if (work) rmSync(work, {recursive: true, force: true})
  })

  let diagnostics: Diagnostic[]

  test('didOpen publishes diagnostics with rule ids, links, severities and ranges', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    diagnostics = await client.diagnostics(uri('draft.md'))

    const reference = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-reference')
    expect(reference).toMatchObject({
      source: 'argmark',
      severity: errorSeverity,
      range: rangeOf(draft, 'dearht'),
      codeDescription: {href: 'https://github.com/argmark/argmark/blob/main/docs/rules/unknown-reference.md'},
      data: {expected: ['dearth']}
    })
    expect(reference!.message).toContain('Unexpected reference to unknown id `dearht`')

    // `.argmarkrc` asks for the strict preset: its rules run, as errors.
    const orphan = diagnostics.find((diagnostic) => diagnostic.code === 'orphan-evidence')
    expect(orphan).toMatchObject({source: 'argmark', severity: errorSeverity, range: rangeOf(draft, '#few')})
    expect(orphan!.codeDescription!.href).toMatch(/\/docs\/rules\/orphan-evidence\.md$/)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unanswered-objection')
    expect(diagnostics.every((diagnostic) => !diagnostic.message.includes('processor'))).toBe(true)

    // Every diagnostic is the library's message for the same draft, 0-based.
    const expected = lint(draft, {preset: 'strict'}).map((message) => ({
      code: message.ruleId,
      severity: message.fatal ? errorSeverity : warningSeverity,
      range: toRange(message.place)
    }))
    const got = diagnostics.map(({code, severity, range}) => ({code, severity, range}))
    const byPlace = (a: {range: Range; code?: unknown}, b: {range: Range; code?: unknown}) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code))
    expect(got.sort(byPlace)).toEqual(expected.sort(byPlace))
  })

  test('a config file that turns a rule off removes its diagnostic', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('quiet/draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    const quiet = await client.diagnostics(uri('quiet/draft.md'))
    const codes = quiet.map((diagnostic) => diagnostic.code)
    expect(codes).not.toContain('orphan-evidence')
    expect(codes).toContain('unanswered-objection')
    expect(codes).toContain('unknown-reference')
    expect(quiet.length).toBe(diagnostics.length - 1)
  })

  test('sources load from the bibliography beside the draft, with a fix for a mistyped key', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('cited.md'), languageId: 'markdown', version: 1, text: cited}
    })
    const found = await client.diagnostics(uri('cited.md'))
    expect(found.find((diagnostic) => diagnostic.code === 'unknown-citation-key')).toMatchObject({
      severity: errorSeverity,
      range: rangeOf(cited, 'doe98'),
      data: {expected: ['doe99']},
      codeDescription: {href: 'https://github.com/argmark/argmark/blob/main/docs/rules/unknown-citation-key.md'}
    })
    expect(found.map((diagnostic) => diagnostic.code)).not.toContain('invalid-bibliography')
  })

  test('a file `.argmarkignore` names gets no diagnostics', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('vendor/draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    expect(await client.diagnostics(uri('vendor/draft.md'))).toEqual([])
  })

  test('a changed config file applies once the client reports the change', async () => {
    const from = client.notifications.length
    writeFileSync(path.join(work, '.argmarkrc'), JSON.stringify({settings: {preset: 'recommended'}}))
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.argmarkrc'), type: 2}]})
    const rechecked = await client.diagnostics(uri('draft.md'), {from})
    expect(rechecked.find((diagnostic) => diagnostic.code === 'orphan-evidence')?.severity).toBe(warningSeverity)
    expect(rechecked.map((diagnostic) => diagnostic.code)).not.toContain('unanswered-objection')
  })

  test('formatting works on a draft with an error, as `format` does', async () => {
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: uri('draft.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(edits).not.toBeNull()
    expect(applyEdits(draft, edits!)).toBe(format(draft))
    // Formatting leaves the published diagnostics alone.
    expect(diagnostics.some((diagnostic) => diagnostic.severity === errorSeverity)).toBe(true)
  })

  test('formatting leaves a draft whose markup does not parse as it is', async () => {
    const broken = ':claim[x]{#a title="oops} tail\n\n* one\n'
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('broken.md'), languageId: 'markdown', version: 1, text: broken}
    })
    const found = await client.diagnostics(uri('broken.md'))
    expect(found.map((diagnostic) => diagnostic.code)).toContain('malformed-directive')
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: uri('broken.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(format(broken)).toBe(broken)
    expect(edits).toBeNull()
  })

  test('a message’s `expected` is a quick fix, and applying it clears the diagnostic', async () => {
    const reference = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-reference')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: uri('draft.md')},
      range: reference.range,
      context: {diagnostics: [reference]}
    })
    expect(actions).toEqual([
      {
        title: 'Replace `dearht` with `dearth`',
        kind: 'quickfix',
        isPreferred: true,
        edit: {changes: {[uri('draft.md')]: [{range: rangeOf(draft, 'dearht'), newText: 'dearth'}]}}
      }
    ])

    const fixed = applyEdits(draft, actions[0]!.edit!.changes![uri('draft.md')]!)
    expect(fixed).toBe(draft.replace('supports=dearht', 'supports=dearth'))
    const from = client.notifications.length
    client.notify('textDocument/didChange', {
      textDocument: {uri: uri('draft.md'), version: 2},
      contentChanges: [{text: fixed}]
    })
    const after = await client.diagnostics(uri('draft.md'), {from, version: 2})
    expect(after.map((diagnostic) => diagnostic.code)).not.toContain('unknown-reference')
    expect(after.map((diagnostic) => diagnostic.code)).toContain('orphan-evidence')
  })

  test('formatting replaces the document with `format` of its text', async () => {
    const text = draft.replace('supports=dearht', 'supports=dearth')
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: uri('draft.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    const formatted = format(text)
    expect(formatted).not.toBe(text)
    expect(formatted).toContain('- one\n- two\n')
    expect(edits).toEqual([
      {
        range: {start: {line: 0, character: 0}, end: {line: text.split('\n').length - 1, character: 0}},
        newText: formatted
      }
    ])
    expect(applyEdits(text, edits!)).toBe(formatted)
  })

  test('formatting a formatted document changes nothing', async () => {
    const formatted = format(draft.replace('supports=dearht', 'supports=dearth'))
    client.notify('textDocument/didChange', {
      textDocument: {uri: uri('draft.md'), version: 3},
      contentChanges: [{text: formatted}]
    })
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: uri('draft.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(edits).toBeNull()
  })

  // unified-language-server hands the engine streams that nobody reads for its
  // report and its output; once either passed 16 KB (about a hundred findings,
  // or a compiled document that long) the engine waited on them for ever, and
  // the server published nothing and said nothing. These drafts sit in
  // `quiet/`, whose `.argmarkrc` no other test changes.
  test('a document with hundreds of findings gets all of them', async () => {
    const text = Array.from({length: 200}, (_, index) => `Studies show ${index + 1}% agree.\n`).join('\n')
    const expected = lint(text, quietSettings)
    expect(expected.length).toBeGreaterThanOrEqual(150)
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('quiet/many.md'), languageId: 'markdown', version: 1, text}
    })
    const found = await client.diagnostics(uri('quiet/many.md'))
    expect(found).toHaveLength(expected.length)
  })

  test('a long draft gets its diagnostics, and formats', async () => {
    const text = Array.from({length: 60}, (_, index) =>
      [
        `## Part ${index + 1}`,
        '',
        `:claim[Little has been done in district ${index + 1}]{#claim-${index}}`,
        '',
        `:evidence[Donors in district ${index + 1} said so]{#donors-${index} type=testimony supports=claim-${index}}`,
        '',
        `:evidence[Few groups work there]{#few-${index} type=example}`,
        '',
        `Studies show ${index % 90}% of residents agree, and experts say the scheme is widely regarded as the best one.`,
        '',
        '* one',
        '* two',
        ''
      ].join('\n')
    ).join('\n')
    // Longer than a stream holds unread, formatted or not, and so is its report.
    expect(text.length).toBeGreaterThan(16_384)
    expect(format(text).length).toBeGreaterThan(16_384)
    const expected = lint(text, quietSettings)
    expect(expected.length).toBeGreaterThanOrEqual(300)
    client.notify('textDocument/didOpen', {
      textDocument: {uri: uri('quiet/long.md'), languageId: 'markdown', version: 1, text}
    })
    const found = await client.diagnostics(uri('quiet/long.md'))
    expect(found).toHaveLength(expected.length)
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: uri('quiet/long.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(edits).not.toBeNull()
    expect(applyEdits(text, edits!)).toBe(format(text))
  })

  test('didClose clears the document’s diagnostics', async () => {
    const from = client.notifications.length
    client.notify('textDocument/didClose', {textDocument: {uri: uri('quiet/draft.md')}})
    expect(await client.diagnostics(uri('quiet/draft.md'), {from})).toEqual([])
  })

  test('shutdown and exit end the process with code 0', async () => {
    expect(await client.request('shutdown', null)).toBeNull()
    client.notify('exit')
    expect(await withGuard(client.exited, 'exit')).toBe(0)
    expect(client.stderr).toBe('')
  })
})

describe('argmark-language-server with client settings', () => {
  let home: string
  let configured: Client
  const at = (name: string) => pathToFileURL(path.join(home, name)).href

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'argmark-ls-settings-'))
    // Configuration in the `argmark` field of package.json, in one folder only.
    mkdirSync(path.join(home, 'report'))
    writeFileSync(
      path.join(home, 'report/package.json'),
      JSON.stringify({name: 'report', private: true, argmark: {settings: {preset: 'strict'}}})
    )
    writeFileSync(path.join(home, 'report/draft.md'), draft)
    mkdirSync(path.join(home, 'notes'))
    writeFileSync(path.join(home, 'notes/draft.md'), draft)

    // The client's `argmark` settings section asks for a configuration file.
    configured = new Client(home, (request) =>
      request.method === 'workspace/configuration'
        ? (request.params as {items: unknown[]}).items.map(() => ({requireConfig: true}))
        : null
    )
    const workspace = pathToFileURL(home).href
    await configured.request('initialize', {
      processId: process.pid,
      rootUri: workspace,
      workspaceFolders: [{uri: workspace, name: 'home'}],
      capabilities: {workspace: {configuration: true}}
    })
    configured.notify('initialized', {})
  }, guard)

  afterAll(() => {
    if (configured && configured.child.exitCode === null) configured.child.kill()
    if (home) rmSync(home, {recursive: true, force: true})
  })

  test('`requireConfig` skips drafts without configuration; the package.json field configures', async () => {
    configured.notify('textDocument/didOpen', {
      textDocument: {uri: at('notes/draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    expect(await configured.diagnostics(at('notes/draft.md'))).toEqual([])

    configured.notify('textDocument/didOpen', {
      textDocument: {uri: at('report/draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    const report = await configured.diagnostics(at('report/draft.md'))
    expect(report.find((diagnostic) => diagnostic.code === 'unanswered-objection')?.severity).toBe(errorSeverity)
    expect(report.find((diagnostic) => diagnostic.code === 'orphan-evidence')?.severity).toBe(errorSeverity)

    expect(configured.requests.find((request) => request.method === 'workspace/configuration')?.params).toEqual({
      items: [{scopeUri: at('notes/draft.md'), section: 'argmark'}]
    })
  })
})

describe('argmark-language-server when the client answers settings with null', () => {
  let home: string
  let nulled: Client
  const at = (name: string) => pathToFileURL(path.join(home, name)).href

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'argmark-ls-null-'))
    writeFileSync(path.join(home, 'draft.md'), draft)
    // The protocol lets a client answer `workspace/configuration` with `null`.
    nulled = new Client(home, () => null)
    const workspace = pathToFileURL(home).href
    await nulled.request('initialize', {
      processId: process.pid,
      rootUri: workspace,
      workspaceFolders: [{uri: workspace, name: 'home'}],
      capabilities: {workspace: {configuration: true}}
    })
    nulled.notify('initialized', {})
  }, guard)

  afterAll(() => {
    if (nulled && nulled.child.exitCode === null) nulled.child.kill()
    if (home) rmSync(home, {recursive: true, force: true})
  })

  test('the server goes on and checks the draft with the default settings', async () => {
    nulled.notify('textDocument/didOpen', {
      textDocument: {uri: at('draft.md'), languageId: 'markdown', version: 1, text: draft}
    })
    const diagnostics = await nulled.diagnostics(at('draft.md'))
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(nulled.child.exitCode).toBeNull()
    expect(nulled.requests.some((request) => request.method === 'workspace/configuration')).toBe(true)
  })
})

// A kit with a kind of its own and a rule that offers a fix, named in the
// folder's `.argmarkrc.json` (as a tool builder's users would name it).
const kitModule = `import {defaultKit, defineGraphRule} from 'argmark'

const typo = defineGraphRule({
  id: 'memo:spelling',
  url: 'https://example.org/rules/spelling',
  check(graph, report) {
    for (const node of graph.nodes) {
      const at = node.text.indexOf('teh')
      if (node.kind !== 'memo' || at === -1) continue
      // The label starts after \`:memo[\`.
      const {line, column, offset} = node.position.start
      const start = {line, column: column + 6 + at, offset: offset + 6 + at}
      const end = {line, column: start.column + 3, offset: start.offset + 3}
      report({start, end}, 'Unexpected \`teh\`, expected \`the\`', ['the'])
    }
  }
})

export default defaultKit.extend({kinds: {memo: {description: 'A note to self.'}}, rules: [typo]})
`
const plainDraft = 'A :claim[Aid follows need]{#aid} [@doe].\n'
const citedDraft = '---\nbibliography: refs.bib\n---\n\nA :claim[Aid follows need]{#aid} [@doe].\n'
const memo = 'A :memo[see teh budget]{#m1} and :claim[Aid follows need]{#aid}.\n\n<!-- argmark-ignore spelling -->\n:memo[teh end]{#m2}\n'

const fragileChecks = {
  throwing: "check() { throw new TypeError('kaboom in rule') }",
  rejecting: "async check(graph) { await null; if (graph.nodes.length > 0) throw new Error('async kaboom') }"
}
const fragileKit = (check: string) =>
  "import {defaultKit, defineGraphRule} from 'argmark'\n" +
  "const rule = defineGraphRule({id: 'acme:fragile', url: 'https://example.org/fragile', presets: {core: 'error'}, " + check + '})\n' +
  'export default defaultKit.extend({kinds: {}, rules: [rule]})\n'

describe('argmark-language-server with a kit', () => {
  let home: string
  let kitted: Client
  const at = (name: string) => pathToFileURL(path.join(home, name)).href

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'argmark-ls-kit-'))
    mkdirSync(path.join(home, 'node_modules'))
    symlinkSync(root, path.join(home, 'node_modules/argmark'), 'dir')
    mkdirSync(path.join(home, 'memos'))
    writeFileSync(path.join(home, 'memos/kit.mjs'), kitModule)
    writeFileSync(
      path.join(home, 'memos/.argmarkrc.json'),
      JSON.stringify({kit: './kit.mjs', settings: {rules: {spelling: 'error', 'unsupported-claim': 'off'}}})
    )
    writeFileSync(path.join(home, 'memos/draft.md'), memo)
    mkdirSync(path.join(home, 'broken'))
    writeFileSync(path.join(home, 'broken/kit.mjs'), 'throw new Error("the kit is not ready")\n')
    writeFileSync(path.join(home, 'broken/.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    writeFileSync(path.join(home, 'broken/draft.md'), memo)
    // Kit rules that fail: one throws, one finishes asynchronously and rejects.
    for (const [name, check] of Object.entries(fragileChecks)) {
      mkdirSync(path.join(home, name))
      writeFileSync(path.join(home, name, 'kit.mjs'), fragileKit(check))
      writeFileSync(path.join(home, name, '.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    }
    mkdirSync(path.join(home, 'badrc'))
    writeFileSync(path.join(home, 'badrc/.argmarkrc.json'), '{"settings": {"rules": ')
    writeFileSync(path.join(home, 'badrc/draft.md'), plainDraft)
    // A bibliography that cannot be read: a folder where the file should be.
    mkdirSync(path.join(home, 'unreadable'))
    mkdirSync(path.join(home, 'unreadable/refs.bib'))
    writeFileSync(path.join(home, 'unreadable/draft.md'), citedDraft)

    kitted = new Client(home)
    const workspace = pathToFileURL(home).href
    await kitted.request('initialize', {
      processId: process.pid,
      rootUri: workspace,
      workspaceFolders: [{uri: workspace, name: 'home'}],
      capabilities: {}
    })
    kitted.notify('initialized', {})
  }, guard)

  afterAll(() => {
    if (kitted && kitted.child.exitCode === null) kitted.child.kill()
    if (home) rmSync(home, {recursive: true, force: true})
  })

  test('reads the kit of .argmarkrc: its kinds, and its rule with its code, link, severity and quick fix', async () => {
    kitted.notify('textDocument/didOpen', {
      textDocument: {uri: at('memos/draft.md'), languageId: 'markdown', version: 1, text: memo}
    })
    const found = await kitted.diagnostics(at('memos/draft.md'))
    // `memo` is a kind: no unknown directive; the ignore comment silences the second memo.
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
    const [spelling] = found
    expect(spelling).toMatchObject({
      source: 'memo',
      severity: errorSeverity,
      range: rangeOf(memo, 'teh'),
      codeDescription: {href: 'https://example.org/rules/spelling'},
      message: 'Unexpected `teh`, expected `the`'
    })
    const actions = await kitted.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: at('memos/draft.md')},
      range: spelling!.range,
      context: {diagnostics: [spelling]}
    })
    expect(actions.map((action) => action.edit?.changes?.[at('memos/draft.md')])).toEqual([
      [{range: rangeOf(memo, 'teh'), newText: 'the'}]
    ])
  })

  test('a kit module that throws is one diagnostic, and the server goes on', async () => {
    kitted.notify('textDocument/didOpen', {
      textDocument: {uri: at('broken/draft.md'), languageId: 'markdown', version: 1, text: memo}
    })
    const found = await kitted.diagnostics(at('broken/draft.md'))
    expect(found.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['invalid-kit', errorSeverity]])
    expect(found[0]!.message).toMatch(/^Cannot load kit `\.\/kit\.mjs` \(from .*broken\/\.argmarkrc\.json\): the kit is not ready$/)
    expect(kitted.child.exitCode).toBeNull()
  })

  test('a kit rule that throws or finishes asynchronously is one internal-error naming it, and the server goes on', async () => {
    for (const [name, reason] of [
      ['throwing', 'Unexpected failure in rule `acme:fragile` (TypeError: kaboom in rule), expected a rule that does not throw'],
      ['rejecting', 'Unexpected rule `acme:fragile` that finishes asynchronously (it returned a promise)']
    ] as const) {
      kitted.notify('textDocument/didOpen', {
        textDocument: {uri: at(name + '/draft.md'), languageId: 'markdown', version: 1, text: plainDraft}
      })
      const found = await kitted.diagnostics(at(name + '/draft.md'))
      const failures = found.filter((diagnostic) => diagnostic.code === 'internal-error')
      expect(failures.map((diagnostic) => [diagnostic.source, diagnostic.severity, diagnostic.range.start]), name).toEqual([
        ['argmark', errorSeverity, {line: 0, character: 0}]
      ])
      // One line: no stack after the reason.
      expect(failures[0]!.message.startsWith(reason), name).toBe(true)
      expect(failures[0]!.message, name).not.toContain('\n')
    }
    // The rejection settles after the diagnostics: the server is still there to answer.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(kitted.child.exitCode).toBeNull()
    const formatted = await kitted.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: at('rejecting/draft.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(formatted === null || Array.isArray(formatted)).toBe(true)
    expect(kitted.child.exitCode).toBeNull()
  })

  test('a .argmarkrc that does not parse is one diagnostic, and the server goes on', async () => {
    kitted.notify('textDocument/didOpen', {
      textDocument: {uri: at('badrc/draft.md'), languageId: 'markdown', version: 1, text: plainDraft}
    })
    const found = await kitted.diagnostics(at('badrc/draft.md'))
    expect(found.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.source, diagnostic.message])).toEqual([
      ['invalid-rule-config', errorSeverity, 'argmark', 'Cannot read configuration: Cannot parse file `badrc/.argmarkrc.json`']
    ])
    expect(found[0]!.codeDescription?.href).toMatch(/\/docs\/rules\/invalid-rule-config\.md$/)
    expect(kitted.child.exitCode).toBeNull()
  })

  test('a bibliography that cannot be read is one diagnostic, and the server goes on', async () => {
    kitted.notify('textDocument/didOpen', {
      textDocument: {uri: at('unreadable/draft.md'), languageId: 'markdown', version: 1, text: citedDraft}
    })
    const found = await kitted.diagnostics(at('unreadable/draft.md'))
    // One problem, one message: the citation of a key the bibliography would hold is not reported too.
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['invalid-bibliography'])
    expect(found[0]!.message).toContain('refs.bib')
    expect(kitted.child.exitCode).toBeNull()
    // The server still answers: the draft is formatted already, so no edits.
    expect(format(citedDraft)).toBe(citedDraft)
    const edits = await kitted.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: at('unreadable/draft.md')},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(edits).toBeNull()
  })
})

describe('argmark-language-server loaded through a symlink', () => {
  let linked: string
  let twice: Client

  afterAll(() => {
    if (twice && twice.child.exitCode === null) twice.child.kill()
    if (linked) rmSync(linked, {recursive: true, force: true})
  })

  // With `--preserve-symlinks-main` the entry's URL is the link's, and the
  // server loads its processor from the entry again under the real path.
  test('starts one server, which formats', async () => {
    linked = mkdtempSync(path.join(tmpdir(), 'argmark-ls-linked-'))
    mkdirSync(path.join(linked, 'node_modules'))
    symlinkSync(root, path.join(linked, 'node_modules/argmark'), 'dir')
    const command = path.join(linked, 'node_modules/argmark/dist/cli/argmark-language-server.js')
    twice = new Client(linked, undefined, command, ['--preserve-symlinks-main'])
    const folder = pathToFileURL(linked).href
    await twice.request('initialize', {processId: process.pid, rootUri: folder, workspaceFolders: [{uri: folder, name: 'linked'}], capabilities: {}})
    twice.notify('initialized', {})
    const document = pathToFileURL(path.join(linked, 'draft.md')).href
    twice.notify('textDocument/didOpen', {textDocument: {uri: document, languageId: 'markdown', version: 1, text: draft}})
    expect((await twice.diagnostics(document)).map((diagnostic) => diagnostic.code)).toContain('unknown-reference')
    const edits = await twice.request<TextEdit[] | null>('textDocument/formatting', {
      textDocument: {uri: document},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(applyEdits(draft, edits ?? [])).toBe(format(draft))
    expect(await twice.request('shutdown', null)).toBeNull()
    twice.notify('exit')
    expect(await withGuard(twice.exited, 'exit')).toBe(0)
  })
})

describe('argmark-language-server on the command line', () => {
  test('without a connection: one clear line and the usage, exit 2', () => {
    const result = spawnSync(process.execPath, [bin], {encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^argmark-language-server: missing connection, expected `--stdio`/)
    expect(result.stderr).toContain('Usage: argmark-language-server --stdio')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('--help prints the usage, exit 0', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: argmark-language-server --stdio/)
    expect(result.stderr).toBe('')
  })
})
