// The fact-check kit through the API: the ratings of a draft, and what check says.
// Run: node examples/fact-check-kit/run.js
import {readFile} from 'node:fs/promises'
import {check, parse} from 'argmark'
import {kit} from './kit.mjs'

const draft = await readFile(new URL('draft.md', import.meta.url), 'utf8')
for (const node of parse(draft, {kit}).graph.nodes) {
  if (node.kind === 'claim') console.log(`${node.id}: ${node.rating ?? 'not rated'}`)
}
for (const message of check(draft, {kit})) {
  console.log(`${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
}
