import type {Span} from './span.js'
import {after, before} from './span.js'

// A figure's frame: the few words around a figure that make it name, place
// or qualify one thing rather than report a finding about the world. Each
// check reads a bounded slice around the figure:
// - a pinpoint in a reference (`(Guidelines B-IV, 3.2)`): a place in a
//   document;
// - a frequency a signal is on (`on 5.8 GHz`): a band named, not measured;
// - a ratio between an article and a noun (`a 4:1 balun`): a kind of device,
//   not a ratio found (`a 3:1 majority` is one);
// - the size of a test or a survey (`a fatigue test of 20,000 cycles`, `a
//   poll of 900 farmers`), its own return (`the survey had 212 replies`)
//   or the writer's own records it rests on (`my clinic notes on 212
//   families`): its design, not its result;
// - a band a definition draws (`defines "severe" as 90 or more`);
// - a size before the noun it names, that noun the subject of a price (`16
//   ft board now sells at`): the item, not a measurement;
// - a threshold that qualifies a noun, in a sentence whose finding is a
//   comparison (`milk above 8 °C spoils twice as fast`) or a forecast
//   (`gusts above 60 mph expected`): the condition;
// - the size of a set just named, in apposition (`every map in the series,
//   all 48 of them`): what the set is, not a finding;
// - one thing's make-up over a few of its parts (`has 42 stops across three
//   manuals`);
// - a set of things each fitted with the same (`30 lamps, each fitted with
//   a dimmer`): an equipment list;
// - a set amount's new level (`the grant rose to £5,000`): set by the body
//   that pays it; the price one item sells at (`A box of ten figures now
//   costs £42`, not `…, up from £38`): set by its seller;
// - a reading of one thing against a standard (`60 mm of foam in the
//   cavity, against the required 100 mm`): an inspection of one object;
// - a size between an article and the noun it sizes (`a 16 ft Principal`,
//   `the standard 28 mm hole`): one thing's dimension named, not a measure
//   of the world (not a change or a gap: `a 2 m rise`, `a 5 km gap`).

/** A pinpoint inside a parenthesised reference: after a comma, right before the bracket closes. */
const pinpointBefore = /\([^()\n]{1,60},\s*$/u
const closeAfter = /^\s*\)/u
const bareNumber = /^\d+(?:\.\d+)*$/u
/** A frequency and the word that puts a signal on it. */
const frequencyEnd = /\d\s?(?:Hz|kHz|MHz|GHz|hertz)$/u
const onBefore = /\bon\s+$/iu
/** An article before a ratio and a noun after it that is not a count's split or a contest's margin. */
const articleBefore = /\b(?:a|an|the)\s+$/iu
const deviceAfter =
  /^\s+(?!(?:majority|margin|split|lead|ratio|win|victory|defeat|vote|advantage|chance|odds|score|scoreline|result|share|division|edge|drubbing|thrashing|rate|preference)\b)\p{Ll}[\p{L}-]{2,}\b/u
/** The size of a test, a survey or a sample: `a test of 20,000 cycles`, `a survey of 900 farmers`. */
const studyOf = /\b(?:tests?|surveys?|polls?|trials?|study|studies|census|questionnaires?|experiments?|samples?|panels?)\s+of\s+$/iu
/** A singular noun after a size, then the verb of its price or state: `16 ft board now sells at`. */
const itemSubjectAfter =
  /^\s+\p{Ll}[\p{L}-]{2,}(?<!s)\s+(?:now\s+)?(?:is|was|costs?|sells?|sold|retails?|averag(?:es|ed|ing)|rose|fell|prices?)\b/u
