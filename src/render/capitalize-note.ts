import type {PhrasingContent} from 'mdast'
import {capitalize} from './punctuation.js'

/**
 * Capitalise a note's first letter where pandoc does (`[see @doe]` → `See …`):
 * in its first text, also when that text is inside emphasis, strong or a link
 * (inline or by reference) the prefix starts with (`[[the roll](u) @doe]` → `[The roll](u) …`, as
 * pandoc 2.17 writes it). Not inside code, and not the text of an autolink,
 * which is its address (pandoc writes `<http://u.org>` as `Http://u.org`,
 * which no longer reads as the address; argmark keeps it). Returns a new
 * array; the nodes on the way to the first text are copies, the rest shared.
 */
export function capitalizeNote(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes
  return first === undefined ? [] : [capitalizeFirst(first), ...rest]
}

function capitalizeFirst(node: PhrasingContent): PhrasingContent {
  if (node.type === 'text') return {...node, value: capitalize(node.value)}
  if (node.type === 'link' && isAutolink(node)) return node
  if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link' || node.type === 'linkReference') {
    const [first, ...rest] = node.children
    // A wrapper's children are its own kind's: a copy of the first keeps that kind.
    return first === undefined ? node : ({...node, children: [capitalizeFirst(first), ...rest]} as PhrasingContent)
  }
  return node
}

/** A link that shows its own address (`<http://u.org>`, `<a@b.org>`). */
function isAutolink(link: Extract<PhrasingContent, {type: 'link'}>): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined
  return only?.type === 'text' && (link.url === only.value || link.url === 'mailto:' + only.value)
}
