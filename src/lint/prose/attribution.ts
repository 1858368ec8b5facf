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
  /(?<![\p{L}'’-])(?:agree[sd]?|say|says|said|believe[sd]?|claim(?:s|ed)?|argue[sd]?(?!\s+(?:about|over|with|among)\b)|(?:swear|swears|swore|sworn)(?=\s+that\b)|contend(?:s|ed)?|maintain(?:s|ed)?|think|thinks|point(?:s|ed)?\s+out|note[sd]?|insist(?:s|ed)?|fear(?:s|ed)?|estimate[sd]?|predict(?:s|ed)?|concede[sd]?|acknowledge[sd]?|admit(?:s|ted)?|allege[sd]?|complain(?:s|ed)?(?!\s+about\b)|accuse[sd]?|feel|feels|warn(?:s|ed)?|told|tell|expect(?:s|ed)?|doubt(?:s|ed)?|dispute[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|suggest(?:s|ed)?|report(?:s|ed)?|recommend(?:s|ed)?|consider(?:s|ed)?|accept(?:s|ed)?|caution(?:s|ed)?|worr(?:y|ies|ied)|reckon(?:s|ed)?|stress(?:es|ed)?|observe[sd]?|concur(?:s|red)?|finds?|found|show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?|detect(?:s|ed)?|praise[sd]?|remember(?:s|ed)?|call(?:s|ed)?(?!\s+(?:for|on|off|in|up|back|out|at|by)\b)|describe[sd]?|suspect(?:s|ed)?|declare[sd]?|hail(?:s|ed)?|compare[sd]?(?=\s+(?:it|him|her|them|this|these|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}'’-]+)\s+(?:to|with)\b)|liken(?:s|ed)?|(?:holds?|held)(?=\s+that\b)|debate[sd]?(?=\s+(?:whether|if)\b)|(?:are|were|remain|remained)\s+(?:(?:largely|broadly|now|firmly)\s+)?(?:unanimous|convinced|sceptical|skeptical|adamant)|dub(?:s|bed)|brand(?:s|ed)(?=\s+(?:it|him|her|them|this|the\s+[\p{L}-]+)\s)|pan(?:s|ned)|slam(?:s|med)|laud(?:s|ed)?|acclaim(?:s|ed)|dismiss(?:es|ed)(?=\s+(?:it|him|her|them|this|the\s+[\p{L}-]+)\s+as\b)|question(?:s|ed)?\s+(?:whether|if)|raise[sd]?\s+(?:(?:serious|grave|real|growing)\s+)?(?:concerns?|doubts?|fears?)(?=\s+that\b)|put(?:s)?\s+(?:(?:the|their)\s+(?:figure|number|cost|total|toll|rate|share|estimate|proportion|count)|(?:it|them)\s+(?:lower|higher|at|between|closer|nearer|around|above|below)))(?![\p{L}'’-])/giu
/** `remember it as …`, `remember that …`: a memory offered as a claim, not a memory of an event. */
const rememberVerb = /^remember(?:s|ed)?$/iu
const rememberedAs = /^\s+(?:that\b|(?:it|him|her|them|this|that|the\s+[\p{L}-]+)\s+as\b)/iu
/** Verbs that only data and studies take as sources (`studies show`); people `say`. */
const dataVerb = /^(?:show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?|detect(?:s|ed)?)$/iu
/** Words between a subject and its verb: auxiliaries and adverbs (`have long`, `privately`, `broadly`). */
const betweenWord =
  /^(?:have|has|had|would|will|may|might|can|could|do|does|did|been|quick|keen|eager|slow|ready|to|often|also|now|long|widely|still|already|always|repeatedly|since|once|ever|lately|even|increasingly|generally|broadly|largely|privately|publicly|openly|mostly|usually|typically|consistently|nevertheless|nonetheless|however|therefore|instead|too|meanwhile|sometimes|rarely|seldom|\p{L}+ly)$/iu
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
/** The writer's own informants, in a team's own inquiry: `In our interviews, roasters described`, `we asked`, `showed us`; a class that `told us` names no one (`Players have told us`). */
const ownInformants =
  /\b(?:showed|show|gave|give|wrote\s+to)\s+us\b|\b(?:in|during|from)\s+(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:interviews?|surveys?|conversations?|focus\s+groups?|workshops?|visits?|fieldwork|discussions?|consultations?)\b|\b(?:we|I)\s+(?:asked|interviewed|spoke|talked|met|surveyed|visited)\b/iu
/** `told us`: named by no one, unless the paragraph narrates the writer's own fieldwork before it. */
const toldUs = /\b(?:told|tell|tells|said\s+to)\s+us\b/iu
const ownFieldwork =
  /\b(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|staff|researchers|volunteers|fieldworkers|interviewers))\s+(?:(?:also|then|first)\s+)?(?:visited|interviewed|met|surveyed|spoke|talked|travelled|traveled|went|stayed)\b/iu
/** A plural noun: `experts`, `vice-chancellors`, `people`, `fishermen`. */
const pluralNoun =
  /^(?!(?:[\p{L}'’]*-)?(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)$)(?!(?:this|thus|was|has|does|its|his|hers|ours|yours|theirs|yes|less|unless|always|perhaps|sometimes|besides|across|towards|afterwards|whereas|news|series|species|means|physics|economics|politics|statistics|analysis|basis|crisis)$)(?:\p{L}[\p{L}'’-]*\p{L}[^sui's’]s|people|men|women|children|(?!(?:speci|abdo|acu|regi|sta|hy|o)men$)\p{L}{2,}(?:men|women|people))$/iu
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
/** `feel better`: a feeling, not an opinion; an opinion takes a clause (`feel that`, `feel it is`). */
const feelVerb = /^feels?$/iu
const clauseAfter = /^\s+(?:that|it|this|there|they|we|he|she|you|I|the|these|those|strongly|deeply|sure|certain)\b/u
/** `tell you to let it rise`: an instruction, not a claim. */
const tellVerb = /^(?:tell|tells|told)$/iu
/** `call it a "Carthaginian peace"`: a name given in quotes. */
const callVerb = /^call(?:s|ed)?$/iu
const quoteAhead = /^[^.!?"“‘']{0,30}["“‘']/u
/** What `call` takes when it names: a pronoun (`called her the most original`) or a noun and its name (`call the plan a disaster`). */
const namingObject =
  /^\s+(?:it|them|him|her|this|that|these|those|me|us|such|(?:the|this|that|its|their)\s+[\p{L}-]+\s+(?!(?:after|before|to|for|when|on|in|at|and|but|because|as|from|about|back|again|yesterday|today|last|this|that|with|over|into|out|up|off)\b)\p{L})/iu
const directiveAfter = /^\s+(?:you|us|me|them|him|her|people|readers|patients|users|\p{L}+s)\s+(?:not\s+)?to\s/iu

const itIsSaid =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|generally|commonly|often|frequently|long|increasingly|now|sometimes|universally|broadly|well|firmly|already)\s+){0,2}(?:believed|thought|accepted|said|known|argued|held|assumed|recogni[sz]ed|reported|claimed|suggested|acknowledged|understood|estimated|feared|alleged|rumou?red|established|documented|shown|demonstrated|observed|expected|predicted|suspected|supposed|presumed|reckoned|hypothesi[sz]ed)\s+(?:that|to)\b/giu
const isBelievedTo =
  /\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+)?(?:(?:believed|thought|said|reported|alleged|rumou?red|understood|reputed|known)\s+to|credited\s+with)\s+\p{L}/giu
/** `it was said,`: an impersonal passive standing alone between commas, with nobody saying it. */
const itWasSaidAside =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:often|widely|sometimes|once|always|long)\s+)?(?:said|claimed|rumou?red|reported|believed|whispered)(?=\s*[,;—–)])/giu
/**
 * A passive of reporting or comparison with no agent: `Similar faults have
 * been reported`, `The design has often been compared to a beehive`. Not
 * with its agent or its addressee after it (`reported by the ONS`,
 * `reported to police`).
 */
