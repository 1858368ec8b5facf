import {wordsBefore} from './attribution-clause.js'
import type {Word} from './attribution-clause.js'
import {subjectFrom} from './attribution-head.js'
import {
  acronym,
  anonymousHead,
  bodyNoun,
  staffPreposition,
  articleWord,
  auxiliary,
  beenWord,
  betweenWord,
  hereWord,
  bodyPreposition,
  calendarName,
  capitalFirst,
  collectiveNoun,
  conjunction,
  coordinator,
  countWord,
  definiteWord,
  forWord,
  groupAdjective,
  ofWord,
  participle,
  passiveBe,
  personalSubject,
  placeOrOccasion,
  pluralAcronym,
  pastForm,
  pluralNoun,
  pointer,
  preposition,
  presentPerfect,
  quantifier,
  relative,
  singleStudy,
  studyNoun,
  testNoun,
  thatAfter,
  theWord,
  toWord,
  verbLike
} from './attribution-vocabulary.js'

// The subject of a reporting verb, read backwards from the verb a bounded
// number of words: a plural class of people (`Agronomists`, `Officials in
// Brussels`) or of studies and data (`Recent studies`, `Evidence`) is a
// vague source; a name, an acronym, a pointer back or a kind of data names
// one. This module finds the head (past phrases, relative clauses,
// participles and a shared first verb); the words before the verb are read
// in attribution-clause.ts, the subject from its head in attribution-head.ts,
// the word classes are in attribution-vocabulary.ts.

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
  // `Figures in this report are rounded`: a verb's form right after an article or a pointer is a noun (`this report`, `the call`, `a claim`), no verb (round 39).
  if (words.length > 0 && articleOrPointer(words[0]!.value)) return undefined
  // `the death of a man found in a flat`: a past participle after a singular noun and its article qualifies the noun; it reports nothing.
  // Not after a class narrowed by a place or an occasion: `Critics at the premiere called`.
  if (words.length > 1 && pastForm.test(verb) && articleOrPointer(words[1]!.value) && !pluralNoun.test(words[0]!.value) && !studyNoun.test(words[0]!.value) && !narrowedClass(words)) return undefined
  // `must be read and reported by`: the second of two passive participles sharing `be`, no active verb with a subject.
  if (words.length > 2 && coordinator.test(words[0]!.value) && beForm.test(words[2]!.value)) return undefined
  while (at < words.length && at < 4 && (betweenWord.test(words[at]!.value) || (hereWord.test(words[at]!.value) && !(at + 1 < words.length && preposition.test(words[at + 1]!.value))))) at++
  // `No incidents to report`, `nothing to say`: `to` right after the head, with no verb of habit or ability before it (`tend to`, `quick to`), is an infinitive, not a clause.
  if (at > 0 && at < words.length && toWord.test(words[at - 1]!.value)) return undefined
  // `Under the old boards we found`: a pronoun right before the verb is its subject, the writer's own or a named person's.
  if (at < words.length && personalSubject.test(words[at]!.value)) return undefined
  // `Farmers who are told this`: a passive, whose subject is told something, not a source.
  if (at < words.length && passiveBe.test(words[at]!.value) && pastForm.test(verb)) return undefined
  // The head is the word before the verb (`Agronomists say`) or, past a
  // prepositional phrase, a relative clause or a participle, a word further back.
  const heads: Array<{index: number; far: boolean}> = [{index: at, far: false}]
  for (let probe = at + 1; probe < words.length - 1; probe++) {
    const value = words[probe]!.value
    if (preposition.test(value) || participle.test(value)) heads.push({index: probe + 1, far: true})
    // `Clubs up and down the country report`: `up and down` spans a place as `across` does (round 46; words are last first).
    else if (upWord.test(value) && probe >= 2 && andWord.test(words[probe - 1]!.value) && downWord.test(words[probe - 2]!.value)) heads.push({index: probe + 1, far: true})
    else if (relative.test(value) && probe > 0 && verbLike.test(words[probe - 1]!.value)) heads.push({index: probe + 1, far: false})
  }
  // `Engravers I trained with say`: a class and a contact clause of the writer's own, its preposition left at its end (round 50); the head is the word before `I` or `we`.
  if (at + 3 < words.length && strandedPreposition.test(words[at]!.value) && contactVerb.test(words[at + 1]!.value) && writerPronoun.test(words[at + 2]!.value)) heads.push({index: at + 3, far: false})
  // `… have welcomed the plan but say`: the subject of the first verb.
  if (at < words.length && coordinator.test(words[at]!.value)) {
    for (let probe = words.length - 1; probe > at + 1; probe--) {
      if (betweenWord.test(words[probe - 1]!.value) || verbLike.test(words[probe - 1]!.value)) {
        heads.push({index: probe, far: false})
        break
      }
    }
  }
  const perfect = words.slice(0, at).some((word) => presentPerfect.test(word.value))
  const followedByThat = thatAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 8))
  // `After two years of tests the team has found`: a noun with its article right before the verb, after no preposition, is the verb's own subject; words further back open the sentence.
  // Not a name with `the` after `and` (`Importers in Germany and the Netherlands say`, round 60): a place joined to the phrase before, not a subject of its own.
  const joinedName = at + 2 < words.length && coordinator.test(words[at + 2]!.value) && capitalFirst.test(words[at]!.value)
  const ownSubjectEnd = at + 2 < words.length && articleOrPointer(words[at + 1]!.value) && !preposition.test(words[at + 2]!.value) && !downWord.test(words[at + 2]!.value) && !joinedName ? at + 1 : undefined
  const presentView = !pastForm.test(verb) && viewAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 48))
  const toldInquiry = toldWord.test(verb) && inquiryHearerAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 40))
  const willTellYou = at > 0 && willWord.test(words[0]!.value) && tellWord.test(verb) && youAfter.test(text.slice(verbStart + verb.length, verbStart + verb.length + 8))
  for (const head of heads) {
    if (ownSubjectEnd !== undefined && head.far && head.index > ownSubjectEnd) continue
    // Past prepositional phrases and participles, no verb or subject of its own stands between the head and its verb (not `Appeals … have succeeded in … reported`, `After six months of care she … has found`).
    if (head.far && words.slice(at, head.index).some((word) => personalSubject.test(word.value) || (!capitalFirst.test(word.value) && (verbLike.test(word.value) || auxiliary.test(word.value))))) continue
    // `Observers from the OSCE`, `Economists at Goldman Sachs`: a named body after `from`, `at` or `of` names the source.
    if (head.far && namesBody(words, at, head.index)) continue
    // `Tests on six of its pipes found`: tests of a thing counted or pointed at, the writer's own checks.
    if (head.far && testNoun.test(words[head.index]!.value) && words.slice(at, head.index).some((word) => countWord.test(word.value) || pointer.test(word.value))) continue
    // `Crew across the network say`: a collective noun is a class of people when a phrase of place or scope narrows it.
    // `Staff will tell you that`: the hearsay idiom makes a collective noun a class too (round 34).
    // `Staff describe morale as low`, `Crew say that`: a collective noun with a verb in the present and the view it reports (`… as`, `that`) is a class's standing view (round 38).
    // `Staff told investigators that`: a collective noun telling an inquiry's hearers (investigators, inspectors, auditors, a tribunal) is a class of witnesses nobody names (round 39).
    // `Hut staff say`, `Ward staff report`: a noun before a collective noun says where its people work, narrowing it as a phrase of place does (round 41); not a pointer, an article or a quantifier (`our staff`, `the crew`, `all staff`).
    const collective =
      (head.far || willTellYou || presentView || toldInquiry || workplaceBefore(words, head.index)) && head.index < words.length && collectiveNoun.test(words[head.index]!.value)
    const start = subjectFrom(words, head.index, clauseStart, verb, followedByThat, collective, perfect)
    if (start !== undefined) return start
  }
  return undefined
}

