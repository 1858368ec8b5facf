import type {CiteprocCite} from 'citeproc'
import type {PhrasingContent, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {CslItem} from '../kit/csl.js'
import type {Citation, CitationItem} from '../syntax/citation/types.js'
import {reportInternalError} from '../util/report.js'
import {affix} from './affixes.js'
import {collectReadingOrder} from './collect.js'
import CSL from 'citeproc'
import type {CslEngine} from './csl/engine.js'
import {hasEditorsOnly, withoutEditorsId} from './csl/engine.js'
import {parseMarked} from './csl/marked.js'
import type {PositionedCite} from './csl/positions.js'
import {PositionTracker} from './csl/positions.js'

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
 * `(@key?)`, as pandoc writes them (the rule `unknown-citation-key` reports them).
 */
export function formatNotes(tree: Root, file: VFile, engine: CslEngine, sources: ReadonlyMap<string, CslItem>): Notes {
  const state: State = {
    engine,
    sources,
    tracker: new PositionTracker(engine.nearNoteDistance),
    notes: engine.kind === 'note',
    count: 0,
    replacements: new Map(),
    footnotes: new Map(),
    citationNotes: new Map()
  }
  let failed = false

  for (const event of collectReadingOrder(tree)) {
    if (event.type === 'footnote') {
      if (!state.footnotes.has(event.node.identifier)) state.footnotes.set(event.node.identifier, ++state.count)
      continue
    }

    const citation = event.node
    const missing: PhrasingContent[] = []
    for (const item of citation.items) {
      if (!sources.has(item.key)) missing.push({type: 'text', value: '(@' + item.key + '?)'})
    }
    const known = citation.items.filter((item) => sources.has(item.key))
    if (known.length === 0) {
      state.replacements.set(citation, {inline: join(missing)})
      continue
    }

    try {
      formatCitation(state, citation, known, join(missing), event.footnote)
    } catch (error) {
      // A citation citeproc-js cannot format stays visible as its keys.
      if (!failed) reportInternalError(file, 'formatting', error, 'a citation citeproc-js can format')
      failed = true
      const keys = citation.items.map((item) => '@' + item.key).join('; ')
      state.replacements.set(citation, {inline: [{type: 'text', value: '(' + keys + ')'}]})
    }
  }

  return {replacements: state.replacements, footnotes: state.footnotes, citationNotes: state.citationNotes}
}

interface State extends Notes {
  readonly engine: CslEngine
  readonly sources: ReadonlyMap<string, CslItem>
  readonly tracker: PositionTracker
  /** Whether the style is a note style. */
  readonly notes: boolean
  /** Notes numbered so far. */
  count: number
}

/** Format one citation with at least one known source; `inline` holds its unknown keys. */
function formatCitation(
  state: State,
  citation: Citation,
  known: readonly CitationItem[],
  inline: PhrasingContent[],
  footnote: string | undefined
): void {
  const {engine, notes} = state
  const inFootnote = footnote !== undefined
  const ownNote = notes && !inFootnote
  const noteIndex = ownNote ? ++state.count : inFootnote ? (state.footnotes.get(footnote) ?? 0) : 0
  const inText = citation.mode === 'in-text'
  // In-text (`@doe99 [p. 4]`): the first item's author is named in the text,
  // except inside an author's footnote of a note style, where the whole
  // citation is written out in place.
  const authorNamed = inText && known[0] === citation.items[0] && (ownNote || !notes)
  const cites = known.map((item, index) => toCite(item, authorNamed && index === 0))
  state.tracker.cluster(cites, noteIndex)
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

  let rest: readonly CiteprocCite[] = cites
  if (authorNamed) {
    // The author's name in the form its position asks for (full, then short).
    const {'suppress-author': _, ...first} = cites[0] as CiteprocCite
    if (inline.length > 0) inline.push({type: 'text', value: ' '})
    inline.push(...parseMarked(format(engine, [{...first, 'author-only': true}])))
    // A named cite that prints nothing more (MLA without a locator) leaves
    // the cluster, so the others keep their parentheses.
    if (cites.length > 1 && format(engine, [cites[0] as CiteprocCite]) === '') rest = cites.slice(1)
  }

  if (ownNote) {
    state.citationNotes.set(noteIndex, parseMarked(capitalize(format(engine, rest))))
    state.replacements.set(citation, {inline, note: noteIndex})
    return
  }
  // Inside an author's footnote of a note style: the citation without its
  // final period, in parentheses unless written in-text.
  const text = notes ? withoutFinalPeriod(format(engine, rest)) : format(engine, rest)
  if (inline.length > 0 && text) inline.push({type: 'text', value: ' '})
  if (text) inline.push(...parseMarked(notes && !inText ? '(' + text + ')' : text))
  state.replacements.set(citation, {inline})
}

/**
 * citeproc-js moves a comma or period inside closing quotes even after a
 * question or exclamation mark (`“Where?,”`); that mark ends the title's
 * punctuation (`“Where?”`), as in pandoc and Chicago.
 */
function tidy(value: string): string {
  return value.replace(/([?!])[,.]([\uE000-\uE003]*[”’]+)/gu, '$1$2')
}

function toCite(item: CitationItem, authorNamed: boolean): PositionedCite & CiteprocCite {
  const cite: PositionedCite & CiteprocCite = {id: item.key}
  if (item.locator) {
    cite.locator = item.locator
    cite.label = item.label ?? 'page'
  }
  if (item.prefix) cite.prefix = affix(item.prefix)
  if (item.suffix) cite.suffix = affix(item.suffix)
  if (item.suppressAuthor || authorNamed) cite['suppress-author'] = true
  return cite
}

function format(engine: CslEngine, cites: readonly CiteprocCite[]): string {
  // As pandoc: a prefix on a later cite ("[cf. @a; also @b]") means the
  // author chose the order, so the cluster is neither sorted nor collapsed.
  const ordered = cites.some((cite, index) => index > 0 && cite.prefix)
  // citeproc-js's word for a cluster that prints nothing (an in-text cite
  // with its author suppressed and no locator).
  const value = engine.cluster(cites, ordered).replace('[NO_PRINTED_FORM]', '').trim()
  return tidy(value)
}

function join(parts: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const part of parts) {
    if (result.length > 0) result.push({type: 'text', value: ' '})
    result.push(part)
  }
  return result
}

/** pandoc capitalises the first letter of every note (`see` → `See`). */
function capitalize(value: string): string {
  return value.replace(/^([\uE000-\uE003]*)(\p{Ll})/u, (_, marks: string, letter: string) => marks + letter.toUpperCase())
}

/** The cluster's final period goes, also inside closing quotes (`“Title.”`). */
function withoutFinalPeriod(value: string): string {
  return value.replace(/\.([”’"\uE000-\uE003]*)$/u, '$1')
}
