import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {report} from '../util/report.js'
import {sourceText} from '../util/source-text.js'
import {lastIndexAtMost} from '../util/search.js'
import type {EmphasisDepthProblem} from './emphasis-depth.js'
import type {NestingKind, NestingProblem} from './nesting.js'
import {guardNesting, nestingLimits} from './nesting.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * The offsets (0-based, UTF-16 code units, ascending) of the characters
     * `parseWithinLimits` read as text because they nest too deep.
     */
    argmarkNestingMasked: readonly number[]
  }
}

// Parsing within argmark's nesting limits: the guarded text is parsed, what
// the guard masked is given back in the tree, trees deeper than the limit are
// flattened to text, and each limit reached is reported.

/**
 * Give back the characters `guardNesting` masked, in every string of the
 * tree's nodes (values, labels, attributes, citation affixes). Iterative.
 */
export function restorePlaceholders(tree: Node, placeholders: ReadonlyMap<string, string>): void {
  if (placeholders.size === 0) return
  const restore = (text: string): string => {
    let result = text
    for (const [placeholder, char] of placeholders) {
      if (result.includes(placeholder)) result = result.split(placeholder).join(char)
    }
    return result
  }
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const value = stack.pop()
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index]
        if (typeof item === 'string') value[index] = restore(item)
        else if (item !== null && typeof item === 'object') stack.push(item)
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key of Object.keys(record)) {
        if (key === 'position') continue
        const item = record[key]
        if (typeof item === 'string') record[key] = restore(item)
        else if (item !== null && typeof item === 'object') stack.push(item)
      }
    }
  }
}

const nestingWords: Readonly<Record<Exclude<NestingKind, 'lazyLines' | 'tree' | 'bracketSpan' | 'brackets' | 'emphasisSequences' | 'strikethroughPairs'>, string>> = {
  containers: 'block quotes, list items and directive containers',
  emphasis: 'emphasis markers',
  emphasisDepth: 'emphasis and strong (open marker characters)'
}

const nestingCosts: Readonly<Record<Exclude<NestingKind, 'lazyLines' | 'tree' | 'bracketSpan' | 'brackets' | 'emphasisSequences' | 'strikethroughPairs'>, string>> = {
  containers: 'reading costs depth × lines',
  emphasis: 'reading costs markers × markers',
  emphasisDepth: 'reading costs depth × depth'
}

/**
 * Tokenize a document within `nestingLimits`: guard it, `parse` the guarded
 * text, give back every masked character in the tree, recompute lines and
 * columns from offsets where line endings were masked, and report each limit
 * reached as `nesting-too-deep` on `file`. The tree is what `parse` gives for
 * the document itself when no limit is reached.
 */
export function parseWithinLimits<T extends Node>(file: VFile, parse: (value: string) => T): T {
  // The guard reads the text after a leading byte order mark, which
  // micromark drops: its offsets are then the tree's and every message's.
  const value = sourceText(file)
  const guarded = guardNesting(value)
  if (guarded.placeholders.size === 0) {
    const tree = parse(value)
    const problems = [...emphasisDepthProblems(tree), ...flattenDeep(tree)]
    if (problems.length > 0) reportNesting(file, problems, location(value))
    return tree
  }
  const tree = parse(guarded.value)
  restorePlaceholders(tree, guarded.placeholders)
  file.data.argmarkNestingMasked = guarded.masked
  const place = location(value)
  if ([...guarded.placeholders.values()].some((char) => char === '\n' || char === '\r')) relocatePoints(tree, place)
  reportNesting(file, [...guarded.problems, ...emphasisDepthProblems(tree), ...flattenDeep(tree)], place)
  return tree
}

/**
 * The emphasis nested too deep that the parse read as text (see
 * `emphasisDepth`), taken off the root's data, at micromark's offsets (after
 * a leading byte order mark, as every position).
 */
function emphasisDepthProblems(tree: Node): NestingProblem[] {
  const data = tree.data as {argmarkEmphasisDepth?: readonly EmphasisDepthProblem[]} | undefined
  const deep = data?.argmarkEmphasisDepth
  if (!data || !deep) return []
  delete data.argmarkEmphasisDepth
  if (Object.keys(data).length === 0) delete tree.data
  return [...deep]
}

/**
 * Whether the character at `offset` (0-based) of `file` was read as text by
 * `parseWithinLimits` because it nests too deep: such markers are reported
 * once, as `nesting-too-deep`, and nothing else reports them. O(log n).
 */
export function maskedByNesting(file: VFile, offset: number): boolean {
  const masked = file.data.argmarkNestingMasked
  if (!masked || masked.length === 0) return false
  return masked[lastIndexAtMost(masked, offset)] === offset
}

