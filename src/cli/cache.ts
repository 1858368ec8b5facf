import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {AnyKit} from '../kit/define-kit.js'
import {failureStack, keepFailureStack} from '../util/report.js'

/**
 * `argmark lint --cache`: the messages of each file, kept in
 * `node_modules/.cache/argmark` under the working directory, one entry per
 * file, under a key made of argmark's version, the file's path and text,
 * its settings, its kit (schema and rule code) and the text of every
 * bibliography it names. A file whose key is unchanged is not read again:
 * its messages come from the cache.
 */
export interface LintCache {
  /** The cached messages of `file` for `key`, put on the file; whether there were any. */
  restore(file: VFile, key: string): Promise<boolean>
  /** Keep the messages `file` has now under `key` (written in the background). */
  store(file: VFile, key: string): void
  /** Wait for every entry being written. */
  flush(): Promise<void>
}

/** Where the cache lives for a working directory. */
export function cacheDirectory(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'argmark')
}

/** A cache in `directory` (see `cacheDirectory`). Failures to read or write it are ignored: the file is linted. */
export function createLintCache(directory: string): LintCache {
  const entryPath = (file: VFile) => path.join(directory, hash(path.resolve(file.cwd, file.path)) + '.json')
  const writing = new Set<Promise<void>>()

  async function save(target: string, entry: CacheEntry): Promise<void> {
    try {
      await mkdir(directory, {recursive: true})
      const temporary = target + '.' + String(process.pid) + '.tmp'
      await writeFile(temporary, JSON.stringify(entry))
      await rename(temporary, target)
    } catch {}
  }

  return {
    async restore(file, key) {
      let entry: CacheEntry
      try {
        entry = JSON.parse(await readFile(entryPath(file), 'utf8')) as CacheEntry
      } catch {
        return false
      }
      if (entry.key !== key || !Array.isArray(entry.messages)) return false
      restoreFile(file, entry)
      return true
    },
    store(file, key) {
      const write = save(entryPath(file), {key, ...saveFile(file)}).finally(() => writing.delete(write))
      writing.add(write)
    },
    async flush() {
      await Promise.all(writing)
    }
  }
}

interface CacheEntry extends SavedFile {
  readonly key: string
}

/**
 * What linting a file gave, as JSON (for the cache and worker threads): its
 * messages, and with `bibliographyMessages: 'keep'` its bibliographies (their
 * paths as reported, relative to the working folder, and their own messages).
 */
export interface SavedFile {
  readonly messages: readonly SavedMessage[]
  readonly bibliographies?: ReadonlyArray<{readonly path: string; readonly messages: readonly SavedMessage[]}> | undefined
}

/** Save what linting `file` gave (see `SavedFile`). */
export function saveFile(file: VFile): SavedFile {
  const bibliographies = file.data.argmarkBibliographies
  return {
    messages: serializeMessages(file.messages),
    ...(bibliographies
      ? {bibliographies: bibliographies.map((each) => ({path: each.history[0] ?? each.path, messages: serializeMessages(each.messages)}))}
      : {})
  }
}

/** Put what linting a file gave back on `file`, as linting it would have (see `SavedFile`). */
export function restoreFile(file: VFile, saved: SavedFile): void {
  restoreMessages(file, saved.messages)
  if (!saved.bibliographies) return
  file.data.argmarkBibliographies = saved.bibliographies.map((entry) => {
    const bibliography = new VFile({cwd: file.cwd, path: entry.path})
    restoreMessages(bibliography, entry.messages)
    return bibliography
  })
}

/** A message as JSON: what a report shows of it. */
export interface SavedMessage {
  readonly reason: string
  readonly place: VFileMessage['place']
  readonly line: number | undefined
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly fatal: boolean | null | undefined
  readonly url: string | undefined
  readonly expected: string[] | undefined
  readonly note: string | undefined
  readonly actual: string | undefined
  /** The stack behind an `internal-error`, for `--debug` (see `failureStack`). */
  readonly stack?: string | undefined
}

/** Messages as JSON (for the cache and worker threads). */
export function serializeMessages(messages: readonly VFileMessage[]): SavedMessage[] {
  return messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    line: message.line,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    url: message.url,
    expected: message.expected,
    note: message.note,
    actual: message.actual,
    stack: failureStack(message)
  }))
}

/** Put saved messages on a file as `file.message` would have made them. */
export function restoreMessages(file: VFile, saved: readonly SavedMessage[]): void {
  for (const entry of saved) {
    const message = file.message(entry.reason, {place: entry.place, ruleId: entry.ruleId, source: entry.source})
    message.fatal = entry.fatal
    if (entry.url !== undefined) message.url = entry.url
    if (entry.expected !== undefined) message.expected = entry.expected
    if (entry.note !== undefined) message.note = entry.note
    if (entry.actual !== undefined) message.actual = entry.actual
    if (entry.stack !== undefined) keepFailureStack(message, entry.stack)
    if (entry.line === undefined) {
      message.line = undefined
      message.column = undefined
      message.name = message.file ?? ''
    }
  }
}

/**
 * The key of a file's messages: everything they depend on. `bibliographies`
 * are the texts of the files its front matter names (`undefined` for one
 * that cannot be read), `settings` the rule settings it is linted with.
 */
export function cacheKey(file: VFile, settings: unknown, kit: AnyKit, bibliographies: ReadonlyArray<string | undefined>): string {
  // `settings` also carries where the kit module is and when it changed.
  return hash(
    JSON.stringify([argmarkVersion(), path.resolve(file.cwd, file.path), String(file.value), settings, kitFingerprint(kit), bibliographies])
  )
}

const fingerprints = new WeakMap<AnyKit, string>()

// A kit's schema and the code of its rules: what its messages depend on.
function kitFingerprint(kit: AnyKit): string {
  let fingerprint = fingerprints.get(kit)
  if (fingerprint === undefined) {
    fingerprint = hash(schemaText(kit) + kit.rules.map((rule) => String(typeof rule === 'function' ? rule : (rule as {rule?: unknown}).rule)).join('\n'))
    fingerprints.set(kit, fingerprint)
  }
  return fingerprint
}

/**
 * Takes a kit; returns its JSON Schema as text, or, for a kit whose schema
 * cannot be written (a custom schema JSON Schema has no word for), a text
 * unique to this run: its files are then linted again rather than served
 * from a key that could not see the kit change.
 */
function schemaText(kit: AnyKit): string {
  try {
    return JSON.stringify(kit.toJSONSchema())
  } catch {
    return 'unwritable schema ' + String(process.pid) + ' ' + String(Date.now()) + ' ' + String(Math.random())
  }
}

let version: string | undefined

/** The version of the argmark package this module belongs to. */
export function argmarkVersion(): string {
  if (version !== undefined) return version
  version = 'unknown'
  let directory = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(directory, 'package.json')
    if (existsSync(manifest)) {
      try {
        const data = JSON.parse(readFileSync(manifest, 'utf8')) as {name?: unknown; version?: unknown}
        if (data.name === 'argmark' && typeof data.version === 'string') {
          version = data.version
          break
        }
      } catch {}
    }
    const parent = path.dirname(directory)
    if (parent === directory) break
    directory = parent
  }
  return version
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}