/** `up and down`, read last first: a span of place (`up and down the country`). */
const upWord = /^up$/iu
const andWord = /^and$/iu
const downWord = /^down$/iu
/** A form of `be` before a participle: `be read and reported`, `is cleaned and reported`. */
const beForm = /^(?:be|been|being|is|are|was|were)$/iu
/** `will tell you`: the idiom of hearsay passed on (`Staff will tell you that …`). */
const willWord = /^will$/iu
const tellWord = /^tell$/iu
const youAfter = /^\s+you(?![\p{L}'’-])/iu
/** `told`: the past of telling, what a witness did to an inquiry. */
const toldWord = /^told$/iu
/** The hearers of an inquiry after `told`: `told investigators`, `told the inspectors`, `told the tribunal`, `told auditors` (not `told us`, the writer's own informants). */
const inquiryHearerAfter = /^\s+(?:the\s+)?(?:investigators|inspectors|auditors|examiners|regulators|inquiry|tribunal|panel|commission|review|hearing|committee)(?![\p{L}'’-])/iu
/** The view a verb in the present reports: a clause (`that`) or a description (`describe morale as lower`), not `as soon as`, `as well`, `as part of`. */
const viewAfter = /^\s+(?:that(?![\p{L}'’-])|(?:(?!as\s)[\p{L}'’-]+\s+){1,3}?as\s+(?!(?:soon|well|part|needed|required|usual|follows|far|long|much|and|when|if)(?![\p{L}'’-])))/iu
/** `like`, `including`, or `as` after `such`: what follows is an example of the class (`children like Oliver`), not a body. */
const likeWord = /^(?:like|including)$/iu
const asWord = /^as$/iu
const suchWord = /^such$/iu
/** A word of letters only, three or more: a noun that may modify a collective noun. */
const workplaceWord = /^\p{L}{3,}$/u
/** A preposition left at the end of a contact clause (`trained with`, `work for`, `deal with`). */
const strandedPreposition = /^(?:with|for|under|alongside|beside)$/iu
/** The verb of a contact clause, one word in lower case: `trained`, `work`, `studied`. */
const contactVerb = /^\p{Ll}{2,}$/u
/** The writer as the subject of a contact clause. */
const writerPronoun = /^(?:I|we)$/u
/** Every regex of this module, for the ReDoS test. */
export const attributionSubjectPatterns: readonly RegExp[] = [upWord, andWord, downWord, likeWord, asWord, suchWord, workplaceWord, beForm, willWord, tellWord, youAfter, toldWord, inquiryHearerAfter, viewAfter, strandedPreposition, contactVerb, writerPronoun]

/** `Critics at the premiere`: a plural of people opening its clause, then a preposition other than `of` and the phrase the verb follows. */
function narrowedClass(words: readonly Word[]): boolean {
  return words.length === 4 && preposition.test(words[2]!.value) && !ofWord.test(words[2]!.value) && pluralNoun.test(words[3]!.value) && !studyNoun.test(words[3]!.value)
}

/**
 * Whether the phrase after the preposition at `index` is `the` and two or
 * three words in lower case ending in a kind of body (`at the regional
 * development agency`, not `at the bank`) that ends right before the verb (`from` is its last
 * word, words being last first), after a head that is no anonymous source.
 */
function staffBody(words: readonly Word[], from: number, to: number, index: number): boolean {
  // At least one word describes the body (`the regional development agency`, `the county council`): `the bank` alone is any bank.
  if (!staffPreposition.test(words[index]!.value) || index - from < 3 || index - from > 4) return false
  if (!theWord.test(words[index - 1]!.value) || !bodyNoun.test(words[from]!.value)) return false
  return to < words.length && !anonymousHead.test(words[to]!.value)
}

/** Whether the word before a subject's head at `index` is a noun of its own, a place of work (`Hut staff`): letters only, and no pointer, article, quantifier, conjunction or pronoun. */
function workplaceBefore(words: readonly Word[], index: number): boolean {
  if (index + 1 >= words.length) return false
  const value = words[index + 1]!.value
  return workplaceWord.test(value) && !articleOrPointer(value) && !quantifier.test(value) && !conjunction.test(value) && !personalSubject.test(value) && !betweenWord.test(value)
}

/** `a`, `an`, `the`, `this` …: a word that opens a noun phrase. */
function articleOrPointer(value: string): boolean {
  return articleWord.test(value) || pointer.test(value)
}

/** Whether a phrase after `from`, `at` or `of` between a subject's head and its verb holds a name or an acronym, or one study pointed at (`results from the trial`), or `for the` names the party a class acts for (`Lawyers for the defendant`). */
function namesBody(words: readonly Word[], from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) {
    if (forWord.test(words[index]!.value) && index - 1 >= from && theWord.test(words[index - 1]!.value) && index - 2 >= from && !pluralNoun.test(words[index - 2]!.value) && !groupAdjective.test(words[index - 2]!.value)) return true
    if (!bodyPreposition.test(words[index]!.value)) continue
    // `Economists at the regional development agency`: the staff of one body the text points at with `the` (its last word a kind of body) speak for it; `Sources at the ministry` stay anonymous.
    if (staffBody(words, from, to, index)) return true
    // `early results from the trial`: one study the text points at, named as `the researchers` would be.
    if (index - 2 >= from && definiteWord.test(words[index - 1]!.value) && singleStudy.test(words[index - 2]!.value)) return true
    for (let inner = index - 1; inner >= from; inner--) {
      if (preposition.test(words[inner]!.value)) break
      if (capitalFirst.test(words[inner]!.value) && !namesNoBody(words, inner, from)) return true
    }
  }
  return false
}

/**
 * Whether the capitalised word at `index` names no body (round 41): a plural
 * acronym, a class of things or people (`Studies of PPIs`); a day or a month
 * (`on Monday`); a name after `like`, `including` or `such as`, an example
 * of the class (`Parents of children like Oliver`, round 43); or a word of a phrase whose last word, before the next
 * preposition or `from` (words being last first), is a place or an occasion
 * (`Residents of Saltmarsh Lane`, `Farmers at the NFU meeting`).
 */
function namesNoBody(words: readonly Word[], index: number, from: number): boolean {
  const value = words[index]!.value
  if (pluralAcronym.test(value) || calendarName.test(value)) return true
  // `Parents of children like Oliver`, `Owners of breeds such as Labradors`: a name after `like` or `such as` is an example of the class, no body it speaks for (round 43).
  if (index + 1 < words.length && (likeWord.test(words[index + 1]!.value) || (index + 2 < words.length && asWord.test(words[index + 1]!.value) && suchWord.test(words[index + 2]!.value)))) return true
  let last = index
  while (last - 1 >= from && !preposition.test(words[last - 1]!.value)) last--
  return placeOrOccasion.test(words[last]!.value)
}
