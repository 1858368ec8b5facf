import type {Speaker} from './language.js'
import type {Span} from './span.js'
import {opensOnUnnamedPerson, pronounForUnnamed} from './speaker-pronoun.js'
import {purposeSubject} from './speaker-purpose.js'
import {remarkOfUnnamed} from './speaker-remark.js'
import {regardedByNoOne} from './speaker-regard.js'
import {askedByName, impersonalOpening, passiveHearer} from './speaker-hearer.js'
import {indefiniteBefore, indefinitePronoun, indefiniteSubject, spokesperson, subject} from './speaker-subject.js'

// Who an English sentence gives a quotation to. The speech verb nearest the
// quotation is found; its subject (before it, or after it when the verb
// follows the quotation: `…,” said Maria Ekström`) is named (a name, a role
// with `the`, `he` or `she`, a spokesperson) or unnamed (`one official`,
// `a participant`, a bare plural: `Islanders`, `Several officials`).
// The subject's reading is speaker-subject.ts's.

const speechVerb =
  /\b(?:said|says|say|told|tells|tell|telling|asked|asks|wrote|writes|write|added|adds|put\s+it|puts\s+it|called|calls|call|describ(?:ed|es|e)|warned|warns|warn|promised|promises|insist(?:s|ed)?|stat(?:ed|es)|declared|declares|argued|argues|noted|notes|hoped|hopes|remarked|explained|explains|recalled|recalls|admitted|conceded|replied|observed|claimed|claims|according\s+to|in\s+the\s+words\s+of|urged|urges|demanded|announced|acknowledged|complained|testified|concluded|concludes|quipped|quotes?|quoted|reads|found|finds|ask|saying|posted|tweeted|texted|emailed|messaged|scrawled|scribbled|praised|praises|hailed|hails|welcom(?:ed|es)\s+(?:it\s+|this\s+|them\s+)?as|greet(?:ed|s)\s+(?:it\s+|this\s+|them\s+)?as|reported|reports|criticised|criticized|criticises|criticizes)\b/giu
