import type {Speaker} from './language.js'
import {schoolYearSpeaker} from './speaker-purpose.js'
import {lastClause} from './span.js'

// The subject of a speech verb, read from the words before it: named (a
// name, a role with `the`, `he` or `she`, a spokesperson, a name as the
// subject of a relative clause) or unnamed (`one official`, a bare plural,
// a class narrowed by a phrase or picked out by what its people did, a group
// of the writer's own people, one person from a capitalised place); an
// indefinite role of a named body (`A union rep from the IWGB`) is named. speaker.ts finds the verb; this module reads
// who stands before it.

/** `he said`, `she later told`. */
const pronounBefore = /\b(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu
/** `one official put it`, `a geriatrician on our board told us`, `several officials said`. */
export const indefiniteBefore =
  /(?:^|[^\p{L}])(?:one|a|an|another|some|several|many|most|few|other|two|three|various|numerous)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu
/** `a spokesperson`, `a Commission spokeswoman`: a role that speaks for a named body. */
export const spokesperson = /\bspokes(?:person|man|woman|people)\b/iu
/** `the minister`, `The vendor's documentation`, `its chief executive`. */
const definiteBefore = /(?:^|[^\p{L}])(?:the|its|his|her|their|our)\s+(?:[\p{L}'’-]+[\s,]+){0,4}$/iu
/** `a roof that our surveyor describes as`, `the plan which the minister called`: one role with `the` or `our`, the subject of a relative clause after an indefinite noun (a plural role stays a class: `that our builders describe`). */
const definiteRoleInRelative =
  /(?<![\p{L}'’-])(?:that|which|whom)\s+(?:the|our|my|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*[^s\s'’]\s+(?:(?:\p{Ll}+ly|often|once|also|now|has|had)\s+)?$/u
/** `a response the trustees describe as`, `a view the minister put`: a role with `the` as the subject of a relative clause with no pronoun, after an indefinite noun (round 34), with up to two words before the role, a body's possessive among them (`a gap the registry's steering committee described as`, round 53); a plural only for a body's officers (not `a view the residents share`, a class). */
const definiteRoleInContact =
  /(?<![\p{L}'’-])(?:a|an)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]*\s+the\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:\p{Ll}[\p{Ll}'’-]*[^s\s'’]|trustees|directors|governors|organi[sz]ers|judges|inspectors|auditors|editors|stewards|examiners|commissioners)\s+(?:(?:\p{Ll}+ly|often|once|also|now|has|had|have)\s+)?$/u
/** `the man who asked us`: a person picked out by what they did, not named. */
const describedPerson =
  /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?:man|woman|men|women|person|people|boy|girl|child|children|parents?|mothers?|fathers?|famil(?:y|ies)|residents?|customers?|patients?|neighbou?rs?|visitors?|readers?|callers?|listeners?|viewers?|voters?|workers?|volunteers?|tenants?|strangers?|someone|somebody|regulars?)\s+(?:who|whom|that)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu
/**
 * An indefinite subject opening its clause, past a phrase of place: `A woman
 * in the transit centre at Lumbe said:`, `One resident of the estate wrote`,
 * `As one old hand at the sailing club put it`, `though a note pushed through
 * the door asked` (round 39: `through`, `under`, `behind`, and `though` or
 * `although` joining the clause on).
 * A capital in the place names where, not who. One of a group is one too:
 * `One member of the audience was overheard saying`. A possessive may qualify
 * it: `A later owner's note on the flyleaf calls it`.
 */
export const indefiniteSubject =
  /^(?:[Aa]s\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!spokes)(?:[\p{Ll}'’-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*\s+(?:(?:in|at|near|outside|inside|on|through|under|behind)\s|(?:from|of|among)\s+(?:a|an|the|our|their|its)\s+\p{Ll})/u
/** An indefinite subject opening the sentence, described by a relative clause, an indefinite appositive or a participle: `A keeper who worked the lock for years told`, `One resident, a retired nurse, said`, `One walker, who asked not to be named, said`, `One diver, standing on the quay, said`, `One visitor, handed back her lamp, told`, `A member of the public, speaking with leave, said` (one of a group, round 35). */
const indefiniteDescribed =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!spokes)(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*(?:\s+of\s+the\s+\p{Ll}{3,})?(?:,?\s+(?:who|whom|whose|that)\s|,\s+(?:(?:now|then|once|himself|herself)\s+)?(?:an?|one)\s|,\s+\p{Ll}{2,}(?:ing|ed|en)\s)/u
/**
 * An indefinite person opening the sentence and the place they come from,
 * a capitalised name after `from`, `in`, `of` or `near` (`An informant from
 * Bampton, interviewed in 2023, was emphatic that`): the capital names where,
 * not who (round 38; as `Traders in the Arcade`).
 */
const indefiniteFromPlace = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!spokes)(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*\s+(?:from|in|of|near)\s+\p{Lu}\p{Ll}+(?![\p{L}'’-])/u
/**
 * An indefinite role of a named body: `A union rep from the IWGB`, `a
 * lawyer with the ACLU`, `an official at the Home Office` (an acronym, or
 * capitalised words ending in a kind of body, after `from`, `at`, `of`,
 * `with` or `for`): the body names the speaker, as `a Commission
 * spokesperson` does (round 38). A place is no body (`A pilot from the
 * Netherlands`).
 */
const indefiniteOfBody =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*\s+(?:from|at|of|with|for)\s+(?:the\s+)?(?:\p{Lu}{2,}(?![\p{Ll}])|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Union|Council|Society|Trust|Commission|Department|Ministry|Agency|Board|Association|Institute|Party|Office|Federation|Authority|Foundation|Committee)(?![\p{L}]))/u
/** Members of the public with `the`, opening the clause: `The complainants described`, `the residents told us` (people no one names, `the` pointing back at a group the text counted, not a role). */
const publicPlural =
  /^(?:the|these|those)\s+(?:[\p{Ll}-]+\s+)?(?:complainants|objectors|residents|neighbou?rs|callers|visitors|customers|respondents|passengers|interviewees|villagers|islanders|onlookers|bystanders|witnesses|locals)\s+(?:(?:\p{Ll}+ly|also|all|both|often|later|then|had|have)\s+)?$/iu
/** A class taken whole, opening its clause: `Every stall owner we spoke to`, `Each grower`, `All the bakers in town` (round 61): the words are a class's, no one's named. Not `All three`, `Each of them` (people the text may have named), nor a name after the quantifier (`Every Labour MP`: left as it was), nor a time (`Every week the owner says`). */
const universalSubject =
  /^(?:[Ee]very|[Ee]ach|[Aa]ll)\s+(?:(?:of\s+)?(?:the|our|these|those)\s+)?(?!(?:of|them|us|two|three|four|five|six|day|week|month|year|morning|evening|night|time|season|summer|winter|spring|autumn|weekend)(?![\p{L}'’-]))\p{Ll}/u
/** The clause marks a bare plural subject may follow. */
const clauseMark = /[,;:(]/gu
const spaces = /\s+/u
/** A plural word (`Islanders`, `officials`) and an adverb in `-ly`. */
const pluralWord = /^\p{L}[\p{L}'’-]*[^s's’]s$/u
/** `there`, `here`, `locally` after a subject's head: `Audiences there called it`. */
const placeAdverb = /^(?:there|here|locally)$/u
const lyWord = /^(?:\p{Ll}+ly|often|always|still|also|now|sometimes|never|even|once|too|again|since|long|have|has|had|would|will|may|might|can|could|do|does|did)$/u
/** A conjunction opening a clause, and the space after it: `and a member who …`. */
const leadingConjunction = /^(?:and|but|yet|while|whereas|though|although)\s+/iu
/** A conjunction opening a clause before its subject: `, and early buyers have called it`. */
const openingConjunction = /^(?:and|but|yet|so|while|whereas|though|although)$/iu
/** Collective nouns for a class of people: `Staff describe`, `Police say`. */
const collectiveNoun = /^(?:staff|police|crew|crews|personnel|faculty|management|clergy|folk|people|locals)$/iu
/** Prepositions that narrow a class: `Critics at the premiere`, `Shopkeepers on the high street`, `Visitors to the gallery`, `Parents with toddlers`. */
const narrowingPreposition = /^(?:at|on|in|of|from|to|with|for|around|across|near|outside|inside|among)$/u
/** Prepositions of place, after which a capital names where a class is (`Traders in the Arcade`), not who (`Critics at Kew`, a body). */
const placePreposition = /^(?:in|on|across|around|near|outside|inside)$/u
/** A word that points back or picks out one: `the`, `these`, `his`. */
const determiner = /^(?:the|this|that|these|those|its|his|her|their|our|my|your|such)$/iu
/** The writer's own people, a group: `our`, `my`. */
const ownWord = /^(?:our|my)$/iu
const theWord = /^the$/iu
/** A word after which a capitalised run is not a relative clause's subject: prepositions, conjunctions, determiners. */
const notNounBefore =
  /^(?:in|at|on|of|from|to|by|with|for|near|outside|inside|around|across|among|about|like|than|as|and|or|but|the|a|an|one|some|several|many|that|which|who|whom|his|her|its|their|our|my)$/iu
/** A capitalised word (`The`, `Northern`, `Courier`) and a word a mark ends (`said,`). */
const capitalisedToken = /^\p{Lu}[\p{L}'’.&-]*$/u
const markEnded = /[,;:.!?)]$/u
/** A word in lower case, or the first word of a clause. */
const lowerWord = /^\p{Ll}/u
/** Someone no one names: `Someone had scrawled`, `nobody wrote`. */
export const indefinitePronoun = /(?:^|[^\p{L}])(?:someone|somebody|anyone|anybody|no\s+one|nobody)(?![\p{L}])/iu
/** A name: a capitalised word inside the sentence. */
const capitalisedWord = /[^\p{L}\d'’.-](\p{Lu}[\p{L}'’-]*)/gu
/** Words that are capitalised without naming anyone. */
const notName = /^(?:I|I'm|I've|As|In|On|At|But|And|Yet|So|For|When|After|Before|While|Although|According|Then|Now|Today|Still|However)$/u
/** A relative pronoun after a class: `Residents who took part`. */
const relativeWord = /^(?:who|whom|whose|that)$/iu

/** Every regex of this module, for the ReDoS test. */
export const speakerSubjectPatterns: readonly RegExp[] = [
  indefiniteFromPlace,
  indefiniteOfBody,
  placeAdverb,
  pronounBefore,
  definiteRoleInContact,
  publicPlural,
  universalSubject,
  indefiniteBefore,
  spokesperson,
  definiteBefore,
  describedPerson,
  definiteRoleInRelative,
  indefiniteSubject,
  indefiniteDescribed,
  clauseMark,
  spaces,
  pluralWord,
  lyWord,
  openingConjunction,
  leadingConjunction,
  collectiveNoun,
  narrowingPreposition,
  placePreposition,
  determiner,
  ownWord,
  theWord,
  notNounBefore,
  capitalisedToken,
  markEnded,
  lowerWord,
  indefinitePronoun,
  capitalisedWord,
  notName,
  relativeWord
]

/**
 * Classify the words before a speech verb (`before`, the sentence's text up to the verb;
 * `atStart`: they begin the sentence): `named`, `unnamed`, or `none` when they name no one.
 */
export function subject(before: string, atStart: boolean): Speaker {
  if (describedPerson.test(before) || describedClass(before, atStart)) return 'unnamed'
  // `An informant from Bampton, interviewed in 2023, was emphatic that`: one person from a place, not named.
  if (atStart && indefiniteFromPlace.test(before.trimStart())) return 'unnamed'
  // `One Year 10 girl said`: one pupil of a school year, whose capital is no name (round 52).
  if (atStart && schoolYearSpeaker(before)) return 'unnamed'
  // `One keeper, now a guide, told`: a person the sentence opens with and describes, never names.
  if (atStart && indefiniteDescribed.test(before.trimStart())) return 'unnamed'
  // `…, and a member who visited on the first weekend called it`: the same, opening a clause a conjunction joins on.
  // The conjunction is needed: without it the clause may be an appositive to a name (`Jo Tern, a keeper who …`).
  const joined = clauseOpening(before, atStart)
  if (leadingConjunction.test(joined) && indefiniteDescribed.test(joined.replace(leadingConjunction, ''))) return 'unnamed'
  // `…, and one firefighter on the picket line told me`: an indefinite subject past a phrase of place, opening a clause a conjunction joins on (round 36).
  if (indefiniteSubject.test(joined.replace(leadingConjunction, '')) || indefinitePronoun.test(joined)) return 'unnamed'
  // `The complainants described`: members of the public, pointed back at, named by no one.
  if (publicPlural.test(clauseOpening(before, atStart))) return 'unnamed'
  // `Every stall owner we spoke to said the same thing:`: a class taken whole (round 61).
  if (universalSubject.test(clauseOpening(before, atStart))) return 'unnamed'
  if (pronounBefore.test(before)) return 'named'
  // `an aria The Tribune described`: a name as the subject of a relative clause after an indefinite noun.
  if (namedRelativeSubject(before)) return 'named'
  // `a flat roof that our surveyor describes as`: the role is the relative clause's subject, the indefinite noun what it describes.
  if (definiteRoleInRelative.test(before) || definiteRoleInContact.test(before)) return 'named'
  // `A union rep from the IWGB told`: a role of a named body, like a spokesperson.
  if (indefiniteBefore.test(before)) return spokesperson.test(before) || indefiniteOfBody.test(clauseOpening(before, atStart)) ? 'named' : 'unnamed'
  // `Our night-shift nurses describe`: a group of the writer's own people, none of them named.
  if (ownGroup(before, atStart)) return 'unnamed'
  // `Critics at the premiere called`: a class of people narrowed by a phrase is still unnamed, whatever `the` the phrase holds.
  if (narrowedPlural(before, atStart)) return 'unnamed'
  if (definiteBefore.test(before)) return 'named'
  // `…, and early buyers have called it`: a class of people as the clause's subject, whatever names an earlier clause gives.
  if (barePlural(before)) return 'unnamed'
  for (const match of (atStart ? before : ' ' + before).matchAll(capitalisedWord)) {
    const name = match[1]!
    // The sentence's first word may only be capitalised because it comes first.
    const first = atStart && match.index === 0
    if (!notName.test(name) && !first) return 'named'
  }
  const opening = before.trimStart()
  if (atStart && opening.length > 0 && !notName.test(opening.split(' ')[0]!)) return 'named'
  return 'none'
}

/** The words of the last clause before a speech verb (from its last clause mark, or all of them at the sentence's start), trimmed. */
function clauseOpening(before: string, atStart: boolean): string {
  const clause = lastClause(before, clauseMark)
  // No clause mark (a mark is one character, so nothing was cut): the words are a clause only at the sentence's start.
  return clause.length === before.length && !atStart ? '' : clause.trimStart()
}

/** A bare plural subject at the start of its clause: `Islanders describe`, `Operators described`, `Critics privately said`. */
function barePlural(before: string): boolean {
  const words = openingWords(lastClause(before, clauseMark), true)
  const head = words.at(-1)
  // A name in the subject (`Critics at Kew`) names the source.
  if (head === undefined || words.length > 3 || words.slice(1).some((word) => !lowerWord.test(word))) return false
  return classHead(head)
}

/**
 * A class picked out by what its people did, opening its clause: `Residents
 * who took part`, `Parents whose children attend`, `Volunteers who staffed the
 * stall`. A plural head, a relative pronoun, then words in lower case (a
 * capital names a body: `Residents who wrote to Ofwat`).
 */
function describedClass(before: string, atStart: boolean): boolean {
  const words = openingWords(clauseOpening(before, atStart), false)
  if (words.length < 3 || words.length > 8 || !relativeWord.test(words[1]!)) return false
  return classHead(words[0]!) && words.slice(1).every((word) => lowerWord.test(word))
}

/**
 * A plural subject narrowed by a phrase, opening its clause: `Critics at the
 * premiere`, `Shopkeepers on the high street`, `Regular users of the app`. No
 * determiner before the head (`the critics` points back) and no capital in
 * the phrase (`Critics at Kew` names the body) but after a preposition of
 * place (`Traders in the Arcade`: where, not who).
 */
function narrowedPlural(before: string, atStart: boolean): boolean {
  const words = openingWords(clauseOpening(before, atStart), true)
  const at = words.findIndex((word) => narrowingPreposition.test(word))
  if (at < 1 || at > 2 || words.length - at > 5) return false
  if (determiner.test(words[0]!) || !classHead(words[at - 1]!)) return false
  // `Traders in the Arcade`, `Farmers on the Wolds`: a capital after a preposition of place names where the class is, not a body (round 36).
  const rest = placePreposition.test(words[at]!) ? words.slice(1, at + 1) : words.slice(1)
  return rest.every((word) => lowerWord.test(word))
}

/**
 * A group of the writer's own people opening its clause: `Our night-shift
 * nurses`, `my regulars`: `our` or `my`, words in lower case, and a plural
 * head (not `our chairman`, a role; not `our partners at Oxfam`, a body).
 */
function ownGroup(before: string, atStart: boolean): boolean {
  const words = openingWords(clauseOpening(before, atStart), true)
  if (words.length < 2 || words.length > 5 || !ownWord.test(words[0]!)) return false
  return classHead(words.at(-1)!) && words.slice(1).every((word) => lowerWord.test(word))
}

/**
 * The words of a clause's opening, without a conjunction before them (`and
 * early buyers`) and, with `adverbs`, without the auxiliaries and adverbs that
 * end it before the verb (`have long`, `often`).
 */
function openingWords(opening: string, adverbs: boolean): string[] {
  const words = opening.split(spaces).filter((word) => word !== '')
  if (words.length > 0 && openingConjunction.test(words[0]!)) words.shift()
  // `Audiences there called it`: an adverb of place or time after the head, as an `-ly` adverb, is no part of the subject (round 37).
  if (adverbs) while (words.length > 0 && (lyWord.test(words.at(-1)!) || placeAdverb.test(words.at(-1)!))) words.pop()
  return words
}

/** Whether a word heads a class of people: a plural (`residents`) or a collective noun (`staff`). */
function classHead(word: string): boolean {
  return pluralWord.test(word) || collectiveNoun.test(word)
}

/**
 * A name right before the speech verb, after a noun it qualifies as a
 * relative clause's subject: `an aria The Tribune described`,
 * `a season the Harbour Gazette called`. Not after a preposition (`one
 * official in Brussels`), nor when the name opens the clause (`One Labour MP`),
 * nor a class named by a capitalised plural (`a place Londoners call`).
 */
function namedRelativeSubject(before: string): boolean {
  const words = before.trim().split(spaces).filter((word) => word !== '')
  while (words.length > 0 && lyWord.test(words.at(-1)!)) words.pop()
  let start = words.length
  while (start > 0 && start > words.length - 4 && capitalisedToken.test(words[start - 1]!)) start--
  if (start === words.length || start === 0) return false
  // `the Harbour Gazette`: the article goes with the name; without it, one capitalised plural is a class (`a place Londoners call`).
  if (theWord.test(words[start - 1]!)) start--
  else if (start === words.length - 1 && pluralWord.test(words[start]!)) return false
  if (start === 0) return false
  const previous = words[start - 1]!
  // A word in lower case that ends no clause and is no preposition or determiner: the noun the clause qualifies.
  return lowerWord.test(previous) && !markEnded.test(previous) && !notNounBefore.test(previous)
}
