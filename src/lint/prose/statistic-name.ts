import type {Span} from './span.js'
import {after, before} from './span.js'

// Numbers that name or rank one thing rather than count or measure, read
// from a few characters either side of the figure:
// - an ordinal written in grouped digits (`ranked 3,412th`);
// - a number in a sequence after the sequence's noun (`during pass 1,812`,
//   `on orbit 2,306`): a bare number, an identifier;
// - the size of a rank band (`managers in the top 10k`): the band's name;
// - a model's size before its code (`the 1.5 TSI`, `a 2.0 TDI`);
// - a house number, or the last of a range of them, before a street's name
//   (`at 40–48 Market Street`, `from 7 Mill Lane`): an address.

/** An ordinal's suffix written onto the figure's last digit: `3,412th`. */
const ordinalEnd = /\d(?:st|nd|rd|th)$/u
/** A bare number: digits and their group commas only. */
const bareNumber = /^\d{1,3}(?:,\d{3})+$|^\d+$/u
/** A sequence's noun after a preposition or an article, right before a bare number: `during pass`, `on orbit`, `in gameweek`, `the episode No.`. */
const sequenceBefore =
  /\b(?:during|on|in|at|for|of|from|after|before|by|until|since|the|a)\s+(?:pass|orbit|revolution|lap|sol|gameweek|matchday|episode|sortie|frame|serial|ticket|lot|batch|item|entry|case|invoice)\s+(?:no\.?\s*|number\s+|#\s?)?$/iu
/** The head of a rank band right before it: `the top`, `in the bottom`. */
const rankBandBefore = /\b(?:the\s+)?(?:top|bottom)\s+$/iu
/** An article right before a model's size: `the`, `a`, `its`. */
const articleBefore = /\b(?:the|a|an|its|their|this|our)\s+$/iu
/** A model's code right after its size: `TSI`, `TDI`, `dCi`, `GTI`, `VTEC`. */
const modelCodeAfter = /^\s+(?:\p{Lu}{2,5}|[a-z]\p{Lu}{1,3})\b/u

/** A house number and a street's capitalised name, from the figure's first digit: `48 Market Street`, `7a Mill Lane`, `12 St John's Road`. */
const addressFrom =
  /^\d{1,4}[a-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Way|Close|Crescent|Drive|Terrace|Place|Square|Row|Gardens|Parade|Walk|Court|Mews|Hill|Grove|Quay|Wharf|Yard|St|Rd|Ave)\b/u

/** A decimal alone: `1.5`. */
const decimalOnly = /^\d+\.\d+$/u

/** Every regex of this module, for the ReDoS test. */
export const namePatterns: readonly RegExp[] = [ordinalEnd, bareNumber, sequenceBefore, rankBandBefore, articleBefore, modelCodeAfter, decimalOnly, addressFrom]

/** Whether a figure at `span` in `text` names or ranks one thing, or is an address (see the list above). */
export function isNameFigure(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end)
  if (ordinalEnd.test(words)) return true
  // `at 40–48 Market Street`: a house number, or a range's last one, before a street's name is an address.
  if (addressFrom.test(text.slice(span.start, span.start + 64))) return true
  const lead = before(text, span.start, 24)
  if (bareNumber.test(words) && sequenceBefore.test(lead)) return true
  if (span.kind === 'scale' && !words.includes('%') && rankBandBefore.test(lead)) return true
  return span.kind === 'measurement' && decimalOnly.test(words) && articleBefore.test(lead) && modelCodeAfter.test(after(text, span.end, 12))
}
