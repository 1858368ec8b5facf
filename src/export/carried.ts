import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {Citation} from '../syntax/citation/types.js'
import {parseBlocks} from '../extract/block-parse.js'
import {listCode, report} from '../util/report.js'

/** A character a directive attribute splits a list at: a list item with one cannot be written. */
export const listSeparator = /[\s,]/

/** A value `writeDraft` writes as a directive attribute: a list is written space-separated. */
export type DraftValue = string | number | boolean | ReadonlyArray<string | number | boolean>

/** Where and how `readCarried` reads one node's `argmark` data. */
export interface CarriedContext {
  readonly kit: AnyKit
  /** The imported file: every part of the data that is left out is a warning on it. */
  readonly file: VFile
  /** Where the node is written in the file, if known. */
  readonly place: Point | undefined
  /** The node as messages name it: ``statement `a` ``. */
  readonly name: string
  /** The draft ids of the map's nodes: a relation target must be one of them. */
  readonly ids: ReadonlySet<string>
  /** Relation types the format writes with its own syntax: their targets go to `named` for the caller to match. */
  readonly formatTypes: ReadonlySet<string>
}

/** What a node's `argmark` data (as `toArgdown` and `toAif` write it) gives its draft node. */
export interface CarriedNode {
  /** The kind the data names when the kit has it, else `claim` (or the kit's first kind). */
  readonly kind: string
  /** The attributes the kind declares, each a value `writeDraft` writes so argmark reads it back. */
  readonly attributes: Record<string, DraftValue>
  /** Relation types the format has no syntax for → the targets (ids of the map). */
  readonly relations: Map<string, string[]>
  /** Relation types of `formatTypes` → the targets the data names, for the caller to match with the format's relations. */
  readonly named: Map<string, string[]>
  /** The node's citations (`citations`: pandoc citation texts), as citation nodes. */
  readonly citations: Citation[]
}

/**
 * Read the `argmark` data of an imported node: `{kind, citations, <relation
 * type>: [ids], <attribute>: value}`. Never throws; each part the draft
 * cannot keep is an `invalid-import` warning at `context.place`: data that
 * is not a mapping, a kind the kit does not have (the node becomes a
 * claim), an attribute the kind does not declare, a value that is not a
 * string, number, boolean or list of them, a list item with a space or a
 * comma (directive attributes split lists there), a relation target that is
 * not a node of the map, a citation that is not pandoc citation syntax.
 */
export function readCarried(data: unknown, context: CarriedContext): CarriedNode {
  const {kit} = context
  const fallback = kit.kind('claim') ? 'claim' : kit.kindNames[0]!
  const carried: CarriedNode = {kind: fallback, attributes: {}, relations: new Map(), named: new Map(), citations: []}
  if (data === undefined) return carried
  if (!isRecord(data)) {
    warn(context, 'Unexpected `argmark` data ' + shown(data) + ' of ' + context.name + ', expected a mapping (`{kind, …}`); left out')
    return carried
  }
  let kind = fallback
  if (data.kind !== undefined) {
    if (typeof data.kind === 'string' && kit.kind(data.kind)) kind = data.kind
    else warn(context, 'Unexpected kind ' + shown(data.kind) + ' of ' + context.name + ', expected a kind of the kit (' + listCode(kit.kindNames) + '); imported as `' + fallback + '`')
  }
  const info = kit.kind(kind)
  for (const [key, value] of Object.entries(data)) {
    if (key === 'kind') continue
    if (key === 'citations') readCitations(value, carried.citations, context)
    else if (Object.hasOwn(kit.relationTypes, key)) readTargets(key, value, context.formatTypes.has(key) ? carried.named : carried.relations, context)
    else if (!info?.attributes.has(key)) {
      warn(context, 'Unexpected attribute `' + key + '` of ' + context.name + ', which kind `' + kind + '` does not declare; left out')
    } else {
      const written = draftValue(key, value, context)
      if (written !== undefined) carried.attributes[key] = written
    }
  }
  return {...carried, kind}
}

/** A value as a directive attribute; `undefined` (after a warning) when argmark could not read it back. */
function draftValue(key: string, value: unknown, context: CarriedContext): DraftValue | undefined {
  if (isScalar(value)) return value
  if (Array.isArray(value) && value.every(isScalar)) {
    const split = value.find((item) => String(item).trim() === '' || listSeparator.test(String(item)))
    if (split === undefined) return value
    warn(context, 'Unexpected item ' + shown(split) + ' in the list `' + key + '` of ' + context.name + ', expected items without spaces or commas (a directive attribute splits a list there); left out')
    return undefined
  }
  warn(context, 'Unexpected value ' + shown(value) + ' of `' + key + '` of ' + context.name + ', expected a string, number, boolean or list of them; left out')
  return undefined
}

function readTargets(type: string, value: unknown, into: Map<string, string[]>, context: CarriedContext): void {
  const targets = Array.isArray(value) ? value : [value]
  for (const target of targets) {
    if (typeof target === 'string' && context.ids.has(target)) {
      const list = into.get(type)
      if (list) list.push(target)
      else into.set(type, [target])
    } else {
      warn(context, 'Unexpected `' + type + '` target ' + shown(target) + ' of ' + context.name + ', expected the id of a statement or argument of the map; left out')
    }
  }
}

function readCitations(value: unknown, into: Citation[], context: CarriedContext): void {
  for (const text of Array.isArray(value) ? value : [value]) {
    const citation = typeof text === 'string' ? citationOf(text) : undefined
    if (citation) into.push(citation)
    else warn(context, 'Unexpected citation ' + shown(text) + ' of ' + context.name + ', expected pandoc citation syntax (`[@key, p. 1]`); left out')
  }
}

/** The citation a text is, alone (`[@doe99, p. 12]`, `@doe99 [p. 12]`), else `undefined`. */
export function citationOf(text: string): Citation | undefined {
  const [paragraph, ...rest] = parseBlocks(text.trim()).tree.children
  if (rest.length > 0 || paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) return undefined
  const [citation] = paragraph.children
  if (citation?.type !== 'citation') return undefined
  return {type: 'citation', mode: citation.mode, items: citation.items}
}

function warn(context: CarriedContext, reason: string): void {
  report(context.file, {ruleId: 'invalid-import', severity: 'warning', place: context.place, reason})
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// A value in a message: JSON, cut short.
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return '`' + (json.length > 60 ? json.slice(0, 59) + '…' : json) + '`'
}
