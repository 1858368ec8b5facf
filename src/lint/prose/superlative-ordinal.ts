// `the first` or `the last` after a linking verb (see superlative.ts):
// a claim when the words after it name the class it is first in (`the
// first in the region to open`, `the first trial of its kind`).
import type {PatternRule} from './span.js'
import {after} from './span.js'
import {lastLeftInLand, roleRankedInLand} from './superlative-record.js'
import {hedgeInSentence} from './superlative-claim.js'
import {firstInCompoundClass} from './superlative-beaten.js'
import {firstUnderProvision, lastStillDone} from './superlative-outcome.js'
import {firstWorkAbout} from './superlative-occasion.js'
import {unhedged} from './superlative-hedge.js'

/** `was the first in the region to be opened`, `the first woman to chair a health authority in England`: a first within a named class; after a verb of making and its object too (`making ours the first club in the county to`, round 49). */
const theFirst = /\b(?:is|was|are|were|became|becomes|remains?|remained|(?:making|made|makes)\s+(?:it|ours|theirs|them|us|him|her|this|that|the\s+[\p{L}-]+))(?:\s*,\s*[^,.;!?]{1,40},)?\s+(?:also\s+|now\s+|still\s+)?the\s+(?:first|last)\b(?![\s-]+ever\b)/giu
/** `the first trial of its kind`, `the first feature shot entirely at night`: a first in a class the words after it name. */
const ofItsKind =
  /^\s+(?:[\p{L}-]+\s+){0,3}?of\s+(?:its|her|his|their)\s+(?:kind|class|type)\b|^\s+(?:[\p{L}-]+\s+){1,3}?(?:\p{L}{3,}ed|shot|built|made|written|held|done|grown|sold|won|run|taken|drawn|sung|flown|sent)\s+(?:entirely|wholly|fully|solely|only|in|on|at|by|with|from|without|outside|abroad)\b/u
/** `the first … to` and a class or a named body: `the first in the region to open`, `the first rail depot in Scotland to run` (up to two words before `in`, round 51), `the first woman to sail in Antarctic waters`, `the first whale to strand alive on the Cornish coast` (a named place after `on` or `along`, with `the`; round 41). */
const toAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|at|of|on|among|across|within)\s+[^.!?;]{0,48}\bto\s+\p{L}|^\s+(?:[\p{L}-]+\s+){0,3}?to\s+[^.!?;]{0,60}\b(?:in|of|at|across|on|along)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}'’-]))\p{Lu}/u
/** `the first appeal to reach the Tribunal`: a first tied to a named body right after its verb (its own pattern: with `toAfter`'s two, one pattern took the ReDoS checker 59 s of its 60). */
const toNamedAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?to\s+\p{Ll}{2,}\s+(?:the\s+)?\p{Lu}/u
/** `the first player from the club to win`: a first out of a group a body makes up. */
const fromGroupTo = /^\s+(?:[\p{L}-]+\s+)?from\s+(?:the|this|our|their|its|his|her)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+to\s+\p{L}/u

/** `the first pumpkin over a tonne ever weighed`, `the first woman ever elected`: `ever` and a participle after the noun, a first over all of a kind there has been (round 50). */
const everDone = /^\s+(?:[\p{L}'’-]+\s+){1,5}?ever\s+\p{Ll}{2,}(?:ed|en|wn|ght|lt)(?![\p{L}'’-])/u

/**
 * `the first` opening an appositive after a comma (round 61): `…, the first
 * player from the club to play for Wales`, `…, the first woman to run a
 * drilling firm in the state`, `…, the first on this stretch of coast to do
 * so` — the same claim as `was the first … to`, put after the noun or clause
 * it describes. Only with a `to` clause after it (`toAfter`, `toNamedAfter`,
 * `fromGroupTo`, or a kind and a verb with its object, `appositiveTo`): not
 * `…, the first stop on the tour`, a place in an order.
 */
const appositiveFirst = /(?<=,\s{1,3})the\s+first(?![\s-]+ever\b)(?![\p{L}'’-])/gu
/** `In June, the first hikers to reach the hut found snow`: after a phrase of time or place opening the sentence, `the first …` is the clause's subject, no appositive. */
const openingPhraseBefore =
  /(?:^|[.!?]\s+)(?:In|On|At|By|After|Before|During|Last|This|Then|Since|Within|Later|Earlier|Today|Yesterday|Once|Now|When|As|Until)(?![\p{L}'’-])[^,.!?]{0,40},\s*$/u
/** `the first woman to run a firm`: a kind, `to`, a verb and its object. */
const appositiveTo = /^\s+(?:[\p{L}\d-]+\s+){1,5}?to\s+\p{Ll}{2,}\s+(?:a|an|the|any|its|their|his|her)\s/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeOrdinalPatterns: readonly RegExp[] = [theFirst, toAfter, toNamedAfter, fromGroupTo, ofItsKind, everDone, appositiveFirst, appositiveTo, openingPhraseBefore]

/** `was the first in the region to be opened`: a first within a class the words after it name. */
export const theFirstRule: PatternRule = {
    regex: theFirst,
    kind: 'superlative',
    accept: (text, match) => {
      const rest = after(text, match.index! + match[0].length, 72)
      // `is, to our knowledge, the first`: a hedge in the aside.
      return unhedged(text, match) && !hedgeInSentence.test(match[0]) && (toAfter.test(rest) || toNamedAfter.test(rest) || everDone.test(rest) || fromGroupTo.test(rest) || ofItsKind.test(rest) || firstWorkAbout(rest) || firstInCompoundClass(rest) || roleRankedInLand(rest) || lastLeftInLand(match[0], rest) || firstUnderProvision(rest) || lastStillDone(match[0], rest))
    }
  }

/** `…, the first player from the club to play for Wales`: an appositive first with its `to` clause (round 61). */
export const appositiveFirstRule: PatternRule = {
  regex: appositiveFirst,
  kind: 'superlative',
  accept: (text, match) => {
    const rest = after(text, match.index! + match[0].length, 72)
    if (openingPhraseBefore.test(text.slice(Math.max(0, match.index! - 60), match.index!))) return false
    return unhedged(text, match) && (toAfter.test(rest) || toNamedAfter.test(rest) || fromGroupTo.test(rest) || appositiveTo.test(rest))
  }
}