const beenReported =
  /\b(?:have|has|had)\s+(?:(?:also|often|widely|repeatedly|previously|since|now|frequently|sometimes|long)\s+)?been\s+(?:reported|documented|observed|noted|described|compared|likened)\b(?!\s+(?:by|to\s+(?:the\s+)?(?:police|authorities|regulators?|council)|as\s+(?:missing|stolen))\b)/giu
/** `will have read in the papers`: hearsay the reader is assumed to have met, from no one named. */
const readInThePapers =
  /\b(?:will|may|might|must|would)\s+(?:already\s+|all\s+)?have\s+(?:read|seen|heard)\s+(?:(?:in|on)\s+the\s+(?:papers|press|newspapers|news|media|radio|television|TV|grapevine)|that)\b/giu
/** `We are told that`, `Visitors are often told that`: a claim passed on by nobody in particular. */
const weAreTold =
  /\b(?:we|you)\s+(?:are|were|have\s+been|had\s+been|keep\s+being|get)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured|reminded|informed)\s+that\b|\b(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured)\s+that\b/giu
const widely =
  /\b(?:widely|generally|commonly|universally|broadly)\s+(?:believed|accepted|acknowledged|regarded|recogni[sz]ed|considered|held|thought|agreed|seen|viewed|understood)\b/giu
