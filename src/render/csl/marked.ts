import type {Link, PhrasingContent, Text} from 'mdast'
import type {SmallCaps, Subscript, Superscript} from '../nodes.js'
import {styled} from '../nodes.js'
import {linkIndex, mark, slotIndex} from './format.js'

type Wrapper = Extract<PhrasingContent, {children: PhrasingContent[]}> | Superscript | Subscript | SmallCaps

/** The id of an item's bibliography entry (`ref-<id>`, as pandoc's), which `link-citations` links to. */
export function entryAnchor(id: string): string {
  return 'ref-' + id
}

/** How `parseMarked` reads a formatted cluster or entry. */
export interface MarkedOptions {
  /** The nodes slot characters stand for (affixes citeproc-js cannot carry). */
  readonly slots?: readonly PhrasingContent[] | undefined
  /** The ids of cited items, by the index a link mark names: links go to `#ref-<id>`. */
  readonly links?: readonly string[] | undefined
  /** Turn URLs in the text into links (default `true`; pandoc's `link-bibliography: false` turns it off for entries). */
  readonly autolink?: boolean | undefined
  /** Where a title between `mark.titleOpen` and `mark.titleClose` links to; without it the title marks are dropped. */
  readonly titleLink?: string | undefined
}

const opening: Record<string, {close: string; make: () => Wrapper}> = {
  [mark.emphasisOpen]: {close: mark.emphasisClose, make: () => ({type: 'emphasis', children: []})},
  [mark.strongOpen]: {close: mark.strongClose, make: () => ({type: 'strong', children: []})},
  [mark.superscriptOpen]: {close: mark.superscriptClose, make: () => styled('superscript', [])},
  [mark.subscriptOpen]: {close: mark.subscriptClose, make: () => styled('subscript', [])},
  [mark.smallCapsOpen]: {close: mark.smallCapsClose, make: () => styled('smallCaps', [])}
}
const closing = new Set<string>([mark.emphasisClose, mark.strongClose, mark.superscriptClose, mark.subscriptClose, mark.smallCapsClose, mark.linkClose])

/** What follows a prefix's end mark and still belongs to the prefix: its final punctuation and spaces. */
const prefixTail = new Set(['.', ':', ';', '!', '?', '"', "'", '\u201D', '\u2019', '\u00BB', '\u202F', '\u00A0', ' '])

/**
 * Turn a cluster formatted in the `argmark` output format into mdast
 * phrasing: text, emphasis, strong, superscript, subscript, small caps,
 * links to bibliography entries, and each slot character as (a copy of)
 * the node of `slots` it stands for (a text node's value joins the text
 * around it). Unbalanced marks are dropped.
 */
