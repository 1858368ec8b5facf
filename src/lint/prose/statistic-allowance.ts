import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'
import {clauseMark} from './statistic-capability.js'

// The size a rule, an offer or a method allows, told as what the writer sets
// rather than what was found (the header's "thresholds, limits and amounts
// that are set rather than measured" and "the author's own … methods"), each
// read from a bounded slice of the figure's own sentence:
// - the size of what an offer or a call takes, with its bound: `The journal
//   welcomes essays of up to 4,000 words`, `sessions for groups of up to 10
//   people`, `free delivery for orders of 30 boxes or more`;
// - the size of a thing a rule makes compulsory, with its bound: `A lead of
//   at least two metres is compulsory`;
// - a bound set by a rule's `must` earlier in the clause: `Riders must be 14
//   or over to ride up to 20 miles`;
// - what a machine or a service takes, a bounded size with its dimension:
//   `Our lathe turns bowls up to 20 inches across`;
// - a step of a method, with its bound: `the protocol of sampling up to 50
//   metres of hedge`;
// - a cap on entries: `Bookings close at 60 tables`.
// A bound reached or found (`Patients face waits of up to 18 months`,
// `Floods of up to two metres hit the valley`, `Waves up to 9 metres high
// struck the pier`) stays a claim, and so does a share (`a method of cutting
// up to 40% of the bill`).

/** How far back in its sentence a cue is read. */
const reach = 96

/** A bound opening the span: `up to`, `at least`, `no more than`, `a maximum of`. */
const boundOpening = /^(?:up\s+to|at\s+least|(?:no\s+|not\s+)?(?:more|fewer|less)\s+than|a\s+maximum\s+of|a\s+minimum\s+of)\s/iu
/** A threshold right after the figure: ` or more`, ` and over`, ` or fewer`. */
const thresholdAfter = /^\s+(?:or|and)\s+(?:more|over|above|fewer|less|under|below|upwards)\b/iu
/** An offer or a call taking things of a size, right before the figure's number: `welcomes articles of`, `for groups of up to`. */
const offeredSize =
  /\b(?:for|welcomes?|accepts?|invites?|takes?|considers?|publishes?|seeks?|open\s+to)\s+(?:[\p{L}-]+\s+){0,2}?(?:groups|parties|teams|articles|entries|submissions|essays|poems|stories|pieces|papers|letters|reviews|bookings|orders|lots|loads|consignments|deliveries|batches|clips)\s+of\s+(?:up\s+to\s+|at\s+least\s+|no\s+more\s+than\s+|a\s+maximum\s+of\s+|a\s+minimum\s+of\s+)?$/iu
/** A thing of a bounded size right before the figure's bound: `a bungee line of at least `, `a lead of up to `. */
const sizedThing = /\b(?:an?|the|each|every)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+of\s+(?:up\s+to|at\s+least|(?:no\s+|not\s+)?(?:more|fewer|less)\s+than|a\s+maximum\s+of|a\s+minimum\s+of)\s+$/iu
/** A rule's word after the figure, in its clause: ` and a belt are compulsory`. */
const compulsoryAfter = /^[^.;:!?,]{0,60}?\b(?:is|are)\s+(?:(?:also|always|still)\s+)?(?:compulsory|mandatory|obligatory|required)\b/iu
/** A rule's `must`, earlier in the clause: `Dogs must be at least 12 months old to race `. */
const ruleMust = /\bmust\s+(?:not\s+)?(?:be|have|hold|carry|wear|use|race|run|ride|enter|compete|play|swim|walk|fly|tow|drive)\b/iu
/** A verb of what a machine or a service takes, its object, right before the bound: `cuts boards `, `turns bowls `. */
const takesObject =
  /\b(?:cuts|mills|saws|planes|turns|splits|chips|shreds|prints|scans|frames|laminates|handles|accepts|takes|fits|holds|lifts)\s+(?:[\p{L}-]+\s+){1,2}$/iu
/** The dimension a machine's bound measures, right after the figure: ` wide`, ` in diameter`, ` across`. */
const dimensionAfter = /^\s+(?:wide|long|thick|deep|high|tall|across|in\s+(?:diameter|width|length|depth|height))\b/iu
/** A step of a method, right before the bound: `method of searching `, `the protocol for sampling `. */
const methodStep = /\b(?:method|protocol|procedure|technique)\s+(?:of|for|by)\s+[\p{L}-]+ing\s+(?:[\p{L}-]+\s+)?$/iu
/** A cap on entries or bookings, right before the figure: `Entries close on 20 February or at `, `Bookings close at `. */
const entriesCap =
  /\b(?:entries|entry|bookings|booking|registration|applications|places)\s+(?:will\s+)?(?:close|closes|are\s+capped|is\s+capped|are\s+limited|is\s+limited)\b[^.;:!?]{0,40}?\b(?:at|to)\s+$/iu
/** A share's sign inside a span. */
const shareSign = /%|\bper\s?cent\b/iu

/** Every regex of this module, for the ReDoS test. */
export const allowancePatterns: readonly RegExp[] = [boundOpening, thresholdAfter, offeredSize, sizedThing, compulsoryAfter, ruleMust, takesObject, dimensionAfter, methodStep, entriesCap, shareSign]

/** Kinds of figure a bound set on a thing's size gives: counts and measurements, in digits or in words (not shares, money or changes). */
const sizeKinds = new Set(['count', 'measurement', 'approximate'])

/**
 * Whether a figure at `span` is a size a rule, an offer or a method sets
 * (the kinds above), read from at most `reach` characters before it and 60
 * after it in `text`. A share, a sum of money or a change is never read so.
 */
export function isAllowance(text: string, span: Span, from: number, to: number): boolean {
  if (!sizeKinds.has(span.kind)) return false
  const words = text.slice(span.start, span.end)
  if (shareSign.test(words)) return false
  const opening = boundOpening.exec(words)
  const plain = before(text, span.start, Math.min(reach, span.start - from))
  const lead = plain + (opening ? opening[0] : '')
  const rest = after(text, span.end, Math.min(60, to - span.end))
  const bounded = opening !== null || thresholdAfter.test(rest)
  if (!bounded) return entriesCap.test(lead)
  if (offeredSize.test(lead)) return true
  if (sizedThing.test(lead) && compulsoryAfter.test(rest)) return true
  if (opening && takesObject.test(plain) && dimensionAfter.test(rest)) return true
  if (opening && methodStep.test(plain)) return true
  return opening !== null && ruleMust.test(lastClause(lead, clauseMark))
}
