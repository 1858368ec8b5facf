import type {PatternRule, Span} from './span.js'
import {findSpans, mergeSpans} from './span.js'

// Vague attributions by kind. The main one is a source with a reporting
// verb: a plural class of people (`Agronomists say`, `Police chiefs
// privately concede`, `Officials in Brussels say`) or of studies and data
// (`Recent studies show`, `Evidence suggests`) as the subject of `say`,
// `agree`, `warn`, `found`, `show`… Each reporting verb is found by one
// pattern; its subject is read backwards from it, a bounded number of words,
// in a loop. The others are fixed phrases (`it is widely believed that`,
// `according to experts`, `there is a broad consensus`).

const reportingVerb =
  /(?<![\p{L}'’-])(?:agree[sd]?|say|says|said|believe[sd]?|claim(?:s|ed)?|argue[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|think|thinks|point(?:s|ed)?\s+out|note[sd]?|insist(?:s|ed)?|fear(?:s|ed)?|estimate[sd]?|predict(?:s|ed)?|concede[sd]?|acknowledge[sd]?|admit(?:s|ted)?|allege[sd]?|complain(?:s|ed)?(?!\s+about\b)|accuse[sd]?|feel|feels|warn(?:s|ed)?|told|tell|expect(?:s|ed)?|doubt(?:s|ed)?|dispute[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|suggest(?:s|ed)?|report(?:s|ed)?|recommend(?:s|ed)?|consider(?:s|ed)?|accept(?:s|ed)?|caution(?:s|ed)?|worr(?:y|ies|ied)|reckon(?:s|ed)?|stress(?:es|ed)?|observe[sd]?|concur(?:s|red)?|finds?|found|show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?)(?![\p{L}'’-])/giu
/** Verbs that only data and studies take as sources (`studies show`); people `say`. */
const dataVerb = /^(?:show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?)$/iu
/** Words between a subject and its verb: auxiliaries and adverbs (`have long`, `privately`, `broadly`). */
const betweenWord =
  /^(?:have|has|had|would|will|may|might|can|could|do|does|did|often|also|now|long|widely|still|already|always|repeatedly|even|increasingly|generally|broadly|largely|privately|publicly|openly|mostly|usually|typically|consistently|\p{L}+ly)$/iu
/** Words that open a subject without pointing at anyone: quantifiers and generic adjectives. */
const quantifier =
  /^(?:many|most|some|several|numerous|other|others|few|various|countless|multiple|leading|top|independent|prominent|senior|all|more|recent|new|previous|earlier|later|past|existing|published|scientific|academic|further|growing|serious|reputable|reliable|rigorous|careful|credible|major|large|every|each|any)$/iu
/** Words that point back at a source already named: `these studies`, `the researchers`. */
const pointer = /^(?:the|these|those|this|that|its|their|his|her|our|my|your|both|such|whose|said)$/iu
/** Nouns for studies and data (`Recent studies show`); a modifier makes them a named kind (`payroll data`). */
const studyNoun =
  /^(?:studies|study|research|surveys?|polls?|analyses|analysis|data|statistics|findings|evidence|figures|literature|reports?|estimates|experiments|trials|reviews|experience|work)$/iu
