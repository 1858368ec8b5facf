import type {Span} from './span.js'
import {after, before} from './span.js'
import {isCapability} from './statistic-capability.js'
import {isOwnHiring} from './statistic-field.js'

// Numbers that label or specify rather than measure, read from a bounded
// slice around the figure: a model's scale (`4mm-scale`), a speed or weight
// that names the limit or zone it sets (`the new 20 mph limits`), what a vessel or
// product is built to carry (`built to carry 180 trailers`), a limit (`the
// speed limit to 40 mph`), a fee or fare a body sets or announces for a
// date to come (`a new pitch fee of £28`, `Fares … will rise by 4% from 1
// June`, `From 1 June, the price … rises to £24`), a production batch (`the first batch of 500 units`), the writer's
// own hiring (`We have since added 40 advisers`), how a share of money will
// be spent (`90% of the increase will be spent on`), a title's plot (`a
// play about three sisters`) and a clock time (`by half past ten`); and
// what a specification gives: an appliance's rating (`a rated power of
// 3,000 W`), a built place's floor area (`the glasshouse covers 900 square
// metres`), the settings it is kept at (`kept between 18 °C and 21 °C`), a
// route's profile (`with 800 metres of climbing`, `over its 21.1 km`), a
// limit a rule sets (`may claim up to £30`, `no larger than 60 by 90 cm`)
// and what an event announced for a date will have (`returns on 3 May with
// over 60 stalls`, `40 exhibitors are expected`), a standard (`the 10 µg/l
// guideline`), a split of each unit of money (`Half of each £1 ticket goes
// to`), a pack size (`six 450 g jars`) and a safe distance. The maker, the
// body or the writer is the source; a reviewer asks none of them for one.

/** A speed or weight that names the limit or zone it sets: `the new 20 mph limits`, `a 7.5 tonne limit`. */
const namedLimit = /\d\s?(?:mph|km\/h|kph|tonnes?|t)\s+(?:(?:speed|weight)\s+)?(?:limits?|zones?|restrictions?)$/iu
const limitNounAfter = /^\s+(?:(?:speed|weight)\s+)?(?:limits?|zones?|restrictions?)\b/iu
/** A measure that names the standard it sets, before the standard's noun: `the 10 µg/l guideline`, `a 50 mg/l limit`. */
const standardAfter =
  /^(?:\/[\p{L}µ³²]{1,4})?\s+(?:(?:legal|safe|safety|health|drinking[- ]water|statutory|national|recommended|official|regulatory)\s+)?(?:limits?|guidelines?|guide\s+values?|standards?|thresholds?|ceilings?)\b/iu
/** An article or a possessive right before the figure: what makes it name a thing (`the 10 µg/l guideline`). */
const determinerEnd = /\b(?:the|a|an|its|their|this|that)\s+$/iu
const speedEnd = /\d\s?(?:mph|km\/h|kph|tonnes?|t)$/iu
/** A scale or gauge joined to the figure: `4mm-scale`, `7mm scale`, `N gauge`. */
const scaleAfter = /^(?:-|\s+)?(?:scale|gauge)\b/iu
/** What a vessel, building or product is built to carry: `built to carry`, `a capacity of`, `Its capacity is`, `seats up to`, and the next item of the list (`capacity is 36 cars and`). */
const capacityBefore =
  /\b(?:(?:built|designed|made|licensed|certified|rated|able|equipped|fitted\s+out)\s+to\s+(?:carry|hold|seat|take|accommodate|sleep|store|lift|tow|house)|(?:capacity|room|space|spaces|places|seating|berths?|parking|storage|stabling|moorings?|pitches|accommodation)\s+(?:of|for)|capacity\s+(?:is|was|will\s+be)|(?:seats|sleeps|accommodates))\s+(?:(?:up\s+to|as\s+many\s+as|a\s+maximum\s+of)\s+)?(?:\d[\d,.]{0,12}\s+[\p{L}-]{1,20}\s+and\s+)?$/iu
