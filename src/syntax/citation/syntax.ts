/**
 * micromark extension for pandoc-style citations.
 *
 * Two text constructs:
 *
 * - at `[`: a bracketed citation, `[see @doe99, p. 33; -@smith04]`;
 * - at `@`: an in-text citation, `@doe99`, optionally followed by brackets
 *   holding its locator/suffix and further items, `@doe99 [p. 33; @roe07]`.
 *
 * Both return `nok` unless a citation key is present, so links, images,
 * footnote calls (`[^1]`), e-mail addresses and plain brackets fall through to
 * the constructs that handle them.
 *
 * Decisions follow pandoc's Markdown reader (see docs/citations.md):
 *
 * - a key is `@` then a letter, digit or `_`, then letters, digits, `_`, and
 *   single punctuation characters out of `:.#$%&-+?<>~/` between them
 *   (`//` after `:` or `/` too); or `@{…}` with anything in balanced braces;
 * - a key cannot follow a letter, a digit or a period (`me@example.com`),
 *   except the letters of a failed key (`x@e@a`) and an ellipsis;
 * - inside brackets, `;` separates items; a prefix cannot contain `;` or
 *   `]`; a suffix ends at `;` or `]`; nested brackets (with a link resource
 *   after them), autolinks, code spans and backslash escapes are skipped over;
 * - `[…]` directly followed by `[`, `(` or `{` is not a citation (it may be a
 *   link or a span): its key is read as an in-text citation instead;
 * - after an in-text key, brackets (after spaces and at most one line ending)
 *   hold more items (`@a [@b]`) or a suffix then items (`@a [p. 4; @b]`); a
 *   suffix bracket directly followed by `[` or `(`, or that is a defined link
 *   reference, is left alone.
 *
 * Nested brackets and braced keys are bounded, so that unclosed ones cannot
 * make scanning quadratic.
 */
import type {
  Code,
  Construct,
  Effects,
  Extension,
  Point,
  State,
  TokenizeContext,
  TokenType
} from 'micromark-util-types'
import {autolink} from 'micromark-core-commonmark'
import {
  asciiAlphanumeric,
  asciiPunctuation,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace
} from 'micromark-util-character'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import {codes, types} from 'micromark-util-symbol'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A whole citation, bracketed or in-text. */
    citation: 'citation'
    /** `[` or `]` of a citation. */
    citationMarker: 'citationMarker'
    /** One item: prefix, key and suffix (for the in-text item: its key). */
    citationItem: 'citationItem'
    /** Text before a key. */
    citationPrefix: 'citationPrefix'
    /** Text after a key, up to `;` or `]`. */
    citationSuffix: 'citationSuffix'
    /** Text in the brackets after an in-text key, before any `;`. */
    citationInTextSuffix: 'citationInTextSuffix'
    /** A run of non-whitespace text in a prefix or suffix. */
    citationText: 'citationText'
    /** `-` before `@`. */
    citationSuppressAuthorMarker: 'citationSuppressAuthorMarker'
    /** `@`. */
    citationKeyMarker: 'citationKeyMarker'
    /** `{` or `}` around a braced key. */
    citationKeyBraceMarker: 'citationKeyBraceMarker'
    /** The key itself. */
    citationKey: 'citationKey'
    /** `;` between items. */
    citationSeparator: 'citationSeparator'
  }
}

/** How deep brackets may nest inside a citation's brackets. */
const maxDepth = 8

/** Longest braced key, in UTF-16 code units. */
const maxBracedKey = 256

const keyConstruct: Construct = {name: 'citationKey', tokenize: tokenizeKey, partial: true}
const internalPunctuationConstruct: Construct = {tokenize: tokenizeInternalPunctuation, partial: true}
const astralConstruct: Construct = {tokenize: tokenizeAstral, partial: true}
const codeSpanConstruct: Construct = {tokenize: tokenizeCodeSpan, partial: true}
const resourceConstruct: Construct = {tokenize: tokenizeResource, partial: true}
const footnoteCallConstruct: Construct = {tokenize: tokenizeFootnoteCall, partial: true}
const inTextListConstruct: Construct = {tokenize: tokenizeInTextList, partial: true}
const inTextSuffixConstruct: Construct = {tokenize: tokenizeInTextSuffix, partial: true}
const bracketedConstruct: Construct = {name: 'citationBracketed', tokenize: tokenizeBracketed}
const inTextConstruct: Construct = {name: 'citationInText', tokenize: tokenizeInText}

