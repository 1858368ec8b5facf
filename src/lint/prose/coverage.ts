import type {ProseBlock} from '../../extract/prose.js'
import type {Citation} from '../../syntax/citation/types.js'
import {lastIndexAtMost} from '../../util/search.js'
import type {ProseLanguage, SourceLink} from './language.js'
import type {Span} from './span.js'
import {mergeSpans} from './span.js'
import {superscriptNotes} from './support-markup.js'

/**
 * Where support must be to cover a finding. `sentence` (default): in the
 * finding's sentence, or in a neighbouring sentence of the same paragraph
 * that the finding's sentence says it shares a source with. `paragraph`:
 * anywhere in the paragraph (or heading, or table cell), for styles that
 * cite once per paragraph.
 */
export type Scope = 'sentence' | 'paragraph'

/** The options every prose rule has. */
export interface ProseRuleOptions {
  /** Where a citation or footnote must be to cover a finding (default: `'sentence'`). */
  readonly scope?: Scope | undefined
}

/** What supports each sentence of a block, worked out once per block. */
export interface BlockSupport {
  /** Per sentence: a citation, footnote reference or reference in the text stands in it. */
  readonly direct: readonly boolean[]
  /** Per sentence: covered, directly or through a neighbour that reports the same source. */
  readonly covered: readonly boolean[]
  /** Per sentence: a sentence of a footnote that reads as a reference (not linted as a claim). */
  readonly reference: readonly boolean[]
  /** Whether anything in the block supports it (for `scope: 'paragraph'`). */
  readonly any: boolean
}

const sources = new Set(['citation', 'footnoteReference'])
const atom = '\uFFFC'
const letter = /^\p{L}$/u
const cache = new WeakMap<ProseBlock, Map<string, BlockSupport>>()
/** The end of a reference's opening, its authors and year: `(2015).` */
const yearHeadEnd = /\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\.?\s*$/u

/** Every regex of this module, for the ReDoS test. */
export const coveragePatterns: readonly RegExp[] = [yearHeadEnd, letter]

/**
 * The support of a block's sentences:
 * 1. a sentence is supported *directly* by a citation or footnote reference
 *    in it (a note right after its full stop belongs to it) or by a
 *    reference written in its text (`(Manning 2021)`, `(Table 2)`);
 * 2. a sentence that says it reports the same source as the sentence before
 *    (“The same survey found …”, “It also found …”, “…, the organisers
 *    reported”, “the plan projects …” after a sentence naming a plan) is
 *    covered when that sentence is (so a chain of them is), or when the
 *    sentence two before it is supported directly (three before, when it
 *    names the source back as `the same survey`);
 * 3. a sentence that introduces a source (“… a new poll suggests.”) is
 *    covered when the next sentence is supported directly and does not
 *    open on another source (“Another study …”); so is a sentence whose
 *    next sentence, supported directly, says where it comes from (“That is
 *    not my figure; it comes from …”), or that reports what the next
 *    sentence, supported directly, goes on with by `also` (“The organisers
 *    reported …. They also said …”).
 */
export function blockSupport(block: ProseBlock, language: ProseLanguage): BlockSupport {
  let byLanguage = cache.get(block)
  if (!byLanguage) {
    byLanguage = new Map()
    cache.set(block, byLanguage)
  }
  let support = byLanguage.get(language.code)
  if (support) return support
  const {sentences, text} = block
  // References written in the text, and numbered notes in HTML superscript (`<sup>1</sup>`), read from the atoms.
  const notes = superscriptNotes(block)
  const references = notes.length === 0 ? language.textReferences(text) : mergeSpans([...language.textReferences(text), ...notes])
  const direct: boolean[] = []
  const reference: boolean[] = []
  let nextReference = 0
  for (const sentence of sentences) {
    const end = extendOverNotes(text, sentence.end)
    while (nextReference < references.length && references[nextReference]!.start < sentence.start) nextReference++
    const written = nextReference < references.length && references[nextReference]!.start < end
    direct.push(written || hasSourceIn(block, sentence.start, end))
    reference.push(block.footnote !== undefined && language.isReference(text.slice(sentence.start, sentence.end)))
  }
  // A footnote reference that opens on its authors and year (`Lund, K. (2019).`) goes on with the work's title, a sentence of its own: `Survey of 12 lakes.`
  for (let index = 1; index < reference.length; index++) {
    const previous = sentences[index - 1]!
    if (!reference[index] && reference[index - 1] && yearHeadEnd.test(text.slice(Math.max(previous.start, previous.end - 12), previous.end))) reference[index] = true
  }
  // How each sentence ties itself to a neighbour's source, read only for the
  // sentences the rules below ask about (most sentences are supported
  // directly or have no supported neighbour): the language's patterns are a
  // large part of a lint's time.
  const links: Array<SourceLink | undefined> = []
  const link = (index: number): SourceLink => {
    let found = links[index]
    if (!found) {
      const sentence = sentences[index]!
      found = language.sourceLink(text.slice(sentence.start, sentence.end))
      links[index] = found
    }
    return found
  }
  const covered = [...direct]
  for (let index = 1; index < sentences.length; index++) {
    if (!covered[index] && covered[index - 1] && (link(index).previous || citesName(block, references, index - 1, link(index).reporter) || namesDocument(block, index - 1, link(index).document)))
      covered[index] = true
    // `The same report found …` two sentences after the cited one (three, when it says `the same`): the source it names back is the one cited, over the sentences between.
    else if (!covered[index] && index >= 2 && link(index).previous && (direct[index - 2] || (index >= 3 && direct[index - 3] && link(index).same === true))) covered[index] = true
  }
  for (let index = sentences.length - 2; index >= 0; index--) {
    if (covered[index] || !direct[index + 1]) continue
    // `The organisers reported 21,500 visitors. They also said … [@post]`: the cited sentence goes on with the same reporter's findings.
    if ((link(index).next && !link(index + 1).another) || link(index + 1).sourceOfPrevious || (link(index + 1).also === true && link(index).reports === true)) covered[index] = true
  }
  support = {direct, covered, reference, any: references.length > 0 || hasSource(block)}
  byLanguage.set(language.code, support)
  return support
}

