import type {Span} from './span.js'

// The lines of a price list a body announces, after the colon of the clause
// that opens it, read as set rather than found:
// - a list the opening says is set or follows (`Prices for 2027 are set as
//   follows: oil at 320 dirhams per litre, …`, `Our fees for next year will
//   be as follows:`);
// - a list of charges that step on a date to come (`Court fees rise from 1
//   April: lodging a writ will cost £151 and a claim over £300 will cost
//   £119`).
// The body setting its own charges is the source; a reviewer asks it for
// none. A list after a colon whose opening reports a change that happened
// (`Fertiliser prices have gone up again: a bag now costs £48, against £31`)
// is market news, not a list announced, and stays a claim.
// The opening is read from the sentence's start, at most 96 characters, and
// only up to its first colon.

/** How far into its sentence the opening clause is read. */
const reach = 96

/** An opening that says the list is set or follows: `Prices for 2027 are set as follows:`, `Our fees for next year will be as follows:`. */
const setListOpening =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:prices|fees|charges|rates|tariffs|fares|subscriptions)\s+(?:for\s+(?:the\s+)?(?:\d{4}(?:[–/-]\d{2,4})?|next|coming|new)(?:\s+(?:season|year|term))?\s+)?(?:are|will\s+be|have\s+been)\s+(?:(?:set|fixed|agreed)\s+)?as\s+follows\s*:\s/iu

/** An opening that steps the charges from a date to come: `Court fees rise from 1 April:`, `Fares will change from Monday 4 January:`. */
const datedStepOpening =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:prices|fees|charges|rates|tariffs|fares|subscriptions)\s+(?:will\s+)?(?:rise|increase|go\s+up|fall|come\s+down|change)\s+(?:from|on|with\s+effect\s+from)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s*:\s/iu

/** Every regex of this module, for the ReDoS test. */
export const priceListPatterns: readonly RegExp[] = [setListOpening, datedStepOpening]

/** Kinds of figure a price list gives: sums, rates and sums with a bound. */
const listKinds = new Set(['money', 'rate', 'approximate'])

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` of
 * `text`, is a line of a price list the sentence's opening announces, after
 * its colon (see the list above).
 */
export function isPriceListFigure(text: string, span: Span, sentenceStart: number): boolean {
  if (!listKinds.has(span.kind)) return false
  const opening = text.slice(sentenceStart, Math.min(span.start, sentenceStart + reach))
  const colon = opening.indexOf(':')
  if (colon < 0) return false
  const head = opening.slice(0, colon + 2)
  return setListOpening.test(head) || datedStepOpening.test(head)
}
