import {collapseWhiteSpace} from 'collapse-white-space'
import type {ArgumentGraph} from '../kit/graph.js'
import type {AnyNode, BaseNode} from '../kit/kind.js'
import {resolveKit} from '../kit/default-kit.js'
import {metaOf, nodeCitations, nodeData} from './carry.js'
import type {ExportOptions} from './options.js'

/** ASCII punctuation: each is backslash-escaped in Argdown text, so none starts Argdown syntax. */
export const argdownPunctuation = /[!-/:-@[-`{-~]/g

/** The Argdown relation of each relation type; the others are kept in the statement's data only. */
export const argdownRelations: Readonly<Record<string, '+>' | '->'>> = {
  supports: '+>',
  explains: '+>',
  attacks: '->'
}

/**
 * The graph as Argdown: each node a statement `[id]: text` (an argument
 * `<id>: text` when its class includes `argument`), followed by its data
 * `{"argmark": {kind, attributes…, relation type: [ids]}}` so another import
 * gives back kinds and attributes; each relation an outgoing relation under
 * its source (`+>` for supports and explains, `->` for attacks; qualifies and
 * other types are kept in the data); nodes with a `group` under a heading of
 * that name, after the ungrouped ones. Every punctuation character of a text
 * is backslash-escaped and white space is written as one space. The graph's
 * `meta` is the front matter (`===` … `===`, as JSON, which is YAML, with
 * `=` written `\u003d` so no value ends the block); the citations that back
 * a node are in its data as `citations` (pandoc citation texts). Citations
 * that back prose outside every node have no place (see `exportLosses`).
 */
export function toArgdown(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): string {
  const kit = resolveKit(options?.kit)
  const relationTypes = new Set(Object.keys(kit.relationTypes))
  const nodes = graph.nodes as AnyNode[]
  const byId = new Map<string, AnyNode>()
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node)
  const outgoing = new Map<string, Array<{type: string; to: AnyNode}>>()
  for (const relation of graph.relations) {
    const to = byId.get(relation.to)
    if (!byId.has(relation.from) || !to) continue
    relationTypes.add(relation.type)
    let list = outgoing.get(relation.from)
    if (!list) outgoing.set(relation.from, (list = []))
    list.push({type: relation.type, to})
  }

  const ungrouped: AnyNode[] = []
  const groups = new Map<string, AnyNode[]>()
  const written = new Set<string>()
  for (const node of nodes) {
    if (written.has(node.id)) continue
    written.add(node.id)
    if (typeof node.group === 'string' && node.group.trim() !== '') {
      let members = groups.get(node.group)
      if (!members) groups.set(node.group, (members = []))
      members.push(node)
    } else ungrouped.push(node)
  }

  const blocks: string[] = []
  const meta = metaOf(graph)
  if (meta) blocks.push('===\n' + JSON.stringify(meta, null, 2).replaceAll('=', '\\u003d') + '\n===')
  const citations = nodeCitations(graph).byNode
  const statement = (node: AnyNode) => {
    const relations = outgoing.get(node.id) ?? []
    const data = nodeData(node, relationTypes, kit)
    const cited = citations.get(node.id)
    if (cited) data.citations = cited
    // Argdown has one support per pair: a `supports` beside an `explains` of the same target is kept in the data too.
    const supportedAlso = new Set(relations.filter(({type}) => type !== 'supports' && argdownRelations[type] === '+>').map(({to}) => to.id))
    for (const {type, to} of relations) {
      if (type === 'attacks' || (type === 'supports' && !supportedAlso.has(to.id))) continue
      ;((data[type] ??= []) as string[]).push(to.id)
    }
    const text = argdownText(node.text)
    // A statement without text is a bare reference: `[id]:` must be followed by text.
    let block = reference(node) + (text === '' ? '' : ': ' + text) + ' ' + argdownData({argmark: data})
    for (const {type, to} of relations) {
      const symbol = Object.hasOwn(argdownRelations, type) ? argdownRelations[type] : undefined
      if (symbol) block += '\n  ' + symbol + ' ' + reference(to)
    }
    blocks.push(block)
  }

  for (const node of ungrouped) statement(node)
  for (const [name, members] of groups) {
    blocks.push('# ' + argdownText(name))
    for (const node of members) statement(node)
  }
  return blocks.join('\n\n') + '\n'
}

/** `[id]`, or `<id>` for a node whose class includes `argument`. */
function reference(node: AnyNode): string {
  return isArgument(node) ? '<' + node.id + '>' : '[' + node.id + ']'
}

/** Whether a node is written as an Argdown argument: its class includes `argument`. */
export function isArgument(node: AnyNode): boolean {
  return typeof node.class === 'string' && node.class.split(' ').includes('argument')
}

/**
 * Text for an Argdown statement or heading: HTML's white space (spaces, tabs,
 * line endings) as one space and trimmed, as argmark's node text is, so a
 * non-breaking space is kept (Argdown reads it as text); ASCII punctuation
 * backslash-escaped.
 */
export function argdownText(text: string): string {
  return collapseWhiteSpace(text, {style: 'html', trim: true}).replace(argdownPunctuation, (character) => '\\' + character)
}

/** JSON for a data block, braces inside strings written as `\u007b` and `\u007d` (one pass). */
function argdownData(data: unknown): string {
  const json = JSON.stringify(data)
  let result = ''
  let inString = false
  for (let index = 0; index < json.length; index++) {
    const character = json[index]!
    if (inString && character === '\\') {
      result += character + json[index + 1]!
      index++
      continue
    }
    if (character === '"') inString = !inString
    result += inString && character === '{' ? '\\u007b' : inString && character === '}' ? '\\u007d' : character
  }
  return result
}
