import type {PatternRule} from './span.js'
import {after, before} from './span.js'

// Absolute claims with no superlative word before a noun, and readings that
// make one no claim about the world:
// - a frequency ranked after its verb: `are caught most often in changing
//   rooms`, `occurs most commonly in spring`;
// - none of a kind existing: `no national guidance existed`, `no such
//   register exists`;
// - `will never` or `will always` with a subject in the third person: an
//   absolute forecast (`The surface will never need topping up`, `Lenders
//   will always require`), not the writer's own promise or rhetoric (`we
//   will never know`, `Buyers will never have a better chance`);
// - an absolute a rule makes so (`Every junior bout was three rounds, as the
//   rules require`);
// - how people at one occasion seemed to take it (`nobody in the hall
//   seemed to disagree`);
// - a named person's own weakest or strongest subject or skill (`Sofia's
//   weakest subject`): a report on one person, not a ranking of the world.

/** A verb, then `most` or `least` and an adverb of frequency: `caught most often`, `occurs most commonly` (not a pronoun before it, `we most often buy`, nor `the most often cited`, which ranks a noun and is read elsewhere). */
const frequencyMost =
  /(?<![\p{L}'’-])(?!(?:the|its|their|his|her|our|my|your|a|an|which|what|whose|who|that|is|are|was|were|be|been|we|you|they|he|she|it|one)\s)\p{Ll}{2,20}\s(?:most|least)\s(?:often|commonly|frequently)(?![\p{L}'’-])/gu
