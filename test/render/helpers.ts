import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseCslJson} from '../../src/sources/index.js'

/** Three sources: a book (`doe99`), an article (`smith04`), a web page (`web`). */
export const sources = parseCslJson(
  readFileSync(fileURLToPath(new URL('../fixtures/render/sources.json', import.meta.url)), 'utf8')
).items

/** The notes of `text` output, by number. */
export function notesOf(text: string): string[] {
  return text
    .split(/\n\n(?=\[\d+\] )/)
    .slice(1)
    .map((note) => note.trim())
}
