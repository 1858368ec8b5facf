// The playground page: the editor, the panes, the pickers and the share link.
// Checking happens in a Web Worker (worker.ts), which calls argmark.
import DOMPurify from 'dompurify'
import type {EditorView} from '@codemirror/view'
import seedText from '../../seeds/civil-society-migration-policy.md?raw'
import seedBibliography from '../../seeds/sources.bib?raw'
import {applyFix, createEditor, jumpTo, setText, showDiagnostics} from './editor.js'
import type {BibliographyFormat, CheckRequest, CheckResponse, LintMessage, PlaygroundState, Preset} from './protocol.js'
import {decodeState, encodeState} from './share.js'
import {bundledStyles, loadStyle} from './styles.js'

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error('The page has no #' + id)
  return found as T
}

const app = element<HTMLElement>('app')
const presetPicker = element<HTMLSelectElement>('preset')
const stylePicker = element<HTMLSelectElement>('style')
const styleFile = element<HTMLInputElement>('style-file')
const shareButton = element<HTMLButtonElement>('share')
const shareStatus = element<HTMLOutputElement>('share-status')
const bibliographyText = element<HTMLTextAreaElement>('bibliography')
const bibliographyFormat = element<HTMLSelectElement>('bibliography-format')
const messageList = element<HTMLOListElement>('messages')
const messageCount = element<HTMLElement>('message-count')
const prose = element<HTMLElement>('prose')
const map = element<HTMLElement>('map')
const graphJson = element<HTMLElement>('graph-json')

for (const style of bundledStyles) stylePicker.add(new Option(style.title, style.name))

const seed: PlaygroundState = {
  text: seedText,
  bibliography: seedBibliography,
  format: 'bibtex',
  preset: 'recommended',
  style: 'notes'
}

let uploadedStyle: {name: string; xml: string} | undefined
let version = 0
let lastKeyTime: number | undefined
const editTimes = new Map<number, number>()

// One worker for the messages, one for the views (see worker.ts): the same script.
const workers = ['messages', 'views'].map((name) => new Worker(new URL('./worker.ts', import.meta.url), {type: 'module', name}))
const view: EditorView = createEditor(element('editor'), '', () => {
  version++
  app.dataset.docVersion = String(version)
  // For the latency measure: when the key that made this change went down.
  if (lastKeyTime !== undefined) editTimes.set(version, lastKeyTime)
  lastKeyTime = undefined
  void check()
})
view.contentDOM.addEventListener('keydown', (event) => {
  lastKeyTime = event.timeStamp
}, {capture: true})

/** Send the current state to the worker. */
async function check(): Promise<void> {
  const requested = version
  const state = currentState()
  const style = state.style === 'notes' ? undefined : state.style === 'upload' ? state.styleXml : await loadStyle(state.style)
  if (requested !== version) return
  const request: CheckRequest = {
    version,
    text: state.text,
    bibliography: state.bibliography,
    format: state.format,
    preset: state.preset,
    style
  }
  for (const worker of workers) worker.postMessage(request)
}

function answer(event: MessageEvent<CheckResponse>): void {
  const response = event.data
  // Answers for a document that has changed since are dropped; a newer one is on its way.
  if (response.version !== version) return
  if (response.type === 'failure') {
    messageCount.textContent = ''
    const item = document.createElement('li')
    item.className = 'error'
    item.textContent = 'The playground failed to check this draft: ' + response.reason
    messageList.replaceChildren(item)
    app.dataset.messagesVersion = String(response.version)
    return
  }
  if (response.type === 'messages') {
    showDiagnostics(view, response.messages)
    showMessages(response.messages)
    app.dataset.messagesVersion = String(response.version)
    const keyTime = editTimes.get(response.version)
    if (keyTime !== undefined) {
      performance.measure('keystroke-to-messages', {start: keyTime, end: performance.now()})
      // Of which the worker spent this long linting.
      performance.mark('worker-lint', {detail: response.milliseconds})
    }
    editTimes.clear()
  } else {
    // argmark's HTML renderer already sanitizes with rehype-sanitize (GitHub's schema): it goes in as is.
    prose.innerHTML = response.html
    // The map is Graphviz's SVG of text the author typed: DOMPurify keeps SVG and drops anything active.
    map.innerHTML = response.svgError
      ? ''
      : DOMPurify.sanitize(response.svg, {USE_PROFILES: {svg: true, svgFilters: true}})
    if (response.svgError) {
      const error = document.createElement('p')
      error.className = 'error'
      error.textContent = response.svgError
      map.append(error)
    }
    graphJson.textContent = response.json
    app.dataset.viewsVersion = String(response.version)
  }
}

for (const worker of workers) worker.addEventListener('message', answer)

