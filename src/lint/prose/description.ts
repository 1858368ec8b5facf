import type {Span} from './span.js'
import {after, before} from './span.js'
import {sentenceHas} from './sentence-cue.js'

// Descriptive numbers: figures that describe one thing, label it, or set
// what someone will do, rather than report a quantity measured about the
// world. A reviewer asks for a source for a share, a rate, a change or a
// count reported as a finding; not for the length of one roof, the height
// of one suspect, an incident number, what the writer's own firm has, what
// a body will do or what an offer makes available. Each check reads a
// bounded slice of the figure's own sentence, and none of them applies
// when the sentence measures: an aggregate, a change, a comparison over
// time or a finding (`measuredCue`).

/** Words that make a figure a measurement of the world: an aggregate, a change, a record, a finding. */
const measuredCue =
  /\b(?:average|averaged|median|mean|typical|total|rose|risen|fell|fallen|increased?|increases|decreased?|decreases|grew|grown|growth|declined?|declines|doubled|halved|tripled|up\s+from|down\s+from|since|compared|record|recorded|counted|measured|found|finds|survey(?:ed|s)?|study|studies|estimated?|estimates|data|per\s?cent|percent|rate|nationally|worldwide|deaths?|died|killed|injured|victims|cases|accounting\s+for)\b|%/iu
/** Units of size: length, height, mass, area, volume. */
const sizeUnit =
  /^(?:[\d.,]+\s?|(?:about|around|nearly|almost|roughly|some|approximately|just\s+over|just\s+under)\s+[\d.,]+\s?)(?:m|cm|mm|km|met(?:re|er)s|centimet(?:re|er)s|millimet(?:re|er)s|kilomet(?:re|er)s|ft|feet|inches|kg|kilos|kilograms|tonnes|tons|grams|g|lbs|sq\s?m|m2|hectares|acres|litres|liters|ml)$/iu
/** A unit of size right after a bare number: `14.2 m`. */
const unitAfter =
  /^\s?(?:m|cm|mm|km|met(?:re|er)s|centimet(?:re|er)s|millimet(?:re|er)s|kilomet(?:re|er)s|ft|feet|inches|kg|kilos|kilograms|tonnes|tons|grams|g|lbs|hectares|acres|litres|liters|ml)(?![\p{L}\d])/iu
/** How long one item takes to make: `Each one takes around 14 hours to knit`. */
const eachTakes =
  /\b(?:each|every)\s+(?:[\p{L}-]+\s+)?(?:takes|took|needs|needed|requires|required)\s+(?:(?:about|around|roughly|nearly|almost|some|over|up\s+to|at\s+least|just\s+over|just\s+under)\s+)?$/iu
/**
 * A dimension named after a size: `1.8 metres tall`, `12 cm longer than`,
 * `62 metres without`, `3 m across.`; not `across` before what a quantity is
 * spread over (`treated 1,120 hectares across 17 burns`), a preposition.
 */
const dimensionAfter =
  /^\s*(?:tall|long|high|wide|deep|thick|across(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|at|in|with|when|where)\b)|in\s+(?:length|height|width|diameter|depth)|longer|shorter|taller|wider|deeper|thicker|heavier|lighter|overall|high|away|end\s+to\s+end)\b/iu
/** A dimension named before a size: `length overall 14.2 m`, `spans 62 metres`, `weighs 4 kg`, `weighing just 9 kg`, `weighs a healthy 20 kg`. */
const dimensionBefore =
  /\b(?:length|height|width|breadth|depth|diameter|span|spans|spanning|spanned|measures|measuring|measured\s+at|weighs|weighing|overall|draught|beam|wingspan|stands|circumference\s+of|diameter\s+of|length\s+of|width\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+over\s+|just\s+under\s+|just\s+|only\s+|barely\s+|a\s+(?:mere|healthy)\s+)?$/iu
/** A thing grown, caught or lifted and its size: `lifted a bulb weighing`, `landed a pike measuring`: a result measured, not a description. */
const yieldBefore =
  /\b(?:lifted|grew|grown|caught|landed|harvested|picked|dug\s+up|pulled|bagged|netted|hooked|reeled\s+in|produced|bred|delivered|gave\s+birth\s+to)\s+(?:a|an|one)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:weighing|measuring)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+over\s+|just\s+under\s+)?$/iu
/** An identifier written with a leading zero: `incident 0211`, `case 047`. */
const leadingZero = /^(?:\p{L}+\s+)*0\d/u
/** A capitalised number word at the start of a span: a number inside a name (`Ninefold Assembly`, `the Seventy Club`). */
const capitalOpening =
  /^(?:\p{Lu}\p{Ll}*(?:fold|teen|ty|hundred|thousand)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)(?!\p{L})/u
