import type {CiteprocCite, CiteprocSys, Engine} from 'citeproc'
import CSL from 'citeproc'
import type {CslItem} from '../../kit/csl.js'
import {locatorTerms} from '../../syntax/citation/locator.js'
import {authorOnlyFormatter} from './author-only.js'
import {linkCitations} from './citation-links.js'
import {formatCluster} from './cluster.js'
import {registerCollation} from './collation.js'
import {plainDateRanges, registerLocatorPlurals, withoutFirstTermCapital, registerOthers, registerSubstitutedConditions} from './compat.js'
import {defaultStyle} from './default-style.js'
import {mark, registerFormat} from './format.js'
import {identifiers, identifierUrl} from './identifiers.js'
import {itemsById} from './items.js'
import {localeEnUs} from './locale-en-us.js'
import type {LocaleSource} from './locale-source.js'
import {useSpecStopWords} from './stop-words.js'
import {withWarnings} from './warnings.js'

export {hasEditorsOnly, withoutEditorsId} from './editors-only.js'

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
   * `ordered`: keep the written order and do not collapse cites (a style that collapses by year groups cites as pandoc always).
   * `inFootnote`: the cluster stands inside an author's footnote, where a
   * term that starts it keeps its case (`ibid.`, see `withoutFirstTermCapital`).
   * `bare`: without the layout's prefix and suffix (a run of cites that
   * stands beside cites of keys the sources lack, inside one layout).
   */
  cluster(cites: readonly CiteprocCite[], ordered?: boolean, inFootnote?: boolean, bare?: boolean): string
  /**
   * Wrap `value` (marked text, see `mark`) in the decorations of the
   * style's citation `<layout>` (`vertical-align="sup"` in AMA, a font
   * style or weight), as citeproc-js wraps a whole cluster, its affixes
   * included: for a citation written in pieces from `bare` runs.
   */
  decorateLayout(value: string): string
  /** Whether the style sorts the cites of a citation (its `<citation>` has a `<sort>`). */
  readonly sortsCitations: boolean
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
  /**
   * The language (BCP 47) the document or style asked for that no locale
   * was given for, so en-US's terms, dates and punctuation were used; unset
   * when the locale was found.
   */
  readonly missingLocale?: string | undefined
  /**
   * The style's citation layout: its prefix, suffix and delimiter between
   * cites (`(`, `)`, `; `), and whether it has decorations `decorateLayout`
   * applies (`decorated`: AMA's superscript).
   */
  readonly layout: {readonly prefix: string; readonly suffix: string; readonly delimiter: string; readonly decorated: boolean}
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
    const engine = withWarnings(warnings, () => build(items, cited, style ?? defaultStyle, retrieve, language, options, warnings))
    const missing = locale === undefined ? missingLocale(style, options) : undefined
    return {engine: missing === undefined ? engine : Object.assign(engine, {missingLocale: missing})}
  } catch (error) {
    if (style === undefined && locale === undefined) throw error
    warnings.length = 0
    return {engine: withWarnings(warnings, () => build(items, cited, defaultStyle, () => localeEnUs, 'en-US', options, warnings)), error}
  }
}

/**
 * A language's locale from `locales`: its own, else the first of the same
 * language (`fr` for `fr-CA`); `undefined` when `locales` has neither (or
 * there are no `locales`).
 */
function localeFinder(locales: LocaleSource | undefined): (lang: string) => string | undefined {
  if (locales === undefined) return () => undefined
  if (typeof locales === 'function') return locales
  return (lang: string) => {
    if (Object.hasOwn(locales, lang)) return locales[lang]
    const language = lang.split('-')[0]?.toLowerCase()
    const key = Object.keys(locales).find((name) => name.split('-')[0]?.toLowerCase() === language)
    return key === undefined ? undefined : locales[key]
  }
}

/** citeproc-js's `retrieveLocale` over `locales`: the language's locale (see `localeFinder`), else en-US. */
function localeRetriever(locales: LocaleSource | undefined): (lang: string) => string {
  const find = localeFinder(locales)
  return (lang) => find(lang) ?? localeEnUs
}

/** A style's `default-locale` attribute, in its `<style>` element (exported for the ReDoS test). */
export const defaultLocaleAttribute = /\bdefault-locale="([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3})"/u

