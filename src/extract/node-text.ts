import type {Node, Parent} from 'unist'
import type {AnyKit} from '../kit/define-kit.js'
import type {Citation} from '../syntax/citation/types.js'
import {mathSource} from '../syntax/math/to-markdown.js'
import type {InlineMath} from '../syntax/math/types.js'
import {isParent} from '../util/walk.js'

const boundary = '\u0000'
// Where a bracketed citation was.
const citationGap = '\u0001'
const citationGaps = / ?\u0001+/g
const gapEnd = /^[ .,;:!?)\]]?$/

// Content between these is one run of prose; anything else with children is a block.
const phrasing = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'inlineMath',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
  'textDirective',
  'citation'
])

/**
 * The plain text of a directive: its label for text and leaf directives, its
 * content for containers. Blocks are separated by a blank line and white space
 * inside a block is collapsed. Nested block nodes of the kit, a container's
 * label, footnote references, HTML and bracketed citations (with the space
 * before them: `here [@doe].` → `here.`) are left out: they are not the
 * node's words; an in-text citation is its key (`as @roe says`). Iterative,
 * so deep nesting cannot overflow the stack.
 */
export function nodeText(directive: Parent, kit: AnyKit): string {
  const parts: string[] = []
  const stack: Node[] = [...directive.children].reverse()

  while (stack.length > 0) {
    const node = stack.pop()!
    if (isNestedNode(node, kit) || isLabel(node)) continue

    if (!phrasing.has(node.type)) parts.push(boundary)

    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code': {
        parts.push((node as Node & {value: string}).value)
        break
      }
      case 'inlineMath': {
        // pandoc's TeX math, as typed with its dollars.
        parts.push(mathSource(node as InlineMath))
        break
      }
      case 'break': {
        parts.push(' ')
        break
      }
      case 'citation': {
        // An in-text citation is a word of the sentence (`as @roe says`): its key stands for
        // the author pandoc would write there. A bracketed one is left out with the space before it.
        const citation = node as Citation
        parts.push(citation.mode === 'in-text' && citation.items[0] ? '@' + citation.items[0].key : citationGap)
        break
      }
      case 'image': {
        parts.push((node as Node & {alt?: string | null}).alt ?? '')
        break
      }
      default: {
        if (isParent(node) && node.type !== 'footnoteReference') {
          for (let index = node.children.length - 1; index >= 0; index--) {
            stack.push(node.children[index]!)
          }
        }
      }
    }
  }

  return parts
    .join('')
    .split(boundary)
    .map((block) => withoutCitations(block.replace(/\s+/g, ' ')).trim())
    .filter((block) => block !== '')
    .join('\n\n')
}

/**
 * A block's text without its bracketed citations: the space before one goes
 * when a space, punctuation or the end follows (`here [@doe].` → `here.`),
 * else the gap is one space (`a [@doe]b` → `a b`).
 */
function withoutCitations(block: string): string {
  return block.replace(citationGaps, (gap: string, offset: number) => (gapEnd.test(block.charAt(offset + gap.length)) ? '' : ' '))
}

function isNestedNode(node: Node, kit: AnyKit): boolean {
  return (
    (node.type === 'containerDirective' || node.type === 'leafDirective') &&
    kit.kind((node as Node & {name: string}).name) !== undefined
  )
}

function isLabel(node: Node): boolean {
  return (
    node.type === 'paragraph' &&
    (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true
  )
}