/** A plural noun: `experts`, `vice-chancellors`, `people`. */
const pluralNoun =
  /^(?!(?:[\p{L}'’]*-)?(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)$)(?!(?:this|thus|was|has|does|its|his|hers|ours|yours|theirs|yes|less|unless|always|perhaps|sometimes|besides|across|towards|afterwards|whereas|news|series|species|means|physics|economics|politics|statistics|analysis|basis|crisis)$)(?:\p{L}[\p{L}'’-]*\p{L}[^sui's’]s|people|men|women|children)$/iu
/** Prepositions that may follow the head of a subject: `Officials in Brussels`, `Economists of every stripe`. */
const preposition = /^(?:in|of|on|at|from|across|for|inside|within|around|close\s+to)$/iu
/** A word in capitals: an acronym names its body (`UNHCR officials`, `IOM data`). */
const acronym = /^\p{Lu}{2,}/u
const capitalFirst = /^\p{Lu}/u
const digit = /\d/u
/** `says`, `shows`: a verb whose subject is singular. */
const singularVerb = /^(?:says|\p{L}+[^s]s)$/iu
const ofWord = /^of$/iu
const thatWord = /^that$/iu
const presentFind = /^finds?$/iu
/** `that` right after a verb: the clause it reports. */
const thatAfter = /^\s+that\b/iu
/** Words that join clauses: the subject starts after them. */
const conjunction = /^(?:that|and|but|while|as|than|because|although|though|yet|so|when|where|since|if|whereas)$/iu
/** Study nouns that stand alone in the singular: `Evidence suggests`, `research shows`. */
const massNoun = /^(?:research|evidence|data|literature|experience|work|statistics)$/iu
const everyWord = /^(?:every|each|any)$/iu
/** Words that cannot stand in a subject before its head: `to`, `which`, verbs of making. */
const stopWord = /^(?:to|which|who|whom|whose|make|makes|made|let|lets|help|helps|having|being|is|are|was|were|be|been)$/iu
/** `as … as people think`, `than experts expected`: the start of a comparison. */
const comparison = /^(?:as|than)$/iu

const itIsSaid =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|frequently\s+|long\s+|increasingly\s+|now\s+|sometimes\s+|universally\s+|broadly\s+|well\s+)?(?:believed|thought|accepted|said|known|argued|held|assumed|recogni[sz]ed|reported|claimed|suggested|acknowledged|understood|estimated|feared|alleged|rumou?red)\s+(?:that|to)\b/giu
const isBelievedTo =
  /\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+)?(?:believed|thought|said|reported|alleged|rumou?red|understood)\s+to\s+\p{L}/giu
const widely =
  /\b(?:widely|generally|commonly|universally|broadly)\s+(?:believed|accepted|acknowledged|regarded|recogni[sz]ed|considered|held|thought|agreed|seen|viewed|understood)\b/giu
const someSay =
  /\b(?:some|many|others|most|few)\s+(?:would\s+|have\s+|might\s+|may\s+|will\s+|still\s+|even\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|maintain|maintained|insist|think|feel|fear|worry|observe|observed|note|noted|warn|warned)\b(?!\s+(?:in|over|on)\b)/giu
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
/** `have some say`: the noun `say`, not a verb. */
const hasSay = /\b(?:have|has|had|having|want|wants|wanted|get|gets|given|give|a|no|little|any|more|without)\s+$/iu
/** A word of a subject: letters, digits, inner apostrophes and hyphens, or a percentage. */
const token = /^[\p{L}\d][\p{L}\d'’.%-]*$/u

/** Every regex of this module, for the ReDoS test. */
export const attributionPatterns: readonly RegExp[] = [
  reportingVerb,
  dataVerb,
  betweenWord,
  quantifier,
  pointer,
  studyNoun,
  pluralNoun,
  preposition,
  acronym,
  capitalFirst,
  digit,
  singularVerb,
  ofWord,
  thatWord,
  presentFind,
  thatAfter,
  conjunction,
  massNoun,
  everyWord,
  stopWord,
  comparison,
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
  hasSay,
  token
]

const phrases: PatternRule[] = [
  {regex: itIsSaid, kind: 'impersonal'},
  {regex: isBelievedTo, kind: 'impersonal'},
  {regex: widely, kind: 'impersonal'},
  {regex: someSay, kind: 'some', accept: (text, match) => !hasSay.test(text.slice(Math.max(0, match.index! - 16), match.index))},
  {regex: accordingTo, kind: 'according-to'},
  {regex: familiarWith, kind: 'anonymous'},
  {regex: accordingToFigures, kind: 'according-to'},
  {regex: consensus, kind: 'consensus'},
  {regex: bodyOf, kind: 'consensus'},
  {regex: wisdom, kind: 'consensus'}
]

/** A word before a verb and where it starts. */
interface Word {
  readonly value: string
  readonly start: number
}

/**
 * The words before `index`, last first: at most `limit`, stopping at the
 * clause's start (any mark but white space between two words, or a word
 * that ends a sentence). `clauseStart`: the last word opens its clause.
 */
function wordsBefore(text: string, index: number, limit: number): {words: Word[]; clauseStart: boolean} {
  const words: Word[] = []
  let end = index
  while (words.length < limit) {
    let gap = end
    while (gap > 0 && isSpace(text.charCodeAt(gap - 1))) gap--
    if (gap === 0 || gap === end) return {words, clauseStart: true}
    let start = gap
    while (start > 0 && gap - start < 40 && isWordPart(text.charAt(start - 1))) start--
    const value = text.slice(start, gap)
    // `… in May. Experts agree`: a full stop ends the clause before.
    if (start === gap || !token.test(value) || value.endsWith('.')) return {words, clauseStart: true}
    words.push({value, start})
    end = start
    // A comma, bracket or quotation mark before the word opens the clause.
    if (start > 0 && !isSpace(text.charCodeAt(start - 1))) return {words, clauseStart: true}
  }
  return {words, clauseStart: false}
}

/**
 * Where the subject of a reporting verb starts, when it is a vague source
 * (`Economists broadly agree`, `Officials in Brussels say`, `Recent studies
 * show`); `undefined` when it names or points back at its source, or is no
 * subject at all.
 */
function vagueSubject(text: string, verbStart: number, verb: string): number | undefined {
  const {words, clauseStart} = wordsBefore(text, verbStart, 12)
  let at = 0
  // Auxiliaries and adverbs right before the verb: `have long`, `privately`.
  while (at < words.length && at < 3 && betweenWord.test(words[at]!.value)) at++
  // The head is the word before the verb (`Agronomists say`) or, past a
  // prepositional phrase, the word before it (`Officials in Brussels say`).
  const heads = [at]
  for (let probe = at + 1; probe < Math.min(words.length - 1, at + 5); probe++) {
    if (preposition.test(words[probe]!.value)) {
      heads.push(probe + 1)
      break
    }
  }
  for (const head of heads) {
    const start = subjectFrom(words, head, at, clauseStart, verb, thatAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 8)))
    if (start !== undefined) return start
  }
  return undefined
}

