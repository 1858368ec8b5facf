import type {CiteprocCite, CiteprocSys, Engine} from 'citeproc'
import CSL from 'citeproc'
import type {CslItem} from '../../kit/csl.js'
import {defaultStyle} from './default-style.js'
import {linkOpen, mark, registerFormat, unmark, withoutMarks} from './format.js'
import {registerCollation} from './collation.js'
import {isOthers, othersName, registerLocatorPlurals, registerOthers, registerSubstitutedConditions} from './compat.js'
import {locatorTerms} from '../../syntax/citation/locator.js'
import {localeEnUs} from './locale-en-us.js'
import type {LocaleSource} from './locale-source.js'

/** A CSL engine over one document's sources. */
export interface CslEngine {
  /** `note` for note styles, `in-text` for author-date and numeric ones. */
  readonly kind: 'note' | 'in-text'
  /** The style's `near-note-distance` (default 5). */
  readonly nearNoteDistance: number
  /** Whether the locale puts commas and periods inside closing quotes (en-US does). */
  readonly punctuationInQuote: boolean
  /** The locale's term for references, plural and capitalised (`References`): a bibliography's heading. */
  readonly referencesTitle: string
  /**
   * Format one cluster; positions must already be set on the cites.
   * `ordered`: keep the written order and do not collapse cites.
   */
  cluster(cites: readonly CiteprocCite[], ordered?: boolean): string
  /**
   * Bibliography entries of the cited (and `nocite`) items, formatted, with
   * each entry's item id. With `linkBibliography`, each title the style
   * prints is between `mark.titleOpen` and `mark.titleClose`, and `link` is
   * the URL of the item's DOI, PMCID, PMID or URL (the first it has) when
   * the style printed none of them: what pandoc links the title (or, with
   * no title, the whole entry) to.
   */
  bibliography(): Array<{id: string; value: string; link?: string}>
  /** Make the style's `disambiguate="true"` condition hold for these sources. */
  markAmbiguous(ids: readonly string[]): void
  /** The locale's "ibid" term (`ibid.`), `''` when it has none. */
  readonly ibidTerm: string
  /**
   * With `linkCitations`: the ids of the items cites link to, by the index
   * their link mark names (see `linkOpen`); empty otherwise.
   */
  readonly links: readonly string[]
  /** What citeproc-js warned about (a style's flaws), each once, in order; read and cleared by the caller. */
  readonly warnings: string[]
  /** The style's citation layout: its prefix, suffix and delimiter between cites (`(`, `)`, `; `). */
  readonly layout: {readonly prefix: string; readonly suffix: string; readonly delimiter: string}
  /** Whether cites link to their entries (pandoc's `link-citations`). */
  readonly linkCitations: boolean
  /**
   * The locale's locator terms, as `[label, term]`: each label's long,
   * short and symbol forms, singular and plural, with the style's own
   * locale's terms in place of the locale file's (`section` → `s`, `ss`).
   */
  readonly locatorTerms: ReadonlyArray<readonly [label: string, term: string]>
}


/** What the engine is built with besides items, style and locale. */
export interface EngineOptions {
  /**
   * The document's language (BCP 47) the locale is for. Without it, the
   * style's `default-locale` when `locales` has it, else en-US (as pandoc).
   */
  readonly lang?: string | undefined
  /** Where the languages' locales come from when no single locale is given (en-US is built in). */
  readonly locales?: LocaleSource | undefined
  /** Mark each cite of a cluster as a link to its bibliography entry (pandoc's `link-citations`). */
  readonly linkCitations?: boolean | undefined
  /** Mark the titles of bibliography entries and find the identifiers the style leaves out (pandoc's `link-bibliography`). */
  readonly linkBibliography?: boolean | undefined
  /**
   * Items listed in the bibliography though not cited (pandoc's `nocite`):
   * ids, or `*` for every item.
   */
  readonly nocite?: readonly string[] | undefined
}

/** What a style and locale failed with, for a message. */
export interface EngineResult {
  engine: CslEngine
  /** Set when the given style could not be read and the default was used. */
  error?: unknown
}

/**
 * Build a citeproc-js engine for `items`. A locale given as XML serves every
 * language the style asks for; without one, each language's locale comes
 * from `options.locales` (argmark ships only en-US, the fallback).
 */
