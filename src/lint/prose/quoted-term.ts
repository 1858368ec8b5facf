import {wordCount} from './quotation.js'
import {englishIsSaying} from './saying.js'
import type {Span} from './span.js'

// Whether an English quotation is someone's words or a term, a title, an
// idiom or an example used as a word: `a “first come, first served” basis`,
// `as the saying goes, “…”`, `clues like “…”`.

/** A word before a quotation that makes it a term, a title or an idiom: `a “first come, first served” basis`, `as the saying goes, “…”`. */
const termBefore =
  /(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|our|so-called|called|dubbed|termed|known\s+as|phrase|term|words?|slogan|motto|(?:rule|principle|policy)\s+of|label|expression|headline|title|(?:essay|book|article|paper|talk|lecture|chapter|piece|column|poem|song|film|story|novel|speech|thesis)\s+(?:on|about|titled|entitled))\s*$/iu
/** A saying named before a quotation, whatever its length: `as the saying goes, “…”`, `the old adage that “…”`, `the old advice about “…”` (not the verb: `was overheard saying “…”`, `a note on the door saying “…”`, the noun after a preposition). */
const sayingBefore =
  /(?:(?<!(?:on|onto|to|from|under|over|inside|outside|near|beside|above|below|behind|across)\s)\b(?:the|an?|that|this|his|her|their|our|my|its|old)\s+(?:(?!(?:was|were|is|are|be|been|kept|keeps|started|began|heard|overheard|caught)\b)[\p{L}'’-]+\s+){0,2}saying|\b(?:adage|proverb|maxim|(?:old|age-old|time-honoured|familiar)\s+(?:advice|rule|warning|line)))(?:\s+(?:goes|has\s+it|says|that|about))?(?:\s*[,:])?\s*$/iu
/** `remember her saying that`, `heard him saying`: `saying` the verb after a verb of memory or hearing and its object pronoun (round 58), the words that person's, not a saying of hers named as a noun (`her old saying that`, read by `sayingBefore`). */
const rememberedSaying =
  /(?<![\p{L}'’-])(?:remember|remembers|remembered|recall|recalls|recalled|hear|hears|heard)\s+(?:her|him)\s+saying(?:\s+that)?(?:\s*[,:])?\s*$/iu
/** A kind of text and `like` or `such as` before a quotation: `clues like “…”`, `headlines such as “…”`: an example of the kind, mentioned, not someone's words (not `sounds like “…”`, a verb). */
const exampleBefore = /(?:^|[^\p{L}])(?!(?:sounds|looks|feels|seems|smells|tastes|reads)\s)\p{L}{2,30}[^s\s'’]s\s+(?:like|such\s+as)\s*$/iu
/** A literary tag named right after a quotation: `“…”, an echo of Hamlet`, `“…”, a line from Keats`: borrowed words, not the speaker's own. */
const allusionAfter =
  /^[\s"”’',;:—–-]{0,4}(?:(?:an?|the)\s+)?(?:(?:deliberate|conscious|knowing|obvious|clear|famous)\s+)?(?:echo|allusion|nod|line|borrowing|tag)\s+(?:of|from|to)\s+(?:the\s+)?\p{Lu}|^[\s"”’',;:—–-]{0,4}echoing\s+(?:the\s+)?\p{Lu}/u
/** A private instrument's words under construction, the instrument the subject of a verb that carries them: `The arbitration clause referred disputes “…”`, `the lease binds the tenant to “…”` — the document is the matter in hand, not a source to cite (not `the agreement was “…”`, a verdict on it). */
const instrumentBefore =
  /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\p{L}-]+\s+)?(?:clause|contract|agreement|lease|deed|charterparty|licence|license|warranty|covenant|indemnity)\s+(?:(?!(?:is|was|were|are|be|been|seems?|seemed|looks?|looked|as)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}$/u
/** A noun for a kind of written wording and a word that gives its specimen, right before a quotation: `blanket exclusions for “…”`, `a disclaimer reading “…”`, `terms such as “…”` — the words are shown as a sample of the wording, not someone's statement. */
const wordingBefore =
  /(?:^|[^\p{L}])(?:exclusions?|waivers?|disclaimers?|clauses?|terms|conditions|notices?|signs?|labels?|stickers?|wording|small\s+print|boilerplate|caveats?)\s+(?:for|of|reading|stating|saying|such\s+as|like|along\s+the\s+lines\s+of)\s*$/iu

/** The words a thing bears, named by a participle of marking right before them: `a leaflet headed ‘…’`, `a switch labelled ‘Do not switch off’`, `a box stamped ‘…’` — a heading, a label or an inscription, nobody's speech (round 57). */
const markedWith = /(?:^|[^\p{L}])(?:headed|labell?ed|captioned|titled|entitled|stamped|engraved|inscribed|embossed|signposted)\s*(?:[,:]\s*)?$/iu
/** The most words a heading or a label takes. */
const markedWords = 12

/** A noun for a kind of publication right before a quotation, after an article or a possessive: `the leaflet “…”`, `our free guide “…”`, `the booklet “…”` — the quotation is the publication's title, not someone's words. */
const publicationBefore =
  /(?:^|[^\p{L}])(?:the|a|an|our|your|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+)?(?:leaflet|guide|booklet|brochure|pamphlet|factsheet|handbook|manual|newsletter|bulletin|circular|flyer|poster|report|briefing|toolkit|checklist|series|webinar|podcast|exhibition|course|workshop)\s*$/iu

/** A name's possessive right before a quotation: `Dunmore's “The Winter Orchard”`, `Ellery’s “Come down to the salt marsh in the rain”` — the author's work by its title or first line, not words spoken (not `the minister's words, “…”`). */
const authorBefore = /(?:^|[^\p{L}'’-])\p{Lu}\p{Ll}[\p{L}-]*(?:['’]s|s['’])\s*$/u
/** The most words a work's title or first line after its author's possessive has. */
const titleWords = 10

/**
 * A numbered item right before a quotation, and a comma: `Application
 * 26/114, “…”`, `Item 7, “…”`, `Project P-12, “…”` — the quotation in
 * apposition to an item's number is the item's title (`identifierAfter`
 * closes the apposition), not anyone's words.
 */
const identifierBefore = /(?:^|[^\p{L}\d])\p{Lu}\p{Ll}{2,20}\s+(?:[Nn]o\.?\s*)?(?:\p{Lu}{1,4}[-\s]?)?\d[\d/.:-]{0,12},\s*$/u
/** What closes an apposition after a quotation: a comma or a closing bracket, or a comma inside the quotes (`“…,” was`). */
const identifierAfter = /^\s*[,)]|^\s+(?:was|were|is|are|has|had)\s/u
const commaInside = /,\s*["”’']$/u
/** Quotes that open on a speaker or a hearer as the subject, or close on a sentence's mark: speech, not a title (`Room 4, “I could not sleep at all”, said one patient`; a first line, `Sonnet 116, “Let me not …”`, is a title). */
const spokenInside = /^["“‘']\s*(?:I|I['’]m|I['’]ve|I['’]d|we|you|We|You)(?![\p{L}'’-])|[.!?]["”’']?$/u
/** The most words an item's title in apposition has. */
const itemTitleWords = 14

/** A verb of calling, its object and an article right before a quotation: `have called the reform a “…”` — with four words or more, a verdict in someone's words, not a name. */
const verdictBefore =
  /(?<![\p{L}'’-])call(?:s|ed|ing)?\s+(?:it|this|that|them|him|her|these|those|(?:the|this|that|its|their)\s+[\p{L}-]+)\s+(?:an?|the)\s*$/iu

/** A quotation the words after it name as a document's own phrase, term or test: `“…”, the phrase used in the Regulations`, `“…” — the test in section 3`, `“…”, the wording of the regulations` (a term the instrument uses, not someone's speech; not `“…”, a phrase she used often`). */
const documentTermAfter =
  /^[\s"”’']{0,2}[,;:—–(]\s*(?:the|this|that)\s+(?:(?:statutory|legal|exact|precise|very|same|key|operative|familiar)\s+)?(?:phrase|term|test|wording|words|expression|formula|formulation|standard)\s+(?:(?:used|found|adopted|employed|set\s+out|laid\s+down|chosen)\s+)?(?:in|of|from|under)\s+(?:the\s+|its\s+|that\s+|this\s+)?(?:\p{Lu}|(?:section|article|regulations?|statute|legislation|act|rules?|code|guidance|directive|schedule|order|bill|treaty|convention|constitution|contract|policy|lease|agreement|licence|standard)(?![\p{L}'’-]))/u
/** The most words a document's term named after it has. */
const documentTermWords = 12

/** A verb of judging and a determiner right before a quotation: `the chair praised its “…”`, `critics faulted the “…”` — with four words or more, a verdict in someone's words, not a term. */
const judgedBefore =
  /(?<![\p{L}'’-])(?:praised|praises|praising|commended|commends|applauded|lauded|hailed|welcomed|criticised|criticized|criticises|criticizes|faulted|condemned|mocked|questioned|dismissed)\s+(?:its|their|his|her|the)\s*$/iu
/** A formal text named as what it is right before a quotation: `The motion was “This House …”`, `the resolution reads: “…”`, `the theme, “…”` (the words of a motion or a title, not anyone's speech). */
const motionBefore =
  /(?:^|[^\p{L}])(?:motion|resolution|proposition|topic|theme)(?:\s+(?:was|is|reads|read|will\s+be|before\s+the\s+[\p{L}-]+))?[,:]?\s*$/iu
/** The most words a motion or a theme has. */
const motionWords = 30

/** A noun for a kind right after a quotation: `this “cathedral in a cornfield” kind`, `the “build it and they will come” school` — a name for a kind, used as a modifier, not anyone's words. */
const kindAfter = /^["”’']?\s*(?:kind|type|sort|style|variety|genre|school|category|mould|mold)s?(?![\p{L}'’-])/iu
/** A rule's noun right after a quotation: `the old “light the blue touch paper and retire” rule`, `the “clean as you go” maxim` — a stock instruction named as a rule, not anyone's words (round 50). */
const ruleNounAfter = /^["”’']?\s*(?:rule|maxim|motto|mantra|instruction|dictum|adage)(?![\p{L}'’-])/iu
/** A determiner and at most one word in lower case right before a quotation a rule's noun follows: `the old`, `our`, `the`. */
const ruleDeterminerBefore = /(?:^|[^\p{L}])(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}[\p{Ll}-]{1,20}\s+)?$/u
/** The most words a stock instruction named as a rule has. */
const ruleWords = 10
/** A determiner right before a quotation a kind noun follows: `this`, `that`, `the`, `a`. */
const kindDeterminerBefore = /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|of\s+(?:this|that))\s*$/iu
/** A word's sense named right before a quotation: `the looser sense ‘wipe out almost entirely’`, `meaning “…”`, `originally meant ‘…’` — a gloss, a dictionary's kind of wording, not anyone's words. */
const glossBefore =
  /(?:^|[^\p{L}])(?:senses?|meanings?|gloss(?:es|ed\s+as)?|definitions?|defined\s+as|means|meant|translat(?:es|ed|ion)(?:\s+as)?)(?:\s*[,:])?\s*$/iu
/** An example of usage in brackets right after the word class or use it shows: `as a linking adverb (‘…’)`, `the intensifier (as in “…”)` — an invented specimen, not anyone's words. */
const usageExampleBefore =
  /(?:^|[^\p{L}])(?:adverbs?|adjectives?|verbs?|nouns?|pronouns?|prepositions?|conjunctions?|intensifiers?|interjections?|participles?|idioms?|collocations?|constructions?|usages?|uses?|senses?|spellings?|forms?)\s*\(\s*(?:(?:as\s+in|e\.\s?g\.|for\s+example|for\s+instance)[,:]?\s*)?$/iu
/** The most words a gloss or an example of usage has. */
const glossWords = 12

/** `her` as the object of a verb that leaves someone in a state, right before a quotation: `leaves her “like a zombie until lunchtime”`, `made her “…”` — the state in someone's words (round 36), not `her` as a possessive before a term. */
const objectHerBefore = /(?<![\p{L}'’-])(?:leaves?|left|leaving|makes?|made|making|keeps?|kept|keeping|gets?|got|getting|renders?|rendered)\s+(?:her|him|them|me|us)\s*$/iu

/** A preposition and at most one word before a quotation a plural noun follows: `from unlicensed “…” operators`, `for “…” schemes` — with the noun after it (`modifierNounAfter`), a set phrase used as a modifier (round 49). */
const modifierLeadBefore = /(?<![\p{L}'’-])(?:from|of|by|for|with|on|about|against|among|to|and|or)\s+(?:\p{Ll}[\p{L}-]{1,20}\s+)?$/u
/** A plural noun right after a quotation, the phrase its modifier: `“…” operators`, `“…” deals` (not a verb of saying: `“…” says`). */
const modifierNounAfter = /^["”’']?\s+(?!(?:says|adds|notes|writes|explains|insists|recalls|argues|warns|claims|admits|agrees|suggests|remarks|observes)(?![\p{L}'’-]))\p{Ll}[\p{Ll}-]{2,20}s(?=[\s,.;:])/u

/** A saying in two halves that open on the same word, a comma between: `‘out of sight, out of mind’`, `“first come, first served”`, `‘no spotter, no climb’` (round 55): a set phrase, not anyone's words (not a half opening on a pronoun: `“we tried, we failed”`). */
const parallelHalves = /^\W*(?!(?:i|we|you|he|she|they|it)(?![\p{L}'’-]))(\p{L}+)(?:\s+[\p{L}'’-]+){1,2},\s+(\p{L}+)(?:\s+[\p{L}'’-]+){1,2}\W*$/iu

/** Whether a quotation is a saying in two halves on one opening word (`parallelHalves`). */
function sayingInHalves(words: string): boolean {
  const halves = parallelHalves.exec(words)
  return halves !== null && halves[1]!.toLowerCase() === halves[2]!.toLowerCase()
}

/**
 * A stock phrase in quotes, the whole quotation (round 63): a simile of a
 * quality and a thing (`‘dry as a bone’`, `“as stressful as a divorce”`,
 * `‘fit as a fiddle’`), or the stock lament that a thing has declined
 * (`‘isn't what it was’`, `“is not what it used to be”`): an idiom, no
 * one's words.
 */
const stockPhrase =
  /^\W*(?:(?:[Aa]s\s+)?\p{Ll}[\p{Ll}-]{1,20}\s+as\s+an?\s+\p{Ll}[\p{Ll}-]{1,20}|(?:is|are|was|were)(?:n['’]t|\s+not)\s+what\s+(?:it|they)\s+(?:was|were|used\s+to\s+be))\W*$/u

/** Every regex of this module, for the ReDoS test. */
export const quotedTermPatterns: readonly RegExp[] = [stockPhrase, markedWith, rememberedSaying, parallelHalves, ruleNounAfter, ruleDeterminerBefore, modifierLeadBefore, modifierNounAfter, objectHerBefore, judgedBefore, kindAfter, kindDeterminerBefore, glossBefore, usageExampleBefore, motionBefore, identifierBefore, identifierAfter, commaInside, spokenInside, documentTermAfter, termBefore, sayingBefore, exampleBefore, allusionAfter, instrumentBefore, verdictBefore, wordingBefore, publicationBefore, authorBefore]

/** The most words a quoted term, title or idiom used as a word has (`a “first come, first served” basis`). */
const termWords = 6

/**
 * Whether an English quotation is a term, title or idiom used as a word: six
 * words at most after an article, a possessive or `so-called`, or after a
 * kind of publication (`the leaflet “…”`, `our free guide “…”`) (a longer
 * quotation after `a` or `its` is still someone's words, and so is one of
 * four words or more after `called the plan a`), a saying of any
 * length (`as the saying goes, “…”`), an example of a kind of text
 * (`clues like “…”`), a specimen of a kind of wording (`exclusions for
 * “…”`, `a sign reading “…”`), a literary tag named after it (`“…”, an echo of
 * Hamlet`), a work after its author's possessive (`Dunmore's “…”`, ten words
 * at most), a private instrument's words under construction (`The clause
 * covers disputes “…”`) or a document's term the words after it name as
 * such (`“…”, the phrase used in the Regulations`, twelve words at most),
 * a stock instruction a rule's noun after it names (`the old “…” rule`,
 * ten words at most),
 * or an item's title in apposition to its number (`Application 26/114,
 * “…”, was considered`, fourteen words at most), or a saying in two halves
 * on one opening word (`‘out of sight, out of mind’`, six words at most),
 * or a stock simile or lament, the whole quotation (`‘dry as a bone’`,
 * `‘isn't what it was’`, six words at most; round 63).
 */
export function englishIsQuotedTerm(text: string, quote: Span): boolean {
  const lead = text.slice(Math.max(0, quote.start - 32), quote.start)
  if ((sayingBefore.test(lead) && !rememberedSaying.test(lead)) || englishIsSaying(text, quote) || exampleBefore.test(lead) || wordingBefore.test(lead)) return true
  if (allusionAfter.test(text.slice(quote.end, quote.end + 48)) || instrumentBefore.test(text.slice(Math.max(0, quote.start - 64), quote.start))) return true
  const words = wordCount(text.slice(quote.start, quote.end))
  // `‘out of sight, out of mind’`: a saying in two halves on one opening word.
  if (words <= termWords && sayingInHalves(text.slice(quote.start, quote.end))) return true
  // `‘dry as a bone’`, `‘isn't what it was’`: a stock simile or lament, the whole quotation (round 63).
  if (words <= termWords && stockPhrase.test(text.slice(quote.start, quote.end))) return true
  // `“without any reasonable excuse”, the phrase used in the Regulations`: a document's own term, named as such.
  if (words <= documentTermWords && documentTermAfter.test(text.slice(quote.end, quote.end + 64))) return true
  // `this “cathedral in a cornfield” kind`: a name for a kind; `the sense ‘wipe out almost entirely’`, `as a linking adverb (‘…’)`: a gloss or an invented example in a usage note.
  if (words <= termWords && kindDeterminerBefore.test(lead) && kindAfter.test(text.slice(quote.end, quote.end + 16))) return true
  if (words <= glossWords && (glossBefore.test(lead) || usageExampleBefore.test(lead))) return true
  // `the old “light the blue touch paper and retire” rule`: a stock instruction named as a rule (round 50).
  if (words <= ruleWords && ruleDeterminerBefore.test(lead) && ruleNounAfter.test(text.slice(quote.end, quote.end + 16))) return true
  // `Application 26/114, “Sleep patterns in night-shift nurses”, was considered`: an item's title in apposition to its number.
  if (words <= itemTitleWords && identifierBefore.test(lead) && !spokenInside.test(text.slice(quote.start, quote.end)) && (identifierAfter.test(text.slice(quote.end, quote.end + 12)) || commaInside.test(text.slice(quote.start, quote.end)))) return true
  // `a leaflet headed ‘…’`, `a switch labelled ‘…’`: the words a thing bears (round 57).
  if (words <= markedWords && markedWith.test(lead)) return true
  // `Dunmore's “The Winter Orchard”`: a work named by its author's possessive.
  if (words <= titleWords && authorBefore.test(lead)) return true
  // `The motion was “This House regrets …”`: a motion's or a theme's wording.
  if (words <= motionWords && motionBefore.test(lead)) return true
  // `Pundits have called the plan a “triumph of hope over arithmetic”`, `the chair praised its “…”`: a characterisation quoted, not a name given.
  if (words >= 4 && (verdictBefore.test(lead) || judgedBefore.test(lead))) return false
  // `the pills leave her “like a zombie until lunchtime”`: `her` the object of a verb, the quotation the state she is left in, in her words.
  if (words >= 4 && objectHerBefore.test(lead)) return false
  // `tipping by unlicensed “man with a van” operators`: a set phrase used as a modifier of the plural noun after it (round 49).
  if (words <= termWords && modifierLeadBefore.test(lead) && modifierNounAfter.test(text.slice(quote.end, quote.end + 24))) return true
  return words <= termWords && (termBefore.test(lead.slice(-24)) || publicationBefore.test(lead))
}
