// The Web Worker that checks the draft off the main thread. Only the latest
// request counts: requests that arrive while one is being checked replace
// each other, and the views (prose, graph, map) of a draft that has already
// changed again are skipped.
import {graphViews, lintMessages, renderHtml, sourcesOf} from './argmark.js'
import type {CheckRequest, CheckResponse} from './protocol.js'

declare const self: DedicatedWorkerGlobalScope

let latest: CheckRequest | undefined
let scheduled = false

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  latest = event.data
  if (!scheduled) {
    scheduled = true
    setTimeout(run, 0)
  }
})

function post(response: CheckResponse): void {
  self.postMessage(response)
}

async function run(): Promise<void> {
  scheduled = false
  const request = latest
  if (!request) return
  const started = performance.now()
  const sources = await sourcesOf(request)
  if (latest !== request) return
  post({type: 'messages', version: request.version, messages: lintMessages(request, sources), milliseconds: performance.now() - started})
  // Let newer requests in before the slower views.
  await new Promise((resolve) => setTimeout(resolve, 0))
  if (latest !== request) return
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
