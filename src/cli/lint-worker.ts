// The worker thread of `argmark lint` (see `createLintPool`): lints the files it is sent.
import {parentPort} from 'node:worker_threads'
import {lintTask} from './engine.js'
import type {LintTask} from './lint-pool.js'

parentPort?.on('message', (task: LintTask) => {
  lintTask(task).then(
    (result) => parentPort?.postMessage({result}),
    (error: unknown) => parentPort?.postMessage({error: String(error)})
  )
})