/**
 * Create the micromark extension for pandoc-style citations.
 */
export function citationSyntax(): Extension {
  return {
    text: {
      [codes.leftSquareBracket]: bracketedConstruct,
      [codes.atSign]: inTextConstruct
    }
  }
}

// ---------------------------------------------------------------------------
// Characters.

const letterOrNumber = /^[\p{L}\p{N}]$/u

function isLetterOrNumber(codePoint: number): boolean {
  return letterOrNumber.test(String.fromCodePoint(codePoint))
}

function isHighSurrogate(code: Code): code is number {
  return code !== null && code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: Code): code is number {
  return code !== null && code >= 0xdc00 && code <= 0xdfff
}

/** A key character in the Basic Multilingual Plane: letter, digit or `_`. */
function isKeyCharacter(code: Code): boolean {
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

// ---------------------------------------------------------------------------
// Whether the text before the current position ends in what pandoc reads as
// a string (letters, digits, and periods that are not part of an ellipsis):
// a key cannot start there.  Letters right after a failed key (`x@e` in
// `x@e@a`) are not a string: pandoc reads `@e` as an example reference.

const exampleReferenceCharacter = /^[\p{L}\p{N}_-]$/u

function precededByString(self: TokenizeContext): boolean {
  const previous = self.previous
  if (previous === codes.eof || previous < 0) return false

  const event = self.events[self.events.length - 1]
  const token = event && event[0] === 'exit' ? event[1] : undefined

  // Right after a citation, a key may start (`@a@b` is two citations).
  if (token?.type === 'citation') return false

  if (token?.type !== types.data) {
    if (previous < 128) return asciiAlphanumeric(previous)
    // Half of a surrogate pair: most characters outside the BMP that end a
    // construct are letters (`:𝒜` as a directive name).
    return isLowSurrogate(previous) || isLetterOrNumber(previous)
  }

  const chars = Array.from(textBefore(self))
  const last = chars[chars.length - 1] ?? ''

  if (last === '.') {
    let dots = 0
    while (chars[chars.length - 1 - dots] === '.') dots++
    return dots % 3 !== 0
  }

  if (!letterOrNumber.test(last)) return false

  let index = chars.length - 1
  while (index >= 0 && exampleReferenceCharacter.test(chars[index] ?? '')) index--
  return chars[index] !== '@'
}

/** Up to 256 characters of plain text right before the current position. */
function textBefore(self: TokenizeContext): string {
  let index = self.events.length - 1
  let text = ''
  while (index > 0 && text.length < 256) {
    const event = self.events[index]
    if (!event || event[0] !== 'exit' || event[1].type !== types.data) break
    text = self.sliceSerialize(event[1]) + text
    index -= 2
  }
  return text
}

// ---------------------------------------------------------------------------
// Bracketed: `[prefix @key suffix; …]`.

function tokenizeBracketed(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  function start(code: Code): State | undefined {
    effects.enter('citation')
    effects.enter('citationMarker')
    effects.consume(code)
    effects.exit('citationMarker')
    return open
  }

  function open(code: Code): State | undefined {
    // `[^label]` naming a footnote is a footnote call.
    if (code === codes.caret) return effects.check(footnoteCallConstruct, nok, items)(code)
    return items(code)
  }

  function items(code: Code): State | undefined {
    return factoryItems(effects, close, nok, 'item')(code)
  }

  function close(code: Code): State | undefined {
    effects.enter('citationMarker')
    effects.consume(code)
    effects.exit('citationMarker')
    effects.exit('citation')
    return after
  }

  function after(code: Code): State | undefined {
    if (
      code === codes.leftSquareBracket ||
      code === codes.leftParenthesis ||
      code === codes.leftCurlyBrace
    ) {
      return nok(code)
    }
    return ok(code)
  }
}

// ---------------------------------------------------------------------------
// In-text: `@key`, `@key [suffix; …]`, `@key [prefix @key2 …]`.

function tokenizeInText(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  return start

  function start(code: Code): State | undefined {
    if (precededByString(self)) return nok(code)
    effects.enter('citation')
    effects.enter('citationItem')
    return effects.attempt(keyConstruct, afterKey, nok)(code)
  }

  function afterKey(code: Code): State | undefined {
    effects.exit('citationItem')
    return effects.attempt(
      inTextListConstruct,
      done,
      effects.attempt(inTextSuffixConstruct, done, done)
    )(code)
  }

  function done(code: Code): State | undefined {
    effects.exit('citation')
    return ok(code)
  }
}

function tokenizeInTextList(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return factoryInTextBracket(this, effects, ok, nok, 'item')
}

function tokenizeInTextSuffix(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return factoryInTextBracket(this, effects, ok, nok, 'inTextSuffix')
}

function factoryInTextBracket(
  self: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
  kind: Start
): State {
  let lineEnding = false
  let labelStart: Point | undefined

  return before

  function before(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter(types.whitespace)
      return space(code)
    }
    if (!lineEnding && markdownLineEnding(code)) {
      lineEnding = true
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return before
    }
    return bracket(code)
  }

  function space(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return space
    }
    effects.exit(types.whitespace)
    return before(code)
  }

  function bracket(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code)
    effects.enter('citationMarker')
    effects.consume(code)
    effects.exit('citationMarker')
    labelStart = self.now()
    return open
  }

  function open(code: Code): State | undefined {
    if (code === codes.caret) {
      // pandoc: a suffix bracket cannot start with `^`; a list bracket can,
      // unless it is a footnote call.
      if (kind === 'inTextSuffix') return nok(code)
      return effects.check(footnoteCallConstruct, nok, items)(code)
    }
    return items(code)
  }

  function items(code: Code): State | undefined {
    return factoryItems(effects, close, nok, kind)(code)
  }

  function close(code: Code): State | undefined {
    if (kind === 'inTextSuffix' && labelStart) {
      // A suffix that is also a defined link reference is a link (pandoc).
      const label = self.sliceSerialize({start: labelStart, end: self.now()})
      if (self.parser.defined.includes(normalizeIdentifier(label))) return nok(code)
    }
    effects.enter('citationMarker')
    effects.consume(code)
    effects.exit('citationMarker')
    return after
  }

  function after(code: Code): State | undefined {
    if (code === codes.leftSquareBracket || code === codes.leftParenthesis) return nok(code)
    if (kind === 'item' && code === codes.leftCurlyBrace) return nok(code)
    return ok(code)
  }
}

