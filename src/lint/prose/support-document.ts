import type {Span} from './span.js'

// Sources named in words rather than by a citation: a document a reader can
// look up (`according to the box office manager's statement to the trustees`,
// `according to the ground survey certificate`, `the parish clerk's 2024
// register shows`), a source named in brackets (`(county election returns)`,
// `(Housing Conditions Table 14)`, `(Source: club records)`), and a pointer
// into the document's own tables and appendices written into the sentence
// (`The survey export in Annex D shows`, `as shown in Table 3`).
//
// A document is named when something picks it out: a possessive (`the
// manager's statement`), a noun before it (`the match scoresheet`), a name, or
// who made it after it (`the report of the inquiry`). A bare `the report`
// points back at the source just named. After `according to`, a named body's
// data is a source too (`according to the Ministry of Justice's annual
// statistics`, `according to ONS estimates`): a reader can look it up. The
// body alone (`according to NHS Digital`) says who, not where. A class of
// sources (`according to some reports`, `according to experts`) or a kind of
// data (`according to official figures`, `the library's own count`) names
// none: those figures still want their citation. Every pattern is anchored at
// a fixed word or bracket and bounded; the phrases are read word by word in
// loops.

/** Documents a reader can look up (data nouns such as `figures`, `count`, `data` are not; after `according to`, a named body's data is: `ONS figures`, see `bodyWords`). */
const documentNoun =
  /^(?:reports?|reviews?|sheets?|roll|rolls|certificates?|registers?|minutes|accounts|statements?|bulletins?|release|yearbooks?|handbook|ledgers?|scorebooks?|logbooks?|log|logs|surveys?|study|audit|census|inspection|assessment|evaluation|tables?|spreadsheets?|dashboard|returns|filings?|submissions?|prospectus|newsletter|transcripts?|results|index|archives?|scorecards?|scoresheets?|almanac|almanack|gazette|digest|website|manual|datasheet|specifications?|leaflet|brochure|catalogue|catalog|timetable|guidebook)$/iu
/** Data nouns, named as a source only in brackets: `(club records)`, `(ONS figures)`. */
const dataNoun = /^(?:records|figures|data|statistics|count|counts|tallies|measurements|estimates)$/iu
/** Adjectives that leave a document unnamed: `the latest report`, `the official returns`. */
const vagueAdjective =
  /^(?:latest|recent|new|newest|official|unofficial|preliminary|provisional|leaked|government|industry|published|various|some|many|several|other|same|final|full|above|following|previous|earlier|original|relevant)$/iu
/** Words that open a picked-out noun phrase. */
const determiner = /^(?:the|its|their|our|his|her|my|your)$/iu
/** The writer's own: `our`, `my`. */
const ownDeterminer = /^(?:our|my)$/iu
/** A possessive: `secretary’s`, `organisers’`, `Ofsted's`. */
const possessive = /(?:['’]s|s['’])$/u
const capital = /^\p{Lu}/u
/** Who made a document, after it: `of the inquiry`, `by the Parish Council`, `to the AGM`. */
const makerAfter = /^\s+(?:of|from|by|to|for|on)\s+(?:(?:the|its|their|our)\s+\p{L}|\p{Lu})/u
/** A capitalised maker only, for a document with no determiner: `minutes of the Parish Council` (not `reports from the front`). */
const namedMakerAfter = /^\s+(?:of|from|by)\s+(?:the\s+)?\p{Lu}/u
/** `according to`, where a source named in words begins. */
const accordingTo = /\baccording\s+to\s+/giu
/** A reporting verb after a document, its subject: `the match scoresheet shows`, `the roll records`. */
const documentReports =
  /\b(?:reports?|reviews?|sheets?|roll|certificates?|registers?|minutes|accounts|statements?|bulletins?|release|yearbooks?|ledgers?|scorebooks?|logbooks?|log|surveys?|study|audit|census|inspection|assessment|evaluation|tables?|spreadsheets?|dashboard|returns|results|index|scorecards?|scoresheets?|website|manual|datasheet|specifications?|leaflet|brochure|catalogue|timetable)\s+(?:also\s+|further\s+|clearly\s+)?(?:shows?|showed|records?|recorded|lists?|listed|states?|stated|gives|gave|confirms?|confirmed|sets\s+out|notes?|noted|finds|found|puts|put|says|said)\b/giu
