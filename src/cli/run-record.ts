import {createHash} from 'node:crypto'
import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
import path from 'node:path'

/**
 * `argmark lint --cache`, whole runs: a record of what a run printed, its
 * exit code, and every file and folder it read or looked for, so that the
 * same command in the same folder, with nothing it looked at changed, prints
 * the same report without loading the engine.
 *
 * Recording patches `node:fs` (and `node:fs/promises`) while the run goes,
 * before the engine's modules are imported, and notes each path given to a
 * read (with the SHA-256 of what was read), a lookup (`stat`, `lstat`,
 * `access`, `exists`, `realpath`, `open`) or a listing (`readdir`, `opendir`).
 * Checking uses only `node:fs` and `node:crypto`: a file must have the same
 * content hash, a path looked up the same kind (absent, file, folder), a
 * folder listed the same entries.
 *
 * Modules loaded while the run goes are among the paths: node 20's module
 * resolver looks each one up with `fs.realpathSync` (so a kit, and what it
 * imports, is checked by content). Not seen: reads by code that bypasses
 * `node:fs`'s JavaScript functions (native addons). Runs that read standard
 * input or start worker threads are not recorded (`markUnrecordable`).
 */

/** What a run depends on besides the files: argv, working folder, argmark and node versions, color settings. */
export interface RunKey {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly version: string
  readonly node: string
  readonly isTTY: boolean
  readonly env: Readonly<Record<string, string>>
}

/** The state of a path a run looked at: absent, a file (content hash), a folder or something else. */
type PathState = {readonly kind: 'absent'} | {readonly kind: 'file'; readonly sha256: string} | {readonly kind: 'directory'} | {readonly kind: 'other'}

/** One recorded run (JSON, in `<cache>/runs/<sha256 of key>.json`). */
export interface RunRecord {
  readonly format: 1
  readonly key: RunKey
  /** Absolute path → its state when the run ended (a file: what the run read of it). */
  readonly paths: Readonly<Record<string, PathState>>
  /** Absolute folder path → SHA-256 of its sorted entries (names and kinds). */
  readonly listings: Readonly<Record<string, string>>
  /** Whether standard input was checked (and was not piped). */
  readonly stdinNotPiped: boolean
  /** What the run printed, in order: 1 for stdout, 2 for stderr. */
  readonly output: ReadonlyArray<readonly [1 | 2, string]>
  readonly code: number
}

const unrecordableReasons: string[] = []

/** Say that this run cannot be recorded (worker threads, standard input read). */
export function markUnrecordable(reason: string): void {
  unrecordableReasons.push(reason)
}

/** The environment variables that change a report. */
export function reportEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const name of Object.keys(env).sort()) {
    if (name === 'NO_COLOR' || name === 'FORCE_COLOR' || name === 'TERM' || name.startsWith('LC_') || name === 'LANG' || name.startsWith('ARGMARK')) {
      picked[name] = env[name] ?? ''
    }
  }
  return picked
}

/** Where run records live in the cache folder. */
export function runsDirectory(cacheFolder: string): string {
  return path.join(cacheFolder, 'runs')
}

function sha256(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}

/** The file name of the record of `key`. */
export function recordPath(cacheFolder: string, key: RunKey): string {
  return path.join(runsDirectory(cacheFolder), sha256(JSON.stringify(key)) + '.json')
}

/** The state of `file` now (following symbolic links). */
function pathState(file: string, read: typeof fs.readFileSync, stat: typeof fs.statSync): PathState {
  let stats: fs.Stats | undefined
  try {
    stats = stat(file, {throwIfNoEntry: false})
  } catch {
    return {kind: 'other'}
  }
  if (!stats) return {kind: 'absent'}
  if (stats.isDirectory()) return {kind: 'directory'}
  if (!stats.isFile()) return {kind: 'other'}
  try {
    return {kind: 'file', sha256: sha256(read(file))}
  } catch {
    return {kind: 'other'}
  }
}

