import {after, before} from './span.js'

// Superlatives and absolutes read by what stands around them (round 39):
// - `Nobody was hurt`, `No one was in the zone at the time`: who was harmed
//   or present on one past occasion, a record of it, not an absolute about
//   the world; so is what care it called for (`nobody needed more than a
//   plaster`, `No one went to hospital`, round 54);
// - `We ship within a day and never sell …`: `never` in a verb the writer's
//   own `We` shares with a verb before it (`and never`), the writer's own
//   habit, as `we never` is;
// - `fewer than one in ten households have ever tested`: `have ever` after a
//   share counts those who have, it claims nothing absolute;
// - `the best advice we can give`: the writer's own best, bounded by what
//   the writer can give;
// - `at the highest rate`, `at the lowest dose`: the top or bottom of the
//   levels a trial applied, picked out, not ranked against the world;
// - claims: a superlative after a preposition that picks out stays a claim
//   when `had ever` closes it (`during the busiest winter the department had
//   ever seen`), and `the first` with a work about a subject (`the first
//   novel about the customs house`) claims priority over every work on it.

/** `was` or `were` and what one occasion saw after `Nobody`, `No one`: hurt, injured, present, in a place. */
const presentOnOccasion = /^\s+(?:was|were)\s+(?:(?:seriously|badly|physically)\s+)?(?:hurt|injured|harmed|killed|present|aboard|inside|in|at|on|near|around)(?![\p{L}'’-])/iu
/** `needed more than a plaster`, `went to hospital` after `Nobody`, `No one`: the care one past occasion called for, in the past (round 54). */
const treatedOnOccasion =
  /^\s+(?:(?:needed|required)\s+(?:more\s+than\s+)?(?:a\s+plaster|first\s+aid|stitches|an\s+ambulance|a\s+doctor|(?:hospital|medical)\s+(?:treatment|attention|care|help)|hospital|treatment)|went\s+to\s+hospital)(?![\p{L}'’-])/iu
/** The writer's `We` or `I` opening the sentence and a verb: `We ship`. */
const ownSubjectOpening = /^(?:We|I)\s+\p{Ll}/u
/** `and` right before: `… and never`. */
const andBefore = /(?<![\p{L}'’-])and\s$/u
/** A share, looked for in the clause before `has ever`: `one in ten households`, `40% of homes`, `a third of members`. */
const shareBefore =
  /(?<![\p{L}\d])(?:(?:one|two|three|four|five|\d{1,3})\s+in\s+(?:every\s+)?(?:ten|five|four|three|twenty|a\s+hundred|\d{1,4})|\d{1,3}(?:\.\d)?\s?%|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|half)(?![\p{L}\d])/iu
/** `we can give`, `I could offer` after a superlative and its noun: the writer's own best. */
const ownReachAfter = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:we|I)\s+(?:can|could)\s+(?:give|offer|do|suggest|make|find)(?![\p{L}'’-])/u
/** `the highest` after `at`, before a level a trial applies: `at the highest rate`, `at the lowest application rate`, `at the top dose`. */
const atBefore = /(?<![\p{L}'’-])at\s$/iu
const trialLevelAfter = /^\s+(?:application\s+)?(?:rates?|doses?|dosages?|concentrations?|settings?)(?![\p{L}'’-])/iu
/** `had ever` closing a superlative in its clause, words only between: `the busiest winter the department had ever`. */
const everCloses = /^\s+(?:[\p{L}'’-]+\s+){1,6}?(?:has|have|had)\s+ever(?![\p{L}'’-])/iu
/** A work about a subject after `the first`: `novel about`, `book on`, `study of` (not `on the list`, a place in an order). */
const workAbout =
  /^\s+(?:[\p{L}-]+\s+)?(?:novel|book|film|history|biography|play|opera|album|monograph|documentary|exhibition|atlas|dictionary|account)\s+(?:about|on)\s+(?!(?:the\s+)?(?:list|shelf|shelves|agenda|programme|program|schedule|syllabus|left|right)(?![\p{L}'’-]))/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeOccasionPatterns: readonly RegExp[] = [presentOnOccasion, treatedOnOccasion, ownSubjectOpening, andBefore, shareBefore, ownReachAfter, atBefore, trialLevelAfter, everCloses, workAbout]

/** Whether `Nobody` or `No one` ending at `end` in `text` tells who was harmed or present on one occasion (`Nobody was hurt`). */
export function noneOnOccasion(text: string, end: number): boolean {
  const rest = after(text, end, 48)
  // `nobody needed more than a plaster`: the care one occasion called for (round 54).
  return presentOnOccasion.test(rest) || treatedOnOccasion.test(rest)
}

/** Whether an absolute at `index` follows `and` in a sentence the writer's `We` or `I` opens (`We ship … and never sell`). */
export function ownHabitShared(text: string, index: number): boolean {
  const window = before(text, index, 160)
  if (!andBefore.test(window)) return false
  // The sentence's start in the window: after the last mark that ends one (none: the window's start, which must be the text's).
  const mark = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf(';'))
  if (mark < 0 && index > 160) return false
  return ownSubjectOpening.test(window.slice(mark < 0 ? 0 : mark + 2).trimStart())
}

/** Whether `has ever` at `index` follows a share in its clause (`one in ten households have ever`). */
export function shareHasEver(text: string, index: number): boolean {
  const window = before(text, index, 100)
  // The clause before: from the last mark that ends one.
  const mark = Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf('!'), window.lastIndexOf('?'))
  return shareBefore.test(window.slice(mark + 1))
}

/** Whether a superlative ending at `end` is bounded by what the writer can give (`the best advice we can give`). */
export function ownReach(text: string, end: number): boolean {
  return ownReachAfter.test(after(text, end, 40))
}

/** Whether a superlative from `start` to `end` is the top or bottom level of a trial (`at the highest rate`). */
export function trialLevel(text: string, start: number, end: number): boolean {
  return atBefore.test(before(text, start, 4)) && trialLevelAfter.test(after(text, end, 32))
}

/** Whether `has ever` closes the superlative ending at `end` in its clause (`the busiest winter the department had ever`). */
export function everClosesAfter(text: string, end: number): boolean {
  return everCloses.test(after(text, end, 72))
}

/** Whether the words `rest` after `the first` name a work about a subject (`novel about the customs house`). */
export function firstWorkAbout(rest: string): boolean {
  return workAbout.test(rest)
}
