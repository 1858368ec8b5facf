import type {Span} from './span.js'
import {before, lastClause} from './span.js'

// What an instrument or a device is set to or reads to, rather than what it
// found: a method's precision (`we weigh every bird to 0.1 g`, `lengths are
// rounded to 1 mm`), a level a device is turned to (`dims the lamps to 50%
// output`) and the format a signal is recorded or sent in (`remastered at
// 24-bit/96 kHz`, `transmits at 868 MHz`), and the rate a sensor samples or
// logs at in any tense (`with the CTD sampling at 1 Hz`, `logs at 10 Hz`).
// A reviewer asks none of them for a source: they are the method or the
// setting, and the writer or the maker is their source. Each check reads a bounded slice right before the figure.

/** A verb of measuring and its object, then `to`: `weigh every bird to`, `are rounded to the nearest`. */
const precisionBefore =
  /\b(?:weigh(?:s|ed|ing)?|measur(?:e|es|ed|ing)|round(?:s|ed|ing)?)\s+(?:(?:every|each|all|the|it|them|our|its|their)\s+(?:[\p{L}-]+\s+)?)?(?:up\s+|down\s+)?to\s+(?:the\s+nearest\s+|within\s+)?$/iu
/** A verb that turns a device's level, with its object, then `to` or `at`: `dims lanterns to`, `turned the heating down to`. */
const levelSetBefore =
  /\b(?:dim(?:s|med|ming)?|turn(?:s|ed|ing)?|throttl(?:e|es|ed|ing))\s+(?:[\p{L}-]+\s+){0,3}?(?:to|at)\s+$/iu
/** What the level is a share of: `50% output`, `30% brightness`. */
const levelAfter = /^\s+(?:of\s+(?:full\s+|normal\s+)?)?(?:output|power|brightness|light|volume|intensity)\b/iu
/** A frequency closing the span. */
const frequencyEnd = /\d\s?(?:Hz|kHz|MHz|GHz)$/u
/**
 * A process that records or sends a signal, then `at`, with an optional bit depth: `made from the
 * tapes at 24-bit/`. Read in steps (`signalAt`): the `at` closing the lead, then the verb in its
 * clause within 60 characters (as one pattern it took the ReDoS checker 42 s of its 60).
 */
const atEnd = /\bat\s+(?:\d{1,2}-bit\s?\/\s?)?$/iu
const signalVerb = /\b(?:recorded|sampl(?:es?|ed|ing)|logg(?:ed|ing)|logs|mastered|remastered|encoded|digiti[sz]ed|transferred|made|broadcasts?|transmits?|operates?)\b/giu
const clauseMark = /[.;!?]/gu
/** How far before its `at` a verb of recording or sending may end, in characters. */
const signalReach = 60
/** A bit depth right before the rate: `24-bit/192 kHz`. */
const bitDepthBefore = /\b\d{1,2}-bit\s?\/\s?$/u

/** Every regex of this module, for the ReDoS test. */
export const statisticInstrumentPatterns: readonly RegExp[] = [precisionBefore, levelSetBefore, levelAfter, frequencyEnd, atEnd, signalVerb, clauseMark, bitDepthBefore]

/**
 * Whether the figure at `span` is what an instrument or a device is set to
 * or reads to: a measurement after a verb of measuring and `to` (a
 * precision), a share after a verb that turns a device's level and before
 * the thing it is a share of (`dims lanterns to 50% output`), or a
 * frequency a signal is recorded or sent at, or a sensor samples or logs at
 * (`with the CTD sampling at 1 Hz`), or after a bit depth.
 */
export function isInstrumentSetting(text: string, span: Span, sentenceStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, span.start - 96), span.start)
  const words = text.slice(span.start, span.end)
  if (span.kind === 'percentage') return levelSetBefore.test(lead) && levelAfter.test(text.slice(span.end, span.end + 24))
  if (span.kind !== 'measurement') return false
  if (frequencyEnd.test(words)) return bitDepthBefore.test(before(text, span.start, 12)) || signalAt(lead)
  return precisionBefore.test(lead)
}

/** Whether the lead ends on `at` with a verb of recording or sending at most `signalReach` characters before it in its clause: `remastered from the tapes at`. */
function signalAt(lead: string): boolean {
  const at = atEnd.exec(lead)
  if (at === null) return false
  // A window a little wider than the reach: a word cut at its start ends too far from `at` to count.
  const clause = lastClause(lead.slice(Math.max(0, at.index - signalReach - 20), at.index), clauseMark)
  let verbEnd = -1
  for (const verb of clause.matchAll(signalVerb)) verbEnd = verb.index + verb[0].length
  return verbEnd !== -1 && clause.length - verbEnd <= signalReach
}
