import type {Span} from './span.js'
import {after, before} from './span.js'

// Superlatives and universals that pick out of the writer's own matter, not
// rank the world (round 34):
// - a programme's own measure broken down by group: `Uptake was highest in
//   rural schools`, `Coverage was lowest among …` (a row of the report's own
//   figures picked out; not `Unemployment is highest in the north`);
// - the writer's own place or holding: `The oldest cask in this warehouse`,
//   `the largest piece in our collection`;
// - a selection a process makes: `the long necks let only the lightest
//   vapours rise` (how it works, not a ranking);
// - all of a set the paragraph has named, reported done: `the atlas plates
//   … Every plate has been scanned`;
// - what is left on the writer's own list of work: `The only open item is`
//   (round 37);
// - one of the writer's own crew's jobs picked out, after the crew is named:
//   `Our work party put in 600 hours. The biggest job was the stile` (round 49);
// - a time of the writer's own picked out after a preposition: `on our
//   busiest day`, `at our lowest point` (not `our busiest year ever`), and a
//   prize of the writer's own event by its category: `The best-dressed crew
//   prize went to` (not `the biggest prize in racing`) (round 54).

/** A programme's own measure opening the sentence: `Uptake `, `Coverage of the vaccine `, `Attendance `. */
const measureOpening =
  /^[\s"“]*(?:the\s+)?(?:[\p{L}-]+\s+)?(?:uptake|coverage|take-up|attendance|participation|turnout|completion|response\s+rate|return\s+rate|engagement)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+$/iu
const highestLowest = /^(?:is|are|was|were)\s+(?:highest|lowest)$/iu
/** Broken down by a group: ` in the two inner-city networks`, ` among boys`. */
const groupAfter = /^\s+(?:in|among|amongst|for|at)\s/iu
/** The writer's own place or holding after the ranked noun: ` cask in this warehouse`. */
const ownPlaceAfter =
  /^\s+(?:[\p{L}-]+\s+){1,2}?(?:in|on|at)\s+(?:this|our)\s+(?:own\s+)?(?:warehouse|collection|museum|library|archive|cellar|store|storeroom|shop|garden|studio|workshop|gallery|exhibition|building|room|hall|house|shed|yard|depot|orchard|vineyard|nursery|herd|flock|stable|fleet|kitchen|brewery|distillery|mill|catalogue|list|show|display)(?![\p{L}'’-])/iu
/** `let only `, `allows only `: a selection a process makes. */
const selectionBefore = /(?<![\p{L}'’-])(?:let|lets|letting|allow|allows|allowing|permit|permits|pass|passes|admit|admits)\s+only\s+$/iu
const theWord = /^the\s/iu
/** `Every plate`: its noun. */
const everyNoun = /^every\s+([\p{L}-]{3,})$/iu
/** Reported done, in the perfect passive: ` has been georeferenced`, ` has now been catalogued`. */
const doneAfter = /^\s+(?:has|have)\s+(?:now\s+|already\s+|since\s+)?been\s+\p{Ll}{3,}(?:ed|en)(?![\p{L}'’-])/u
const pluralEnding = /(?<!s)(?:es|s)$/u
/** `The only open item is`, `the only outstanding defect`: what is left on the writer's own list of work (a punch list, a defect log), counted, not ranked against the world. */
const onlyOpenItem =
  /^\s+(?:open|outstanding|remaining|unresolved|unclosed)\s+(?:items?|issues?|defects?|actions?|snags?|points?|faults?|observations?|non-conformances?|tasks?)(?![\p{L}'’-])/iu
const onlyWord = /^(?:the|its|our)\s+only$/iu

/** A job of the writer's own crew picked out as the biggest, after the superlative: ` job was`, ` task this season`, ` single project of the year` (round 49). */
const ownJobAfter =
  /^\s+(?:single\s+)?(?:job|jobs|task|tasks|project|projects|undertaking|piece\s+of\s+work|repair|repairs|build)\s+(?:was|were|is|this\s+(?:season|year|winter|summer|spring|autumn)|of\s+the\s+(?:season|year))(?![\p{L}'’-])/iu
const theSizeWord = /^the\s+(?:biggest|largest|hardest|toughest|longest|trickiest|main)$/iu
/** The writer's own crew, team or volunteers named in the sentence before: `Our trail crew of four volunteers`, `We put in 900 hours`. */
const ownCrewBefore =
  /(?:^|[^\p{L}'’-])(?:(?:[Oo]ur|[Tt]he\s+club['’]s|[Tt]he\s+group['’]s)\s+(?:[\p{L}-]+\s+)?(?:crew|team|volunteers|rangers|staff|members|working\s+party|work\s+party|wardens|gang)|[Ww]e\s+(?:put\s+in|worked|built|repaired|cleared|finished|completed))(?![\p{L}'’-])/u

/** `our busiest`, `my lowest`: a superlative after the writer's own possessive. */
const ownPossessive = /^(?:our|my)\s+[\p{L}-]+$/iu
/** `on `, `at `, `during ` right before: a time picked out. */
const timePrepBefore = /(?<![\p{L}'’-])(?:on|at|in|during)\s$/iu
/** A time of the writer's own after the superlative: ` day`, ` point`, ` ebb`; not a record (` year ever`, ` day on record`, ` week since`). */
const ownTimeAfter =
  /^\s+(?:day|week|weekend|month|night|hour|shift|point|ebb|moment|morning|afternoon|evening)(?![\p{L}'’-])(?!\s+(?:ever|yet|on\s+record|since|of\s+all|in\s+our\s+history)(?![\p{L}'’-]))/iu
/** `The best-dressed`, `the longest-drive`, `the fastest`: an `-est` naming a prize's category, not one of a prize's size (`biggest`, `richest`). */
const prizeCategory = /^the\s+(?!(?:biggest|largest|richest|highest|greatest|oldest|newest)(?![\p{L}'’-]))\p{L}{1,20}est(?:-\p{L}{1,20})?$/iu
/** Up to two words, then the prize: ` crew prize`, ` lap award`, ` trophy`; not one in a field (` prize in racing`, ` award of the year`, ` prize to win`). */
const prizeAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:prize|award|trophy|rosette|cup|shield|medal)s?(?![\p{L}'’-])(?!\s+(?:in|of|on|to|anywhere|ever)(?![\p{L}'’-]))/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeOwnPatterns: readonly RegExp[] = [ownPossessive, timePrepBefore, ownTimeAfter, prizeCategory, prizeAfter, ownJobAfter, theSizeWord, ownCrewBefore, measureOpening, highestLowest, groupAfter, ownPlaceAfter, selectionBefore, theWord, everyNoun, doneAfter, pluralEnding, onlyOpenItem, onlyWord]

/** Whether a superlative or `every` picks out of the writer's own figures, place, process or named set (`lead`: its sentence before it). */
export function ownMatterPicked(text: string, span: Span, lead: string, sentenceStart: number): boolean {
  const words = text.slice(span.start, span.end)
  if (highestLowest.test(words)) return measureOpening.test(lead) && groupAfter.test(after(text, span.end, 12))
  // `The only open item is a mis-scaled sensor` (round 37): the last entry on the writer's own list of work.
  if (onlyWord.test(words) && onlyOpenItem.test(after(text, span.end, 40))) return true
  // `Our trail crew put in 900 hours. The biggest job was the new bridge`: one of the writer's own crew's jobs picked out (round 49).
  if (theSizeWord.test(words) && ownJobAfter.test(after(text, span.end, 40)) && ownCrewBefore.test(before(text, span.start, 240))) return true
  // `on our busiest day`, `at our lowest point`: a time of the writer's own picked out (round 54).
  if (ownPossessive.test(words) && timePrepBefore.test(before(text, span.start, 8)) && ownTimeAfter.test(after(text, span.end, 40))) return true
  // `The best-dressed crew prize went to`: a prize's category named (round 54).
  if (prizeCategory.test(words) && prizeAfter.test(after(text, span.end, 48))) return true
  if (span.kind === 'superlative' && theWord.test(words)) {
    if (ownPlaceAfter.test(after(text, span.end, 80))) return true
    if (selectionBefore.test(before(text, span.start, 24))) return true
  }
  const every = everyNoun.exec(words)
  if (every && sentenceStart > 0 && doneAfter.test(after(text, span.end, 48))) {
    const stem = every[1]!.toLowerCase().replace(pluralEnding, '')
    return stem.length >= 4 && before(text, sentenceStart, 400).toLowerCase().includes(stem)
  }
  return false
}