/**
 * Set the line and column of every point in the tree (node positions, and
 * the ones argmark's syntax keeps in `data` and on citation items) from its
 * offset, in place (points shared by nodes stay shared). Iterative.
 */
function relocatePoints(tree: Node, place: ReturnType<typeof location>): void {
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item)
      continue
    }
    const record = value as Record<string, unknown>
    if (typeof record['offset'] === 'number' && typeof record['line'] === 'number' && typeof record['column'] === 'number') {
      const point = place.toPoint(record['offset'])
      if (point) {
        record['line'] = point.line
        record['column'] = point.column
      }
      continue
    }
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (item !== null && typeof item === 'object') stack.push(item)
    }
  }
}

/**
 * Keep the tree within `nestingLimits.tree` levels: a node at the limit
 * whose descendants go deeper gets, as its only child, a text node with
 * their text. Iterative; gives the problem, if any.
 */
function flattenDeep(tree: Node): NestingProblem[] {
  const limit = nestingLimits.tree
  let problem: {depth: number; offset: number; count: number} | undefined
  const stack: Array<[Node, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    const children = (node as {children?: Node[]}).children
    if (!children) continue
    if (depth < limit) {
      for (const child of children) stack.push([child, depth + 1])
      continue
    }
    if (!children.some((child) => Array.isArray((child as {children?: Node[]}).children))) continue
    const text: Node & {value: string} = {type: 'text', value: plainText(node)}
    const first = children[0]?.position
    const last = children.at(-1)?.position
    if (first && last) text.position = {start: first.start, end: last.end}
    ;(node as unknown as {children: Node[]}).children = [text]
    const offset = first?.start.offset ?? node.position?.start.offset ?? 0
    if (!problem) problem = {depth: depth + 1, offset, count: 1}
    else problem.count++
  }
  return problem ? [{kind: 'tree', ...problem}] : []
}

/** The text of a node's descendants (their `value`s, in order). Iterative. */
function plainText(node: Node): string {
  let text = ''
  const stack: Node[] = [...((node as {children?: Node[]}).children ?? [])].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    // Text, code and HTML have a `value`; an image, its `alt`.
    const {value, alt} = current as {value?: unknown; alt?: unknown}
    if (typeof value === 'string') text += value
    else if (typeof alt === 'string') text += alt
    const children = (current as {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return text
}

function reportNesting(file: VFile, problems: readonly NestingProblem[], place: ReturnType<typeof location>): void {
  for (const problem of problems) {
    const limit = String(nestingLimits[problem.kind])
    const reason =
      problem.kind === 'brackets'
        ? 'Unexpected brackets holding brackets nested more than ' + limit + ' deep or spanning more than ' +
          String(nestingLimits.bracketSpan) + ' characters, expected fewer (reading costs depth × label length): ' +
          String(problem.count) + ' markers beyond it read as text, kept in the output'
        : problem.kind === 'tree'
        ? 'Unexpected elements (emphasis, links, …) nested ' + String(problem.depth) + ' deep, expected at most ' + limit +
          ' (writing costs a stack frame per level): the text inside kept as plain text'
        : problem.kind === 'emphasisSequences'
        ? 'Unexpected more than ' + limit + ' emphasis marker sequences in one paragraph, expected at most ' + limit +
          ' (reading costs sequences × sequences): ' + String(problem.count) + ' markers after them read as text, kept in the output'
        : problem.kind === 'strikethroughPairs'
        ? 'Unexpected more than ' + limit + ' strikethrough pairs (`~~…~~`) in one paragraph, expected at most ' + limit +
          ' (reading costs pairs × events): ' + String(problem.count) + ' markers after them read as text, kept in the output'
        : problem.kind === 'lazyLines'
        ? 'Unexpected more than ' + limit + ' lazy lines in a row in a paragraph of a block quote or list item, expected at most ' +
          limit + ' (reading costs lines × lines): the ' + String(problem.count) +
          ' line breaks after them are kept in the text but read as one line'
        : 'Unexpected ' + nestingWords[problem.kind as 'containers' | 'emphasis' | 'emphasisDepth'] + ' nested ' + String(problem.depth) + ' deep, expected at most ' + limit +
          ' (' + nestingCosts[problem.kind as 'containers' | 'emphasis' | 'emphasisDepth'] + '): ' + (problem.count === 1 ? '1 marker' : String(problem.count) + ' markers') +
          ' beyond it read as text, kept in the output'
    report(file, {ruleId: 'nesting-too-deep', severity: 'warning', place: place.toPoint(problem.offset), reason})
  }
}
