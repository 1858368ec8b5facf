/**
 * What a prefix or suffix skips over: code spans, link resources, footnote calls.
 */
import type {Code, Construct, Effects, Point, State, TokenizeContext} from 'micromark-util-types'
import {asciiPunctuation, markdownLineEnding, markdownLineEndingOrSpace} from 'micromark-util-character'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import {codes, types} from 'micromark-util-symbol'

/** How deep brackets may nest inside a citation's brackets. */
export const maxDepth = 8

export const codeSpanConstruct: Construct = {tokenize: tokenizeCodeSpan, partial: true}
export const resourceConstruct: Construct = {tokenize: tokenizeResource, partial: true}
export const footnoteCallConstruct: Construct = {tokenize: tokenizeFootnoteCall, partial: true}

// ---------------------------------------------------------------------------
// Code spans inside a prefix or suffix (their `;`, `]` and `@` are text).

function tokenizeCodeSpan(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0
  let run = 0

  return open

  function open(code: Code): State | undefined {
    if (code === codes.graveAccent) {
      size++
      effects.consume(code)
      return open
    }
    return content(code)
  }

  function content(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    if (code === codes.graveAccent) {
      run = 0
      return closing(code)
    }
    if (markdownLineEnding(code)) {
      effects.exit('citationText')
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      effects.enter('citationText')
      return content
    }
    effects.consume(code)
    return content
  }

  function closing(code: Code): State | undefined {
    if (code === codes.graveAccent) {
      run++
      effects.consume(code)
      return closing
    }
    if (run === size) return ok(code)
    return content(code)
  }
}

// ---------------------------------------------------------------------------
// A link resource after nested brackets inside a prefix or suffix:
// `(destination "title")`, with balanced parentheses.

function tokenizeResource(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // A `citationText` chunk is open on entry and stays open on exit.
  let depth = 0

  return start

  function start(code: Code): State | undefined {
    effects.consume(code)
    return inside
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)

    if (markdownLineEnding(code)) {
      effects.exit('citationText')
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      effects.enter('citationText')
      return inside
    }

    if (code === codes.backslash) {
      effects.consume(code)
      return escape
    }

    if (code === codes.leftParenthesis) {
      if (depth === maxDepth) return nok(code)
      depth++
    } else if (code === codes.rightParenthesis) {
      if (depth === 0) {
        effects.consume(code)
        return ok
      }
      depth--
    }

    effects.consume(code)
    return inside
  }

  function escape(code: Code): State | undefined {
    if (asciiPunctuation(code)) {
      effects.consume(code)
      return inside
    }
    return inside(code)
  }
}

// ---------------------------------------------------------------------------
// Check: `^label]` where `label` is a defined GFM footnote.

function tokenizeFootnoteCall(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const defined = (self.parser as {gfmFootnotes?: string[] | undefined}).gfmFootnotes ?? []
  let start: Point | undefined

  return caret

  function caret(code: Code): State | undefined {
    if (defined.length === 0) return nok(code)
    effects.enter('citationText')
    effects.consume(code)
    start = self.now()
    return label
  }

  function label(code: Code): State | undefined {
    if (code === codes.rightSquareBracket && start) {
      const id = normalizeIdentifier(self.sliceSerialize({start, end: self.now()}))
      effects.exit('citationText')
      return id !== '' && defined.includes(id) ? ok(code) : nok(code)
    }
    if (code === codes.eof || code === codes.leftSquareBracket || markdownLineEndingOrSpace(code)) {
      effects.exit('citationText')
      return nok(code)
    }
    effects.consume(code)
    return label
  }
}

