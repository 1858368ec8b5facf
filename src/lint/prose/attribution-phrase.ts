import {participlePhrases} from './attribution-participle.js'
import {repeatedPhrases} from './attribution-repeated.js'
import {crowdPhrases} from './attribution-crowd.js'
import {generalEvidenceRule} from './attribution-definite.js'
import {hearsayPhrases} from './attribution-hearsay.js'
import {reputedPhrases} from './attribution-reputed.js'
import {asIsSaidRule, byManyRule, isBelievedToRule, isExpectedToRule, itIsSaidRule, itWasSaidAsideRule, putToBodyRule, widelyRule} from './attribution-passive.js'
import {
  beenCriticisedRule,
  beenReportedRule,
  beenShownToRule,
  describedAsRule,
  quotedAtRule,
  readInThePapersRule,
  regardedAsRule,
  weAreToldRule
} from './attribution-agentless.js'
import type {PatternRule} from './span.js'
import {unnamedPhrases} from './attribution-unnamed.js'

// Vague attributions in fixed phrases: impersonal passives (`it is widely
// believed that`, `are thought to`, `have been reported`), `some argue`,
// `according to experts`, `people familiar with`, `there is a broad
// consensus`. Each is one bounded pattern. The impersonal passives of belief
// and saying are in attribution-passive.ts, the passives of reporting with no
// agent in attribution-agentless.ts; this module holds the rest and the list
// of all of them, in one order.

/** `as other trials have found`, `As many studies have shown,`, `as several large studies have shown` (a quantifier and a word of size or kind): unnamed studies lent to the claim in an aside (not `such as`, nor `as our trials have found`, the writer's own). */
const asStudiesFound =
  /(?<!\bsuch\s)\bas\s+(?:(?:many|several|other|previous|earlier|recent|numerous|some|most|countless|past)\s+)?(?:(?:large|major|big|independent|long-term|randomi[sz]ed|controlled|published|peer-reviewed|clinical|national|international)\s+)?(?:studies|trials|surveys|experiments|researchers|scientists|analyses|reviews)\s+(?:have|has)\s+(?:(?:also|long|consistently|repeatedly|often|already)\s+)?(?:found|shown|reported|suggested|demonstrated|confirmed|noted)\b/giu
/** `some argue`, `many now say`, `others would still claim`, `Some estimate that` (round 59; `estimate` only before `that`: `some estimate of` is a noun): a quantifier for people, an auxiliary or an adverb, a verb of saying, thinking or reckoning. */
const someSay =
  /\b(?:some|many|others|most|few|several)\s+(?:(?:in|within|across|inside)\s+(?:the\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:would\s+|have\s+|might\s+|may\s+|will\s+)?(?:still\s+|even\s+|now\s+|also\s+|often\s+|privately\s+|openly\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|maintain|maintained|insist|think|feel|fear|worry|observe|observed|note|noted|warn|warned|reckon|predict|predicted|estimated?(?=\s+that\b))\b(?!\s+(?:in|over|on)\b)/giu
/** `according to experts`, `according to local agents`, `according to (just about) everyone in the trade` (a whole crowd, round 41): a class of sources, not one named after it (`according to figures from Harlow & Finch`, `according to figures supplied by the installer`: a participle naming who supplied them, round 39). */
const accordingTo =
  /\b[Aa]ccording\s+to\s+(?:some|many|most|several|various|unnamed|anonymous|one\s+estimate|(?:(?:just\s+)?(?:about|nearly|almost|practically|virtually)\s+)?(?:everyone|everybody)(?![\p{L}'’-])|(?:(?:some|many|most|local|senior|independent|unnamed|anonymous|industry|government|western|foreign|party|military|security|diplomatic|hospital|police)\s+)?(?!(?:its|his|hers|this|these|those|us)\b)\p{Ll}{3,}[^s\s's’]s\b(?!\s+(?:from|by|of|at|in|published|released|compiled|collected|issued|taken|supplied|provided|produced|prepared|given)\b))/gu
/** `according to the trade press`, `according to the national media`: the press or the media as a whole, no outlet named (not `according to the press release`, one document). */
const accordingToPress =
  /\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:press|media|papers|newspapers|tabloids|grapevine)\b(?!\s+(?:release|releases|statement|office|officer|pack|notice)\b)/gu
const familiarWith =
  /\b(?:people|persons|sources|officials|someone|a\s+person|those|one\s+person|insiders|friends|relatives|colleagues|associates|allies|aides|(?<!\p{L})\p{Ll}{2,}(?:er|ist|ian|ant|ent|or|ive|ee)s)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|who\s+asked\s+not\s+to\s+be\s+named)\b|\b(?:those|people|anyone|everyone|insiders)\s+in\s+the\s+know\b/giu
const accordingToFigures =
  /\baccording\s+to\s+(?:the\s+)?(?:latest|recent|new|official|unofficial|preliminary|provisional|leaked|government|industry)\s+(?:figures|data|estimates|reports|statistics|research|studies|polls|surveys|numbers)\b/giu
const consensus =
  /\bthere\s+(?:is|was|has\s+been)\s+(?:a\s+)?(?:broad|wide|general|widespread|growing|strong|near-universal|universal|scientific|overwhelming)\s+(?:consensus|agreement|recognition|acceptance)\b|\bby\s+(?:common|general|universal|broad|wide|popular)\s+(?:consent|agreement|acclaim|assent)\b/giu
const bodyOf =
  /\b(?:a\s+)?growing\s+body\s+of\s+(?:research|evidence|literature|work|studies)\b|\bthere\s+is\s+(?:(?:some|growing|strong|mounting|good|increasing|clear|ample|robust|solid)\s+)?evidence\s+that\b/giu
