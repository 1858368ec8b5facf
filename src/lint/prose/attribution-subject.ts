// The subject of a reporting verb, read backwards from the verb a bounded
// number of words: a plural class of people (`Agronomists`, `Officials in
// Brussels`) or of studies and data (`Recent studies`, `Evidence`) is a
// vague source; a name, an acronym, a pointer back or a kind of data names
// one.

/** Verbs that only data and studies take as sources (`studies show`); people `say`. */
const dataVerb = /^(?:show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?|detect(?:s|ed)?)$/iu
/** Verbs of judgement, which only people take as vague sources: `Scholars have long assumed`, `Historians have treated … as`. */
const judgementVerb = /^(?:assume[sd]?|disagree[sd]?|(?:regard|treat|view|portray|depict|rank|rate)(?:s|e?d)?|credit(?:s|ed)?|swear|swears|swore|sworn)$/iu
/** A plural of people by its ending or a common noun for people: `observers`, `scholars`, `economists`, `historians`, `critics`, `fishermen`. */
const personPlural = /(?:ers|urs|ars|ists|ians|ants|ents|ors|ics|ees|ites|(?:ssion|ficial|vidual|rival|dical|beral|tional)als|men|women|people|folk|locals|experts|fans|pundits|insiders|elders|regulars|parents|residents|doctors|nurses|tenants|voters|readers|veterans)$/iu
/** Words between a subject and its verb: auxiliaries and adverbs (`have long`, `privately`, `broadly`). */
const betweenWord =
  /^(?:have|has|had|would|will|may|might|can|could|do|does|did|been|quick|keen|eager|slow|ready|to|often|also|now|long|widely|still|already|always|repeatedly|since|once|ever|lately|even|increasingly|generally|broadly|largely|privately|publicly|openly|mostly|usually|typically|consistently|nevertheless|nonetheless|however|therefore|instead|too|meanwhile|sometimes|rarely|seldom|(?!(?:family|assembly|ally|rally|supply|reply|daily|weekly|monthly|yearly|quarterly|early|elderly|friendly|lonely|likely|only|holy|italy|july|folly|belly|bully|tally|jolly|lily|melancholy|anomaly|monopoly|homily)$)\p{L}+ly)$/iu
/** Words that open a subject without pointing at anyone: quantifiers and generic adjectives. */
const quantifier =
  /^(?:many|most|some|several|numerous|other|others|few|various|countless|multiple|leading|top|independent|prominent|senior|all|more|recent|new|previous|earlier|later|past|existing|published|scientific|academic|further|growing|serious|reputable|reliable|rigorous|careful|credible|major|large|every|each|any|early|initial|first|subsequent)$/iu
/** Words that point back at a source already named: `these studies`, `the researchers`. */
const pointer = /^(?:the|these|those|this|that|its|their|his|her|our|my|your|both|such|whose|said)$/iu
/** Nouns for studies and data (`Recent studies show`); a modifier makes them a named kind (`payroll data`). */
const studyNoun =
  /^(?:studies|study|research|surveys?|polls?|analyses|analysis|data|statistics|findings|evidence|figures|literature|reports?|estimates|experiments|trials|reviews|experience|work)$/iu
