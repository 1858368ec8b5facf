import type {Span} from './span.js'
import {after, before} from './span.js'

// Superlatives and absolutes that claim nothing of the world, read around
// them:
// - one picked out of a set the sentence has just named, with `of which`
//   (`grows 30 kinds of plum, the oldest of which …`);
// - one ranked within a record the paragraph has named as its matter (`The
//   Guild's roll lists 900 looms … The oldest loom on the roll …`);
// - one inside a claim a correction reports and the next sentence withdraws
//   (`Our review said he built the longest pier in Kent. He did not; …`);
// - `always` in a verbless aside to a past clause of the writer's own log
//   (`Seals were hauled out on the skerry, always in ones and twos`): what was
//   seen on that outing, not a rule of the world.

/** `of which`, `of whom` right after a superlative: one picked out of the set the clause before named (not `of them`, `of these infections`: a ranking of a class, claimed). */
const ofWhichAfter = /^\s+of\s+(?:which|whom)(?![\p{L}'’-])/iu
/** A record or a collection the superlative is ranked in, after its noun: ` dated dial in the register`, ` loom on the roll` (the record's noun is the group). */
const inRecordAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|on)\s+the\s+(register|catalogue|catalog|archive|collection|database|inventory|roll|index|gazetteer|list|records)(?![\p{L}'’-])/iu
/** How far before a superlative the paragraph may have named its record. */
const recordReach = 400
/** A verb that reports a claim, before the superlative in its sentence: `said she designed`, `stated that`, `described him as`. */
const reportedBefore = /(?<![\p{L}'’-])(?:said|stated|reported|claimed|wrote|described|suggested|implied|asserted)(?![\p{L}'’-])/iu
/** The end of the superlative's sentence and the next one opening on a denial: `. She did not;`, `. This was wrong.`, `. It is not.` */
const deniedNext =
  /^[^.!?]{0,200}[.!?]\s+(?:(?:He|She|They|It|This|That)\s+(?:did|does|was|is|were|are|has|have|had)\s+not(?![\p{L}'’-])|(?:He|She|They|It|This|That)\s+(?:didn|doesn|wasn|isn|weren|aren|hasn|haven|hadn)['’]t(?![\p{L}'’-])|(?:This|That|It)\s+(?:was|is)\s+(?:wrong|incorrect|untrue|mistaken|an\s+error|a\s+mistake)(?![\p{L}'’-]))/u
/** A past clause before `always` and the comma that opens its aside: `Porpoises were everywhere in the sound, `. */
const pastClauseComma = /(?<![\p{L}'’-])(?:was|were)\s+[^.;!?,]{1,80},\s+$/iu
/** A verbless aside after `always`: a preposition or a manner and then the end of the sentence (` in pairs.`, ` close inshore.`). */
const verblessAside =
  /^\s+(?:in|with|at|on|near|among|alone|together|close|singly|inshore|offshore|ahead|behind|beside|under|over)(?:\s+[^\s.;!?,]+){0,5}\s*[.;!?]/iu
const alwaysWord = /^always$/iu
const letter = /\p{L}/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeWithdrawnPatterns: readonly RegExp[] = [ofWhichAfter, inRecordAfter, reportedBefore, deniedNext, pastClauseComma, verblessAside, alwaysWord, letter]

/**
 * Whether a superlative or absolute found at `span` (its sentence's text
 * before it `lead`) claims nothing of the world: picked out of a set with
 * `of which`, ranked within a record the 400 characters before it name
 * (`the register`), inside a reported claim the next sentence denies, or
 * `always` in a verbless aside to a past clause (a log's sighting).
 * Reads bounded windows around the span only.
 */
export function pickedOrWithdrawn(text: string, span: Span, lead: string): boolean {
  const rest = after(text, span.end, 96)
  if (span.kind === 'superlative') {
    if (ofWhichAfter.test(rest)) return true
    const record = inRecordAfter.exec(rest)
    if (record && namesRecord(before(text, span.start, recordReach), record[1]!.toLowerCase())) return true
  }
  if (alwaysWord.test(text.slice(span.start, span.end)) && pastClauseComma.test(lead) && verblessAside.test(rest)) return true
  return reportedBefore.test(lead) && deniedNext.test(after(text, span.end, 240))
}

/** Whether the text before a superlative names a record by its noun (`register`) as a word. */
function namesRecord(earlier: string, noun: string): boolean {
  const lower = earlier.toLowerCase()
  for (let at = lower.indexOf(noun); at !== -1; at = lower.indexOf(noun, at + 1)) {
    const previous = lower.charAt(at - 1)
    const next = lower.charAt(at + noun.length)
    if (!letter.test(previous) && !letter.test(next)) return true
  }
  return false
}
