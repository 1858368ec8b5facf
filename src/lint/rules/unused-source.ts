import type {Position} from 'unist'
import {keyText} from '../../syntax/citation/key.js'
import {nociteIds} from '../../syntax/citation/nocite.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * Every source should be cited: an uncited entry is a reference the draft
 * dropped, or one it forgot to cite. Reported where the document names its
 * sources: the inline reference itself, or the `bibliography` key.
 */
export const unusedSource = defineGraphRule({
  id: 'unused-source',
  family: 'sources',
  check(graph, report, options, {file}) {
    readOptions(file, 'unused-source', options, {})
    if (graph.sources.length === 0) return
    const cited = new Set<string>()
    for (const citation of graph.citations) for (const item of citation.items) cited.add(item.key)
    // Sources the front matter's `nocite` lists are used: they go into the bibliography.
    const nocite = nociteIds(graph.meta.nocite)
    if (nocite.includes('*')) return
    for (const id of nocite) cited.add(id)

    const frontMatter = file.data.argmarkFrontMatter
    const inline = new Map<string, Position | undefined>()
    const references = Array.isArray(graph.meta.references) ? graph.meta.references : []
    references.forEach((reference, index) => {
      const id = reference && typeof reference === 'object' && 'id' in reference ? String(reference.id) : undefined
      if (id !== undefined) inline.set(id, frontMatter?.referencePlaces[index])
    })
    const bibliography = frontMatter?.keyPlaces['bibliography'] ?? frontMatter?.position

    for (const source of graph.sources) {
      if (cited.has(source.id)) continue
      report(
        inline.has(source.id) ? inline.get(source.id) : bibliography,
        // A key that is not a simple key is cited braced (`[@{a--b}]`).
        'Unexpected source `' + source.id + '` that is never cited, expected a citation such as `[@' + keyText(source.id, ']') +
          ']` or the source removed'
      )
    }
  }
})
