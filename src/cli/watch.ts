import {statSync, watch} from 'node:fs'
import type {FSWatcher} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import type {Io} from './io.js'

// Editors write a file in bursts (truncate, write, rename): wait for quiet.
const settle = 100

/**
 * Watch the files and folders a run processed (and the bibliographies and
 * styles it read) and call `rerun` with the paths that changed; resolves when the process is interrupted (Ctrl+C).
 */
export function watchFiles(command: string, origins: readonly string[], io: Io, rerun: (changed: string[]) => Promise<void>): Promise<void> {
  const watchers: FSWatcher[] = []
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()

  const flush = () => {
    const changed = [...pending]
    pending = new Set()
    running = running.then(() => rerun(changed))
  }

  for (const origin of new Set(origins)) {
    const absolute = path.resolve(io.cwd, origin)
    try {
      const folder = statSync(absolute).isDirectory()
      // A file is watched through its folder: editors save by replacing the
      // file, which ends a watch on the file itself.
      const target = folder ? absolute : path.dirname(absolute)
      const watcher = watch(target, {recursive: folder}, (_event, name) => {
        if (!folder && name !== path.basename(absolute)) return
        pending.add(folder && name ? path.join(origin, name) : origin)
        clearTimeout(timer)
        timer = setTimeout(flush, settle)
      })
      watchers.push(watcher)
    } catch (error) {
      io.stderr('argmark ' + command + ': cannot watch `' + origin + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '\n')
    }
  }

  // Said once every watch is in place, so a change after it is seen.
  io.stderr('Watching… (press Ctrl+C to stop)\n')
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
      resolve()
    })
  })
}
