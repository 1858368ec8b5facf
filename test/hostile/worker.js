// Runs one hostile document through every verb, in a worker thread so that
// the test can stop it when it overruns its time budget (a hang fails that
// case, not the suite). Reads the built library (dist/, built by `pretest`).
import {parentPort, workerData} from 'node:worker_threads'
import {parse as parseHtml} from 'parse5'
import {VFile} from 'vfile'
import {check, exportGraph, format, lint, loadSources, parse, render} from '../../dist/index.js'

const {document, verbs, bibtex, style} = workerData
const result = {messages: [], throws: [], outputs: {}, unsafeHtml: [], formatSkipped: false}

function attempt(name, run) {
  try {
    return run()
  } catch (error) {
    result.throws.push(name + ': ' + String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error))
    return undefined
  }
}

function keep(verb, messages) {
  for (const message of messages) {
    result.messages.push({verb, ruleId: message.ruleId, line: message.line, column: message.column, reason: message.reason})
  }
}

const want = (verb) => verbs === undefined || verbs.includes(verb)

if (want('parse')) {
  const parsed = attempt('parse', () => parse(document))
  if (parsed) {
    keep('parse', parsed.file.messages)
    for (const format of ['json', 'mermaid', 'dot', 'aif', 'argdown']) {
      const output = attempt('exportGraph ' + format, () => exportGraph(parsed.graph, format))
      if (typeof output !== 'string') result.throws.push('exportGraph ' + format + ': no string')
    }
  }
}
let sources
if (bibtex !== undefined) {
  const file = new VFile({value: document})
  sources = await loadSources({bibliography: 'refs.bib'}, async () => bibtex, file).catch((error) => {
    result.throws.push('loadSources: ' + String(error))
    return undefined
  })
  keep('loadSources', file.messages)
  if (sources) for (const bibliography of sources.files) keep('bibliography', bibliography.messages)
}
if (want('check')) {
  const messages = attempt('check', () => check(document, {sources}))
  if (messages) keep('check', messages)
}
if (want('lint')) {
  const messages = attempt('lint', () => lint(document, {preset: 'strict'}))
  if (messages) keep('lint', messages)
}
for (const to of ['text', 'markdown', 'html']) {
  if (!want('render')) break
  const file = new VFile({value: document})
  const output = attempt('render ' + to, () => render(file, {to, sources, style}))
  keep('render ' + to, file.messages)
  if (typeof output === 'string') result.outputs[to] = output
}
if (want('format')) {
  const file = new VFile({value: document})
  const output = attempt('format', () => format(file))
  keep('format', file.messages)
  if (typeof output === 'string') result.outputs.format = output
}

// Every element and attribute of the HTML as a browser's parser reads it.
if (typeof result.outputs.html === 'string') {
  const stack = [parseHtml(result.outputs.html)]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.tagName && /^(script|iframe|object|embed|style|svg|math|form|base|meta|link)$/i.test(node.tagName)) {
      result.unsafeHtml.push('<' + node.tagName + '>')
    }
    for (const attribute of node.attrs ?? []) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction') {
        result.unsafeHtml.push(name + '=' + attribute.value.slice(0, 40))
      }
      if (/^(javascript|vbscript|data):/.test(value) && /^(href|src|action|xlink:href|poster|background)$/.test(name)) {
        result.unsafeHtml.push(name + '=' + attribute.value.slice(0, 40))
      }
    }
    for (const child of node.childNodes ?? []) stack.push(child)
    if (node.content) stack.push(node.content)
  }
}

// Keep what the test compares small: words are compared here.
const words = (text) => new Set(text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [])
const proseWords = [...words(workerData.prose)]
result.lost = {}
for (const [name, output] of Object.entries(result.outputs)) {
  if (name === 'html') continue
  const seen = words(output)
  result.lost[name] = proseWords.filter((word) => !seen.has(word)).slice(0, 10)
}
result.outputs = Object.fromEntries(Object.entries(result.outputs).map(([name, output]) => [name, output.length]))
parentPort.postMessage(result)
