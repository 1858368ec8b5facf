import type {PatternRule, Span} from './span.js'
import {after, before} from './span.js'

// Whose voice a superlative or an absolute speaks in, and two more forms
// of ranking. A reviewer asks for support for a ranking of the world (`the
// leading cause of death`, `No essay has been more misread`); not for a
// name that holds a superlative (`the Best Novel award`), an idiom (`as
// always`), the writer's own experience (`In my experience …`), a ranking
// within someone's experience (`the friendliest they have been through`), or
// the present of a review telling what an author or a character does
// (`Hartigan never explains the machine`).

/** `the leading cause of`, `the foremost source of`: a ranking without `-est`. */
const leadingOf =
  /\bthe\s+(?:single\s+)?(?:leading|foremost|top|number\s+one|main|chief|principal)\s+(?:[\p{L}-]+\s+)?(?:cause|causes|source|killer|producer|exporter|importer|supplier|provider|destination|driver|contributor)\s+of\b/giu
/** `No essay in the field has been more misread`, `No city is better placed`, `No ferry operator on the coast has a better safety record than`: none of a kind ranks above (with `a`, only when `than` follows: not `No member has a number`). */
const noneMore =
  /(?<![\p{L}])No\s+(?:other\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:(?:in|of|on|at|from)\s+(?:the\s+|this\s+|its\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+)?(?:has|have|had|is|was|were)\s+(?:ever\s+)?(?:been\s+)?(?:an?\s+(?:more|less|better|worse|\p{Ll}{2,}er)\s[^.;!?]{0,60}?\bthan\b|(?:more|less|better|worse|\p{Ll}{2,}er)\b(?!\s+than\s+(?:a|an|the|one|two|\d)))/gu
/** `No brewery in the county recycles more of its waste`: none of a kind does more, with a verb of its own. */
const noneDoesMore =
  /(?<![\p{L}])No\s+(?:other\s+)?(?!\p{L}+ing\b)\p{Ll}[\p{Ll}-]*\s+(?:(?:in|of|on|at|from)\s+(?:the\s+|this\s+|its\s+)?[\p{L}-]+\s+)?(?!(?:has|have|had|is|was|were|are|does|did)\b)\p{Ll}{2,}(?:s|ed)\s+(?:more|less|better|worse|further|longer|faster)\b(?!\s+than\s+(?:a|an|the|one|two|\d|\p{Sc}))/gu
/** `faster than those of any other artist`: `than` and a pointer before `any`. */
const thanThoseOfAny = /\bthan\s+(?:those|that)\s+(?:of|in)\s+any(?:\s+(?:other|previous|earlier))?\b/giu
/** A superlative inside a name: `the Best Fanzine award`, `its Most Improved prize`. */
const capitalised = /^(?:the|its|their|his|her|our)\s+\p{Lu}/u
/** `as always`, `as ever`: an idiom. */
const asBefore = /\bas\s+$/iu
/** The writer's own experience or view, anywhere before it in its sentence. */
const ownView = /\b(?:in\s+(?:my|our)\s+(?:experience|view|opinion|book)|(?:I|we)\s+(?:think|suspect|believe|find|reckon|would\s+say))\b/iu
/** Ranked within someone's experience, told after it: `the friendliest interview they have been through`, `the worst film she had seen`. */
const experienceAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:we|they|he|she|you)\s+(?:have|had|['’]ve|['’]d)\s+(?:ever\s+)?(?:been|seen|met|known|had|heard|read|\p{Ll}{3,}ed)\b/iu
/** A record measured, not an experience: `the coldest night we have ever measured`, `the lowest reading they had logged`, `higher than any other project we have verified` (a professional's own checks). */
const measuredAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:we|they|he|she|you|I)\s+(?:have|had|['’]ve|['’]d)\s+(?:ever\s+)?(?:recorded|measured|logged|registered|clocked|counted|observed|tracked|monitored|detected|verified|audited|inspected|assessed|evaluated|certified)\b/iu
/** A level or a volume ranked against a body's own history: `the busiest we have ever had`, `the highest we have ever seen`, without `ever` too (`the busiest we have had`, round 58) (a record of its own running, claimed like one measured; not `I`, one person's experience). */
const levelWords = /(?:busiest|highest|lowest|biggest|largest|smallest|fewest|rarest|strongest|weakest|heaviest|quietest)$/iu
const weEverAfter = /^\s+(?:[\p{L}-]+\s+){0,3}?we\s+(?:have|['’]ve)\s+(?:ever\s+)?(?:had|seen|received|sold|taken|handled|run|held|made)(?![\p{L}'’-])/iu
/** A level against its own history, `they` or `it` the thing measured: `the highest they have been since 2014`, `the lowest it has been`, after a superlative with no noun too (`the safest they have ever been`, round 40); a record, not someone's experience: not `the friendliest they have been through`. */
const ownLevelAfter = /^\s+(?:they|it)\s+(?:have|has|had|['’]ve|['’]s)\s+(?:ever\s+)?been(?!\s+(?:through|to|in|on|at|with|for|given|told|shown)\b)/iu
/** A superlative with no noun of its own: `the worst`, `the safest`, `their best` (what it ranks is the sentence's subject). */
const bareSuperlative = /^(?:the|its|their|our)\s+(?:most\s+)?\p{L}+$/iu
/** A level ranked against a body's own history right after a superlative with no noun: `Levels are the worst we have seen` (round 40; with a measure as the subject, see `measureSubject`). */
const weLevelAfter = /^\s+we\s+(?:have|['’]ve)\s+(?:ever\s+)?(?:seen|had)(?![\p{L}'’-])/iu
/** A measure as the subject before the superlative: `Mycotoxin levels … are`, `Rents … are` (a level, not a view the writer enjoyed: `The light was the finest we have ever seen` stays experience). */
const measureSubject =
  /(?<![\p{L}'’-])(?:levels?|prices?|rates?|figures|numbers|yields?|results|sales|costs?|rents?|bills|counts?|readings?|losses|margins|volumes?|returns|takings|catches|harvests?)(?![\p{L}'’-])/iu
