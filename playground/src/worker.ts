// The Web Worker that checks the draft off the main thread. The page starts
// two of it: `messages` lints (fast, so messages follow typing); `views`
// renders the prose, the graph JSON and the map (slower) once typing pauses,
// so the messages never wait for the views. Only the latest request counts:
// requests that arrive while one is being worked on replace each other, and
// the work for a draft that has already changed again is dropped.
import {graphViews, lintMessages, renderHtml, sourcesOf} from './argmark.js'
import type {CheckRequest, CheckResponse} from './protocol.js'

declare const self: DedicatedWorkerGlobalScope

/** The views wait for a pause in typing this long (ms), so they do not take the CPU from the messages. */
const viewsPause = 250

let latest: CheckRequest | undefined
let timer: ReturnType<typeof setTimeout> | undefined

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  latest = event.data
  if (self.name === 'messages') {
    timer ??= setTimeout(run, 0)
  } else {
    clearTimeout(timer)
    timer = setTimeout(run, viewsPause)
  }
})

function post(response: CheckResponse): void {
  self.postMessage(response)
}

async function run(): Promise<void> {
  timer = undefined
  const request = latest
  if (!request) return
  try {
    await check(request)
  } catch (error) {
    // argmark's verbs report problems as messages; this is for a bug, shown rather than lost.
    post({type: 'failure', version: request.version, reason: String(error instanceof Error ? error.stack ?? error.message : error)})
  }
}

async function check(request: CheckRequest): Promise<void> {
  const started = performance.now()
  const sources = await sourcesOf(request)
  if (latest !== request) return
  if (self.name === 'messages') {
    const messages = await lintMessages(request, sources)
    post({type: 'messages', version: request.version, messages, milliseconds: performance.now() - started})
    return
  }
  const html = renderHtml(request, sources)
  const {json, svg} = graphViews(request)
  let map = ''
  let svgError: string | undefined
  try {
    map = await svg
  } catch (error) {
    svgError = String(error instanceof Error ? error.message : error)
  }
  if (latest !== request) return
  post({type: 'views', version: request.version, html, json, svg: map, svgError})
}
