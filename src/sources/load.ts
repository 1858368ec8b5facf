import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseBibtex} from './bibtex.js'
import type {CslItem} from '../kit/csl.js'
import type {SourcesResult} from './csl.js'
import {parseCslJson, parseCslYaml} from './csl.js'
import {report} from '../util/report.js'
import {bibliographyPlaces} from './places.js'

/** What to load: the front matter's `bibliography`, as pandoc reads it. */
export interface SourceOptions {
  /** One bibliography path or a list of them (`.bib`, `.bibtex`, `.json`, `.yaml`, `.yml`). */
  readonly bibliography?: string | readonly string[] | undefined
  /**
   * Where each path of `bibliography` is written in the document, in the
   * same order (the front matter's `bibliographyPlaces`): an unreadable or
   * unknown bibliography is reported there. When not given, they are read
   * from the YAML front matter at the start of `file`'s text, if it names
   * the same paths.
   */
  readonly bibliographyPlaces?: ReadonlyArray<Position | undefined> | undefined
}

/** Reads a bibliography by the path the document names; supplied by the caller. */
export type SourceLoader = (path: string) => Promise<string>

/** The sources of a document's bibliographies and everything said about them. */
export interface LoadedSources {
  /** Items in order, bibliography by bibliography; the first of a duplicate id wins. */
  readonly items: CslItem[]
  /** The paths that could not be read or are of no known format (each reported on the document). */
  readonly failed: string[]
  /** Messages added to `file` and to the bibliographies' files. */
  readonly messages: VFileMessage[]
  /** One file per bibliography, holding its text and its messages. */
  readonly files: VFile[]
}

/** The parsers, by file extension. */
export const sourceParsers: Readonly<Record<string, (text: string, file?: VFile) => SourcesResult>> = {
  bib: parseBibtex,
  bibtex: parseBibtex,
  json: parseCslJson,
  yaml: parseCslYaml,
  yml: parseCslYaml
}

/**
 * Load a document's bibliographies: every file in `bibliography`, read
 * through `loader` (no file system here; the caller resolves paths, relative
 * to the document as pandoc does). Problems in a bibliography are reported on
 * that bibliography's file (a VFile named by its path, in `files`); an
 * unreadable or unknown bibliography on `file` (the document); an id defined
 * twice on the bibliography that repeats it. Give the result to
 * `resolveSources` (or as `sources` to `check`, `lint` and `render`), which
 * adds the front matter's inline `references`.
 */
export async function loadSources(
  options: SourceOptions,
  loader: SourceLoader,
  file: VFile = new VFile()
): Promise<LoadedSources> {
  const before = file.messages.length
  const items: CslItem[] = []
  const seen = new Map<string, string>()
  const files: VFile[] = []
  const messages: VFileMessage[] = []
  const failed: string[] = []

  const add = (result: SourcesResult, where: VFile, name: string): void => {
    for (const [index, item] of result.items.entries()) {
      const first = seen.get(item.id)
      if (first !== undefined) {
        report(where, {
          ruleId: 'duplicate-source',
          severity: 'warning',
          place: result.positions[index],
          reason:
            'Unexpected source `' + item.id + '` already defined in ' + first +
            ', expected each source id once across bibliographies'
        })
        continue
      }
      seen.set(item.id, name)
      items.push(item)
    }
  }

  const paths =
    options.bibliography === undefined
      ? []
      : typeof options.bibliography === 'string'
        ? [options.bibliography]
        : options.bibliography
  const places = options.bibliographyPlaces ?? bibliographyPlaces(file, paths)
  const texts = await Promise.all(
    paths.map(async (path) => {
      try {
        return {path, text: await loader(path)}
      } catch (error) {
        return {path, error}
      }
    })
  )

  for (const [index, entry] of texts.entries()) {
    const {path} = entry
    if ('error' in entry) {
      failed.push(path)
      report(file, {
        ruleId: 'invalid-bibliography',
        place: places[index],
        reason:
          'Unexpected unreadable bibliography `' + path + '` (' + String((entry.error as Error)?.message ?? entry.error) +
          '), expected a readable file'
      })
      continue
    }
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''
    const parse = sourceParsers[extension]
    if (!parse) {
      failed.push(path)
      report(file, {
        ruleId: 'invalid-bibliography',
        place: places[index],
        reason: 'Unexpected bibliography `' + path + '`, expected a `.bib`, `.bibtex`, `.json`, `.yaml` or `.yml` file'
      })
      continue
    }
    const bibliography = new VFile({path, value: entry.text})
    files.push(bibliography)
    const result = parse(entry.text ?? '', bibliography)
    add(result, bibliography, '`' + path + '`')
    messages.push(...bibliography.messages)
  }

  return {items, failed, messages: [...file.messages.slice(before), ...messages], files}
}
