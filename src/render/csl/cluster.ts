import type {CiteprocCite, Engine} from 'citeproc'
import CSL from 'citeproc'
import {withAffixMarks} from './affix-marks.js'
import type {AuthorOnlyFormatter} from './author-only.js'
import {withWarnings} from './warnings.js'

/** What `formatCluster` formats with besides the engine. */
export interface ClusterOptions {
  /** Whether cites link to their entries (see `linkCitations`): their affixes are marked, and the layout's affixes added. */
  readonly linkCitations: boolean
  /** Where citeproc-js's warnings go (see `withWarnings`). */
  readonly warnings: string[]
  /** How an author-only cite keeps its author's formatting. */
  readonly authorOnly: AuthorOnlyFormatter
  /** Leave out the layout's prefix and suffix (the style's are lifted for the call). */
  readonly bare?: boolean | undefined
}

/**
 * Format one cluster as pandoc does; positions must already be set on the
 * cites. `ordered`: keep the written order of the groups `citeGroups` gives
 * (each group is sorted, see `sortedRuns`) and do not collapse cites. Cites
 * grouped by author are set off by the cite-group delimiter only while none
 * has a locator; the style's options lifted for the call are put back.
 */
export function formatCluster(engine: Engine, cites: readonly CiteprocCite[], ordered: boolean | undefined, options: ClusterOptions): string {
  const {warnings} = options
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
  const layout = engine.citation.opt as {layout_prefix?: string; layout_suffix?: string; layout_decorations?: unknown[]}
  const {layout_prefix: layoutPrefix, layout_suffix: layoutSuffix, layout_decorations: layoutDecorations} = layout
  if (options.bare) {
    layout.layout_prefix = ''
    layout.layout_suffix = ''
    layout.layout_decorations = []
  }
  if (ordered) {
    cites = sortedRuns(engine, cites)
    engine.citation_sort.tokens = []
    citation.collapse = ''
  }
  try {
    cites = withoutEmptyCites(engine, cites, warnings)
    if (cites.length === 0) return '[NO_PRINTED_FORM]'
    const marked = options.linkCitations ? cites.map((cite) => withAffixMarks(engine, cite)) : cites
    let value = withWarnings(warnings, () => engine.makeCitationCluster(marked))
    const only = marked[0]
    if (marked.length === 1 && only?.['author-only'] && value !== '[NO_PRINTED_FORM]') value = withWarnings(warnings, () => options.authorOnly.format(engine, only, value))
    // citeproc-js leaves the layout's affixes to the host when it wraps cites.
    if (!options.linkCitations || value === '' || value === '[NO_PRINTED_FORM]' || cites.some((cite) => cite['author-only'])) return value
    return (layout.layout_prefix ?? '') + value + (layout.layout_suffix ?? '')
  } finally {
    layout.layout_prefix = layoutPrefix
    layout.layout_suffix = layoutSuffix
    layout.layout_decorations = layoutDecorations
    engine.citation_sort.tokens = tokens
    citation.collapse = collapse
    citation.cite_group_delimiter = groupDelimiter
    citation['after-collapse-delimiter'] = afterCollapse
  }
}

/**
 * A cluster's cites without those that print nothing (a suppressed author
 * where the style prints only the author, as MLA does without a locator), as
 * pandoc's citeproc leaves them out: `[@doe; -@roe]` → `(Doe)`. citeproc-js
 * keeps them, and loses the layout's suffix when one ends the cluster
 * (`(Doe`) or prints `[CSL STYLE ERROR: reference with no printed form.]`
 * for one before others. Only a cite with its author suppressed and no
 * prefix or suffix is tried alone (a prefix prints: `(see ; Roe 3)`, as
 * pandoc); a cluster of one is left as it is.
 */
function withoutEmptyCites(engine: Engine, cites: readonly CiteprocCite[], warnings: string[]): readonly CiteprocCite[] {
  if (cites.length < 2) return cites
  const empty = (cite: CiteprocCite) =>
    cite['suppress-author'] === true && !cite.prefix && !cite.suffix && withWarnings(warnings, () => engine.makeCitationCluster([cite])) === '[NO_PRINTED_FORM]'
  // Each cite tried once; the cluster itself when none prints nothing.
  const kept = cites.filter((cite) => !empty(cite))
  return kept.length === cites.length ? cites : kept
}

/**
 * The groups pandoc 2.17's citeproc (0.6) sorts a cluster's cites within:
 * a group starts at a cite and takes each cite after it while the first has
 * no suffix and the next no prefix (Haskell's `groupBy`, which compares with
 * a group's first item). `[see @smith04; also @web; @doe99]` is `see Smith`
 * and `also Web; Doe`; `[@smith04 x; @doe99 y]` is two groups. A locator is
 * no suffix. Takes the cites in written order; returns them grouped, in order.
 */
export function citeGroups<Cite extends {readonly prefix?: string | undefined; readonly suffix?: string | undefined}>(
  cites: readonly Cite[]
): Cite[][] {
  const groups: Cite[][] = []
  let group: Cite[] = []
  for (const cite of cites) {
    const first = group[0]
    if (first !== undefined && !first.suffix && !cite.prefix) group.push(cite)
    else {
      if (group.length > 0) groups.push(group)
      group = [cite]
    }
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/**
 * The cites of a cluster the author ordered (its cites make more than one
 * group, see `citeGroups`), as pandoc's citeproc orders them: each group
 * sorted by the style's citation sort keys, the groups in written order
 * (`[see @smith04; also @web; @doe99]` → see Smith, Doe, also Web).
 */
function sortedRuns(engine: Engine, cites: readonly CiteprocCite[]): readonly CiteprocCite[] {
  if (engine.citation_sort.tokens.length === 0) return cites
  return citeGroups(cites).flatMap((group) => {
    if (group.length < 2) return group
    const keyed = group.map((cite) => [cite, {sortkeys: CSL.getSortKeys.call(engine, engine.retrieveItem(cite.id), 'citation_sort')}] as [CiteprocCite, {sortkeys: unknown}])
    keyed.sort((a, b) => engine.citation.srt.compareCompositeKeys(a, b))
    return keyed.map(([cite]) => cite)
  })
}