/**
 * A site's own traffic, right after its reporting verb: `the archive's website
 * recorded 86,000 visits`. The website is what was visited, not a document that
 * reports the count: a reach claimed, not a source.
 */
const trafficAfter =
  /^\s+(?:(?:about|around|over|nearly|almost|some|more\s+than|just\s+over|just\s+under)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:unique\s+|page\s+|monthly\s+)?(?:visits|visitors|views|pageviews|hits|downloads|sessions|users|clicks|streams|plays)\b/iu
/** A website as a document's subject, with a verb of recording: `website recorded`. */
const websiteRecords = /^website\s+(?:also\s+|further\s+|clearly\s+)?(?:records?|recorded)$/iu
/** The end of a phrase: a clause mark or bracket. */
const phraseEnd = /[,;:()!?\n"“”]|\.(?:\s|$)/u
const spaces = /\s+/u
/**
 * A pointer into the document's own tables, figures and appendices written
 * into the sentence (capitalised, with its label): `The export in Annex D
 * shows`, `Table 2 lists`, `as shown in Figure 3`, `see Annex C`.
 */
const pointerInSentence =
  /\b(?:Tables?|Figures?|Fig\.|Appendix|Appendices|Annex(?:es)?|Exhibits?|Charts?)\s+[A-Z\d][\w.–-]{0,6}\s+(?:also\s+)?(?:shows?|showed|lists?|listed|gives|records?|recorded|summari[sz]es|sets\s+out|details|confirms?|illustrates|presents|reports?|compares)\b|\b(?:shown|given|listed|reported|set\s+out|summari[sz]ed|detailed|presented|documented|recorded|tabulated|plotted|illustrated|reproduced|see|See)\s+in\s+(?:Tables?|Figures?|Fig\.|Appendix|Annex|Exhibit|Chart)\s+[A-Z\d]|\b(?:see|See)\s+(?:Tables?|Figures?|Fig\.|Appendix|Annex|Exhibit|Chart)\s+[A-Z\d]/gu
/** A short bracket, read word by word for a source named in it: `(county election returns)`, `(Source: club records)`. */
const bracket = /\(([^()\n]{1,60})\)/gu
/** `Source:` opening a bracket. */
const sourceLabel = /^sources?\s*:/iu
/** Words that open a qualifier, not a source: `(excluding returns)`, `(up from 12)`, `(about half the data)`. */
const qualifierOpening =
  /^(?:excluding|including|except|not|without|unlike|versus|vs|and|or|per|than|over|under|about|around|roughly|nearly|almost|some|many|most|all|each|every|one|a|an|up|down|from|with|for|to|in|on|at|by|of|see|no|only|just|as|if|when|which|that|where)$/iu
/** The last word of an organisation's name: `(Met Office)`, `(Environment Agency)`, `(Office for National Statistics)`. */
const organisationNoun =
  /^(?:Office|Agency|Council|Trust|Society|Association|Institute|Institution|Bureau|Board|Authority|Commission|Department|Ministry|Service|Bank|Foundation|Survey|Centre|Center|Federation|Union|Organi[sz]ation|Executive|Registry|Observatory|University|College|Library|Archives?|Museum|Statistics|Partnership|Network|Alliance|Trust|Fund|Directorate|Inspectorate|Tribunal|Court)$/u
/** An acronym: `NHS`, `HFEA`, `UK`, `WRAP`. */
const acronym = /^\p{Lu}{2,}\d{0,2}$/u
/** The small words inside an organisation's name: `for`, `of`, `and`, `the`, `&`. */
const nameJoiner = /^(?:for|of|and|the|on|&)$/u
/** The label after a source's noun: `14` in `(Housing Conditions Table 14)`. */
const label = /^[\p{L}\d][\p{L}\d.–-]{0,7}$/u
const letterFirst = /^\p{L}/u

/**
 * The author just cited, carried on by a pronoun with a verb of writing in the
 * present: `'…,' she writes`, `He adds that …`, `They conclude:`. The present
 * reports the cited text; a past `said` may be another occasion.
 */
const authorContinues =
  /\b(?:(?:he|she)\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:writes|adds|argues|notes|concludes|continues|observes|suggests|states|remarks|explains|insists|contends|cautions|warns|goes\s+on)|they\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:write|add|argue|note|conclude|continue|observe|suggest|state|remark|explain|insist|contend|caution|warn|go\s+on))\b/iu

