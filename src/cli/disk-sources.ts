import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {loadDocumentSources} from './sources.js'

/**
 * Load each file's sources from disk (its `bibliography`, relative to it, and
 * its inline `references`) into the graph `remarkArgmark` built, so the checks
 * after it see them. Problems inside a bibliography are reported on the
 * document too, prefixed with the bibliography's path and place, since a
 * reporter shows only the files it was given.
 */
export const argmarkDiskSources: Plugin<[], Root> = function () {
  return async function (_tree: Root, file: VFile): Promise<undefined> {
    const graph = file.data.argmarkGraph
    if (!graph) return
    const loaded = await loadDocumentSources(file, graph.meta)
    graph.sources = loaded.items
    file.data.argmarkSources = loaded.items
    for (const bibliography of loaded.files) {
      for (const message of bibliography.messages) {
        const where = bibliography.path + (message.line === undefined ? '' : ':' + message.line + ':' + (message.column ?? 1))
        const copy = file.message('`' + where + '`: ' + message.reason, {
          ruleId: message.ruleId ?? undefined,
          source: message.source ?? undefined
        })
        copy.fatal = message.fatal
        if (message.url) copy.url = message.url
      }
    }
  }
}
