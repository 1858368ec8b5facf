import type {VFile} from 'vfile'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {report} from '../util/report.js'

/**
 * A document that names a bibliography checked without its sources would
 * pass its citation checks silently: say so once, at the `bibliography` key.
 */
export function checkUnloadedBibliography(graph: ArgumentGraph<BaseNode>, file: VFile): void {
  const bibliography = graph.meta.bibliography
  if (bibliography === undefined) return
  const paths = typeof bibliography === 'string' ? [bibliography] : bibliography
  if (paths.length === 0) return
  const frontMatter = file.data.argmarkFrontMatter
  report(file, {
    ruleId: 'invalid-bibliography',
    severity: 'warning',
    place: frontMatter?.keyPlaces.bibliography ?? frontMatter?.position,
    reason:
      'Unexpected bibliography ' + paths.map((path) => '`' + path + '`').join(', ') +
      ' that was not loaded, expected its sources given as the `sources` option (see `loadSources`); ' +
      'citation keys are not checked'
  })
}