const someSay =
  /\b(?:some|many|others|most|few|several)\s+(?:(?:in|within|across|inside)\s+(?:the\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:would\s+|have\s+|might\s+|may\s+|will\s+|still\s+|even\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|maintain|maintained|insist|think|feel|fear|worry|observe|observed|note|noted|warn|warned)\b(?!\s+(?:in|over|on)\b)/giu
/** `according to experts`, `according to local agents`: a class of sources, not one named after it (`according to figures from Harlow & Finch`). */
const accordingTo =
  /\b[Aa]ccording\s+to\s+(?:some|many|most|several|various|unnamed|anonymous|one\s+estimate|(?:(?:some|many|most|local|senior|independent|unnamed|anonymous|industry|government|western|foreign|party|military|security|diplomatic|hospital|police)\s+)?(?!(?:its|his|hers|this|these|those|us)\b)\p{Ll}{3,}[^s\s's’]s\b(?!\s+(?:from|by|of|at|in|published|released|compiled|collected|issued|taken)\b))/gu
const familiarWith =
  /\b(?:people|persons|sources|officials|someone|a\s+person|those|one\s+person|insiders|\p{Ll}{3,}[^s\s]s)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|who\s+asked\s+not\s+to\s+be\s+named)\b/giu
const accordingToFigures =
  /\baccording\s+to\s+(?:the\s+)?(?:latest|recent|new|official|unofficial|preliminary|provisional|leaked|government|industry)\s+(?:figures|data|estimates|reports|statistics|research|studies|polls|surveys|numbers)\b/giu
const consensus =
  /\bthere\s+(?:is|was|has\s+been)\s+(?:a\s+)?(?:broad|wide|general|widespread|growing|strong|near-universal|universal|scientific|overwhelming)\s+(?:consensus|agreement|recognition|acceptance)\b/giu
const bodyOf =
  /\b(?:a\s+)?growing\s+body\s+of\s+(?:research|evidence|literature|work|studies)\b|\bthere\s+is\s+(?:(?:some|growing|strong|mounting|good|increasing|clear|ample|robust|solid)\s+)?evidence\s+that\b/giu
const wisdom = /\b(?:conventional|received|popular)\s+wisdom\b|\b(?:everyone|everybody)\s+(?:knows|agrees)\b/giu
/** `have some say`: the noun `say`, not a verb. */
const hasSay = /\b(?:have|has|had|having|want|wants|wanted|get|gets|given|give|a|no|little|any|more|without)\s+$/iu
/** A word of a subject: letters, digits, inner apostrophes and hyphens, or a percentage. */
const token = /^[\p{L}\d][\p{L}\d'’.%-]*$/u

/** Every regex of this module, for the ReDoS test. */
export const attributionPatterns: readonly RegExp[] = [
  reportingVerb,
  toldUs,
  ownFieldwork,
  itWasSaidAside,
  readInThePapers,
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
  participle,
  relative,
  verbLike,
  coordinator,
  bodyPreposition,
  auxiliary,
  adjective,
  namingAdjective,
  feelVerb,
  clauseAfter,
  tellVerb,
  directiveAfter,
  callVerb,
  quoteAhead,
  rememberVerb,
  rememberedAs,
  namingObject,
  itIsSaid,
  isBelievedTo,
  beenReported,
  weAreTold,
  widely,
  someSay,
  accordingTo,
  familiarWith,
  accordingToFigures,
  consensus,
  bodyOf,
  wisdom,
  hasSay,
  token,
  hearsayNoun,
  beenWord,
  pastForm,
  amountNoun,
  articleWord,
  ownInformants
]

const phrases: PatternRule[] = [
  {regex: itIsSaid, kind: 'impersonal'},
  {regex: isBelievedTo, kind: 'impersonal'},
  {regex: beenReported, kind: 'impersonal'},
  {regex: weAreTold, kind: 'impersonal'},
  {regex: itWasSaidAside, kind: 'impersonal'},
  {regex: readInThePapers, kind: 'impersonal'},
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
 * subject at all. The subject may stand far from its verb: past
 * prepositional phrases (`Studies of minimum wage effects in the United
 * Kingdom have generally found`), a relative clause (`Later studies that
 * looked at tasks … put the figure`), a participle (`Users upgrading from
 * 2.x have reported`), or a first verb it shares (`Road safety groups have
 * welcomed the plan but say`).
 */
function vagueSubject(text: string, verbStart: number, verb: string): number | undefined {
  const {words, clauseStart} = wordsBefore(text, verbStart, 14)
  let at = 0
  // Auxiliaries and adverbs right before the verb: `have long`, `privately`.
  // `have now been found`: a passive, whose subject is what was found, not who found it.
  if (words.length > 0 && beenWord.test(words[0]!.value)) return undefined
  // `the death of a man found in a flat`: a past participle after a singular noun and its article qualifies the noun; it reports nothing.
  if (words.length > 1 && pastForm.test(verb) && articleOrPointer(words[1]!.value) && !pluralNoun.test(words[0]!.value) && !studyNoun.test(words[0]!.value)) return undefined
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

/** `a`, `an`, `the`, `this` …: a word that opens a noun phrase. */
function articleOrPointer(value: string): boolean {
  return articleWord.test(value) || pointer.test(value)
}

/** Whether a phrase after `from`, `at` or `of` between a subject's head and its verb holds a name or an acronym. */
function namesBody(words: readonly Word[], from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) {
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
  if (opener !== undefined && !conjunction.test(opener)) return undefined
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
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (feelVerb.test(match[0]) && !clauseAfter.test(rest)) continue
    if (tellVerb.test(match[0]) && directiveAfter.test(rest)) continue
    if (rememberVerb.test(match[0]) && !rememberedAs.test(rest)) continue
    // `Locals call the estate "the island"`: naming a term, not a claim.
    if (callVerb.test(match[0]) && (quoteAhead.test(rest) || !namingObject.test(rest))) continue
    const start = vagueSubject(text, match.index, match[0])
    if (start !== undefined) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  return mergeSpans(spans).filter((span) => {
    const sentence = sentenceAround(text, span)
    if (ownInformants.test(sentence)) return false
    // `Women in Koba village told us`, after `Our team visited 14 villages`: the people of the writer's own fieldwork.
    return !(toldUs.test(sentence) && ownFieldwork.test(text.slice(Math.max(0, span.start - 600), span.start)))
  })
}

/** The sentence around a span: from the last sentence end before it to the next after it (at most 200 characters each way). */
function sentenceAround(text: string, span: Span): string {
  const from = Math.max(0, span.start - 200)
  const lead = text.slice(from, span.start)
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '))
  const tail = text.slice(span.end, span.end + 200)
  const ends = [tail.indexOf('. '), tail.indexOf('? '), tail.indexOf('! ')].filter((index) => index !== -1)
  return (stop === -1 ? lead : lead.slice(stop + 2)) + text.slice(span.start, span.end) + (ends.length === 0 ? tail : tail.slice(0, Math.min(...ends)))
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

function isWordPart(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9') || "'’-%.".includes(char)
}