function showMessages(list: readonly LintMessage[]): void {
  messageCount.textContent = '(' + list.length + ')'
  const items = list.map((message) => {
    const item = document.createElement('li')
    item.className = message.severity
    const jump = document.createElement('button')
    jump.type = 'button'
    jump.className = 'jump'
    const inBibliography = message.file === 'bibliography'
    jump.textContent = (inBibliography ? 'bibliography ' : '') + message.line + ':' + message.column
    jump.title = 'Go to line ' + message.line + (inBibliography ? ' of the bibliography' : '')
    jump.addEventListener('click', () => {
      if (!inBibliography) return jumpTo(view, message.from, message.to)
      bibliographyText.focus()
      bibliographyText.setSelectionRange(message.from, message.to)
    })
    item.append(jump, document.createTextNode(message.reason))
    if (message.ruleId) {
      const rule = document.createElement(message.url ? 'a' : 'span')
      rule.className = 'rule'
      rule.textContent = message.ruleId
      if (rule instanceof HTMLAnchorElement && message.url) {
        rule.href = message.url
        rule.target = '_blank'
        rule.rel = 'noreferrer'
      }
      item.append(rule)
    }
    for (const expected of inBibliography ? [] : message.expected) {
      const fix = document.createElement('button')
      fix.type = 'button'
      fix.className = 'fix'
      fix.textContent = expected === '' ? 'Fix: remove' : 'Fix: “' + expected + '”'
      fix.addEventListener('click', () => applyFix(view, message.from, message.to, expected))
      item.append(fix)
    }
    return item
  })
  if (items.length === 0) {
    const none = document.createElement('li')
    none.className = 'none'
    none.textContent = 'No messages.'
    items.push(none)
  }
  messageList.replaceChildren(...items)
}

function currentState(): PlaygroundState {
  return {
    text: view.state.doc.toString(),
    bibliography: bibliographyText.value,
    format: bibliographyFormat.value as BibliographyFormat,
    preset: presetPicker.value as Preset,
    style: stylePicker.value,
    styleXml: stylePicker.value === 'upload' ? uploadedStyle?.xml : undefined
  }
}

function setUploadedStyle(name: string, xml: string): void {
  uploadedStyle = {name, xml}
  let option = [...stylePicker.options].find((candidate) => candidate.value === 'upload')
  if (!option) {
    option = new Option('', 'upload')
    stylePicker.add(option)
  }
  option.textContent = 'Uploaded: ' + name
  stylePicker.value = 'upload'
}

/** Show a state: the pickers, the bibliography, then the draft (which triggers a check). */
function load(state: Partial<PlaygroundState>): void {
  const whole = {...seed, ...state}
  presetPicker.value = whole.preset
  bibliographyFormat.value = whole.format
  // A value the pickers do not offer leaves them on their first option.
  if (presetPicker.selectedIndex < 0) presetPicker.value = seed.preset
  if (bibliographyFormat.selectedIndex < 0) bibliographyFormat.value = seed.format
  bibliographyText.value = whole.bibliography
  if (whole.style === 'upload' && whole.styleXml) setUploadedStyle('shared style', whole.styleXml)
  else stylePicker.value = [...stylePicker.options].some((option) => option.value === whole.style) ? whole.style : 'notes'
  setText(view, whole.text)
}

function recheck(): void {
  version++
  app.dataset.docVersion = String(version)
  void check()
}

// A click on a node of the map selects the node in the draft (its place is in the graph JSON).
map.addEventListener('click', (event) => {
  const node = event.target instanceof Element ? event.target.closest('g.node[id^="argmark-"]') : null
  if (!node || !graphJson.textContent) return
  const id = node.id.slice('argmark-'.length)
  const graph = JSON.parse(graphJson.textContent) as {nodes?: Array<{id?: string; position?: {start?: {offset?: number}; end?: {offset?: number}}}>}
  const position = graph.nodes?.find((candidate) => candidate.id === id)?.position
  if (position?.start?.offset === undefined) return
  jumpTo(view, position.start.offset, position.end?.offset ?? position.start.offset)
})

const mapFit = element<HTMLInputElement>('map-fit')
mapFit.addEventListener('change', () => map.classList.toggle('fit', mapFit.checked))

presetPicker.addEventListener('change', recheck)
stylePicker.addEventListener('change', recheck)
bibliographyFormat.addEventListener('change', recheck)
bibliographyText.addEventListener('input', recheck)
styleFile.addEventListener('change', async () => {
  const file = styleFile.files?.[0]
  if (!file) return
  setUploadedStyle(file.name, await file.text())
  recheck()
})

shareButton.addEventListener('click', async () => {
  const hash = await encodeState(currentState())
  history.replaceState(null, '', hash)
  try {
    await navigator.clipboard.writeText(location.href)
    shareStatus.textContent = 'Link copied to the clipboard.'
  } catch {
    shareStatus.textContent = 'The address bar holds the link.'
  }
})

window.addEventListener('hashchange', async () => {
  const state = await decodeState(location.hash)
  if (state) load(state)
})

// For tests and the console: the draft as the editor holds it (the editor's DOM shows only the lines in view).
Object.assign(window, {argmarkPlayground: {text: () => view.state.doc.toString()}})

load((await decodeState(location.hash)) ?? {})
