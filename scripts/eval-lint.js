#!/usr/bin/env node
// Precision and recall of argmark's prose rules on the labelled corpus
// (test/corpus/*.yaml), through the built `lint` verb with the `strict`
// preset (every prose rule on, with its default options). Run `npm run
// build` first. Sentence sets are scored per document, paragraph sets per
// labelled passage; each set is printed on its own, then the paragraph sets
// together (when more than one ran).
//
//   node scripts/eval-lint.js                  every set, with its misses
//   node scripts/eval-lint.js --quiet held-out  tables only for the sets named
//   node scripts/eval-lint.js --only paragraphs the sets named only
//   node scripts/eval-lint.js --rules '{"uncited-statistic": ["error", {"scope": "paragraph"}]}'
//                                              settings on top of `strict` (`{"model": false}` reads
//                                              figures with uncited-statistic's word cues alone,
//                                              without its learned model, on by default)
//
// The floors are asserted in test/lint/corpus.test.ts, not here.
import {readFile} from 'node:fs/promises'
import {transform} from 'esbuild'
import {parse as parseYaml} from 'yaml'

const root = new URL('../', import.meta.url)
const {lint} = await import(new URL('dist/index.js', root).href)
if (typeof lint !== 'function') {
  console.error('dist/index.js exports no `lint`: run `npm run build`.')
  process.exit(2)
}

const quiet = new Set()
const only = new Set()
let rules = {}
const args = process.argv.slice(2)
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--quiet') quiet.add(args[++index])
  else if (args[index] === '--rules') rules = JSON.parse(args[++index])
  else if (args[index] === '--only') only.add(args[++index])
}

// evaluate.ts imports nothing: strip its types and load it as a module.
const source = await readFile(new URL('test/corpus/evaluate.ts', root), 'utf8')
const {code} = await transform(source, {loader: 'ts', format: 'esm'})
const {corpusEntries, evaluate, evaluatePassages, formatTable, notWorkedFromSets, paragraphEntries, paragraphSets, proseRuleIds} = await import(
  'data:text/javascript;base64,' + Buffer.from(code).toString('base64')
)

const messages = (text) => lint(text, {preset: 'strict', rules}).filter((message) => proseRuleIds.includes(message.ruleId))
const predictRules = (text) => messages(text).map((message) => message.ruleId)
const predictFindings = (text) =>
  messages(text).map((message) => ({
    rule: message.ruleId,
    start: message.place?.start?.offset ?? 0,
    end: message.place?.end?.offset ?? text.length
  }))

const load = async (name) => parseYaml(await readFile(new URL('test/corpus/' + name + '.yaml', root), 'utf8'))
const results = {}

const wanted = (name) => only.size === 0 || only.has(name)

for (const name of ['sentences', 'held-out'].filter(wanted)) {
  const entries = corpusEntries(await load(name))
  const {scores, misses} = evaluate(entries, predictRules)
  results[name] = scores
  console.log('## ' + name + ' (' + entries.length + ' sentences, per document)\n\n' + formatTable(scores) + '\n')
  if (!quiet.has(name)) for (const miss of misses) console.log(miss.kind + ' ' + miss.rule + ': ' + JSON.stringify(miss.entry.text))
  if (!quiet.has(name) && misses.length > 0) console.log('')
}

const notWorkedFrom = new Set(notWorkedFromSets)
const allParagraphs = []
for (const name of paragraphSets.filter(wanted)) {
  const entries = paragraphEntries(await load(name))
  if (!notWorkedFrom.has(name)) allParagraphs.push(...entries)
  const {scores, misses} = evaluatePassages(entries, predictFindings)
  results[name] = scores
  const passages = entries.reduce((total, entry) => total + entry.passages.length, 0)
  console.log('## ' + name + ' (' + entries.length + ' paragraphs, ' + passages + ' passages)\n\n' + formatTable(scores) + '\n')
  if (!quiet.has(name)) {
    for (const miss of misses) console.log(miss.kind + ' ' + miss.rule + ': `' + miss.words + '` in ' + JSON.stringify(miss.entry.text.slice(0, 70) + '…'))
    if (misses.length > 0) console.log('')
  }
}

const setsRun = paragraphSets.filter((name) => wanted(name) && !notWorkedFrom.has(name)).length
if (setsRun > 1) {
  const {scores} = evaluatePassages(allParagraphs, predictFindings)
  const passages = allParagraphs.reduce((total, entry) => total + entry.passages.length, 0)
  console.log('## all paragraph sets worked from (' + allParagraphs.length + ' paragraphs, ' + passages + ' passages)\n\n' + formatTable(scores) + '\n')
}
