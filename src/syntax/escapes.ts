import type {Text} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'

/*
 * Backslash escapes of the characters pandoc's `smart` extension changes
 * (`\...`, `\'`, `\"`, `\-`): recorded on the text node they end up in, so
 * smart punctuation leaves them as typed (`\...` stays three periods, as in
 * pandoc). mdast-util-from-markdown merges an escape into the surrounding
 * text node; this records where. An escaped dollar (`\$x$`, not math) and
 * pandoc's escaped space (`\ `, a non-breaking space) are recorded too, so
 * that `format` writes their escapes back.
 */

declare module 'mdast' {
  interface TextData {
    /**
     * 0-based indices in `value` of characters written with a backslash
     * escape that smart punctuation must leave alone (`.`, `'`, `"`, `-`),
     * that keeps a dollar from opening math (`$`), or a non-breaking space
     * written as pandoc's escaped space (`\ `), so `format` writes each back.
     */
    escaped?: number[] | undefined
  }
}

/**
 * The characters whose escape is recorded: those smart punctuation respects,
 * `$`, and the non-breaking space pandoc's escaped space (`\ `) gives.
 */
export const recordedEscapes = /^[.'"$\u00a0-]$/

/**
 * A piece of a text node's `value` that was not written as itself: a
 * backslash escape (`\*`) or a character reference (`&amp;`), from `from`
 * to `to` in `value`, written in `source` characters; or, empty (`from`
 * equal to `to`), the source a line of the text skips before its first
 * character: a container's prefix (`> `, a list item's indent) or a
 * continuation line's leading spaces.
 */
export interface Written {
  readonly from: number
  readonly to: number
  readonly source: number
}

const writtenPieces = new WeakMap<Text, Written[]>()
const referenceStarts = new WeakMap<Text, number>()

/**
 * The escapes and character references of a text node the parser built
 * with `escapesFromMarkdown` (in `value` order), so that a reader of
 * `value` can tell a `^[` typed as such from one escaped or decoded; an
 * empty list for a node whose value is its source character for character,
 * and `undefined` when that cannot be told (a node made by a transform, or
 * by a parser without this extension, whose value is not its source).
 */
export function writtenPiecesOf(node: Text): readonly Written[] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const pieces = writtenPieces.get(node) ?? []
  let extra = 0
  for (const piece of pieces) extra += piece.source - (piece.to - piece.from)
  return end - start === node.value.length + extra ? pieces : undefined
}

function record(node: Text, piece: Written): void {
  const pieces = writtenPieces.get(node)
  if (pieces) pieces.push(piece)
  else writtenPieces.set(node, [piece])
}

/**
 * The mdast-util-from-markdown extension recording escapes of
 * `recordedEscapes` on their text nodes, and every escape and character
 * reference for `writtenPiecesOf`.
 */
export function escapesFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {characterReferenceValue: enterReferenceValue, lineEnding: enterLineEnding},
    exit: {data: exitData, characterEscapeValue: exitEscapeValue, characterReference: exitReference}
  }
}

// As mdast-util-from-markdown's own handler (`onexitdata`), plus the record
// of source skipped since the text's last character (a line's prefix).
function exitData(this: CompileContext, token: Token): undefined {
  const node = this.stack.pop() as Text
  skipped(node, token.start.offset)
  node.value += this.sliceSerialize(token)
  if (node.position) node.position.end = {line: token.end.line, column: token.end.column, offset: token.end.offset}
}

// A line ending whose token also spans the next line's prefix: micromark
// ends it after the prefix once a construct's attempt has read past that
// line and been undone (after an in-text citation, `- a @doe99\n  ^[n]`,
// whose suffix it looks for on the next line). mdast-util-from-markdown adds
// the line ending to a text node on exit (`onexitlineending`): take that node
// now, as its own `onenterdata` does and will again, and record the prefix
// after the line ending as skipped.
function enterLineEnding(this: CompileContext, token: Token): undefined {
  // A line ending alone spans one character, or two (`\r\n`): most return here, on every parse.
  const span = token.end.offset - token.start.offset
  if (span < 2) return
  const parent = this.stack[this.stack.length - 1]
  const lineEnding = this.sliceSerialize(token)
  const prefix = span - lineEnding.length
  if (prefix <= 0 || this.data.atHardBreak || this.data.setextHeadingSlurpLineEnding) return
  if (!parent || !this.config.canContainEols.includes(parent.type)) return
  this.config.enter.data?.call(this, token)
  const node = this.stack.pop() as Text
  record(node, {from: node.value.length + lineEnding.length, to: node.value.length + lineEnding.length, source: prefix})
}

/** Record the source between the end of `node` so far and `start` (a line's prefix), if any. */
function skipped(node: Text, start: number): void {
  const end = node.position?.end?.offset
  if (end !== undefined && start > end) record(node, {from: node.value.length, to: node.value.length, source: start - end})
}

// As mdast-util-from-markdown's own handler (`onexitdata`), plus the record.
function exitEscapeValue(this: CompileContext, token: Token): undefined {
  const node = this.stack.pop() as Text
  // The escape's value starts after its backslash.
  skipped(node, token.start.offset - 1)
  const source = this.sliceSerialize(token)
  // pandoc's escaped space (src/syntax/escaped-space.ts) is a non-breaking space.
  const value = source === ' ' ? '\u00a0' : source
  if (recordedEscapes.test(value)) ((node.data ??= {}).escaped ??= []).push(node.value.length)
  record(node, {from: node.value.length, to: node.value.length + value.length, source: value.length + 1})
  node.value += value
  if (node.position) node.position.end = {line: token.end.line, column: token.end.column, offset: token.end.offset}
}

// The text node a reference's value is added to is on top of the stack (entered by `onenterdata`).
function enterReferenceValue(this: CompileContext): undefined {
  const node = this.stack[this.stack.length - 1] as Text
  referenceStarts.set(node, node.value.length)
}

// As mdast-util-from-markdown's own handler (`onexitcharacterreference`), plus the record.
function exitReference(this: CompileContext, token: Token): undefined {
  const node = this.stack.pop() as Text
  const from = referenceStarts.get(node) ?? node.value.length
  referenceStarts.delete(node)
  record(node, {from, to: node.value.length, source: token.end.offset - token.start.offset})
  if (node.position) node.position.end = {line: token.end.line, column: token.end.column, offset: token.end.offset}
}