/** A superlative compound of a public measure: `the best-reviewed`, `the most-visited`, `the highest-rated` — ranked by others' reviews, visits or sales, a measured record even within the writer's own range (`the highest-rated café we have ever opened`). */
const measuredCompound =
  /^(?:the|its|their|his|her|our)\s+(?:best|worst|most|least|highest|lowest)-(?:reviewed|rated|visited|selling|read|watched|viewed|attended|booked|streamed|downloaded|played|followed|subscribed|borrowed|requested|cited|sold|liked)$/iu
/** A name or a pronoun right before `never` or `always`: `Hartigan never`, `she always`; a name must be one the paragraph has used before. */
const actorBefore = /(?:^|[^\p{L}'’])(?<actor>\p{Lu}\p{Ll}+|he|she)\s+$/u
/** A verb in the present after `never` or `always`: the present of a review. */
const presentVerbAfter = /^\s+(?!(?:is|was|has|does)\b)\p{Ll}{3,}s\b/u
const neverAlways = /^(?:never|always)$/iu
const neverWord = /^never$/iu
/** A comma right before the absolute: `…, never directly from the public`. */
const commaBefore = /,\s*$/u
/** `have always found`, `had never accepted`: part of an attribution (a verb of saying or thinking), reported by its own rule (not `has never accepted it as …`: a body's record of what it admits, a claim). */
const reportingAfter =
  /^\s+(?:(?:said|says|say|argued|argue|believed|believe|thought|think|held|hold|claimed|claim|maintained|insisted|found|find|felt|feel|known|accepted(?!\s+(?:it|them|this|these|those|any|such|a|an|the)\b)|agreed|doubted|suspected)\b)/iu
const auxiliaryBefore = /\b(?:have|has|had)\s+$/iu
/** A procedure in the present passive before `every`: `are published for every role`, `is checked on every visit`. */
const procedureBefore = /\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|en|t)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:for|to|on|with|in|at|after|before)\s+$/u
const everyWord = /^every\s/iu
/** `have ever` after a person: `the quietest hotel they have ever visited`, someone's experience. */
const haveEver = /^(?:has|have|had)\s+ever$/iu
const personBefore = /(?:^|[^\p{L}'’])(?:I|we|they|he|she|you)\s+$/iu
const alwaysEver = /^(?:always|ever)$/iu
const worstWord = /worst$/iu

/** `It is the first time a council estate has won`: a first told of someone else's doing (not `the first time I had seen`, the writer's experience). */
const firstTime =
  /\b(?:is|was|marks|marked|will\s+be)\s+the\s+first\s+time\s+(?:that\s+)?(?!(?:I|we|he|she|they|you|it)\b)(?:a|an|any|the|this|\p{Lu})/gu
/** `Every capsule delivers`, `Every other cabbie in town says`: a product's specification or one of a class who speaks, which another rule reads. */
const everyHoldsOrSays =
  /^every\s+(?:other\s+|single\s+)?\p{Ll}[\p{L}-]*\s+(?:(?:in|of|on|at|from|around)\s+(?:[\p{L}'’-]+\s+){1,3}?)?(?:contains|delivers|provides|includes|comes\s+with|is\s+(?:tested|made|checked|packed|sealed|filled)|says|thinks|agrees|swears|reckons|will\s+tell\s+you)\b/iu
/** The writer's own experience, with `I` or `we` and a contraction or an auxiliary before `never` or `always`: `we'd never have found`, `I have always liked`. */
const ownExperienceBefore = /(?:^|[^\p{L}'’])(?:I|we)(?:['’](?:d|ve)|\s+(?:would|had|have|could))?\s+$/u
/** `We have never sold at a loss`, `we have never had an eye injury on site`: a body's track record in the perfect after `never`, a claim (not a habit: `we never spray`). */
export const recordOutcomeAfter = /^\s+(?:lost|sold|missed|failed|defaulted|closed|cancelled|canceled|refused|turned\s+away|had\s+(?:a|an|any)\s+(?:(?:serious|single|reportable|major)\s+)?(?:(?:eye|head|back|fire|safety|data)\s+)?(?:complaint|claim|accident|loss|default|failure|injury|incident|fatality|death|fire|breach|outbreak))(?![\p{L}'’-])/u
/** `we have`, `we've`: the perfect of the writer's body. */
const wePerfectBefore = /(?<![\p{L}'’-])[Ww]e\s+(?:have|['’]ve)\s+$/u
/** An invitation: `are always welcome`, `is always happy to help`. */
const invitationAfter = /^\s+(?:welcome|happy\s+to|glad\s+to|pleased\s+to|open\s+to|available)\b/iu
/** `the only worry`, `my only quibble`: the writer's own reservation, ranked among their own doubts. */
const onlyReservation = /^(?:the|its|their|his|her|our)\s+(?:only|biggest|greatest|main|chief)$/iu
const reservationAfter = /^\s+(?:real\s+|slight\s+|small\s+|minor\s+|big\s+)?(?:worry|worries|concern|concerns|doubt|doubts|question|caveat|drawback|downside|quibble|complaint|gripe|regret|reservation|snag|niggle|criticism|lesson|fly\s+in\s+the\s+ointment)\b/iu
/** `the worst outcome is`, `the worst that can happen`: reasoning about a case, not a ranking of the world. */
const worstCase = /^\s+(?:case|outcome|scenario|(?:that\s+)?(?:can|could|will|would)\s+happen)\b/iu
/** `the worst is over`, `the worst of the squeeze is behind us`, `the best is yet to come`: a phase of events past or to come, an idiom, not a ranking. */
const phaseAfter = /^(?:\s+of\s+(?:it|(?:the|this|that|our|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))?\s+(?:is|was|may\s+be|seems|looks)\s+(?:(?:now|probably|surely|finally|already)\s+)?(?:(?:over|past)(?!\s+(?:the|a|an|this|that|our|their|its|his|her)\b)|behind\s+(?:us|them|you|it)|(?:yet|still)\s+to\s+come)\b/iu
const bestOrWorstWords = /^the\s+(?:best|worst)$/iu
/** A person as the subject of the absolute's sentence, at its start: `He served … and never missed`, `She always`. */
const personOpening = /^[^\p{L}]{0,3}(?:he|she)\s/iu
/** A new subject or clause between the person and the absolute: `He said that the council never`. */
const newClause = /\b(?:that|which|who|because|if|when|whether)\b|[;:"“”]/iu

/** A sentence that sets out a procedure, opening on what is requested, booked or paid: `Launch requests come from …, never from …`, `Refunds are always paid to the card`. */
const procedureOpening =
  /^[^\p{L}]{0,3}(?:(?:the|all|our|your|any)\s+)?(?:[\p{L}-]+\s+)?(?:requests|applications|bookings|payments|orders|referrals|calls|complaints|enquiries|inquiries|refunds|appointments|submissions|nominations|deliveries|collections|reservations|renewals|cheques|callouts|call-outs)\s+(?:(?:are|is|must\s+be)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+/iu
/** `never quite finding`, `never once looking up`: not quite, or a past event told in a participle. */
const neverSoftened = /^\s+(?:quite\b|(?:once\s+)?\p{Ll}{3,}ing\b)/u
/**
 * A span of time after a ranking within someone's experience: `the funniest
 * thing they have staged in years` ranks their record, a claim; so does a
 * whole season or year (`the best we have faced all year`, `the best
 * afternoon they had had all year`, `the hardest week we've had all
 * season`), as every set that meets one outside quotes labels it.
 */
const timeSpanAfter =
  /^[^.!?]{0,60}?\b(?:(?:in|for)\s+(?:(?:many|some|a\s+few|several|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+)?(?:years|decades|generations)|in\s+(?:a\s+)?(?:decade|generation|living\s+memory)|since\s+(?:1[5-9]\d\d|20\d\d)|all\s+(?:year|season|term|summer|winter|spring|autumn|campaign))\b/iu

/** A place or a span named after a ranking within one's experience: `I have inspected in the borough this year`, `we have ever seen from that hill`, `they have seen in Britain` (a ranking claimed of that place or land). */
export const placeAfter =
  /^[^.!?;,]{0,48}?\b(?:I|we|they|he|she)\s+(?:have|had|['’]ve|['’]d)\s+(?:ever\s+)?\p{Ll}+\s+(?:(?:from|in|across|on)\s+(?:that|this|the)\s+\p{Ll}{3,}|in\s+\p{Lu}\p{Ll}{2,})/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeVoicePatterns: readonly RegExp[] = [
  recordOutcomeAfter,
  wePerfectBefore,
  placeAfter,
  levelWords,
  weEverAfter,
  ownLevelAfter,
  bareSuperlative,
  weLevelAfter,
  measureSubject,
  measuredCompound,
  leadingOf,
  noneMore,
  thanThoseOfAny,
  capitalised,
  asBefore,
  ownView,
  experienceAfter,
  measuredAfter,
  actorBefore,
  presentVerbAfter,
  neverAlways,
  neverWord,
  commaBefore,
  alwaysEver,
  worstWord,
  reportingAfter,
  auxiliaryBefore,
  procedureBefore,
  everyWord,
  haveEver,
  personBefore,
  firstTime,
  everyHoldsOrSays,
  ownExperienceBefore,
  invitationAfter,
  onlyReservation,
  reservationAfter,
  worstCase,
  phaseAfter,
  bestOrWorstWords,
  personOpening,
  newClause,
  noneDoesMore,
  procedureOpening,
  neverSoftened,
  timeSpanAfter
]

/** More forms of ranking, each a span of its own kind. */
export const voiceRules: readonly PatternRule[] = [
  {regex: leadingOf, kind: 'superlative'},
  {regex: noneMore, kind: 'absolute'},
  {regex: noneDoesMore, kind: 'absolute'},
  {regex: thanThoseOfAny, kind: 'than'},
  {regex: firstTime, kind: 'superlative'}
]

/**
 * Whether a superlative or an absolute at `span`, with its sentence's
 * words before it (`lead`), is no claim about the world: a name (`the
 * Best Fanzine award`), an idiom (`as always`), the writer's own view or
 * experience (`In my experience`), a ranking within someone's experience
 * (`the friendliest they have been through`; not a record measured: `the
 * coldest night we have ever measured`, `the highest-rated café we have
 * ever opened`), the present of a review
 * about a person the paragraph has named (`Hartigan never explains`), an
 * absolute inside an attribution (`have always found`), a phase of events
 * (`the worst is over`, `the best is yet to come`), or `every` in a
 * procedure told in the present passive (`published for every role`).
 */
export function inOwnVoice(text: string, span: Span, lead: string): boolean {
  const words = text.slice(span.start, span.end)
  if (capitalised.test(words)) return true
  if (alwaysEver.test(words) && asBefore.test(before(text, span.start, 4))) return true
  if (ownView.test(lead)) return true
  // `the coldest night we have ever measured`: a record, measured, is a claim of the world, in anyone's voice.
  const rest = after(text, span.end, 60)
  if (measuredAfter.test(rest)) return false
  // `the highest-rated café we have ever opened`: ranked by a public measure, reviews or visits, a record claimed all the same.
  if (measuredCompound.test(words)) return false
  // `the busiest we have ever had`: a level against the body's own history, a record.
  if (levelWords.test(words) && weEverAfter.test(rest)) return false
  // `the highest they have been`, and with no noun ranked `are the safest they have ever been`: the subject's level against its own history, a record.
  if ((levelWords.test(words) || bareSuperlative.test(words)) && ownLevelAfter.test(rest)) return false
  // `Levels are the worst we have seen`: with no noun ranked and a measure as the subject, a record too.
  if (bareSuperlative.test(words) && weLevelAfter.test(rest) && measureSubject.test(lead)) return false
  if (experienceAfter.test(rest)) return !timeSpanAfter.test(rest) && !placeAfter.test(rest)
  if (haveEver.test(words) && personBefore.test(before(text, span.start, 8))) return true
  if (neverAlways.test(words) && auxiliaryBefore.test(before(text, span.start, 8)) && reportingAfter.test(after(text, span.end, 16))) return true
  // `Every capsule delivers 1,000 mg`: a specification; `Every other cabbie says`: an attribution, which vague-attribution reports.
  if (everyHoldsOrSays.test(text.slice(span.start, span.start + 80))) return true
  if (neverAlways.test(words) && ownExperienceBefore.test(before(text, span.start, 12)) && !(wePerfectBefore.test(before(text, span.start, 12)) && recordOutcomeAfter.test(after(text, span.end, 48)))) return true
  if (neverAlways.test(words) && invitationAfter.test(after(text, span.end, 16))) return true
  if (onlyReservation.test(words) && reservationAfter.test(after(text, span.end, 24))) return true
  if (worstWord.test(words) && worstCase.test(after(text, span.end, 24))) return true
  if (bestOrWorstWords.test(words) && phaseAfter.test(after(text, span.end, 48))) return true
  // `He served as churchwarden … and never missed a Sunday`: one person's conduct, told of them.
  if (neverAlways.test(words) && personOpening.test(lead) && !newClause.test(lead)) return true
  // `Launch requests come from the coastguard, never from the public`: a rule of procedure; `the basses never quite finding`: not quite, or one event told.
  // With `never`, only as the way not taken after a comma (not `Calls to the helpline are never answered`, a claim of what happens).
  if (neverAlways.test(words) && procedureOpening.test(lead) && (!neverWord.test(words) || commaBefore.test(lead))) return true
  if (neverAlways.test(words) && neverSoftened.test(after(text, span.end, 24))) return true
  // `Salary bands are published for every role`: a procedure described, not a claim that all of a kind are so.
  if (everyWord.test(words) && procedureBefore.test(before(text, span.start, 48))) return true
  return neverAlways.test(words) && presentVerbAfter.test(after(text, span.end, 24)) && namedActor(text, span.start)
}

/** How far back a name is looked for. */
const nameReach = 600

/** Whether the word before `start` is `he`, `she`, or a capitalised name used earlier in the paragraph (`Hartigan never`, not `Light never`). */
function namedActor(text: string, start: number): boolean {
  const lead = before(text, start, 24)
  const found = actorBefore.exec(lead)
  const actor = found?.groups?.actor
  if (actor === undefined) return false
  if (actor === 'he' || actor === 'she') return true
  const at = start - lead.length + found!.index + found![0].indexOf(actor)
  return text.slice(Math.max(0, at - nameReach), at).includes(actor)
}
