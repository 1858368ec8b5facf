import type {PatternRule} from './span.js'

// Claims of priority, finality and a clean record that `the … -est` does not
// catch (round 36):
// - an unbroken outcome: `covered 3,900 miles without a single missed
//   delivery` (none of a kind, over the whole run);
// - a first in a class a provision defines: `the first application under
//   section 84 to concern a covenant`;
// - the last of a kind still done in a land: `the last in Europe still
//   worked under sail` (`still` and a participle in place of `left`);
// - `every` of the people a service is for, whatever rule asks it: `Every
//   child leaving custody had accommodation arranged, as required by the
//   standard` (a rule can fix a bout's length, not make a service reach every
//   child: the outcome is a claim).

/** `without a single missed delivery`, `without a single breakdown`: no failure over a whole run, a clean record (not a feature of a thing described: `runs on without a single paragraph break`, `without a single weir`). */
const withoutSingle =
  /(?<![\p{L}'’-])without\s+a\s+single\s+(?:(?:missed|late|lost|failed|cancelled|canceled|dropped|delayed)\s+\p{Ll}[\p{Ll}-]*|(?:error|failure|breakdown|accident|injury|incident|complaint|loss|defect|fault|default|delay|cancellation|outage|crash|puncture|breach|mistake)(?![\p{L}'’-]))/gu
/** After `is the first`: a noun and a provision, then `to` and a verb: ` application under section 84 to concern`. */
const underProvisionTo =
  /^\s+(?:[\p{L}-]+\s+){1,2}?under\s+(?:(?:section|article|regulation|rule|part|schedule|paragraph|clause)\s+[\dA-Za-z().]{1,12}|the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Act|Regulations|Order|Rules|Code))(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Act|Regulations|Order|Rules|Code))?\s+to\s+\p{Ll}/u
/** After `is the last`: a land, then `still` and a participle: ` in Europe still worked`, ` in the county still run`. */
const stillDoneInLand =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*|county|country|world|kingdom|nation|region|state|district|island|province|valley|parish)(?:\s+\p{Lu}[\p{L}-]*)?\s+still\s+(?:\p{Ll}{3,}(?:ed|en)|run|made|built|held|sold|grown|spun|woven|fished|done)(?![\p{L}'’-])/u
/** A `last` closing the words of `is the last`. */
const lastWord = /last$/iu
/** `Every child`, `Every patient referred`: `every` and a person a service is for. */
const everyPersonServed =
  /^every\s+(?:(?:young|new|older|eligible|vulnerable)\s+)?(?:child|pupil|student|patient|client|tenant|resident|prisoner|offender|young\s+person|person|family|carer|claimant|applicant|learner|baby|infant|mother)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeOutcomePatterns: readonly RegExp[] = [withoutSingle, underProvisionTo, stillDoneInLand, lastWord, everyPersonServed]

/** Outcomes over a whole run, each a span of its own kind. */
export const outcomeRules: readonly PatternRule[] = [{regex: withoutSingle, kind: 'absolute'}]

/** Whether the words after `is the first` (`rest`) name a class a provision defines: `application under section 84 to concern`. */
export function firstUnderProvision(rest: string): boolean {
  return underProvisionTo.test(rest)
}

/** Whether `is the last` (`words`) and the words after it (`rest`) claim the last of a kind still done in a land: `the last in Europe still worked`. */
export function lastStillDone(words: string, rest: string): boolean {
  return lastWord.test(words) && stillDoneInLand.test(rest)
}

/** Whether `every` and its words (`words`) are of the people a service is for (`Every child leaving custody`): an outcome no rule makes so. */
export function personServed(words: string): boolean {
  return everyPersonServed.test(words)
}
