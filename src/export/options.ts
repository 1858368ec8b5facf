import type {AnyKit} from '../kit/define-kit.js'

/** Which way an argument map reads: `BT` puts conclusions on top (the default). */
export type MapDirection = 'TB' | 'BT' | 'LR' | 'RL'

/** Options of `exportGraph`; each format reads the ones it needs. */
export interface ExportOptions {
  /**
   * The kit the graph was parsed with (default: `defaultKit`): maps take each
   * kind's `map` style from it, the `json-schema` format its schema.
   */
  readonly kit?: AnyKit | undefined
  /** Maps: wrap node texts at this many characters (default 40). */
  readonly wrap?: number | undefined
  /** Maps: shorten node texts longer than this many characters with `…` (default: no limit). */
  readonly maxLength?: number | undefined
  /** Maps: the direction edges point (default `BT`: supporters below what they support). */
  readonly direction?: MapDirection | undefined
}
