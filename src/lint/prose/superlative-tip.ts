import type {Span} from './span.js'
import {after, before} from './span.js'

// `never` in a tip or a house instruction, and `never` of the reader in a
// condition (round 34): none claims anything of the world.
// - an infinitive of advice: `Her tip is … never to trust the printed
//   measurements`, `remember never to leave the tap running`;
// - the reader addressed in a condition: `If you have never tried it`, `if
//   you've always wanted to`;
// - where a thing is to go, with the place it must not go after a comma:
//   `Scraps go in the green caddy, never in the bin`.
// - `every` with a step the reader takes after it (round 59): `Check batch
//   numbers on every roll before you cut`, `every joint after you sand it`
//   (an instruction for each of the reader's own, not a claim that all are so).

/** `never to` and a verb: an infinitive of advice or resolve. */
const toVerbAfter = /^\s+to\s+\p{Ll}{2,}(?![\p{L}'’-])/u
/** `if you have `, `If you've `, `if you `: the reader in a condition. */
const readerCondition = /(?<![\p{L}'’-])if\s+you(?:\s+have|['’]ve)?\s+$/iu
/** `, ` right before the absolute. */
const commaBefore = /,\s*$/u
/** A place it must not go: ` down the drain`, ` in the bin`. */
const placeAfter = /^\s+(?:down|in|into|on|onto|under|near|through|out\s+of|with)\s+(?:the|a|an|your|any)\s/iu
/** A verb of where a thing goes or is kept, in the clause before: `goes in`, `are stored`, `should be put`. */
const placingLead =
  /(?<![\p{L}'’-])(?:goes|go|belongs?|(?:is|are|should\s+be|must\s+be)\s+(?:kept|stored|put|placed|poured|tipped|emptied|disposed\s+of|left))(?![\p{L}'’-])[^.;:!?]{0,80}$/iu
const neverAlways = /^(?:never|always)$/iu
const neverWord = /^never$/iu
/** `every roll`: `every` and its noun. */
const everyNoun = /^every\s+[\p{L}-]+$/iu
/** The reader's own step, right after the noun (at most three words between): ` before you cut`, ` of paper after you sand`. */
const readerStepAfter = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:before|after|when|once|until|as)\s+you(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeTipPatterns: readonly RegExp[] = [toVerbAfter, readerCondition, commaBefore, placeAfter, placingLead, neverAlways, neverWord, everyNoun, readerStepAfter]

/** Whether `never` (or `always` of the reader) at `span` gives a tip or a house instruction, or puts a condition on the reader (`lead`: its sentence before it). */
export function tipNotClaimed(text: string, span: Span, lead: string): boolean {
  const words = text.slice(span.start, span.end)
  // `on every roll before you cut`: a step for each of the reader's own, an instruction (round 59).
  if (everyNoun.test(words)) return readerStepAfter.test(after(text, span.end, 48))
  if (!neverAlways.test(words)) return false
  if (readerCondition.test(before(text, span.start, 16))) return true
  if (!neverWord.test(words)) return false
  if (toVerbAfter.test(after(text, span.end, 24))) return true
  return commaBefore.test(lead) && placeAfter.test(after(text, span.end, 24)) && placingLead.test(lead)
}
