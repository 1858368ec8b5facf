import type {Blockquote, Root} from 'mdast'
import type {Node, Parent} from 'unist'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {ProseBlock} from '../../extract/prose.js'
import {proseBlocks} from '../../extract/prose.js'
import {isParent} from '../../util/walk.js'
import {report, rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions, Scope} from '../prose/coverage.js'
import {extendOverNotes, hasSource, hasSourceIn} from '../prose/coverage.js'
import {readProseOptions} from '../prose/options.js'
import {detectQuotations, isCallout, wordCount} from '../prose/quotation.js'
import type {Ranges} from '../prose/nodes.js'
import {evidenceCoverage, inRanges, reportUncited} from '../prose/nodes.js'
import {lintProse} from '../prose/run.js'

/** Options of `unattributed-quotation`. */
export interface UnattributedQuotationOptions extends ProseRuleOptions {
  /** Fewest words for a quoted span or block quote to be a quotation (default: 4). */
  readonly minimumWords?: number | undefined
}

/**
 * Someone's words in quotation marks, or in a block quote, need a source:
 * a quoted span or block quote of `minimumWords` words or more with no
 * citation or footnote reference (in its sentence or paragraph; for a block
 * quote, inside it or in the sentence that introduces it). Quotation evidence
 * (`type=quotation`) that no citation backs is reported too, once, at the node.
 */
export const unattributedQuotation = lintRule<Root, UnattributedQuotationOptions | undefined>(
  {origin: 'argmark:unattributed-quotation', url: rulesUrl + 'unattributed-quotation.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, minimumWords} = readProseOptions(file, 'unattributed-quotation', options, {minimumWords: 4})
    const {uncited, covered} = evidenceCoverage(file, 'quotation')
    reportUncited(file, 'unattributed-quotation', uncited, 'quotation', 'a citation with a locator right after it')
    lintProse(tree, file, {
      ruleId: 'unattributed-quotation',
      scope,
      covered,
      // Text inside a block quote is judged with its block quote, below.
      detect: (block) => (block.inBlockquote ? [] : detectQuotations(block.text, {minimumWords})),
      describe: (found) => 'Unexpected quotation ' + found + ' without a source'
    })
    checkBlockquotes(tree, file, scope, minimumWords, covered)
  }
)

function checkBlockquotes(tree: Root, file: VFile, scope: Scope, minimumWords: number, covered: Ranges): void {
  const blocks = proseBlocks(tree, file)
  const byNode = new Map<Node, ProseBlock>(blocks.map((block) => [block.node, block]))

  for (const {quote, introduction} of outerBlockquotes(tree)) {
    const inside = blocksIn(quote, byNode)
    if (inside.length === 0 || isCallout(inside[0]!.text)) continue
    if (inRanges(covered, quote.position?.start.offset ?? -1, quote.position?.end.offset ?? -1)) continue
    const words = inside.reduce((total, block) => total + wordCount(block.text), 0)
    if (words < minimumWords) continue
    if (inside.some(hasSource)) continue
    const intro = introduction ? byNode.get(introduction) : undefined
    if (intro && introduces(intro, scope)) continue
    report(file, {
      ruleId: 'unattributed-quotation',
      place: quote.position,
      reason:
        'Unexpected block quote of ' + words + ' words without a source, expected a citation or footnote ' +
        'in it or in the ' + scope + ' that introduces it'
    })
  }
}

/** Whether the block before a block quote cites a source where it introduces the quote. */
function introduces(block: ProseBlock, scope: Scope): boolean {
  if (scope === 'paragraph') return hasSource(block)
  const last = block.sentences.at(-1)
  const from = last ? last.start : 0
  return hasSourceIn(block, from, extendOverNotes(block.text, last ? last.end : block.text.length))
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
