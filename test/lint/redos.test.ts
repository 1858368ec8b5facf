import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import remarkParse from 'remark-parse'
import {check} from 'recheck'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {remarkArgmark} from '../../src/extract/plugin.js'
import {unattributedQuotation} from '../../src/lint/rules/unattributed-quotation.js'
import {uncitedStatistic} from '../../src/lint/rules/uncited-statistic.js'
import {unsupportedSuperlative} from '../../src/lint/rules/unsupported-superlative.js'
import {vagueAttribution} from '../../src/lint/rules/vague-attribution.js'

// Every module under src/lint, its source and its exports: a regex a module
// writes must be one it exports, so no regex escapes the check below.
const folder = new URL('../../src/lint/', import.meta.url)
// Regexes that run over prose outside src/lint: sentence splitting, citation
// attachment and control comments.
// The exporters and importers escape and read any text a node or a foreign map holds;
// the command line's reporters escape any message.
const outside = [
  '../extract/sentences.ts',
  '../extract/prose.ts',
  '../extract/citations.ts',
  '../util/comment-control.ts',
  // Rendering and reading bibliographies: citation punctuation, affixes, locators, dates, LaTeX.
  '../render/punctuation.ts',
  '../render/bibliography.ts',
  '../syntax/citation/nocite.ts',
  '../syntax/heading-attributes.ts',
  '../syntax/fenced-divs.ts',
  '../syntax/escapes.ts',
  '../syntax/to-markdown.ts',
  '../syntax/prose-data.ts',
  '../util/smart.ts',
  '../util/abbreviations.ts',
  '../util/line-endings.ts',
  '../render/engine-messages.ts',
  '../render/csl/format.ts',
  '../render/affixes.ts',
  '../render/heading-ids.ts',
  '../render/display-width.ts',
  '../render/csl/compat.ts',
  '../render/csl/stop-words.ts',
  '../render/csl/collation.ts',
  '../render/notes.ts',
  '../render/missing-cite.ts',
  '../render/standalone.ts',
  '../render/raw-html.ts',
  '../sources/dates.ts',
  '../cli/reporters.ts',
  '../cli/failures.ts',
  // CSL locale names read from a folder.
  '../cli/locales.ts',
  '../cli/document.ts',
  ...readdirSync(new URL('../export/', folder)).filter((name) => name.endsWith('.ts')).map((name) => '../export/' + name)
]
const files = [...readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts')), ...outside]

const modules = await Promise.all(
  files.map(async (name) => ({
    name,
    source: readFileSync(new URL(name, folder), 'utf8'),
    exports: (await import(new URL(name, folder).href)) as Record<string, unknown>
  }))
)

function exportedRegexes(exports: Record<string, unknown>): RegExp[] {
  return Object.values(exports).flatMap((value) =>
    value instanceof RegExp ? [value] : Array.isArray(value) ? value.filter((item) => item instanceof RegExp) : []
  )
}

/**
 * The regex literals of a TypeScript source (as `/source/flags` text) and its
 * `new RegExp(` calls: comments and strings are skipped, and a `/` starts a
 * regex where an expression can start.
 */
export function regexLiterals(source: string): {literals: string[]; constructed: number} {
  const literals: string[] = []
  let constructed = 0
  let index = 0
  let previous = ''
  while (index < source.length) {
    const char = source[index]!
    const next = source[index + 1]
    if (char === '/' && next === '/') {
      index = source.indexOf('\n', index)
      if (index === -1) break
    } else if (char === '/' && next === '*') {
      index = source.indexOf('*/', index + 2) + 2
      if (index === 1) break
    } else if (char === '"' || char === "'" || char === '`') {
      index = skipString(source, index)
      previous = char
    } else if (char === '/' && (previous === '' || '(,=:[!&|?{};+'.includes(previous) || /\breturn$/.test(source.slice(0, index).trimEnd()))) {
      const end = skipRegex(source, index)
      literals.push(source.slice(index, end))
      index = end
      previous = '/'
    } else {
      if (source.startsWith('new RegExp(', index)) constructed++
      if (!/\s/.test(char)) previous = char
      index++
    }
  }
  return {literals, constructed}
}

function skipString(source: string, start: number): number {
  const quote = source[start]!
  let index = start + 1
  while (index < source.length && source[index] !== quote) index += source[index] === '\\' ? 2 : 1
  return index + 1
}

function skipRegex(source: string, start: number): number {
  let index = start + 1
  let inClass = false
  while (index < source.length) {
    const char = source[index]!
    if (char === '\\') index++
    else if (char === '[') inClass = true
    else if (char === ']') inClass = false
    else if (char === '/' && !inClass) break
    index++
  }
  index++
  while (index < source.length && /[dgimsuvy]/.test(source[index]!)) index++
  return index
}

const all = modules.flatMap((module) => exportedRegexes(module.exports))
const unique = [...new Map(all.map((regex) => [regex.source + '/' + regex.flags, regex])).values()]

// recheck's options: a fixed seed and static seeder, attacks judged by the characters
// the matcher reads (no attack timeout), and a small fuzzing budget.
const recheckOptions = {
  randomSeed: 1,
  attackTimeout: null,
  timeout: 60_000,
  seeder: 'static',
  maxIteration: 3,
  maxGenerationSize: 30,
  maxInitialGenerationSize: 50
} as const
const recheckVersion = (createRequire(import.meta.url)('recheck/package.json') as {version: string}).version

interface Verdicts {
  recheck: string
  options: Record<string, unknown>
  /** Regexes (`/source/flags`) recheck found safe with these options, sorted. */
  safe: string[]
}

const verdictsFile = new URL('redos-verdicts.json', import.meta.url)
function readVerdicts(): Verdicts {
  return JSON.parse(readFileSync(verdictsFile, 'utf8')) as Verdicts
}

function verdictsApply(value: Verdicts): boolean {
  return value.recheck === recheckVersion && JSON.stringify(value.options) === JSON.stringify(recheckOptions)
}

function writeVerdicts(safe: string[]): void {
  const value: Verdicts = {recheck: recheckVersion, options: {...recheckOptions}, safe: [...new Set(safe)].sort()}
  writeFileSync(verdictsFile, JSON.stringify(value, null, 2) + '\n')
}

describe('regexes under src/lint', () => {
  test('the literal scanner finds regexes and skips strings and comments', () => {
    const sample = "const a = /x[/]y/gu // not /this/\nconst b = 'a/b/c' + f(/z/i)\nconst c = new RegExp('q')"
    expect(regexLiterals(sample)).toEqual({literals: ['/x[/]y/gu', '/z/i'], constructed: 1})
  })

  test.each(modules.map((module) => [module.name, module] as const))('%s exports every regex it writes', (_, module) => {
    const {literals, constructed} = regexLiterals(module.source)
    expect(constructed, 'regexes built with `new RegExp` cannot be checked by reading: write literals').toBe(0)
    const exported = new Set(exportedRegexes(module.exports).map(String))
    for (const literal of literals) expect(exported, literal + ' is not exported').toContain(String(eval(literal) as RegExp))
  })

  test('the prose detectors have regexes to check', () => {
    expect(unique.length).toBeGreaterThan(50)
  })

  // recheck fuzzes patterns with look-around. A fixed seed, attacks judged by
  // the characters the matcher reads rather than by the clock, and a small
  // fuzzing budget keep its verdicts the same on any machine; the checker serves
  // one request at a time. Checking every regex takes half an hour and more
  // (1,844 s in a clean clone's `npm test` for the thirty-eighth round's), so
  // the verdicts are kept in `redos-verdicts.json`, keyed by each regex's source
  // and flags and by recheck's version and options: a regex that is new or
  // changed has no verdict there and is checked here. `npm run test:redos`
  // checks every regex again; `npm run redos:record` checks those without a
  // verdict and writes the file (it holds only safe verdicts).
  test('recheck finds every regex safe', async () => {
    const everyRegex = process.env.ARGMARK_REDOS === 'all'
    const verdicts = readVerdicts()
    const known = new Set(everyRegex || !verdictsApply(verdicts) ? [] : verdicts.safe)
    const results: Array<{regex: string; status: string; complexity: string | undefined}> = []
    for (const regex of unique) {
      if (known.has(String(regex))) continue
      const result = await check(regex.source, regex.flags, recheckOptions)
      results.push({regex: String(regex), status: result.status, complexity: result.status === 'vulnerable' ? result.complexity.type : undefined})
    }
    expect(results.filter((result) => result.status !== 'safe')).toEqual([])
    if (process.env.ARGMARK_REDOS_RECORD === '1') writeVerdicts(unique.map(String))
  }, 3_600_000)

  test('the verdict file holds the regexes of these modules only, for this recheck and its options', () => {
    const verdicts = readVerdicts()
    expect(verdictsApply(verdicts), 'recheck or its options changed: run `npm run redos:record`').toBe(true)
    const current = new Set(unique.map(String))
    expect(verdicts.safe.filter((regex) => !current.has(regex)), 'verdicts of regexes no module exports: run `npm run redos:record`').toEqual([])
  })
})

// A megabyte of prose, linted by the four prose rules. Regex work is counted
// as the characters each regex call moves over (from its `lastIndex` to the
// end of its match, or to the end of its input when it fails): a rule that
// re-reads text it has read (a paragraph per finding, a document per block)
// makes the count grow faster than the document. Sentence scope, so one
// citation does not cover a whole one-paragraph megabyte.
const sentence = {scope: 'sentence'} as const
const processor = unified()
  .use(remarkParse)
  .use(remarkArgmark)
  .use(uncitedStatistic, sentence)
  .use(unattributedQuotation, sentence)
  .use(vagueAttribution, sentence)
  .use(unsupportedSuperlative, sentence)
/** The same with `uncited-statistic`'s word cues alone, without its learned model (on by default). */
const cuesProcessor = unified()
  .use(remarkParse)
  .use(remarkArgmark)
  .use(uncitedStatistic, {...sentence, model: false})
  .use(unattributedQuotation, sentence)
  .use(vagueAttribution, sentence)
  .use(unsupportedSuperlative, sentence)

const paragraphs = [
  'In 2002 about 175 million people, roughly 3 per cent of the world, lived abroad [@unpd2002, p. 1]. Studies show that "regular routes reduce smuggling across every border" and it is widely believed that the largest flows never stop.',
  "Section 4.2 was agreed at 10:30 on 9 December 2003; version 2.1.0 followed. One in five nurses, half of all refugees and 12,500 workers doubled to 3:1. \"Unclosed quote 'and an apostrophe's tail in don't and won't",
  '> The evidence that the intervention works is weak, and the evidence that it harms is stronger than previously thought.',
  'Critics say the regional processes serve only to coordinate restriction.[^n] ' + '1'.repeat(300) + ' ' + 'A'.repeat(300) + ' the ' + 'e'.repeat(300) + 'st and ' + "'".repeat(200),
  '[^n]: A note with a figure of 40% and a quotation "of five words or more here" in it.'
]

function document(size: number, join: string): string {
  let text = ''
  for (let index = 0; text.length < size; index++) text += paragraphs[index % paragraphs.length] + join
  return text
}

function lintCounting(text: string, lint = processor): {work: number; messages: number} {
  const file = new VFile({path: 'big.md', value: text})
  const tree = lint.parse(file)
  let work = 0
  const exec = RegExp.prototype.exec
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const result = exec.call(this, input)
    work += (result ? result.index + result[0].length : String(input).length) - from
    return result
  }
  try {
    lint.runSync(tree, file)
  } finally {
    RegExp.prototype.exec = exec
  }
  return {work, messages: file.messages.length}
}

