import {readFile} from 'node:fs/promises'
import {createEngine} from '../render/csl/engine.js'

/** A CSL style or locale read from disk: its text, or why it cannot be used (one line). */
export type StyleFile = {readonly text: string} | {readonly problem: string}

/**
 * Read a CSL style (or, with `kind: 'locale'`, a CSL locale) and make sure
 * citeproc can build an engine from it, so every command that takes `--csl`
 * fails the same way on a style `render` could not use. `shown` is the name
 * to print.
 */
export async function readStyle(absolute: string, shown: string, kind: 'style' | 'locale' = 'style'): Promise<StyleFile> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    return {problem: 'cannot read `' + shown + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error))}
  }
  const {error} = kind === 'style' ? createEngine([], [], text) : createEngine([], [], undefined, text)
  if (error !== undefined) {
    // On one line, whole: a JSON parser's error quotes the text over several.
    const reason = (error instanceof Error ? error.message : String(error)).split(/\s+/).join(' ').trim()
    return {problem: 'unexpected ' + (kind === 'style' ? 'style' : 'locale') + ' `' + shown + '` that citeproc cannot read (' + reason + '), expected a CSL ' + kind}
  }
  return {text}
}
