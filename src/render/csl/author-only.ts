import type {CiteprocCite, Engine, VariableParams} from 'citeproc'
import {mark, unmark} from './format.js'
import {nameVariables} from './items.js'

/** How an engine formats an author-only cite with the author's formatting (see `authorOnlyFormatter`). */
export interface AuthorOnlyFormatter {
  /**
   * The engine's `variableWrapper` for a cite's variable (`before`, `value`
   * and `after` joined): a name variable's output between `mark.names`
   * while `format` formats a cite, else as it is.
   */
  wrap(params: VariableParams, before: string, value: string, after: string): string
  /** `cite`'s author, formatted; `plain`: citeproc-js's author-only text of it. */
  format(engine: Engine, cite: CiteprocCite, plain: string): string
}

/**
 * An in-text cite's author (`author-only`) with its formatting: citeproc-js
 * drops all formatting from an author-only cite, so a title standing in
 * for a missing author loses its italics or quotes (`Stanze in lode`),
 * which pandoc keeps (`*Stanze in lode*`). The same cite formatted whole
 * has them: its first names (or their substitute) are taken from it when
 * they read the same as citeproc-js's author-only text.
 */
export function authorOnlyFormatter(): AuthorOnlyFormatter {
  // Set while a cite is formatted to find its author's formatted names.
  let markNames = false
  return {
    wrap(params, before, value, after) {
      return markNames && params.variableNames.some((name) => nameVariables.includes(name)) ? before + mark.names + value + mark.names + after : before + value + after
    },
    format(engine, cite, plain) {
      const {'author-only': _, ...whole} = cite
      markNames = true
      let formatted: string
      try {
        formatted = engine.makeCitationCluster([whole])
      } finally {
        markNames = false
      }
      const start = formatted.indexOf(mark.names)
      const end = start === -1 ? -1 : formatted.indexOf(mark.names, start + 1)
      if (end === -1) return plain
      const names = formatted.slice(start + 1, end).replaceAll(mark.names, '')
      return balanced(names) && withoutQuotes(unmark(names)) === withoutQuotes(unmark(plain)) ? names : plain
    }
  }
}

const quotes = new Set(['“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›'])

/** Text without its quotation marks (which citeproc-js drops from an author-only cite too). */
function withoutQuotes(value: string): string {
  return [...value].filter((character) => !quotes.has(character)).join('')
}

/** Whether every formatting mark a string opens it closes, in order (a part cut from a formatted cite). */
function balanced(value: string): boolean {
  const open: string[] = []
  for (const character of value) {
    const code = character.charCodeAt(0)
    if (code < 0xe000 || code > 0xe009) continue
    if (code % 2 === 0) open.push(character)
    else if (open.pop()?.charCodeAt(0) !== code - 1) return false
  }
  return open.length === 0
}