/** A maker's rating: `a rated power of`, `a nominal output of`, `a power rating of`, `rated at`. */
const ratingBefore =
  /\b(?:(?:rated|nominal|maximum|max\.?)\s+(?:[\p{L}-]+\s+)?(?:power|output|capacity|load|voltage|current|speed|pressure|torque|wattage|range|flow)\s+(?:of|is)|(?:power|wattage|voltage|energy|load)\s+rating\s+(?:of|is)|rated\s+(?:at|to))\s+(?:(?:up\s+to|about|around)\s+)?$/iu
/** A thing's stated attribute: `The lens has a focal length of`, `with a span of`, `has a top speed of`. */
const attributeOf =
  /\b(?:has|have|with)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:length|width|height|depth|weight|diameter|range|capacity|volume|span|wingspan|resolution|runtime|run\s+time|top\s+speed|focal\s+length|thickness|footprint|payload|reach|draught|beam)\s+of\s+(?:(?:up\s+to|about|around|nearly|just\s+over|just\s+under)\s+)?$/iu
/** A copula before a size: `The studio is`, `the plot will be`: a place's size only with an area after it. */
const copulaEnd = /\b(?:is|are|will\s+be)\s+(?:(?:about|around|nearly|almost|some|just\s+over|just\s+under)\s+)?$/iu
/** A unit of area at a measurement's end: `40 square metres`, `2 hectares`. */
const areaUnitEnd = /(?:square\s+(?:met(?:re|er)s|feet|foot|yards|kilomet(?:re|er)s|miles)|sq\.?\s?(?:m|ft)|m2|m²|hectares|acres)$/iu
/** A route as the subject of its length: `The course is`, `the race covers`, `the loop will be`. */
const routeLength =
  /\b(?:route|course|loop|circuit|stage|trail|ride|walk|path|sportive|leg|race|marathon|ultra)\s+(?:is|will\s+be|covers|measures)\s+(?:(?:about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu
/** A comparison after a size: `8 miles shorter than`, `40 square metres more`: a change, not a specification. */
const comparativeAfter = /^\s+(?:shorter|longer|more|less|fewer|higher|lower|bigger|smaller|larger|further|farther|wider|narrower|up|down)\b/iu
/** A comparison right after the figure: `cooler than`, `more comfortable than`: a claim measured against another thing, not a capacity. */
const comparedThan = /^\s+(?:\p{L}+er|more\s+\p{L}+|less\s+\p{L}+)\s+than\b/iu
/** A term of sale by the size of an order: `Orders over £40`, `purchases of more than`. */
const orderTermBefore =
  /\b(?:orders?|purchases?|baskets?|spends?|bookings?|transactions?|deliveries)\s+(?:over|above|under|below|of\s+(?:over|more\s+than|at\s+least|up\s+to))\s+$/iu
/** A built place as the subject of its size: `Its tropical zone covers`, `The new hall will occupy`, `the extension has a floor area of`, `The studio is` (with an area after it), the site a document is about (`The site extends to`). */
const placeSizeBefore =
  /\b(?:(?:(?:the|this|our|application)\s+site|building|hall|house|flat|apartment|office|cottage|bungalow|plot|zone|room|wing|greenhouse|glasshouse|biome|enclosure|pool|arena|stadium|pavilion|venue|centre|center|gallery|museum|library|store|warehouse|studio|extension|annexe|annex|floor|depot|terminal|barn|shed|marquee|hangar|factory|clubhouse|showroom|atrium|aviary|vivarium|aquarium|tank)s?\s+(?:(?:will|would|now|also)\s+)?(?:covers?|occupy|occupies|spans?|measures?|extends?\s+(?:over|across|to)|is|are|will\s+be)|(?:floor\s+(?:area|space)|footprint|floorspace)\s+(?:of|is|will\s+be))\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|just\s+under|up\s+to)\s+)?$/iu
/** Settings a place or a machine is kept at: `kept between 24 °C and`, `maintained at`, `holds food at −`. */
const keptBefore =
  /\b(?:kept|keeps?|maintained|maintains?|held|holds?|heated|heats?|cooled|cools?|set)\s+(?:(?:the|its|their|our|your|food|water|air|it|them)\s+(?:[\p{L}-]+\s+)?)?(?:at|between|below|above|under|within|to)\s+(?:(?:about|around|roughly)\s+)?(?:[−-]?\d[\d.,]*(?:\s?°\s?[CF]|\s?%|\s\p{L}{1,8})?\s+(?:and|to)\s+)?[−-]?$/iu