/** A sentence's end mark before a word (with quotes or brackets), or a colon that opens what follows (`wrote: “Forty …`). */
const sentenceEndMark = /[.!?:]["'”’)\]]?$/u
/**
 * The writer's own body and what it has: `we now have 34 people`, `our team
 * numbers 40`, `we employ 120`. Possession and staffing, not findings.
 */
const ownHaving =
  /(?:^|[^\p{L}'’])(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|company|firm|practice|studio|club|office|staff|workforce))\s+(?:(?:now|currently|still|also|already)\s+)?(?:have|has|employ|employs|number|numbers|are|is|run|runs|operate|operates|look\s+after|care\s+for|serve|serves|support|supports|host|hosts)\s+(?:(?:about|around|roughly|some|over|nearly|almost|more\s+than|just\s+over|just\s+under)\s+)?$/iu
/**
 * What a body will do or has decided to do, or an offer: `The council has
 * agreed to switch 400 streetlights`, `we will replace 1.2 km of track`,
 * `papers will be reviewed by at least three members`. The verb stands in
 * the figure's clause before it.
 */
const willDo = /\b(?:will|shall|(?:agreed|decided|voted|resolved|plans?|planned|intends?|intended)\s+to|(?:is|are)\s+(?:going\s+)?to)\b/giu
/** Marks that close a clause (not the comma that groups a number's digits: `will have 40,000 books and`). */
const clauseClose = /[;:—–]|,(?!\d)|\b(?:but|while|whereas|although|though|because|that|which|who|where|when)\b/iu
/** Words of a forecast, which a will-clause may carry: `will rise by`, `is expected to`, `could`. */
const forecastCue = /\b(?:rise|fall|grow|increase|decrease|decline|reach|exceed|top|cost|affect|lose|save|double|halve|triple|expected|forecasts?|projects?|projected|predicts?|predicted|likely|estimated)(?![\p{L}-])/iu
/** An unmeasured multitude: `thousands of commuters`, an estimate of what will happen, not a number someone sets. */
const multitude = /\b(?:dozens|hundreds|thousands|millions|billions)\b/iu
/** An offer after a figure: `… grants of €800 each are available`, `… places are open`. */
const offeredAfter = /^[^.!?;]{0,60}?\b(?:(?:is|are|will\s+be)\s+(?:still\s+)?(?:available|on\s+offer|offered|open|up\s+for\s+grabs)|(?:can|may)\s+be\s+(?:claimed|booked|applied\s+for))\b/iu
/** A group defined by a condition: `where a child misses more than 10%`, `wherever a site has`. */
const whereCondition = /\bwher(?:e|ever)\s+(?:a|an|any|each|every|one)\s+(?:[\p{L}-]+\s+){1,3}$/iu
/** A past verb right before the figure: `where a shackle showed 40% wear` tells what was found there, not a condition. */
const pastBefore = /(?<![\p{L}])(?:\p{L}+ed|had|was|were|showed|shown|found|saw|lost|grew|fell|rose|got|gave)\s+$/iu

/** One person's attendance, right before its tally: `Sam has attended`, `she has completed`. */
const attendedBefore =
  /(?:^|[^\p{L}'’])(?:\p{Lu}\p{Ll}+|[Hh]e|[Ss]he)\s+(?:has|had)\s+(?:now\s+|so\s+far\s+)?(?:attended|completed|missed|kept)\s+$/u
/** The sessions planned for that person, right after the tally: `eight of ten planned sessions`. */
const plannedAfter = /^\s+(?:planned|scheduled|booked|offered|agreed|prescribed)\s+(?:[\p{L}-]+\s+)?(?:sessions|appointments|visits|lessons|classes|meetings|treatments)\b/iu

/** Members or volunteers counted, from the number on: `78 member mills`, `212 individual members`, `64 active volunteers`. */
const membershipCounted = /^[\d,]+\s+(?:[\p{L}-]+\s+)?(?:members|volunteers)(?![\p{L}-])|^[\d,]+\s+member\s+\p{L}/iu

/** Every regex of this module, for the ReDoS test. */
export const descriptionPatterns: readonly RegExp[] = [
  measuredCue,
  sizeUnit,
  dimensionAfter,
  dimensionBefore,
  yieldBefore,
  leadingZero,
  capitalOpening,
  unitAfter,
  eachTakes,
  sentenceEndMark,
  ownHaving,
  willDo,
  clauseClose,
  forecastCue,
  offeredAfter,
  attendedBefore,
  plannedAfter,
  multitude,
  whereCondition,
  pastBefore,
  membershipCounted
]

/** Kinds of figure that can describe one thing or a plan: not shares, multiples or changes. */
const describedKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate'])

/**
 * Whether a statistic found at `span`, in the sentence `[sentenceStart,
 * sentenceEnd)`, is a descriptive number rather than a quantity measured
 * about the world:
 * - a label: an identifier with a leading zero (`incident 0211`) or a
 *   number word that opens a name inside a sentence (`Ninefold Assembly`);
 * - the size of one thing: a length, height or mass with its dimension
 *   named (`1.8 metres tall`, `length overall 14.2 m`, `spans 62 metres`),
 *   not the size of a thing grown, caught or lifted (`landed a pike
 *   weighing 9 kg`), which is a result measured;
 * - what the writer's own body has (`we now have 34 people`), not its
 *   members or volunteers (`we now have 78 member mills`), a count it made;
 * - what a body will do or has decided to do, in the figure's clause
 *   (`has agreed to switch 400 streetlights`, `will replace 1.2 km of
 *   track`), unless it forecasts (`will affect 40,000 families`);
 * - what an offer makes available (`up to 10 grants … are available`);
 * - a threshold of a condition (`where a child misses more than 10%`; not
 *   what was found at a place, `where a shackle showed 40% wear`);
 * - one person's attendance at the sessions planned for them (`Sam has
 *   attended eight of ten planned sessions`).
 * None applies when its sentence measures: an aggregate, a change, a
 * record or a finding (`rose`, `average`, `since`, `found`, `%`).
 */
export function isDescriptive(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const words = text.slice(span.start, span.end)
  if (leadingZero.test(words)) return true
  if (capitalOpening.test(words) && !opensSentence(text.slice(Math.max(sentenceStart, span.start - 8), span.start))) return true
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  // A condition's threshold: whatever kind of figure.
  // `the cradle swing, where a shackle showed 40% wear`: a place where something was found, in the past, is no condition.
  if (whereCondition.test(lead.slice(-60)) && !pastBefore.test(lead.slice(-24))) return true
  // `Sam has attended eight of ten planned sessions`: one person's record against their own plan.
  if (span.kind === 'proportion' && attendedBefore.test(lead.slice(-48)) && plannedAfter.test(after(text, span.end, 40))) return true
  if (!describedKinds.has(span.kind)) return false
  // `…, 12 cm longer than last year's version`: the size is compared with another version of one thing, not measured over time.
  if (eachTakes.test(before(text, span.start, 48))) return true
  // `about 2 m wide`: a span that ends before its unit names its dimension after the unit.
  const unit = unitAfter.exec(after(text, span.end, 12))
  const dimensionFrom = span.end + (sizeUnit.test(words) || unit === null ? 0 : unit[0].length)
  const sized = (sizeUnit.test(words) || unit !== null) && (dimensionAfter.test(after(text, dimensionFrom, 24)) || dimensionBefore.test(before(text, span.start, 32)))
  if (sized) return !measuredCue.test(lead.slice(-48) + ' ' + words) && !yieldBefore.test(lead.slice(-72))
  // Read once per sentence, however many figures it holds.
  if (sentenceHas(measuredCue, text, sentenceStart, sentenceEnd)) return false
  // `We now have 78 member mills`, `we currently have 64 active volunteers`: a body's own membership is a count it made.
  if (ownHaving.test(lead.slice(-64))) return !membershipCounted.test(text.slice(span.start, span.end + 24))
  if (offeredAfter.test(after(text, span.end, 64))) return true
  return inWillClause(lead) && !sentenceHas(forecastCue, text, sentenceStart, sentenceEnd) && !multitude.test(words)
}

/** Whether the words before a figure end inside a clause whose verb says what someone will do or has decided to do. */
function inWillClause(lead: string): boolean {
  let last = -1
  for (const match of lead.matchAll(willDo)) last = match.index + match[0].length
  return last !== -1 && !clauseClose.test(lead.slice(last))
}

/** Marks a sentence may open on before its first word: a bracket, a quotation mark, a dash. */
const openingMarks = new Set(['(', '[', '{', '"', "'", '“', '‘', '—', '–'])

/**
 * Whether the words before a span end where a sentence or a line starts,
 * after any opening marks: `(Forty percent …`, `“Forty percent …`.
 */
function opensSentence(lead: string): boolean {
  let end = lead.length
  while (end > 0 && (openingMarks.has(lead[end - 1]!) || lead[end - 1]!.trim() === '')) end--
  const trimmed = lead.slice(0, end)
  return trimmed === '' || lead.slice(end).includes('\n') || sentenceEndMark.test(trimmed)
}
