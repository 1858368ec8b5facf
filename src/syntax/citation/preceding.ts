/**
 * What comes before a key decides whether one may start there.
 */
import type {TokenizeContext} from 'micromark-util-types'
import {asciiAlphanumeric} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import {isLetterOrNumber, isLowSurrogate, letterOrNumber} from './key.js'

// ---------------------------------------------------------------------------
// Whether the text before the current position ends in what pandoc reads as
// a string (letters, digits, and periods that are not part of an ellipsis):
// a key cannot start there.  Letters right after a failed key (`x@e` in
// `x@e@a`) are not a string: pandoc reads `@e` as an example reference.

const exampleReferenceCharacter = /^[\p{L}\p{N}_-]$/u

export function precededByString(self: TokenizeContext): boolean {
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
