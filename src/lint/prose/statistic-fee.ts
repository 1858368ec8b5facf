import type {Span} from './span.js'
import {before} from './span.js'

// A charge stated as its own subject: `the fee is £8 per exhibit`, `The
// pasture ticket costs 45 som per sheep unit`, `the menu is CHF 48 per head`,
// `Licence fees are $150 a year`, `The inspection fee remains €2.50 per
// hectare`. Whoever levies the fee, the ticket or the rent sets its amount; no
// one measured it. An average, a highest or a typical charge (`Average labour
// charges were £42 an hour`) is measured, and so is any charge in the past
// tense, left as it was read.

/**
 * A charge noun as the subject of the sum, with a verb of stating it in the
 * present or the future, right before the number; a currency's sign or code
 * may stand between (`the fee is VT 5,000 per sample`, `is RM 150 per regu`).
 */
const chargeIs =
  /\b(?:fees?|tickets?|charges?|menu|levy|dues|subscriptions?|rents?|tolls?|entry|admission)\s+(?:is|are|costs?|remains?|stays?|will\s+(?:be|cost|remain|stay)|(?:is|are)\s+(?:set|fixed)\s+at)\s+(?:(?:just|only|still|now)\s+)?(?:[A-Z]{1,3}\$?\s?|\p{Sc}\s?)?$/iu
/** An aggregate or an extreme right before the charge noun (up to one word between): `Average labour charges`, `the highest fee`, `the typical rent`. */
const aggregateBefore =
  /\b(?:average|typical|median|mean|highest|lowest|total|usual|overall|combined)\s+(?:[\p{L}-]+\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const feePatterns: readonly RegExp[] = [chargeIs, aggregateBefore]

/**
 * Whether the figure at `span` of `text` is a charge stated as its own
 * subject (`the entry fee is £18 per class`, `the fee is VT 3,500 per
 * bottle`), not an average or an extreme of charges, nor a change or a
 * multiple of one. Reads 64 characters before the figure.
 */
export function isStatedCharge(text: string, span: Span): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const near = before(text, span.start, 64)
  const charge = chargeIs.exec(near)
  return charge !== null && !aggregateBefore.test(near.slice(0, charge.index))
}
