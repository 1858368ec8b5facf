import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ProseBlock} from '../../extract/prose.js'
import {proseBlocks} from '../../extract/prose.js'
import {abstractBlocks} from '../../extract/abstract-blocks.js'
import {report} from '../../util/report.js'
import type {Scope} from './coverage.js'
import {inReference, isCovered} from './coverage.js'
import type {ProseLanguage} from './language.js'
import type {Ranges} from './nodes.js'
import {evidenceCoverage, inRanges} from './nodes.js'
import type {Span} from './span.js'
import {superscriptNotes} from './support-markup.js'
import {tableCovered, tableName} from './table.js'
import type {Vocabulary} from './vocabulary.js'
import {applyVocabulary} from './vocabulary.js'

const whitespace = /\s+/g
/** What support looks like inside a footnote of a footnoted document: a reference in the text. */
const noteExample = '(Author 2021, p. N)'

/** Every regex of this module, for the ReDoS test. */
export const runPatterns: readonly RegExp[] = [whitespace]

/** What a prose rule needs: how to find its spans in a block and how to word a finding. */
export interface ProseCheck {
  readonly ruleId: string
  readonly scope: Scope
  readonly language: ProseLanguage
  /** The rule's own phrases to report and to leave alone. */
  readonly vocabulary: Vocabulary
  /** The kind of a span found by one of the vocabulary's phrases. */
  readonly kind: string
  /** The spans of one block (the block's text is `block.text`). */
  readonly detect: (block: ProseBlock) => Span[]
  /** The “Unexpected X” part of the reason, for the words found: `statistic \`a fifth\``. */
  readonly describe: (found: string, span: Span) => string
  /**
   * Source ranges (0-based offsets) in which findings are covered already
   * (default: the nodes the annotation backs; see `evidenceCoverage`).
   */
  readonly covered?: Ranges | undefined
  /** What else would do instead of a citation: `, or name the source`. */
  readonly alternative?: string | undefined
  /**
   * A span the support of its sentence does not reach (with `scope:
   * 'sentence'`): `true` reports it though the sentence counts as supported
   * (vague-attribution: hearsay beside a pointer to the writer's own data).
   */
  readonly beyondSupport?: ((block: ProseBlock, span: Span, language: ProseLanguage) => boolean) | undefined
}

/**
 * How the document cites, the way it cites most: with pandoc citations (the
 * default), with footnotes, with author and date written in its text
 * (`(ONS 2023)`, `Dyer (2002)`), or with numbered references (`[1]`,
 * `[3–5]`, `^1^`, `<sup>1</sup>`).
 */
export type CitationStyle = 'citation' | 'footnote' | 'text' | 'numbered'

/** How many of each kind of support a document's prose holds (see `citesWith`). */
export interface CitationCounts {
  /** Pandoc citations (`[@key]`). */
  readonly citations: number
  /** Footnote references (`[^1]`). */
  readonly notes: number
  /** Author-date references written in the text (`(ONS 2023)`). */
  readonly texts: number
  /** Numbered references written in the text (`[1]`, `[3–5]`, `^1^`, `<sup>1</sup>`); absent is none. */
  readonly numbered?: number | undefined
}

/** The style a document cites with most; a tie goes to citations, then footnotes, then author-date; none at all is `citation`. */
export function styleFrom(counts: CitationCounts): CitationStyle {
  const numbered = counts.numbered ?? 0
  if (counts.citations >= counts.notes && counts.citations >= counts.texts && counts.citations >= numbered) return 'citation'
  if (counts.notes >= counts.texts && counts.notes >= numbered) return 'footnote'
  return counts.texts >= numbered ? 'text' : 'numbered'
}

/** What a message asks for in each style, and an example of it. */
export const styleExamples: Readonly<Record<CitationStyle, {readonly what: string; readonly example: string}>> = {
  citation: {what: 'citation', example: '[@key, p. N]'},
  footnote: {what: 'footnote', example: '[^1]'},
  text: {what: 'reference', example: '(Author 2021, p. N)'},
  numbered: {what: 'reference', example: '[N]'}
}

/** The citation style of a tree's document, for rules that word their own messages (block quotes). */
export function documentStyle(tree: Root, file: VFile, language: ProseLanguage): CitationStyle {
  return file.data.argmarkCitationStyle ?? styleOf(tree, proseBlocks(tree, file), language)
}

type Style = CitationStyle

declare module 'vfile' {
  interface DataMap {
    /**
     * The citation style of the document the tree is part of, when the tree
     * is only part of it (an editor session's segment, see `createSession`):
     * else worked out from the tree (see `citesWith`).
     */
    argmarkCitationStyle: CitationStyle
  }
}

