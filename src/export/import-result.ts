import type {VFile} from 'vfile'

/** What an importer gives: the annotated Markdown, and the input file with the importer's messages. */
export interface ImportResult {
  /** The draft: annotated Markdown that `parse` reads into the imported graph. */
  markdown: string
  /** The input as a VFile; its `messages` say what could not be carried over, at its place when known. */
  file: VFile
}
