// The science kit through the API: parse, lint and export a draft with it.
// Run: node examples/science-kit/run.js
import {readFile} from 'node:fs/promises'
import {exportGraph, lint, parse} from 'argmark'
import {kit} from './kit.mjs'

const draft = await readFile(new URL('draft.md', import.meta.url), 'utf8')
const {graph} = parse(draft, {kit})
for (const node of graph.nodes) {
  // `node` is typed by the kit: a method has `tests` and `sample`.
  if (node.kind === 'method') console.log(`method ${node.id} (n = ${node.sample}) tests ${node.tests.join(', ')}`)
}
for (const message of lint(draft, {kit, rules: {'untested-hypothesis': 'error'}})) {
  console.log(`${message.line}:${message.column} ${message.ruleId} (${message.fatal ? 'error' : 'warning'}): ${message.reason}`)
}
console.log(JSON.parse(exportGraph(graph)).relations.map((relation) => relation.type).join(' '))
