import type {PatternRule} from './span.js'
import {before} from './span.js'

// A part of a count named before it, after a verb of finding: `Mould was
// found in six of the flats`, `Frost was recorded on 11 of the nights`,
// `Leaks were found at 12 of the visits`. The occasions or things a finding
// held on, out of a whole the paragraph counts: a proportion, found. Without
// a verb of finding before it (`two of the trustees signed`, `one of the
// lawns`) the words pick out members of a group and are not read here.

/** A small number, then `of the` and a plural noun: `six of the assessments`. */
const partOfThe =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+of\s+the\s+\p{L}[\p{L}-]*s\b/giu
/** A verb of finding and a preposition of occasion or place, right before the part: `was detected off site on`, `found in`. */
const findingBefore =
  /\b(?:found|detected|recorded|observed|seen|noted|confirmed|present|heard|smelt|smelled)\s+(?:[^\s.;:!?]+\s+){0,3}?(?:on|in|at|during)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const partPatterns: readonly RegExp[] = [partOfThe, findingBefore]

/** The patterns of a part of a count after a verb of finding. */
export const partRules: readonly PatternRule[] = [
  {regex: partOfThe, kind: 'proportion', accept: (text, match) => findingBefore.test(before(text, match.index!, 60))}
]
