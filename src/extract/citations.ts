import type {Root} from 'mdast'
import type {Node, Parent, Position} from 'unist'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {GraphCitation} from '../kit/citation.js'
import type {Citation} from '../syntax/citation/types.js'
import type {Directive} from '../syntax/types.js'
import {proseBlocks} from './prose.js'
import {abstractBlocks} from './abstract-blocks.js'

// What may stand between a text directive and a citation that cites it: white
// space and punctuation that does not end the sentence.
export const joiner = /^[\s,;:)\]"'”’»]*$/

/**
 * For each citation among `parent`'s children that comes right after a node's
 * text directive in the same sentence (`:evidence[…]{#e} [@a, p. 3]`), note the
 * directive it cites. One pass over the children.
 */
export function noteCitationsAfterDirectives(
  parent: Parent,
  kit: AnyKit,
  cited: Map<Citation, Directive>
): void {
  let directive: Directive | undefined
  for (const child of parent.children) {
    if (child.type === 'textDirective' && kit.kind((child as Directive).name)) {
      directive = child as Directive
    } else if (child.type === 'citation') {
      if (directive) cited.set(child as Citation, directive)
    } else if (!(child.type === 'text' && joiner.test((child as Node & {value: string}).value))) {
      directive = undefined
    }
  }
}

/** One citation in document order, and the node directive it is inside, if any. */
export interface FoundCitation {
  citation: Citation
  inside: Directive | undefined
}

/**
 * The graph's citations: each with the node it backs (the directive right
 * before it in its sentence, else the node it is written in, else none), its
 * sentence, and its footnote. A citation in the front matter's abstract
 * (see `abstractBlocks`) backs no node.
 */
export function buildCitations(
  tree: Root,
  file: VFile,
  found: readonly FoundCitation[],
  after: ReadonlyMap<Citation, Directive>,
  idOf: (directive: Directive) => string | undefined
): GraphCitation[] {
  // Sentences are only needed for citations: a document without any (most
  // keystrokes in most drafts) skips the prose pass.
  if (found.length === 0) return []
  const where = new Map<Citation, {sentence: Position; footnote?: string}>()
  const abstract = abstractBlocks(file)
  for (const block of abstract.length > 0 ? [...abstract, ...proseBlocks(tree, file)] : proseBlocks(tree, file)) {
    let sentenceIndex = 0
    for (const atom of block.atoms) {
      if (atom.node.type !== 'citation') continue
      // Atoms and sentences are both in order: one forward walk finds each atom's sentence.
      while (sentenceIndex < block.sentences.length - 1 && block.sentences[sentenceIndex]!.end <= atom.index) sentenceIndex++
      const range = block.sentences[sentenceIndex]
      const sentence = range ? block.position(range.start, range.end) : block.position(atom.index, atom.index + 1)
      const entry: {sentence: Position; footnote?: string} = {sentence}
      if (block.footnote !== undefined) entry.footnote = block.footnote
      where.set(atom.node as Citation, entry)
    }
  }

  const citations: GraphCitation[] = []
  for (const {citation, inside} of found) {
    const position = citation.position
    if (!position) continue
    const directive = after.get(citation) ?? inside
    const place = where.get(citation)
    const entry: GraphCitation = {
      node: (directive && idOf(directive)) ?? null,
      sentence: place?.sentence ?? position,
      mode: citation.mode,
      items: citation.items.map((item) => {
        const copy: GraphCitation['items'][number] = {
          key: item.key,
          prefix: item.prefix,
          suffix: item.suffix,
          suppressAuthor: item.suppressAuthor,
          position: item.position
        }
        if (item.locator !== undefined) copy.locator = item.locator
        if (item.label !== undefined) copy.label = item.label
        return copy
      }),
      position
    }
    if (place?.footnote !== undefined) entry.footnote = place.footnote
    citations.push(entry)
  }
  return citations
}
