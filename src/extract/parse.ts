import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {defaultKit} from '../kit/default-kit.js'
import type {AnyKit, KitGraph} from '../kit/define-kit.js'
import {reportInternalError} from '../util/report.js'
import type {ArgmarkOptions} from './plugin.js'
import {remarkArgmark} from './plugin.js'

/** A document: Markdown text, or a VFile (whose path and messages are kept). */
export type Input = string | VFile

/** What `parse` returns. */
export interface ParseResult<K extends AnyKit = AnyKit> {
  /** The argument graph; valid for the kit's types when `check` finds no errors. */
  graph: KitGraph<K>
  /** The mdast tree, with prose mis-read as directives given back as text. */
  tree: Root
  /** The file, carrying every message parsing raised. */
  file: VFile
}

type ParseProcessor = Processor<Root, Root, Root>

// One processor per kit: building one is far dearer than a keystroke's parse.
const processors = new WeakMap<AnyKit, ParseProcessor>()

/**
 * Parse an annotated Markdown document into an argument graph.
 * Never throws: whatever goes wrong becomes a message on `file`.
 */
export function parse<K extends AnyKit = typeof defaultKit>(
  input: Input,
  options?: ArgmarkOptions & {readonly kit?: K}
): ParseResult<K> {
  const kit = options?.kit ?? defaultKit
  const file = toFile(input)
  if (options?.sources) file.data.argmarkSources = options.sources
  let tree: Root = {type: 'root', children: []}

  try {
    const processor = processorFor(kit)
    tree = processor.parse(file)
    tree = processor.runSync(tree, file)
  } catch (error) {
    reportInternalError(file, 'parsing', error, 'a parse')
  }

  const graph = file.data.argmarkGraph ?? {nodes: [], relations: [], citations: [], sources: [], meta: {}}
  return {graph: graph as KitGraph<K>, tree, file}
}

/** The parsing pipeline for a kit (cached), for use in other pipelines. */
export function processorFor(kit: AnyKit): ParseProcessor {
  let processor = processors.get(kit)
  if (!processor) {
    processor = unified().use(remarkParse).use(remarkArgmark, {kit}).freeze() as unknown as ParseProcessor
    processors.set(kit, processor)
  }
  return processor
}

export function toFile(input: Input): VFile {
  return typeof input === 'string' ? new VFile({value: input}) : input
}
