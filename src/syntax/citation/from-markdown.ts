/**
 * mdast-util-from-markdown extension: turn citation tokens into `citation`
 * nodes.
 */
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import type {Point} from 'unist'
import {parseLocator} from './locator.js'
import type {Citation, CitationItem} from './types.js'

interface ItemDraft {
  key: string
  prefix: string
  suppressAuthor: boolean
  rawSuffix: string
  start?: Point
  end?: Point
}

interface RegionDraft {
  first?: Point
  last?: Point
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** The item being built. */
    citationItem?: ItemDraft | undefined
    /** The prefix or suffix being built. */
    citationRegion?: RegionDraft | undefined
  }
}

/**
 * Create the extension that turns citation tokens into `citation` nodes.
 */
export function citationFromMarkdown(): Extension {
  return {
    enter: {
      citation: enterCitation,
      citationItem: enterItem,
      citationPrefix: enterRegion,
      citationSuffix: enterRegion,
      citationInTextSuffix: enterRegion
    },
    exit: {
      citation: exitCitation,
      citationItem: exitItem,
      citationSuppressAuthorMarker: exitSuppressAuthorMarker,
      citationKeyMarker: exitKeyMarker,
      citationKey: exitKey,
      citationKeyBraceMarker: exitKeyBraceMarker,
      citationText: exitText,
      citationPrefix: exitPrefix,
      citationSuffix: exitSuffix,
      citationInTextSuffix: exitInTextSuffix
    }
  }
}

function point(value: Point): Point {
  return {line: value.line, column: value.column, offset: value.offset}
}

/** Source text of a prefix or suffix: line breaks kept, indentation not. */
function regionText(context: CompileContext, token: Token): string {
  return context
    .sliceSerialize(token)
    .replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, '\n')
    .trim()
}

/**
 * A suffix's text as written, with one space before it when it was written
 * after a space: pandoc keeps what a suffix was written after
 * (`[@smith: x]` → `Smith 1999: x`, `[@smith : x]` → `Smith 1999 : x`).
 */
function spaced(context: CompileContext, token: Token): string {
  const text = regionText(context, token)
  const opening = context.sliceSerialize(token).charAt(0)
  return text !== '' && (opening === ' ' || opening === '\t' || opening === '\n' || opening === '\r') ? ' ' + text : text
}

function current(context: CompileContext): Citation {
  const node = context.stack[context.stack.length - 1]
  if (!node || node.type !== 'citation') throw new Error('Expected a citation on the stack')
  return node
}

function enterCitation(this: CompileContext, token: Token): undefined {
  const node: Citation = {type: 'citation', mode: 'bracketed', items: []}
  this.enter(node, token)
}

function enterItem(this: CompileContext): undefined {
  this.data.citationItem = {key: '', prefix: '', suppressAuthor: false, rawSuffix: ''}
}

function enterRegion(this: CompileContext): undefined {
  this.data.citationRegion = {}
}

function exitText(this: CompileContext, token: Token): undefined {
  const region = this.data.citationRegion
  if (!region) return
  region.first ??= point(token.start)
  region.last = point(token.end)
}

function exitPrefix(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  const region = this.data.citationRegion
  if (!item) return
  item.prefix = regionText(this, token)
  if (region?.first) item.start = region.first
  this.data.citationRegion = undefined
}

function exitSuppressAuthorMarker(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  if (!item) return
  item.suppressAuthor = true
  item.start ??= point(token.start)
}

function exitKeyMarker(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  if (item) item.start ??= point(token.start)
}

function exitKey(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  if (!item) return
  item.key = this.sliceSerialize(token)
  item.end = point(token.end)
}

function exitKeyBraceMarker(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  // The closing brace ends the key.
  if (item && item.key !== '') item.end = point(token.end)
}

function exitSuffix(this: CompileContext, token: Token): undefined {
  const item = this.data.citationItem
  const region = this.data.citationRegion
  if (!item) return
  item.rawSuffix = spaced(this, token)
  if (region?.last) item.end = region.last
  this.data.citationRegion = undefined
}

function exitInTextSuffix(this: CompileContext, token: Token): undefined {
  const region = this.data.citationRegion
  const items = current(this).items
  const first = items[0]
  this.data.citationRegion = undefined
  if (!first) return
  // A suffix written after a space (`@smith [ among others]`) keeps it: pandoc
  // then sets it off by no comma.
  const rawSuffix = spaced(this, token)
  items[0] = item(
    {key: first.key, prefix: first.prefix, suppressAuthor: first.suppressAuthor, rawSuffix},
    first.position.start,
    region?.last ?? first.position.end
  )
}

function exitItem(this: CompileContext, token: Token): undefined {
  const draft = this.data.citationItem
  this.data.citationItem = undefined
  if (!draft) return
  current(this).items.push(item(draft, draft.start ?? point(token.start), draft.end ?? point(token.end)))
}

function exitCitation(this: CompileContext, token: Token): undefined {
  const node = current(this)
  // An in-text citation starts at its first key; a bracketed one at `[`.
  if (node.items[0]?.position.start.offset === token.start.offset) node.mode = 'in-text'
  this.exit(token)

  // An image description is a string (`alt`): keep the citation as its text.
  const label = this.stack[this.stack.length - 1]
  const owner = this.stack[this.stack.length - 2]
  if (label?.type === 'fragment' && owner?.type === 'image') {
    const children = label.children
    if (children[children.length - 1] === node) {
      children[children.length - 1] = {type: 'text', value: this.sliceSerialize(token), position: node.position}
    }
  }
}

function item(draft: ItemDraft, start: Point, end: Point): CitationItem {
  const parsed = parseLocator(draft.rawSuffix)
  return {
    key: draft.key,
    prefix: draft.prefix,
    ...(parsed.locator === undefined ? {} : {locator: parsed.locator, label: parsed.label}),
    suffix: parsed.suffix,
    suppressAuthor: draft.suppressAuthor,
    ...(draft.rawSuffix === '' ? {} : {rawSuffix: draft.rawSuffix}),
    position: {start, end}
  }
}