/**
 * The language a document asked for (its `lang`, else the style's
 * `default-locale`, read in the style's first 4,000 characters) when no
 * locale for it was given and en-US is used instead; `undefined` when en-US
 * (or English without a region) was asked for, or a locale was found.
 */
function missingLocale(style: string | undefined, options: EngineOptions): string | undefined {
  const requested = options.lang ?? (style === undefined ? undefined : defaultLocaleAttribute.exec(style.slice(0, 4000))?.[1])
  if (requested === undefined || /^en(?:-US)?$/iu.test(requested)) return undefined
  return localeFinder(options.locales)(requested) === undefined ? requested : undefined
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
  const byId = itemsById(items)
  const sys: CiteprocSys = {retrieveLocale, retrieveItem: (id: string) => byId.get(id)}
  const links = options.linkCitations ? linkCitations(sys, byId) : []
  // Items whose DOI, PMCID, PMID or URL a bibliography entry printed.
  const printedIdentifier = new Set<string>()
  const authorOnly = authorOnlyFormatter()
  // citeproc-js passes each variable's output through this (the `@showid` decoration of the argmark format).
  sys.variableWrapper = (params, before, value, after) => {
    if (value === '') return before + value + after
    if (params.context === 'citation') return authorOnly.wrap(params, before, value, after)
    if (params.context !== 'bibliography' || !options.linkBibliography) return before + value + after
    if (params.variableNames.some((name) => identifiers.includes(name))) printedIdentifier.add(params.itemData.id)
    return params.variableNames.includes('title') ? before + mark.titleOpen + value + mark.titleClose + after : before + value + after
  }
  const engine: Engine = new CSL.Engine(sys, style, lang, lang !== undefined)
  plainDateRanges(engine)
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
  // Read once: the layout does not change after the style is read (formatCluster lifts them only within a call).
  const decorations = layoutDecorations(engine)
  const decorateLayout = (value: string) => decorations.reduce((result, decorate) => decorate(result), value)
  return {
    kind: engine.opt.xclass === 'note' ? 'note' : 'in-text',
    nearNoteDistance: Number.isFinite(distance) && distance > 0 ? distance : 5,
    punctuationInQuote: engine.locale[engine.opt.lang]?.opts['punctuation-in-quote'] === true,
    referencesTitle: capitalizeFirst(engine.getTerm('reference', 'long', 1) || 'references'),
    cluster(cites, ordered, inFootnote, bare) {
      const format = () => formatCluster(engine, cites, ordered, {linkCitations: options.linkCitations === true, warnings, authorOnly, bare: bare === true, decorate: decorateLayout})
      return inFootnote ? withoutFirstTermCapital(engine, format) : format()
    },
    decorateLayout,
    sortsCitations: engine.citation_sort.tokens.length > 0,
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
    layout: {...layoutOf(engine), decorated: decorations.length > 0},
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

/** The citation layout's affixes and delimiter, as citeproc-js read them. */
function layoutOf(engine: Engine): Omit<CslEngine['layout'], 'decorated'> {
  const layout = engine.citation.opt as {layout_prefix?: unknown; layout_suffix?: unknown; layout_delimiter?: unknown}
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback)
  return {prefix: text(layout.layout_prefix, ''), suffix: text(layout.layout_suffix, ''), delimiter: text(layout.layout_delimiter, '; ')}
}

/** The citation layout's decorations as functions of the `argmark` format, in citeproc-js's order; `normal` ones and ones the format lacks are left out. */
function layoutDecorations(engine: Engine): Array<(value: string) => string> {
  const decorations = (engine.citation.opt as {layout_decorations?: unknown}).layout_decorations
  const format = (CSL.Output.Formats as unknown as Record<string, Record<string, unknown>>).argmark ?? {}
  if (!Array.isArray(decorations)) return []
  return decorations.flatMap((decoration: unknown) => {
    if (!Array.isArray(decoration) || decoration[1] === 'normal') return []
    const wrap = format[String(decoration[0]) + '/' + String(decoration[1])]
    return typeof wrap === 'function' ? [(value: string) => String(wrap(engine, value))] : []
  })
}

function capitalizeFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
