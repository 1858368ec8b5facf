import type {Span} from './span.js'
import {after, before} from './span.js'

// Figures that set, describe or ask rather than report: a setting an
// appliance or a process is run at (`wash at 40 °C`), the length of one
// route, a gradient (`a batter of one in six`), the item a price list
// prices (`for 47 x 150 mm C24 at 4.8 m is £14.20`), the temperature the
// writer's own apparatus held (`Our offset held 121 °C`), a product's
// dimensions, a fine or a fee a rule sets (`fines of up to £5,000`), a
// group defined by a sum (`for estates over £5,000`), a minimum or maximum
// a rule sets (`the minimum level is 125 g/L`) or a target names (`the
// target range for the crop is 6.0 to 6.5`), the strength a product is used
// at (`a bleach solution at 1,000 ppm`), the level the writer sets a
// machine at or a process step is done at (`We set the brazer at 78% power`),
// a length set by moving or resizing
// a thing (`the zone is increased to 15 m`) and a reading a reader asks
// about (`asks why her reading never drops below 0.25 ppm`). A reviewer
// asks none of them for a source. Each check reads a bounded slice of the
// figure's own sentence.

/** A temperature after a verb of a process run at it: `wash at 40 °C`, `Washing at 30 °C instead of 40 °C`, `store it at 4 °C`. */
const settingBefore =
  /\b(?:wash(?:es|ed|ing)?|bak(?:e|es|ed|ing)|cook(?:s|ed|ing)?|roast(?:s|ed|ing)?|heat(?:s|ed|ing)?|stor(?:e|es|ed|ing)|dry|dries|dried|drying|rins(?:e|es|ed|ing)|boil(?:s|ed|ing)?|simmer(?:s|ed|ing)?|keep|keeps|kept|keeping|serv(?:e|es|ed|ing)|iron(?:s|ed|ing)?|set|sets|setting)\s+(?:(?:it|them|this|these|everything|the\s+[\p{L}-]+|your\s+[\p{L}-]+)\s+)?at\s+(?:\d+(?:\.\d+)?\s?(?:°[CF]|degrees)\s+(?:instead\s+of|rather\s+than|or|and|not)\s+(?:at\s+)?)?$/iu
/**
 * The writer setting or running their own machine at a level, right before
 * it: `We set the induction brazer at`, `I run the kiln at`, `we keep the
 * press at`. The level is the writer's method, not a finding.
 */
const ownSetAt =
  /\b(?:[Ww]e|I)\s+(?:(?:usually|always|normally|now)\s+)?(?:set|sets|run|ran|runs|keep|kept|operate|operated|fire|fired)\s+(?:the|our|my|each|every)\s+(?:[\p{L}\d-]+\s+){0,3}?at\s+$/u
/**
 * A step of a process done on or in a machine, then `at`, right before the
 * level: `Grinding is done on the Vollmer CHD at`, `Drying is carried out in
 * a kiln at`. The workshop's own setting for the step.
 */
const doneOnAt =
  /\b(?:is|are)\s+(?:done|carried\s+out|performed)\s+(?:on|in|with)\s+(?:an?\s+|the\s+|our\s+)?(?:[\p{L}\d-]+\s+){1,3}?at\s+$/iu
/** The writer's own apparatus holding a level, right before it: `Our offset held`, `my kiln ran at`, `our rig sat at a steady`. */
const ownHeldBefore =
  /\b(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:held|holds|kept|keeps|ran\s+at|runs\s+at|sat\s+at|sits\s+at|stayed\s+at|stays\s+at)\s+(?:(?:a\s+steady|steady|about|around|roughly)\s+)?$/iu
/** A range of temperature a store keeps, right before its upper end: `keeps samples between 2 and `, `stored between 2 and `. */
const keptBetween =
  /\b(?:stor(?:e|es|ed|ing)|keep|keeps|kept|keeping|hold|holds|held)\s+(?:[\p{L}-]+\s+){0,2}?between\s+-?\d{1,4}(?:\.\d{1,2})?\s?(?:°[CF])?\s+and\s+$/iu
/** A band of temperature a process or storage is named at, right before the figure: `storage above 20°C`, `kept below 5 °C`, `washing over 60 °C`. */
const settingBand =
  /\b(?:stor(?:e|es|ed|ing|age)|keep|keeps|kept|keeping|wash(?:es|ed|ing)?|dry|dried|drying|heat(?:ed|ing)?|cook(?:ed|ing)?|bak(?:ed|ing)|us(?:e|ed|ing))\s+(?:(?:it|them|the\s+[\p{L}-]+)\s+)?(?:above|below|under|over)\s+$/iu
