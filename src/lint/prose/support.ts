import type {SourceLink} from './language.js'
import type {Span} from './span.js'
import {mergeSpans} from './span.js'
import {continuesAuthor, documentReferences, pointsToDocument} from './support-document.js'

// English cues of support that are not citations: references written in the
// text, sentences that report the same source as a neighbour, and footnote
// sentences that are references. Every pattern is anchored at a fixed word or
// bracket and bounded.

/**
 * `(Manning 2021)`, `(IEA, 2023)`, `(Macmillan 2001, p. 465)`, `(see Frey and
 * Osborne 2013)`; a name that opens on a lower-case particle (`(van der Berg
 * 2020)`, `(de Souza 2019)`, `(al-Khalili 2017)`); a work with no date or not
 * yet out in place of the year (`(ILO, n.d.)`, `(Okafor, in press)`).
 */
const authorYear =
  /\((?:see\s+|cf\.\s+|e\.g\.,?\s+)?(?:(?:van|von|de|der|den|del|della|des|du|da|das|do|dos|di|la|le|ten|ter|bin|ibn)\s+|(?:al|el)[-‐]|d['’]){0,3}\p{Lu}[^()\n]{0,80}?(?:\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|\bn\.\s?d\.|\bin\s+press\b)[^()\n]{0,24}\)/gu
/** `Dyer (2002)`, `Hughes et al. (2018, p. 4)`, `ILO (n.d.)`. */
const narrativeAuthorYear =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+et\s+al\.?)?\s+\((?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)(?:,\s*(?:p|pp)\.\s*\d+(?:[–-]\d+)?)?\)/gu
/**
 * A numbered reference (Vancouver, IEEE): `[1]`, `[3–5]`, `[12, 14]`, at most
 * ten numbers or ranges of up to three digits. Not a link (`[1](url)`,
 * `[1][ref]`, which the parser reads anyway), an array's index after a word
 * character (`x[1]`), nor a reference definition (`[1]: …`).
 */
const numberedReference = /(?<![\p{L}\d_\]\\])\[\d{1,3}(?:\s*[–‐-]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[–‐-]\s*\d{1,3})?){0,9}\](?![(\[:])/gu
/** A numbered note in pandoc's superscript at a word's end: `rose.^1^`, `rose^12,14^`. */
const superscriptNumber = /(?<=[^\s^])\^\d{1,3}(?:[,–‐-]\s?\d{1,3}){0,9}\^/gu
/** A reference to the work just cited: `(ibid.)`, `(Ibid., 12)`, `(op. cit.)`, `(Hale, op. cit., 4)`, `(loc. cit.)`. */
const sameWork = /\((?:[Ii]bid|[Oo]p\.\s?cit|[Ll]oc\.\s?cit)\.?(?:,[^()\n]{1,30})?\)/gu
/** The work just cited, after its author's name: `(Hale, op. cit., 4)`. */
const namedSameWork = /\(\p{Lu}[\p{L}'’-]{1,30},\s?(?:op|loc)\.\s?cit\.?(?:,[^()\n]{1,30})?\)/gu
/** `(Table 2)`, `(Figure 4)`, `(see Appendix A for the full survey)`, `(Annex B)`, a report's `(Chapter 3)`, an expert report's `(Schedule 4)`, a design's `(Drawing 104)`, `(Plate 3)`. */
const pointer =
  /\((?:see\s+)?(?:tables?|figures?|figs?\.|annex(?:es)?|appendix|appendices|schedules?|charts?|exhibits?|box|section|chapters?|§|drawings?|dwg\.?|plates?|maps?|photos?|photographs?)\s+[\p{L}\d][^()\n]{0,60}\)/giu
/**
 * A report, certificate or log named by its number in brackets: `(laboratory
 * report 26/4471)`, `(test certificate TC-118)`, `(job sheet no. 42)`: at most
 * two words, the document's noun, then a reference that holds a digit.
 */
const numberedDocument =
  /\((?:[\p{L}-]+\s+){0,2}?(?:report|certificate|log|logbook|record|file|docket|sheet|worksheet|minute|ticket)\s+(?:no\.?\s*|ref\.?\s*|number\s+)?[\p{L}-]{0,4}\d[\p{L}\d\/.-]{0,14}\)/giu
/** `(tournament statistics, Appendix A)`: what the data is, then where it is in the document. */
const describedPointer = /\([^()\n]{1,60},\s*(?:see\s+)?(?:tables?|figures?|annex(?:es)?|appendix|appendices|schedules?|charts?|exhibits?)\s+[\p{L}\d][\p{L}\d.]{0,6}\)/giu
/** `(see the attached portfolio, p. 4)`: any pointer to where the support is. */
const seePointer = /\(see\s[^()\n]{1,80}\)/giu
/** `Article 33 states`, `Requirement R-12 states that`: a numbered provision quoted from its document. */
const provision =
  /\b(?:Article|Section|Clause|Requirement|Paragraph|Rule|Regulation|Principle|Recommendation)\s+[\p{Lu}\d][\p{L}\d.-]*\s+(?:states|provides|reads|says|requires|stipulates)\b/gu
/** `(p. 12)`, `(pp. 4–5)`, a document's page and lines `(page 7, lines 14–15)`, a judgment's paragraph `(para 38)`, `(Judgment, para. 41)`, a line reference `(1.5.64–65)`, a register's volume and folios `(Parish register, vol. 2, ff. 14–39)`, a report's numbered paragraph `(Dean report, para. 3.2)`. */
const locator =
  /\((?:(?:p|pp)\.\s*\d+(?:[–-]\d+)?|pages?\s+\d+(?:[–-]\d+)?(?:,\s*(?:lines?|ll\.)\s*\d+(?:[–-]\d+)?)?|paras?\.?\s+\d+(?:[–-]\d+)?|\d+\.\d+\.\d+(?:[–-]\d+)?|[^()\n]{1,60},\s*(?:(?:p|pp|paras?|vols?|ff?|fols?|cols?|nos?)\.|§|¶)\s*\d+(?:\.\d+){0,2}[rv]?(?:[–-]\d+(?:\.\d+){0,2}[rv]?)?)\)/gu
/**
 * A source named with the day it gave the figure: `(ICE, 31 October)`,
 * `(Met Office, 4 Jan 2026)`: a name of at most five words, a comma, a day and
 * a month (not a weekday: `(Monday, 3 March)` is only a date).
 */
const sourceDated =
  /\((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}\d&'’.-]*(?:\s[\p{L}\d&'’.-]+){0,4},\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+\d{4})?\)/gu
/** A bracket with a comma: `(Repairs Log, Q3)`; its title is read word by word (`titledRecord`). */
const titledBracket = /\(([^(),\n]{1,48}),[^()\n]{1,24}\)/gu
/** Nouns that end a record's title: `Log`, `Register`, `Minutes`. */
const recordNouns = new Set(['Log', 'Logs', 'Logbook', 'Register', 'Registers', 'Minutes', 'Accounts', 'Ledger', 'Report', 'Returns', 'Records', 'Roll', 'Survey', 'Audit', 'Census', 'Database', 'Spreadsheet', 'Tracker', 'Diary', 'Inventory', 'Scoresheet', 'Scorebook'])
const spaces = /\s+/u
/** A work named with its chapter and verse, or book and line: `(Matthew 6:34)`, `(1 Corinthians 13:4–7)`, `(Ps. 23:1, NRSV)`. */
const chapterVerse =
  /\((?:see\s+|cf\.\s+)?(?:[1-3]\s+)?\p{Lu}[\p{L}'’.]{1,24}(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.]{1,24}){0,2}\s+\d{1,3}[:.]\d{1,3}(?:[–-]\d{1,3})?(?:[,;]\s*[^()\n]{1,30})?\)/gu

/** `the same survey`, `in that study`, `according to the same report`, `The same log shows`, a pointer back into the document's own data (`reported in the same table`, `from the same annex`). */
const sameSource =
  /\b(?:the|this|that|these|those)\s+same\s+(?:study|survey|poll|report|trial|analysis|review|meta-analysis|paper|audit|census|evaluation|experiment|sample|dataset|data|figures|source|authors|researchers|team|article|book|document|interviews?|agency|estimate|model|series|records)\b|\b(?:the|this|that)\s+same\s+[\p{L}-]+\s+(?:also\s+)?(?:found|finds|shows?|showed|reports?|reported|notes?|noted|records?|recorded|states?|stated|says|said|suggests?|suggested|confirms?|confirmed|lists?|listed|estimates?|estimated|puts?|gives?|gave|places|placed|counts|counted)\b|\b(?:in|from|according\s+to)\s+(?:the\s+same|that|this)\s+(?:study|survey|poll|report|trial|analysis|review|meta-analysis|paper|audit|census|evaluation|experiment|sample|dataset|data|inquiry)\b|\b(?:in|from)\s+the\s+same\s+(?:table|figure|chart|graph|annex|appendix|schedule)\b/iu
/**
 * A sentence opening on the source just cited: `It also found`, `The trial
 * enrolled`, `These figures`, `The monitoring report also found`, `The
 * inspectors found`, `The charity's researchers say`, `The board also noted`.
 */
const opensOnSource =
  /^[^\p{L}]{0,3}(?:(?:it|they)\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:found|finds?|shows?|showed|reports?|reported|adds?|added|notes?|noted|estimates?|estimated|concludes?|concluded|records?|recorded|warns?|warned|states?|stated|observes?|observed|says?|said|suggests?|suggested)|(?:the|this|that|these|those)\s+(?:study|survey|poll|report|trial|analysis|review|meta-analysis|paper|audit|census|evaluation|experiment|authors|researchers|organi[sz]ers|data|figures|findings|results|estimates?|inquiry)|(?:the|this|that|these|those|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:study|survey|poll|report|trial|analysis|review|audit|census|evaluation|inquiry|inspection|investigation|log|records|register|\p{L}+ors|\p{L}+ers|\p{L}+ists)\s+(?:also\s+|further\s+|additionally\s+)?(?:found|finds?|shows?|showed|reports?|reported|adds?|added|notes?|noted|estimates?|estimated|concludes?|concluded|records?|recorded|states?|stated|observes?|observed|says?|said|suggests?|suggested|confirms?|confirmed|lists?|listed|counted|identified)|(?:the|this|that|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+\s+(?:also|further|additionally)\s+(?:found|finds?|shows?|showed|reports?|reported|notes?|noted|records?|recorded|states?|stated|observes?|observed|says?|said|confirms?|confirmed))\b/iu
/** `…, the organisers reported.`, `…, and the report adds that …`: the source just cited named again in the claim's sentence. */
const reportedBy =
  /,\s+(?:(?:and|but)\s+)?(?:the|its|their)\s+(?:(?:project\s+|research\s+)?team|organi[sz]ers|authors|researchers|report|study|survey|poll|trial|review|audit)\s+(?:also\s+)?(?:reported|reports|found|finds|said|says|added|adds|noted|notes|estimated|concluded)\b/iu
/**
 * A sentence opening on the work of a person just cited, by a possessive
 * pronoun (`Her analysis also found`, `His survey shows`), or going on with
 * the person's findings (`She also found`, `He further estimated`): a past
 * verb of finding needs `also` or `further`, since `she said` alone may be
 * another occasion.
 */
const pronounWork =
  /^[^\p{L}]{0,3}(?:(?:her|his)\s+(?:[\p{L}-]+\s+)?(?:study|survey|analysis|report|paper|review|research|data|figures|findings|results|team|model|estimates|book|article|trial|fieldwork)\s+(?:also\s+|further\s+|additionally\s+)?(?:found|finds|shows?|showed|reports?|reported|notes?|noted|estimates?|estimated|concludes?|concluded|records?|recorded|suggests?|suggested|confirms?|confirmed|identified|counted)|(?:he|she)\s+(?:also|further)\s+(?:found|finds|showed|shows|reported|reports|noted|notes|estimated|estimates|recorded|records|observed|concluded|identified|calculated|measured|counted|confirmed))(?![\p{L}'’-])/iu
/** `the highest rate it has reported`, `the most they have ever recorded`: a pronoun reporter in the perfect, the source just cited. */
const pronounReporter = /(?<![\p{L}'’-])(?:it|they)\s+(?:has|have|had)\s+(?:ever\s+)?(?:reported|recorded|published|measured)(?![\p{L}'’-])/iu
/** A sentence that points back at the claim before it: `That is not my figure; it comes from …`, `The figure is taken from …`; not the document's own figures (`The figures in this report are drawn from …`, round 36), which say where its data come from, not the sentence before's claim. */
const pointsBack =
  /^[^\p{L}]{0,3}(?:that|this|these|those|the\s+(?:figure|number|estimate|statistic|claim|data|quotation|quote|words)s?(?!\s+(?:in|of|throughout|used\s+in)\s+(?:this|the\s+present)\s+(?:report|document|paper|summary|section|chapter|note|briefing|review|table)(?![\p{L}'’-])))\b/iu
/** Words that give where a claim comes from: `comes from`, `is taken from`, `are published by`, `the source is`, `not my figure`. */
const provenance =
  /\b(?:comes?|came|is|are|was|were)\s+(?:taken\s+|drawn\s+|quoted\s+)?from\s+(?:(?:the|a|an|its|their|our|this|that)\b|\uFFFC)|\b(?:is|are|was|were)\s+(?:(?:first|also|officially)\s+)?(?:published|compiled|collected|produced|released|issued|gathered)\s+by\b|\b(?:taken|drawn|quoted|cited)\s+(?:from|in)\b|\bsources?\s+(?:is|was|are|were)\b|\bnot\s+(?:my|our)\s+(?:own\s+)?(?:figure|number|estimate|claim|words)/iu
/**
 * A sentence opening on a name as its reporter: `Okafor also found`,
 * `Hartley's researchers say`, `Lee and Park (…) add`, `Okafor calls them “…”`
 * (a verb of characterising: the cited author's words, continued). Case-sensitive: the
 * name is a capitalised word, and under `i` `\p{Lu}` matches any letter.
 * The first group is the name; coverage.ts covers the sentence only where
 * the sentence before cites that name.
 */
const namedReporter =
  /^[^\p{L}]{0,3}(?!(?:It|Its|They|Their|The|This|That|These|Those|He|His|She|Her|We|Our|You|Your|One|Some|Many|Most|All|Each|Both|Another|Other|Others|Such|There|Here)(?![\p{L}'’-]))(\p{Lu}(?:['’]\p{Lu})?[\p{Ll}-]+)(?:\s+(?:and|&)\s+\p{Lu}[\p{Ll}-]+)?(?:\s+et\s+al\.?)?(?:['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:study|survey|analysis|team|researchers|report|paper|data|figures|findings|results|model|review|book|article|trial|estimates?))?\s+(?:also\s+|further\s+|additionally\s+|then\s+|later\s+)?(?:found|finds|shows?|showed|reports?|reported|notes?|noted|estimates?|estimated|concludes?|concluded|records?|recorded|observes?|observed|says?|said|suggests?|suggested|argues?|argued|adds?|added|writes?|wrote|confirms?|confirmed|calculated|identified|counted|measured|calls?|called|describes?|described|terms?|termed|dubs?|dubbed)(?![\p{L}'’-])/u
/** A name a claim comes from: `comes from WRAP's report`, `is taken from Ofgem`. Case-sensitive: under `i`, `\p{Lu}` matches any letter. */
const fromName = /\b(?:comes?|came|is|are|was|were)\s+(?:taken\s+|drawn\s+|quoted\s+)?from\s+\p{Lu}/u
/**
 * A document named with a definite article as the subject of a reporting
 * verb, at a sentence's opening or after an opening phrase and its comma:
 * `The plan projects`, `Under that policy, the plan projects`, `This strategy
 * also estimates`. The group is the document's noun; coverage.ts covers the
 * sentence only where the sentence before names a document by that noun.
 */
const definiteDocument =
  /^[^\p{L}]{0,3}(?:[^,.;:!?\n]{1,48},\s+)?(?:the|this|that)\s+(plan|strategy|assessment|appraisal|review|report|study|survey|audit|inventory|register|atlas|model|programme|program|forecast|projection|census|inquiry|evaluation|guidance|bulletin|dataset|analysis|paper|consultation|scheme)\s+(?:also\s+|further\s+|then\s+)?(?:projects|projected|predicts|predicted|forecasts|expects|expected|estimates|estimated|anticipates|assumes|finds|found|shows|showed|reports|reported|records|recorded|notes|noted|states|stated|lists|listed|identifies|identified|counts|counted|puts|sets\s+out)(?![\p{L}'’-])/iu

/**
 * A body named with a definite article as the subject of a verb of finding,
 * at a sentence's opening: `The trust found`, `The council also recorded`.
 * The group is the body's noun; like a document's (`definiteDocument`),
 * coverage.ts covers the sentence only where the sentence before names it.
 */
const definiteBody =
  /^[^\p{L}]{0,3}(?:the|this|that)\s+(trust|council|agency|charity|commission|authority|institute|department|ministry|regulator|inspectorate|board|society|association|foundation|observatory)\s+(?:also\s+|further\s+|then\s+)?(?:found|finds|reported|reports|recorded|records|estimated|estimates|counted|counts|identified|measured)(?![\p{L}'’-])/iu
/**
 * A sentence going on with the findings of the one before it, by `also` after
 * a pronoun or a definite reporter: `They also said`, `It also found`, `The
 * organisers also reported`.
 */
const alsoReports =
  /^[^\p{L}]{0,3}(?:it|they|(?:the|these|those)\s+(?:[\p{L}'’-]+\s+){0,2}?\p{L}+)\s+also\s+(?:found|said|reported|noted|estimated|recorded|added|stated|showed|counted|confirmed|finds|says|reports|notes|estimates|records|adds|states|shows|counts|confirms)(?![\p{L}'’-])/iu
/** A verb of reporting in a sentence: its figures are somebody's report (`The organisers reported 21,500 visitors`). */
const reportingVerb = /\b(?:reported|reports|found|finds|said|says|estimated|estimates|recorded|records|counted|counts|announced|announces)\b/iu

/** A source introduced for the next sentence to cite: `a new poll suggests`, `A 2019 survey found`. */
const introducesSource =
  /\b(?:a|an|one)\s+(?:(?:new|recent|\d{4}|large|major|national|household|government|landmark|separate|official|widely\s+cited)\s+){0,2}(?:study|survey|poll|report|trial|analysis|review|meta-analysis|paper|audit|census|evaluation|experiment)\b/iu
/** A sentence that opens on a different source: `Another study …`, `Other surveys …`. */
const opensOnOther = /^[^\p{L}]{0,3}(?:another|other|a\s+(?:second|separate|different|later|rival))\b/iu

/** Marks of a reference in a footnote: a year, a URL, a locator, `Ibid.`, `accessed`, `et al.`. */
const referenceMark =
  /\b(?:1[5-9]\d\d|20\d\d)\b|https?:\/\/|\bwww\.|\b(?:pp?|vol|no|nos|ed|eds|trans|ch|chap)\.\s*\d|\bibid\b|\bop\.\s*cit\b|\baccessed\b|\bet\s+al\b|\bn\.d\./iu
/** A footnote sentence that opens as a reference does: `Ibid., 3.`, `See …`, `Cf. …`, `Quoted in …`. */
const referenceOpening = /^[^\p{L}]{0,3}(?:ibid|see|cf|quoted\s+in|cited\s+in)\b/iu
const word = /[\p{L}\d][\p{L}\d'’.-]*/gu
const upper = /^\p{Lu}/u

/** Every regex of this module, for the ReDoS test. */
export const supportPatterns: readonly RegExp[] = [
  authorYear,
  narrativeAuthorYear,
  numberedReference,
  superscriptNumber,
  sameWork,
  namedSameWork,
  pointer,
  numberedDocument,
  describedPointer,
  seePointer,
  locator,
  sourceDated,
  titledBracket,
  spaces,
  provision,
  chapterVerse,
  sameSource,
  opensOnSource,
  reportedBy,
  pronounReporter,
  pronounWork,
  pointsBack,
  provenance,
  fromName,
  namedReporter,
  introducesSource,
  definiteDocument,
  definiteBody,
  alsoReports,
  reportingVerb,
  opensOnOther,
  referenceMark,
  referenceOpening,
  word,
  upper
]

/**
 * References written in English text: author and year in brackets, pointers
 * into the document's own tables and annexes, locators, and sources named in
 * words (support-document.ts).
 */
export function englishTextReferences(text: string): Span[] {
  const spans: Span[] = []
  // Author and date, the form a draft that cites in its text uses (run.ts reads the draft's citation style from them).
  for (const regex of [authorYear, narrativeAuthorYear]) {
    for (const match of text.matchAll(regex)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'author-date'})
  }
  // Numbered references (`[1]`, `^1^`), the form a Vancouver or IEEE draft uses (run.ts reads the style from them too).
  for (const regex of [numberedReference, superscriptNumber]) {
    for (const match of text.matchAll(regex)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'numbered'})
  }
  for (const regex of [sameWork, namedSameWork, pointer, numberedDocument, describedPointer, seePointer, locator, sourceDated, provision, chapterVerse]) {
    for (const match of text.matchAll(regex)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'reference'})
  }
  // A record named by its title and where in it: `(Repairs Log, Q3)`, `(the Members' Register, 2024 entries)`.
  for (const match of text.matchAll(titledBracket)) {
    if (titledRecord(match[1]!)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'reference'})
  }
  // Sources named in words: `according to the match scoresheet`, `(county election returns)`, `The export in Annex D shows`.
  spans.push(...documentReferences(text))
  return mergeSpans(spans)
}

/** Whether words name a record by its title: at most five capitalised words (after an optional `the`) ending on a record noun. */
function titledRecord(title: string): boolean {
  const words = title.trim().split(spaces)
  if (words[0]?.toLowerCase() === 'the') words.shift()
  if (words.length === 0 || words.length > 5 || !recordNouns.has(words.at(-1)!)) return false
  return words.every((word) => upper.test(word))
}

/** How an English sentence ties itself to a neighbour's source. */
export function englishSourceLink(sentence: string): SourceLink {
  const head = sentence.slice(0, 160)
  return {
    previous: sameSource.test(sentence) || opensOnSource.test(head) || reportedBy.test(sentence) || pronounReporter.test(sentence) || pronounWork.test(head) || pointsToDocument(sentence) || continuesAuthor(sentence),
    ...(sameSource.test(sentence) ? {same: true} : {}),
    next: introducesSource.test(sentence),
    another: opensOnOther.test(head),
    sourceOfPrevious: pointsBack.test(head) && (provenance.test(sentence) || fromName.test(sentence)),
    reporter: namedReporter.exec(head)?.[1],
    document: (definiteDocument.exec(head) ?? definiteBody.exec(head))?.[1]?.toLowerCase(),
    ...(alsoReports.test(head) ? {also: true} : {}),
    ...(reportingVerb.test(sentence) ? {reports: true} : {})
  }
}

/**
 * Whether a footnote sentence reads as a reference: it opens as one
 * (`Ibid.`, `See`), or it holds a year, URL or locator and at least a third
 * of its words are capitalised (names and titles).
 */
export function englishIsReference(sentence: string): boolean {
  if (referenceOpening.test(sentence)) return true
  if (!referenceMark.test(sentence)) return false
  let words = 0
  let capitalised = 0
  for (const match of sentence.matchAll(word)) {
    words++
    const first = match[0].charAt(0)
    if (upper.test(first) || (first >= '0' && first <= '9')) capitalised++
  }
  return words > 0 && capitalised * 3 >= words
}
