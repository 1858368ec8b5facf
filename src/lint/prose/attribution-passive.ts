import type {PatternRule} from './span.js'
import {before, wordsAfter} from './span.js'

// Vague attributions in the impersonal passive of belief and saying (split
// from attribution-phrase.ts, round 43): `it is widely believed that`, `are
// thought to`, `is expected to`, `it was put to the panel that`, `it was
// said,`, `as is often said`, `widely accepted`. Each is one bounded
// pattern; its vetoes read a bounded window after or before the match.

const itIsSaid =
  /\bit\s+(?:is|was|(?:has|had)\s+(?:(?:long|always|often|widely|generally|commonly|now|increasingly|traditionally)\s+)?been)\s+(?:(?:widely|generally|commonly|often|frequently|long|increasingly|now|sometimes|universally|broadly|well|firmly|already)\s+){0,2}(?:believed|thought|felt|accepted|said|known|argued|held|assumed|recogni[sz]ed|reported|claimed|suggested|acknowledged|understood|estimated|feared|alleged|rumou?red|established|documented|shown|demonstrated|observed|expected|predicted|suspected|supposed|presumed|reckoned|hypothesi[sz]ed)\s+(?:(?:locally|hereabouts|privately|informally)\s+)?(?:that|to)\b|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|generally|commonly|often|increasingly|now|strongly)\s+){0,2}(?:felt|believed|thought|accepted|held|said)\s+(?:in|among|within|across|throughout)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+that\b/giu
const isBelievedTo =
  /\b(?:is|are|was|were)\s+(?:(?:widely|generally|commonly|often|now|still|also|increasingly|usually|sometimes|frequently|traditionally|popularly)\s+)?(?:(?:believed|thought|said|reported|alleged|rumou?red|understood|reputed|known)\s+to|credited\s+with)(?=\s+\p{L})/giu
/**
 * What an account or a record is credited with: a sum or a score (`is
 * credited with the refund`, `are credited with ten points`, `with interest`),
 * a booking, not a deed lent to someone by unnamed judges. A figure after
 * `credited with` (`£50`, `20 points`) is no letter, so `isBelievedTo` never
 * takes it.
 */
