import type {Span} from './span.js'
import {before} from './span.js'

// Two readings of a source span (round 37).
// - A reservation of the writer's own is no answer: `Operators generally
//   assume that PUE falls further …, but we would not rely on this` leaves
//   the assumption standing and lent to the class (not `…, but the reverse
//   is true`, which takes the belief up and answers it).
// - The organisers of the one event a text reports, bare (`The convention's
//   … Organisers estimate that one in ten visitors …`): one body the event
//   names, as `the organisers` is, not a class (not `Organisers say` after
//   `every match in the region`: the organisers of many events).

/** `, but we would not rely on this`, `, but I would not count on it`: the writer declines to rely on it, and answers nothing. */
const ownReservation =
  /^[^.;!?]{0,100}?,\s+but\s+(?:we|I)\s+(?:would|will|do|should|could|can)\s+not\s+(?:rely|count|depend|bank|build|plan)\s+on(?![\p{L}'’-])/iu
/** A bare `Organisers` and its verb, no word between: `Organisers estimate`, `Organizers say`. */
const bareOrganisers = /^organi[sz]ers\s+(?:(?:now|also)\s+)?\p{Ll}+$/iu

/** One event the text reports, named before the span: `The convention's`, `the 31st Bristol Kite Festival`, `this year's fair` (not `every match in the region`: many events, many organisers). */
const oneEvent =
  /(?<![\p{L}'’-])(?:the|this|our)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:convention|festival|fair|race|marathon|conference|event|rally|congress|expo|gala|tournament|regatta|carnival)(?:['’]s)?(?![\p{L}'’-])/iu

/**
 * A doubt of a claim the sentence has just reported (round 51): `It is said
 * the bridge was built in a night, though few in the town believe it`. `few`
 * and its verb of belief take the claim up, with a pronoun that closes the
 * clause, after `though`, `although`, `but` or `yet`: no new claim is lent to
 * the class (`Few economists believe the recovery will last` still is).
 */
const fewBelieve = /^few\s+(?:[\p{L}'’-]+\s+){0,3}?(?:believe|believed|accept|accepted|credit|credited|buy)$/iu
const concessionBefore = /(?<![\p{L}'’-])(?:though|although|but|yet)\s+$/iu
const pronounCloses = /^\s+(?:it|this|that|them)\s*(?:[.;!?]|$)/u

/** Every regex of this module, for the ReDoS test. */
export const attributionReservationPatterns: readonly RegExp[] = [ownReservation, bareOrganisers, oneEvent, fewBelieve, concessionBefore, pronounCloses]

/** Whether a source span is `few … believe` taking up, after `though`, a claim the sentence has reported, with `it` closing the clause. */
export function doubtOfClaimMade(text: string, span: Span): boolean {
  return fewBelieve.test(text.slice(span.start, span.end)) && concessionBefore.test(before(text, span.start, 12)) && pronounCloses.test(text.slice(span.end, span.end + 12))
}

/** Whether what follows a span (`rest`, from its end) is the writer's own reservation, which answers nothing. */
export function reservationOnly(rest: string): boolean {
  return ownReservation.test(rest)
}

/** Whether a source span is the bare organisers of the event a text reports. */
export function eventOrganisers(text: string, span: Span): boolean {
  return bareOrganisers.test(text.slice(span.start, span.end)) && oneEvent.test(before(text, span.start, 400))
}
