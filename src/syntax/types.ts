import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {location} from 'vfile-location'

/** Any generic directive. */
export type Directive = ContainerDirective | LeafDirective | TextDirective

/** Converts offsets to line and column (and back) for one file. */
export type Place = ReturnType<typeof location>
