import type {Span} from './span.js'

// A class of people that came upon a thing in the story the paragraph
// tells: `Divers found the blade edges in good condition`, `Volunteers also
// found a message in a bottle`. `found` in the simple past with a thing as
// its object is something come upon in the narrative (the divers of the
// operation, the volunteers of the clean-up), not a result lent to unnamed
// researchers: `Researchers found that`, `Scientists found a link`,
// `Surveys found no rise` stay vague.

/** A bare plural of people (one word, no quantifier) and `found` in the simple past: `Divers found`, `Volunteers also found`, after a deed of their round too (`Wardens inspected 40 permits and found`, the staff's own work; round 49) (not researchers or studies, whose finding is a result). */
const finderSpan =
  /^(?!(?:researchers|scientists|studies|surveys|trials|experiments|analysts|economists|experts|scholars|academics|investigators|epidemiologists|statisticians|historians|psychologists|doctors|clinicians)(?![\p{L}'’-]))\p{L}{3,}[^s\s'’]s\s+(?:(?:also|then|later|soon|quickly|eventually)\s+)?(?:\p{Ll}{2,20}ed\s+(?:[\p{L}\d,'’-]{1,20}\s+){1,5}?and\s+)?found$/iu
/** What was found: a thing after an article or a count (not `that`, `no`, nor a result: `a link`, `a rise`, `the same`). */
const thingAfter =
  /^\s+(?:a|an|the|one|two|three|four|five|six|\d+)\s+(?!(?:link|links|rise|fall|increase|decrease|decline|drop|correlation|association|connection|relationship|effect|effects|difference|differences|benefit|benefits|risk|risks|pattern|trend|gap|lack|need|evidence|same|opposite|reverse|majority|minority|number|rate|rates|level|levels|average|proportion|share|way|reason|cause|answer|result|results)(?![\p{L}'’-]))\p{L}/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionDiscoveryPatterns: readonly RegExp[] = [finderSpan, thingAfter]

/** Whether a source span (`Divers found`) tells a class of people coming upon a thing (`the blade edges`) in the narrative, not a finding lent to them. */
export function thingFound(text: string, span: Span): boolean {
  return finderSpan.test(text.slice(span.start, span.end)) && thingAfter.test(text.slice(span.end, span.end + 40))
}
