import type {PatternRule} from './span.js'
import {after} from './span.js'

// Superlatives and absolutes claimed without `the … -est` (round 35):
// - beating every member of a class: `outperformed every rival design`,
//   `has defeated every earlier translator`, `outlasts any softwood` (round
//   55) — a ranking over all of a kind;
// - a negated absolute over every period: `has not been reached in any
//   year since`, `hasn't fallen in any month` — none, ever;
// - a first attestation: `recorded for the first time in an English
//   charter` — a first within a class of documents or places;
// - a first in a class a compound names: `the first volunteer-run museum
//   to win`, `the first locally-built engine to reach` (read by the `the
//   first` rule in superlative.ts);
// - a superlative with its domain right after its noun even after `with`
//   or `in` (`with the slowest broadband in the country`, `in the cheapest
//   coffee on the market`): ranked against the whole domain, a claim, not a
//   pick (superlative.ts reads `with the …` as a pick otherwise).

/** `outperformed every rival design`, `has beaten every other entrant`: beating all of a kind. */
const beatEvery =
  /(?<=\b(?:outperformed|outperforms|outperform|outsold|outsells|outlasted|outlasts|outscored|outclassed|outshone|outpaced|beaten|beat|beats|defeated|defeats|surpassed|surpasses|eclipsed|eclipses|bettered|betters)\s)every\s+(?:[\p{L}-]+\s+)?\p{L}+/giu
/** `outlasts any softwood sold today`, `outsold any rival title`: an `out-` verb of beating, inflected, before `any` (round 55), beating all of a kind as `every` does. */
const outdoesAny =
  /(?<=\b(?:outperformed|outperforms|outsold|outsells|outlasted|outlasts|outlived|outlives|outscored|outscores|outclassed|outclasses|outshone|outshines|outpaced|outpaces|outwore|outwears)\s)any\s+(?:[\p{L}-]+\s+)?\p{L}+/giu
/** `has not been met in any year`, `hasn't fallen in any month since`: none over every period, an absolute. */
const notInAny =
  /\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?\p{Ll}{2,}\s+in\s+any\s+(?:single\s+)?(?:year|month|season|decade|quarter|week|period|census|election)\b/giu
/** `attested here for the first time in a Theban document`, `recorded for the first time in any English charter`: a first within a class (not `for the first time in a year`, a span of time). */
const firstAttested =
  /\b(?:attested|recorded|documented|identified|observed|described|found|seen|reported|used)\s+(?:here\s+)?for\s+the\s+first\s+time\s+in\s+(?:a|an|any)\s+(?!(?:year|decade|generation|century|month|week|while|long|lifetime)\b)\p{L}+/giu
/** After `the first`: ` volunteer-run museum to open`, ` student-built satellite to carry` — a class named by a compound participle, then the feat. */
const compoundClassTo =
  /^\s+\p{L}+-(?:built|made|run|led|owned|designed|funded|developed|grown|written|produced|trained|founded|operated)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+to\s+\p{Ll}{2,}/u
/** After a superlative's noun: ` defence in the league`, ` hot chocolate on the market` — a domain the ranking runs across. */
const wholeDomainAfter =
  /^\s+(?:[\p{L}-]+\s+){1,3}?(?:in|on)\s+the\s+(?:league|market|world|country|industry|sector|division|championship|high\s+street|planet|land|kingdom|continent|UK|EU|US)(?![\p{L}'’-])/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeBeatenPatterns: readonly RegExp[] = [beatEvery, outdoesAny, notInAny, firstAttested, compoundClassTo, wholeDomainAfter]

/** The superlatives and absolutes this module finds. */
export const beatenRules: readonly PatternRule[] = [
  {regex: beatEvery, kind: 'absolute'},
  {regex: outdoesAny, kind: 'absolute'},
  {regex: notInAny, kind: 'absolute'},
  {regex: firstAttested, kind: 'superlative'}
]

/** Whether the words after `the first` name a class by a compound participle and then the feat (`the first student-built satellite to carry`). */
export function firstInCompoundClass(rest: string): boolean {
  return compoundClassTo.test(rest)
}

/** Whether a superlative's noun is ranked across a whole domain named right after it (`the leakiest defence in the league`). */
export function rankedAcrossDomain(text: string, end: number): boolean {
  return wholeDomainAfter.test(after(text, end, 64))
}
