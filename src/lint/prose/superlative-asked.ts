import type {Span} from './span.js'
import {after} from './span.js'

// Superlatives and absolutes that claim nothing of the world (round 35):
// - one asked in a direct question (`Which towns recycle the most glass?`,
//   a heading the next sentence answers from its source): a question
//   claims nothing;
// - a survey's own items ranked by their score (`The lowest-rated
//   statement was about pay`): the writer's own results, picked out;
// - compared with what anyone would like (`colder than anyone would
//   want`): a wish, not a ranking;
// - a house's own policy of none refused (`nobody is turned away for lack
//   of money`, `nobody is asked to give a reason`): a guarantee the
//   writer's body gives, not a universal.

/** A direct question's opening: `Which`, `What`, `Who`, `Where`, `How`, or an auxiliary that inverts. */
const questionOpening =
  /^[\s"“‘(#*]*(?:which|what|who|whose|where|when|how|why|is|are|was|were|does|do|did|can|could|will|would|has|have)(?![\p{L}'’-])/iu
/** The rest of a question's sentence up to its question mark, no other sentence end before it. */
const questionEnd = /^[^.!?\n]{0,160}\?/u
/** A superlative ranking by a score: `-scoring`, `-rated`, `-ranked`. */
const scoredWords = /(?:highest|lowest|best|worst|top|bottom)[\s-](?:scoring|scored|rated|ranked)$/iu
/** A survey's own item after it: ` question was`, ` statements were`. */
const surveyItemAfter = /^\s+(?:questions?|items?|statements?|measures?|indicators?|themes?|categor(?:y|ies)|sections?|criteri(?:on|a)|dimensions?|areas?)(?![\p{L}'’-])/iu
/** After `than anyone`: ` would like`, ` could want` — a wish. */
const wishAfter = /^\s+(?:would|could|might|will|should)\s+(?:(?:really|ever|ideally)\s+)?(?:like|want|wish|choose|prefer|care\s+for|welcome)(?![\p{L}'’-])/iu
const thanAnyoneWords = /than\s+any(?:one|body)$/iu
/** After `nobody` or `no one`: ` is turned away`, ` will be refused`, ` is asked to give a reason` (round 56) — what the writer's own body guarantees. */
const refusedAfter =
  /^\s+(?:is|are|will\s+be|gets?|need\s+be)\s+(?:ever\s+)?(?:turned\s+away|refused|excluded|left\s+out|denied\s+a\s+place|charged|(?:asked|required|made|obliged|pressed)\s+to)(?![\p{L}'’-])/iu
const noneWords = /^(?:nobody|no\s+one)$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeAskedPatterns: readonly RegExp[] = [questionOpening, questionEnd, scoredWords, surveyItemAfter, wishAfter, thanAnyoneWords, refusedAfter, noneWords]

/** Whether a superlative or absolute found at `span`, in the sentence that opens at `sentenceStart`, is asked, one of a survey's own items, a wish or a house's guarantee rather than a claim. */
export function askedNotClaimed(text: string, span: Span, sentenceStart: number): boolean {
  const words = text.slice(span.start, span.end)
  if (span.start - sentenceStart <= 120 && questionOpening.test(text.slice(sentenceStart, span.start)) && questionEnd.test(after(text, span.start, 160))) return true
  if (scoredWords.test(words) && surveyItemAfter.test(after(text, span.end, 24))) return true
  if (thanAnyoneWords.test(words) && wishAfter.test(after(text, span.end, 40))) return true
  return noneWords.test(words) && refusedAfter.test(after(text, span.end, 40))
}
