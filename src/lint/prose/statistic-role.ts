import type {Span} from './span.js'
import {after, before} from './span.js'

// The role a sentence plays, read once per sentence from its grammar: a
// report of a finding (its figures need a source) or one of the roles whose
// figures a reviewer does not ask a source for:
// - the narrative of an event of the writer's own group: a winner's weight or
//   a day's bag (`won with 6 lb 2 oz`, `took a bag of 14`) or the event's
//   own length (`the teams event ran to 28 boards`), in a paragraph in
//   the first person plural (an event's attendance, `Our open drew 38
//   anglers`, stays a finding: older sets label it so);
// - a rule or specification: a sentence that opens on the rules and lists
//   them after a colon (`Rules for the series are unchanged: a maximum of
//   …`), or a bound it sets (`a capacity not exceeding 20 litres`);
// - a method: a passive of a process with its manner (`were dried at 30 °C,
//   sieved to 2 mm`, `have been adjusted using a factor of 0.84`), the
//   writer's sampling (`we took 12 cores per plot`), a method's precision
//   (`±0.5 mg`) or a threshold a rule of thumb reads (`above 120 kg … means`);
// - a description of a thing: `X is a … with a … of`, a measurement that
//   locates (`at 25 cm depth`, `3 metres from the chamber`) or names its
//   dimension (`to a depth of 180 mm`, `300 mm diameter`), a place in a
//   direction from another (`lies 2 km east of`), a height that qualifies
//   (`risk is moderate above 1,500 m`) or one a thing is fixed at (`a plate
//   about two metres up`);
// - advice or an offer: a recommendation (`is recommended`, `the
//   coastguard recommends`), a `you`
//   condition followed by an instruction (`If you …, keep each under 20
//   kg`), a limit advised (`should take no more than half`), an amount
//   advised (`should lose about 30 kg`, not `should reach`) or an offer's
//   limit (`is included up to £10,000`); not what a clause after the
//   advice says a body has done (`, and our clinic has now seen 880 of
//   them`);
// - a limit a refusal sets (`we cannot accept boxes of more than 2,000
//   pieces`) or a schedule, how often a routine is done to a thing (`the
//   meters are checked at least six times a year`).
// None of them holds when the sentence measures: a share, a change, an
// average or a comparison (`measured`), and shares, changes and multiples
// are reports in any role but a rule's or an advice's limit.

/** Words that make a sentence report what was measured. */
const measured =
  /%|\bper\s?cent\b|\b(?:average|averaged|median|mean|rose|risen|fell|fallen|increased|decreased|declined|doubled|halved|up\s+on|down\s+on|up\s+from|down\s+from|compared|record|found|showed|exceeded|twice|times\s+(?:as|more|higher))\b/iu
/** A paragraph in the first person plural: the writer's own group. */
const ownGroup = /\b(?:we|our|us)\b/iu
/** An event's narrative: a winner's weight or a day's bag. */
const eventVerb =
  /\b(?:won\s+with|took\s+(?:a\s+)?(?:bag|haul|catch|total)\s+of|(?:event|match|game|session|tournament|congress|heat|race|drive|competition|contest)\s+(?:(?:[^.;!?]|\.(?=\d)){0,48}?\s)?(?:ran|lasted|went)\s+(?:to|for|over))\s/iu
/** A sentence that opens on rules and lists them after a colon. */
const ruleFrame =
  /^[^:.!?]{0,80}?\b(?:rules?|regulations?|requirements?|conditions?|restrictions?|limits?|terms|specifications?|standards?)\b[^:.!?]{0,48}:\s/iu
/** A bound right before a figure: `not exceeding`, `of no more than`. */
const boundBefore = /\b(?:not\s+exceeding|exceeding|not\s+more\s+than|not\s+less\s+than|no\s+(?:more|less|greater|larger)\s+than|not\s+over|not\s+under)\s+$/iu
/** `no ` or `not ` right before a span that opens on `more than`: a limit (`no more than half the budget`). */
const negationBefore = /\b(?:no|not)\s+$/iu
const comparativeOpening = /^(?:more|less|greater|fewer)\s+than\s/iu
/** A passive of a process with its manner: `were air-dried at`, `have been bias-adjusted using`. */
const processPassive =
  /\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:first|then|also|each|all|routinely)\s+)?(?!(?:estimated|expected|projected|forecast|predicted|reported|thought|believed|said|known|recorded|measured|counted|found|valued|put|set|used|linked|attributed|associated|exposed|affected)\b)[\p{L}-]+(?:ed|wn|ne)\s+(?:at|to(?=\s+\d)|using|following|according\s+to)\s/iu
