import type {Parent} from 'unist'
import type {ProseBlock, TableContext} from '../../extract/prose.js'
import {blockSupport} from './coverage.js'
import type {ProseLanguage} from './language.js'

// A table is one claim with one source: its figures are covered together by
// a citation, footnote or reference written in its caption or a header cell,
// in the sentence right before it that introduces it, or by a `Source: …`
// line right after it. Not by a cell's neighbours, which are other cells.

/** A caption: `Table 2: …`, `Table: …` (pandoc), `: …` (pandoc's short form), `Table 2. …`. */
const caption = /^\s*(?:table(?:\s+[\p{L}\d][\p{L}\d.–-]{0,6})?\s*[:.—–-]\s|:\s)/iu
/** A sentence that introduces the table below it: ending on a colon, or naming it (`the table below`, `the following table`, `Table 3`). */
const introduces = /:\s*$|\b(?:[Tt]he|[Tt]his)\s+(?:table|figures?|data)\s+(?:below|that\s+follows)\b|\b[Tt]he\s+following\s+(?:table|figures|data)\b|\bTable\s+[\p{Lu}\d][\w.–-]{0,6}\b/u
/** A line giving the table's source: `Source: …`, `Sources: …`, `Note: … Source: …`. */
const sourceLine = /^\s*sources?\s*:\s*\S/iu
const noteLine = /^\s*notes?\s*:/iu
const sourceWord = /\bsources?\b/iu
const spaces = /\s+/u

/** Every regex of this module, for the ReDoS test. */
export const tablePatterns: readonly RegExp[] = [caption, introduces, sourceLine, noteLine, sourceWord, spaces]

const coveredTables = new WeakMap<Parent, Map<string, boolean>>()

/**
 * Whether support covers a table as a whole (worked out once per table and
 * language): a citation, footnote or reference in the text in a header cell
 * (row 0) or in a caption right before or after it; the sentence that
 * introduces it, right before it, covered (by its own support or its
 * neighbours', see `blockSupport`); or a `Source: …` line (or a note that
 * gives a source) right after it. `blocks`: the document's prose blocks by
 * node.
 */
export function tableCovered(table: TableContext, blocks: ReadonlyMap<unknown, ProseBlock>, language: ProseLanguage): boolean {
  let byLanguage = coveredTables.get(table.node)
  if (!byLanguage) {
    byLanguage = new Map()
    coveredTables.set(table.node, byLanguage)
  }
  let found = byLanguage.get(language.code)
  if (found === undefined) {
    found = readCovered(table, blocks, language)
    byLanguage.set(language.code, found)
  }
  return found
}

function readCovered(table: TableContext, blocks: ReadonlyMap<unknown, ProseBlock>, language: ProseLanguage): boolean {
  const header = (table.node.children[0] as Parent | undefined)?.children ?? []
  for (const cell of header) {
    const block = blocks.get(cell)
    if (block && blockSupport(block, language).any) return true
  }
  const before = table.before ? blocks.get(table.before) : undefined
  const after = table.after ? blocks.get(table.after) : undefined
  for (const block of [before, after]) {
    if (block && caption.test(block.text) && blockSupport(block, language).any) return true
  }
  if (after && (sourceLine.test(after.text) || (noteLine.test(after.text) && sourceWord.test(after.text)))) return true
  if (before && !caption.test(before.text)) {
    const support = blockSupport(before, language)
    const {sentences, text} = before
    for (let index = sentences.length - 1; index >= 0; index--) {
      const sentence = sentences[index]!
      if (introduces.test(text.slice(sentence.start, sentence.end)) && support.covered[index]) return true
    }
  }
  return false
}

/**
 * How a message names a table: its caption (right before or after it) when
 * it has one, else its header cells (`Region | Grants | Change`).
 */
export function tableName(table: TableContext, blocks: ReadonlyMap<unknown, ProseBlock>): string {
  for (const node of [table.before, table.after]) {
    const block = node ? blocks.get(node) : undefined
    if (block && caption.test(block.text)) return 'table ' + quoteWords(block.text)
  }
  const header = (table.node.children[0] as Parent | undefined)?.children ?? []
  const cells = header.map((cell) => blocks.get(cell)?.text.trim() ?? '').filter((text) => text !== '')
  return cells.length === 0 ? 'table' : 'table headed ' + quoteWords(cells.join(' | '))
}

/** Words in backticks, at most about 60 characters, cut at a word. */
function quoteWords(text: string): string {
  const line = text.replaceAll('\uFFFC', '…').replaceAll('`', "'").split(spaces).join(' ').trim()
  if (line.length <= 60) return '`' + line + '`'
  const cut = line.lastIndexOf(' ', 57)
  return '`' + line.slice(0, cut > 20 ? cut : 57) + ' …`'
}
