import {collapseWhiteSpace} from 'collapse-white-space'
import type {Node, Parent} from 'unist'
import type {AnyKit} from '../kit/define-kit.js'
import type {Citation} from '../syntax/citation/types.js'
import {mathSource} from '../syntax/math/to-markdown.js'
import type {InlineMath} from '../syntax/math/types.js'
import {isParent} from '../util/walk.js'

// Where one block ends and the next begins.
const boundary = Symbol('boundary')
// Where a bracketed citation was.
const citationGap = Symbol('citation')
type Part = string | typeof boundary | typeof citationGap
// What may follow a citation that goes with the space before it.
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
  'superscript',
  'subscript',
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
 * inside a block is collapsed as HTML collapses it (spaces, tabs and line
 * endings; a non-breaking space, `\ ` in pandoc's Markdown, is kept, as pandoc
 * keeps it). Nested block nodes of the kit, a container's
 * label, footnote references, HTML and bracketed citations (with the space
 * before them: `here [@doe].` → `here.`) are left out: they are not the
 * node's words; an in-text citation is its key (`as @roe says`). Iterative,
 * so deep nesting cannot overflow the stack.
 */
export function nodeText(directive: Parent, kit: AnyKit): string {
  const parts: Part[] = []
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
      case 'superscript':
      case 'subscript': {
        // pandoc's `^…^` and `~…~`, as typed with their markers (as math keeps its dollars).
        const marker: Node & {value: string} = {type: 'text', value: node.type === 'superscript' ? '^' : '~'}
        const children = (node as Parent).children
        stack.push(marker)
        for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
        stack.push(marker)
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

  const blocks: string[] = []
  let pieces: Array<string | typeof citationGap> = []
  for (const part of parts) {
    if (part === boundary) {
      blocks.push(blockText(pieces))
      pieces = []
    } else pieces.push(part)
  }

  blocks.push(blockText(pieces))
  return blocks.filter((block) => block !== '').join('\n\n')
}

/**
 * One block's text: HTML's white space collapsed to single spaces, trimmed, and
 * without its bracketed citations. The space before a citation goes when a
 * space, punctuation or the end follows (`here [@doe].` → `here.`), else the
 * gap is one space (`a [@doe]b` → `a b`); parentheses left empty go with it
 * (`Text ([@doe]).` → `Text.`). The gaps are markers, not characters, so any
 * character the text holds stays in it.
 */
function blockText(pieces: ReadonlyArray<string | typeof citationGap>): string {
  let text = ''
  let gap = false
  for (const piece of pieces) {
    if (piece === citationGap) {
      gap = true
      continue
    }

    let value = collapseWhiteSpace(piece, {style: 'html'})
    if (value === '') continue
    if (gap) {
      gap = false
      if (text.endsWith('(') && value.startsWith(')')) {
        text = text.slice(0, -1)
        value = value.slice(1)
      }

      if (gapEnd.test(value.charAt(0))) text = text.trimEnd()
      else if (!text.endsWith(' ') && !value.startsWith(' ')) value = ' ' + value
    }

    text += text.endsWith(' ') && value.startsWith(' ') ? value.slice(1) : value
  }

  // Each piece is collapsed and no two spaces meet where pieces join: at most one space at either end.
  const start = text.startsWith(' ') ? 1 : 0
  return text.slice(start, Math.max(start, text.endsWith(' ') ? text.length - 1 : text.length))
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
