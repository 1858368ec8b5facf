#!/usr/bin/env node
// Train the figure model of `uncited-statistic` (src/lint/prose/statistic-model.ts)
// on the labelled paragraph sets, and measure it. Run `npm run build` first.
//
//   node scripts/train-statistic-model.js          leave-one-set-out figures, then write
//                                                  src/lint/prose/statistic-weights.ts
//   node scripts/train-statistic-model.js --check  the figures only, write nothing
//
// Examples: every figure the detector considers (`figureCandidates`, before any
// reading of its sentence) that nothing covers under `strict` (a citation in its
// sentence, a reference in the text, a neighbour that reports the same source),
// in the sets worked from (not `notWorkedFromSets`). A figure is a finding when it
// overlaps a labelled `uncited-statistic` passage. The model is a logistic
// regression over the figure's features (`figureFeatures`),
// fitted by stochastic gradient descent with L2 and a fixed seed, so the weights
// are the same on every run. Features seen fewer than three times are left out.
//
// Leave-one-set-out: for each set worked from, a model trained on the others
// filters the detector on it; the table gives uncited-statistic precision and
// recall per set and over all, with the word cues alone and with the model after
// them, at each threshold tried. The threshold written is the highest whose
// held-out recall stays within 0.04 of the cues alone (the model only vetoes, and
// recall's target is 0.9); figures for the sets not worked from come from the
// model trained on every set worked from. `--alone` adds the table of the model
// with none of the word cues, per set held out.
import {readFile, writeFile} from 'node:fs/promises'
import {transform} from 'esbuild'
import {parse as parseYaml} from 'yaml'

const root = new URL('../', import.meta.url)
const dist = (path) => import(new URL('dist/' + path, root).href)
const {lint} = await dist('index.js')
const {english} = await dist('lint/prose/english.js')
const {detectStatistics, figureCandidates} = await dist('lint/prose/statistic.js')
const {figureFeatures, findingOdds, readSentence} = await dist('lint/prose/statistic-model.js')
const {sentenceStartsAfterNotes} = await dist('lint/prose/span.js')
const {shorten} = await dist('lint/prose/run.js')

const source = await readFile(new URL('test/corpus/evaluate.ts', root), 'utf8')
const {code} = await transform(source, {loader: 'ts', format: 'esm'})
const {corpusEntries, evaluatePassages, notWorkedFromSets, paragraphEntries, paragraphSets} = await import(
  'data:text/javascript;base64,' + Buffer.from(code).toString('base64')
)

const check = process.argv.includes('--check')
const thresholds = [-Infinity, -3, -2.5, -2, -1.5, -1]
const minimumCount = 3
const epochs = 30
const l2 = 1e-4

const statisticOf = (message) => message.ruleId === 'uncited-statistic'
const overlaps = (a, b) => a.start < b.end && b.start < a.end
const original = english.statistics

/** Every figure the detector considers in `text`, with its sentence read once for all its figures. */
function readFigures(text) {
  const starts = sentenceStartsAfterNotes(text)
  const readings = []
  let sentence = 0
  return figureCandidates(text).map((span) => {
    while (sentence + 1 < starts.length && starts[sentence + 1] <= span.start) sentence++
    const reading = (readings[sentence] ??= readSentence(text, starts[sentence], starts[sentence + 1] ?? text.length))
    return {span, reading}
  })
}

/**
 * The uncovered figures of one paragraph, with their features and labels: a
 * finding overlaps a labelled passage; in a sentence set (`labels`, one per
 * document) a document labelled `uncited-statistic` gives its figure as a
 * finding when it has only one, and is left out when it has more.
 */
function examplesOf(entry) {
  const records = []
  english.statistics = (text) => {
    const figures = readFigures(text)
    for (const {span, reading} of figures) records.push({found: shorten(text.slice(span.start, span.end)), features: figureFeatures(reading, span)})
    return figures.map(({span}) => span)
  }
  const messages = lint(entry.text, {preset: 'strict'}).filter(statisticOf)
  english.statistics = original
  // Messages come in the order their figures were read: match each to the next record with its words.
  const examples = []
  let next = 0
  let unmatched = 0
  for (const message of messages) {
    const words = /^Unexpected statistic `(.*)` without a /u.exec(message.reason)?.[1]
    while (next < records.length && records[next].found !== words) next++
    if (next === records.length) {
      unmatched++
      next = 0
      continue
    }
    const place = {start: message.place.start.offset, end: message.place.end.offset}
    const finding = entry.passages
      ? entry.passages.some((passage) => passage.rule === 'uncited-statistic' && overlaps(passage, place))
      : entry.labels.includes('uncited-statistic')
    examples.push({features: records[next++].features, finding})
  }
  if (!entry.passages && entry.labels.includes('uncited-statistic') && examples.length !== 1) return {examples: [], unmatched}
  return {examples, unmatched}
}

