import type {Blockquote, Root} from 'mdast'
import type {Position} from 'unist'
import type {Node, Parent} from 'unist'
import type {VFile} from 'vfile'
import type {ProseBlock} from '../../extract/prose.js'
import {proseBlocks} from '../../extract/prose.js'
import {isParent} from '../../util/walk.js'
import type {Scope} from './coverage.js'
import {blockSupport, hasSource} from './coverage.js'
import type {ProseLanguage} from './language.js'
import {isCallout, wordCount} from './quotation.js'

/** A block quote that is a quotation, with what supports it. */
export interface BlockQuotation {
  readonly quote: Blockquote
  /** Where its quoted words are: from the first word inside to the last (not the `> ` marker). */
  readonly place: Position | undefined
  /** Its words. */
  readonly words: number
  /** Whether the sentence that introduces it gives it to a named speaker or source (`Islanders say:` does not). */
  readonly named: boolean
  /** Whether a citation or footnote in it, or in the sentence that introduces it (`scope`), supports it. */
  readonly supported: boolean
}

/**
 * The block quotes of a tree that are quotations (not call-outs such as
 * `> Note:`; `minimumWords` words or more), outermost only, in document
 * order. A block quote is introduced by the paragraph right before it; the
 * introduction's last sentence (or, with `scope: 'paragraph'`, all of it)
 * can hold its citation.
 */
export function blockQuotations(
  tree: Root,
  file: VFile,
  scope: Scope,
  language: ProseLanguage,
  minimumWords: number
): BlockQuotation[] {
  const blocks = proseBlocks(tree, file)
  const byNode = new Map<Node, ProseBlock>(blocks.map((block) => [block.node, block]))
  const result: BlockQuotation[] = []
  for (const {quote, introduction} of outerBlockquotes(tree)) {
    const inside = blocksIn(quote, byNode)
    if (inside.length === 0 || isCallout(inside[0]!.text)) continue
    const words = inside.reduce((total, block) => total + wordCount(block.text), 0)
    if (words < minimumWords) continue
    const intro = introduction ? byNode.get(introduction) : undefined
    const supported = inside.some(hasSource) || (intro !== undefined && introduces(intro, scope, language))
    result.push({quote, place: wordsPlace(quote, inside), words, named: intro !== undefined && introducesSpeaker(intro, language), supported})
  }
  return result
}

/** Whether the block before a block quote cites a source where it introduces the quote. */
function introduces(block: ProseBlock, scope: Scope, language: ProseLanguage): boolean {
  const support = blockSupport(block, language)
  if (scope === 'paragraph' || block.sentences.length === 0) return support.any
  return support.covered.at(-1) === true
}

/** Whether the last sentence before a block quote gives it to a named speaker or source. */
function introducesSpeaker(block: ProseBlock, language: ProseLanguage): boolean {
  const last = block.sentences.at(-1)
  if (!last) return false
  const sentence = block.text.slice(last.start, last.end)
  return language.speaker(sentence, {start: sentence.length, end: sentence.length, kind: 'block'}) === 'named'
}

/** From the start of the first block inside a block quote to the end of the last: its words, without the `> ` marker. */
function wordsPlace(quote: Blockquote, inside: ProseBlock[]): Position | undefined {
  const start = inside[0]!.node.position?.start
  const end = inside.at(-1)!.node.position?.end
  return start && end ? {start, end} : quote.position
}

/** Block quotes not inside another, each with the paragraph right before it. */
function outerBlockquotes(tree: Root): Array<{quote: Blockquote; introduction: Node | undefined}> {
  const found: Array<{quote: Blockquote; introduction: Node | undefined}> = []
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    parent.children.forEach((child, index) => {
      if (child.type === 'blockquote') {
        const previous = parent.children[index - 1]
        found.push({quote: child as Blockquote, introduction: previous?.type === 'paragraph' ? previous : undefined})
      } else if (isParent(child)) {
        stack.push(child)
      }
    })
  }
  return found.sort((a, b) => (a.quote.position?.start.offset ?? 0) - (b.quote.position?.start.offset ?? 0))
}

/** The prose blocks inside a block quote, in order (one walk of the quote). */
function blocksIn(quote: Blockquote, byNode: Map<Node, ProseBlock>): ProseBlock[] {
  const result: ProseBlock[] = []
  const stack: Node[] = [quote]
  while (stack.length > 0) {
    const node = stack.pop()!
    const block = byNode.get(node)
    if (block) {
      result.push(block)
    } else if (isParent(node)) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return result
}