/** A unit of length, weight or volume closing a span. */
const sizeEnd = /\d\s?(?:m|cm|mm|km|ft|feet|foot|inches|in|kg|g|litres|liters|tonnes|tons)$/u
/** A threshold that qualifies a noun (`water above`), not a predicate (`rose above`, `was above`). */
const qualifierBefore =
  /(?<![\p{L}'’])(?!(?:is|are|was|were|be|been|being|rose|rises|risen|rise|fell|falls|fallen|fall|stayed|stays|stay|remained|remains|remain|climbed|climbs|climb|dropped|drops|drop|kept|keeps|keep|went|goes|go|stood|stands|stand|reached|peaked|got|gets|well|just|far|still|already|not|never|way|mostly|often|always|sometimes|consistently)\s)\p{L}{2,}\s+(?:above|below)\s+$/iu
/** A comparison later in the sentence: `faster than`, `three times as`. */
const comparisonAfter = /^[^.;!?]{0,80}?\b(?:\p{L}{2,}er\s+than|more\s+than|less\s+than|times\s+(?:as|more|less))\b/iu
/** A set of things each fitted with the same: `, each fitted with`, `, each with a`. */
const eachFittedAfter =
  /^,\s+each\s+(?:(?:fitted|equipped|rigged|mounted|kitted\s+out|armed|loaded|supplied)\s+with|with\s+(?:an?|its\s+own|their\s+own)\b)/iu
/** A set amount's new level: `the grant rose to`, `the fee was raised to`. */
const setAmountRose =
  /(?<!\b(?:average|median|typical|mean)\s)\b(?:grants?|allowances?|pensions?|stipends?|bursar(?:y|ies)|fees?|fines?|levy|levies|subsid(?:y|ies)|rebates?|vouchers?)\s+(?:rose|rises|increased|went\s+up|fell|(?:was|were|has\s+been|have\s+been)\s+(?:raised|increased|cut|lowered|reduced))\s+to\s+$/iu
/** What one thing holds, in one of its parts: `of mineral wool in the loft`. */
const contentsAfter = /^\s+of\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+in\s+the\s+\p{L}{3,}/iu
/** A standard the reading is checked against: `, against the recommended`. */
const againstStandard =
  /^[^.;!?]{0,60}?\bagainst\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:recommended|required|minimum|maximum|legal|permitted|target|specified)\b/iu

/** The writer's own records as a study's base: `my own clinic notes on 212 families`, `our ringing records for`. */
const ownRecordsOn =
  /\b(?:my|our)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:notes|records|files|logs|diaries|casebooks?)\s+(?:on|from|of|for|covering)\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?$/iu
/** One item as the subject of its price, from the sentence's start: `A box of ten figures now costs`, `Each kit sells for`. */
const itemPriceLead =
  /^\s*(?:A|An|One|Each)\s[^.;!?]{0,80}?\b(?:now\s+)?(?:costs|sells\s+for|retails\s+(?:at|for)|is\s+priced\s+at)\s+(?:(?:just|only)\s+)?$/u
/** A price compared, after it: `, up from £38`, `than`, `on average`. */
const priceComparedAfter = /^[^.;!?]{0,80}?\b(?:up|down)\s+(?:from|on)\b|^[^.;!?]{0,80}?\b(?:than|average|compared|twice|times)\b/iu
/** A survey's own return: `the survey had 212 replies`, `our poll drew 90 responses`. */
const surveyHadBefore =
  /\b(?:surveys?|polls?|questionnaires?|consultations?|census)\s+(?:had|has|received|drew|got|attracted|yielded)\s+(?:(?:about|around|over|some|nearly|almost|just\s+over|just\s+under|more\s+than)\s+)?$/iu
const repliesEnd = /\b(?:replies|responses|respondents|returns|entries|submissions)$/iu
/** A forecast later in the clause: `counts above 90 grains expected`. */
const forecastAfter = /^[^.;!?]{0,48}?\b(?:expected|forecast|predicted|likely)\b/iu
/** A band a definition draws: `defines "severe" as 90 or more`. */
const definedAsBefore = /\b(?:defines?|defined|classe[sd]|classif(?:y|ies|ied)|rates|rated)\b[^.;!?]{0,48}?\bas\s+$/iu
const orMoreAfter = /^\s+or\s+(?:more|above|over|higher|less|fewer|below|lower)\b/iu

