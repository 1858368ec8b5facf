import {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import {listCode, report} from '../util/report.js'
import type {Input} from '../extract/parse.js'
import {readCarried} from './carried.js'
import type {DraftNode} from './draft.js'
import {idFromText, writeDraft} from './draft.js'
import {argmarkId} from './import-argdown.js'
import type {ImportResult} from './import-result.js'
import type {JsonPath} from './json-place.js'
import {jsonError, jsonPlaces} from './json-place.js'

/** Options of `importAif`. */
export interface AifImportOptions {
  /** The kit whose kinds, attributes and relation types argmark's extension may name (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
}

interface RawNode {
  id: string
  type: string
  text: string
  scheme: string
  /** argmark's extension (`AifNode.argmark`), as written. */
  argmark: unknown
  /** The path of the node in the document (`['nodes', 3]`), for the place of a message about it. */
  path: JsonPath
}

/** A Cause To Effect scheme name, however it is capitalised. */
export const causeToEffect = /cause\s+to\s+effect/i

/**
 * Annotated Markdown from an AIF document (AIFdb or OVA JSON: `{nodes, edges}`
 * or `{AIF: {nodes, edges}}`). Each I-node becomes a claim (a container
 * directive with an id made from its text); each RA node a `supports` from
 * every premise to every conclusion (`explains` for a Cause To Effect
 * scheme), each CA node an `attacks`, each MA node a `qualifies`. Nodes of
 * dialogue (L, YA, TA) and preferences (PA) are left out with one warning;
 * an S-node without a premise or a conclusion, an edge between S-nodes (an
 * attack on an inference) or between I-nodes, and an edge to an unknown node
 * are left out with a warning each. argmark's extension (what `toAif`
 * writes where AIF has no field) is read back: an I-node's id, kind,
 * attributes and citations (see `readCarried`; what the draft cannot keep
 * is a warning), an S-node's relation type (a type the kit does not have is
 * a warning, and the scheme's type is used), the document's front matter.
 * An I-node without text (and without the extension) is a warning. Never
 * throws: input that is not an AIF document gives an empty draft and an
 * error, at the line and column where the JSON breaks. Each warning is at
 * the node, edge or extension it names (1-based lines and columns of the
 * JSON text, read again only when a warning needs them: `jsonPlaces`).
 */
export function importAif(input: Input, options?: AifImportOptions): ImportResult {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const kit = resolveKit(options?.kit)
  const text = String(file.value)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const {reason, place} = jsonError(text, error)
    report(file, {ruleId: 'invalid-import', place, reason: 'Unexpected text that is not JSON (' + reason + '), expected an AIF document'})
    return {markdown: '', file}
  }
  // OVA wraps the document: `{AIF: {nodes, edges}}`.
  const wrapped = isObject(data) && isObject(data.AIF) ? data.AIF : undefined
  const document = wrapped ?? data
  const base: JsonPath = wrapped ? ['AIF'] : []
  const placeOf = jsonPlaces(text)
  const warn = (reason: string, path: JsonPath | undefined): void => {
    report(file, {ruleId: 'invalid-import', severity: 'warning', place: path && placeOf(path), reason})
  }
  if (!isObject(document) || !Array.isArray(document.nodes) || !Array.isArray(document.edges)) {
    report(file, {ruleId: 'invalid-import', place: undefined, reason: 'Unexpected JSON without `nodes` and `edges` arrays, expected an AIF document (AIFdb or OVA)'})
    return {markdown: '', file}
  }

  const nodes = new Map<string, RawNode>()
  for (const [index, value] of document.nodes.entries()) {
    const id = isObject(value) ? identifier(value.nodeID) : undefined
    const path = [...base, 'nodes', index]
    if (!isObject(value) || id === undefined || typeof value.type !== 'string') {
      warn('Unexpected node ' + String(index + 1) + ' without a `nodeID` and a `type`, expected an AIF node; left out', path)
      continue
    }
    if (nodes.has(id)) {
      warn('Unexpected second node `' + id + '`, expected unique `nodeID`s; the second is left out', path)
      continue
    }
    nodes.set(id, {id, type: value.type, text: typeof value.text === 'string' ? value.text : '', scheme: typeof value.scheme === 'string' ? value.scheme : '', argmark: value.argmark, path})
  }

  const incoming = new Map<string, string[]>()
  const outgoing = new Map<string, string[]>()
  for (const [index, value] of document.edges.entries()) {
    const path = [...base, 'edges', index]
    const from = isObject(value) ? identifier(value.fromID) : undefined
    const to = isObject(value) ? identifier(value.toID) : undefined
    if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) {
      warn('Unexpected edge ' + JSON.stringify(value) + ' to or from an unknown node, expected `fromID` and `toID` of nodes; left out', path)
      continue
    }
    if (nodes.get(from)!.type === 'I' && nodes.get(to)!.type === 'I') {
      warn('Unexpected edge from I-node `' + from + '` to I-node `' + to + '`, expected an S-node between them; left out', path)
      continue
    }
    push(outgoing, from, to)
    push(incoming, to, from)
  }

  const used = new Set<string>()
  const ids = new Map<string, string>()
  const relations = new Map<string, Map<string, Set<string>>>()
  const skipped = new Map<string, number>()
  let firstSkipped: JsonPath | undefined
  // Ids the extension carries first, so a made-up id never takes one.
  for (const node of nodes.values()) {
    const carried = node.type === 'I' && isObject(node.argmark) ? node.argmark.id : undefined
    if (typeof carried === 'string' && argmarkId.test(carried) && !used.has(carried)) {
      used.add(carried)
      ids.set(node.id, carried)
    }
  }
  for (const node of nodes.values()) {
    if (node.type === 'I' && !ids.has(node.id)) ids.set(node.id, idFromText(node.text, used, 'claim'))
  }

  for (const node of nodes.values()) {
    if (node.type === 'I') continue
    const type = relationType(node, kit, warn)
    if (type === undefined) {
      skipped.set(node.type, (skipped.get(node.type) ?? 0) + 1)
      firstSkipped ??= node.path
      continue
    }
    const premises: string[] = []
    const conclusions: string[] = []
    for (const [list, neighbours] of [[premises, incoming.get(node.id)], [conclusions, outgoing.get(node.id)]] as const) {
      for (const neighbour of neighbours ?? []) {
        const other = nodes.get(neighbour)!
        if (other.type === 'I') list.push(ids.get(neighbour)!)
        // An edge between two S-nodes is reported once, by the S-node it leaves.
        else if (list === conclusions && other.type !== 'L' && other.type !== 'YA' && other.type !== 'TA') {
          warn('Unexpected edge from S-node `' + node.id + '` to S-node `' + neighbour + '` (a ' + node.type + ' on a ' + other.type + '), expected edges to I-nodes: argmark relations join nodes; left out', node.path)
        }
      }
    }
    if (premises.length === 0 || conclusions.length === 0) {
      warn('Unexpected ' + node.type + '-node `' + node.id + '` without ' + (premises.length === 0 ? 'a premise' : 'a conclusion') + ', expected an I-node on each side; left out', node.path)
      continue
    }
    for (const premise of premises) {
      let byType = relations.get(premise)
      if (!byType) relations.set(premise, (byType = new Map()))
      const targets = byType.get(type) ?? new Set<string>()
      byType.set(type, targets)
      for (const conclusion of conclusions) targets.add(conclusion)
    }
  }

  if (skipped.size > 0) {
    const counts = [...skipped].map(([type, count]) => String(count) + ' ' + type)
    warn('Unexpected ' + counts.join(', ') + ' node' + (sum(skipped) === 1 ? '' : 's') + ', expected I, RA, CA or MA nodes: dialogue (L, YA, TA) and preferences (PA) are left out', firstSkipped)
  }

  const draft: DraftNode[] = []
  const relationTypes = new Set(Object.keys(kit.relationTypes))
  for (const node of nodes.values()) {
    if (node.type !== 'I') continue
    const id = ids.get(node.id)!
    const name = 'I-node `' + node.id + '`'
    const given = isObject(node.argmark) ? node.argmark.id : undefined
    if (given !== undefined && given !== id) {
      warn('Unexpected id ' + JSON.stringify(given) + ' in the `argmark` extension of ' + name + ', expected an id (a letter, then letters, digits, `_` or `-`) no other node has; imported as `' + id + '`', [...node.path, 'argmark', 'id'])
    }
    const extension = isObject(node.argmark) ? Object.fromEntries(Object.entries(node.argmark).filter(([key]) => key !== 'id')) : node.argmark
    const extensionPath = node.argmark === undefined ? node.path : [...node.path, 'argmark']
    const carried = readCarried(extension, {kit, file, place: placeOf(extensionPath)?.start, name, ids: used, formatTypes: relationTypes})
    // Relations are S-nodes in AIF: the extension of an I-node names none.
    for (const type of carried.named.keys()) warn('Unexpected `' + type + '` in the `argmark` extension of ' + name + ', expected relations as S-nodes; left out', [...extensionPath, type])
    if (node.text.trim() === '' && node.argmark === undefined) warn('Unexpected ' + name + ' without text, expected its proposition in `text`; imported as an empty ' + carried.kind + ' `' + id + '`', node.path)
    const byType = relations.get(id)
    draft.push({
      id,
      kind: carried.kind,
      text: node.text,
      attributes: carried.attributes,
      citations: carried.citations,
      relations: byType && new Map([...byType].map(([type, targets]) => [type, [...targets]]))
    })
  }
  return {markdown: writeDraft(draft, documentMeta(document.argmark, (reason) => warn(reason, [...base, 'argmark']))), file}
}