export function createEngine(
  items: readonly CslItem[],
  cited: readonly string[],
  style?: string,
  locale?: string,
  lang?: string | EngineOptions
): EngineResult {
  const options: EngineOptions = typeof lang === 'string' || lang === undefined ? {lang} : lang
  const warnings: string[] = []
  try {
    const retrieve = locale === undefined ? localeRetriever(options.locales) : () => locale
    const language = locale === undefined && options.locales === undefined ? 'en-US' : options.lang
    return {engine: withWarnings(warnings, () => build(items, cited, style ?? defaultStyle, retrieve, language, options, warnings))}
  } catch (error) {
    if (style === undefined && locale === undefined) throw error
    warnings.length = 0
    return {engine: withWarnings(warnings, () => build(items, cited, defaultStyle, () => localeEnUs, 'en-US', options, warnings)), error}
  }
}

/**
 * The cites of a cluster the author ordered (a later cite has a prefix), as
 * pandoc's citeproc orders them: runs of cites with neither prefix nor
 * suffix are sorted by the style's citation sort keys, and every cite with
 * a prefix or suffix keeps its place (`[@zoe; @roe; see @doe]` → Roe, Zoe,
 * see Doe).
 */
function sortedRuns(engine: Engine, cites: readonly CiteprocCite[]): readonly CiteprocCite[] {
  if (engine.citation_sort.tokens.length === 0) return cites
  const result: CiteprocCite[] = []
  let run: CiteprocCite[] = []
  const flush = () => {
    if (run.length > 1) {
      const keyed = run.map((cite) => [cite, {sortkeys: CSL.getSortKeys.call(engine, engine.retrieveItem(cite.id), 'citation_sort')}] as [CiteprocCite, {sortkeys: unknown}])
      keyed.sort((a, b) => engine.citation.srt.compareCompositeKeys(a, b))
      result.push(...keyed.map(([cite]) => cite))
    } else result.push(...run)
    run = []
  }
  for (const cite of cites) {
    if (cite.prefix || cite.suffix) {
      flush()
      result.push(cite)
    } else run.push(cite)
  }
  flush()
  return result
}

/**
 * citeproc-js's `retrieveLocale` over `locales`: the language's locale, else
 * the first of the same language (`fr` for `fr-CA`), else en-US.
 */
function localeRetriever(locales: LocaleSource | undefined): (lang: string) => string {
  if (locales === undefined) return () => localeEnUs
  const find =
    typeof locales === 'function'
      ? locales
      : (lang: string) => {
          if (Object.hasOwn(locales, lang)) return locales[lang]
          const language = lang.split('-')[0]?.toLowerCase()
          const key = Object.keys(locales).find((name) => name.split('-')[0]?.toLowerCase() === language)
          return key === undefined ? undefined : locales[key]
        }
  return (lang) => find(lang) ?? localeEnUs
}

/**
 * citeproc-js prints its warnings (`CSL.debug`) to standard output, where
 * they would end up in a rendered document: while `run` runs they are
 * collected into `warnings` instead.
 */
function withWarnings<T>(warnings: string[], run: () => T): T {
  const debug = CSL.debug
  CSL.debug = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message)
  }
  try {
    return run()
  } finally {
    CSL.debug = debug
  }
}

/**
 * The id of an item's copy without editors and translators: what a later,
 * author-suppressed cite of a work with editors but no author is formatted
 * from. citeproc-js suppresses the editors that stand in for the author and
 * then finds an editor, so the style leaves out the title too, and the note
 * says only `Para. 5.`; pandoc, like a reader, wants `The Third Force, para. 5.`
 */
export function withoutEditorsId(id: string): string {
  return id + '\u0000without-editors'
}

/** Whether an item's names are only its editors or translators. */
export function hasEditorsOnly(item: CslItem): boolean {
  return item.author === undefined && (item.editor !== undefined || item.translator !== undefined)
}

