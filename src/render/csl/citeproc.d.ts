// citeproc-js ships no types: the little of its API argmark uses.
declare module 'citeproc' {
  /** One cite as `makeCitationCluster` takes it. */
  export interface CiteprocCite {
    id: string
    locator?: string
    label?: string
    prefix?: string
    suffix?: string
    position?: number
    'near-note'?: boolean
    'first-reference-note-number'?: number
    'suppress-author'?: boolean
    'author-only'?: boolean
  }

  /** What the engine asks its host for. */
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | undefined
    retrieveItem(id: string): unknown
    /** Wraps each cite of a cluster when `development_extensions.apply_citation_wrapper` is on. */
    wrapCitationEntry?: (value: string, id: string, locator?: string, suffix?: string) => string
  }

  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean)
    opt: {xclass: string; lang: string; development_extensions: Record<string, boolean>; [key: string]: unknown}
    locale: Record<string, {opts: Record<string, unknown>}>
    citation: {opt: Record<string, unknown>; srt: {compareCompositeKeys(a: [unknown, {sortkeys: unknown}], b: [unknown, {sortkeys: unknown}]): number}}
    citation_sort: {tokens: unknown[]}
    retrieveItem(id: string): unknown
    setOutputFormat(format: string): void
    updateItems(ids: readonly string[]): void
    updateUncitedItems(ids: readonly string[]): void
    makeCitationCluster(cites: readonly CiteprocCite[]): string
    getTerm(term: string, form?: string, plural?: number): string
    makeBibliography(): [{entry_ids: string[][]; [key: string]: unknown}, string[]] | false
  }

  const CSL: {
    Engine: typeof Engine
    /** Where citeproc-js sends its warnings (by default `console.log`). */
    debug: (message: string) => void
    Output: {Formats: {prototype: Record<string, Record<string, unknown>>} & Record<string, unknown>}
    /** An item's sort keys by the style's `citation_sort` (or `bibliography_sort`): call with the engine as `this`. */
    getSortKeys: (this: Engine, item: unknown, kind: 'citation_sort' | 'bibliography_sort') => unknown
    POSITION_FIRST: number
    POSITION_SUBSEQUENT: number
    POSITION_IBID: number
    POSITION_IBID_WITH_LOCATOR: number
  }
  export default CSL
}