/** Where a subject with its head at `words[head]` starts, when it is a vague source. */
function subjectFrom(
  words: readonly Word[],
  head: number,
  at: number,
  clauseStart: boolean,
  verb: string,
  followedByThat: boolean
): number | undefined {
  if (head >= words.length) return undefined
  const noun = words[head]!.value
  const plural = pluralNoun.test(noun)
  const study = studyNoun.test(noun)
  if (!study && !plural) return undefined
  if (!study && dataVerb.test(verb)) return undefined
  // `most refugees find work`: people `find that`, or they find something else.
  if (!study && presentFind.test(verb) && !followedByThat) return undefined
  // `The report by local journalists says`: a plural is not the subject of `says`.
  if (plural && singularVerb.test(verb)) return undefined
  // Modifiers and a quantifier before the head.
  let first = head
  let quantified: string | undefined
  let opener: string | undefined
  for (let probe = head + 1; probe < words.length && probe <= head + 4; probe++) {
    const value = words[probe]!.value
    // `that` before a plural joins a clause (`that most doctors recommend`); before a singular it points (`that study`).
    if (plural && thatWord.test(value)) {
      opener = value
      break
    }
    if (pointer.test(value) || ofWord.test(value) || digit.test(value)) return undefined
    if (quantifier.test(value)) {
      first = probe
      if (quantified === undefined || everyWord.test(value)) quantified = value
      continue
    }
    if (conjunction.test(value)) {
      opener = value
      break
    }
    if (probe === head + 4 || preposition.test(value) || betweenWord.test(value) || stopWord.test(value)) return undefined
    first = probe
  }
  // The subject opens its clause: nothing, a mark or a conjunction before it (not `to make voters accept`).
  if (opener !== undefined && !conjunction.test(opener)) return undefined
  // `as clean as people think`, `than experts expected`: a comparison, not a source.
  if (opener !== undefined && comparison.test(opener)) return undefined
  const opensClause = first === words.length - 1 && clauseStart
  // A study noun in the singular is one study: `a survey found` names it, `every study` does not.
  if (study && !plural && !massNoun.test(noun) && (quantified === undefined || !everyWord.test(quantified))) return undefined
  for (let index = head; index <= first; index++) {
    const value = words[index]!.value
    if (acronym.test(value)) return undefined
    // A capital inside the clause names someone (`but Google engineers say`); the clause's first word may be capitalised.
    if (capitalFirst.test(value) && !(index === first && opensClause)) return undefined
  }
  // Modifiers of a study noun make a kind of data: `payroll data`, `exit surveys`.
  if (study) {
    for (let index = head + 1; index <= first; index++) if (!quantifier.test(words[index]!.value)) return undefined
  }
  void at
  return words[first]!.start
}

/**
 * The vague attributions in a block of prose: a plural class of people or
 * studies with a reporting verb (“Economists broadly agree”, “Police chiefs
 * privately concede”, “Recent studies show”, “Evidence suggests”),
 * impersonal passives (“it is widely believed that”, “are thought to”),
 * “some argue”, “according to experts”, “people familiar with”, “there is a
 * broad consensus”. A named source is not vague: a name or acronym in the
 * subject (`UNHCR officials say`), a pointer back (`these studies show`,
 * `the researchers caution`), a kind of data (`payroll data show`), or a
 * counted group (`46% of teens say`).
 */
export function detectVagueAttributions(text: string): Span[] {
  const spans = findSpans(text, phrases)
  for (const match of text.matchAll(reportingVerb)) {
    const start = vagueSubject(text, match.index, match[0])
    if (start !== undefined) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  return mergeSpans(spans)
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

function isWordPart(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9') || "'’-%.".includes(char)
}