function build(
  items: readonly CslItem[],
  cited: readonly string[],
  style: string,
  retrieveLocale: (lang: string) => string,
  lang: string | undefined,
  options: EngineOptions,
  warnings: string[]
): CslEngine {
  registerFormat()
  registerSubstitutedConditions()
  registerLocatorPlurals()
  registerOthers()
  registerCollation()
  const byId = new Map(items.map((item) => [item.id, withOthers(withoutMarks(item))]))
  for (const item of items) {
    if (!hasEditorsOnly(item)) continue
    const {editor: _editor, translator: _translator, ...rest} = item
    byId.set(withoutEditorsId(item.id), {...rest, id: withoutEditorsId(item.id)})
  }
  const links: string[] = []
  const linkIndex = new Map<string, number>()
  const sys: CiteprocSys = {retrieveLocale, retrieveItem: (id: string) => byId.get(id)}
  if (options.linkCitations) {
    // citeproc-js wraps only items that carry a `system_id`.
    sys.retrieveItem = (id: string) => {
      const item = byId.get(id)
      return item === undefined ? undefined : {...item, system_id: id}
    }
    // Each cite, as the `argmark` format's `@cite/entry` asks for it: a link mark around it.
    sys.wrapCitationEntry = (value, id) => {
      // citeproc-js passes no id for a cite it could not match to an item.
      if (typeof id !== 'string') return value
      const original = id.endsWith(withoutEditorsId('')) ? id.slice(0, -withoutEditorsId('').length) : id
      let index = linkIndex.get(original)
      if (index === undefined) {
        index = links.push(original) - 1
        linkIndex.set(original, index)
      }
      return linkOpen(index) + value + mark.linkClose
    }
  }
  // Items whose DOI, PMCID, PMID or URL a bibliography entry printed.
  const printedIdentifier = new Set<string>()
  // Set while a cite is formatted to find its author's formatted names.
  let markNames = false
  // citeproc-js passes each variable's output through this (the `@showid` decoration of the argmark format).
  sys.variableWrapper = (params, before, value, after) => {
    if (value === '') return before + value + after
    if (params.context === 'citation') {
      return markNames && params.variableNames.some((name) => nameVariables.includes(name)) ? before + mark.names + value + mark.names + after : before + value + after
    }
    if (params.context !== 'bibliography' || !options.linkBibliography) return before + value + after
    if (params.variableNames.some((name) => identifiers.includes(name))) printedIdentifier.add(params.itemData.id)
    return params.variableNames.includes('title') ? before + mark.titleOpen + value + mark.titleClose + after : before + value + after
  }
  /**
   * An in-text cite's author (`author-only`) with its formatting: citeproc-js
   * drops all formatting from an author-only cite, so a title standing in
   * for a missing author loses its italics or quotes (`Stanze in lode`),
   * which pandoc keeps (`*Stanze in lode*`). The same cite formatted whole
   * has them: its first names (or their substitute) are taken from it when
   * they read the same as citeproc-js's author-only text.
   */
  const authorOnly = (cite: CiteprocCite, plain: string): string => {
    const {'author-only': _, ...whole} = cite
    markNames = true
    let formatted: string
    try {
      formatted = engine.makeCitationCluster([whole])
    } finally {
      markNames = false
    }
    const start = formatted.indexOf(mark.names)
    const end = start === -1 ? -1 : formatted.indexOf(mark.names, start + 1)
    if (end === -1) return plain
    const names = formatted.slice(start + 1, end).replaceAll(mark.names, '')
    return balanced(names) && withoutQuotes(unmark(names)) === withoutQuotes(unmark(plain)) ? names : plain
  }
  const engine: Engine = new CSL.Engine(sys, style, lang, lang !== undefined)
  engine.setOutputFormat('argmark')
  if (options.linkCitations) engine.opt.development_extensions.apply_citation_wrapper = true
  useSpecStopWords(engine)
  // Only cited items (and `nocite`'s): they make the bibliography, cited ones in citation order.
  const citedIds = [...new Set(cited)].filter((id) => byId.has(id))
  engine.updateItems(citedIds)
  const nocite = options.nocite ?? []
  if (nocite.length > 0) {
    const all = nocite.includes('*')
    const citedSet = new Set(citedIds)
    const uncited = (all ? items.map((item) => item.id) : nocite).filter((id) => byId.has(id) && !citedSet.has(id))
    engine.updateUncitedItems([...new Set(uncited)])
  }
  let terms: ReadonlyArray<readonly [string, string]> | undefined
  const distance = Number(engine.citation.opt['near-note-distance'])
  return {
    kind: engine.opt.xclass === 'note' ? 'note' : 'in-text',
    nearNoteDistance: Number.isFinite(distance) && distance > 0 ? distance : 5,
    punctuationInQuote: engine.locale[engine.opt.lang]?.opts['punctuation-in-quote'] === true,
    referencesTitle: capitalizeFirst(engine.getTerm('reference', 'long', 1) || 'references'),
    cluster(cites, ordered) {
      // As pandoc: cites grouped by author are set off by the cite-group
      // delimiter only while none has a locator (`(Group, n.d.; n.d., sec. 3)`).
      const citation = engine.citation.opt
      const groupDelimiter = citation.cite_group_delimiter
      const afterCollapse = citation['after-collapse-delimiter']
      if (cites.length > 1 && cites.some((cite) => cite.locator)) {
        if (groupDelimiter !== undefined) citation.cite_group_delimiter = citation.layout_delimiter
        citation['after-collapse-delimiter'] = citation.layout_delimiter
      } else if (afterCollapse !== undefined && afterCollapse === citation.layout_delimiter) {
        // citeproc-js puts an `after-collapse-delimiter` between the years of
        // one author's cites too (`Doe 2005; 2006`); pandoc only after the
        // group (`Doe 2005, 2006; Roe 2001`), which citeproc-js does
        // without it when it is the layout's delimiter anyway.
        delete citation['after-collapse-delimiter']
      }
      // makeCitationCluster takes no option for the order: the style's
      // citation sort keys and collapse setting are lifted for this one call.
      const tokens = engine.citation_sort.tokens
      const collapse = citation.collapse
      if (ordered) {
        cites = sortedRuns(engine, cites)
        engine.citation_sort.tokens = []
        citation.collapse = ''
      }
      try {
        const marked = options.linkCitations ? cites.map((cite) => withAffixMarks(engine, cite)) : cites
        let value = withWarnings(warnings, () => engine.makeCitationCluster(marked))
        const only = marked[0]
        if (marked.length === 1 && only?.['author-only'] && value !== '[NO_PRINTED_FORM]') value = withWarnings(warnings, () => authorOnly(only, value))
        // citeproc-js leaves the layout's affixes to the host when it wraps cites.
        if (!options.linkCitations || value === '' || cites.some((cite) => cite['author-only'])) return value
        const layout = engine.citation.opt as {layout_prefix?: string; layout_suffix?: string}
        return (layout.layout_prefix ?? '') + value + (layout.layout_suffix ?? '')
      } finally {
        engine.citation_sort.tokens = tokens
        citation.collapse = collapse
        citation.cite_group_delimiter = groupDelimiter
        citation['after-collapse-delimiter'] = afterCollapse
      }
    },
    ibidTerm: engine.getTerm('ibid') || '',
    markAmbiguous(ids) {
      const registry = (engine as unknown as {registry: {registry: Record<string, {disambig?: {disambiguate: number}} | undefined>}}).registry.registry
      for (const id of ids) {
        const entry = registry[id]
        if (entry?.disambig) entry.disambig.disambiguate = Math.max(entry.disambig.disambiguate, 1)
      }
    },
    links,
    warnings,
    layout: layoutOf(engine),
    linkCitations: options.linkCitations === true,
    get locatorTerms() {
      terms ??= locatorTerms.flatMap(([label]) =>
        ['long', 'short', 'symbol'].flatMap((form) => [0, 1].map((plural) => [label, engine.getTerm(label, form, plural) || ''] as const))
      )
      return terms
    },
    bibliography() {
      const result = withWarnings(warnings, () => engine.makeBibliography())
      if (!result) return []
      return result[1].map((entry, index) => {
        const id = result[0].entry_ids[index]?.[0] ?? ''
        const item = byId.get(id)
        const link = options.linkBibliography && item && !printedIdentifier.has(id) ? identifierUrl(item) : undefined
        return link === undefined ? {id, value: entry.trim()} : {id, value: entry.trim(), link}
      })
    }
  }
}

