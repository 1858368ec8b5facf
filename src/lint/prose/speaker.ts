import type {Speaker} from './language.js'
import type {Span} from './span.js'
import {lastClause} from './span.js'
import {pronounForUnnamed} from './speaker-pronoun.js'
import {askedByName, passiveHearer} from './speaker-hearer.js'

// Who an English sentence gives a quotation to. The speech verb nearest the
// quotation is found; its subject (before it, or after it when the verb
// follows the quotation: `…,” said Maria Ekström`) is named (a name, a role
// with `the`, `he` or `she`, a spokesperson) or unnamed (`one official`,
// `a participant`, a bare plural: `Islanders`, `Several officials`).

const speechVerb =
  /\b(?:said|says|say|told|tells|tell|asked|asks|wrote|writes|write|added|adds|put\s+it|puts\s+it|called|calls|call|describ(?:ed|es|e)|warned|warns|warn|promised|promises|insist(?:s|ed)?|stat(?:ed|es)|declared|declares|argued|argues|noted|notes|hoped|hopes|remarked|explained|explains|recalled|recalls|admitted|conceded|replied|observed|claimed|claims|according\s+to|in\s+the\s+words\s+of|urged|urges|demanded|announced|acknowledged|complained|testified|concluded|concludes|quipped|quotes?|quoted|reads|found|finds|ask|saying|posted|tweeted|texted|emailed|messaged|scrawled|scribbled|praised|praises|hailed|hails|criticised|criticized|criticises|criticizes)\b/giu