export function parseMarked(value: string, options: MarkedOptions = {}): PhrasingContent[] {
  const {slots = [], links = [], autolink = true, titleLink} = options
  const root: PhrasingContent[] = []
  const stack: Array<{node: Wrapper | Link; close: string}> = []
  let buffer = ''

  const target = (): PhrasingContent[] => (stack.at(-1)?.node.children as PhrasingContent[] | undefined) ?? root
  // A cite's link whose prefix was just moved out of it: the prefix's final punctuation and spaces follow it out.
  let afterPrefix: {link: Link; parent: PhrasingContent[]; text: string} | undefined
  const endPrefix = (): void => {
    if (!afterPrefix) return
    const {link, parent, text} = afterPrefix
    afterPrefix = undefined
    if (text) parent.splice(parent.indexOf(link), 0, {type: 'text', value: text})
  }
  const flush = (): void => {
    // No autolinks inside a link.
    if (buffer) target().push(...(autolink && !stack.some((entry) => entry.node.type === 'link') ? linked(buffer) : [{type: 'text', value: buffer} as Text]))
    buffer = ''
  }

  for (const character of value) {
    if (afterPrefix && afterPrefix.link.children.length === 0 && buffer === '' && prefixTail.has(character)) {
      afterPrefix.text += character
      continue
    }
    endPrefix()
    const top = stack.at(-1)
    if (character === mark.prefixEnd || character === mark.suffixStart) {
      // Only at a cite link's own level: the cite's affixes stay out of its link.
      if (top?.node.type !== 'link') continue
      flush()
      const parent = (stack.at(-2)?.node.children as PhrasingContent[] | undefined) ?? root
      if (character === mark.suffixStart) {
        stack.pop()
      } else {
        parent.splice(parent.indexOf(top.node), 0, ...top.node.children)
        top.node.children = []
        afterPrefix = {link: top.node, parent, text: ''}
      }
      continue
    }
    if (character === mark.titleOpen || character === mark.titleClose) {
      if (character === mark.titleClose) {
        if (top?.close === mark.titleClose) {
          flush()
          stack.pop()
          const siblings = target()
          siblings.splice(siblings.length - 1, 1, ...linkInside(top.node as Link))
        }
      } else if (titleLink !== undefined && !stack.some((entry) => entry.node.type === 'link')) {
        flush()
        const node: Link = {type: 'link', url: titleLink, children: []}
        target().push(node)
        stack.push({node, close: mark.titleClose})
      }
      continue
    }
    const open = opening[character]
    const link = open ? undefined : linkIndex(character)
    if (open) {
      flush()
      const node = open.make()
      target().push(node as PhrasingContent)
      stack.push({node, close: open.close})
    } else if (link !== undefined) {
      flush()
      const id = links[link]
      if (id === undefined) continue
      const node: Link = {type: 'link', url: '#' + entryAnchor(id), children: []}
      target().push(node)
      stack.push({node, close: mark.linkClose})
    } else if (closing.has(character)) {
      flush()
      if (stack.at(-1)?.close === character) stack.pop()
    } else {
      const index = slotIndex(character)
      const node = index === undefined ? undefined : slots[index]
      if (node?.type === 'text') {
        buffer += node.value
      } else if (node) {
        flush()
        target().push(structuredClone(node))
      } else if (index === undefined) {
        buffer += character
      }
    }
  }
  flush()
  endPrefix()
  return withoutEmptyLinks(root)
}

const openingQuotes = new Set(['“', '‘', '«', '‹', '"', "'"])
const closingQuotes = new Set(['”', '’', '»', '›', '"', "'"])

/**
 * A title's link inside the title's formatting and quotes, where pandoc puts
 * it (`‘[Codes](https://doi.org/…)’`, `*[Delta](…)*`): a link around one
 * formatted node goes inside it, and quotes at both ends of its text go
 * outside it.
 */
function linkInside(link: Link): PhrasingContent[] {
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (only && only.type !== 'text' && only.type !== 'link' && 'children' in only) {
    const wrapper = only as Wrapper
    wrapper.children = linkInside({...link, children: wrapper.children as Link['children']}) as typeof wrapper.children
    return [wrapper as PhrasingContent]
  }
  const first = link.children[0]
  const last = link.children.at(-1)
  if (first?.type !== 'text' || last?.type !== 'text') return [link]
  const open = first.value.charAt(0)
  const close = last.value.slice(-1)
  if (!openingQuotes.has(open) || !closingQuotes.has(close) || (first === last && first.value.length < 2)) return [link]
  first.value = first.value.slice(1)
  last.value = last.value.slice(0, -1)
  link.children = link.children.filter((node) => node.type !== 'text' || node.value !== '')
  return [{type: 'text', value: open}, ...linkInside(link), {type: 'text', value: close}]
}

/** Without the links to entries left empty once their cite's affixes moved out (a cite that printed only affixes). */
function withoutEmptyLinks(nodes: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'link' && node.children.length === 0 && node.url.startsWith('#')) continue
    if ('children' in node) node.children = withoutEmptyLinks(node.children as PhrasingContent[]) as typeof node.children
    result.push(node)
  }
  return result
}

// A URL in a note, without the punctuation that ends its sentence.
const url = /\bhttps?:\/\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]’]/g

/** Text with its URLs as links, so every output writes them as links. */
function linked(value: string): Array<Text | PhrasingContent> {
  const nodes: PhrasingContent[] = []
  let start = 0
  for (const match of value.matchAll(url)) {
    const index = match.index
    if (index > start) nodes.push({type: 'text', value: value.slice(start, index)})
    nodes.push({type: 'link', url: match[0], children: [{type: 'text', value: match[0]}]})
    start = index + match[0].length
  }
  if (start < value.length) nodes.push({type: 'text', value: value.slice(start)})
  return nodes
}