function listing(folder: string, readdir: typeof fs.readdirSync): string {
  try {
    const entries = readdir(folder, {withFileTypes: true})
      .map((entry) => entry.name + '\0' + (entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o'))
      .sort()
    return sha256(entries.join('\n'))
  } catch {
    return 'unreadable'
  }
}

function same(a: PathState, b: PathState): boolean {
  return a.kind === b.kind && (a.kind !== 'file' || a.sha256 === (b as {sha256: string}).sha256)
}

/**
 * Check the record of `key` in `cacheFolder`: the record when every path and
 * listing it names is unchanged (and standard input is as it was), else
 * `undefined`. Never throws.
 */
export function checkRecord(cacheFolder: string, key: RunKey, stdinPiped: () => boolean): RunRecord | undefined {
  let record: RunRecord
  try {
    record = JSON.parse(fs.readFileSync(recordPath(cacheFolder, key), 'utf8')) as RunRecord
  } catch {
    return undefined
  }
  if (record.format !== 1 || JSON.stringify(record.key) !== JSON.stringify(key)) return undefined
  if (record.stdinNotPiped && stdinPiped()) return undefined
  for (const [file, state] of Object.entries(record.paths)) {
    if (!same(pathState(file, fs.readFileSync, fs.statSync), state)) return undefined
  }
  for (const [folder, hash] of Object.entries(record.listings)) {
    if (listing(folder, fs.readdirSync) !== hash) return undefined
  }
  return record
}

/** A recording in progress (see `startRecording`). */
export interface Recording {
  /** Note what a run printed. */
  output(stream: 1 | 2, text: string): void
  /** Note that standard input was checked and was not piped. */
  stdinNotPiped(): void
  /** Undo the patches; write the record when the run could be recorded. Never throws. */
  finish(code: number): void
}

type Patchable = Record<string, unknown>

/**
 * Patch `node:fs` and `node:fs/promises` to note every path the run reads,
 * looks up or lists (paths under `cacheFolder` excepted), until `finish`.
 * Call it before importing the modules that read files.
 */
export function startRecording(cacheFolder: string, key: RunKey): Recording {
  const readFileSync = fs.readFileSync
  const statSync = fs.statSync
  const readdirSync = fs.readdirSync
  const excluded = path.resolve(key.cwd, cacheFolder) + path.sep
  const read = new Map<string, string>()
  const looked = new Set<string>()
  const listed = new Set<string>()
  const output: Array<[1 | 2, string]> = []
  let stdinNotPiped = false

  const resolve = (value: unknown): string | undefined => {
    const file = typeof value === 'string' ? value : value instanceof URL && value.protocol === 'file:' ? decodeURIComponent(value.pathname) : Buffer.isBuffer(value) ? value.toString() : undefined
    if (file === undefined) return undefined
    const absolute = path.resolve(key.cwd, file)
    return absolute.startsWith(excluded) ? undefined : absolute
  }
  const noteLook = (value: unknown) => {
    const file = resolve(value)
    if (file !== undefined) looked.add(file)
  }
  const noteList = (value: unknown) => {
    const file = resolve(value)
    if (file !== undefined) listed.add(file)
  }
  const noteRead = (value: unknown, data: unknown, encoding: unknown) => {
    const file = resolve(value)
    if (file === undefined) return
    if (typeof data === 'string') read.set(file, sha256(Buffer.from(data, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')))
    else if (data instanceof Uint8Array) read.set(file, sha256(data))
    else looked.add(file)
  }
  const encodingOf = (options: unknown) => (typeof options === 'string' ? options : (options as {encoding?: unknown} | undefined)?.encoding)

  const restores: Array<() => void> = []
  const patch = (target: Patchable, name: string, wrap: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = target[name]
    if (typeof original !== 'function') return
    target[name] = wrap(original as (...args: unknown[]) => unknown)
    restores.push(() => {
      target[name] = original
    })
  }
  const sync = fs as unknown as Patchable
  const promises = fs.promises as unknown as Patchable

  // Reads: hash what was read.
  patch(sync, 'readFileSync', (original) => function (this: unknown, ...args) {
    const data = original.apply(this, args)
    noteRead(args[0], data, encodingOf(args[1]))
    return data
  })
  patch(sync, 'readFile', (original) => function (this: unknown, ...args) {
    const callback = args.at(-1)
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, data: unknown) => {
        if (error) noteLook(args[0])
        else noteRead(args[0], data, encodingOf(args.length > 2 ? args[1] : undefined))
        ;(callback as (...values: unknown[]) => void)(error, data)
      }
    }
    return original.apply(this, args)
  })
  patch(promises, 'readFile', (original) => async function (this: unknown, ...args) {
    try {
      const data = await (original.apply(this, args) as Promise<unknown>)
      noteRead(args[0], data, encodingOf(args[1]))
      return data
    } catch (error) {
      noteLook(args[0])
      throw error
    }
  })
  // Lookups and opens: the state of the path when the run ends.
  for (const name of ['statSync', 'lstatSync', 'accessSync', 'existsSync', 'realpathSync', 'openSync', 'stat', 'lstat', 'access', 'exists', 'realpath', 'open', 'createReadStream']) {
    patch(sync, name, (original) => function (this: unknown, ...args) {
      noteLook(args[0])
      return original.apply(this, args)
    })
  }
  for (const name of ['stat', 'lstat', 'access', 'realpath', 'open']) {
    patch(promises, name, (original) => function (this: unknown, ...args) {
      noteLook(args[0])
      return original.apply(this, args)
    })
  }
  // Listings.
  for (const name of ['readdirSync', 'readdir', 'opendirSync', 'opendir']) {
    patch(sync, name, (original) => function (this: unknown, ...args) {
      noteList(args[0])
      return original.apply(this, args)
    })
  }
  for (const name of ['readdir', 'opendir']) {
    patch(promises, name, (original) => function (this: unknown, ...args) {
      noteList(args[0])
      return original.apply(this, args)
    })
  }
  syncBuiltinESMExports()

  return {
    output(stream, text) {
      output.push([stream, text])
    },
    stdinNotPiped() {
      stdinNotPiped = true
    },
    finish(code) {
      for (const restore of restores) restore()
      syncBuiltinESMExports()
      if (unrecordableReasons.length > 0) return
      try {
        const paths: Record<string, PathState> = {}
        for (const file of [...new Set([...looked, ...read.keys(), ...listed])].sort()) {
          const now = pathState(file, readFileSync, statSync)
          const hash = read.get(file)
          // A file keeps the hash of what the run read of it.
          paths[file] = hash !== undefined && now.kind === 'file' ? {kind: 'file', sha256: hash} : now
        }
        const listings: Record<string, string> = {}
        for (const folder of [...listed].sort()) listings[folder] = listing(folder, readdirSync)
        const record: RunRecord = {format: 1, key, paths, listings, stdinNotPiped, output, code}
        const target = recordPath(cacheFolder, key)
        fs.mkdirSync(path.dirname(target), {recursive: true})
        const temporary = target + '.' + String(process.pid) + '.tmp'
        fs.writeFileSync(temporary, JSON.stringify(record))
        fs.renameSync(temporary, target)
      } catch {}
    }
  }
}
