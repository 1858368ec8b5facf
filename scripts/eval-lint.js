#!/usr/bin/env node
// Precision and recall of argmark's prose rules on the labelled corpus
// (test/corpus/*.yaml), through the built `lint` verb with the `strict`
// preset (every prose rule on). Run `npm run build` first. Exits with 1
// when a floor of issue 5 is not met.
import {readFile} from 'node:fs/promises'
import {transform} from 'esbuild'
import {parse as parseYaml} from 'yaml'

const root = new URL('../', import.meta.url)
const {lint} = await import(new URL('dist/index.js', root).href)
if (typeof lint !== 'function') {
  console.error('dist/index.js exports no `lint`: run `npm run build`.')
  process.exit(2)
}

// evaluate.ts imports types only: strip them and load it as a module.
const source = await readFile(new URL('test/corpus/evaluate.ts', root), 'utf8')
const {code} = await transform(source, {loader: 'ts', format: 'esm'})
const {corpusEntries, evaluate, formatTable, proseRuleIds} = await import(
  'data:text/javascript;base64,' + Buffer.from(code).toString('base64')
)

const predict = (text) =>
  lint(text, {preset: 'strict'})
    .map((message) => message.ruleId)
    .filter((ruleId) => proseRuleIds.includes(ruleId))

const all = []
for (const name of ['sentences', 'held-out']) {
  const entries = corpusEntries(parseYaml(await readFile(new URL('test/corpus/' + name + '.yaml', root), 'utf8')))
  all.push(...entries)
  console.log('## ' + name + ' (' + entries.length + ' sentences)\n\n' + formatTable(evaluate(entries, predict).scores) + '\n')
}

const {scores, misses} = evaluate(all, predict)
console.log('## all (' + all.length + ' sentences)\n\n' + formatTable(scores) + '\n')
for (const miss of misses) console.log(miss.kind + ' ' + miss.rule + ': ' + JSON.stringify(miss.entry.text))

const floors = {
  'uncited-statistic': {recall: 0.9, precision: 0.85},
  'unattributed-quotation': {recall: 0.9, precision: 0.85},
  'vague-attribution': {precision: 0.9}
}
const failed = scores.filter((score) => {
  const floor = floors[score.rule]
  return floor && (score.precision < (floor.precision ?? 0) || score.recall < (floor.recall ?? 0))
})
for (const score of failed) console.error('Below the floor: ' + score.rule)
process.exitCode = failed.length > 0 ? 1 : 0