// ---------------------------------------------------------------------------
// Items inside brackets, up to (not including) the closing `]`.

/**
 * Where item scanning starts: at the prefix of a new item, or in the suffix
 * of the in-text item (after `@key [`).
 */
type Start = 'item' | 'inTextSuffix'

function factoryItems(effects: Effects, ok: State, nok: State, start: Start): State {
  let depth = 0
  let mode: 'prefix' | 'suffix' = start === 'item' ? 'prefix' : 'suffix'
  let item = false
  let region: TokenType | undefined
  let chunk = false
  let afterString = false
  let dots = 0
  let high: number | undefined
  // After `@` that did not start a key: pandoc's example reference.
  let example = false

  return start === 'item' ? startItem : inside

  function startItem(code: Code): State | undefined {
    effects.enter('citationItem')
    item = true
    mode = 'prefix'
    depth = 0
    resetString()
    return inside(code)
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)

    if (markdownLineEnding(code)) {
      closeChunk()
      openRegion()
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      resetString()
      return inside
    }

    if (markdownSpace(code)) {
      closeChunk()
      openRegion()
      effects.enter(types.whitespace)
      return whitespace(code)
    }

    if (depth === 0) {
      if (code === codes.rightSquareBracket) {
        if (mode === 'prefix') return nok(code)
        closeRegion()
        closeItem()
        return ok(code)
      }

      if (code === codes.semicolon) {
        if (mode === 'prefix') return nok(code)
        closeRegion()
        closeItem()
        effects.enter('citationSeparator')
        effects.consume(code)
        effects.exit('citationSeparator')
        return startItem
      }

      if (
        mode === 'prefix' &&
        !afterString &&
        ((code === codes.dash && !example) || code === codes.atSign)
      ) {
        closeChunk()
        return effects.check(keyConstruct, key, notKey)(code)
      }
    }

    if (code === codes.leftSquareBracket) {
      if (depth === maxDepth) return nok(code)
      depth++
      return character(code)
    }

    if (code === codes.rightSquareBracket) {
      depth--
      character(code)
      return afterNested
    }

    if (code === codes.lessThan) {
      return effects.check(autolink, autolinkStart, character)(code)
    }

    if (code === codes.graveAccent) {
      openChunk()
      return effects.attempt(codeSpanConstruct, afterCode, backticks)(code)
    }

    if (code === codes.backslash) {
      openChunk()
      effects.consume(code)
      return escape
    }

    return character(code)
  }

  /** After `]` closing nested brackets: a link resource may follow. */
  function afterNested(code: Code): State | undefined {
    if (code === codes.leftParenthesis) {
      return effects.attempt(resourceConstruct, afterCode, inside)(code)
    }
    return inside(code)
  }

  /** An autolink (`<https://…>`): its `;`, `]` and `@` are text. */
  function autolinkStart(code: Code): State | undefined {
    openChunk()
    effects.consume(code)
    return autolinkRest
  }

  function autolinkRest(code: Code): State | undefined {
    effects.consume(code)
    if (code === codes.greaterThan) {
      resetString()
      return inside
    }
    return autolinkRest
  }

  function whitespace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return whitespace
    }
    effects.exit(types.whitespace)
    resetString()
    return inside(code)
  }

  function key(code: Code): State | undefined {
    closeRegion()
    return effects.attempt(keyConstruct, afterKey, nok)(code)
  }

  function afterKey(code: Code): State | undefined {
    mode = 'suffix'
    resetString()
    return inside(code)
  }

  function notKey(code: Code): State | undefined {
    openChunk()
    effects.consume(code)
    resetString()
    example = code === codes.atSign
    return inside
  }

  function escape(code: Code): State | undefined {
    resetString()
    if (asciiPunctuation(code)) {
      effects.consume(code)
      return inside
    }
    return inside(code)
  }

  function afterCode(code: Code): State | undefined {
    resetString()
    return inside(code)
  }

  function backticks(code: Code): State | undefined {
    if (code === codes.graveAccent) {
      effects.consume(code)
      return backticks
    }
    resetString()
    return inside(code)
  }

  function character(code: Code): State | undefined {
    openChunk()
    if (code === codes.atSign) {
      // A `@` that cannot start a key here.
      resetString()
      example = true
    } else if (example && (code === codes.dash || isKeyCharacter(code))) {
      afterString = false
    } else if (isHighSurrogate(code)) {
      high = code
    } else if (isLowSurrogate(code) && high !== undefined) {
      afterString = isLetterOrNumber((high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000)
      dots = 0
      high = undefined
    } else if (code === codes.dot) {
      dots++
      afterString = dots % 3 !== 0
    } else {
      afterString = code !== null && code > 0 && isLetterOrNumber(code)
      dots = 0
    }
    if (code !== codes.atSign && !(example && (code === codes.dash || isKeyCharacter(code)))) {
      example = false
    }
    effects.consume(code)
    return inside
  }

  function resetString(): void {
    afterString = false
    dots = 0
    high = undefined
    example = false
  }

  function openRegion(): void {
    if (region) return
    region = mode === 'prefix' ? 'citationPrefix' : item ? 'citationSuffix' : 'citationInTextSuffix'
    effects.enter(region)
  }

  function closeRegion(): void {
    closeChunk()
    if (region) {
      effects.exit(region)
      region = undefined
    }
  }

  function openChunk(): void {
    openRegion()
    if (!chunk) {
      effects.enter('citationText')
      chunk = true
    }
  }

  function closeChunk(): void {
    if (chunk) {
      effects.exit('citationText')
      chunk = false
    }
  }

  function closeItem(): void {
    if (item) {
      effects.exit('citationItem')
      item = false
    }
  }
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