/** The second of two dimensions a thing measures: `measures 25 metres by`. */
const secondDimension = /\b(?:measures?|measuring)\s+(?:about\s+|around\s+)?\d[\d.,]*\s?\p{L}{0,12}\s+(?:by|x|×)\s+$/iu
/** A maximum or a minimum a rule states, in the present: `the maximum group size is`, `The minimum stay will be`. */
const statedLimit = /\b(?:maximum|minimum|max\.?|min\.?)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are|will\s+be)\s+$/iu
/** A distance a safety rule sets, stated: `The safe distance for a D motor is`, `the minimum clearance is`. */
const safeDistanceBefore =
  /\b(?:safe|safety|minimum|recommended|required)\s+(?:distances?|clearances?|gaps?|separations?)\s+(?:(?:for|from|to|between|of|behind)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:is|are|will\s+be)\s+$/iu
/** The same rule's next case, in its sentence: `…, and for an F or G it is`. */
const safeDistanceNamed = /\b(?:safe|safety|minimum|recommended|required)\s+(?:distances?|clearances?|gaps?|separations?)\b/iu
const nextCaseBefore = /\b(?:and|but)\s+(?:for|with)\s+(?:[\p{L}-]+\s+){1,5}?(?:it|they)\s+(?:is|are)\s+$/iu
/** Room offered, before what it is for: `Space is available for`, `places are available for`. */
const availableFor = /\b(?:space|room|places|spaces|pitches|seats|parking|moorings)\s+(?:is|are)\s+(?:still\s+)?available\s+for\s+(?:(?:up\s+to|about|around)\s+)?$/iu
/** A threshold someone needs to reach: `Candidates need`, `a motion requires`. */
const needsBefore = /\b(?:needs?|needed|requires?|required|must\s+(?:win|get|gain|secure|receive|reach|have|score|poll))\s+$/iu
/** What the threshold is for, in its sentence after it: `to be elected`, `to pass`, `for the result to stand`. */
const toQualify = /\bto\s+(?:be\s+(?:elected|valid|approved|carried|accepted|quorate)|pass|qualify|win|stand|succeed|progress|advance|take\s+effect)\b/iu
/** A threshold named as needed after it: `… of members is needed`, `are required`. */
const neededAfter = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:is|are)\s+(?:needed|required)\b/iu
/** An approximation a span opens with: `up to `, `no more than `, `at least `. */
const limitOpening = /^(?:up\s+to|no\s+more\s+than|at\s+most|at\s+least|a\s+maximum\s+of|more\s+than)\s+/iu
/** A route's profile after its height: `1,400 metres of climbing`, `300 m of ascent`. */
const profileAfter = /^\s+of\s+(?:climbing|ascent|descent|elevation(?:\s+gain)?|height\s+gain|vertical\s+gain|vert)\b/iu
/** A route as the subject of its profile: `The route climbs just`, `the stage rises`. */
const routeClimbs =
  /\b(?:route|course|loop|circuit|stage|trail|ride|walk|path|road|climb|pass|track|sportive|leg)s?\s+(?:climbs?|rises?|descends?|drops?|gains?)\s+(?:(?:just|only|about|around|some|nearly|over|more\s+than|a\s+mere)\s+)?$/iu
/** A thing's own length or size after its possessive: `over its 42.195 km`, `along their 12 miles`. */
const ownSizeBefore = /\b(?:its|their)\s+(?:(?:full|entire|whole|total)\s+)?$/iu
/** A unit of length, area or height at a measurement's end. */
const lengthUnitEnd = /(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|m|ft|feet|yards|hectares|acres)$/iu
/** A limit a rule sets on what someone may do: `may spend up to`, `are allowed to bring no more than`, `must not exceed`. */
const permittedLimit =
  /\b(?:(?:may|can\s+only|(?:is|are)\s+(?:allowed|permitted|entitled)\s+to)\s+(?:[\p{L}-]+\s+){1,2}?(?:up\s+to|no\s+more\s+than|at\s+most|a\s+maximum\s+of)|(?:must|may|should|shall)\s+not\s+(?:exceed|be\s+(?:more|larger|bigger|wider|longer|taller|higher|heavier)\s+than))\s+$/iu
