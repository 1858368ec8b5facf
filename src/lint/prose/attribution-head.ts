import type {Word} from './attribution-clause.js'
import {
  acronym,
  pluralAcronym,
  adjective,
  amountNoun,
  articleWord,
  betweenWord,
  capitalFirst,
  classNoun,
  comparison,
  conjunction,
  dataVerb,
  digit,
  everyAny,
  everyWord,
  experimentNoun,
  fieldWord,
  figuresNoun,
  hearsayNoun,
  judgementVerb,
  massNoun,
  namingAdjective,
  pastForm,
  ofWord,
  otherWord,
  personPlural,
  pluralNoun,
  pointer,
  preposition,
  presentFind,
  quantifier,
  reportsNoun,
  singularVerb,
  speakingVerb,
  stopWord,
  studyNoun,
  estimatesNoun,
  tradeWord,
  pressWord,
  thatWord,
  whichWord
} from './attribution-vocabulary.js'

// A subject read from its head noun back to the start of its clause: a
// plural class of people or of studies (`Recent studies`, `A number of
// commentators`) is a vague source; a pointer, a number, a name, an acronym
// or a kind of data (`payroll data`) names one; an acronym in the plural
// (`GPs`, `NGOs`) is a class of members of a profession or kind of body. One of a whole class
// (`Every other cabbie`) is as vague as the class. `figures` of a field that
// speak (`Industry figures say`) are people of the field, not numbers (round 43).

