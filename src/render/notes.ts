import type {CiteprocCite} from 'citeproc'
import type {PhrasingContent, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {CslItem} from '../kit/csl.js'
import type {Citation, CitationItem} from '../syntax/citation/types.js'
import {reportInternalError} from '../util/report.js'
import {citeprocPrefix, citeprocSuffix, createAffixReader, footnoteReferences} from './affixes.js'
import {collectReadingOrder, footnoteDefinitions, linkDefinitionIdentifiers} from './collect.js'
import CSL from 'citeproc'
import type {CslEngine} from './csl/engine.js'
import {hasEditorsOnly, withoutEditorsId} from './csl/engine.js'
import {citeGroups} from './csl/cluster.js'
import {slot, slotLimit, unmark} from './csl/format.js'
import {parseMarked} from './csl/marked.js'
import type {PositionedCite} from './csl/positions.js'
import {PositionTracker} from './csl/positions.js'
import {locatorRanges} from './locator-range.js'
import {withStyleTerms} from './locator-terms.js'
import {capitalizeNote} from './capitalize-note.js'
import {clusterPieces} from './cluster-pieces.js'
import type {MissingCiteOptions} from './missing-cite.js'
import {afterSpace, closingPunctuation, missingCiteParts, suffixAfterSpace} from './missing-cite.js'
import {toString} from 'mdast-util-to-string'
import {intoQuotes, tidy, withoutFinalPeriod, wordStart} from './punctuation.js'
import {smartString} from '../util/smart.js'

/** How citations are read and written besides the style. */
export interface FormatOptions {
  /** Smart punctuation in prefixes, suffixes and locators, as in the prose (default `true`). */
  readonly smart?: boolean | undefined
}

/** What a citation becomes: inline content, then (note styles) a note marker. */
export interface Replacement {
  readonly inline: PhrasingContent[]
  /** The number of the note that holds the formatted citation. */
  readonly note?: number
}

/** Citations formatted and notes numbered, ready to be written into the tree. */
export interface Notes {
  readonly replacements: Map<Citation, Replacement>
  /** Author footnotes' numbers, by identifier. */
  readonly footnotes: Map<string, number>
  /** Citation notes' content, by number. */
  readonly citationNotes: Map<number, PhrasingContent[]>
}

/**
 * Format every citation and number every note in one sequence, in reading
 * order. Note styles: a citation in body text becomes a note; one inside an
 * author's footnote is formatted in place, in parentheses (as pandoc does).
 * In-text styles format citations inline. Keys the sources lack render as
 * `**key?**` with their cite's prefix and suffix, as pandoc writes them
 * (missing-cite.ts; the rule `unknown-citation-key` reports them).
 */
export function formatNotes(
  tree: Root,
  file: VFile,
  engine: CslEngine,
  sources: ReadonlyMap<string, CslItem>,
  options: FormatOptions = {}
): Notes {
  const readAffix = createAffixReader(new Set(footnoteDefinitions(tree).keys()), linkDefinitionIdentifiers(tree), options.smart !== false)
  const state: State = {
    engine,
    sources,
    readAffix,
    smart: options.smart !== false,
    tracker: new PositionTracker(engine.nearNoteDistance),
    notes: engine.kind === 'note',
    count: 0,
    clusters: new Map(),
    replacements: new Map(),
    footnotes: new Map(),
    citationNotes: new Map()
  }
  let failed = false
  const leading = leadingCitations(tree)

  // Footnote references in prefixes and suffixes (`[@one[^fn]]`) are read where the citation is.
  const affixNotes = (citation: Citation): string[] =>
    citation.items.flatMap((item) => footnoteReferences([...readAffix(item.prefix), ...readAffix(item.suffix ?? '')]))

  // First every citation's cites and positions, in reading order; then, with
  // the ambiguities of the whole document known, the formatting.
  const prepared: Prepared[] = []
  for (const event of collectReadingOrder(tree, affixNotes)) {
    if (event.type === 'footnote') {
      if (!state.footnotes.has(event.node.identifier)) state.footnotes.set(event.node.identifier, ++state.count)
      continue
    }

    const citation = event.node
    const known = citation.items.filter((item) => sources.has(item.key))
    if (known.length === 0) {
      writeMissing(state, citation, event.footnote)
      continue
    }
    const lacking = citation.items.filter((item) => !sources.has(item.key))
    prepared.push({...prepareCitation(state, citation, known, lacking, event.footnote), leading: state.notes && event.footnote !== undefined ? leading.get(citation) : undefined})
  }

  try {
    engine.markAmbiguous(ambiguousItems(state, prepared))
  } catch (error) {
    reportInternalError(file, 'formatting', error, 'sources citeproc-js can compare')
  }

  for (const citation of prepared) {
    try {
      writeCitation(state, citation)
    } catch (error) {
      // A citation citeproc-js cannot format stays visible as its keys.
      if (!failed) reportInternalError(file, 'formatting', error, 'a citation citeproc-js can format')
      failed = true
      const keys = citation.citation.items.map((item) => '@' + item.key).join('; ')
      state.replacements.set(citation.citation, {inline: [{type: 'text', value: '(' + keys + ')'}]})
    }
  }

  return {replacements: state.replacements, footnotes: state.footnotes, citationNotes: state.citationNotes}
}

/** One cite whose key the sources lack, as this document writes it (`missingCiteParts`), with the style's locator terms; `start`: it opens a note of its own (capitalised). */
function missingParts(state: State, item: CitationItem, start: boolean): PhrasingContent[] {
  const options: MissingCiteOptions = {readAffix: state.readAffix, linkCitations: state.engine.linkCitations}
  return missingCiteParts(withStyleTerms(item, state.engine.locatorTerms), options, start)
}

/**
 * A citation none of whose keys the sources have, as pandoc writes it: the
 * cites (each prefix and suffix kept, locators dropped: `missingCiteParts`)
 * joined by the layout's delimiter; in the layout's affixes for an in-text
 * style, in a note of its own in a note style's text, in parentheses in an
 * author's footnote of one.
 */
function writeMissing(state: State, citation: Citation, footnote: string | undefined): void {
  const parts: PhrasingContent[] = []
  const {layout} = state.engine
  const ownNote = state.notes && footnote === undefined
  citation.items.forEach((item, index) => {
    if (index > 0) parts.push({type: 'text', value: layout.delimiter})
    parts.push(...missingParts(state, item, ownNote && index === 0))
  })
  if (ownNote) {
    const note = ++state.count
    // pandoc ends the note with a period after a suffix that has no closing punctuation (`[@nokey, x]` → `**Nokey?**, x.`).
    if (citation.items.at(-1)?.suffix && !closingPunctuation.test(toString(parts))) parts.push({type: 'text', value: '.'})
    state.citationNotes.set(note, parts)
    state.replacements.set(citation, {inline: [], note})
    return
  }
  const [open, close] = state.notes ? ['(', ')'] : [layout.prefix, layout.suffix]
  if (open) parts.unshift({type: 'text', value: open})
  if (close) parts.push({type: 'text', value: close})
  state.replacements.set(citation, {inline: state.notes ? parts : decorated(state, parts)})
}

/**
 * The nodes of a citation in an in-text style, in its layout's decorations
 * (AMA's superscript: `Seven [@ghost]` → `Seven^ghost?^`, as pandoc writes
 * it); as they are where the layout has none or the nodes pass the slots.
 */
function decorated(state: State, nodes: PhrasingContent[]): PhrasingContent[] {
  const {decorateLayout, layout} = state.engine
  if (!layout.decorated || nodes.length > slotLimit) return nodes
  const value = decorateLayout(nodes.map((_, index) => slot(index)).join(''))
  return parseMarked(value, {slots: nodes, links: state.engine.links})
}

/** A citation with its cites positioned, ready to format. */
interface Prepared {
  readonly citation: Citation
  readonly cites: Array<PositionedCite & CiteprocCite>
  /** The cites whose keys the sources lack. */
  readonly lacking: readonly CitationItem[]
  readonly slots: PhrasingContent[]
  readonly noteIndex: number
  readonly ownNote: boolean
  readonly inText: boolean
  readonly authorNamed: boolean
  /** In an author's footnote of a note style, the citation its text starts with: what follows it. */
  readonly leading?: {readonly next: PhrasingContent | undefined} | undefined
}

/**
 * The citations an author's footnote starts with (the first thing in its
 * first paragraph), each with the node after it. pandoc writes such a
 * citation as the note itself: no parentheses, not capitalised, its final
 * period kept unless a period follows (`[^1]: [@doe99].` → `Doe, The
 * Book.`) or it is written in-text.
 */
function leadingCitations(tree: Root): Map<Citation, {next: PhrasingContent | undefined}> {
  const leading = new Map<Citation, {next: PhrasingContent | undefined}>()
  for (const definition of footnoteDefinitions(tree).values()) {
    const paragraph = definition.children[0]
    if (paragraph?.type !== 'paragraph') continue
    const [first, next] = paragraph.children
    if (first?.type === 'citation') leading.set(first, {next})
  }
  return leading
}

/**
 * The sources pandoc's citeproc (2.17) finds ambiguous, so that a style's
 * `disambiguate="true"` condition holds for them (Chicago's notes then add
 * the year): dated sources with the same names that are each cited in an
 * Ibid. position whose form, without its locator, prints the same text (two
 * reports of one agency both cited as `United Nations High Commissioner for
 * Refugees, 43.`). citeproc-js tests only the first and the short forms,
 * which differ by title. A form with the "ibid" term does not count (pandoc
 * ignores them). This rule is fitted to what pandoc 2.17 does on the
 * agreement drafts, not derived from its code: see docs/render.md.
 */
function ambiguousItems(state: State, prepared: readonly Prepared[]): string[] {
  const ibidCited = new Set<string>()
  for (const {cites} of prepared) {
    for (const cite of cites) {
      if (cite.position === CSL.POSITION_IBID || cite.position === CSL.POSITION_IBID_WITH_LOCATOR) ibidCited.add(cite.id)
    }
  }
  if (ibidCited.size < 2) return []
  const ibid = state.engine.ibidTerm.toLowerCase()
  const seen = new Map<string, string[]>()
  for (const id of ibidCited) {
    const item = state.sources.get(id)
    if (!item || item.issued === undefined) continue
    const text = state.engine.cluster([{id, position: CSL.POSITION_IBID, 'first-reference-note-number': 1, 'near-note': true}])
    if (text === '' || (ibid !== '' && text.toLowerCase().includes(ibid))) continue
    const key = JSON.stringify([item.author ?? item.editor ?? item.translator ?? null, text])
    seen.set(key, [...(seen.get(key) ?? []), id])
  }
  return [...seen.values()].filter((same) => same.length > 1).flat()
}

interface State extends Notes {
  readonly engine: CslEngine
  readonly sources: ReadonlyMap<string, CslItem>
  readonly readAffix: (markdown: string) => PhrasingContent[]
  readonly smart: boolean
  readonly tracker: PositionTracker
  /** Whether the style is a note style. */
  readonly notes: boolean
  /** Notes numbered so far. */
  count: number
  /** Each distinct cluster formatted so far (cites, positions, locators, affixes and order), by key: formatted once. */
  readonly clusters: Map<string, string>
}

/** Position the cites of one citation with at least one known source (`known`); `lacking` are its cites the sources lack, which keep the others from standing alone for Ibid. */
function prepareCitation(
  state: State,
  citation: Citation,
  known: readonly CitationItem[],
  lacking: readonly CitationItem[],
  footnote: string | undefined
): Prepared {
  const {notes} = state
  const inFootnote = footnote !== undefined
  const ownNote = notes && !inFootnote
  const noteIndex = ownNote ? ++state.count : inFootnote ? (state.footnotes.get(footnote) ?? 0) : 0
  const inText = citation.mode === 'in-text'
  // In-text (`@doe99 [p. 4]`): the first item's author is named in the text,
  // also inside an author's footnote of a note style, where the rest of the
  // citation follows it after a comma (as pandoc's citeproc writes it).
  const authorNamed = inText && known[0] === citation.items[0]
  // Nodes of the affixes citeproc-js cannot carry (links, code, notes).
  const slots: PhrasingContent[] = []
  const cites = known.map((item, index) => toCite(state, item, slots, inText && index === 0, authorNamed && index === 0))
  state.tracker.cluster(cites, noteIndex, lacking.map((item) => item.key))
  // A later `[-@key]` note of a work with editors and no author names its
  // title (see `withoutEditorsId`).
  if (notes) {
    cites.forEach((cite, index) => {
      const source = state.sources.get(cite.id)
      if (!known[index]?.suppressAuthor || cite.position === CSL.POSITION_FIRST || !source || !hasEditorsOnly(source)) return
      cite.id = withoutEditorsId(cite.id)
      delete cite['suppress-author']
    })
  }
  return {citation, cites, lacking, slots, noteIndex, ownNote, inText, authorNamed}
}

/** Format a prepared citation: its replacement, and its note for a note style. */
function writeCitation(state: State, prepared: Prepared): void {
  const {notes} = state
  const {citation, cites, slots, noteIndex, ownNote, inText, authorNamed} = prepared
  // Unknown keys stand among the known ones, inside the citation, as pandoc writes them.
  if (prepared.lacking.length > 0 && !inText) {
    const placed = inPlace(state, prepared, frameOf(state, prepared))
    if (placed) {
      if (ownNote) {
        state.citationNotes.set(noteIndex, placed.startsKnown ? capitalizeNote(placed.nodes) : placed.nodes)
        state.replacements.set(citation, {inline: [], note: noteIndex})
      } else state.replacements.set(citation, {inline: placed.nodes})
      return
    }
  }
  // Where they cannot stand inside (the slots are full), they go before it, or open its note (capitalised as pandoc does).
  const missing = missingBefore(state, prepared)
  const inline = ownNote ? [] : [...missing]
  if (authorNamed) {
    // The author's name, always in the text, in the form its position asks
    // for (full, then short; an Ibid. note still names the author in the
    // text); the affixes and locator belong to the rest of the citation.
    const {'suppress-author': _, prefix: _prefix, suffix: _suffix, locator: _locator, label: _label, ...first} = cites[0] as CiteprocCite
    if (first.position !== undefined && first.position !== CSL.POSITION_FIRST) first.position = CSL.POSITION_SUBSEQUENT
    if (inline.length > 0) inline.push({type: 'text', value: ' '})
    inline.push(...parseMarked(format(state, [{...first, 'author-only': true}]), {links: state.engine.links}))
    // A named cite that prints nothing more (MLA without a locator) leaves
    // the cluster (see `formatCluster`), so the others keep their parentheses.
  }

  if (ownNote) {
    if (missing.length > 0) missing.push({type: 'text', value: state.engine.layout.delimiter})
    const formatted = format(state, cites)
    const nodes = parseMarked(formatted, {slots, links: state.engine.links})
    state.citationNotes.set(noteIndex, missing.length > 0 ? [...missing, ...nodes] : capitalizeNote(nodes))
    state.replacements.set(citation, {inline, note: noteIndex})
    return
  }
  if (prepared.leading) {
    // The citation a footnote starts with is the note's own text.
    const next = prepared.leading.next
    // Not capitalised: pandoc leaves `[^1]: [see @doe99].` and `[^1]: [@doe99].` (`ibid.`) as typed.
    const formatted = format(state, cites, true)
    // An in-text citation (`[^1]: @doe99 says.`) ends without one, as in the text.
    const text = inText || (next?.type === 'text' && next.value.startsWith('.')) ? withoutFinalPeriod(formatted) : formatted
    if (inline.length > 0 && text) inline.push({type: 'text', value: afterAuthor(notes, prepared)})
    if (text) inline.push(...parseMarked(text, {slots, links: state.engine.links}))
    state.replacements.set(citation, {inline})
    return
  }
  // Inside an author's footnote of a note style: the citation without its
  // final period, in parentheses unless written in-text.
  // A cite that prints nothing there (`[-@doe]` in an Ibid. position)
  // still leaves its parentheses, `()`, as pandoc writes it.
  const text = notes ? withoutFinalPeriod(format(state, cites, true)) : format(state, cites)
  const written = notes && !inText ? '(' + text + ')' : text
  if (inline.length > 0 && written) inline.push({type: 'text', value: afterAuthor(notes, prepared)})
  if (written) inline.push(...parseMarked(written, {slots, links: state.engine.links}))
  state.replacements.set(citation, {inline})
}


/** What a citation's pieces are written in: how its runs are formatted, and what opens and closes it. */
interface Frame {
  readonly inFootnote: boolean
  readonly open: string
  readonly close: string
  /** Whether `open` and `close` are the layout's affixes, inside its decorations (else the decorations go inside them). */
  readonly layout: boolean
}

/**
 * Where a citation stands decides its frame, as in `writeCitation`: a note
 * of its own and an author-date citation take the layout's affixes; the
 * citation an author's footnote starts with too, without the closing period
 * where a period follows it in the text; one inside an author's footnote of a
 * note style is in parentheses.
 */
function frameOf(state: State, prepared: Prepared): Frame {
  const {layout} = state.engine
  if (prepared.ownNote || !state.notes) return {inFootnote: false, open: layout.prefix, close: layout.suffix, layout: true}
  const next = prepared.leading?.next
  if (prepared.leading) return {inFootnote: true, open: layout.prefix, close: next?.type === 'text' && next.value.startsWith('.') ? '' : layout.suffix, layout: true}
  return {inFootnote: true, open: '(', close: ')', layout: false}
}

/**
 * A citation with cites of keys the sources lack, written in one frame as
 * pandoc 2.17's citeproc writes it (order: `clusterPieces`): runs of known
 * cites formatted without the layout's affixes, each missing cite
 * (`missingCiteParts`) in slots between them, the delimiter between pieces,
 * the frame's opening and closing around them, in the layout's decorations
 * (AMA's superscript: `A^1,ghost?^`). A run that prints nothing (MLA's
 * `-@doe` without a locator) is left out: `[-@doe; @ghost]` → `(ghost?)`. A
 * citation that ends on a missing cite ending in closing punctuation gets no
 * closing period (`…: 10–20; ghost99?`). `undefined` when the slots are
 * full: the caller writes the missing cites before the citation then.
 */
function inPlace(state: State, prepared: Prepared, frame: Frame): {nodes: PhrasingContent[]; startsKnown: boolean} | undefined {
  const {citation, cites, slots, ownNote} = prepared
  const {layout} = state.engine
  const {inFootnote, open, close} = frame
  const pieces = clusterPieces(citation.items, cites, (item) => state.sources.has(item.key), state.engine.sortsCitations)
  const written: string[] = []
  let last: PhrasingContent[] | undefined
  let startsKnown = false
  for (const piece of pieces) {
    if ('cites' in piece) {
      const run = format(state, piece.cites, inFootnote, true)
      if (run === '') continue
      if (written.length === 0) startsKnown = true
      written.push(run)
      last = undefined
      continue
    }
    const group = missingParts(state, piece.item, ownNote && written.length === 0)
    if (slots.length + group.length > slotLimit) return undefined
    let text = ''
    for (const node of group) {
      text += slot(slots.length)
      slots.push(node)
    }
    written.push(text)
    last = group
  }
  const text = written.join(layout.delimiter)
  const end = last && closingPunctuation.test(toString(last)) && close !== '' && '.!?'.includes(close.charAt(0)) ? '' : close
  const {decorateLayout} = state.engine
  const framed = frame.layout ? decorateLayout(open + text + end) : open + decorateLayout(text) + end
  const value = tidy(state.engine.punctuationInQuote ? intoQuotes(framed) : framed)
  return {nodes: parseMarked(value, {slots, links: state.engine.links}), startsKnown}
}

/**
 * What separates the author named in the text from the rest of the
 * citation inside an author's footnote of a note style (`notes`): a comma, as
 * pandoc's citeproc writes the note it would have made (`As Roe, ibid., 9
 * says`: the author in the form of a later note, never Ibid., then the
 * rest in its own position, Ibid. included); else a space (after unknown keys).
 */
function afterAuthor(notes: boolean, prepared: Prepared): string {
  return notes && prepared.authorNamed && !prepared.ownNote ? ', ' : ' '
}

/**
 * One item as citeproc-js takes it. Prefixes and suffixes are read as
 * Markdown; locators get smart punctuation (`62--64` → `62–64`) as the prose
 * does. The suffix of an in-text citation that does not start with
 * punctuation is set off by a comma, as pandoc does (`@smith [among others]`
 * → `Smith (1999, among others)`), unless it was written after a space
 * (`@smith [ among others]` → `Smith (1999 among others)`).
 */
function toCite(state: State, written: CitationItem, slots: PhrasingContent[], inText: boolean, authorNamed: boolean): PositionedCite & CiteprocCite {
  const item = withStyleTerms(written, state.engine.locatorTerms)
  const cite: PositionedCite & CiteprocCite = {id: item.key}
  if (item.locator) {
    cite.label = item.label ?? 'page'
    cite.locator = locatorRanges(unmark(state.smart ? smartString(item.locator) : item.locator), cite.label)
  }
  if (item.prefix) cite.prefix = citeprocPrefix(state.readAffix(item.prefix), slots)
  if (item.suffix) {
    const suffix = state.readAffix(item.suffix)
    // A suffix written after a space (`@smith [ among others]`) gets no comma, as in pandoc.
    // Nor one written right after empty braces (`@smith [{}and x]` → `Smith (1999and x)`).
    const raw = item.rawSuffix ?? ''
    const comma = inText && !item.locator && startsWithWord(suffix) && !raw.startsWith('{}') && !afterSpace(raw)
    // A suffix written a space after the locator keeps that space, as in
    // pandoc (`50: «Disse»`, `50 – 52`, `50 *passim*`), which citeproc-js
    // gives only to a word or a bracket.
    const spaced = !comma && suffixAfterSpace(item)
    cite.suffix = citeprocSuffix(comma ? ', ' : spaced ? ' ' : '', suffix, slots)
  }
  if (item.suppressAuthor || authorNamed) cite['suppress-author'] = true
  return cite
}

function startsWithWord(nodes: readonly PhrasingContent[]): boolean {
  const first = nodes[0]
  if (!first) return false
  if (first.type === 'text') return wordStart.test(first.value)
  return first.type !== 'footnoteReference'
}

/** `inFootnote`: the citation stands inside an author's footnote (of a note style), where a term that starts it is not capitalised (`ibid.`), as pandoc writes it; `bare`: without the layout's prefix and suffix. */
function format(state: State, cites: readonly CiteprocCite[], inFootnote = false, bare = false): string {
  // As pandoc: a prefix on a later cite ("[cf. @a; also @b]") or a suffix
  // on a group's first ("[@a x; @b y]") means the author chose the order:
  // each group is sorted alone, and the cluster is not collapsed (except
  // in a style that collapses by year, see formatCluster).
  const ordered = citeGroups(cites).length > 1
  // citeproc-js's word for a cluster that prints nothing (an in-text cite
  // with its author suppressed and no locator).
  // A cluster formats the same every time its cites (ids, positions,
  // locators, affixes, note numbers) are the same, once the ambiguities are
  // known: each distinct one is formatted once.
  const key = JSON.stringify([cites, ordered, inFootnote, bare])
  let result = state.clusters.get(key)
  if (result === undefined) {
    const value = state.engine.cluster(cites, ordered, inFootnote, bare).replace('[NO_PRINTED_FORM]', '').trim()
    result = tidy(state.engine.punctuationInQuote ? intoQuotes(value) : value)
    state.clusters.set(key, result)
  }
  return result
}

/** The missing cites written before a citation's own output, joined by a space (`writeCitation` when `inPlace` cannot place them). */
function missingBefore(state: State, prepared: Prepared): PhrasingContent[] {
  const result: PhrasingContent[] = []
  prepared.lacking.forEach((item, index) => {
    if (result.length > 0) result.push({type: 'text', value: ' '})
    result.push(...missingParts(state, item, prepared.ownNote && index === 0))
  })
  return result
}
