import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {report} from '../util/report.js'

/**
 * Every source should be cited: an uncited entry is a reference the draft
 * dropped, or one it forgot to cite. Reported where the document names its
 * sources: the inline reference itself, or the `bibliography` key.
 */
export function checkUnusedSources(graph: ArgumentGraph<BaseNode>, file: VFile): void {
  const cited = new Set<string>()
  for (const citation of graph.citations) for (const item of citation.items) cited.add(item.key)

  const frontMatter = file.data.argmarkFrontMatter
  const inline = new Map<string, Position | undefined>()
  const references = Array.isArray(graph.meta.references) ? graph.meta.references : []
  references.forEach((reference, index) => {
    const id = reference && typeof reference === 'object' && 'id' in reference ? String(reference.id) : undefined
    if (id !== undefined) inline.set(id, frontMatter?.referencePlaces[index])
  })
  const bibliography = frontMatter?.keyPlaces.bibliography ?? frontMatter?.position

  for (const source of graph.sources) {
    if (cited.has(source.id)) continue
    report(file, {
      ruleId: 'unused-source',
      severity: 'warning',
      place: inline.has(source.id) ? inline.get(source.id) : bibliography,
      reason:
        'Unexpected source `' + source.id + '` that is never cited, expected a citation such as `[@' +
        source.id + ']` or the source removed'
    })
  }
}
