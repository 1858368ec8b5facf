import type {PatternRule} from './span.js'
import {before} from './span.js'

// Absolutes and rankings with no `the … -est` (round 37): a ranking in a
// hyphenated compound (`industry-leading`, `world-class`… `-leading`: above
// all of a field), none of a kind doing a thing yet (`no European service
// yet flies them`), nothing of a kind existing (`there is no commercially
// resistant variety`, `there is no cure`), and a first across a domain
// (`the first time the method has been used anywhere in the region`). Each
// claims something of the whole world or field. Not a claim: `at their
// fullest`, `to the fullest` (an idiom of measure: hedgerows in full leaf,
// not ranked against anything), and `every` after thanks (`Thanks to every
// steward who stayed late`: gratitude, no claim that all of a kind did so).

/** `industry-leading`, `world-beating`, `best-in-class`: above all of a field, in one word. */
const fieldLeading = /(?<![\p{L}'’-])(?:(?:industry|world|market|sector|class|category)-(?:leading|beating)|best-in-class)(?![\p{L}'’-])/giu
/** `no European service yet flies`, `no glasshouse yet grows`: none of a kind doing it, so far (a verb in the present after `yet`; `No council has yet` is read by `noneYet`). */
const noneYetDoes = /(?<![\p{L}'’-])no\s+(?:[\p{L}-]+\s+){1,3}?yet\s+(?!(?:has|is|was|does|seems|appears|exists)(?![\p{L}'’-]))\p{Ll}{3,}s(?![\p{L}'’-])/giu
/** `there is no cure`, `there is still no commercially resistant variety`: nothing of a kind of remedy or stock exists (not `there is no evidence`, `no need`: what the writer has or asks). */
const noneExists =
  /(?<![\p{L}'’-])there\s+(?:is|are|exists?)\s+(?:still\s+|currently\s+|as\s+yet\s+)?no\s+(?:(?:known|commercially|effective|reliable|licensed|approved|proven|safe)\s+)?(?:[\p{Ll}-]+\s+)?(?:cure|vaccine|treatment|remedy|antidote|variety|varieties|cultivar|cultivars|breed|substitute|equivalent)(?![\p{L}'’-])/giu
/** `the first time state-based suppression has been used anywhere in the region`: a first across a place or the world, its subject lower-case (a capital or an article is read by superlative-voice.ts's `firstTime`). */
const firstTimeAnywhere =
  /(?<![\p{L}'’-])the\s+first\s+time\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:has|have|had)\s+(?:ever\s+)?been\s+\p{Ll}{3,}\s+(?:[\p{Ll}-]+\s+){0,2}?(?:anywhere|in\s+(?:the\s+)?(?:world|country|region|county|state|nation|UK|Britain|Europe))(?![\p{L}'’-])/gu
/** `at their fullest`, `to the fullest`: an idiom of measure. */
const fullestIdiom = /^(?:its|their|his|her|our|the)\s+fullest$/iu
const atOrToBefore = /(?<![\p{L}'’-])(?:at|to)\s+$/iu
/** Thanks given before `every`: `Thanks to every steward who`, `We are grateful to every`, `our thanks go to every` (gratitude, no claim that all of a kind did so; not a lower-case `thanks to every household sorting its waste`, a cause). */
const thanksBefore = /(?<![\p{L}'’-])(?:(?:Many\s+|Special\s+|Huge\s+)?Thanks|[Tt]hank\s+you|[Tt]hanked|[Gg]rateful|[Gg]ratitude|[Tt]hanks\s+(?:go|goes|went))\s+(?:to|for)\s+$/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeUniversalPatterns: readonly RegExp[] = [fieldLeading, noneYetDoes, noneExists, firstTimeAnywhere, fullestIdiom, atOrToBefore, thanksBefore]

/** The rankings and absolutes of this module, each a span of its own kind. */
export const universalRules: readonly PatternRule[] = [
  {regex: fieldLeading, kind: 'superlative'},
  {regex: noneYetDoes, kind: 'absolute'},
  {regex: noneExists, kind: 'absolute'},
  {regex: firstTimeAnywhere, kind: 'superlative'}
]

/** Whether a `the … -est` match is the idiom `at their fullest`, `to the fullest`. */
export function fullestIdiomAt(text: string, match: RegExpMatchArray): boolean {
  return fullestIdiom.test(match[0]) && atOrToBefore.test(before(text, match.index!, 8))
}

/** Whether `every` at `match` follows thanks given: `Thanks to every steward who stayed late`. */
export function thanksEvery(text: string, match: RegExpMatchArray): boolean {
  return thanksBefore.test(before(text, match.index!, 32))
}