/**
 * A setting something is switched to, right before the figure: `switched the
 * main furnace to a lower idle temperature of`, `turned the boiler down to a
 * flow temperature of`, `reset the pump to a speed of`. Whoever switches it
 * sets the figure.
 */
const switchedTo =
  /\b(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?\s+(?:down|up)|turn(?:s|ed|ing)?|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|reset(?:s|ting)?|chang(?:e|es|ed|ing)|adjust(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?(?:temperature|setting|speed|pressure|thermostat|flow\s+rate|output)\s+of\s+(?:about\s+|around\s+)?$/iu
/**
 * The condition a rate is given at, right before the figure: `about 4 litres
 * an hour at 6 knots`, `9 litres per 100 km at 50 mph`. The speed or load names
 * where the rate was read; the rate is the figure.
 */
const rateConditionBefore = /(?<![\d.,])\d[\d.,]{0,10}\s?(?:[\p{L}/]{1,16}\s){1,3}?(?:an?|per)\s(?:\d[\d,.]{0,10}\s?)?\p{L}{1,16}\sat\s$/iu
/** A unit of temperature ending a span. */
const temperatureEnd = /(?:°[CF]|degrees)$/u
/** The length of one route or course: `The route of 64 miles`, `a circuit of about 12 km`. */
const routeBefore = /\b(?:route|course|circuit|loop|trail|lap|leg|stage)\s+of\s+(?:about\s+|around\s+|some\s+|just\s+over\s+|just\s+under\s+)?$/iu
/** A race, then `over`, right before its distance: `the Derby final over`, `a handicap over a distance of`. A race's trip is the length its organiser sets. */
const raceOver =
  /\b(?:race|final|heat|handicap|stakes|sprint|hurdle|chase|derby|marathon|relay|event|contest)s?\s+(?:[\p{L}'’-]+\s+){0,2}?over\s+(?:a\s+(?:trip|distance)\s+of\s+)?$/iu
/**
 * A participle of fixing or placing a thing, with what fixes it, then `at`,
 * right before the figure: `transition fixed by zigzag tape at`, `the probe
 * mounted at`, `the gauge positioned at`. Where the setup puts a thing is its
 * setting, not a reading.
 */
const fixedAt =
  /\b(?:fixed|mounted|placed|positioned|located|clamped|pinned|tripped)\s+(?:(?:by|with|on|using)\s+(?:[\p{L}'’-]+\s+){1,3}?)?at\s+$/iu
/** A walk, a tour or a course, then a verb of covering, right before its length: `The walking tour covers`, `the ride is`. */
const routeCovers =
  /\b(?:walk|walking\s+tour|tour|route|course|circuit|loop|trail|ride|hike|ramble)\s+(?:covers|is|runs\s+for|takes\s+in)\s+$/iu
/** The route a length is of, right after it: `9 km course`, `12-mile loop` (the length names the route an organiser laid out). */
const routeAfter = /^[\s-]+(?:(?:circular|hill|road|trail|fell|coastal|cross-country)\s+)?(?:course|route|loop|circuit|trail|walk)\b/iu
/** A comparison right after a length: ` shorter than`, ` longer`, ` more` (`The course is 8 miles shorter` compares; it stays a statistic). */
const comparedAfter = /^\s+(?:shorter|longer|further|farther|more|less|fewer)\b/iu
/** A sprint named by its start, right before its distance: `Her flying`, `the standing`: the distance names the event ridden or run. */
const sprintStartBefore = /\b(?:flying|standing|rolling)\s+$/iu
/** A unit of length ending a span: `km`, `kilometres`, `miles`. */
const lengthEnd = /(?:\bkm|\bmi|\bmiles?|kilomet(?:re|er)s?|\bmetres?|\bmeters?|\bm)$/iu
/**
 * A passive of a verb of placing or resizing, right before a length: `has
 * been moved`, `is set back`, `will be extended to`; whoever moves the
 * hoarding or widens the zone sets the length.
 */
const placedBefore =
  /\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?(?:moved|set|pushed|relocated|extended|widened|increased|reduced|shortened|lengthened)\s+(?:(?:back|out|forward|in)\s+)?(?:to\s+)?$/iu
/** The same verb opening a change, with the passive's copula before it: `is increased to`, `has been widened to`. */
const placedChangeOpening = /^(?:moved|extended|widened|increased|reduced|shortened|lengthened)\s+to\s/iu
const copulaEnd = /\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?$/iu
/** A unit of length right after a change's figure: ` m`, ` metres`. */
const lengthAfter = /^\s?(?:mm|cm|m|km|metres?|meters?|miles?|feet|ft)(?![\p{L}\d])/iu
/** A product or a solution used at a strength, right before it: `a chlorine-based product at`, `a bleach solution at`. */
const strengthBefore =
  /\b(?:product|solution|disinfectant|bleach|detergent|sanitiser|sanitizer|cleaner|dilution|dip|spray)\s+(?:diluted\s+)?(?:at|of)\s+$/iu
/** A unit of strength ending a span: `ppm`, `%`, `mg/L`. */
const strengthEnd = /(?:ppm|%|mg\/l)$/iu
/** A gradient: `a batter of one in six`, `a slope of 1 in 12`. */
const gradientBefore = /\b(?:batter|slope|gradient|incline|camber|pitch|fall)\s+of\s+(?:about\s+|around\s+|roughly\s+)?$/iu
const oneInOpening = /^(?:one|1)\s+in\s/iu
/** A product's dimensions: `47 x 150 mm`, `2 × 4` (not a power of ten: `1.2 × 10⁻⁸`). */
const dimensionBefore = /\d\s?[x×]\s?$/u
const dimensionAfter = /^\s?[x×]\s?\d(?!0[⁻⁰¹²³⁴⁵⁶⁷⁸⁹^])/u
/** The item a price list prices, before the figure: `Our list price for 47 x`. */
const pricedItem = /\bprices?\s+(?:for|of)\s/giu
/** Its price, after the figure: `… at 4.8 m is £14.20`. */
const priceFollows = /^[^.;!?]{0,40}?\s(?:is|are|will\s+be)\s+(?:now\s+)?[£$€]\d/u
/** A fine, fee or charge a rule sets, right before the sum: `fines of up to`, `a penalty of`. */
const chargeBefore = /\b(?:fines?|penalt(?:y|ies)|fees?|surcharges?|charges?)\s+of\s+(?:up\s+to\s+)?$/iu
/** A fine or a penalty as the subject of a copula, with the offence it is for: `the fine for a first offence is up to`, `the penalty is`. */
const penaltyIs =
  /\b(?:fines?|penalt(?:y|ies))\s+(?:for\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:is|are|will\s+be|remains)\s+(?:(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of)\s+)?$/iu
/** A further share of a charge just set as a share, in the same clause: `a fee of 6% of sales, with a further`. */
const furtherChargeBefore =
  /\b(?:fees?|penalt(?:y|ies)|surcharges?|charges?|levy|commission)\s+of\s+\d[\d.]{0,6}\s?%[^.;!?]{0,80}?\b(?:a\s+further|another|an\s+additional|plus)\s+$/iu
/** Words that make a sum of fines an aggregate measured. */
const chargeMeasured = /\b(?:total|totalling|totaling|average|averaging|combined|record|collected|paid|rose|fell|increased|doubled)\b/iu
/** A group defined by a sum: `for estates over £5,000`, `on incomes above £100,000`. */
const sumGroupBefore = /\b(?:for|on|to|with)\s+(?:[\p{L}-]+\s+)?\p{L}{2,30}s\s+(?:worth\s+)?(?:over|under|above|below|exceeding|of\s+more\s+than|of\s+less\s+than)\s+$/iu
/**
 * A minimum or maximum a rule sets, governing the clause: `The minimum haemoglobin level is`;
 * or a target or a limit named for what it governs: `The target range for the crop is`, `the limit on nitrate is`.
 */
const boundIs =
  /\b(?:(?:minimum|maximum)\s+(?:[\p{L}-]+\s+){0,2}?|(?:target|limit|threshold|tolerance|ceiling)\s+(?:(?:range|level|value|band)\s+)?(?:for|of|on)\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:is|are)\s/giu
/** A reader's indirect question: `A reader asks why`, `one caller wonders whether`; a report that asks why presupposes its figure. */
const askedWhy =
  /\b(?:a|one|our)\s+(?:[\p{L}-]+\s+)?(?:reader|listener|viewer|caller|customer|member|client|correspondent|subscriber|user|owner|parent|patient|tenant)\s+(?:asks|asked|wonders|wondered|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:why|whether|if|how|what)\s/giu
/** A chance of what would have happened, as a tribunal assesses it: `a 50% chance that the claimant would have been dismissed` (read in a bounded slice after the figure). */
const counterfactualAfter = /^\s+(?:chance|likelihood|probability)\sthat\s[^.;!?]*?\bwould\s+(?:not\s+)?have\b/iu
/** A mark or a conjunction that closes a clause. */
const clauseEnd = /[;:]|,\s+(?:but|while|whereas|although|though|yet)\s/u

/** Every regex of this module, for the ReDoS test. */
export const settingPatterns: readonly RegExp[] = [
  ownHeldBefore,
  raceOver,
  sprintStartBefore,
  fixedAt,
  settingBand,
  keptBetween,
  settingBefore,
  switchedTo,
  rateConditionBefore,
  temperatureEnd,
  routeBefore,
  routeCovers,
  routeAfter,
  comparedAfter,
  lengthEnd,
  strengthBefore,
  ownSetAt,
  doneOnAt,
  placedBefore,
  placedChangeOpening,
  copulaEnd,
  lengthAfter,
  strengthEnd,
  gradientBefore,
  oneInOpening,
  dimensionBefore,
  dimensionAfter,
  pricedItem,
  priceFollows,
  chargeBefore,
  penaltyIs,
  furtherChargeBefore,
  chargeMeasured,
  counterfactualAfter,
  sumGroupBefore,
  boundIs,
  askedWhy,
  clauseEnd
]

/** Kinds of figure that a setting, a size or a bound can be: not changes or multiples. */
const settingKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate', 'percentage'])

/**
 * Whether a statistic at `span`, in the sentence starting at
 * `sentenceStart`, sets, describes or asks rather than reports:
 * - a temperature a process is run at (`wash them at 60 °C`), or a band of
 *   it a process or storage is named at (`storage above 20°C`);
 * - a setting something is switched to (`switched the furnace to an idle
 *   temperature of 1,080°C`), the level the writer sets or runs their own
 *   machine at (`We set the brazer at 78% power`) or a process step is done
 *   on a machine at (`Grinding is done on the grinder at 3,000 rpm`);
 * - the condition a rate is read at (`4 litres an hour at 6 knots`);
 * - the trip a race is run over (`the Derby final over 480 metres`) and
 *   where a setup fixes or places a thing (`transition fixed by zigzag tape
 *   at 5% chord`, `the probe mounted at 40 mm`);
 * - the length of one route, a gradient, a product's dimensions or the
 *   item a price list prices; a route's length also after a verb of
 *   covering (`the walking tour covers about 2.5 km`) or before the route's
 *   noun (`the usual 9 km course`), not compared (`8 miles shorter`);
 * - a sprint's distance named with its start (`Her flying 200 m was timed
 *   at`), the event, not a length measured;
 * - a length set by moving or resizing a thing, in a passive (`the zone is
 *   increased to 15 m`, `the fence has been moved 2 m back`);
 * - the strength a product or a solution is used at (`a bleach solution at
 *   1,000 ppm`);
 * - a fine or fee a rule sets (`fines of up to £5,000 per offence`, `the
 *   fine for a first offence is up to £500`, a
 *   penalty of 15%, a fee of 6% of sales with a further 2%) or a group
 *   defined by a sum (`for estates over £5,000`);
 * - a figure in a clause governed by a minimum or maximum (`The minimum
 *   level is 125 g/L for women and 135 g/L for men`), or by a target or a
 *   limit named for what it governs (`The target range for the crop is 6.0
 *   to 6.5`);
 * - a figure in an indirect question (`asks why her reading stays at`);
 * - the chance of a counterfactual (`a 50% chance that she would have
 *   been dismissed`), a judgement rather than a measurement.
 */
export function isSetting(text: string, span: Span, sentenceStart: number): boolean {
  const words = text.slice(span.start, span.end)
  if (oneInOpening.test(words) && gradientBefore.test(before(text, span.start, 32))) return true
  // `the exclusion zone is increased to 15 m`, `Hoarding has been moved 1.5 m back`: a length somebody sets by moving or resizing a thing.
  if (span.kind === 'change' && placedChangeOpening.test(words) && copulaEnd.test(before(text, span.start, 24)) && lengthAfter.test(after(text, span.end, 12))) return true
  if (!settingKinds.has(span.kind)) return false
  if (span.kind === 'measurement' && lengthEnd.test(words) && placedBefore.test(before(text, span.start, 48))) return true
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  // `Our offset held 121 °C for eleven hours`: the level the writer's own apparatus was held at is the test's setting.
  if (span.kind === 'measurement' && temperatureEnd.test(words) && ownHeldBefore.test(before(text, span.start, 48))) return true
  if (span.kind === 'measurement' && temperatureEnd.test(words) && (settingBefore.test(before(text, span.start, 64)) || settingBand.test(before(text, span.start, 40)) || keptBetween.test(before(text, span.start, 56)))) return true
  // `We set the brazer at 78% power`, `Grinding is done on the grinder at 3,000 rpm`: the writer's own machine setting.
  if ((span.kind === 'measurement' || span.kind === 'percentage') && (ownSetAt.test(before(text, span.start, 64)) || doneOnAt.test(before(text, span.start, 64)))) return true
  // `switched the furnace to a lower idle temperature of 1,080°C`: a setting chosen, not a reading.
  if (span.kind === 'measurement' && switchedTo.test(before(text, span.start, 120))) return true
  // `about 4 litres an hour at 6 knots`: the speed a rate is read at.
  if (span.kind === 'measurement' && rateConditionBefore.test(before(text, span.start, 48))) return true
  if (span.kind === 'measurement' && routeBefore.test(before(text, span.start, 40))) return true
  // `the Derby final over 480 metres`: the trip a race is run over.
  if (span.kind === 'measurement' && lengthEnd.test(words) && raceOver.test(before(text, span.start, 48))) return true
  // `Her flying 200 m was timed at`: a sprint named by its start and its distance.
  if (span.kind === 'measurement' && lengthEnd.test(words) && sprintStartBefore.test(before(text, span.start, 16))) return true
  // `transition fixed by zigzag tape at 5% chord`: where the setup puts a thing.
  if ((span.kind === 'measurement' || span.kind === 'percentage') && fixedAt.test(before(text, span.start, 48))) return true
  // `The walking tour covers about 2.5 kilometres`, `the usual 9 km course`: one route's length, as its organiser lays it out.
  if ((span.kind === 'measurement' || span.kind === 'approximate') && lengthEnd.test(words) && !comparedAfter.test(after(text, span.end, 16))) {
    if (routeCovers.test(before(text, span.start, 40)) || routeAfter.test(after(text, span.end, 32))) return true
  }
  // `cleaned with a chlorine-based product at 1,000 ppm`: the strength a product or a solution is used at.
  if ((span.kind === 'measurement' || span.kind === 'percentage') && strengthEnd.test(words) && strengthBefore.test(before(text, span.start, 40))) return true
  if (span.kind !== 'money' && span.kind !== 'percentage') {
    if (dimensionBefore.test(before(text, span.start, 4)) || dimensionAfter.test(after(text, span.end, 8))) return true
    if (governed(lead, pricedItem) && priceFollows.test(after(text, span.end, 48))) return true
  }
  if (span.kind === 'percentage' && counterfactualAfter.test(after(text, span.end, 120))) return true
  // A charge set as a share (`a penalty of 15%`, `a fee of 6% of sales, with a further 2%`), like a sum.
  if (span.kind === 'percentage' && !chargeMeasured.test(lead) && (chargeBefore.test(before(text, span.start, 32)) || furtherChargeBefore.test(lead))) return true
  if (span.kind === 'money') {
    if ((chargeBefore.test(before(text, span.start, 32)) || penaltyIs.test(before(text, span.start, 64))) && !chargeMeasured.test(lead)) return true
    if (sumGroupBefore.test(before(text, span.start, 48))) return true
  }
  // `level is 125 g`: the span may open on the bound's own noun, so its words count with the lead.
  return governed(lead + words, boundIs) || governed(lead, askedWhy)
}

/** Whether the words before a figure end inside the clause a cue opens: its last match with no clause mark after it. */
function governed(lead: string, cue: RegExp): boolean {
  let last = -1
  for (const match of lead.matchAll(cue)) last = match.index + match[0].length
  return last !== -1 && !clauseEnd.test(lead.slice(last))
}