/** The relation type of an S-node: its scheme's, or the one argmark's extension names when the kit has it. */
function relationType(node: RawNode, kit: AnyKit, warn: (reason: string, path: JsonPath) => void): string | undefined {
  const own = isObject(node.argmark) ? node.argmark.relation : undefined
  const scheme = node.type === 'RA' ? (causeToEffect.test(node.scheme || node.text) ? 'explains' : 'supports') : node.type === 'CA' ? 'attacks' : node.type === 'MA' ? 'qualifies' : undefined
  if (own === undefined || scheme === undefined) return scheme
  if (typeof own === 'string' && Object.hasOwn(kit.relationTypes, own)) return own
  warn(
    'Unexpected relation type ' + JSON.stringify(own) + ' of ' + node.type + '-node `' + node.id + '`, expected one of the kit (' +
      listCode(Object.keys(kit.relationTypes)) + ': import with the kit that has it); imported as `' + scheme + '`',
    [...node.path, 'argmark', 'relation']
  )
  return scheme
}

/** The front matter argmark's extension carries (`{argmark: {meta}}`), if a mapping. */
function documentMeta(extension: unknown, warn: (reason: string) => void): Record<string, unknown> | undefined {
  if (extension === undefined) return undefined
  const meta = isObject(extension) ? extension.meta : undefined
  if (isObject(meta)) return meta
  warn('Unexpected `argmark` extension ' + JSON.stringify(extension).slice(0, 60) + ' of the document, expected `{"meta": {…}}`, the front matter; left out')
  return undefined
}

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function sum(counts: Map<string, number>): number {
  let total = 0
  for (const count of counts.values()) total += count
  return total
}
