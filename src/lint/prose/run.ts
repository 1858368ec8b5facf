import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ProseBlock} from '../../extract/prose.js'
import {proseBlocks} from '../../extract/prose.js'
import {report} from '../../util/report.js'
import type {Scope} from './coverage.js'
import {isCovered} from './coverage.js'
import type {Ranges} from './nodes.js'
import {inRanges} from './nodes.js'
import type {Span} from './span.js'

const whitespace = /\s+/g

/** Every regex of this module, for the ReDoS test. */
export const runPatterns: readonly RegExp[] = [whitespace]

/** What a prose rule needs: how to find its spans in a block and how to word a finding. */
export interface ProseCheck {
  readonly ruleId: string
  readonly scope: Scope
  /** The spans of one block (the block's text is `block.text`). */
  readonly detect: (block: ProseBlock) => Span[]
  /** The “Unexpected X” part of the reason, for the words found. */
  readonly describe: (found: string, span: Span) => string
  /** Source ranges (0-based offsets) in which findings are covered already (see `evidenceCoverage`). */
  readonly covered?: Ranges | undefined
}

/**
 * Run a prose check over every block of the tree: each span that no
 * citation or footnote reference covers (in its sentence or paragraph) is
 * reported at its own words.
 */
export function lintProse(tree: Root, file: VFile, check: ProseCheck): void {
  const where = check.scope === 'sentence' ? 'its sentence' : 'its paragraph'
  for (const block of proseBlocks(tree, file)) {
    for (const span of check.detect(block)) {
      if (isCovered(block, span, check.scope)) continue
      const place = block.position(span.start, span.end)
      if (check.covered && inRanges(check.covered, place.start.offset ?? -1, place.end.offset ?? -1)) continue
      report(file, {
        ruleId: check.ruleId,
        place,
        reason: check.describe(shorten(block.text.slice(span.start, span.end)), span) +
          ', expected a citation or footnote in ' + where
      })
    }
  }
}

/**
 * The words found, on one line; when long, its first and last words (about
 * 28 characters each) around an ellipsis, as a quotation leaves words out:
 * never a word cut in two.
 */
export function shorten(found: string): string {
  const line = found.replaceAll('\uFFFC', '…').replace(whitespace, ' ').trim()
  if (line.length <= 60) return line
  const words = line.split(' ')
  let head = 0
  let headLength = 0
  while (head < words.length && (head === 0 || headLength + words[head]!.length + 1 <= 28)) headLength += words[head++]!.length + 1
  let tail = words.length
  let tailLength = 0
  while (tail > head && (tail === words.length || tailLength + words[tail - 1]!.length + 1 <= 28)) tailLength += words[--tail]!.length + 1
  if (tail <= head) return line
  return words.slice(0, head).join(' ') + ' … ' + words.slice(tail).join(' ')
}