/** A size a rule allows: `no larger than 18 by`, `no wider than`; a rule's when a modal stands before it in its sentence (`may display one sign …`). */
const sizeLimitBefore =
  /\bno\s+(?:larger|bigger|wider|taller|longer|higher|heavier|deeper|greater)\s+than\s+(?:\d[\d.,]*\s?(?:by|x|×)\s?)?$/iu
/** A modal or a word of permission: what makes a size limit a rule's. */
const modalWord = /\b(?:may|must|shall|should|can|allowed|permitted)\b/iu
/** An event as the subject of its announcement for a date: `The fair returns`, `the festival opens`, `the show is back`. */
const eventSubject =
  /\b(?:fair|festival|show|market|exhibition|expo|fete|fête|conference|convention|carnival|gala|tournament|rally|auction|sale|open\s+day|jamboree|regatta)s?\s+(?:(?:will\s+)?(?:returns?|opens?|comes?\s+back|runs?|takes?\s+place|arrives?)|is\s+back)\b/iu
/** `with` right before what the event will have: `… on 18 October with more than`. */
const withBefore = /\bwith\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|up\s+to)\s+)?$/iu
/** Counted people or things an event expects, after the figure: `… are expected`, not a forecast of change (`are expected to rise`). */
const expectedAfter =
  /^\s+(?:[\p{L}-]+\s+)?(?:are|is)\s+expected\b(?!\s+to\s+(?:rise|fall|grow|increase|decrease|decline|drop|double|halve|reach|exceed|top|die|lose|cost))/iu

/** A limit the figure is: `the speed limit to 40 mph`, `a weight limit is 7.5 tonnes`. */
const limitBefore = /\blimits?\s+(?:to|at|is|was|will\s+be|of\s+just)\s+$/iu
/** A fee or fare a body sets, named by its kind (`a new pitch fee of £28`), not an average of fees nor a fee paid (`a record fee of £100m`). */
const feeBefore =
  /\b(?:new|annual|weekly|monthly|daily|flat|fixed|standard|entry|entrance|pitch|stall|membership|joining|booking|registration|admission|parking|hire|licen[cs]e|tuition|service|basic)\s+(?:fees?|fares?|charges?|subscriptions?|levy|tolls?|rents?)\s+(?:of|is|are|will\s+be)\s+(?:(?:only|just)\s+)?$/iu
