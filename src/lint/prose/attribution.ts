import type {PatternRule, Span} from './span.js'
import {before, findSpans, startsUpper, wordBefore} from './span.js'

// Each pattern starts at a fixed word and reads a bounded phrase forward.

const studiesShow =
  /\b(?:(?:many|several|numerous|some|recent|multiple|various|countless|most|other|previous|earlier|independent|new|past|official)\s+)?(?:studies|research|surveys|polls|analyses|data|statistics|findings|evidence|figures|work|literature|reports|estimates|experience)\s+(?:(?:has|have|had)\s+(?:long\s+|repeatedly\s+|consistently\s+|already\s+)?)?(?:shown|show|shows|suggest|suggests|suggested|found|find|finds|indicate|indicates|indicated|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed|prove|proves|proved|proven|reveal|reveals|revealed)\b/giu
const expertsSay =
  /\b(?:(?:many|most|some|several|leading|top|other|independent|prominent|numerous|a\s+number\s+of|a\s+growing\s+number\s+of|a\s+lot\s+of|the)\s+)?(?:experts|scientists|researchers|scholars|academics|economists|analysts|observers|commentators|critics|officials|sources|insiders|historians|specialists|pundits|authorities|people|campaigners|advocates|activists|diplomats|practitioners|opponents|sceptics|skeptics|supporters|proponents|detractors)\s+(?:(?:have|had|has|would|will|may|might|often|also|now|long|widely)\s+){0,2}(?:agree|agreed|say|says|said|believe|believed|claim|claimed|argue|argued|suggest|suggested|warn|warned|contend|contended|maintain|maintained|think|thought|point\s+out|pointed\s+out|note|noted|insist|insisted|fear|feared|estimate|estimated|predict|predicted|concede|conceded|acknowledge|acknowledged|charge|charged|allege|alleged|complain|complained|told|expect|expects|expected|doubt|doubted|question|questioned|dispute|disputed|accuse|accused|critici[sz]e|critici[sz]ed|reject|rejected|deny|denied|close\s+to)\b/giu
const itIsSaid =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|frequently\s+|long\s+|increasingly\s+|now\s+|sometimes\s+|universally\s+|broadly\s+)?(?:believed|thought|accepted|said|known|argued|held|assumed|recogni[sz]ed|reported|claimed|suggested|acknowledged|understood|estimated|feared|alleged|rumou?red)\s+(?:that|to)\b/giu
const isBelievedTo =
  /\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+)?(?:believed|thought|said|reported|alleged|rumou?red|understood)\s+to\s+\p{L}/giu
const widely =
  /\b(?:widely|generally|commonly|universally|broadly)\s+(?:believed|accepted|acknowledged|regarded|recogni[sz]ed|considered|held|thought|agreed|seen|viewed|understood)\b/giu
const someSay =
  /\b(?:some|many|others|most|few)\s+(?:\p{L}+\s+)?(?:would\s+|have\s+|might\s+|may\s+|will\s+|still\s+|even\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|maintain|maintained|insist|think|feel|fear|worry|observe|observed|note|noted|warn|warned)\b(?!\s+(?:in|over|on)\b)/giu
const accordingTo =
  /\baccording\s+to\s+(?:some|many|most|several|various|unnamed|anonymous|(?:some\s+|many\s+|most\s+)?(?:experts|critics|observers|analysts|sources|officials|reports|estimates|insiders|researchers|scientists|scholars|studies|commentators|rumou?rs|witnesses|accounts|one\s+estimate))\b/giu
const familiarWith =
  /\b(?:people|persons|sources|officials|someone|a\s+person|those|one\s+person|insiders)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|who\s+asked\s+not\s+to\s+be\s+named)\b/giu
const accordingToFigures =
  /\baccording\s+to\s+(?:the\s+)?(?:latest|recent|new|official|unofficial|preliminary|provisional|leaked|government|industry)\s+(?:figures|data|estimates|reports|statistics|research|studies|polls|surveys|numbers)\b/giu
const consensus =
  /\bthere\s+(?:is|was|has\s+been)\s+(?:a\s+)?(?:broad|wide|general|widespread|growing|strong|near-universal|universal|scientific|overwhelming)\s+(?:consensus|agreement|recognition|acceptance)\b/giu