const beenWord = /^been$/iu
/** A verb in a past form that may be a participle after a noun: `a man found in a flat`, `the letter described in`. */
const pastForm = /^(?:\p{L}+ed|found|shown|seen|told|said|known|held|thought|made)$/iu
/** `a number of`, `a handful of`, `plenty of`: a quantity of people, before `of`. */
const amountNoun = /^(?:number|host|handful|couple|lot|lots|plenty|majority|minority|range|variety|chorus|string|growing)$/iu
const articleWord = /^(?:a|an)$/iu
/** What passes from mouth to mouth, named by no one: `Local tradition holds`, `legend has it`. */
const hearsayNoun = /^(?:tradition|legend|folklore|lore|rumou?r|gossip|hearsay|myth)$/iu
/** A plural noun: `experts`, `vice-chancellors`, `people`, `fishermen`. */
const pluralNoun =
  /^(?!(?:[\p{L}'’]*-)?(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)$)(?!(?:this|thus|was|has|does|its|his|hers|ours|yours|theirs|yes|less|unless|always|perhaps|sometimes|besides|across|towards|afterwards|whereas|news|series|species|means|physics|economics|politics|statistics|analysis|basis|crisis)$)(?:\p{L}[\p{L}'’-]*\p{L}[^sui's’]s|people|men|women|children|(?!(?:speci|abdo|acu|regi|sta|hy|o)men$)\p{L}{2,}(?:men|women|people))$/iu
/** Prepositions that may follow the head of a subject: `Officials in Brussels`, `Economists of every stripe`, `Residents near the quarry`. */
const preposition = /^(?:in|of|on|at|from|across|for|inside|within|around|near|outside|along|among|beside|beyond|throughout|close\s+to)$/iu
/** A word in capitals: an acronym names its body (`UNHCR officials`, `IOM data`). */
const acronym = /^\p{Lu}{2,}/u
const capitalFirst = /^\p{Lu}/u
const digit = /\d/u
/** `says`, `shows`: a verb whose subject is singular. */
const singularVerb = /^(?:says|\p{L}+[^s]s)$/iu
const ofWord = /^of$/iu
const forWord = /^for$/iu
/** An adjective standing for a group after `the`: `Campaigners for the homeless`, `the elderly`, `the poor` name no party. */
const groupAdjective = /(?:less|ed|ly|ble|ful|ish|poor|young|old|sick|rich|needy|unemployed)$/iu
const theWord = /^the$/iu
/** `that` or `which` before a plural: a relative clause whose subject the plural is (`a score that many professionals regard as`, `which stewards put down to`). */
const thatWord = /^(?:that|which)$/iu
const whichWord = /^which$/iu
const presentFind = /^finds?$/iu
/** `that` right after a verb: the clause it reports. */
const thatAfter = /^\s+that\b/iu
/** Words that join clauses: the subject starts after them. */
const conjunction = /^(?:that|and|but|while|as|than|because|although|though|yet|so|when|where|since|if|whereas)$/iu
/** Study nouns that stand alone in the singular: `Evidence suggests`, `research shows`. */
const massNoun = /^(?:research|evidence|data|literature|experience|work|statistics)$/iu
const everyWord = /^(?:every|each|any)$/iu
/** `every` or `any` before one of a class: `Every other cabbie`, `any builder`. */
const everyAny = /^(?:every|any)$/iu
const otherWord = /^(?:other|single)$/iu
/** A singular noun that may be one of a class of people: letters only, not a pronoun or a word of time. */
const classNoun = /^(?!(?:one|body|thing|time|day|week|month|year|night|morning|evening|where|how|way|case|kind|sort)$)\p{Ll}{3,}$/u
/** Words that cannot stand in a subject before its head: `to`, `which`, verbs of making. */
const stopWord = /^(?:to|which|who|whom|whose|make|makes|made|let|lets|help|helps|having|being|is|are|was|were|be|been)$/iu
/** `as … as people think`, `than experts expected`: the start of a comparison. */
const comparison = /^(?:as|than)$/iu
/** A participle after a subject's head: `Users upgrading from 2.x`. */
const participle = /^\p{L}{3,}ing$/iu
/** A relative pronoun after a subject's head: `studies that looked at`. */
const relative = /^(?:that|who|which)$/iu
/** A word that reads as a verb: `looked`, `have`, `were`. */
const verbLike = /^(?:\p{L}+ed|have|has|had|were|was|are|is|used|made|took|ran|saw|found|began|gave|did)$/iu
/** Prepositions after which a name is the source's body: `Observers from the OSCE`, `Economists at Goldman Sachs`. */
const bodyPreposition = /^(?:from|at|of|with)$/iu
/** An auxiliary: a verb of the clause between a far head and its verb. */
const auxiliary = /^(?:have|has|had|would|will|may|might|can|could|do|does|did|is|are|was|were|be|been|shall|should|must)$/iu
/** Words that join two verbs of one subject: `have welcomed the plan but say`. */
const coordinator = /^(?:and|but|yet)$/iu
/** An adjective by its ending: `quasi-experimental`, `randomised`, `independent`, `large`. */
const adjective = /(?:al|ical|ific|istic|atic|etic|omic|emic|ive|ous|ary|ed|ent|ant|ible|able|ful|less|large|small|big)$/iu
/** Adjectives that name a kind of data: `official figures`, `national statistics`. */
const namingAdjective = /^(?:official|national|federal|regional|local|internal|municipal|provincial|departmental|governmental|administrative|annual|quarterly|monthly|weekly|financial|medical|hospital)$/iu
/** A word that ends a sentence: a full stop, inside a closing single quote too (`stayed.'`). */
const sentenceEnd = /\.['’]?$/u
/** A word of a subject: letters, digits, inner apostrophes and hyphens, or a percentage. */
const token = /^[\p{L}\d][\p{L}\d'’.%-]*$/u

/** Every regex of this module, for the ReDoS test. */
export const attributionSubjectPatterns: readonly RegExp[] = [
  dataVerb,
  judgementVerb,
  personPlural,
  betweenWord,
  quantifier,
  pointer,
  studyNoun,
  beenWord,
  pastForm,
  amountNoun,
  articleWord,
  hearsayNoun,
  pluralNoun,
  preposition,
  acronym,
  capitalFirst,
  digit,
  singularVerb,
  ofWord,
  forWord,
  groupAdjective,
  theWord,
  thatWord,
  whichWord,
  presentFind,
  thatAfter,
  conjunction,
  massNoun,
  everyWord,
  everyAny,
  otherWord,
  classNoun,
  stopWord,
  comparison,
  participle,
  relative,
  verbLike,
  bodyPreposition,
  auxiliary,
  coordinator,
  adjective,
  namingAdjective,
  sentenceEnd,
  token
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
    // `… in May. Experts agree`, `… that stayed.' Family tradition says`: a full stop, inside a closing quote too, ends the clause before.
    if (start === gap || !token.test(value) || sentenceEnd.test(value)) return {words, clauseStart: true}
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
 * subject at all. The subject may stand far from its verb: past
 * prepositional phrases (`Studies of minimum wage effects in the United
 * Kingdom have generally found`), a relative clause (`Later studies that
 * looked at tasks … put the figure`), a participle (`Users upgrading from
 * 2.x have reported`), or a first verb it shares (`Road safety groups have
 * welcomed the plan but say`).
 */
export function vagueSubject(text: string, verbStart: number, verb: string): number | undefined {
  const {words, clauseStart} = wordsBefore(text, verbStart, 14)
  let at = 0
  // Auxiliaries and adverbs right before the verb: `have long`, `privately`.
  // `have now been found`: a passive, whose subject is what was found, not who found it.
  if (words.length > 0 && beenWord.test(words[0]!.value)) return undefined
  // `the death of a man found in a flat`: a past participle after a singular noun and its article qualifies the noun; it reports nothing.
  // Not after a class narrowed by a place or an occasion: `Critics at the premiere called`.
  if (words.length > 1 && pastForm.test(verb) && articleOrPointer(words[1]!.value) && !pluralNoun.test(words[0]!.value) && !studyNoun.test(words[0]!.value) && !narrowedClass(words)) return undefined
  while (at < words.length && at < 4 && betweenWord.test(words[at]!.value)) at++
  // The head is the word before the verb (`Agronomists say`) or, past a
  // prepositional phrase, a relative clause or a participle, a word further back.
  const heads: Array<{index: number; far: boolean}> = [{index: at, far: false}]
  for (let probe = at + 1; probe < words.length - 1; probe++) {
    const value = words[probe]!.value
    if (preposition.test(value) || participle.test(value)) heads.push({index: probe + 1, far: true})
    else if (relative.test(value) && probe > 0 && verbLike.test(words[probe - 1]!.value)) heads.push({index: probe + 1, far: false})
  }
  // `… have welcomed the plan but say`: the subject of the first verb.
  if (at < words.length && coordinator.test(words[at]!.value)) {
    for (let probe = words.length - 1; probe > at + 1; probe--) {
      if (betweenWord.test(words[probe - 1]!.value) || verbLike.test(words[probe - 1]!.value)) {
        heads.push({index: probe, far: false})
        break
      }
    }
  }
  const followedByThat = thatAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 8))
  for (const head of heads) {
    // Past prepositional phrases and participles, no verb of its own stands between the head and its verb (not `Appeals … have succeeded in … reported`).
    if (head.far && words.slice(at, head.index).some((word) => !capitalFirst.test(word.value) && (verbLike.test(word.value) || auxiliary.test(word.value)))) continue
    // `Observers from the OSCE`, `Economists at Goldman Sachs`: a named body after `from`, `at` or `of` names the source.
    if (head.far && namesBody(words, at, head.index)) continue
    const start = subjectFrom(words, head.index, clauseStart, verb, followedByThat)
    if (start !== undefined) return start
  }
  return undefined
}

/** `Critics at the premiere`: a plural of people opening its clause, then a preposition other than `of` and the phrase the verb follows. */
function narrowedClass(words: readonly Word[]): boolean {
  return words.length === 4 && preposition.test(words[2]!.value) && !ofWord.test(words[2]!.value) && pluralNoun.test(words[3]!.value) && !studyNoun.test(words[3]!.value)
}

/** `a`, `an`, `the`, `this` …: a word that opens a noun phrase. */
function articleOrPointer(value: string): boolean {
  return articleWord.test(value) || pointer.test(value)
}

/** Whether a phrase after `from`, `at` or `of` between a subject's head and its verb holds a name or an acronym, or `for the` names the party a class acts for (`Lawyers for the defendant`). */
function namesBody(words: readonly Word[], from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) {
    if (forWord.test(words[index]!.value) && index - 1 >= from && theWord.test(words[index - 1]!.value) && index - 2 >= from && !pluralNoun.test(words[index - 2]!.value) && !groupAdjective.test(words[index - 2]!.value)) return true
    if (!bodyPreposition.test(words[index]!.value)) continue
    for (let inner = index - 1; inner >= from; inner--) {
      if (preposition.test(words[inner]!.value)) break
      if (capitalFirst.test(words[inner]!.value)) return true
    }
  }
  return false
}

/** Where a subject with its head at `words[head]` starts, when it is a vague source. */
function subjectFrom(
  words: readonly Word[],
  head: number,
  clauseStart: boolean,
  verb: string,
  followedByThat: boolean
): number | undefined {
  if (head >= words.length) return undefined
  const noun = words[head]!.value
  const plural = pluralNoun.test(noun)
  const hearsay = hearsayNoun.test(noun)
  const study = studyNoun.test(noun) || hearsay
  // `Every other cabbie in town says`, `any builder will tell you`: one of a whole class, named by no one.
  if (!study && !plural) return anyOfClass(words, head, clauseStart)
  if (!study && dataVerb.test(verb)) return undefined
  // `Most models assume`, `Most schemes treat … as`: verbs of judgement need people, a plural by its ending (`-ers`, `-ists`, `-ians` …).
  if (judgementVerb.test(verb) && !personPlural.test(noun)) return undefined
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
    if (acronym.test(value)) return undefined
    // A capital inside the clause names someone (`but Google engineers say`); the clause's first word may be capitalised.
    if (capitalFirst.test(value) && !(index === first && opensClause)) return undefined
  }
  // Nouns before a study noun make a kind of data (`payroll data`, `exit surveys`); adjectives do not (`quasi-experimental studies`).
  // `Local tradition`: an adjective does not make hearsay a named source.
  if (study && !hearsay) {
    for (let index = head + 1; index <= first; index++) {
      const value = words[index]!.value
      if (!quantifier.test(value) && (!adjective.test(value) || namingAdjective.test(value))) return undefined
    }
  }
  return words[first]!.start
}

/**
 * Where a subject starts whose head is one of a whole class (`Every other
 * cabbie`, `any builder`): a singular noun in lower case right after `every`
 * or `any` (with `other` or `single` between), which opens its clause.
 */
function anyOfClass(words: readonly Word[], head: number, clauseStart: boolean): number | undefined {
  const noun = words[head]!.value
  if (capitalFirst.test(noun) || digit.test(noun) || !classNoun.test(noun)) return undefined
  let probe = head + 1
  if (probe < words.length && otherWord.test(words[probe]!.value)) probe++
  if (probe >= words.length || !everyAny.test(words[probe]!.value)) return undefined
  // Nothing before it in its clause but a conjunction: not `in every other town`.
  if (probe === words.length - 1 ? !clauseStart : !conjunction.test(words[probe + 1]!.value)) return undefined
  return words[probe]!.start
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

function isWordPart(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9') || "'’-%.".includes(char)
}