const wisdom = /\b(?:conventional|received|popular)\s+wisdom\b|\b(?:everyone|everybody)\s+(?:knows|agrees)\b/giu
/** `Everyone on the allotments says`, `everyone in the local walking groups says`, `everybody tells you`: a whole class with a reporting verb, no one in it named (its place up to three words). */
const everyoneSays =
  /\b(?:everyone|everybody)\s+(?:(?:on|in|at|around|across)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?)?(?:says|tells\s+you|reckons|swears|insists|warns)\b/giu
/** `Word from Ireland is that`, `The rumour in the yard was that`, `word has it that`: hearsay, passed on by no one named. */
const wordIs =
  /\b(?:the\s+)?(?:word|rumou?r|talk|gossip|buzz|whisper)\s+(?:(?:from|in|on|around|among|at|about|inside|across)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?(?:is|was|has\s+it|had\s+it|goes)\s+that\b/giu
/** `Paddock talk suggests`, `dressing-room gossip has it`: hearsay as the subject of a verb of suggesting (not after a determiner: `The talk suggests`, `her talk suggests`, a talk given). */
const talkSuggests =
  /(?<!(?:^|[^\p{L}'’-])(?:the|a|an|his|her|their|its|this|that|my|our|your)\s)(?<![\p{L}'’-])(?:talk|gossip|chatter|rumou?rs|buzz|whispers)\s+(?:(?:in|on|around|among|at|inside|across)\s+(?:the\s+)?[\p{L}'’-]+\s+)?(?:suggests?|suggested|has\s+it|had\s+it)(?![\p{L}'’-])/giu
/** `have reportedly moved`, `is reputedly the oldest`: a claim passed on as hearsay, with no reporter named. */
const reportedly = /(?<![\p{L}'’-])(?:reportedly|reputedly)(?![\p{L}'’-])/giu
/**
 * A study named only by its reach or kind, with no author or body: `A widely
 * cited study found`, `National research suggests`, `Recent research shows`,
 * `a much-shared study claims` (a claim as much as a finding, round 41). An
 * estimate or a figure known only by its reach puts a number on nobody's
 * authority: `one widely quoted estimate puts the gap at` (round 41).
 */
const studyByReach =
  /\b(?:(?:a|one|another)\s+(?:(?:widely|often|frequently|much|oft)[\s-](?:cited|quoted|reported|shared|publici[sz]ed)|famous|well-known|landmark|recent|major|large|new)\s+(?:study|survey|report|analysis|paper|poll)|(?:national|international|recent|new|independent|academic|scientific|government|medical)\s+(?:research|studies))\s+(?:has\s+)?(?:found|finds|shows?|showed|shown|suggests?|suggested|indicates?|indicated|proves?|proved|confirms?|confirmed|claims?|claimed)\b|\b(?:a|one|another)\s+(?:widely|often|frequently|much|oft)[\s-](?:cited|quoted|reported|shared|repeated|publici[sz]ed)\s+(?:estimate|figure|projection|forecast)\b/giu
/** `have some say`: the noun `say`, not a verb. */
const hasSay = /\b(?:have|has|had|having|want|wants|wanted|get|gets|given|give|a|no|little|any|more|without)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionPhrasePatterns: readonly RegExp[] = [
  talkSuggests,
  reportedly,
  asStudiesFound,
  someSay,
  accordingTo,
  accordingToPress,
  familiarWith,
  accordingToFigures,
  consensus,
  bodyOf,
  wisdom,
  everyoneSays,
  wordIs,
  hasSay,
  studyByReach
]

/** The fixed phrases by kind. */
export const attributionPhrases: readonly PatternRule[] = [
  itIsSaidRule,
  isBelievedToRule,
  isExpectedToRule,
  putToBodyRule,
  beenReportedRule,
  weAreToldRule,
  beenShownToRule,
  beenCriticisedRule,
  describedAsRule,
  regardedAsRule,
  itWasSaidAsideRule,
  asIsSaidRule,
  {regex: asStudiesFound, kind: 'study'},
  quotedAtRule,
  readInThePapersRule,
  widelyRule,
  byManyRule,
  {regex: someSay, kind: 'some', accept: (text, match) => !hasSay.test(text.slice(Math.max(0, match.index! - 16), match.index))},
  {regex: accordingTo, kind: 'according-to'},
  {regex: accordingToPress, kind: 'according-to'},
  {regex: familiarWith, kind: 'anonymous'},
  {regex: accordingToFigures, kind: 'according-to'},
  {regex: consensus, kind: 'consensus'},
  {regex: bodyOf, kind: 'consensus'},
  {regex: wisdom, kind: 'consensus'},
  {regex: everyoneSays, kind: 'consensus'},
  {regex: wordIs, kind: 'impersonal'},
  {regex: talkSuggests, kind: 'impersonal'},
  {regex: reportedly, kind: 'impersonal'},
  {regex: studyByReach, kind: 'study'},
  generalEvidenceRule,
  // `It is thought the fire began`, `is usually traced to`, `the trade expects` (attribution-hearsay.ts).
  ...hearsayPhrases,
  // `with independent card shops reporting sales up` (attribution-participle.ts).
  ...participlePhrases,
  // `It has been said more than once in this inquiry that` (attribution-repeated.ts).
  ...repeatedPhrases,
  // `by some estimates`, `Everyone's saying` (attribution-crowd.ts).
  ...crowdPhrases,
  // `is supposed to do wonders`, `we're told,` (attribution-reputed.ts).
  ...reputedPhrases,
  // `according to dance teachers`, `told by neighbours`, `one large insurer found` (attribution-unnamed.ts).
  ...unnamedPhrases
]