/** An average of fees, which is measured: `the average fee of`. */
const averageFee = /\b(?:average|mean|median|typical)\s+(?:[\p{L}-]+\s+)?(?:fees?|fares?|charges?|subscriptions?|levy|tolls?|rents?)\s+(?:of|is|are|will\s+be)\s+(?:(?:only|just)\s+)?$/iu
/** A price's change a body announces for a date to come: `Fares on the Vessa line will rise by`. */
const announcedChange =
  /\b(?:fares?|fees?|prices?|charges?|rents?|hire|subscriptions?|tariffs?|tickets?|premiums?)\s+(?:[\p{L}\d\/'’-]+\s+){0,6}?(?:will\s+(?:(?:rise|increase|go\s+up|fall|drop|come\s+down)|be\s+(?:raised|increased|cut|reduced|frozen))|(?:rises?|increases?|goes\s+up|falls?|drops?|comes\s+down|(?:is|are)\s+(?:being\s+)?(?:raised|increased|cut|reduced|frozen)))\s+(?:(?:by|to)\s+)?$/iu
/** A price's change announced for a date, earlier in the figure's sentence, its unit between: `The subscription rises to £35 from January, with juniors still `, `The hire rises to £18 an hour from May, with`. */
const announcedEarlier =
  /\b(?:fares?|fees?|prices?|charges?|rents?|hire|subscriptions?|tariffs?|tickets?|premiums?)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:will\s+(?:rise|increase|go\s+up|fall|drop|come\s+down)|rises?|increases?|goes\s+up|falls?|drops?|comes\s+down)\s+(?:by|to)\s+[$€£]\d[\d.,]{0,12}\s+(?:(?:an?|per)\s+(?:hour|day|evening|night|session|week|month|year)\s+)?(?:from|with\s+effect\s+from|as\s+of)\s+(?:\d|next\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/iu
/** The date the change takes effect opening its sentence: `From 1 June, the price of our standard box rises to`. */
const dateOpening =
  /^\s*(?:from|with\s+effect\s+from|as\s+of|starting)\s+(?:\d|next\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/iu
/** The date the change takes effect, after the price's unit: `from 1 June`, `an evening from April`. */
const fromDate =
  /^\s+(?:(?:an?|per)\s+(?:hour|day|evening|night|session|week|month|year)\s+)?(?:from|on|with\s+effect\s+from|as\s+of|starting)\s+(?:\d|next\b|the\s+(?:start|beginning|first)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u
/** A production batch or run: `the first batch of`, `a print run of`. */
const batchBefore = /\b(?:batch|production\s+run|print\s+run|run|edition|shipment|consignment)\s+of\s+$/iu
/** What buyers did with a batch, after it: `… of 3,000 has already sold out`: a result, not a specification. */
const soldAfter = /^[^.;!?]{0,40}\b(?:sold|snapped\s+up|bought|ordered|pre-ordered|reserved)\b/iu
/** A share of money that will be spent, or a scheme's split of each unit of it: `90% of the increase will be spent on`, `Half of each £1 ticket goes to`. */
const spendingAfter =
  /^\s+of\s+(?:the|this|our|that|its|every|each|your)\s+(?:[\p{L}-]+\s+)?(?:increase|rise|money|funds?|funding|budget|income|proceeds|revenue|grant|donations?|pound|bill|charge)\s+(?:will|would|is\s+to|goes|go)\s+(?:be\s+)?(?:spent|used|invested|go|allocated|given|paid|ring-fenced)\b|^(?:\s+of)?\s+(?:each|every)\s+(?:[$€£]\d[\d.,]{0,8}\s+)?(?:[\p{L}-]+\s+)?(?:tickets?|entry|entries|subscriptions?|fees?|sales?|donations?|pound|dollar|euro)\s+(?:goes|go|is\s+given|is\s+paid)\s+(?:to|towards)\b/iu
/** A work whose plot is told: `a new play about`, `the novel about`. */
const workBefore =
  /\b(?:play|novel|film|movie|story|book|opera|musical|comedy|drama|series|documentary|memoir|song|poem|ballet|tale|show)\s+$/iu
const aboutOpening = /^about\s/iu
/** A clock time: `half past ten`, `quarter to six`; not a range with its unit after (`five to seven years`, `ten to twelve miles`). */
const clockAfter =
  /^\s+(?:past|to)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b(?!\s+(?:years|months|weeks|days|miles|metres|meters|kilometres|kilometers|feet|inches|kilos|kilograms|litres)\b)/iu
/** A plural noun closing a count (`318 dives`), not minutes. */
const countedNounEnd = /\s(?!minutes$)\p{L}+s$/iu
/** A depth or a distance after `to`: `to 1,000 m`, `to 40 metres`. */
const distanceAfter = /^\s+to\s+\d[\d,.]*\s?(?:m|km|ft|feet|metres|meters|kilometres|kilometers|miles)\b/u

/** A container named by its size: `450 g jars`, `400g tins`, `2-litre bottles`; a pack's size, not an amount found. */
const packSize =
  /^\d[\d.,]{0,6}[\s-]?(?:g|kg|ml|cl|l|litres?|liters?|oz|lb|pints?)\s+(?:jars|tins|cans|bottles|bags|packs|packets|tubs|cartons|sacks|boxes|pots|tubes|jugs|punnets|kegs|casks)$/iu
const packUnit = /^\d[\d.,]{0,6}[\s-]?(?:g|kg|ml|cl|l|litres?|liters?|oz|lb|pints?)$/iu
const packNounAfter = /^\s+(?:jars?|tins?|cans?|bottles?|bags?|packs?|packets?|tubs?|cartons?|sacks?|boxes?|pots?|tubes?|jugs?|punnets?|kegs?|casks?)\b/iu
/** How many of the containers, right before the size: `six 450 g jars`, `a 400 g tin`, `two`. */
const packCountEnd = /\b(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|per|each)\s+$/iu

/** A scale word in a sum: `£5bn`, `£2 million` (a forecast's size, not a rule's limit). */
const scaleWord = /(?:million|billion|trillion|bn|m)$/u

/** Every regex of this module, for the ReDoS test. */
export const statisticLabelPatterns: readonly RegExp[] = [
  scaleAfter,
  namedLimit,
  limitNounAfter,
  standardAfter,
  determinerEnd,
  speedEnd,
  capacityBefore,
  comparedThan,
  limitBefore,
  feeBefore,
  averageFee,
  announcedChange,
  announcedEarlier,
  fromDate,
  dateOpening,
  batchBefore,
  soldAfter,
  spendingAfter,
  workBefore,
  aboutOpening,
  clockAfter,
  countedNounEnd,
  distanceAfter,
  ratingBefore,
  attributeOf,
  copulaEnd,
  areaUnitEnd,
  routeLength,
  comparativeAfter,
  orderTermBefore,
  placeSizeBefore,
  keptBefore,
  profileAfter,
  routeClimbs,
  secondDimension,
  statedLimit,
  safeDistanceBefore,
  safeDistanceNamed,
  nextCaseBefore,
  availableFor,
  needsBefore,
  toQualify,
  neededAfter,
  limitOpening,
  ownSizeBefore,
  lengthUnitEnd,
  permittedLimit,
  sizeLimitBefore,
  modalWord,
  eventSubject,
  withBefore,
  expectedAfter,
  scaleWord,
  packSize,
  packUnit,
  packNounAfter,
  packCountEnd
]

/**
 * Whether a statistic at `span` labels or specifies rather than measures:
 * a scale, a capacity, a limit, a fee, a price's announced change with its
 * date, a batch, the writer's own hiring, a share of money to be spent, a
 * count in a title's plot, a clock time, or what a specification gives
 * (`isSpecification`). Reads at most 80 characters either side of the span
 * (160 before it for an event's subject).
 */
export function isLabelFigure(text: string, span: Span): boolean {
  const lead = before(text, span.start, 80)
  const rest = after(text, span.end, 80)
  const words = text.slice(span.start, span.end)
  // `half past ten` is a clock time; `318 dives to 1,000 m` counts things that went to a depth or a distance, which no clock does.
  if (scaleAfter.test(rest) || (clockAfter.test(rest) && !(countedNounEnd.test(words) && distanceAfter.test(rest)))) return true
  if (namedLimit.test(words) || (speedEnd.test(words) && limitNounAfter.test(rest))) return true
  // `exceeded the 10 µg/l guideline`: the standard a measure is compared with, not the measure.
  if (span.kind === 'measurement' && determinerEnd.test(lead) && standardAfter.test(rest)) return true
  if (aboutOpening.test(words) && workBefore.test(lead)) return true
  if (spendingAfter.test(rest)) return true
  // `makes six 450 g jars`: the size of the containers counted, not an amount.
  if (packCountEnd.test(lead) && (packSize.test(words) || (packUnit.test(words) && packNounAfter.test(rest)))) return true
  if (isThreshold(text, span, lead, rest, words)) return true
  if (span.kind === 'percentage' || span.kind === 'proportion') return false
  if (span.kind === 'multiple') return false
  // `sleeps up to 3°C cooler than foam`: a comparison, not what a thing sleeps.
  if ((capacityBefore.test(lead) && !comparedThan.test(rest)) || limitBefore.test(lead) || (batchBefore.test(lead) && !soldAfter.test(rest)) || isOwnHiring(lead, rest)) return true
  if (feeBefore.test(lead) && !averageFee.test(lead)) return true
  // The date after the price (`rises to £24 from June`), or opening the sentence for a sum (`From 1 June, the price … rises to £24`).
  if (announcedChange.test(lead) && (fromDate.test(rest) || (span.kind === 'money' && dateOpening.test(ownSentence(before(text, span.start, 160)))))) return true
  // `rises to £35 from January, with juniors still £10`: the other fees of the announcement.
  if (span.kind === 'money' && announcedEarlier.test(ownSentence(before(text, span.start, 160)))) return true
  return isSpecification(text, span, lead, rest, words)
}

/** Kinds of figure a specification gives: sizes, counts and sums, not changes. */
const specifiedKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate'])

/**
 * Whether a figure is what a specification gives: an appliance's rating, a
 * built place's floor area or settings, a route's profile, a thing's own
 * length after its possessive, a limit a rule sets, or what an event
 * announced for a date will have.
 */
function isSpecification(text: string, span: Span, lead: string, rest: string, words: string): boolean {
  if (!specifiedKinds.has(span.kind)) return false
  // `The studio is 40 square metres`: a place's size; `The house is 40 metres from the river` is no size of it.
  const copula = copulaEnd.test(lead)
  const compared = comparativeAfter.test(rest)
  const placeSize = placeSizeBefore.test(lead) && (!copula || (areaUnitEnd.test(words) && !compared))
  // `has held at about £1,850`: a sum that held is a level found, not a setting (a fee a body holds is statistic-offer.ts's).
  const kept = keptBefore.test(lead) && span.kind !== 'money'
  if (ratingBefore.test(lead) || attributeOf.test(lead) || placeSize || kept || secondDimension.test(lead)) return true
  // `reaches 25 knots`, `packs down to 2.1 kg`, `a drum of 8 kg`: what a made thing can do, or the size of a part.
  if (isCapability(text, span)) return true
  if (span.kind === 'measurement' && routeLength.test(lead) && lengthUnitEnd.test(words) && !compared) return true
  if (span.kind === 'money' && orderTermBefore.test(lead)) return true
  if (statedLimit.test(lead) || availableFor.test(lead)) return true
  // `The safe distance for a D motor is 15 feet, and for an F it is 30 feet`: what a safety rule sets, case by case.
  if (span.kind === 'measurement' && (safeDistanceBefore.test(lead) || (nextCaseBefore.test(lead) && safeDistanceNamed.test(ownSentence(before(text, span.start, 160)))))) return true
  if (profileAfter.test(rest) || routeClimbs.test(lead)) return true
  if (span.kind === 'measurement' && ownSizeBefore.test(lead) && lengthUnitEnd.test(words)) return true
  // `Tourists may spend up to £5bn`: a sum of that size is a forecast, not a rule's limit.
  const sentence = ownSentence(before(text, span.start, 160))
  // `may field up to 15 players`: the limit may open the span itself.
  const opening = limitOpening.exec(words)
  if ((permittedLimit.test(opening ? lead + opening[0] : lead) && !scaleWord.test(words)) || (sizeLimitBefore.test(lead) && modalWord.test(sentence))) return true
  if (withBefore.test(lead) && eventSubject.test(sentence)) return true
  return span.kind !== 'measurement' && span.kind !== 'money' && expectedAfter.test(rest)
}

/** The words of a lead after the last mark that ends a sentence or a clause (`.`, `!`, `?`, `;`). */
function ownSentence(lead: string): string {
  const end = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf(';'))
  return lead.slice(end + 1)
}

/**
 * Whether a figure is a threshold someone needs to reach, in any kind: a
 * share or a count needed to be elected, to pass or to qualify (`Candidates
 * need at least 25% … to be elected`, `a turnout of 40% is needed for the
 * vote to stand`).
 */
function isThreshold(text: string, span: Span, lead: string, rest: string, words: string): boolean {
  const opening = limitOpening.exec(words)
  const needed = neededAfter.test(rest) || needsBefore.test(lead) || (opening !== null && needsBefore.test(lead + opening[0]))
  // `5,000 more homes are needed`: a need with no rule to meet is an estimate, a claim.
  return needed && toQualify.test(ownSentenceAfter(after(text, span.end, 120)))
}

/** The words of a rest up to the first mark that ends a sentence or a clause. */
function ownSentenceAfter(rest: string): string {
  const ends = ['.', '!', '?', ';'].map((mark) => rest.indexOf(mark)).filter((index) => index !== -1)
  return ends.length === 0 ? rest : rest.slice(0, Math.min(...ends))
}