/** The writer's, the reader's or a person's own habit before it: `the one I use most often`, `what you eat most often`. */
const habitBefore = /(?<![\p{L}'’-])(?:I|we|you|they|he|she)\s+(?:\p{Ll}+\s+)?$/u
/** A determiner before the word: `the timber most often mislabelled` ranks a noun (read by superlative.ts's `mostOften`). */
const determinerBefore = /(?<![\p{L}'’-])(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/iu
/** A question of which, after it or before it: `which route is used most often`. */
const whichBefore = /(?<![\p{L}'’-])(?:which|who|what|whichever|whoever|where|when)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu

/** `no national guidance existed`, `no such register exists`: none of a kind exists (or existed), an absence claimed of the world. */
const noneExisted = /(?<![\p{L}'’-])no\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}\s+(?:existed|exists|exist)(?![\p{L}'’-])/giu

/** `will` or `shall` right before the absolute. */
const futureBefore = /(?<![\p{L}'’-])(?:will|shall|won['’]t)\s+$|['’]ll\s+$/iu
/** The writer or the reader as the subject of the future: `we will never`, `you'll always` (a promise or an address, not a forecast). */
const personFuture = /(?<![\p{L}'’-])(?:I|we|you)(?:\s+(?:will|shall)|['’]ll)\s+$/iu
/** Rhetoric about the future after `never` or `always`: `never have a better chance`, `never find a quieter season`, `never know`, `always be remembered`, `never be so quiet again` (a loss felt, a farewell's). */
const rhetoricAfter =
  /^\s+(?:(?:\p{Ll}+\s+)(?:a|an)\s+(?:better|\p{Ll}{2,}er)(?![\p{L}'’-])|(?:know|forget|regret|be\s+forgotten|be\s+remembered|be\s+the\s+same|look\s+back)(?![\p{L}'’-])|be\s+(?:quite\s+)?(?:so|as)\s+\p{Ll}{2,}\s+(?:again|without)(?![\p{L}'’-]))/iu

/** A rule that makes it so, later in the sentence: `, as the rules require`, `as required by the code`, `as the law demands`. */
const ruleRequires =
  /^[^.!?]{0,120}?(?<![\p{L}'’-])as\s+(?:(?:the|our|its|their|club|league|competition|house|safety)\s+)?(?:[\p{Ll}-]+\s+)?(?:rules?|regulations?|law|laws|constitution|code|standard|handbook|bylaws?|statutes?)\s+(?:require|requires|required|demand|demands|dictate|dictates|stipulate|stipulates|specify|specifies)(?![\p{L}'’-])|^[^.!?]{0,120}?(?<![\p{L}'’-])as\s+required\s+by(?![\p{L}'’-])/iu

/** `nobody`, `no one`. */
const noneWord = /^(?:nobody|no\s+one)$/iu
/** How the people at one occasion seemed to take it, past a phrase of place: `in the hall seemed to disagree`, `appeared to mind`. */
const seemedReaction =
  /^\s+(?:(?:in|at|on|around|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,2}?)?(?:seemed|appeared)\s+to\s+(?:disagree|complain|object|mind|argue|grumble|protest|quarrel|demur|notice|care|dispute|question)(?![\p{L}'’-])/iu

/** A person's own, before the superlative: `Sofia's `, `his `, `my `. */
const personPossessive = /(?:\p{Lu}\p{Ll}+['’]s|(?<![\p{L}'’-])(?:his|her|their|my|your))\s+$/u
/** One of a person's own subjects or skills after it: `weakest subject`, `strongest stroke`. */
const ownAttributeAfter =
  /^\s+(?:subjects?|skills?|areas?|topics?|papers?|modules?|strokes?|shots?|events?|positions?|instruments?|discipline|side|hand|foot|suit|language|piece|exercise|lift)(?![\p{L}'’-])/iu
/** A possessive opening the superlative's own words: `his weakest`. */
const possessiveOpening = /^(?:his|her|their|my|your)\s/iu
/** The superlative words a person's own strengths are ranked with. */
const strengthWord = /(?:^|\s)(?:weakest|strongest|best|worst|favou?rite|least\s+favou?rite)$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeForecastPatterns: readonly RegExp[] = [
  frequencyMost,
  habitBefore,
  determinerBefore,
  whichBefore,
  noneExisted,
  futureBefore,
  personFuture,
  rhetoricAfter,
  ruleRequires,
  noneWord,
  seemedReaction,
  personPossessive,
  ownAttributeAfter,
  possessiveOpening,
  strengthWord
]

/** The absolutes and rankings of this module. */
export const forecastRules: readonly PatternRule[] = [
  {
    regex: frequencyMost,
    kind: 'superlative',
    accept: (text, match) =>
      !habitBefore.test(before(text, match.index!, 24)) && !determinerBefore.test(before(text, match.index!, 12)) && !whichBefore.test(before(text, match.index!, 48))
  },
  {regex: noneExisted, kind: 'absolute'}
]

/**
 * Whether an absolute matched as `words` at `index` is the future of the
 * writer or the reader, or rhetoric about it (`we will never know`, `Buyers
 * will never have a better chance`); a forecast with a subject in the third
 * person (`The surface will never need topping up`) is a claim.
 */
export function futureNotClaimed(text: string, index: number, words: string): boolean {
  const lead = before(text, index, 16)
  if (!futureBefore.test(lead)) return false
  return personFuture.test(lead) || rhetoricAfter.test(after(text, index + words.length, 40))
}

/** Whether an absolute at `index` (its words `words`) is no claim about the world: made so by a rule the sentence names (`as the rules require`), or how the people at one occasion seemed to take something (`nobody in the hall seemed to disagree`). */
export function absoluteByRuleOrReaction(text: string, index: number, words: string): boolean {
  const end = index + words.length
  if (ruleRequires.test(after(text, end, 140))) return true
  return noneWord.test(words) && seemedReaction.test(after(text, end, 64))
}

/** Whether a superlative at `index` (its words `words`) ranks a person's own subjects or skills (`Sofia's weakest subject`, `his strongest stroke`): a report on that person. */
export function ownStrength(text: string, index: number, words: string): boolean {
  const lead = before(text, index, 24) + (possessiveOpening.exec(words)?.[0] ?? '')
  return strengthWord.test(words) && personPossessive.test(lead) && ownAttributeAfter.test(after(text, index + words.length, 24))
}