const styles = new WeakMap<Root, Style>()

/**
 * Run a prose check over every block of the tree: each span that nothing
 * covers (see `isCovered`; in an annotated draft, also a node the argument
 * supports) is reported at its own words, with the words and where a
 * citation would go. Sentences of footnotes that read as references are not
 * read for claims. The front matter's `abstract` is read first, as
 * Markdown, and reported where its words are written (see `abstractBlocks`).
 */
export function lintProse(tree: Root, file: VFile, check: ProseCheck): void {
  const body = proseBlocks(tree, file)
  const style = file.data.argmarkCitationStyle ?? styleOf(tree, body, check.language)
  // The front matter's abstract comes first, as pandoc writes it before the body.
  const front = abstractBlocks(file)
  const blocks = front.length > 0 ? [...front, ...body] : body
  const {what, example} = styleExamples[style]
  const where = check.scope === 'sentence' ? 'its sentence' : 'its paragraph'
  const covered = check.covered ?? evidenceCoverage(file, undefined).covered
  const spot = check.scope === 'sentence' ? 'after it' : 'in it'
  // A table is read as a whole (table.ts): the blocks by node, to find its header cells and the blocks next to it.
  const byNode = blocks.some((block) => block.table) ? new Map(blocks.map((block) => [block.node as unknown, block])) : undefined
  const tablesReported = new Set<unknown>()
  for (const block of blocks) {
    if (block.table && byNode && (tablesReported.has(block.table.node) || tableCovered(block.table, byNode, check.language))) continue
    const spans = applyVocabulary(block.text, check.detect(block), check.vocabulary, check.kind)
    // A note cannot hold a note: inside one, a footnoted document's support is a reference in the text.
    const inNote = style === 'footnote' && block.footnote !== undefined
    for (const span of spans) {
      if (inReference(block, span, check.language)) continue
      if (isCovered(block, span, check.scope, check.language) && !(check.scope === 'sentence' && check.beyondSupport?.(block, span, check.language))) continue
      const place = block.position(span.start, span.end)
      if (inRanges(covered, place.start.offset ?? -1, place.end.offset ?? -1)) continue
      if (block.table && byNode) {
        // One message for the table, at its first finding: its figures want one source, given once.
        tablesReported.add(block.table.node)
        report(file, {
          ruleId: check.ruleId,
          place,
          reason:
            'Unexpected ' + check.describe(shorten(block.text.slice(span.start, span.end)), span) + ' in the ' + tableName(block.table, byNode) +
            ' without a ' + what + ' in its caption, its header or the sentence that introduces it, expected a ' + what + ' such as `' + example +
            '` there or a `Source: …` line after the table'
        })
        break
      }
      report(file, {
        ruleId: check.ruleId,
        place,
        reason:
          'Unexpected ' + check.describe(shorten(block.text.slice(span.start, span.end)), span) + ' without a ' + (inNote ? 'reference' : what) +
          ' in ' + where + ', expected ' + (inNote ? 'a reference such as `' + noteExample + '`' : 'a ' + what + ' such as `' + example + '`') +
          ' ' + spot + (check.alternative ?? '')
      })
    }
  }
}

/** The document's citation style: the kind of support it holds most (see `styleFrom`). */
function styleOf(tree: Root, blocks: readonly ProseBlock[], language: ProseLanguage): Style {
  let style = styles.get(tree)
  if (style) return style
  style = styleFrom(citesWith(blocks, language))
  styles.set(tree, style)
  return style
}

/**
 * What prose blocks cite with: how many citations, footnote references,
 * author-date references written in the text (`(ONS 2023)`, read by the
 * language) and numbered references (`[1]`, `^1^`, `<sup>1</sup>`) they
 * hold. A document's style is the kind it holds most (`styleFrom`).
 */
export function citesWith(blocks: readonly ProseBlock[], language: ProseLanguage): CitationCounts {
  let citations = 0
  let notes = 0
  let texts = 0
  let numbered = 0
  for (const block of blocks) {
    for (const atom of block.atoms) {
      if (atom.node.type === 'citation') citations++
      else if (atom.node.type === 'footnoteReference') notes++
    }
    // A note's own references (`(Author 2021, p. N)` inside a footnote) are what a footnoted document writes there: not its style.
    if (block.footnote !== undefined) continue
    for (const span of language.textReferences(block.text)) {
      if (span.kind === 'author-date') texts++
      else if (span.kind === 'numbered') numbered++
    }
    numbered += superscriptNotes(block).length
  }
  return {citations, notes, texts, numbered}
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
