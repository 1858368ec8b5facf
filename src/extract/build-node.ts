import type {Paragraph} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {decodeAttribute} from '../kit/attribute.js'
import type {AnyKit, KindInfo} from '../kit/define-kit.js'
import {idPattern} from '../kit/id.js'
import type {AnyNode} from '../kit/kind.js'
import {didYouMean, didYouMeanPhrase} from '../kit/did-you-mean.js'
import {listCode, report} from '../util/report.js'
import {sourceText} from '../util/source-text.js'
import type {Directive, Place} from '../syntax/types.js'
import {nodeText} from './node-text.js'
import {validateAttributes} from './validate-attributes.js'


/** A node before ids are settled: relations keep their attribute positions. */
export interface DraftNode {
  readonly node: AnyNode & {id: string}
  /** Whether the author wrote the id (`#id`). */
  readonly hasId: boolean
  readonly relations: ReadonlyArray<{type: string; to: string; position: Position | undefined}>
}

/**
 * Turn one directive of a known kind into a node: decode its attributes by the
 * kind's schemas, report what is unknown or invalid (and leave it out of the
 * node), and take its plain text.
 */
export function buildNode(
  directive: Directive,
  info: KindInfo,
  kit: AnyKit,
  file: VFile,
  place: Place
): DraftNode {
  const raw = directive.attributes ?? {}
  const places = directive.data?.position?.attributes ?? {}
  const opening = directive.data?.position?.opening ?? directive.position
  const decoded: Record<string, unknown> = {}

  for (const [name, value] of Object.entries(raw)) {
    if (name === 'id' || value === null || value === undefined) continue
    const schema = info.attributes.get(name)
    if (schema) {
      decoded[name] = decodeAttribute(schema, value)
      continue
    }
    const suggestion = didYouMean(name, info.attributes.keys())
    report(file, {
      ruleId: 'unknown-attribute',
      place: places[name] ?? opening,
      reason:
        'Unexpected attribute `' + name + '` on ' + info.name + ', expected ' +
        describeAttributes(info) + didYouMeanPhrase(suggestion),
      expected: suggestion === undefined ? undefined : [suggestion + (value === '' ? '' : '=' + value)]
    })
  }

  const id = raw.id ?? undefined
  const attributes = validateAttributes({info, decoded, raw, places, opening, id, file})

  if (id !== undefined && !idPattern.test(id)) {
    report(file, {
      ruleId: 'malformed-id',
      place: places.id ?? opening,
      reason: 'Unexpected id `' + id + '`, expected a letter, then letters, digits, `_` or `-`'
    })
  }

  const relations: DraftNode['relations'][number][] = []
  for (const type of info.relations.keys()) {
    const targets = attributes[type]
    if (!Array.isArray(targets)) continue
    const tokens = targetPositions(places[type], sourceText(file), place)
    targets.forEach((to: unknown, index) => {
      relations.push({type, to: String(to), position: tokens[index] ?? places[type] ?? opening})
    })
  }

  const node: AnyNode & Record<string, unknown> = {
    id: id ?? '',
    kind: info.name,
    text: nodeText(directive, kit),
    position: directive.position ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  }
  const label = containerLabel(directive, kit)
  if (label !== undefined) node.label = label
  Object.assign(node, attributes)

  return {node, hasId: id !== undefined, relations}
}

/**
 * Where each target of a relation attribute is written (`supports="a b"` →
 * the places of `a` and `b`), so a message can point at the one that is wrong
 * and a fix can replace just it.
 */
function targetPositions(attribute: Position | undefined, source: string, place: Place): Position[] {
  const start = attribute?.start.offset
  const end = attribute?.end.offset
  if (start === undefined || end === undefined) return []
  const text = source.slice(start, end)
  const equals = text.indexOf('=')
  if (equals === -1) return []
  const positions: Position[] = []
  for (const match of text.slice(equals + 1).matchAll(/[^\s,"']+/g)) {
    const from = place.toPoint(start + equals + 1 + match.index)
    const to = place.toPoint(start + equals + 1 + match.index + match[0].length)
    if (from && to) positions.push({start: from, end: to})
  }
  return positions
}

function containerLabel(directive: Directive, kit: AnyKit): string | undefined {
  if (directive.type !== 'containerDirective') return undefined
  const head = directive.children[0]
  if (head?.type !== 'paragraph' || head.data?.directiveLabel !== true) return undefined
  return nodeText({type: 'paragraph', children: (head as Paragraph).children} as Paragraph, kit)
}

function describeAttributes(info: KindInfo): string {
  return info.attributes.size === 0 ? 'no attributes' : 'one of ' + listCode([...info.attributes.keys()])
}