/** Every regex of this module, for the ReDoS test. */
export const supportDocumentPatterns: readonly RegExp[] = [
  documentNoun,
  dataNoun,
  vagueAdjective,
  determiner,
  ownDeterminer,
  possessive,
  capital,
  makerAfter,
  namedMakerAfter,
  accordingTo,
  documentReports,
  trafficAfter,
  websiteRecords,
  phraseEnd,
  spaces,
  pointerInSentence,
  bracket,
  sourceLabel,
  qualifierOpening,
  label,
  letterFirst,
  authorContinues,
  organisationNoun,
  nameJoiner,
  acronym
]

/** How a document is given: picked out (`named`), bare after `the` (`bare`, pointing back), or not at all. */
type Naming = 'named' | 'bare' | undefined

/**
 * Sources named in words in English text: a document after `according to`
 * or as the subject of a reporting verb, picked out by a possessive, a noun,
 * a name or its maker; a source in brackets; a pointer into the document's
 * own tables and appendices written into the sentence.
 */
export function documentReferences(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(pointerInSentence)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'reference'})
  for (const match of text.matchAll(bracket)) {
    if (namesSource(match[1]!)) spans.push({start: match.index, end: match.index + match[0].length, kind: 'reference'})
  }
  for (const match of text.matchAll(accordingTo)) {
    const from = match.index + match[0].length
    const found = documentAfter(text, from)
    if (found?.naming === 'named') spans.push({start: match.index, end: found.end, kind: 'reference'})
  }
  for (const match of text.matchAll(documentReports)) {
    if (ownTraffic(text, match)) continue
    const naming = documentBefore(text, match.index)
    if (naming === 'named') spans.push({start: match.index, end: match.index + match[0].length, kind: 'reference'})
  }
  return spans
}

/** Whether a document's reporting verb is a website recording its own traffic (`website recorded 86,000 visits`): a reach claimed, not a source. */
function ownTraffic(text: string, match: RegExpExecArray | RegExpMatchArray): boolean {
  const end = match.index! + match[0].length
  return websiteRecords.test(match[0]) && trafficAfter.test(text.slice(end, end + 60))
}

/** Whether a sentence cites a bare document (`according to the report`, `the table shows`): the source of the sentence before it. */
export function pointsToDocument(sentence: string): boolean {
  for (const match of sentence.matchAll(accordingTo)) {
    if (documentAfter(sentence, match.index + match[0].length)?.naming === 'bare') return true
  }
  for (const match of sentence.matchAll(documentReports)) {
    if (!ownTraffic(sentence, match) && documentBefore(sentence, match.index) === 'bare') return true
  }
  return false
}

/** Whether a sentence carries on the author the sentence before cited, by a pronoun: `'…,' she writes`. */
export function continuesAuthor(sentence: string): boolean {
  return authorContinues.test(sentence)
}

/** The document named after `according to` at `from`, and where its name ends. */
function documentAfter(text: string, from: number): {naming: Naming; end: number} | undefined {
  let phrase = text.slice(from, from + 100)
  const stop = phraseEnd.exec(phrase)
  if (stop) phrase = phrase.slice(0, stop.index)
  const words = phrase.split(spaces).slice(0, 8)
  const clean = words.map((word) => trimMarks(word))
  const at = clean.findIndex((word, index) => index <= 6 && documentNoun.test(word))
  if (at === -1) {
    const count = bodyWords(clean)
    return count === undefined ? undefined : {naming: 'named', end: from + offsetAfterWords(text.slice(from), count)}
  }
  // The last of a run of document nouns: `the match score sheet`.
  let last = at
  while (last + 1 < clean.length && documentNoun.test(clean[last + 1]!)) last++
  const end = from + offsetAfterWords(text.slice(from), last + 1)
  const rest = text.slice(end, end + 40)
  const opening = clean[0]!
  if (at === 0) return {naming: namedMakerAfter.test(rest) ? 'named' : undefined, end}
  const modifiers = clean.slice(1, last)
  if (!determiner.test(opening)) {
    // `Ofsted's report`, `ONS survey`: a name or a possessive opens it.
    return {naming: capital.test(opening) || possessive.test(opening) ? 'named' : undefined, end}
  }
  return {naming: naming(modifiers, rest), end}
}

/**
 * How many words name a body's published data after `according to`: the
 * body in capitalised words (with `of`, `for`, `and` inside), one of them an
 * acronym (`ONS`, `Allergy UK`) or an organisation's noun (`Ministry`), then
 * its data within two words (`ONS estimates`, `the Ministry of Justice's
 * annual statistics`). The body alone (`according to NHS Digital`) is an
 * attribution, not a reference: `undefined`, as for a person or a class.
 */
