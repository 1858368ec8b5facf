/**
 * micromark extension for pandoc Markdown's superscript and subscript (its
 * `superscript` and `subscript` extensions: `2^10^`, `H~2~O`), following
 * pandoc's reader (`Text.Pandoc.Readers.Markdown`: `superscript`,
 * `subscript`) for content without markup:
 *
 * - the marker, at least one character of content, the same marker;
 * - no space, tab or line ending anywhere inside (`x^a b^` is text); a
 *   backslash escape is content (`a^b\^c^` holds `b^c`), and so is
 *   pandoc's escaped space (`H~a\ b~` holds a non-breaking space:
 *   src/syntax/escaped-space.ts);
 * - `~~` is GFM's strikethrough (GFM's single-tilde strikethrough is off:
 *   `gfmOptions`); a marker right after the same marker opens nothing, nor
 *   does a `^` right after `[` (`[^a^]` is a footnote call's label).
 *
 * Content that holds markup is not read as a superscript or subscript here:
 * a character that could start a construct (`` *_`[]<&$@{} ``, or the
 * other marker) ends the attempt, and the text is read as before, its
 * emphasis, notes, links and math included (pandoc reads `x^*e*^` as a
 * superscript holding emphasis; argmark as `x^`, emphasis, `^`). So the
 * content is plain characters and escapes, tokenized here (no nested
 * tokenizer, which micromark runs per chunk at a cost that grows with the
 * text), and each opening marker reads on only to the next marker, space or
 * markup character: no character is read by more than one attempt of each
 * marker, so reading is linear.
 *
 * Tokens: `superscript` / `subscript` around a `…Marker`, the content (`data`
 * and micromark's own `characterEscape`) and a `…Marker`.
 */
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {characterEscape} from 'micromark-core-commonmark'
import {markdownLineEndingOrSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import {escapedSpace} from '../escaped-space.js'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A whole superscript, `^…^`. */
    superscript: 'superscript'
    superscriptMarker: 'superscriptMarker'
    /** A whole subscript, `~…~`. */
    subscript: 'subscript'
    subscriptMarker: 'subscriptMarker'
  }
}

/** Characters that could start markup in argmark's text: content holding one is no superscript or subscript here. */
export const markupStarts = new Set<Code>([
  codes.asterisk, codes.underscore, codes.graveAccent, codes.leftSquareBracket, codes.rightSquareBracket, codes.lessThan,
  codes.ampersand, codes.dollarSign, codes.atSign, codes.leftCurlyBrace, codes.rightCurlyBrace, codes.caret, codes.tilde
])

const superscript: Construct = {name: 'pandocSuperscript', tokenize: tokenizer(codes.caret, 'superscript')}
const subscript: Construct = {name: 'pandocSubscript', tokenize: tokenizer(codes.tilde, 'subscript')}

/** The micromark extension: superscript at `^`, subscript at `~` (after GFM's strikethrough). */
export function scriptsSyntax(): Extension {
  return {text: {[codes.caret]: superscript, [codes.tilde]: subscript}}
}

function tokenizer(marker: Code, type: 'superscript' | 'subscript') {
  const markerType = type === 'superscript' ? 'superscriptMarker' : 'subscriptMarker'

  return function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this
    let data = false
    return start

    function start(code: Code): State | undefined {
      const previous = self.previous
      const escaped = self.events[self.events.length - 1]?.[1].type === types.characterEscape
      if (!escaped && (previous === marker || (marker === codes.caret && previous === codes.leftSquareBracket))) return nok(code)
      effects.enter(type)
      mark(code)
      return first
    }

    function first(code: Code): State | undefined {
      return code === marker ? nok(code) : inside(code)
    }

    function inside(code: Code): State | undefined {
      if (code === marker) {
        endData()
        mark(code)
        effects.exit(type)
        return ok
      }
      if (code === codes.eof || markdownLineEndingOrSpace(code) || markupStarts.has(code)) return nok(code)
      if (code === codes.backslash) {
        endData()
        return backslash(code)
      }
      if (!data) {
        effects.enter(types.data)
        data = true
      }
      effects.consume(code)
      return inside
    }

    // A backslash: an escape before ASCII punctuation (`\^`, `\*`), pandoc's
    // escaped space before a space (a non-breaking space), else itself.
    function backslash(code: Code): State | undefined {
      return effects.attempt([escape, space], inside, literal)(code)
    }

    function literal(code: Code): State | undefined {
      effects.enter(types.data)
      data = true
      effects.consume(code)
      return inside
    }

    function endData(): void {
      if (data) effects.exit(types.data)
      data = false
    }

    function mark(code: Code): undefined {
      effects.enter(markerType)
      effects.consume(code)
      effects.exit(markerType)
    }
  }
}

// micromark's character escape, without its name: argmark's parser turns the named core
// construct off and adds a copy of its own (`mergeDataRunsInCore`), and micromark refuses a
// disabled name even in an attempt.
const escape: Construct = {tokenize: characterEscape.tokenize, partial: true}
const space: Construct = {tokenize: escapedSpace.tokenize, partial: true}
