import type {VFile} from 'vfile'
import type {ParseResult} from '../extract/parse.js'
import type {CslItem} from '../kit/csl.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {describe} from '../kit/validate-spec.js'
import {report} from '../util/report.js'
import {validateItems} from './csl.js'
import type {LoadedSources} from './load.js'

/**
 * How far a document's sources are known:
 *
 * - `given`: the caller gave them (`sources`, or bibliographies loaded with
 *   `loadSources`): every key can be checked;
 * - `inline`: the document names no bibliography but has front matter
 *   `references`: they are all its sources;
 * - `none`: the document names no sources at all and none were given: keys
 *   cannot be checked;
 * - `not-loaded`: it names a bibliography nobody loaded: keys cannot be checked;
 * - `failed`: loading was tried and a bibliography could not be read (already
 *   reported): keys cannot be checked.
 */
export type SourcesStatus = 'given' | 'inline' | 'none' | 'not-loaded' | 'failed'

/** What `resolveSources` leaves on `file.data.argmarkSources`. */
export interface ResolvedSources {
  readonly status: SourcesStatus
  /** The valid front matter `references`, read once per file. */
  readonly inline: readonly CslItem[]
  /** What the caller gave, to make resolving again with the same sources a no-op. */
  readonly given: readonly CslItem[] | LoadedSources | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** How the graph's sources were resolved (set by `resolveSources`). */
    argmarkSources: ResolvedSources
  }
}

/** Whether every cited key can be checked against the graph's sources. */
export function sourcesComplete(file: VFile): boolean {
  const status = file.data.argmarkSources?.status
  return status === 'given' || status === 'inline'
}

/**
 * Attach a document's sources to its graph: the front matter's `references`
 * (each invalid one reported once, at its place), then `sources` (CSL items,
 * or what `loadSources` loaded); the first of an id wins, and an inline
 * reference that a given source repeats is reported (`duplicate-source`).
 * Records how complete the sources are on `file.data.argmarkSources` for the
 * rules (`unknown-citation-key` checks keys only when they are complete).
 *
 * The one step between parsing and the rules, for the API and every command
 * alike. Calling it again with other sources re-attaches them without
 * reporting the inline references again. Never throws on a document; throws
 * a `TypeError` for `sources` that are neither CSL items nor what
 * `loadSources` returns (a path, say), which TypeScript's types rule out.
 */
export function resolveSources(
  parsed: Pick<ParseResult, 'graph' | 'file'>,
  sources?: readonly CslItem[] | LoadedSources
): void {
  if (sources !== undefined && !Array.isArray(sources) && !(typeof sources === 'object' && sources !== null && Array.isArray((sources as Partial<LoadedSources>).items) && Array.isArray((sources as Partial<LoadedSources>).failed))) {
    throw new TypeError('Unexpected sources ' + describe(sources) + ', expected CSL items (an array) or what `loadSources` returns')
  }
  const {graph, file} = parsed
  const previous = file.data.argmarkSources
  if (previous && previous.given === sources) return
  const inline = previous?.inline ?? readInline(graph, file)
  const given = sources === undefined ? undefined : 'items' in sources ? sources.items : sources

  const byId = new Map<string, CslItem>()
  for (const item of inline) byId.set(item.id, item)
  const places = new Map<string, number>()
  inline.forEach((item, index) => places.set(item.id, index))
  for (const item of given ?? []) {
    if (!byId.has(item.id)) {
      byId.set(item.id, item)
    } else if (places.has(item.id) && previous?.given === undefined) {
      report(file, {
        ruleId: 'duplicate-source',
        severity: 'warning',
        place: file.data.argmarkFrontMatter?.referencePlaces[places.get(item.id)!],
        reason:
          'Unexpected source `' + item.id + '` in `references` that the bibliography defines too, ' +
          'expected each source id once (the one in `references` is used)'
      })
    }
  }
  graph.sources = [...byId.values()]

  const status: SourcesStatus =
    sources !== undefined
      ? 'items' in sources && sources.failed.length > 0
        ? 'failed'
        : 'given'
      : namesBibliography(graph)
        ? 'not-loaded'
        : graph.meta.references === undefined
          ? 'none'
          : 'inline'
  file.data.argmarkSources = {status, inline, given: sources}
}

function readInline(graph: ArgumentGraph, file: VFile): CslItem[] {
  const references = graph.meta.references
  if (references === undefined) return []
  const frontMatter = file.data.argmarkFrontMatter
  if (Array.isArray(references)) {
    // The same id twice in `references`: the first is used, as across bibliographies.
    const first = new Map<string, number>()
    references.forEach((item, index) => {
      const id = item !== null && typeof item === 'object' ? (item as {id?: unknown}).id : undefined
      if (typeof id !== 'string') return
      const earlier = first.get(id)
      if (earlier === undefined) {
        first.set(id, index)
        return
      }
      const at = frontMatter?.referencePlaces[earlier]?.start
      report(file, {
        ruleId: 'duplicate-source',
        severity: 'warning',
        place: frontMatter?.referencePlaces[index],
        reason:
          'Unexpected source `' + id + '` defined again in `references`' + (at ? ' (first at ' + String(at.line) + ':' + String(at.column) + ')' : '') +
          ', expected each source id once (the first is used)'
      })
    })
  }
  return validateItems(references, frontMatter?.referencePlaces ?? [], file, file.messages.length, 'a CSL item in `references`', {
    syntax: 'yaml',
    smart: (graph.meta as Record<string, unknown>).smart !== false,
    fieldPlace: frontMatter?.referenceFieldPlace
  }).items
}

/** Whether the front matter names at least one bibliography file. */
export function namesBibliography(graph: Pick<ArgumentGraph, 'meta'>): boolean {
  const bibliography = graph.meta.bibliography
  return typeof bibliography === 'string' ? bibliography !== '' : Array.isArray(bibliography) && bibliography.length > 0
}