/** One thing's make-up spread over a few of its parts: `has 42 stops across three manuals`. */
const hasBefore = /\b(?:has|had|have|contains?|contained|comprises?|comprised)\s+$/iu
const overPartsAfter = /^\s+(?:across|over|on|in|between)\s+(?:its\s+|the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+\p{Ll}/u

/** An article right before a size, with `standard` or `usual` between: `a`, `the standard`. */
const sizeArticleBefore = /(?:^|[^\p{L}'’])(?:a|an|the)\s+(?:(?:standard|usual|normal|single)\s+)?$/iu
/** A size alone, a number and its unit: `28 mm`, `16 ft`. */
const bareSize = /^\d[\d,.]{0,12}\s?\p{L}{1,6}$/u
/** The noun a size names, right after it: not a preposition, a comparison or a change (`of`, `more`, `rise`, `gap`). */
const sizedNounAfter =
  /^\s+(?!(?:of|per|from|to|and|or|in|on|at|by|for|with|above|below|over|under|more|less|further|farther|higher|lower|longer|shorter|deeper|wider|away|across|apart|wide|deep|long|high|tall|thick|short|off|up|down|out|back|rise|fall|drop|increase|decrease|gain|loss|reduction|jump|climb|shift|retreat|advance|lead|margin|gap|difference|deficit|surge|swing|cut|decline|growth|spread|range|rate|average)\b)\p{L}[\p{L}-]{2,}\b/iu

/** The size of a set just named, in apposition: `every title in the range, all 48 of them`. */
const allBefore = /,\s+all\s+$/iu
const ofThemEnd = /\bof\s+(?:them|these|those)$/iu

/** Every regex of this module, for the ReDoS test. */
export const framePatterns: readonly RegExp[] = [
  pinpointBefore,
  closeAfter,
  bareNumber,
  frequencyEnd,
  onBefore,
  articleBefore,
  deviceAfter,
  studyOf,
  ownRecordsOn,
  itemPriceLead,
  priceComparedAfter,
  itemSubjectAfter,
  sizeEnd,
  qualifierBefore,
  comparisonAfter,
  eachFittedAfter,
  setAmountRose,
  contentsAfter,
  againstStandard,
  surveyHadBefore,
  repliesEnd,
  forecastAfter,
  definedAsBefore,
  orMoreAfter,
  hasBefore,
  overPartsAfter,
  allBefore,
  ofThemEnd,
  sizeArticleBefore,
  bareSize,
  sizedNounAfter
]

/** Kinds of figure a frame can name or qualify: sizes, counts and sums, not shares or changes. */
const framedKinds = new Set(['count', 'approximate', 'measurement', 'scale', 'rate'])

/** Whether the figure at `span`, in the sentence that ends at `sentenceEnd`, names, places or qualifies one thing rather than reports a finding. */
export function isFramed(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const words = text.slice(span.start, span.end)
  const lead = before(text, span.start, 64)
  const rest = text.slice(span.end, Math.min(sentenceEnd, span.end + 96))
  if (span.kind === 'measurement' && bareNumber.test(words) && pinpointBefore.test(lead) && closeAfter.test(rest)) return true
  if (span.kind === 'ratio') return articleBefore.test(before(text, span.start, 8)) && deviceAfter.test(rest)
  if (span.kind === 'money') return setAmountRose.test(lead) || (span.start - sentenceStart <= 120 && itemPriceLead.test(text.slice(sentenceStart, span.start)) && !priceComparedAfter.test(rest))
  if (!framedKinds.has(span.kind)) return false
  if (frequencyEnd.test(words) && onBefore.test(before(text, span.start, 8))) return true
  if (studyOf.test(before(text, span.start, 24))) return true
  if (span.kind === 'count' && ownRecordsOn.test(before(text, span.start, 64))) return true
  if (repliesEnd.test(words) && surveyHadBefore.test(before(text, span.start, 48))) return true
  if (definedAsBefore.test(before(text, span.start, 80)) && orMoreAfter.test(rest)) return true
  if (sizeEnd.test(words) && itemSubjectAfter.test(rest)) return true
  // `the standard 28 mm hole`, `a 16 ft Principal`: one thing's dimension, between its article and its noun.
  if (span.kind === 'measurement' && bareSize.test(words) && sizeEnd.test(words) && sizeArticleBefore.test(before(text, span.start, 16)) && sizedNounAfter.test(rest)) return true
  if (qualifierBefore.test(before(text, span.start, 32)) && (comparisonAfter.test(rest) || forecastAfter.test(rest))) return true
  if (eachFittedAfter.test(rest)) return true
  if (ofThemEnd.test(words) && allBefore.test(before(text, span.start, 8))) return true
  if (span.kind === 'count' && hasBefore.test(before(text, span.start, 16)) && overPartsAfter.test(rest)) return true
  return span.kind === 'measurement' && contentsAfter.test(rest) && againstStandard.test(rest)
}
