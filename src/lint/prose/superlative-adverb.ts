import type {PatternRule} from './span.js'
import {after, before} from './span.js'

// Rankings with no `the … -est` before a noun: a superlative adverb after
// its verb (`rust spreads fastest where paint is chipped`, `late pears
// fared worst`), `the most` or `the least` closing a clause after a verb
// (`Farmers in the north earned the most,`) and `every` as the object of a
// verb of fitting or serving
// (`the key opens every door in the building`). Each claims that nothing
// of the world does better, more, or is left out.

/** A superlative adverb of speed or distance after a word that is no determiner or linking verb: `spreads fastest`, `travelled furthest`. */
const adverbSuperlative =
  /(?<![\p{L}'’-])(?!(?:the|its|their|his|her|our|my|your|a|an|is|are|was|were|be|been|being|which|what|whose)\s)\p{Ll}{2,20}\s(?:fastest|quickest|slowest|furthest|farthest|soonest)(?![\p{L}'’-])/gu
/** `the most` or `the least` closing a clause after a verb in the past or the present: `earned the most,`, `suffers the least.`. */
const theMostClosing = /(?<=(?:ed|[^s\P{L}]s)\s)the\s+(?:most|least)(?=\s*[,;.!?])/giu
/** A verb of wanting or liking before it: `needs it the most` is someone's wish, not a ranking. */
const wantingBefore =
  /\b(?:needs|needed|wants|wanted|likes|liked|loves|loved|misses|missed|fears|feared|values|valued|enjoys|enjoyed|prefers|preferred|hates|hated)\s+(?:it\s+|them\s+|this\s+|that\s+)?$/iu
/** `every` as the object of a verb of fitting, serving or opening: `fits every lock`, `serves every village` (not a time: `opens every morning`). */
const everyFitted =
  /(?<=(?<![\p{L}'’-])(?:fits|fit|suits|suit|serves|matches|opens|unlocks|reaches)\s)every\s+(?!(?:year|day|week|month|time|morning|evening|night|weekend|hour|minute|season|summer|winter|spring|autumn|so|now)\b)(?:[\p{L}-]+\s+)?\p{L}+/giu
/** The writer's or the reader's own, after `every` and its noun: `every lock we tried`. */
const ownAfter = /^every\s+[\p{L}-]+\s+(?:I|we|you)\b/u

/** A change ranked by its degree: `fell most sharply`, `rose least steeply`, `has grown most quickly` — nothing else of the kind changed as much. */
const changedMost =
  /(?<![\p{L}'’-])(?:fell|falls|fallen|rose|rises|risen|grew|grows|grown|dropped|drops|declined|declines|climbed|climbs|increased|increases|decreased|decreases|improved|improves|worsened|worsens|shrank|shrinks|shrunk|recovered|recovers)\s+(?:most|least)\s+\p{Ll}{3,}ly(?![\p{L}'’-])/giu

/** `fared worst`, `suffered worst`, `came off best`: `worst` or `best` as an adverb after a verb of faring or suffering — nothing else of the kind did as badly or as well (as `hit hardest` claims). */
const faredWorst =
  /(?<![\p{L}'’-])(?:fared|fares|fare|faring|suffered|suffers|suffer|suffering|came\s+off|comes\s+off|come\s+off)\s+(?:the\s+)?(?:worst|best)(?![\p{L}'’-])/giu
/** `which varieties fared worst`, `who came off best`: the question of who did, not a ranking claimed. */
const whichBefore = /(?<![\p{L}'’-])(?:which|who|what|whichever|whoever)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeAdverbPatterns: readonly RegExp[] = [adverbSuperlative, theMostClosing, wantingBefore, everyFitted, ownAfter, changedMost, faredWorst, whichBefore]

/** The rankings of this module, each a span of its own kind. */
export const adverbRules: readonly PatternRule[] = [
  {regex: adverbSuperlative, kind: 'superlative'},
  {regex: changedMost, kind: 'superlative'},
  {regex: faredWorst, kind: 'superlative', accept: (text, match) => !whichBefore.test(before(text, match.index!, 40))},
  {regex: theMostClosing, kind: 'superlative', accept: (text, match) => !wantingBefore.test(before(text, match.index!, 24))},
  {regex: everyFitted, kind: 'absolute', accept: (text, match) => !ownAfter.test(after(text, match.index!, 40))}
]