/** Where a subject with its head at `words[head]` starts, when it is a vague source; `collective` reads a collective noun (`crew`) as a plural, `perfect` says the verb is in the present perfect (`have shown`). */
export function subjectFrom(
  words: readonly Word[],
  head: number,
  clauseStart: boolean,
  verb: string,
  followedByThat: boolean,
  collective = false,
  perfect = false
): number | undefined {
  if (head >= words.length) return undefined
  const noun = words[head]!.value
  // `GPs report`: an acronym in the plural heads a class (round 39).
  const classAcronym = pluralAcronym.test(noun)
  // `Industry figures say`: figures of a field that speak are people, a class (round 43).
  const fieldFigures = figuresNoun.test(noun) && speakingVerb.test(verb) && head + 1 < words.length && fieldWord.test(words[head + 1]!.value)
  const plural = pluralNoun.test(noun) || collective || classAcronym || fieldFigures
  const hearsay = hearsayNoun.test(noun)
  // `Readability tests have shown`: tests or trials in the present perfect report a body of results, a class of studies; the noun before them names what was tested, not a record.
  const trials = perfect && experimentNoun.test(noun)
  const study = (studyNoun.test(noun) && !fieldFigures) || hearsay || trials
  // `Every other cabbie in town says`, `any builder will tell you`: one of a whole class, named by no one.
  if (!study && !plural) return anyOfClass(words, head, clauseStart, verb)
  if (!study && dataVerb.test(verb)) return undefined
  // `Many Swedes regard`, `Most Britons say`: a capitalised plural right after a quantifier that opens its clause is a people, as `Swedes say` is; a class, not a name (round 57).
  // A word of age or standing may stand between them (`Many young Copts say`, round 63).
  const people = capitalFirst.test(noun) && pluralNoun.test(noun) && crowdOpens(words, head + 1, clauseStart)
  // `Many Deaf Christians say`, `Most Welsh farmers say`: a word of a people, a faith or a community between the quantifier and the plural is a class as well, no body named (round 62); `Many older Welsh farmers say` too (round 63).
  const community = communityClass(words, head, clauseStart)
  // `Most models assume`, `Most schemes treat … as`: verbs of judgement need people, a plural by its ending (`-ers`, `-ists`, `-ians` …).
  if (judgementVerb.test(verb) && !personPlural.test(noun) && !people && !community) return undefined
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
    // `A number of commentators`, `a handful of residents`: a quantity with `of`, not a body.
    if (ofWord.test(value) && probe + 1 < words.length && amountNoun.test(words[probe + 1]!.value)) {
      probe++
      if (probe + 1 < words.length && articleWord.test(words[probe + 1]!.value)) probe++
      first = probe
      quantified = quantified ?? 'some'
      continue
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
  if (opener !== undefined && !conjunction.test(opener) && !whichWord.test(opener)) return undefined
  // `as clean as people think`, `than experts expected`: a comparison, not a source.
  if (opener !== undefined && comparison.test(opener)) return undefined
  const opensClause = first === words.length - 1 && clauseStart
  // A study noun in the singular is one study: `a survey found` names it, `every study` does not.
  if (study && !plural && !hearsay && !massNoun.test(noun) && (quantified === undefined || !everyWord.test(quantified))) return undefined
  for (let index = head; index <= first; index++) {
    const value = words[index]!.value
    if (acronym.test(value) && !(index === head && classAcronym)) return undefined
    // A capital inside the clause names someone (`but Google engineers say`); the clause's first word may be capitalised.
    if (capitalFirst.test(value) && !(index === first && opensClause) && !(index === head && (classAcronym || people || community)) && !(index === head + 1 && community)) return undefined
  }
  // Nouns before a study noun make a kind of data (`payroll data`, `exit surveys`); adjectives do not (`quasi-experimental studies`).
  // `Local tradition`: an adjective does not make hearsay a named source.
  // `Press reports claim`, `Human rights reports say`: reports that speak are a class of documents, whatever kind the nouns give; reports that suggest or show are a kind of record (`crash reports suggest`).
  // `Press reports suggest`, `Trade press reports show`: reports the press at large made, whatever the verb, are no kind of record anyone holds (round 46).
  const pressReports = reportsNoun.test(noun) && words.slice(head + 1, first + 1).some((word) => pressWord.test(word.value))
  if (study && !hearsay && !trials && !pressReports && !(reportsNoun.test(noun) && speakingVerb.test(verb))) {
    for (let index = head + 1; index <= first; index++) {
      const value = words[index]!.value
      // `Industry estimates suggest`: a trade's estimates are a class's reckoning, no record anyone holds (round 45).
      if (tradeWord.test(value) && estimatesNoun.test(noun)) continue
      if (!quantifier.test(value) && (!adjective.test(value) || namingAdjective.test(value))) return undefined
    }
  }
  return words[first]!.start
}

/** A verb in one word in lower case, its form with no ending: `note`, `say`, `agree`; what `every` and `any` never take. */
const pluralPresent = /^\p{Ll}+$/u
/** Quantifiers of a crowd, before a people's name in the plural: `Many Swedes`, `Most Britons`. */
const crowdQuantifier = /^(?:many|most|some|several|few|other)$/iu

/**
 * A word of a people, a faith or a community, capitalised: `Deaf`, `Muslim`,
 * `Welsh`, or a name of a people by its ending (`British`, `Kenyan`,
 * `Nepali`, `Congolese`).
 */
const communityWord =
  /^(?:Deaf|Black|Indigenous|Muslim|Jewish|Catholic|Protestant|Anglican|Methodist|Hindu|Sikh|Buddhist|Orthodox|Christian|Latino|Hispanic|Arab|Welsh|French|Dutch|Greek|Thai|Swiss|\p{Lu}\p{Ll}{2,}(?:ish|ian|ese|an|i))$/u

/** A word of age or standing between a crowd quantifier and a people or a community: `Many young Copts`, `Most older Welsh farmers` (round 63). */
const standingWord = /^(?:young|younger|old|older|elderly|ordinary|devout|practising|practicing)$/u

/** Every regex of this module, for the ReDoS test. */
export const attributionHeadPatterns: readonly RegExp[] = [pluralPresent, crowdQuantifier, communityWord, standingWord]

/** Whether a crowd quantifier (`Many`, `Most`) opening its clause stands at `at` (words run backwards from the head), or right before a word of age or standing there (`Many young`, round 63). */
function crowdOpens(words: readonly Word[], at: number, clauseStart: boolean): boolean {
  const quantifierAt = at < words.length && standingWord.test(words[at]!.value) ? at + 1 : at
  if (quantifierAt >= words.length || !crowdQuantifier.test(words[quantifierAt]!.value)) return false
  return quantifierAt + 1 === words.length ? clauseStart : conjunction.test(words[quantifierAt + 1]!.value)
}

/** Whether the plural at `head` follows a word of a community (`Deaf Christians`, `Welsh farmers`) right after a crowd quantifier that opens its clause (`Many`, `Most`), with a word of age or standing between them or not (`Many older Welsh farmers`). */
function communityClass(words: readonly Word[], head: number, clauseStart: boolean): boolean {
  if (head + 2 >= words.length || !pluralNoun.test(words[head]!.value) || acronym.test(words[head]!.value)) return false
  return communityWord.test(words[head + 1]!.value) && crowdOpens(words, head + 2, clauseStart)
}

/**
 * Where a subject starts whose head is one of a whole class (`Every other
 * cabbie`, `any builder`): a singular noun in lower case right after `every`
 * or `any` (with `other` or `single` between), which opens its clause.
 */
function anyOfClass(words: readonly Word[], head: number, clauseStart: boolean, verb: string): number | undefined {
  const noun = words[head]!.value
  if (capitalFirst.test(noun) || digit.test(noun) || !classNoun.test(noun)) return undefined
  // `every wrong note is heard`: one of a class takes a verb in the singular (`says`, `agreed`, `will tell`); a bare plural form right after the head (`note`, `report`) is a noun, the head's own, not a verb (round 57).
  if (head === 0 && pluralPresent.test(verb) && !singularVerb.test(verb) && !pastForm.test(verb)) return undefined
  let probe = head + 1
  if (probe < words.length && otherWord.test(words[probe]!.value)) probe++
  if (probe >= words.length || !everyAny.test(words[probe]!.value)) return undefined
  // Nothing before it in its clause but a conjunction: not `in every other town`.
  if (probe === words.length - 1 ? !clauseStart : !conjunction.test(words[probe + 1]!.value)) return undefined
  return words[probe]!.start
}