function bodyWords(clean: readonly string[]): number | undefined {
  const start = clean[0]?.toLowerCase() === 'the' ? 1 : 0
  let index = start
  let named = false
  while (index < clean.length && index - start < 7) {
    const word = clean[index]!
    if (capital.test(word)) {
      const bare = word.replace(possessive, '')
      if (acronym.test(bare) || organisationNoun.test(bare)) named = true
      index++
      if (bare !== word) break
    } else if (index > start && nameJoiner.test(word) && capital.test(clean[index + 1] ?? '')) index++
    else break
  }
  if (!named || index === start) return undefined
  // The body's own data after it: `UN estimates`, `the Ministry of Justice's annual statistics`.
  for (let probe = index; probe < clean.length && probe <= index + 2; probe++) {
    if (dataNoun.test(clean[probe]!)) return probe + 1
  }
  return undefined
}

/**
 * How a document that is a reporting verb's subject is named: its words read
 * backwards from the noun (at most five), to a determiner (`the parish
 * clerk's 2024 register shows`) or a mark that opens the phrase.
 */
function documentBefore(text: string, index: number): Naming {
  const words = text.slice(Math.max(0, index - 60), index).split(spaces).filter((word) => word !== '')
  const modifiers: string[] = []
  for (let probe = words.length - 1; probe >= 0 && words.length - probe <= 5; probe--) {
    const word = words[probe]!
    const bare = trimMarks(word)
    // A mark after the word (`…them, the table shows`) ends the phrase before it.
    if (bare === '' || (!word.endsWith(bare) && !possessive.test(word))) break
    // `our survey found`, with nothing between: the writer's own work, not the source just cited (`our 2023 survey` is named).
    if (determiner.test(bare)) return ownDeterminer.test(bare) && modifiers.length === 0 ? undefined : naming(modifiers.reverse(), '')
    modifiers.push(bare)
    // A mark before the word (`(Ofsted's report shows`) opens the phrase.
    if (!word.startsWith(bare)) break
  }
  // `Ofsted's report shows`: a name's possessive, without an article.
  const opening = modifiers.at(-1)
  return opening !== undefined && possessive.test(opening) && capital.test(opening) ? 'named' : undefined
}

/** Named when a modifier picks the document out (a possessive, a noun, a number) or its maker follows; bare when nothing does. */
function naming(modifiers: readonly string[], rest: string): Naming {
  if (modifiers.some((word) => possessive.test(word) || !vagueAdjective.test(word)) || makerAfter.test(rest)) return 'named'
  return modifiers.length === 0 ? 'bare' : undefined
}

/**
 * Whether the words of a bracket name a source: `Source:` and anything, or
 * a few words (five at most) ending on a document or data noun and perhaps
 * its label (`Housing Conditions Table 14`), not opening on a qualifier.
 */
function namesSource(inside: string): boolean {
  if (sourceLabel.test(inside)) return true
  const words = inside.split(spaces).filter((word) => word !== '')
  if (words.length === 0 || words.length > 6 || !letterFirst.test(words[0]!) || qualifierOpening.test(words[0]!)) return false
  const last = words.length - 1
  const noun = (word: string): boolean => documentNoun.test(word) || dataNoun.test(word)
  // `(Met Office)`: an organisation named alone, every word capitalised but the small ones of its name.
  if (organisationNoun.test(words[last]!) && words.every((word, index) => capital.test(word) || (index > 0 && nameJoiner.test(word)))) return true
  return noun(words[last]!) || (last > 0 && noun(words[last - 1]!) && label.test(words[last]!))
}

/** A word without the marks around it (`(Ofsted's` → `Ofsted's`, `them,` → `them`); inner and final apostrophes stay. */
function trimMarks(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !isWordChar(word.charAt(start))) start++
  while (end > start && !isWordChar(word.charAt(end - 1)) && word.charAt(end - 1) !== '’' && word.charAt(end - 1) !== "'") end--
  return word.slice(start, end)
}

function isWordChar(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9')
}

/** The offset in `text` just after its first `count` words. */
function offsetAfterWords(text: string, count: number): number {
  let index = 0
  for (let word = 0; word < count; word++) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++
    while (index < text.length && !isSpace(text.charCodeAt(index))) index++
  }
  return index
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}