/** The writer's sampling: `we took 25 cores per field`. */
const ownSampling = /\bwe\s+(?:then\s+|also\s+)?(?:took|drew|collected|dug|cut|set|placed|laid|sampled|fitted|used)\s+$/iu
const perAfter = /^\s*(?:per|each|from\s+each|in\s+each|at\s+each)\b/iu
const perInside = /\s(?:per|each)\s/iu
/** A method's precision: `±0.5 mg`. */
const plusMinusBefore = /±\s?$/u
/** A deviation read as a result, right before its `±`: `was measured at ±18 mm`, `came in at ±4 mm` (a finding, not a method's precision). */
const measuredAtBefore = /\b(?:measured|recorded|found|logged|read|came\s+in|stood)\s+(?:to\s+be\s+)?(?:at\s+)?±\s?$/iu
/** A threshold of a rule of thumb: `above 120 kg N/ha means`. */
const thresholdBefore = /\b(?:above|below|over|under|exceeding|greater\s+than|less\s+than)\s+$/iu
const meansAfter = /^[^.;!?]{0,40}?\b(?:means|indicates|signals|implies|is\s+(?:considered|classed|regarded|treated))\b/iu
/** `X is a … with a … of`: a description of one thing. */
const describedThing = /^[^.;!?]{0,40}?\b(?:is|was)\s+an?\s/iu
/** `with a`, read within the clause after `is a`. */
const withA = /^[^.;!?]*?\bwith\s+an?\s/iu
/** A measurement that locates: `at 25 cm`, `… from the chamber`, `… depth`. */
const lengthUnit = /(?:\d\s?|\s)(?:m|cm|mm|km|met(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|ft|feet|inches)$/iu
/** A period right after a length: `1 mm a year`, `12 metres per decade`, `3 cm each winter` (not `at 25 cm depth`). */
const periodRateAfter = /^\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year|decade|century|winter|summer|season)\b/iu
const atBefore = /(?<!\b(?:is|are|was|were|be|been|stood|stands|stand|peaked|peaks|reached|remained|stayed|levelled|leveled|settled|capped|put|estimated|valued|priced|measured|recorded|fixed|set|held|kept)\s)\bat\s+$/iu
/** A unit of length right after a bare number: `1.5 m`. */
const lengthAfter = /^\s?(?:m|cm|mm)\b/u
/** A digit right before a span: the span is a number's tail, not a number of its own. */
const digitBefore = /\d$/u
/** A word right before a figure that makes it a noun's postmodifier (`a joint 3 metres from`), not a predicate (`is 40 metres from`). */
const postmodifierBefore =
  /(?<![\p{L}'’])(?!(?:is|are|was|were|be|been|being|lies|lay|lie|sits|sat|sit|stands|stood|stand|located|situated|lives|lived|live|only|just|about|around|some|roughly|nearly|almost|over|under|within|than|and|or|by|to|of)\s)\p{L}{2,}\s+$/iu
/** A height a thing is fixed at, after its noun: `a plate about two metres up`, `a box 3 m off the ground` (not `up the wall`). */
const heightUpAfter = /^\s+(?:up|high|off\s+the\s+ground|above\s+(?:the\s+)?(?:ground|floor|pavement))\b(?!\s+(?:from|to|the|on|in|by|a|an)\b)/iu
const locatingAfter = /^\s*(?:depth\b|deep\b|from\s+the\b|away\s+from\b|below\s+the\b|above\s+the\b|along\s+the\b|into\s+the\b|beyond\s+the\b|behind\s+the\b|inside\s+the\b)/iu
/** An approximation opening a span: `up to 10 km from the hive` is a reach, not a place. */
const approximationOpening = /^(?:up\s+to|as\s+far\s+as|more\s+than|over|about|around|nearly|almost|some)\s/iu
const approximationBefore = /\b(?:up\s+to|as\s+far\s+as|more\s+than|over|about|around|nearly|almost|some)\s+$/iu
/** A dimension named: `to a depth of`, `… diameter`. */
const dimensionOf = /\b(?:depth|diameter|girth|thickness|radius)\s+of\s+(?:(?:up\s+to|about|around|some)\s+)?$/iu
/** An extreme or a summary of a dimension right before the figure: `a maximum pit depth of`, `mean thickness of`. */
const extremeDimension = /\b(?:maximum|minimum|max\.?|min\.?|greatest|mean|average|median|measured)\s+(?:[\p{L}-]+\s+)?(?:depth|diameter|girth|thickness|radius)\s+of\s+(?:(?:up\s+to|about|around|some)\s+)?$/iu
const dimensionAfter = /^\s*(?:diameter|girth|depth|thickness|radius|spread)\b/iu
/** An amount advised, right before the figure: `should lose about 2 kg`, `must rest at 60 °C`, the far end of an advised range (`should measure 17 to`); not a forecast (`should reach`). */
const advisedBefore =
  /\b(?:should|must|ought\s+to|needs?\s+to)\s+(?!(?:reach|top|hit|exceed|rise|fall|grow|climb|be|total|approach|pass|cross|increase|decrease|drop\s+to|fall\s+to|see|cost|save|mean)\b)\p{L}+\s+(?:(?:at|to|by|for|about|around|roughly|some|up\s+to|no\s+more\s+than)\s+){0,2}(?:\d[\d.,]{0,8}\s?(?:to|and|or|-|–)\s?)?$/iu
/** A direction from a place: `2 km north of the village`, `3 km to the east`, `5 miles north east of the town`. */
const compassAfter =
  /^\s*(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of|to\s+the\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west))\b/iu
/** A distance in any unit, as a span ends: `3 km`, `five miles`, `200 yards`. */
const distanceUnit = /(?:\d\s?|\s)(?:m|km|met(?:re|er)s?|kilomet(?:re|er)s?|ft|feet|miles?|yards?)$/iu
/** A verb of movement right before a distance: `retreated 3 km to the north` is a change, not a place. */
const motionBefore =
  /\b(?:retreated|receded|advanced|moved|shifted|drifted|travell?ed|migrated|spread|flew|walked|ran|swam|sailed|rode|drove|extended|grew|eroded|slid)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/iu
/** A height or depth that qualifies (`risk is high above 2,000 m`), not a predicate (`rose above`). */
const heightBefore =
  /(?<!\b(?:is|are|was|were|be|been|rose|rises|risen|fell|falls|fallen|stayed|remained|climbed|dropped|went|stood|stands|reached|peaked|now|well|just|far|still|not|never)\s)\b(?:above|below)\s+$/iu
/** A recommendation: `is recommended`, `we recommend`, a body's `The coastguard recommends`. */
const recommended = /\b(?:(?:is|are)\s+(?:recommended|advised|advisable|suggested)|we\s+(?:recommend|advise|suggest)|recommends|advises|urges)\b/iu
/** A clause after advice that reports what a body has done: `, and our clinic has now stratified`, `, but we have already treated`. */
const doneAfterAdvice =
  /,\s+(?:and|but|so)\s+(?:(?:our|the|its|their|this)\s+(?:[\p{L}'’-]+\s+){0,3}?|we\s+|it\s+|they\s+)(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+|since\s+)?\p{L}+ed\s+(?:[\p{L}-]+\s+){0,3}?$/iu
/** A modal of advice. */
const adviceModal = /\b(?:should|must|ought\s+to|need\s+to|needs\s+to)\b/iu
/** A `you` condition, then a clause with no subject: an instruction (`If you pack, keep each under 20 kg`). */
const youCondition =
  /^[^\p{L}]{0,3}(?:if|when|once|before)\s+you\b[^,.;!?]{0,80},\s+(?!(?:the|a|an|this|that|it|they|we|he|she|you|i|there|your|our|their|its|some|most|many|all|each|every|no)\b)\p{L}+(?<!s|ed|ing)\s/iu
/** A refusal in the clause before a figure: `we cannot accept boxes of`, `the lift will not take loads over`. */
const refusalBefore =
  /\b(?:cannot|can['’]t|can\s+not|do\s+not|don['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t|may\s+not|must\s+not)\s+(?:accept|allow|admit|take|carry|lend|ship|store|hold|permit|seat)\b[^.;:!?]{0,60}$/iu
/** A span that opens on a bound: `more than 2,000 pieces`, `over 20 kg`. */
const boundOpening = /^(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below)\s/iu
/** A routine done to a thing, in the passive, before a frequency: `are checked by gaugings at least`, `is serviced`. */
const routineBefore =
  /\b(?:is|are|gets|get)\s+(?:(?:usually|routinely|normally|also|then)\s+)?(?:checked|inspected|serviced|tested|cleaned|emptied|calibrated|reviewed|audited|monitored|sampled|maintained|flushed|mown|cut|updated|gauged)\b[^.;:!?]{0,80}$/iu
/** A comparison with a set or other figure right after a size: `, below the 300 mm required`, `, well short of the`. */
const againstSetAfter =
  /^,?\s+(?:(?:well|just|far|some\s+way|comfortably)\s+)?(?:below|above|under|over|short\s+of|beyond|less\s+than|more\s+than)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:\d|(?:required|recommended|specified|permitted|minimum|maximum|design)\b)/iu
/** A frequency in a span: `six times a year`, `once a week`. */
const frequencyWords = /\b(?:once|twice|times)\s+(?:a|an|per|each|every)\s/iu
/** An offer's limit: `is included up to`, `are covered up to`. */
const offerLimit = /\b(?:is|are)\s+(?:included|covered|provided|refunded|insured)\s+(?:up\s+to\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const rolePatterns: readonly RegExp[] = [
  measured,
  periodRateAfter,
  measuredAtBefore,
  ownGroup,
  eventVerb,
  ruleFrame,
  boundBefore,
  negationBefore,
  comparativeOpening,
  processPassive,
  ownSampling,
  perAfter,
  perInside,
  plusMinusBefore,
  thresholdBefore,
  meansAfter,
  describedThing,
  withA,
  lengthUnit,
  atBefore,
  lengthAfter,
  digitBefore,
  locatingAfter,
  heightUpAfter,
  postmodifierBefore,
  approximationOpening,
  approximationBefore,
  dimensionOf,
  extremeDimension,
  dimensionAfter,
  recommended,
  adviceModal,
  doneAfterAdvice,
  youCondition,
  offerLimit,
  refusalBefore,
  boundOpening,
  routineBefore,
  frequencyWords,
  againstSetAfter,
  advisedBefore,
  compassAfter,
  distanceUnit,
  motionBefore,
  heightBefore
]

/** What a sentence does with its figures. */
export type Role = 'finding' | 'event' | 'rule' | 'method' | 'description' | 'advice'

/** What a sentence reads as, with where its role's cue ends (figures after it take the role). */
export interface SentenceRole {
  role: Role
  /** Offset into the sentence after which the role holds (the colon of a rule, the verb of an event). */
  from: number
  /** Whether the sentence measures (a share, a change, an average). */
  measures: boolean
}

/** Kinds of figure a description, a method or an event gives: sizes and counts, not shares or changes. */
const sizeKinds = new Set(['count', 'approximate', 'measurement', 'scale', 'rate'])
/** Kinds a rule or an advice can set: sizes, sums and shares as limits. */
const limitKinds = new Set(['count', 'approximate', 'measurement', 'scale', 'rate', 'money', 'percentage', 'proportion'])

/** The role of one sentence, read once: `ownVoice` is whether its paragraph speaks in the first person plural. */
export function roleOf(sentence: string, ownVoice: boolean): SentenceRole {
  const measures = measured.test(sentence)
  const rule = ruleFrame.exec(sentence)
  if (rule) return {role: 'rule', from: rule[0].length, measures}
  if (recommended.test(sentence) || youCondition.test(sentence)) return {role: 'advice', from: 0, measures}
  const event = ownVoice ? eventVerb.exec(sentence) : null
  if (event) return {role: 'event', from: event.index, measures}
  const process = processPassive.exec(sentence)
  if (process) return {role: 'method', from: process.index, measures}
  const described = describedThing.exec(sentence)
  if (described && withA.test(sentence.slice(described[0].length, described[0].length + 96))) return {role: 'description', from: 0, measures}
  return {role: 'finding', from: 0, measures}
}

/** Whether a paragraph speaks in the first person plural. */
export function speaksAsGroup(text: string): boolean {
  return ownGroup.test(text)
}

/**
 * Whether the figure at `span`, in the sentence from `sentenceStart` whose
 * role is `role`, is no finding: the sentence's role covers it, or the
 * figure's own frame sets, locates or bounds it (a bound, a precision, a
 * threshold a rule of thumb reads, a located or dimensioned measurement, a
 * limit advised or offered, the writer's sampling).
 */
export function roleExcuses(text: string, span: Span, sentenceStart: number, role: SentenceRole): boolean {
  const words = text.slice(span.start, span.end)
  const lead = before(text, span.start, 48)
  const inRole = span.start - sentenceStart >= role.from
  if (role.role === 'rule' && inRole && limitKinds.has(span.kind)) return true
  // A limit: `not exceeding 20 litres`, an advised `no more than half the budget`.
  if (limitKinds.has(span.kind) && boundBefore.test(lead)) return true
  const negatedComparative = negationBefore.test(before(text, span.start, 8)) && comparativeOpening.test(words)
  if (negatedComparative && (role.role === 'advice' || adviceModal.test(text.slice(sentenceStart, span.start)))) return true
  // A limit a refusal sets: `we cannot accept puzzles of more than 2,000 pieces`.
  if (limitKinds.has(span.kind) && boundOpening.test(words) && refusalBefore.test(before(text, span.start, 120))) return true
  // A schedule: how often a routine is done to a thing (`are checked by gaugings at least six times a year`).
  if (span.kind === 'rate' && frequencyWords.test(words) && !role.measures && routineBefore.test(before(text, span.start, 120))) return true
  if (span.kind === 'money' && offerLimit.test(before(text, span.start, 40) + (words.startsWith('up to ') ? 'up to ' : ''))) return true
  if (!sizeKinds.has(span.kind)) return false
  // `accurate to ±0.5 mg` states a precision; `was measured at ±18 mm` reports a deviation found.
  if (plusMinusBefore.test(before(text, span.start, 4)) && !measuredAtBefore.test(before(text, span.start, 32))) return true
  if (advisedBefore.test(before(text, span.start, 40)) && !role.measures) return true
  if (thresholdBefore.test(before(text, span.start, 16)) && meansAfter.test(after(text, span.end, 64))) return true
  if (ownSampling.test(lead) && (perAfter.test(after(text, span.end, 16)) || perInside.test(words))) return true
  if (located(text, span, words)) return true
  if (role.measures) return false
  // `recommends that every patient is seen, and our clinic has now seen 880 of them`: what was done after the advice is a result.
  if (role.role === 'advice' && doneAfterAdvice.test(before(text, span.start, 120))) return false
  return role.role !== 'finding' && inRole
}

/** Whether a length locates or dimensions one thing: `at 25 cm depth`, `3 metres from the chamber`, `to a depth of 180 mm`, `300 mm diameter` (not one held against a set size: `to a depth of 190 mm, below the 300 mm required`). */
function located(text: string, span: Span, words: string): boolean {
  // `sinking at 1 mm a year`, `retreating at 12 metres per year`: a length over a period is a rate of change, not a place.
  if (periodRateAfter.test(after(text, span.end, 24))) return false
  // A place given by a distance and a direction: `The nearest roost is 3 km to the east`, `a farm five miles north of the town`.
  if (distanceUnit.test(words) && compassAfter.test(after(text, span.end, 32)) && !motionBefore.test(before(text, span.start, 32))) return true
  if (!lengthUnit.test(words) && !lengthAfter.test(after(text, span.end, 4))) return false
  // `a maximum pit depth of 4.8 mm`: an extreme of a dimension is measured, not a thing's size.
  if (extremeDimension.test(before(text, span.start, 48))) return false
  // `to a depth of 190 mm, below the 300 mm required`: a size held against a set one is a reading, measured.
  if (againstSetAfter.test(after(text, span.end, 48))) return false
  return (
    (atBefore.test(before(text, span.start, 24)) && !digitBefore.test(before(text, span.start, 1))) ||
    (locatingAfter.test(after(text, span.end, 24)) && postmodifierBefore.test(before(text, span.start, 24)) && !approximationOpening.test(words) && !approximationBefore.test(before(text, span.start, 16))) ||
    (heightUpAfter.test(after(text, span.end, 32)) && postmodifierBefore.test(before(text, span.start, 24))) ||
    dimensionOf.test(before(text, span.start, 40)) ||
    heightBefore.test(before(text, span.start, 24)) ||
    dimensionAfter.test(after(text, span.end, 16))
  )
}
