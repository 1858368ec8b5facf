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
    wrapCitationEntry?: (value: string, id: string | undefined, locator?: string, suffix?: string) => string
    /**
     * Wraps each variable's output (its `@showid` decoration), given what
     * citeproc-js knows of it: `variableNames`, `itemData`, `context`
     * (`citation`, `bibliography`, …) and more.
     */
    variableWrapper?: (params: VariableParams, before: string, value: string, after: string) => string
  }

  /** What `variableWrapper` is told about a variable's output. */
  export interface VariableParams {
    itemData: {id: string; [variable: string]: unknown}
    variableNames: string[]
    context: string
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
    /** Punctuation citeproc-js swaps around quotes and keeps out of `variableWrapper`. */
    SWAPPING_PUNCTUATION: string[]
    /** citeproc-js's space after a cite's prefix (call with the engine as `state`). */
    checkPrefixSpaceAppend: (state: Engine, prefix: string) => string
    /** citeproc-js's space before a cite's suffix (call with the engine as `state`). */
    checkSuffixSpacePrepend: (state: Engine, suffix: string) => string
    POSITION_FIRST: number
    POSITION_SUBSEQUENT: number
    POSITION_IBID: number
    POSITION_IBID_WITH_LOCATOR: number
  }
  export default CSL
}
