import type {Span} from './span.js'

// Words that look like a quantity but pick one thing out or weigh the
// writer's own argument; each read from a bounded slice of the figure's own
// sentence:
// - one member of a small set named after a preposition (`after a strike at
//   one of the three ports`): it says which thing, not how many;
// - a comparison with no figure in it inside the writer's own thesis (`I
//   argue that the weather mattered at least as much`): the argument the
//   text goes on to make, not a quantity measured.
// - the size of the field a rank is placed in (`finished fourth of 22 clubs`);
// - a length that marks out the end of one thing a piece of work covered
//   (`repointed the top 12 metres of the tower`, `relined the last 40 m of
//   the culvert`; `The top 12 metres of the cliff collapsed` stays).
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

/** A verb of work on a thing, then an end of it, right before a length: `repointing the top`, `relined the last`, `painted the lower`. */
const partEndBefore =
  /\b(?:(?!reach)re-?\p{L}{3,}(?:ing|ed)|rebuilt|relaid|paint(?:ing|ed)|clean(?:ing|ed)|strip(?:ping|ped)|scaffold(?:ing|ed)|inspect(?:ing|ed)|lin(?:ing|ed)|fenc(?:ing|ed)|dredg(?:ing|ed)|clear(?:ing|ed))\s+the\s+(?:top|bottom|first|last|upper|lower|final|outer|inner|uppermost|lowest|end)\s+$/iu
/** A length, then `of` and the thing it is part of: ` metres of the stonework`, ` m of`. */
const lengthOf = /(?:mm|cm|m|km|metres|meters|feet|ft|yards|miles|kilometres|kilometers)\s+of\s+(?:the|its|their|our|this|that)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const pickPatterns: readonly RegExp[] = [oneOfSmallSet, prepositionBefore, thesisBefore, numberInside, rankOfBefore, partEndBefore, lengthOf]

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
  // `repointing the top 12 metres of the stonework`: a length that marks out the part of one thing a work covered says which part.
  if (span.kind === 'measurement' && partEndBefore.test(near.slice(-48)) && lengthOf.test(text.slice(span.end - 12, span.end + 16))) return true
  return span.kind === 'multiple' && !numberInside.test(words) && thesisBefore.test(near)
}
