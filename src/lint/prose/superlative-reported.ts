import type {Span} from './span.js'
import {after, before} from './span.js'

// Superlatives and absolutes that are not the writer's claim about the world
// (round 34):
// - a group named by a superlative alone, told of with a plural verb (`the
//   worst continue to evade it`): a group picked out, not a ranking;
// - a first within someone's story, in the past with its pluperfect (`said
//   the visit was the first time anyone from the council had been inside`);
// - compared with what the writer's own circle hoped or expected (`better
//   than any of us dared hope`, `than anyone dared hope`): a measure of
//   surprise, not a ranking (`faster than anyone predicted`, beating every
//   forecast made, is a claim: round 38);
// - an admission that nobody knows yet (`Nobody is yet sure whether`, `no
//   one knows why`, `Nobody can yet say whether`, round 62): a hedge, not an absolute;
// - the idiom `will surprise nobody` (`comes as a surprise to no one`).

/** A group named by a superlative alone and told of with a plural verb: `the worst continue to evade it`, `the best tend to`. */
const groupAfter = /^\s+(?:(?:still|often|simply|usually|always|then)\s+)?(?:continue|continued|tend|tended|get|got|go|went|remain|remained|survive|survived|manage|managed|slip|slipped|evade|evaded|escape|escaped|thrive|thrived|stay|stayed|are|were|have|had)(?![\p{L}'’-])/iu
const theOneWord = /^the\s+\p{L}+$/iu
/** `was the first time anyone from the council had been inside`: a first within someone's story, told in the past with its pluperfect (not `is the first time anyone has`, a claimed first). */
const storyFirst = /^(?:was|were)\s+the\s+first\s+time\s+(?:that\s+)?(?:anyone|anybody|someone|somebody)\s+(?:[\p{L}'’-]+\s+){0,4}?had(?![\p{L}'’-])/iu
/**
 * Hoped or expected by the writer's circle, after `than any` or `than
 * anyone`: ` of us dared hope`, ` of them expected`, or a hope or a fear
 * (` dared hope`, ` imagined`). Not a forecast of anyone's (` predicted`,
 * ` expected`, ` forecast` after a bare `anyone`): faster than every
 * forecast made is a claim about the world (round 38).
 */
const expectationAfter =
  /^\s+(?:of\s+(?:us|them|you)\s+(?:(?:had|could\s+have|would\s+have|might\s+have|dared|dare|ever|had\s+dared)\s+){0,2}(?:hoped?|expected|imagined|feared|thought|predicted|dreamed|dreamt|anticipated|guessed)|(?:(?:had|could\s+have|would\s+have|might\s+have|dared|dare|ever|had\s+dared)\s+){0,2}(?:hoped?|imagined|feared|dreamed|dreamt))(?![\p{L}'’-])/iu
const thanAnyWord = /than\s+any(?:one|body)?$/iu
/** Not yet known: ` is yet sure whether`, ` knows why`. */
const unknownAfter =
  /^\s+(?:(?:is|was|are|were|can\s+be|seems)\s+(?:yet\s+|quite\s+|entirely\s+|completely\s+|really\s+|fully\s+)?(?:sure|certain)|(?:yet\s+|really\s+|fully\s+)?(?:knows?|understands?)\s+(?:yet\s+)?(?:why|whether|how|what|if|for\s+(?:certain|sure)|exactly))(?![\p{L}'’-])/iu
/** Not yet to be told: ` can yet say whether`, ` could tell why` (round 62): an admission that nobody knows, as ` knows why` is. */
const cannotSayAfter = /^\s+(?:can|could)\s+(?:yet\s+|really\s+|now\s+)?(?:say|tell)\s+(?:yet\s+|for\s+(?:certain|sure)\s+)?(?:why|whether|how|what|if|when)(?![\p{L}'’-])/iu
/** `will surprise `, `should shock `: the idiom of no surprise. */
const surpriseBefore = /(?<![\p{L}'’-])(?:surprise|surprises|shock|shocks|astonish|astonishes)\s+$/iu
/** `Nobody`, `No one` opening a span (`No one is yet` is one span of its own). */
const noneOpening = /^(?:nobody|no\s+one)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeReportedPatterns: readonly RegExp[] = [groupAfter, theOneWord, storyFirst, expectationAfter, thanAnyWord, unknownAfter, cannotSayAfter, surpriseBefore, noneOpening]

/** Whether a superlative or absolute is someone else's reported claim, a measure of surprise, an admission of not knowing, or an idiom . */
export function reportedNotClaimed(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end)
  if (theOneWord.test(words) && groupAfter.test(after(text, span.end, 32))) return true
  if (storyFirst.test(after(text, span.start, 120))) return true
  if (thanAnyWord.test(words) && expectationAfter.test(after(text, span.end, 48))) return true
  const none = noneOpening.exec(words)
  if (none) return unknownAfter.test(after(text, span.start + none[0].length, 40)) || cannotSayAfter.test(after(text, span.start + none[0].length, 40)) || surpriseBefore.test(before(text, span.start, 16))
  return false
}