const bodyOf = /\b(?:a\s+)?growing\s+body\s+of\s+(?:research|evidence|literature|work|studies)\b/giu
const wisdom = /\b(?:conventional|received|popular)\s+wisdom\b|\b(?:everyone|everybody)\s+(?:knows|agrees)\b/giu

// Vetoes on a bounded slice before a match.
/** `these studies show`, `the survey data show`: the words point back at a named source. */
const pointsBack = /\b(?:these|those|the|our|their|its|his|her|both|such|this|my|your|whose|two|three|four|five|\d+)\s+(?:\p{L}+\s+)?$/iu
/** `have some say`: the noun `say`, not a verb. */
const hasSay = /\b(?:have|has|had|having|want|wants|wanted|get|gets|given|give|a|no|little|any|more|without)\s+$/iu
/** A match that opens with `the` (`the experts agree`) already holds its pointer word. */
const openingThe = /^the\s/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionPatterns: readonly RegExp[] = [
  studiesShow,
  expertsSay,
  itIsSaid,
  isBelievedTo,
  widely,
  someSay,
  accordingTo,
  familiarWith,
  accordingToFigures,
  consensus,
  bodyOf,
  wisdom,
  pointsBack,
  hasSay,
  openingThe
]

// Capitalised words that open a sentence without naming anyone.
const notNames = new Set([
  'A', 'An', 'And', 'Also', 'But', 'Even', 'Elsewhere', 'Here', 'However', 'Indeed', 'Meanwhile',
  'Now', 'Other', 'So', 'Still', 'Such', 'Then', 'There', 'Today', 'Yet', 'I', 'We', 'They',
  // Words that say what kind of people, not which: `Government sources insist`.
  'Government', 'Senior', 'Western', 'Local', 'Military', 'Security', 'Intelligence', 'Diplomatic',
  'Official', 'Unnamed', 'Anonymous', 'Industry', 'Opposition', 'Independent', 'Leading', 'Prominent',
  'Foreign', 'Party', 'Police', 'Health', 'Legal', 'Medical', 'Climate', 'Financial', 'Political',
  'Economic', 'Market', 'Defence', 'Defense', 'Education', 'Western', 'Conservative', 'Liberal'
])

/** Whether no name stands right before a match (`UNHCR data show`, `Eurostat figures show` name their source). */
function unnamed(text: string, match: RegExpMatchArray): boolean {
  const word = wordBefore(text, match.index!)
  return !startsUpper(word) || notNames.has(word)
}

const rules: PatternRule[] = [
  {
    regex: studiesShow,
    kind: 'studies',
    accept: (text, match) => unnamed(text, match) && !pointsBack.test(before(text, match.index!, 32))
  },
  {
    regex: expertsSay,
    kind: 'experts',
    // `the` opens the pattern (`the experts agree`), so only other pointers veto it.
    accept: (text, match) =>
      unnamed(text, match) && (openingThe.test(match[0]) || !pointsBack.test(before(text, match.index!, 32)))
  },
  {regex: itIsSaid, kind: 'impersonal'},
  {regex: isBelievedTo, kind: 'impersonal'},
  {regex: widely, kind: 'impersonal'},
  {regex: someSay, kind: 'some', accept: (text, match) => !hasSay.test(before(text, match.index!, 16))},
  {regex: accordingTo, kind: 'according-to'},
  {regex: familiarWith, kind: 'anonymous'},
  {regex: accordingToFigures, kind: 'according-to'},
  {regex: consensus, kind: 'consensus'},
  {regex: bodyOf, kind: 'consensus'},
  {regex: wisdom, kind: 'consensus'}
]

/**
 * The vague attributions in a block of prose: “studies show”, “experts
 * agree”, “it is widely believed that”, “critics say”, “some argue”,
 * “according to experts”, “there is a broad consensus” — a claim given to
 * someone unnamed. Named or pointed-back sources (`UNHCR data show`, `these
 * studies show`) are not vague.
 */
export function detectVagueAttributions(text: string): Span[] {
  return findSpans(text, rules)
}
