import type {Span} from './span.js'
import {after, before} from './span.js'

// Superlatives that name a part rather than rank anything (round 57): a
// place on a thing by its height, depth or reach (`the highest point of the
// glacier`, `in the deepest part of the lake`, `at the furthest end of the
// platform`), after a preposition of place, as the labelling rules' `the
// deepest part of the ocean` is;
// and `the worst of` or `the best of` a thing as the object of a verb, the
// most of it (`reduce the worst of the itching`, `had the best of the
// crop`), not a ranking (`Conditions are the best of the season` still
// ranks, after a linking verb; `the hardest part of the job` rates a part).

/** A preposition of place right before it: `above the highest point`, `at the furthest end` (not a subject: `The deepest part of the lake lies near the dam` says where, a claim). */
const placePreposition = /(?<![\p{L}'’-])(?:above|below|beneath|under|over|at|to|from|near|beyond|past|on|onto|in|into|towards?|up|down|along|across)\s+$/iu
/** A superlative of place: height, depth, reach or side. */
const placeSuperlative =
  /^the\s+(?:highest|lowest|deepest|shallowest|furthest|farthest|uppermost|topmost|lowermost|innermost|outermost|\p{Ll}+ernmost)$/iu
/** A part or a place of a whole right after it, the whole with a determiner: `point of the glacier`, `end of its run`. */
const partOfWhole =
  /^\s+(?:point|points|part|parts|end|ends|edge|edges|corner|reaches|section|stretch|floor|level|levels)\s+of\s+(?:the|its|their|this|that|our|his|her|each)\s/iu
/** `the worst`, `the best`. */
const bestOrWorst = /^the\s+(?:best|worst)$/iu
/** `of the itching`, `of it`, `of the crop`: a thing in the singular or a pronoun, then the clause goes on or ends (not `of the season so far`: a time ranked over). */
const ofThing = /^\s+of\s+(?:it(?![\p{L}'’-])|(?:the|their|its|this|that|our|his|her)\s+(?!(?:season|year|month|week|day|century|decade|lot|bunch|bands?|rest|group|field)(?![\p{L}'’-]))\p{Ll}[\p{Ll}-]*(?<!s)(?=[\s.,;:!?]))/u
/** A verb right before, one of whose object the superlative is: `reduce`, `ease`, `had`, `missed` (any word in lower case but a linking verb, a preposition, a conjunction or a determiner). */
const wordBefore = /(?<![\p{L}'’-])(\p{Ll}+)\s+$/u
const notAVerb =
  /^(?:is|are|was|were|be|been|being|am|remains?|remained|seems?|seemed|becomes?|became|of|in|on|at|by|for|from|with|to|into|among|and|or|but|than|as|that|which|who|all|not|still|now|even|quite|simply|easily|far)$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePartPatterns: readonly RegExp[] = [placePreposition, placeSuperlative, partOfWhole, bestOrWorst, ofThing, wordBefore, notAVerb]

/** Whether a superlative at `span` names a part of a thing by its place (`the highest point of the glacier`) or the most of a thing a verb acts on (`reduce the worst of the itching`), picking out rather than claiming. */
export function partPicked(text: string, span: Span): boolean {
  if (span.kind !== 'superlative') return false
  const words = text.slice(span.start, span.end)
  if (placeSuperlative.test(words) && partOfWhole.test(after(text, span.end, 40)) && placePreposition.test(before(text, span.start, 16))) return true
  if (!bestOrWorst.test(words) || !ofThing.test(after(text, span.end, 40))) return false
  const verb = wordBefore.exec(before(text, span.start, 24))?.[1]
  return verb !== undefined && !notAVerb.test(verb)
}