/** A fixed-seed generator (mulberry32) for the order of examples. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Logistic regression by SGD with L2: `{bias, weights}` over features seen `minimumCount` times or more. */
function train(examples) {
  const counts = new Map()
  for (const {features} of examples) for (const feature of new Set(features)) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const weights = new Map()
  let bias = 0
  const order = examples.map((_, index) => index)
  const next = random(1)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[order[index], order[other]] = [order[other], order[index]]
    }
    const rate = 0.2 / (1 + epoch * 0.5)
    for (const position of order) {
      const {features, finding} = examples[position]
      const kept = features.filter((feature) => counts.get(feature) >= minimumCount)
      const odds = kept.reduce((sum, feature) => sum + (weights.get(feature) ?? 0), bias)
      const error = (finding ? 1 : 0) - 1 / (1 + Math.exp(-odds))
      bias += rate * error
      for (const feature of kept) {
        const weight = weights.get(feature) ?? 0
        weights.set(feature, weight + rate * (error - l2 * weight))
      }
    }
  }
  const rounded = {}
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(weight) >= 0.01) rounded[feature] = Math.round(weight * 1000) / 1000
  }
  return {bias: Math.round(bias * 1000) / 1000, weights: rounded}
}

/** The figures `model` alone keeps, with none of the word cues: how far the model carries on its own. */
function modelAlone(text, model) {
  return readFigures(text)
    .filter(({span, reading}) => findingOdds(model, reading, span) >= model.threshold)
    .map(({span}) => span)
}

/** Uncited-statistic precision and recall on `entries`, the detector run with `model` (after the cues, or `alone`). */
function score(entries, model, alone = false) {
  english.statistics = (text) => (alone ? modelAlone(text, model) : detectStatistics(text, model))
  const predict = (text) =>
    lint(text, {preset: 'strict'})
      .filter(statisticOf)
      .map((message) => ({rule: message.ruleId, start: message.place.start.offset, end: message.place.end.offset}))
  const {scores} = evaluatePassages(entries, predict)
  english.statistics = original
  return scores.find((row) => row.rule === 'uncited-statistic')
}

const sets = []
let unmatched = 0
for (const name of paragraphSets) {
  const entries = paragraphEntries(parseYaml(await readFile(new URL('test/corpus/' + name + '.yaml', root), 'utf8')))
  const examples = []
  for (const entry of entries) {
    const result = examplesOf(entry)
    examples.push(...result.examples)
    unmatched += result.unmatched
  }
  sets.push({name, entries, examples, workedFrom: !notWorkedFromSets.includes(name)})
}
// The sentence sets train every model and are held out from none: one sentence each, like a test's row.
const sentences = []
for (const name of ['sentences', 'held-out']) {
  for (const entry of corpusEntries(parseYaml(await readFile(new URL('test/corpus/' + name + '.yaml', root), 'utf8')))) {
    const result = examplesOf(entry)
    sentences.push(...result.examples)
    unmatched += result.unmatched
  }
}
const workedFrom = sets.filter((set) => set.workedFrom)
const total = workedFrom.reduce((sum, set) => sum + set.examples.length, 0)
const findings = workedFrom.reduce((sum, set) => sum + set.examples.filter((example) => example.finding).length, 0)
console.log(total + ' uncovered figures in ' + workedFrom.length + ' sets worked from, ' + findings + ' of them findings; ' + sentences.length + ' in the sentence sets; ' + unmatched + ' messages unmatched\n')