describe('a megabyte of prose', () => {
  test.each([
    ['paragraphs', '\n\n'],
    ['one long paragraph', ' ']
  ])('%s: regex work grows linearly with the document', (_, join) => {
    const half = lintCounting(document(512 * 1024, join))
    const full = lintCounting(document(1024 * 1024, join))
    expect(full.messages).toBeGreaterThan(1000)
    // Twice the text, about twice the work, and a bounded amount per character.
    expect(full.work / half.work).toBeLessThan(2.2)
    expect(full.work / (1024 * 1024)).toBeLessThan(400)
  }, 120_000)

  // A run-on sentence (no sentence mark) of words and figures: each figure's
  // checks read a bounded slice of the sentence, not all of it before the figure.
  // With the word cues alone, which report its figures (more than 1,000), and
  // with the learned model, the default: since its fifty-fourth training it
  // reads almost every figure of this run-on as no statistic (3 messages are
  // left), but it still reads each one, so its work is measured all the same.
  test('one run-on sentence of many figures: regex work grows linearly', () => {
    const words = ['river', '7', '42%', 'council', '12,000', 'grew', 'the', '£3', 'survey']
    const piece = (index: number) => words[(index * 7) % words.length] + ' '
    expectLinearWork(piece, 64 * 1024, 1000, cuesProcessor)
    expectLinearWork(piece, 64 * 1024, undefined)
  }, 120_000)
  // The same in a paragraph where the writer speaks as `we` and tells `you` what to do: the
  // sentence-wide cues of its register (a setting changed, a forecast, a finding, an aggregate)
  // are read once for the sentence, not once for each figure.
  // The word cues alone: the learned model reads every figure of this run-on as the writer's own
  // and leaves no message to show the cues at work (its own work is counted in the test above).
  test('one run-on sentence of figures in the writer\'s and the reader\'s voice: regex work grows linearly', () => {
    const phrase = 'we weigh every crate to 0.5 kg and the hire will rise to £30 a night from May and you keep 40 boxes and sales rose by 12% and '
    expectLinearWork(() => phrase, 64 * 1024, 500, cuesProcessor)
  }, 120_000)
  // One paragraph of hearsay beside pointers into the writer's own tables: each report reads the
  // references of its own sentence, not of the whole paragraph again.
  test('one paragraph of hearsay beside the writer\'s own data: regex work grows linearly', () => {
    expectLinearWork((index) => `It is often claimed that the yard is busy, yet the counts show ${index} vans (Table ${(index % 9) + 1}). `, 48 * 1024, 500)
  }, 120_000)
  // One paragraph of the thirty-second round's readings: a record named and ranked within, an examined
  // body's officers, a claim a correction withdraws, a log's aside, a gloss — each reads a bounded window
  // around its own span, not the paragraph before it again.
  test('one paragraph of records, corrections and glosses: regex work grows linearly', () => {
    expectLinearWork(
      (index) =>
        `The department's register lists ${index} looms. Officials told us the oldest dated loom in the register is the last mill in the county. ` +
        `We said it was the tallest in Kent. It was not; seals were out, always in pairs. The sense 'wipe out almost entirely' is usual, and critics have objected to it. `,
      48 * 1024,
      300
    )
  }, 120_000)
})

/**
 * One paragraph of `piece(0) piece(1) …` to `size` characters and to twice
 * that, linted (by `lint`, the four prose rules' defaults unless given): the
 * larger has more than `messages` messages (when given) and about twice the
 * regex work (under 2.2 times).
 */
function expectLinearWork(piece: (index: number) => string, size: number, messages: number | undefined, lint = processor): void {
  const paragraph = (length: number) => {
    let text = ''
    for (let index = 0; text.length < length; index++) text += piece(index)
    return text
  }
  const half = lintCounting(paragraph(size), lint)
  const full = lintCounting(paragraph(2 * size), lint)
  if (messages !== undefined) expect(full.messages).toBeGreaterThan(messages)
  expect(full.work / half.work).toBeLessThan(2.2)
}
