import {realpathSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {GraphMeta} from '../kit/graph.js'
import type {LoadedSources} from '../sources/load.js'
import {loadSources} from '../sources/load.js'

/**
 * Load a document's bibliographies as pandoc does: `bibliography` paths
 * relative to the document, or to `base` (the working folder, for
 * `--bibliography`). Each bibliography's file is named by its path
 * from the working directory, so reports point at it. `places`: where the
 * front matter writes each path (an unreadable one is reported there);
 * `[]` for paths the document does not write (`--bibliography`).
 */
export async function loadDocumentSources(
  file: VFile,
  meta: Pick<GraphMeta, 'bibliography'>,
  base?: string,
  allowOutside = false,
  places?: ReadonlyArray<Position | undefined>
): Promise<LoadedSources> {
  // Standard input without `--file-path` is read as if it were in the working folder.
  const directory = base ?? (file.path ? path.dirname(path.resolve(file.cwd, file.path)) : file.cwd)
  const loaded = await loadSources(
    {bibliography: meta.bibliography, bibliographyPlaces: places},
    async (name) => {
      const absolute = path.resolve(directory, name)
      // A draft names its bibliography: it may not reach outside the project
      // (the working folder) unless the user says so. `--bibliography` is the user's.
      if (base === undefined && !allowOutside && !isInside(file.cwd, absolute)) {
        throw new Error('`' + name + '` is outside the project folder `' + path.resolve(file.cwd) + '`; pass `--allow-outside` to read it')
      }
      return readFile(absolute, 'utf8')
    },
    file
  )
  for (const bibliography of loaded.files) {
    // Reporters print the first path a file had: name it from the start.
    bibliography.cwd = file.cwd
    bibliography.history = [path.relative(file.cwd, path.resolve(directory, bibliography.path))]
  }
  return loaded
}

/**
 * Whether `target` is `root` or inside it, compared as real paths: both are
 * resolved and their symbolic links followed (for a path that does not
 * exist, those of its nearest existing folder), so a link inside the project
 * that points outside it is outside.
 */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(realPath(path.resolve(root)), realPath(path.resolve(target)))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** An absolute path with its symbolic links followed, as far as it exists. */
function realPath(absolute: string): string {
  const rest: string[] = []
  let current = absolute
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest)
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return absolute
      rest.unshift(path.basename(current))
      current = parent
    }
  }
}
