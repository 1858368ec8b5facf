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
  /** The layout's decorations (see `layoutDecorations`), for a cluster formatted in parts. */
  readonly decorate?: ((value: string) => string) | undefined
}

/**
 * Format one cluster as pandoc does; positions must already be set on the
 * cites. `ordered`: keep the written order of the groups `citeGroups` gives
 * (each group is sorted, see `sortedRuns`) and do not collapse cites; a style
 * that collapses by year always has pandoc's order and groups (`nameGroups`). Cites
 * grouped by author are set off by the cite-group delimiter only while none
 * has a locator (in a style that collapses by year, none of its group's);
 * the style's options lifted for the call are put back.
 */
export function formatCluster(engine: Engine, cites: readonly CiteprocCite[], ordered: boolean | undefined, options: ClusterOptions): string {
  const {warnings} = options
  // As pandoc: cites grouped by author are set off by the cite-group
  // delimiter only while none has a locator (`(Group, n.d.; n.d., sec. 3)`).
  const citation = engine.citation.opt
  const groupDelimiter = citation.cite_group_delimiter
  const afterCollapse = citation['after-collapse-delimiter']
  const delimitGroups = (located: boolean) => {
    citation.cite_group_delimiter = located && groupDelimiter !== undefined ? citation.layout_delimiter : groupDelimiter
    if (located) citation['after-collapse-delimiter'] = citation.layout_delimiter
    // citeproc-js puts an `after-collapse-delimiter` between the years of
    // one author's cites too (`Doe 2005; 2006`); pandoc only after the
    // group (`Doe 2005, 2006; Roe 2001`), which citeproc-js does
    // without it when it is the layout's delimiter anyway.
    else if (afterCollapse !== undefined && afterCollapse === citation.layout_delimiter) delete citation['after-collapse-delimiter']
    else citation['after-collapse-delimiter'] = afterCollapse
  }
  delimitGroups(cites.length > 1 && cites.some((cite) => cite.locator))
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
  // A style that collapses by year: pandoc's order and groups (see
  // `nameGroups`), whether or not the author ordered the cluster.
  const byYear = typeof collapse === 'string' && collapse.startsWith('year')
  if (byYear) {
    cites = sortedRuns(engine, cites)
    engine.citation_sort.tokens = []
  } else if (ordered) {
    cites = sortedRuns(engine, cites)
    engine.citation_sort.tokens = []
    citation.collapse = ''
  }
  try {
    cites = withoutEmptyCites(engine, cites, warnings)
    if (cites.length === 0) return '[NO_PRINTED_FORM]'
    if (byYear && cites.length > 1) {
      const names = namesOf(engine)
      const groups = nameGroups(cites, names)
      cites = groups.flat()
      // pandoc sets off one author's cites by the layout's delimiter when
      // one of them has a locator, by the cite-group delimiter otherwise,
      // group by group (`collapseGroup`): with a locator in the cluster,
      // each group is formatted apart (`Doe 1999, 1999; Smith 2004, 3`).
      const located = cites.some((cite) => cite.locator)
      const segments = located ? groups : apartSegments(groups, names)
      if (segments.length > 1) {
        // citeproc-js collapses any two neighbouring cites of one author: the
        // groups pandoc keeps apart are formatted apart, without the layout's
        // affixes, and joined by what pandoc puts after a group.
        layout.layout_prefix = ''
        layout.layout_suffix = ''
        layout.layout_decorations = []
        const joined = formatParts(engine, segments, groups, typeof afterCollapse === 'string' ? afterCollapse : undefined, options, (segment) => {
          if (located) delimitGroups(segment.length > 1 && segment.some((cite) => cite.locator))
        })
        if (options.bare) return joined
        return (options.decorate ?? ((value: string) => value))((layoutPrefix ?? '') + joined + (layoutSuffix ?? ''))
      }
    }
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

/**
 * A cluster's cites as pandoc 2.17's citeproc (0.6) groups them by author
 * when the style collapses (`groupAndCollapseCitations`, its `groupWith`): a
 * cite with a suffix stands alone; any other takes, from the run of cites
 * after it with neither prefix nor suffix, those with the same names, and the
 * others go on, so a run (a cite and the unaffixed cites after it) is grouped
 * by names in the order each first appears. `[@smith04; @doe99; @smith04]` →
 * Smith, Smith; Doe; `[@doe99; @doe99 x]` → Doe; Doe x. Takes the cites in
 * pandoc's order (see `sortedRuns`); linear in their number.
 */
function nameGroups(cites: readonly CiteprocCite[], names: (cite: CiteprocCite) => string | undefined): CiteprocCite[][] {
  const groups: CiteprocCite[][] = []
  let index = 0
  while (index < cites.length) {
    const first = cites[index]!
    let end = index + 1
    if (!first.suffix) while (end < cites.length && !cites[end]!.prefix && !cites[end]!.suffix) end += 1
    const byNames = new Map<string, CiteprocCite[]>()
    for (const cite of cites.slice(index, end)) {
      const key = names(cite)
      const group = key === undefined ? undefined : byNames.get(key)
      if (group) group.push(cite)
      else {
        const created = [cite]
        groups.push(created)
        if (key !== undefined) byNames.set(key, created)
      }
    }
    index = end
  }
  return groups
}

/**
 * A cluster formatted in parts (`segments`, each a run of `groups`), each by
 * citeproc-js with the layout's affixes already lifted, joined by what pandoc
 * puts after a group (`collapseGroup`): the after-collapse delimiter (else
 * the layout's) when the style collapses by year or the group collapsed, the
 * layout's delimiter otherwise. `prepare` sets the style's delimiters for a
 * part before it is formatted. Returns the joined text, without the layout's
 * prefix, suffix or decorations.
 */
function formatParts(
  engine: Engine,
  segments: readonly CiteprocCite[][],
  groups: readonly CiteprocCite[][],
  afterCollapse: string | undefined,
  options: ClusterOptions,
  prepare: (segment: readonly CiteprocCite[]) => void
): string {
  const citation = engine.citation.opt
  const layoutDelimiter = String(citation.layout_delimiter ?? '')
  const sizeEnding = new Map(groups.map((group) => [group.at(-1), group.length]))
  let joined = ''
  for (const [index, segment] of segments.entries()) {
    prepare(segment)
    const marked = options.linkCitations ? segment.map((cite) => withAffixMarks(engine, cite)) : segment
    joined += withWarnings(options.warnings, () => engine.makeCitationCluster(marked))
    if (index === segments.length - 1) break
    const collapsed = citation.collapse === 'year' || (sizeEnding.get(segment.at(-1)) ?? 1) > 1
    joined += collapsed ? (afterCollapse ?? layoutDelimiter) : layoutDelimiter
  }
  return joined
}

/**
 * The groups (see `nameGroups`) in the runs citeproc-js may format together:
 * a run ends where the next group has the same names, which citeproc-js
 * would collapse into it and pandoc keeps apart.
 */
function apartSegments(groups: readonly CiteprocCite[][], names: (cite: CiteprocCite) => string | undefined): CiteprocCite[][] {
  const segments: CiteprocCite[][] = []
  let key: string | undefined
  for (const group of groups) {
    const next = names(group[0]!)
    const segment = segments.at(-1)
    if (segment === undefined || (next !== undefined && next === key)) segments.push([...group])
    else segment.push(...group)
    key = next
  }
  return segments
}

/**
 * The names each cite's source is cited by (its first of author, editor,
 * translator), as a string for comparing, each source's read once; a source
 * without names, or not known to the engine: `undefined`.
 */
function namesOf(engine: Engine): (cite: CiteprocCite) => string | undefined {
  const known = new Map<string, string | undefined>()
  return (cite) => {
    const id = String(cite.id)
    if (known.has(id)) return known.get(id)
    const item = engine.retrieveItem(cite.id) as unknown as Record<string, unknown> | undefined
    const names = item?.author ?? item?.editor ?? item?.translator
    const key = Array.isArray(names) && names.length > 0 ? JSON.stringify(names) : undefined
    known.set(id, key)
    return key
  }
}