const quotes = new Set(['“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›'])

/** Text without its quotation marks (which citeproc-js drops from an author-only cite too). */
function withoutQuotes(value: string): string {
  return [...value].filter((character) => !quotes.has(character)).join('')
}

/** Whether every formatting mark a string opens it closes, in order (a part cut from a formatted cite). */
function balanced(value: string): boolean {
  const open: string[] = []
  for (const character of value) {
    const code = character.charCodeAt(0)
    if (code < 0xe000 || code > 0xe009) continue
    if (code % 2 === 0) open.push(character)
    else if (open.pop()?.charCodeAt(0) !== code - 1) return false
  }
  return open.length === 0
}

/** The identifier variables, in the order pandoc picks the one a title links to. */
const identifiers = ['DOI', 'PMCID', 'PMID', 'URL']

/**
 * The URL of an item's first identifier (DOI, PMCID, PMID, URL), as pandoc
 * makes it: `https://doi.org/`, PubMed Central's or PubMed's address, or
 * `https://` before the value, unless it holds `://` already.
 */
function identifierUrl(item: CslItem): string | undefined {
  const bases: Record<string, string> = {
    DOI: 'https://doi.org/',
    PMCID: 'https://www.ncbi.nlm.nih.gov/pmc/articles/',
    PMID: 'https://www.ncbi.nlm.nih.gov/pubmed/',
    URL: 'https://'
  }
  for (const name of identifiers) {
    const raw = (item as Record<string, unknown>)[name]
    const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
    if (value !== '') return value.includes('://') ? value : bases[name] + value
  }
  return undefined
}

