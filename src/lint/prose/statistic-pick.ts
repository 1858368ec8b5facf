import type {Span} from './span.js'

// Words that look like a quantity but pick one thing out or weigh the
// writer's own argument; each read from a bounded slice of the figure's own
// sentence:
// - one member of a small set named after a preposition (`after a strike at
//   one of the three ports`): it says which thing, not how many;
// - a comparison with no figure in it inside the writer's own thesis (`I
//   argue that the weather mattered at least as much`): the argument the
//   text goes on to make, not a quantity measured.
// - the size of the field a rank is placed in (`finished fourth of 22 clubs`).
// A share of a set (`one of the three tests failed`, no preposition) and a
// comparison with a figure stay claims.

/** How far back in its sentence a cue is read. */
const reach = 160

/** One member of a small set: `one of the two`. */
const oneOfSmallSet = /^one\s+of\s+(?:the|its|their|our)\s+(?:two|three|four|five|six)$/iu
/** A preposition right before it: `at`, `from`. */
const prepositionBefore = /\b(?:at|in|from|to|on|by|with|for|into|onto|near|inside|outside|between)\s+$/iu
/** The writer's own thesis, before the comparison: `I argue that`, `we contend that`. */
const thesisBefore =
  /\b(?:I|[Ww]e|[Tt]his\s+(?:thesis|chapter|study|paper|book|article))\s+(?:(?:also|further|instead|therefore|nonetheless|will)\s+)?(?:argues?|contends?|maintains?|proposes?|suggests?)\s+that\s/u
/** A digit or a number word in the comparison. */
const numberInside =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|half|third|quarter|twice|double|treble|triple)\b/iu

/** A place in a ranking right before the field: `finished fourth of`, `came 3rd out of`. */
const rankOfBefore =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|bottom|top|\d{1,3}(?:st|nd|rd|th))\s+(?:out\s+)?of\s+(?:the\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const pickPatterns: readonly RegExp[] = [oneOfSmallSet, prepositionBefore, thesisBefore, numberInside, rankOfBefore]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` of
 * `text`, picks one thing out of a small set or weighs the writer's own
 * argument (see the list above). Reads at most 160 characters before it.
 */
export function isPickedOut(text: string, span: Span, sentenceStart: number): boolean {
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const words = text.slice(span.start, span.end)
  if (span.kind === 'proportion' && oneOfSmallSet.test(words) && prepositionBefore.test(near)) return true
  // `finished fourth of 22 clubs`: the size of the field a rank is placed in names the contest, it is not found.
  if (span.kind === 'count' && rankOfBefore.test(near.slice(-32))) return true
  return span.kind === 'multiple' && !numberInside.test(words) && thesisBefore.test(near)
}