/** `he said`, `she later told`. */
const pronounBefore = /\b(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu
/** `one official put it`, `a geriatrician on our board told us`, `several officials said`. */
const indefiniteBefore =
  /(?:^|[^\p{L}])(?:one|a|an|another|some|several|many|most|few|other|two|three|various|numerous)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu
/** `a spokesperson`, `a Commission spokeswoman`: a role that speaks for a named body. */
const spokesperson = /\bspokes(?:person|man|woman|people)\b/iu
/** `the minister`, `The vendor's documentation`, `its chief executive`. */
const definiteBefore = /(?:^|[^\p{L}])(?:the|its|his|her|their|our)\s+(?:[\p{L}'’-]+[\s,]+){0,4}$/iu
/** `the man who asked us`: a person picked out by what they did, not named. */
const describedPerson =
  /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?:man|woman|men|women|person|people|boy|girl|child|children|parents?|mothers?|fathers?|famil(?:y|ies)|residents?|customers?|patients?|neighbou?rs?|visitors?|readers?|callers?|listeners?|viewers?|voters?|workers?|volunteers?|tenants?|strangers?|someone|somebody|regulars?)\s+(?:who|whom|that)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu
/** `a letter a parent sent him:`, `we asked families …:`: the unnamed people whose words are read or asked for. */
const unnamedPeople =
  /(?:\b(?:a|an|one|some|several|many)\s+(?:[\p{Ll}-]+\s+)?|(?<![\p{L}'’-]))(?:man|woman|men|women|person|people|boy|girl|child|children|parents?|mothers?|fathers?|famil(?:y|ies)|residents?|customers?|patients?|neighbou?rs?|visitors?|readers?|callers?|listeners?|viewers?|voters?|workers?|volunteers?|tenants?|strangers?|someone|somebody|regulars?)(?![\p{L}'’-])/iu
/**
 * An indefinite subject opening its clause, past a phrase of place: `A woman
 * in the transit centre at Lumbe said:`, `One resident of the estate wrote`.
 * A capital in the place names where, not who. One of a group is one too:
 * `One member of the audience was overheard saying`.
 */
const indefiniteSubject =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!spokes)(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*\s+(?:(?:in|at|near|outside|inside|on)\s|(?:from|of|among)\s+(?:a|an|the|our|their|its)\s+\p{Ll})/u
/** An indefinite subject opening the sentence, described by a relative clause, an indefinite appositive or a participle: `A keeper who worked the lock for years told`, `One resident, a retired nurse, said`, `One walker, who asked not to be named, said`, `One diver, standing on the quay, said`. */
const indefiniteDescribed =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!spokes)(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]*(?:,?\s+(?:who|whom|whose|that)\s|,\s+(?:(?:now|then|once|himself|herself)\s+)?(?:an?|one)\s|,\s+\p{Ll}{2,}ing\s)/u
/** A written text whose writer goes unnamed: `This note was left in our collection box:`, `a card we were sent reads`. */
const anonymousText =
  /\b(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:left|sent|posted|written|found|pinned|slipped|received|handed|scrawled|submitted|dropped|pushed|tucked)\b(?![^.]{0,60}\bby\s+(?:the\s+)?\p{Lu})/u
/** A named agent after a passive: `by the Mayor of Tilby`, `by Ana Ruiz`. */
const namedAgent = /\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\b[^.]{0,60}\bby\s+(?:the\s+)?\p{Lu}/u
/** Verbs whose object, not their subject, is the source of the words: `asked families`, `reads from a letter a parent sent`. */
const objectSourceVerb = /^(?:asked|asks|ask|reads|read|quotes?|quoted)$/iu
/** The clause marks a bare plural subject may follow. */
const clauseMark = /[,;:(]/gu
const spaces = /\s+/u
/** A plural word (`Islanders`, `officials`) and an adverb in `-ly`. */
const pluralWord = /^\p{L}[\p{L}'’-]*[^s's’]s$/u
const lyWord = /^(?:\p{Ll}+ly|often|always|still|also|now|sometimes|never|even|once|too|again|since|long|have|has|had|would|will|may|might|can|could|do|does|did)$/u
/** A conjunction opening a clause before its subject: `, and early buyers have called it`. */
const openingConjunction = /^(?:and|but|yet|so|while|whereas|though|although)$/iu
/** Collective nouns for a class of people: `Staff describe`, `Police say`. */
const collectiveNoun = /^(?:staff|police|crew|crews|personnel|faculty|management|clergy|folk|people|locals)$/iu
/** Prepositions that narrow a class: `Critics at the premiere`, `Shopkeepers on the high street`, `Visitors to the gallery`, `Parents with toddlers`. */
const narrowingPreposition = /^(?:at|on|in|of|from|to|with|for|around|across|near|outside|inside|among)$/u
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
const indefinitePronoun = /(?:^|[^\p{L}])(?:someone|somebody|anyone|anybody|no\s+one|nobody)(?![\p{L}])/iu
/** A name after the verb, or a definite role, or a role before a name: `said Maria Ekström`, `said the council leader`, `said chief executive Priya Raman`. */
const namedAfter =
  /^\s*(?:the\s+|its\s+|his\s+|her\s+)?\p{Lu}|^\s*the\s+\p{L}|^\s*(?:(?!(?:in|on|at|to|that|after|before|when|of|during|yesterday|today|last|then|later|earlier|once|twice|again)\b)\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}/u
/** A name: a capitalised word inside the sentence. */
const capitalisedWord = /[^\p{L}\d'’.-](\p{Lu}[\p{L}'’-]*)/gu
/** Words that are capitalised without naming anyone. */
const notName = /^(?:I|I'm|I've|As|In|On|At|But|And|Yet|So|For|When|After|Before|While|Although|According|Then|Now|Today|Still|However)$/u
/** Punctuation between a closing quote and the verb after it (`,” said`). */
const leadingPunctuation = /^[\s,.!?;:'"’”)]+/u
/** Only a conjunction between a quotation and a verb after it: `“…,” and said`. */
const sharedVerbGap = /^[\s,.!?;:'"’”)]{0,4}(?:and|but)\s+(?:then\s+|also\s+)?$/u
/** A relative pronoun after a class: `Residents who took part`. */
const relativeWord = /^(?:who|whom|whose|that)$/iu

/** Phrases the source follows: `according to the director`, `in the words of its founder`. */
const sourceFirst = /^(?:according\s+to|in\s+the\s+words\s+of)$/iu
/** A colon closing a sentence that leads into a block quote: `Her verdict was short:`. */
const introducedByColon = /:\s{0,4}$/u

/** Every regex of this module, for the ReDoS test. */
export const speakerPatterns: readonly RegExp[] = [
  introducedByColon,
  sourceFirst,
  speechVerb,
  pronounBefore,
  indefiniteBefore,
  spokesperson,
  definiteBefore,
  clauseMark,
  spaces,
  pluralWord,
  lyWord,
  openingConjunction,
  collectiveNoun,
  narrowingPreposition,
  determiner,
  lowerWord,
  indefinitePronoun,
  namedAfter,
  capitalisedWord,
  notName,
  leadingPunctuation,
  describedPerson,
  unnamedPeople,
  objectSourceVerb,
  indefiniteSubject,
  indefiniteDescribed,
  anonymousText,
  namedAgent,
  ownWord,
  notNounBefore,
  capitalisedToken,
  markEnded,
  theWord,
  relativeWord,
  sharedVerbGap
]

/**
 * Who an English sentence gives the quotation at `quote` to: `named`,
 * `unnamed`, or `none` when no speech verb or source is there. `he` or
 * `she` standing for an unnamed person the sentence before opens on
 * (`previous`: `A reader asks …`) is unnamed.
 */
export function englishSpeaker(sentence: string, quote: Span, previous = ''): Speaker {
  // The quotation's words must not pass for a name or a verb: blank them.
  const masked = sentence.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + sentence.slice(quote.end)
  let best: {start: number; end: number; distance: number} | undefined
  for (const match of masked.matchAll(speechVerb)) {
    const start = match.index
    const end = start + match[0].length
    // `He told her, “…,” and said`: a second verb the speaker before the quotation shares, not the quotation's own.
    if (start >= quote.end && sharedVerbGap.test(masked.slice(quote.end, start))) continue
    const distance = end <= quote.start ? quote.start - end : start >= quote.end ? start - quote.end : 0
    if (!best || distance < best.distance) best = {start, end, distance}
  }
  // No speech verb: a text left or sent by no one named, or the sentence's subject may still name the source (`Her conclusion was cautious:`).
  if (!best && anonymousText.test(masked)) return 'unnamed'
  // `A letter was sent to the paper by the Mayor of Tilby:`: the agent of the passive names the writer.
  if (!best && namedAgent.test(masked)) return 'named'
  // `Someone had chalked on the pavement:`: a writer nobody names.
  if (!best && indefinitePronoun.test(firstWords(masked, 2))) return 'unnamed'
  // A block quote after the sentence (an empty span at its end): without a verb the sentence gives it to its subject only when it leads into it with a colon (`Her verdict was short:`); a sentence that ends on its own point (`Trade surveys suggest … .`) introduces no one.
  if (!best && quote.start === quote.end && !introducedByColon.test(lastCharacters(masked, quote.start))) return 'none'
  if (!best) return subject(firstWords(masked, 4), true) === 'named' ? 'named' : 'none'
  const after = best.start >= quote.end
  // The subject stands before the verb: in the clause before it, or between the quotation and the verb.
  const from = after ? quote.end : Math.max(0, best.start - 80)
  const before = masked.slice(from, best.start)
  // `When we asked Dana Hale why …, she said: “…”`: the answer is the named person's.
  if (!after && askedByName(masked.slice(best.start, best.end), masked.slice(best.end, best.end + 40))) return 'named'
  // `He reads from a letter a parent sent him: “…”`: the words are the unnamed people's.
  if (!after && objectSourceVerb.test(masked.slice(best.start, best.end)) && unnamedPeople.test(masked.slice(best.end, quote.start))) return 'unnamed'
  if (after && before.replace(leadingPunctuation, '') === '') {
    // `…,” said Maria Ekström`: the subject follows the verb.
    const rest = masked.slice(best.end, best.end + 60)
    if (indefiniteBefore.test(' ' + firstWords(rest, 3)) && !spokesperson.test(rest.slice(0, 40))) return 'unnamed'
    return namedAfter.test(rest) ? 'named' : 'none'
  }
  // `According to the director, Dr Ana Lewis, “…”`: the source follows the phrase, before the quotation.
  if (!after && sourceFirst.test(masked.slice(best.start, best.end))) {
    const source = masked.slice(best.end, Math.min(quote.start, best.end + 60))
    if (indefiniteBefore.test(' ' + firstWords(source, 3)) && !spokesperson.test(source)) return 'unnamed'
    if (namedAfter.test(source)) return 'named'
  }
  // `Buyers are often told that “…”`: the subject heard the words; no one named said them.
  if (!after && passiveHearer(before, masked.slice(best.start, best.end), masked.slice(best.end, best.end + 12))) return 'unnamed'
  const found = subject(before, from === 0)
  return found === 'named' && pronounForUnnamed(before, previous) ? 'unnamed' : found
}

/** Classify the words before a speech verb. `atStart`: they begin the sentence. */
function subject(before: string, atStart: boolean): Speaker {
  if (describedPerson.test(before) || describedClass(before, atStart)) return 'unnamed'
  // `One keeper, now a guide, told`: a person the sentence opens with and describes, never names.
  if (atStart && indefiniteDescribed.test(before.trimStart())) return 'unnamed'
  if (indefiniteSubject.test(clauseOpening(before, atStart)) || indefinitePronoun.test(clauseOpening(before, atStart))) return 'unnamed'
  if (pronounBefore.test(before)) return 'named'
  // `an aria The Tribune described`: a name as the subject of a relative clause after an indefinite noun.
  if (namedRelativeSubject(before)) return 'named'
  if (indefiniteBefore.test(before)) return spokesperson.test(before) ? 'named' : 'unnamed'
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
 * the phrase (`Critics at Kew` names the body).
 */
function narrowedPlural(before: string, atStart: boolean): boolean {
  const words = openingWords(clauseOpening(before, atStart), true)
  const at = words.findIndex((word) => narrowingPreposition.test(word))
  if (at < 1 || at > 2 || words.length - at > 5) return false
  if (determiner.test(words[0]!) || !classHead(words[at - 1]!)) return false
  return words.slice(1).every((word) => lowerWord.test(word))
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
  if (adverbs) while (words.length > 0 && lyWord.test(words.at(-1)!)) words.pop()
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

/** The last few characters before `at`: where a colon leading into a quotation stands. */
function lastCharacters(text: string, at: number): string {
  return text.slice(Math.max(0, at - 8), at)
}

/** The first `count` words of a text and a space, for a look at a subject. */
function firstWords(text: string, count: number): string {
  return text.trimStart().split(' ', count).join(' ') + ' '
}