/**
 * Whether sentence `index` of the block cites `name`: a reference written in
 * its text holds the name as a word (`(Okafor 2025, Table 3)`, `Hartley
 * (2023)`), or a citation in it has a key starting with the name in any case
 * (`[@okafor2025]`). Reads only that sentence's references and atoms.
 */
function citesName(block: ProseBlock, references: readonly Span[], index: number, name: string | undefined): boolean {
  if (name === undefined) return false
  const sentence = block.sentences[index]!
  const end = extendOverNotes(block.text, sentence.end)
  // References are in text order and apart: start from the last one opening at or before the sentence (binary search).
  for (let at = lastIndexAtMost(references, sentence.start, (reference) => reference.start); at < references.length; at++) {
    const reference = references[at]!
    if (reference.start >= end) break
    if (reference.end > sentence.start && holdsWord(block.text.slice(reference.start, reference.end), name)) return true
  }
  const key = name.toLowerCase()
  const atoms = block.atoms
  for (let at = lastIndexAtMost(atoms, sentence.start, (item) => item.index); at < atoms.length && atoms[at]!.index < end; at++) {
    const item = atoms[at]!
    if (item.index < sentence.start || item.node.type !== 'citation') continue
    if ((item.node as Citation).items.some((cited) => cited.key.toLowerCase().startsWith(key))) return true
  }
  return false
}

/**
 * Whether sentence `index` of the block names a document by `noun` (lower
 * case), as a word in any case: `The shoreline management plan sets …` for
 * `plan`. Reads only that sentence.
 */
function namesDocument(block: ProseBlock, index: number, noun: string | undefined): boolean {
  if (noun === undefined) return false
  const sentence = block.sentences[index]!
  return holdsWord(block.text.slice(sentence.start, sentence.end).toLowerCase(), noun)
}

/** Whether `text` holds `word` with no letter right before or after it. */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!letter.test(text.charAt(at - 1)) && !letter.test(text.charAt(at + word.length))) return true
  }
  return false
}

/** Whether support covers a span found in the block, under a scope. */
export function isCovered(block: ProseBlock, span: Span, scope: Scope, language: ProseLanguage): boolean {
  const support = blockSupport(block, language)
  if (scope === 'paragraph') return support.any
  const [first, last] = sentencesOf(block, span)
  for (let index = first; index <= last; index++) if (support.covered[index]) return true
  return first > last && support.any
}

/** Whether a span lies in footnote sentences that read as references (not claims). */
export function inReference(block: ProseBlock, span: Span, language: ProseLanguage): boolean {
  if (block.footnote === undefined) return false
  const support = blockSupport(block, language)
  const [first, last] = sentencesOf(block, span)
  for (let index = first; index <= last; index++) if (!support.reference[index]) return false
  return first <= last
}

const blockHasSource = new WeakMap<ProseBlock, boolean>()

/** Whether the block holds a citation or footnote reference anywhere (worked out once per block). */
export function hasSource(block: ProseBlock): boolean {
  let found = blockHasSource.get(block)
  if (found === undefined) {
    found = block.atoms.some((item) => sources.has(item.node.type))
    blockHasSource.set(block, found)
  }
  return found
}

/** Whether a citation or footnote reference is in `[from, to)` of the block's text. */
export function hasSourceIn(block: ProseBlock, from: number, to: number): boolean {
  // Atoms are in text order: binary search for the first at or after `from`.
  const atoms = block.atoms
  let low = 0
  let high = atoms.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (atoms[middle]!.index < from) low = middle + 1
    else high = middle
  }
  for (let index = low; index < atoms.length && atoms[index]!.index < to; index++) {
    if (sources.has(atoms[index]!.node.type)) return true
  }
  return false
}

/**
 * The indices of the first and last sentences a span touches (binary
 * search); `[0, -1]` for a block without sentences.
 */
export function sentencesOf(block: ProseBlock, span: Span): [number, number] {
  const sentences = block.sentences
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start <= span.start) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  if (sentences.length === 0) return [0, -1]
  const first = Math.max(found, 0)
  let last = first
  while (last + 1 < sentences.length && sentences[last + 1]!.start < span.end) last++
  return [first, last]
}

/** The end of the text run after `end` that holds only white space, atoms and closing marks. */
export function extendOverNotes(text: string, end: number): number {
  let index = end
  let last = end
  while (index < text.length) {
    const char = text[index]!
    if (char === atom) last = index + 1
    else if (!' \t\n\u00a0)]”’"\''.includes(char)) break
    index++
  }
  return last
}
