import type {AnyKit} from '../kit/define-kit.js'
import type {CslItem} from '../kit/csl.js'
import type {LoadedSources} from '../sources/load.js'

/** What every verb takes: the kit to read with. */
export interface KitOptions<K extends AnyKit = AnyKit> {
  /** The vocabulary to read the document with (default: `defaultKit`). */
  readonly kit?: K | undefined
}

/** What the verbs that check citations take besides the kit. */
export interface SourcesOptions {
  /**
   * The document's bibliography, loaded by the caller: CSL items, or what
   * `loadSources` loaded (the core reads no files). The front matter's inline
   * `references` are added to them. Without them, a document that names a
   * `bibliography` (or no sources at all) has its citation keys unchecked,
   * and says so once (`missing-bibliography`).
   */
  readonly sources?: readonly CslItem[] | LoadedSources | undefined
}