/** `a letter a parent sent him:`, `we asked families …:`: the unnamed people whose words are read or asked for. */
const unnamedPeople =
  /(?:\b(?:a|an|one|some|several|many)\s+(?:[\p{Ll}-]+\s+)?|(?<![\p{L}'’-]))(?:man|woman|men|women|person|people|boy|girl|child|children|parents?|mothers?|fathers?|famil(?:y|ies)|residents?|customers?|patients?|neighbou?rs?|visitors?|readers?|callers?|listeners?|viewers?|voters?|workers?|volunteers?|tenants?|strangers?|someone|somebody|regulars?)(?![\p{L}'’-])/iu
/** A written text whose writer goes unnamed: `This note was left in our collection box:`, `a card we were sent reads`. */
const anonymousText =
  /\b(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:left|sent|posted|written|found|pinned|slipped|received|handed|scrawled|submitted|dropped|pushed|tucked)\b(?![^.]{0,60}\bby\s+(?:the\s+)?\p{Lu})/u
/** A named agent after a passive: `by the Mayor of Tilby`, `by Ana Ruiz`. */
const namedAgent = /\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\b[^.]{0,60}\bby\s+(?:the\s+)?\p{Lu}/u
/** Verbs whose object, not their subject, is the source of the words: `asked families`, `reads from a letter a parent sent`. */
const objectSourceVerb = /^(?:asked|asks|ask|reads|read|quotes?|quoted)$/iu
/** A name after the verb, or a definite role, or a role before a name: `said Maria Ekström`, `said the council leader`, `said chief executive Priya Raman`. */
/** A capitalised word right after a speech verb that is no indefinite opening it: `said Tom Hale`, not `said A reader`, `said One resident`. */
const nameRightAfter = /^\s*(?!(?:A|An|One|Another|Some|Several|Many|Most|Two|Three)\s)\p{Lu}\p{Ll}/u
const namedAfter =
  /^\s*(?:the\s+|its\s+|his\s+|her\s+)?\p{Lu}|^\s*the\s+\p{L}|^\s*(?:(?!(?:in|on|at|to|that|after|before|when|of|during|yesterday|today|last|then|later|earlier|once|twice|again)\b)\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}/u
/** The writer's own post and the name of who holds it, in apposition, after the verb (round 43): `says our head cooper, Davie Lennox`, `said my editor, Ann Cole` — one person, named. */
const ownRoleThenName = /^\s*(?:our|my)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]*,\s+\p{Lu}\p{Ll}+(?![\p{L}'’-])/u
/**
 * The writer's own post alone, one person, right after a verb that follows the quotation or after `in the words of` (round 61): `…,' said our warden.`, `in the words of our senior information officer.`, `In the words of our dive manager, "…"` — named, as `As our chairman put it` is before its verb and `the warden` is. The head ends the phrase (a mark or the end follows it) and is no plural: `said our regulars` stays a class.
 */
const ownRoleAlone = /^\s*(?:our|my)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}'’-]*(?<![s'’-])(?=\s*(?:[,.;:!?)]|$))/u
/** Punctuation between a closing quote and the verb after it (`,” said`). */
const leadingPunctuation = /^[\s,.!?;:'"’”)]+/u
/** Only a conjunction between a quotation and a verb after it: `“…,” and said`. */
const sharedVerbGap = /^[\s,.!?;:'"’”)]{0,4}(?:and|but)\s+(?:then\s+|also\s+)?$/u
/** A clause of its own after a quotation, its subject between the conjunction and the verb: `“…”, and nobody in the room argued` (round 45): that verb is not the quotation's when a verb before it gives the words. */
const ownClauseGap = /^[\s,.!?;:'"’”)]{0,4}(?:and|but|yet)\s+(?!(?:then|also|later|again|finally|promptly|quickly|immediately)\s)(?:[\p{L}'’-]+\s+){1,5}$/u
/** `, saying`: a participle whose subject is the clause's before the comma (`A visitor wrote to thank us, saying …`). */
const commaSaying = /,\s*$/u
const sayingWord = /^saying$/iu
/** `say` or `saying` after an object pronoun: `recalled him saying he "…"`, `heard her say "…"` (round 40): the words are the pronoun's person's, not the subject's who heard them. */
const sayWord = /^(?:say|saying)$/iu
const objectPronounBefore = /(?<![\p{L}'’-])(?:him|her)\s+$/iu
/** Phrases the source follows: `according to the director`, `in the words of its founder`. */
const sourceFirst = /^(?:according\s+to|in\s+the\s+words\s+of)$/iu
/** A colon closing a sentence that leads into a block quote: `Her verdict was short:`. */
const introducedByColon = /:\s{0,4}$/u
/** An aside between commas right before the verb that only narrows the subject, in lower case: `, including many in the trade, `, `, most of them growers, `. */
const narrowingAside =
  /,\s+(?:including|like|such\s+as|among\s+them|especially|mostly|notably|chiefly|(?:many|most|some|all|several|few)\s+of\s+them)(?:\s+[\p{Ll}'’-]+){1,8}?,\s*$/u

/** A connective aside between commas right before the verb, which says how the clause stands to the one before and names no one: `, by contrast, `, `, for their part, `, `, however, `. */
const connectiveAside =
  /,\s+(?:by\s+contrast|in\s+contrast|however|meanwhile|instead|likewise|similarly|in\s+turn|for\s+(?:their|his|her|its|our)\s+part|on\s+the\s+other\s+hand|though|too),\s*$/iu

/** `been` right before a progressive speech verb (`have been telling`), cut from the words before it. */
const progressiveBeen = /(?<![\p{L}'’-])been\s+$/u
const progressiveVerb = /ing$/u
/** Every regex of this module, for the ReDoS test (the subject's are in speaker-subject.ts). */
export const speakerPatterns: readonly RegExp[] = [
  nameRightAfter,
  ownRoleThenName,
  ownRoleAlone,
  introducedByColon,
  narrowingAside,
  connectiveAside,
  sourceFirst,
  speechVerb,
  namedAfter,
  leadingPunctuation,
  unnamedPeople,
  objectSourceVerb,
  anonymousText,
  namedAgent,
  sharedVerbGap,
  ownClauseGap,
  progressiveBeen,
  progressiveVerb,
  commaSaying,
  sayWord,
  objectPronounBefore,
  sayingWord
]

/**
 * Who an English sentence gives the quotation at `quote` to: `named`,
 * `unnamed`, or `none` when no speech verb or source is there. `he` or
 * `she` standing for an unnamed person the sentence before opens on
 * (`previous`: `A reader asks …`) is unnamed. After `him saying` or `her
 * say`, the speaker is the person the object pronoun stands for (named, as
 * `he` is, unless `previous` opens on one unnamed person).
 */
export function englishSpeaker(sentence: string, quote: Span, previous = ''): Speaker {
  // The quotation's words must not pass for a name or a verb: blank them.
  const masked = sentence.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + sentence.slice(quote.end)
  let best: {start: number; end: number; distance: number} | undefined
  const verbs = [...masked.matchAll(speechVerb)]
  const verbBefore = verbs.some((match) => match.index + match[0].length <= quote.start)
  for (const match of verbs) {
    const start = match.index
    const end = start + match[0].length
    // `He told her, “…,” and said`: a second verb the speaker before the quotation shares, not the quotation's own.
    if (start >= quote.end && sharedVerbGap.test(masked.slice(quote.end, start))) continue
    // `He told members that it was “…”, and nobody argued`: a clause of its own after the quotation, whose verb is not the quotation's when one before gives it.
    if (verbBefore && start >= quote.end && start - quote.end <= 60 && ownClauseGap.test(masked.slice(quote.end, start))) continue
    const distance = end <= quote.start ? quote.start - end : start >= quote.end ? start - quote.end : 0
    if (!best || distance < best.distance) best = {start, end, distance}
  }
  // No speech verb: a text left or sent by no one named, or the sentence's subject may still name the source (`Her conclusion was cautious:`).
  if (!best && anonymousText.test(masked)) return 'unnamed'
  // `A letter was sent to the paper by the Mayor of Tilby:`: the agent of the passive names the writer.
  if (!best && namedAgent.test(masked)) return 'named'
  // `Someone had chalked on the pavement:`: a writer nobody names.
  if (!best && indefinitePronoun.test(firstWords(masked, 2))) return 'unnamed'
  // `It is widely believed that the sector “…”`: an impersonal passive lends the words to no one (its `it` is no speaker).
  if (!best && quote.start > 0 && impersonalOpening(masked.trimStart())) return 'unnamed'
  // A block quote after the sentence (an empty span at its end): without a verb the sentence gives it to its subject only when it leads into it with a colon (`Her verdict was short:`); a sentence that ends on its own point (`Trade surveys suggest … .`) introduces no one.
  if (!best && quote.start === quote.end && !introducedByColon.test(lastCharacters(masked, quote.start))) return 'none'
  // `it was remembered, if at all, as “…”`, `the counter-argument that schoolboys “…”`: held or argued by no one named (speaker-regard.ts).
  if (!best && quote.start > 0 && regardedByNoOne(masked.slice(0, quote.start))) return 'unnamed'
  if (!best) return subject(firstWords(masked, 4), true) === 'named' ? 'named' : 'none'
  const after = best.start >= quote.end
  // The subject stands before the verb: in the clause before it, or between the quotation and the verb.
  const from = after ? quote.end : Math.max(0, best.start - 80)
  // `Experts, including many in the trade, say`: the subject is the head before the aside.
  // `Hospitality respondents, by contrast, said`: the subject is the head before a connective aside too.
  // `Members have been telling us`: the progressive's `been` is no subject (round 34; a passive's, `have been told by`, stays).
  const precedingWords = masked.slice(from, best.start).replace(narrowingAside, ' ').replace(connectiveAside, ' ')
  const before = progressiveVerb.test(masked.slice(best.start, best.end)) ? precedingWords.replace(progressiveBeen, '') : precedingWords
  // `When we asked Dana Hale why …, she said: “…”`: the answer is the named person's.
  if (!after && askedByName(masked.slice(best.start, best.end), masked.slice(best.end, best.end + 40))) return 'named'
  // `Council noted the comment from one Fellow that the policy “…”`: the words are the unnamed maker's of the remark (speaker-remark.ts).
  if (!after && remarkOfUnnamed(masked.slice(best.end, Math.min(quote.start, best.end + 120)))) return 'unnamed'
  // `He reads from a letter a parent sent him: “…”`: the words are the unnamed people's.
  if (!after && objectSourceVerb.test(masked.slice(best.start, best.end)) && unnamedPeople.test(masked.slice(best.end, quote.start))) return 'unnamed'
  if (after && before.replace(leadingPunctuation, '') === '') {
    // `…,” said Maria Ekström`: the subject follows the verb.
    const rest = masked.slice(best.end, best.end + 60)
    // `said Tom Hale, a former engineer`: a name right after the verb names the speaker, whatever indefinite appositive follows it (round 39).
    if (nameRightAfter.test(rest)) return 'named'
    // `says our head cooper, Davie Lennox`: the writer's own post, and its holder named in apposition (round 43).
    if (ownRoleThenName.test(rest)) return 'named'
    // `…,' said our warden.`: the writer's own post, one person (round 61).
    if (ownRoleAlone.test(rest)) return 'named'
    if (indefiniteBefore.test(' ' + firstWords(rest, 3)) && !spokesperson.test(rest.slice(0, 40))) return 'unnamed'
    return namedAfter.test(rest) ? 'named' : 'none'
  }
  // `"…," one old hand at the factory gate told me`: an indefinite subject between the quotation and its verb, past a phrase of place (whose `the` names a place, not the speaker).
  if (after && indefiniteSubject.test(before.replace(leadingPunctuation, '').trimStart())) return 'unnamed'
  // `A visitor from the village wrote to thank us, saying it was “…”`: the participle's subject opens the sentence, one unnamed person.
  if (!after && sayingWord.test(masked.slice(best.start, best.end)) && commaSaying.test(masked.slice(0, best.start)) && (indefiniteSubject.test(masked.trimStart()) || opensOnUnnamedPerson(masked.slice(0, best.start)))) return 'unnamed'
  // `According to the harbour master, Jo Tern, “…”`: the source follows the phrase, before the quotation.
  if (!after && sourceFirst.test(masked.slice(best.start, best.end))) {
    const source = masked.slice(best.end, Math.min(quote.start, best.end + 60))
    if (indefiniteBefore.test(' ' + firstWords(source, 3)) && !spokesperson.test(source)) return 'unnamed'
    if (namedAfter.test(source)) return 'named'
    // `In the words of our dive manager, "…"`: the writer's own post, one person (round 61).
    if (ownRoleAlone.test(source)) return 'named'
  }
  // `Buyers are often told that “…”`, `It is often said that “…”`: a passive of saying; no one named said the words.
  if (!after && passiveHearer(before, masked.slice(best.start, best.end), masked.slice(best.end, best.end + 24))) return 'unnamed'
  // `a nurse recalled him saying he "…"`: the speaker is the person `him` stands for, named unless the sentence before opens on one unnamed person.
  if (!after && sayWord.test(masked.slice(best.start, best.end)) && objectPronounBefore.test(masked.slice(Math.max(0, best.start - 8), best.start))) return opensOnUnnamedPerson(previous.slice(0, 200)) ? 'unnamed' : 'named'
  // `One walker emailed the trust to say the cattle had "…"`: the speaker is the subject of the verb whose purpose the saying is (round 52).
  const purpose = !after && sayWord.test(masked.slice(best.start, best.end)) ? purposeSubject(before) : undefined
  const found = subject(purpose ?? before, from === 0)
  return found === 'named' && pronounForUnnamed(before, previous) ? 'unnamed' : found
}

/** The last few characters before `at`: where a colon leading into a quotation stands. */
function lastCharacters(text: string, at: number): string {
  return text.slice(Math.max(0, at - 8), at)
}

/** The first `count` words of a text and a space, for a look at a subject. */
function firstWords(text: string, count: number): string {
  return text.trimStart().split(' ', count).join(' ') + ' '
}