const creditedSum =
  /^(?:[\p{L}-]+\s+)?(?:refunds?|repayments?|payments?|interest|sums?|amounts?|balances?|deposits?|points?|credits?|marks?|hours?|units?|rebates?|cashback|funds?|money|bonus(?:es)?)(?![\p{L}'’-])/iu
const creditedWith = /credited\s+with$/iu
/**
 * `The blight is expected to destroy most of the crop`: an expected effect on
 * the world in the impersonal passive, with no one expecting it. Not a duty
 * laid on people (`Members are expected to attend`, `you are expected to
 * bring`: a verb of conduct, or a person the subject), nor a figure's
 * projected course to a year ahead or a schedule (`is expected to fall to
 * 2:1 by 2040`, `Work is expected to begin in May`): a projection or a plan,
 * whose figure is uncited-statistic's to judge. A figure's course with no
 * year it runs to (`Plantings are expected to rise by around a tenth`) is an
 * expectation lent to no one.
 */
const isExpectedTo = /\b(?:is|are|was|were)\s+(?:(?:widely|generally|now|still|also)\s+)?expected\s+to(?=\s+\p{L})/giu
/** What a duty asks of people (`expected to attend`, `to be present`, `to document the reason`: a record kept, round 39) or a schedule (`to begin`, `to open`), or the state a service or a road is expected in, in a notice to travellers (`the ferry is expected to be busy`, round 45): no belief lent. Not `follow suit` (round 41): doing as others did is a move predicted of a party, not a rule it keeps. */
const dutyVerb =
  /^(?:attend|arrive|wear|bring|complete|submit|follow(?!\s+suit(?![\p{L}'’-]))|comply|pay|behave|dress|respect|observe|read|know|keep|take|report|register|declare|provide|return|help|document|record|notify|inform|ensure|log|begin|start|open|close|finish|end|last|resume|run|be\s+(?:present|on\s+time|ready|seated|available|familiar|aware|courteous|completed|finished|open|closed|ready|busy|full|crowded|packed|delayed))\b/iu
/** `follow suit`: doing as others did, predicted of a party (round 41). */
const followSuit = /^follow\s+suit(?![\p{L}'’-])/iu
/** A figure's course (`to fall`, `to reach`): a projection when a year it runs to follows (`horizonAfter`). */
const courseVerb = /^(?:rise|fall|reach|grow|increase|decrease|decline|drop|climb|double|halve|top|exceed|remain|stay|peak)\b/iu
/** A year a projection runs to, in its clause (a point inside a number does not end it: `to 1.5:1 by 2050`): `by 2040`, `by the 2050s`, `by the end of 2030`. */
const horizonAfter = /^(?:[^.;!?]|\.(?=\d)){0,80}\sby\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{4}|the\s+\d{4}s)(?![\p{L}\d])/u
/** A person or a pronoun for one right before a passive: `Members are`, `you are`, `Staff were`. */
const personBefore =
  /(?:\b(?:you|we|they|he|she|I|staff|everyone|everybody|anyone|candidates|applicants|students|pupils|members|guests|visitors|participants|players|delegates|employees|attendees|parents|volunteers|contractors|drivers|users|readers|tenants|residents)|(?<![\p{L}'’-])\p{L}+(?:ers|ists|ians|ants|ents|ors|ees))\s+(?:(?:will|would|also|now|still|all)\s+)?$/iu
/**
 * `It was put to the Sub-Committee that`, `it was submitted to the panel
 * that`: a case made to a body by no one named (not with its maker before
 * `that`, `put to the panel by the applicant that`).
 */
const putToBody =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:put|submitted|represented|suggested|argued|contended|stated|claimed)\s+to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+that\b/giu
/** `it was said,`: an impersonal passive standing alone between commas, with nobody saying it. */
const itWasSaidAside =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:often|widely|sometimes|once|always|long)\s+)?(?:said|claimed|rumou?red|reported|believed|whispered)(?=\s*[,;—–)])/giu
/**
 * `as is often said`, `as has been claimed`: an impersonal passive in a
 * parenthesis, lending a claim to nobody. Not a pointer into the writer's own
 * text or with its agent (`as was said above`, `as was argued in Chapter 2`,
 * `as is claimed by the makers`).
 */
const asIsSaid =
  /\bas\s+(?:is|was|has\s+(?:so\s+)?(?:often\s+)?been|have\s+(?:often\s+)?been|had\s+been|are|were)\s+(?:(?:so|often|widely|commonly|generally|sometimes|frequently|popularly|usually|still|now|long|repeatedly)\s+){0,2}(?:said|claimed|believed|thought|supposed|assumed|alleged|rumou?red|suggested|argued|asserted|reported|maintained|stated)\b(?!\s+(?:by|above|below|earlier|previously|before|here|in\s+(?:chapter|section|part|the\s+(?:introduction|previous|last|next|preceding|first|second)))\b)/giu
const widely =
  /\b(?:widely|generally|commonly|universally|broadly)\s+(?:believed|accepted|acknowledged|regarded|recogni[sz]ed|considered|held|thought|agreed|seen|viewed|understood)\b/giu
/** `is considered by many`, `was regarded by some as`: a passive of view whose agent is only a vague number (round 51); not `by many of the …` (a part of a group the text names). */
const byMany =
  /\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:still|also|now|long|often)\s+)?(?:considered|regarded|thought|believed|seen|viewed|held|deemed|acknowledged|recogni[sz]ed)\s+by\s+(?:many|some|most|several|others|a\s+few)(?![\p{L}'’-])(?!\s+of\b)/giu
/** A recipient after `reported to`: `was reported to the helpline`, `were reported to Harbour Rail` (a report made to someone, not hearsay: `is reported to have left`). */
const reportedToEnd = /reported\s+to$/iu
const recipientAfter = /^(?:the|a|an|our|your|its|their|his|her|this|that|these|those|police|\p{Lu})(?![\p{L}'’-])/u

/** `have `, `has `, `had ` right before a match: an active verb in the perfect. */
const activePerfectBefore = /(?<![\p{L}'’-])(?:have|has|had)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionPassivePatterns: readonly RegExp[] = [
  itIsSaid,
  reportedToEnd,
  recipientAfter,
  isBelievedTo,
  itWasSaidAside,
  asIsSaid,
  isExpectedTo,
  dutyVerb,
  followSuit,
  courseVerb,
  horizonAfter,
  personBefore,
  putToBody,
  widely,
  byMany,
  creditedSum,
  creditedWith,
  activePerfectBefore
]

/** `it is widely believed that`: an impersonal passive of belief or saying. */
export const itIsSaidRule: PatternRule = {regex: itIsSaid, kind: 'impersonal'}
// `It is said to work`, `Its crews are credited with saving 900 lives`: who says or credits it goes unnamed, whatever the subject is (a crew, a plan, an idea).
// `No leak was reported to the helpline`: a report made to someone, not hearsay.
export const isBelievedToRule: PatternRule = {
  regex: isBelievedTo,
  kind: 'impersonal',
  accept: (text, match) =>
    !(creditedWith.test(match[0]) && creditedSum.test(wordsAfter(text, match, 40))) && !(reportedToEnd.test(match[0]) && recipientAfter.test(wordsAfter(text, match, 16)))
}
/** `The blight is expected to destroy most of the crop`: an expectation lent to no one (see `isExpectedTo`). */
export const isExpectedToRule: PatternRule = {
  regex: isExpectedTo,
  kind: 'impersonal',
  accept: (text, match) =>
    !dutyVerb.test(wordsAfter(text, match, 25)) &&
    !(courseVerb.test(wordsAfter(text, match, 25)) && horizonAfter.test(wordsAfter(text, match, 121))) &&
    // `Insurers are expected to follow suit`: a move predicted of a party, whoever it is, not a duty laid on people (round 41).
    (followSuit.test(wordsAfter(text, match, 25)) || !personBefore.test(before(text, match.index!, 40)))
}
/** `It was put to the Sub-Committee that`: a case made to a body by no one named. */
export const putToBodyRule: PatternRule = {regex: putToBody, kind: 'impersonal'}
/** `it was said,`: an impersonal passive standing alone between commas. */
export const itWasSaidAsideRule: PatternRule = {regex: itWasSaidAside, kind: 'impersonal'}
/** `as is often said`: an impersonal passive in a parenthesis. */
export const asIsSaidRule: PatternRule = {regex: asIsSaid, kind: 'impersonal'}
/**
 * `widely believed`, `generally accepted`: a view held by the many. Not the
 * active perfect after `have`, `has` or `had` (`Regulators have generally
 * accepted this approach`, round 43): a verb with its own subject, which the
 * reading of sources judges.
 */
export const widelyRule: PatternRule = {regex: widely, kind: 'impersonal', accept: (text, match) => !activePerfectBefore.test(before(text, match.index!, 12))}
/** `is considered by many to be`: a view lent to an unnamed number. */
export const byManyRule: PatternRule = {regex: byMany, kind: 'impersonal'}