const format = (row) => row.precision.toFixed(3) + ' / ' + row.recall.toFixed(3)
const sums = thresholds.map(() => ({tp: 0, fp: 0, fn: 0}))
console.log('| set | ' + thresholds.map((threshold) => (threshold === -Infinity ? 'cues alone' : 'model ≥ ' + threshold)).join(' | ') + ' |')
console.log('|---|' + thresholds.map(() => '---|').join(''))
for (const held of workedFrom) {
  const fitted = train([...sentences, ...workedFrom.filter((set) => set !== held).flatMap((set) => set.examples)])
  const rows = thresholds.map((threshold) => score(held.entries, {...fitted, threshold}))
  rows.forEach((row, index) => {
    sums[index].tp += row.tp
    sums[index].fp += row.fp
    sums[index].fn += row.fn
  })
  console.log('| ' + held.name + ' | ' + rows.map(format).join(' | ') + ' |')
}
const totals = sums.map(({tp, fp, fn}) => ({precision: tp / (tp + fp), recall: tp / (tp + fn)}))
console.log('| all, each held out | ' + totals.map(format).join(' | ') + ' |\n')
// The model only vetoes: the threshold written is the highest whose held-out recall is within
// `recallGiven` of the cues' alone, chosen on the sets worked from before any set not worked from was read.
const recallGiven = 0.04
let chosen = 0
totals.forEach((row, index) => {
  if (row.recall >= totals[0].recall - recallGiven) chosen = index
})
const threshold = thresholds[chosen]
console.log('highest threshold whose held-out recall is within ' + recallGiven + ' of the cues alone: ' + threshold + '\n')

if (process.argv.includes('--alone')) {
  const aloneThresholds = [-Infinity, -1, -0.5, 0, 0.5, 1]
  const aloneSums = aloneThresholds.map(() => ({tp: 0, fp: 0, fn: 0}))
  console.log('model alone, no word cues:\n\n| set | ' + aloneThresholds.map((value) => 'model ≥ ' + value).join(' | ') + ' |')
  console.log('|---|' + aloneThresholds.map(() => '---|').join(''))
  for (const held of workedFrom) {
    const fitted = train([...sentences, ...workedFrom.filter((set) => set !== held).flatMap((set) => set.examples)])
    const rows = aloneThresholds.map((value) => score(held.entries, {...fitted, threshold: value}, true))
    rows.forEach((row, index) => {
      aloneSums[index].tp += row.tp
      aloneSums[index].fp += row.fp
      aloneSums[index].fn += row.fn
    })
    console.log('| ' + held.name + ' | ' + rows.map(format).join(' | ') + ' |')
  }
  console.log('| all, each held out | ' + aloneSums.map(({tp, fp, fn}) => format({precision: tp / (tp + fp), recall: tp / (tp + fn)})).join(' | ') + ' |\n')
}

const model = {...train([...sentences, ...workedFrom.flatMap((set) => set.examples)]), threshold}
for (const set of sets.filter((candidate) => !candidate.workedFrom)) {
  const cells = thresholds.map((value) => 'model ≥ ' + value + ' ' + format(score(set.entries, {...model, threshold: value})))
  console.log(set.name + ' (not worked from): ' + cells.join(', '))
}
console.log(Object.keys(model.weights).length + ' weights')

if (!check) {
  await writeFile(new URL('src/lint/prose/statistic-weights.ts', root), weightsModule(model, threshold, workedFrom.length, total, findings))
  console.log('wrote src/lint/prose/statistic-weights.ts')
}

/**
 * The weights module: one `feature weight` pair a line in a template literal,
 * read into an object once at import. As an object literal tsc writes every
 * pair on its own indented line (153 kB of dist, 34.6 kB gzipped, for 5,565
 * weights); as lines it is 86 kB, 30.9 kB gzipped, and a retraining still
 * diffs a line a weight. Throws if a feature could not sit in the literal.
 */
function weightsModule(model, threshold, setCount, total, findings) {
  const lines = Object.entries(model.weights).map(([feature, weight]) => {
    if (/[\s`\\]|\$\{/.test(feature)) throw new Error('Unexpected feature `' + feature + '` in the weights, expected no space, backtick, backslash or `${`')
    return feature + ' ' + weight
  })
  return (
    "import type {FigureModel} from './statistic-model.js'\n\n" +
    '// Generated by scripts/train-statistic-model.js from ' + setCount + ' paragraph sets (' + total + ' uncovered figures, ' + findings + ' findings): do not edit by hand.\n\n' +
    '/** Feature weights, one `feature weight` pair a line (log-odds). */\n' +
    'const lines = `' + lines.join('\n') + '`\n\n' +
    '/** The figure model argmark ships (see statistic-model.ts). */\n' +
    'export const statisticModel: FigureModel = {\n  bias: ' + model.bias + ',\n  threshold: ' + (threshold === -Infinity ? '-Infinity' : threshold) + ',\n' +
    "  weights: Object.fromEntries(\n    lines.split('\\n').map((line) => {\n      const space = line.lastIndexOf(' ')\n      return [line.slice(0, space), Number(line.slice(space + 1))]\n    })\n  )\n}\n"
  )
}
