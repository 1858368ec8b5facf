/**
 * micromark extension for pandoc Markdown's TeX math between dollars
 * (pandoc's `tex_math_dollars`), following pandoc's reader
 * (`Text.Pandoc.Parsing.Math`: `mathDisplayWith`, `mathInlineWith`):
 *
 * - display math, `$$…$$`: at least one character, anything but a blank line
 *   (which ends the paragraph anyway), up to the next `$$`;
 * - inline math, `$…$`: the opening `$` has a non-space character right
 *   after it; the closing `$` has a non-space character right before it and
 *   is not followed by a digit (`$5 and $10` is prose, not math); a
 *   backslash takes the next character with it (`$a\$b$` is one piece of
 *   math), and `\text{…}` keeps its balanced braces, `$` included
 *   (`$\text{a $b$}$`);
 * - `\$` is a literal dollar: micromark's character escape reads it first.
 *
 * Display math is tried before inline math, so `$$x$$` is display math and
 * `$$x$` inline math holding `$x`, as pandoc reads them. Whatever is inside
 * is not Markdown: no emphasis, escape, citation or directive is read there.
 * A `\text{` whose braces do not close on its line is read as ordinary TeX
 * (pandoc reads balanced braces across lines too); braces are counted over at
 * most `maxTextBraces` characters, so that unclosed ones cannot make scanning
 * quadratic.
 *
 * Tokens: `mathText` from the opening `$` to the closing one, its
 * `_display` telling display from inline math; inside, `mathTextData` for
 * each line's characters and `lineEnding` between lines.
 */
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {asciiDigit, markdownLineEnding, markdownLineEndingOrSpace} from 'micromark-util-character'
import {codes} from 'micromark-util-symbol'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A whole piece of math, `$…$` or `$$…$$`. */
    mathText: 'mathText'
    /** The TeX of one line of math (the dollars around included). */
    mathTextData: 'mathTextData'
  }
  interface Token {
    /** On a `mathText` token: whether it is display math (`$$…$$`). */
    _display?: boolean | undefined
  }
}

/** How many characters a `\text{…}` inside inline math may hold. */
export const maxTextBraces = 1000

const textWord = [codes.lowercaseT, codes.lowercaseE, codes.lowercaseX, codes.lowercaseT]

const displayMath: Construct = {name: 'displayMath', tokenize: tokenizeDisplay}
const inlineMath: Construct = {name: 'inlineMath', tokenize: tokenizeInline}

/** The micromark extension: display and inline math at `$`. */
export function mathSyntax(): Extension {
  return {text: {[codes.dollarSign]: [displayMath, inlineMath]}}
}

function tokenizeDisplay(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const take = taker(effects)
  return start

  function start(code: Code): State | undefined {
    effects.enter('mathText')._display = true
    effects.consume(code)
    return second
  }

  function second(code: Code): State | undefined {
    if (code !== codes.dollarSign) return nok(code)
    effects.consume(code)
    return first
  }

  // At least one character of content, even a `$`.
  function first(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    take(code)
    return inside
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    take(code)
    return code === codes.dollarSign ? dollar : inside
  }

  // A `$` closes with a second one; a lone `$` is content.
  function dollar(code: Code): State | undefined {
    if (code !== codes.dollarSign) return inside(code)
    take(code)
    take.end()
    effects.exit('mathText')
    return ok
  }
}

function tokenizeInline(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const take = taker(effects)
  return start

  function start(code: Code): State | undefined {
    effects.enter('mathText')._display = false
    effects.consume(code)
    return open
  }

  // The opening `$` has a non-space character right after it; the first
  // character of content may be anything else (even `$`).
  function open(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEndingOrSpace(code)) return nok(code)
    return element(code)
  }

  // One element of content: a backslash with the character after it, a
  // `\text{…}`, or any other character.
  function element(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    take(code)
    if (code === codes.backslash) return escaped
    return markdownLineEndingOrSpace(code) ? afterSpace : afterCharacter
  }

  function escaped(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    if (code === codes.lowercaseT) return effects.attempt(textBraces, afterCharacter, escapedCharacter)(code)
    return escapedCharacter(code)
  }

  function escapedCharacter(code: Code): State | undefined {
    take(code)
    return afterCharacter
  }

  // After white space a `$` cannot close (pandoc: spaces or a line ending
  // are not followed by `$`), so the math fails there.
  function afterSpace(code: Code): State | undefined {
    if (code === codes.dollarSign) return nok(code)
    return element(code)
  }

  function afterCharacter(code: Code): State | undefined {
    if (code === codes.dollarSign) {
      take(code)
      return closed
    }
    return element(code)
  }

  // `$5`: a closing `$` is not followed by a digit.
  function closed(code: Code): State | undefined {
    if (asciiDigit(code)) return nok(code)
    take.end()
    effects.exit('mathText')
    return ok(code)
  }
}

interface Take {
  (code: Code): undefined
  /** Close the open `mathTextData`, if any. */
  end(): undefined
}

/**
 * Consume content: each line's characters in a `mathTextData`, line endings
 * as `lineEnding` (micromark's subtokenizer reads a childless token that
 * spans lines as a break between chunks).
 */
function taker(effects: Effects): Take {
  let open = false
  const take = (code: Code): undefined => {
    if (markdownLineEnding(code)) {
      take.end()
      effects.enter('lineEnding')
      effects.consume(code)
      effects.exit('lineEnding')
      return
    }
    if (!open) {
      effects.enter('mathTextData')
      open = true
    }
    effects.consume(code)
  }
  take.end = (): undefined => {
    if (open) effects.exit('mathTextData')
    open = false
  }
  return take
}

// `text{…}` after a backslash: balanced braces, backslash escapes inside.
const textBraces: Construct = {name: 'mathTextBraces', tokenize: tokenizeTextBraces, partial: true}

function tokenizeTextBraces(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let index = 0
  let depth = 0
  let size = 0
  return word

  function word(code: Code): State | undefined {
    if (index < textWord.length) {
      if (code !== textWord[index]) return nok(code)
      index++
      effects.consume(code)
      return word
    }
    if (code !== codes.leftCurlyBrace) return nok(code)
    effects.consume(code)
    depth = 1
    return braces
  }

  function braces(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code) || ++size > maxTextBraces) return nok(code)
    effects.consume(code)
    if (code === codes.backslash) return escape
    if (code === codes.leftCurlyBrace) depth++
    else if (code === codes.rightCurlyBrace && --depth === 0) return ok
    return braces
  }

  function escape(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.consume(code)
    return braces
  }
}
