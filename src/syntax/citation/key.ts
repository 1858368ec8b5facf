/**
 * Citation keys: `-`? `@` then a simple key or a braced key, as pandoc reads them.
 */
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import {asciiAlphanumeric, markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'

/** Longest braced key, in UTF-16 code units. */
const maxBracedKey = 256

export const keyConstruct: Construct = {name: 'citationKey', tokenize: tokenizeKey, partial: true}
const internalPunctuationConstruct: Construct = {tokenize: tokenizeInternalPunctuation, partial: true}
const astralConstruct: Construct = {tokenize: tokenizeAstral, partial: true}

// ---------------------------------------------------------------------------
// Characters.

export const letterOrNumber = /^[\p{L}\p{N}]$/u

export function isLetterOrNumber(codePoint: number): boolean {
  return letterOrNumber.test(String.fromCodePoint(codePoint))
}

export function isHighSurrogate(code: Code): code is number {
  return code !== null && code >= 0xd800 && code <= 0xdbff
}

export function isLowSurrogate(code: Code): code is number {
  return code !== null && code >= 0xdc00 && code <= 0xdfff
}

/** A key character in the Basic Multilingual Plane: letter, digit or `_`. */
export function isKeyCharacter(code: Code): boolean {
  if (code === null || code < 0) return false
  if (asciiAlphanumeric(code) || code === codes.underscore) return true
  return code > 127 && !isHighSurrogate(code) && !isLowSurrogate(code) && isLetterOrNumber(code)
}

function isInternalPunctuation(code: Code): boolean {
  return (
    code === codes.colon ||
    code === codes.dot ||
    code === codes.numberSign ||
    code === codes.dollarSign ||
    code === codes.percentSign ||
    code === codes.ampersand ||
    code === codes.dash ||
    code === codes.plusSign ||
    code === codes.questionMark ||
    code === codes.lessThan ||
    code === codes.greaterThan ||
    code === codes.tilde ||
    code === codes.slash
  )
}

/**
 * Length (in UTF-16 code units) of the simple key at the start of `value`
 * (without `@`), `0` if there is none: the same grammar the tokenizer uses.
 */
export function simpleKeyLength(value: string): number {
  const isKey = (char: string | undefined): boolean =>
    char !== undefined && (char === '_' || letterOrNumber.test(char))
  const chars = Array.from(value)
  if (!isKey(chars[0])) return 0
  let index = 1
  let length = chars[0]?.length ?? 0
  while (index < chars.length) {
    const char = chars[index] ?? ''
    const next = chars[index + 1]
    if (isKey(char)) {
      length += char.length
      index++
    } else if (
      ':.#$%&-+?<>~/'.includes(char) &&
      (isKey(next) || ((char === ':' || char === '/') && next === '/'))
    ) {
      length += 1
      index++
    } else {
      break
    }
  }
  return length
}

/**
 * A key as it must be written after `@` to cite it: as it is when it is a
 * simple key that `after` (the text that follows it) does not extend, else
 * braced (`duquette_share--income_2019` → `{duquette_share--income_2019}`).
 */
export function keyText(key: string, after = ''): string {
  if (key !== '' && simpleKeyLength(key) === key.length && simpleKeyLength(key + after) === key.length) {
    return key
  }
  return '{' + key + '}'
}

// ---------------------------------------------------------------------------
// Keys: `-`? `@` then a simple or a braced key.

function tokenizeKey(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let braces = 0
  let size = 0
  let trailingSpace = false

  return start

  function start(code: Code): State | undefined {
    if (code === codes.dash) {
      effects.enter('citationSuppressAuthorMarker')
      effects.consume(code)
      effects.exit('citationSuppressAuthorMarker')
      return marker
    }
    return marker(code)
  }

  function marker(code: Code): State | undefined {
    if (code !== codes.atSign) return nok(code)
    effects.enter('citationKeyMarker')
    effects.consume(code)
    effects.exit('citationKeyMarker')
    return keyStart
  }

  function keyStart(code: Code): State | undefined {
    if (code === codes.leftCurlyBrace) {
      effects.enter('citationKeyBraceMarker')
      effects.consume(code)
      effects.exit('citationKeyBraceMarker')
      return bracedStart
    }
    if (isKeyCharacter(code)) {
      effects.enter('citationKey')
      effects.consume(code)
      return rest
    }
    if (isHighSurrogate(code)) {
      return effects.check(astralConstruct, astralFirst, nok)(code)
    }
    return nok(code)
  }

  function astralFirst(code: Code): State | undefined {
    effects.enter('citationKey')
    return astralHigh(code)
  }

  function astralHigh(code: Code): State | undefined {
    effects.consume(code)
    return astralLow
  }

  function astralLow(code: Code): State | undefined {
    effects.consume(code)
    return rest
  }

  function rest(code: Code): State | undefined {
    if (isKeyCharacter(code)) {
      effects.consume(code)
      return rest
    }
    if (isHighSurrogate(code)) {
      return effects.check(astralConstruct, astralHigh, end)(code)
    }
    if (isInternalPunctuation(code)) {
      return effects.check(internalPunctuationConstruct, punctuation, end)(code)
    }
    return end(code)
  }

  function punctuation(code: Code): State | undefined {
    effects.consume(code)
    return rest
  }

  function end(code: Code): State | undefined {
    effects.exit('citationKey')
    return ok(code)
  }

  function bracedStart(code: Code): State | undefined {
    if (
      code === codes.eof ||
      code === codes.rightCurlyBrace ||
      markdownLineEnding(code) ||
      markdownSpace(code)
    ) {
      return nok(code)
    }
    effects.enter('citationKey')
    return braced(code)
  }

  function braced(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code) || size === maxBracedKey) return nok(code)

    if (code === codes.rightCurlyBrace) {
      if (braces === 0) {
        if (trailingSpace) return nok(code)
        effects.exit('citationKey')
        effects.enter('citationKeyBraceMarker')
        effects.consume(code)
        effects.exit('citationKeyBraceMarker')
        return ok
      }
      braces--
    } else if (code === codes.leftCurlyBrace) {
      braces++
    }

    trailingSpace = markdownSpace(code)
    size++
    effects.consume(code)
    return braced
  }
}

/** Check: key punctuation followed by a key character (or `//`). */
function tokenizeInternalPunctuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State
): State {
  let slash = false

  return start

  function start(code: Code): State | undefined {
    slash = code === codes.colon || code === codes.slash
    effects.consume(code)
    return after
  }

  function after(code: Code): State | undefined {
    if (slash && code === codes.slash) return ok(code)
    if (isKeyCharacter(code)) return ok(code)
    if (isHighSurrogate(code)) return effects.check(astralConstruct, ok, nok)(code)
    return nok(code)
  }
}

/** Check: a surrogate pair encoding a letter or number. */
function tokenizeAstral(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let high = 0

  return start

  function start(code: Code): State | undefined {
    high = code ?? 0
    effects.enter('citationText')
    effects.consume(code)
    return low
  }

  function low(code: Code): State | undefined {
    if (isLowSurrogate(code) && isLetterOrNumber((high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000)) {
      effects.consume(code)
      effects.exit('citationText')
      return ok
    }
    effects.exit('citationText')
    return nok(code)
  }
}
