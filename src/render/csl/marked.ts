import type {Emphasis, PhrasingContent, Strong, Text} from 'mdast'
import {mark, slotIndex} from './format.js'

/**
 * Turn a cluster formatted in the `argmark` output format into mdast
 * phrasing: text, emphasis and strong, and each slot character as (a copy
 * of) the node of `slots` it stands for. Unbalanced marks are dropped.
 */
export function parseMarked(value: string, slots: readonly PhrasingContent[] = []): PhrasingContent[] {
  const root: PhrasingContent[] = []
  const stack: Array<{node: Emphasis | Strong; close: string}> = []
  let buffer = ''

  const target = (): PhrasingContent[] => stack.at(-1)?.node.children ?? root
  const flush = (): void => {
    if (buffer) target().push(...linked(buffer))
    buffer = ''
  }

  for (const character of value) {
    if (character === mark.emphasisOpen || character === mark.strongOpen) {
      flush()
      const node: Emphasis | Strong =
        character === mark.emphasisOpen ? {type: 'emphasis', children: []} : {type: 'strong', children: []}
      target().push(node)
      stack.push({node, close: character === mark.emphasisOpen ? mark.emphasisClose : mark.strongClose})
    } else if (character === mark.emphasisClose || character === mark.strongClose) {
      flush()
      if (stack.at(-1)?.close === character) stack.pop()
    } else {
      const index = slotIndex(character)
      const node = index === undefined ? undefined : slots[index]
      if (node) {
        flush()
        target().push(structuredClone(node))
      } else if (index === undefined) {
        buffer += character
      }
    }
  }
  flush()
  return root
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
