import type {PatternRule} from './span.js'

// Absolutes and rankings about a whole class, in forms with no `the … -est`
// before a noun: what every one of a kind does (`the first thing every
// climber learns`), what a general class ranks first (`the thing people
// dread most`), what no one of a kind can ever do (`No filter will ever
// remove every trace`), and a first in a body's history in apposition (`a
// distinction, the first awarded in the school's history`). And the scopes
// that make a superlative a pick, not a claim: the group the writer assessed
// (`the weakest section across the group`), `among` a class (`among the
// groups hit hardest`), and one of the writer's own measurements (`We
// measured the doors …, and the narrowest, at the store, is 690 mm`).

/** `every judoka learns`, `every gardener knows`, `every parent dreads`: what all of a class knows or meets, a universal about the world. */
const everyOneKnows =
  /(?<![\p{L}'’-])every\s+(?!(?:one|body|thing|day|year|time|week|month|other|single|so|now)(?![\p{L}'’-]))\p{Ll}[\p{Ll}-]{2,}\s+(?:(?:eventually|soon|quickly|already|still|sooner|later)\s+)?(?:learns|knows|needs|wants|fears|dreads|remembers|understands|loves|hates|faces|experiences|dreams\s+of|goes\s+through)(?![\p{L}'’-])/giu
/** `the thing people fear most`, `the quality parents value most`: a ranking of what a whole general class prefers or fears (not `the songs I love most`: the writer's own). */
const classRanksMost =
  /(?<![\p{L}'’-])the\s+(?:[\p{L}-]+\s+){1,2}?(?:most\s+)?(?:people|everyone|everybody|adults|children|parents|patients|voters|consumers|drivers|workers|students|customers|buyers)\s+(?:fear|dread|want|need|value|hate|love|like|enjoy|trust|miss|prefer|worry\s+about|complain\s+about)\s+most(?![\p{L}'’-])/giu
/** `No hearing aid will ever restore`, `No test can fully rule it out`: none of a kind can, ever, opening its sentence (not `No booking can be changed`: a rule). */
const noneCanEver =
  /(?<![\p{L}'’-])No\s+(?:other\s+)?(?!(?:one|body)(?![\p{L}'’-]))(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*[^s\s'’]\s+(?:(?:can|could|will)\s+ever|(?:can|could)\s+(?:fully|completely|entirely|truly|really|properly|reliably|match|replace|replicate|restore|cure|guarantee|prevent|rival|substitute|undo|reverse|eliminate))(?![\p{L}'’-])/gu
/** `, the first awarded to any apprentice in the provider's history`, `was the last built in the yard's history`: a first or a last in a body's history (an appositive or after a linking verb). */
const firstInHistory =
  /(?<=(?:,|(?<![\p{L}'’-])(?:is|was|are|were|became))\s)the\s+(?:first|last)\s+(?:\p{Ll}{3,}ed|won|given|held|made|built|seen|sold|taken)(?=\s+(?:to|by|at|in|on|for)\s[^.!?;]{0,80}?(?<![\p{L}'’-])history(?![\p{L}'’-]))/giu

/** `among the groups hit hardest`: `among` a class before the superlative, a hedge as `one of` is. */
const amongBefore = /(?<![\p{L}'’-])among\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}$/iu
/** `the weakest section across the group`, `the strongest work in this cohort`: ranked within the group the writer assessed. */
const assessedGroupAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:across|among|in|within|of)\s+(?:the|this|our|my)\s+(?:whole\s+)?(?:group|cohort|class|candidates|entry|entries|intake|sample|session|batch|squad|set)(?![\p{L}'’-])/iu
/** A superlative with no noun, a comma after it: `the narrowest, at the cloakroom, is`. */
const nounlessAfter = /^,\s/u
/** The writer's own measuring, in the sentence before a superlative: `We measured the door widths`, `I timed each run`. */
const ownMeasuring = /(?<![\p{L}'’-])(?:we|I)\s+(?:(?:also|then|first|carefully)\s+)?(?:measured|weighed|timed|tested|recorded|sampled|surveyed|counted|checked|logged)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeClassPatterns: readonly RegExp[] = [
  everyOneKnows,
  classRanksMost,
  noneCanEver,
  firstInHistory,
  amongBefore,
  assessedGroupAfter,
  nounlessAfter,
  ownMeasuring
]

/** The absolutes and rankings of a whole class this module finds. */
export const classRules: readonly PatternRule[] = [
  {regex: everyOneKnows, kind: 'absolute'},
  {regex: classRanksMost, kind: 'superlative'},
  {regex: noneCanEver, kind: 'absolute'},
  {regex: firstInHistory, kind: 'superlative'}
]

/** Whether `among` a class stands before a superlative (`lead`, the text before it): `among the groups hit hardest`. */
export function amongClass(lead: string): boolean {
  return amongBefore.test(lead)
}

/**
 * Whether a superlative picks within the writer's own matter, given the
 * words after it (`rest`) and its sentence up to it (`lead`): the group the
 * writer assessed (`across the group`), or, with no noun after it, one of
 * the writer's own measurements in that sentence (`We measured … and the
 * narrowest, at the store, is 690 mm`).
 */
export function pickedInOwnAssessment(lead: string, rest: string): boolean {
  return assessedGroupAfter.test(rest) || (nounlessAfter.test(rest) && ownMeasuring.test(lead))
}