/** What citeproc-js strips from the end of a prefix before it looks at its last character. */
const prefixTail = new Set(['.', ':', ';', '!', '?', '"', "'", '\u201D', '\u2019', '\u00BB', '\u202F', '\u00A0', ' '])

/**
 * A cite with its prefix's end and its suffix's start marked (`mark.prefixEnd`,
 * `mark.suffixStart`), so that `parseMarked` keeps them out of the cite's
 * link, as pandoc does: `see [Doe 2005, 3](#ref-doe) and more`. citeproc-js
 * decides spaces and capitals by an affix's first and last characters, so
 * its own spacing is applied first, and the prefix's mark goes before its
 * final punctuation and spaces, which citeproc-js then still sees.
 */
function withAffixMarks(engine: Engine, cite: CiteprocCite): CiteprocCite {
  if (!cite.prefix && !cite.suffix) return cite
  const marked = {...cite}
  if (cite.prefix) {
    const prefix = CSL.checkPrefixSpaceAppend(engine, cite.prefix)
    let end = prefix.length
    while (end > 0 && prefixTail.has(prefix.charAt(end - 1))) end--
    marked.prefix = prefix.slice(0, end) + mark.prefixEnd + prefix.slice(end)
  }
  if (cite.suffix) marked.suffix = mark.suffixStart + CSL.checkSuffixSpacePrepend(engine, cite.suffix)
  return marked
}

/** The citation layout's affixes and delimiter, as citeproc-js read them. */
function layoutOf(engine: Engine): CslEngine['layout'] {
  const layout = engine.citation.opt as {layout_prefix?: unknown; layout_suffix?: unknown; layout_delimiter?: unknown}
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback)
  return {prefix: text(layout.layout_prefix, ''), suffix: text(layout.layout_suffix, ''), delimiter: text(layout.layout_delimiter, '; ')}
}

/** CSL's name variables. */
const nameVariables = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'composer', 'director', 'interviewer', 'recipient', 'reviewed-author']

/** An item whose name lists end with BibTeX's `others` has it as `othersName`, which reads "et al.". */
function withOthers(item: CslItem): CslItem {
  let copy: Record<string, unknown> | undefined
  for (const variable of nameVariables) {
    const names = (item as Record<string, unknown>)[variable]
    if (!Array.isArray(names) || names.length < 2 || !isOthers(names.at(-1))) continue
    copy ??= {...item}
    copy[variable] = [...names.slice(0, -1), othersName]
  }
  return (copy ?? item) as CslItem
}

function capitalizeFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * The words title case leaves lowercase, as the CSL specification lists them
 * (and pandoc uses), and the name particles pandoc 2.17 leaves lowercase too
 * (`William de Montibus`, `van`, `von`; measured with `pandoc --citeproc`).
 * citeproc-js has a longer list of its own (`versus`, `between`, `among`, …);
 * its engine reads the list from this option.
 */
const stopWords = [
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'down', 'for', 'from', 'in', 'into', 'nor', 'of', 'on',
  'onto', 'or', 'over', 'so', 'the', 'till', 'to', 'up', 'via', 'with', 'yet',
  'de', 'van', 'von'
]
const stopWordsExpression = new RegExp('(?:(?:[?!:]*\\s+|-|^)(?:' + stopWords.join('|') + ')(?=[!?:]*\\s+|-|$))', 'g')

function useSpecStopWords(engine: Engine): void {
  const options = engine.locale[engine.opt.lang]?.opts
  if (options) options['skip-words-regexp'] = stopWordsExpression
}
