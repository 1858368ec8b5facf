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
 *   after them), autolinks, code spans, backslash escapes and character
 *   references (`&amp;`) are skipped over;
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
import {autolink as coreAutolink, characterReference as coreCharacterReference} from 'micromark-core-commonmark'
import {asciiPunctuation, markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import {codes, types} from 'micromark-util-symbol'
import {isHighSurrogate, isKeyCharacter, isLetterOrNumber, isLowSurrogate, keyConstruct} from './key.js'
import {coreConstruct} from '../data-runs.js'
import {precededByString} from './preceding.js'
import {codeSpanConstruct, footnoteCallConstruct, maxDepth, resourceConstruct} from './skip.js'

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
// Bracketed: `[prefix @key suffix; …]`.

function tokenizeBracketed(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  return start

  function start(code: Code): State | undefined {
    // `^[…]` is always a pandoc inline note, whatever it holds (`^[See @doe99.]`);
    // the citations inside it are read as the note's text is (see inline-notes.ts).
    if (self.previous === codes.caret) return nok(code)
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

// Checked inside a prefix or suffix under their own names (`mergeDataRunsInCore` turns off micromark's).
const autolink = coreConstruct(coreAutolink)
const characterReference = coreConstruct(coreCharacterReference)

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
  const autolinkStart = skipThrough(codes.greaterThan)
  const referenceStart = skipThrough(codes.semicolon)

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

    if (code === codes.ampersand) {
      return effects.check(characterReference, referenceStart, character)(code)
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

  /**
   * What a check found whole, consumed as text through the character that
   * closes it: an autolink (`<https://…>`) through `>`, a character
   * reference (`&amp;`, `&#38;`) through `;`; its `;`, `]` and `@` are text,
   * as in pandoc.
   */
  function skipThrough(close: Code): State {
    return function start(code: Code): State | undefined {
      openChunk()
      effects.consume(code)
      return rest
    }

    function rest(code: Code): State | undefined {
      effects.consume(code)
      if (code === close) {
        resetString()
        return inside
      }
      return rest
    }
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
