import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {SavedFile} from './cache.js'
import {markUnrecordable} from './run-record.js'

/** What a worker thread needs to lint one file: its text, where it is, and the command's settings. */
export interface LintTask {
  readonly cwd: string
  readonly path: string
  readonly value: string
  /** The rule settings: the configuration's, with the command line's on top. */
  readonly settings: unknown
  /** The engine options that can cross threads (`--kit`, how configuration is found). */
  readonly options: unknown
}

/** Threads that lint files while the main thread reads the next ones. */
export interface LintPool {
  /** What linting one file gave. */
  run(task: LintTask): Promise<SavedFile>
  /** Stop the threads. */
  close(): Promise<void>
  /** How many threads were started. */
  readonly started: number
}

interface Pending {
  readonly task: LintTask
  readonly resolve: (result: SavedFile) => void
  readonly reject: (error: Error) => void
}

/**
 * A pool of up to `size` worker threads for `argmark lint` over many files.
 * A thread costs the time to load argmark, so threads start only once
 * `waiting` files queue up (more than the main thread keeps up with); until
 * then, and when no worker script is found (running from the sources), the
 * main thread lints each file with `inline`.
 */
export function createLintPool(options: {
  readonly size: number
  readonly waiting: number
  readonly inline: (task: LintTask) => Promise<SavedFile>
}): LintPool {
  const script = workerScript()
  const queue: Pending[] = []
  const idle: Worker[] = []
  const workers = new Set<Worker>()
  const busy = new Map<Worker, Pending>()
  let started = 0
  let inlineRunning = false
  let scheduled = false
  let waited = false

  function schedule(): void {
    if (scheduled) return
    scheduled = true
    setImmediate(() => {
      scheduled = false
      drain()
    })
  }

  function drain(): void {
    if (script && queue.length >= options.waiting && workers.size < options.size) {
      const wanted = Math.min(options.size, workers.size + queue.length - idle.length)
      while (workers.size < wanted) spawn(script)
    }
    while (idle.length > 0 && queue.length > 0) assign(idle.pop()!, queue.shift()!)
    // Without threads (yet), the main thread takes the next file; the first
    // one after a moment, in which the files of a large run queue up.
    if (workers.size === 0 && queue.length > 0 && !inlineRunning) {
      if (!waited) {
        waited = true
        setTimeout(schedule, firstWait)
        return
      }
      const next = queue.shift()!
      inlineRunning = true
      options.inline(next.task).then(next.resolve, next.reject).finally(() => {
        inlineRunning = false
        schedule()
      })
    }
  }

  function spawn(url: URL): void {
    // What a thread reads is not seen by a run record (run-record.ts).
    markUnrecordable('worker threads')
    const worker = new Worker(url)
    worker.unref()
    started++
    workers.add(worker)
    worker.on('message', (reply: {result?: SavedFile; error?: string}) => {
      const pending = busy.get(worker)
      busy.delete(worker)
      if (pending) {
        if (reply.result) pending.resolve(reply.result)
        else pending.reject(new Error(reply.error ?? 'worker failed'))
      }
      idle.push(worker)
      schedule()
    })
    worker.on('error', (error) => {
      const pending = busy.get(worker)
      busy.delete(worker)
      workers.delete(worker)
      // The file is linted on the main thread instead.
      if (pending) options.inline(pending.task).then(pending.resolve, pending.reject)
      void error
      schedule()
    })
    idle.push(worker)
  }

  function assign(worker: Worker, pending: Pending): void {
    busy.set(worker, pending)
    worker.postMessage(pending.task)
  }

  return {
    get started() {
      return started
    },
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({task, resolve, reject})
        schedule()
      })
    },
    async close() {
      await Promise.all([...workers].map((worker) => worker.terminate()))
      workers.clear()
      idle.length = 0
    }
  }
}

// How long the first file waits for others to queue up (milliseconds).
const firstWait = 25

// The built worker script, next to this module's bundle; none from the sources.
function workerScript(): URL | undefined {
  for (const candidate of ['./lint-worker.js', './cli/lint-worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}
