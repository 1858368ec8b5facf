import {codes, types} from 'micromark-util-symbol'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'

/**
 * pandoc's escaped space: a backslash before a space (`Dr.\ Smith`,
 * `5\ km`) is a non-breaking space (U+00A0) in pandoc's Markdown reader
 * (`all_symbols_escapable`), where CommonMark keeps the backslash as text.
 * Read in text (not in link destinations, titles or code), inside a
 * superscript or subscript too (`H~a\ b~`), which pandoc allows.
 *
 * The tokens are a character escape's (`characterEscape`, `escapeMarker`,
 * `characterEscapeValue` holding the space), so mdast-util-from-markdown
 * merges it into the text around it as it merges `\*`; argmark's escape
 * handler (`escapesFromMarkdown`, src/syntax/escapes.ts) writes U+00A0 for
 * the space and records the escape, so `format` writes `\ ` back as typed.
 * A backslash before anything else is left to micromark's own constructs.
 */
export const escapedSpace: Construct = {name: 'escapedSpace', tokenize: tokenizeEscapedSpace}

/** The micromark extension: `escapedSpace` in text, at a backslash. */
export function escapedSpaceSyntax(): Extension {
  return {text: {[codes.backslash]: escapedSpace}}
}

function tokenizeEscapedSpace(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  function start(code: Code): State | undefined {
    effects.enter(types.characterEscape)
    effects.enter(types.escapeMarker)
    effects.consume(code)
    effects.exit(types.escapeMarker)
    return space
  }

  function space(code: Code): State | undefined {
    if (code !== codes.space) return nok(code)
    effects.enter(types.characterEscapeValue)
    effects.consume(code)
    effects.exit(types.characterEscapeValue)
    effects.exit(types.characterEscape)
    return ok
  }
}

/**
 * The mdast-util-to-markdown extension: a backslash of text before a space
 * is escaped (`a\\ b`), which would otherwise be written `a\ b`, a
 * non-breaking space. (The escaped space itself is written back as typed
 * by argmark's text handler, src/syntax/to-markdown.ts.)
 */
export function escapedSpaceToMarkdown(): ToMarkdownExtension {
  return {unsafe: [{character: '\\', after: ' ', inConstruct: 'phrasing'}]}
}
