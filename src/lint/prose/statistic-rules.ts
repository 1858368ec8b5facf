import type {PatternRule} from './span.js'
import {shareRules} from './statistic-share.js'
import {reportRules} from './statistic-report.js'
import {changeRules} from './statistic-change.js'
import {countRules} from './statistic-count.js'
import {resultRules} from './statistic-result.js'
import {tallyRules} from './statistic-tally.js'
import {partRules} from './statistic-part.js'
import {levelRules} from './statistic-level.js'
import {scoreRules} from './statistic-score.js'
import {after, before} from './span.js'
import {
  attributeAfter,
  attributeBefore,
  changeNounAfter,
  clockAfter,
  clockRangeAfter,
  durationAfterMatch,
  hyphenUnitAfter,
  isEffort,
  lastWord,
  namedBefore,
  notReference,
  isYear,
  notYear,
  isDayOfMonth,
  timeBefore
} from './statistic-veto.js'

// The statistic patterns: the measures here (percentages, money, prices in pence per unit (`71p a therm`), scales,
// ratios, measurements with units, hardness in Vickers, Brinell or Rockwell
// units, rates, averages, approximations), the
// changes and multiples (statistic-change.ts), the counts and parts of a
// whole (statistic-count.ts), shares in words (statistic-share.ts) and
// results a body reports (statistic-report.ts), and the forms
// statistic-tally.ts reads (`a quarter to a third`, `63 of us`, `400-strong`), and a part of a count
// after a verb of finding (statistic-part.ts: `found in six of the flats`), and a season's
// results told as narrative (statistic-level.ts: `held steady at 14`, `a peak count of 96`), and a player's
// averages and tallies over a season (statistic-score.ts: `batting .462`, `scored 26 goals`).
// Each pattern starts at a number or a fixed word and reads forward over a
// bounded phrase: no pattern can rescan a run it has already failed on
// (test/lint/redos.test.ts checks every one with recheck). A number is
// `12`, `1.5`, `175,000` or `12,500.25`; written-out numbers are listed.

const percentageDigits =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|pc\b)/giu
const percentageWords =
  /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a\s+few|several)\s+(?:per\s?cent|percent|percentage\s+points?)\b/giu
const scale =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred|a|half\s+a|a\s+quarter\s+of\s+a|a\s+few|several|tens\s+of|hundreds\s+of)[\s-]+(?:million|billion|trillion|thousand)s?\b/giu
const scaleAbbreviation = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:m|mn|bn|k)\b/gu
/**
 * A sum with its currency before it: a symbol (`£`, `₹`, `₦`), a dollar with
 * its country's letters (`US$`, `NZ$`, `J$`, `N$`), or a currency's code or
 * common abbreviation (`USD`, `LKR 600`, `UGX 9,800`, `Rs 340,000`, `KSh 24`).
 */
const money =
  /(?:[$€£¥₹₦₱₩₺₽₴₵৳]|\b[A-Z]{1,3}\$|\b(?:USD|EUR|GBP|CHF|JPY|AUD|NZD|CAD|HKD|SGD|INR|LKR|NPR|PKR|BDT|KES|UGX|TZS|RWF|NGN|GHS|ZAR|NAD|BWP|ZMW|MWK|JMD|TTD|MAD|EGP|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|CLP|PHP|IDR|MYR|THB|VND|CNY|RMB|Rs\.?|KSh|Ksh|Rp)\s?)\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[–-](?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d))?(?:\s?(?:million|billion|trillion|m|bn|k)\b)?/gu
const moneyWords =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:dollars|euros|pounds|yen|francs|rupees|pesos|kroner|kronor|krónur|rand|yuan|roubles|rubles|shillings|naira|cedis|baht|ringgit|zlotys?|forints?|dinars|dirhams)\b/giu
const colonRatio = /(?<![\p{L}\d.,:])(?<first>\d+):(?<second>\d+)(?![\d:])/gu
/** A standard's letters and number with a dash right before a part number: `BS 8300-`, `EN 1176-`, `ISO 14001-`; its `2:2018` is the part and the edition's year, not a ratio. */
const standardPartBefore = /\b[A-Z]{2,5}\s?\d+[-–]$/u
/** A score's goals and a dash right before `21 to 1`, and a dash and points right after it: `2-21 to 1-17` is a scoreline in goals and points, not a ratio. */
const scoreGoalsBefore = /\d[-–]$/u
const scorePointsAfter = /^[-–]\d/u
const toOneRatio =
  /\b(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\s+hundred)(?:\s+to\s+|-to-)(?:one|1)\b/giu
const ratioOf =
  /\bratio\s+of\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\b/giu
/** `downloaded 900,000 times a month`, `3 times per day`: how often something happens. */
const timesPer =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\s+times\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)\b/giu
/** `in an average of nine days`, `averaging 14 minutes`: an average, measured, of any quantity, time included. */
const averageOf =
  /\b(?:an?\s+(?:average|median|mean)\s+of|averag(?:ed|ing|es)|on\s+average)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+|just\s+|only\s+)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?![\d.,]\d)(?:\s+(?:working\s+|calendar\s+)?(?:years|months|weeks|days|hours|minutes|seconds|nights|shifts|visits|times)(?![\p{L}])|\p{L}{1,3}(?![\p{L}]))?/giu
/**
 * An average stated after its value or before its clause: `Appeals take 47
 * weeks on average`, `On average, patients waited 18 weeks`. Any quantity is
 * measured when it is averaged; the value's unit is kept in the span.
 */
const averageAround =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:[\p{L}-]+\s+){0,2}?on\s+average\b|\bon\s+average,?\s+(?:[\p{L}'’-]+\s+){1,5}?(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?(?<m>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]\d)(?:\s+(?:working\s+|calendar\s+)?(?:years|months|weeks|days|hours|minutes|seconds|nights|shifts|visits|times)(?![\p{L}])|\p{L}{1,3}(?![\p{L}]))?/giu
const approximate =
  /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|an\s+estimated|a\s+total\s+of|an\s+average\s+of|a\s+record|well\s+over|just\s+over|just\s+under)\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred)(?!\d)/giu
const unit =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:km2?|kilomet(?:re|er)s?|square\s+kilomet(?:re|er)s|miles|kg|kilos|kilograms|tonnes|tons|hectares|acres|litres|liters|gallons|barrels|megawatts|gigawatts|MW|GW|kWh|MWh|GWh|TWh|°[CF]|degrees|met(?:re|er)s|(?<=\d\s)m(?=\s+(?:lost|gained|eroded|retreated|wide|long|high|deep|tall|of|per|a|an|in|at|from|above|below|inland|back|away|further|farther)\b)|cm|mm|ppm|g|calories|mph|mpg|km\/h|kV|kVA|Hz|kHz|MHz|GHz|hertz|dB[uVA]?|decibels|watts|kW|volts|amps|grams|mg|µg|micrograms|milligrams|ml|millilit(?:re|er)s|knots|feet|ft|inches|ounces|oz|lbs|GB|TB|MB|Mbps|Gbps|mAh|Wh|MP|megapixels|nits|lumens|fps|rpm|bhp|hp|HV\d{0,2}|HB|HRC)(?![\p{L}])/gu
/** A price in pence or cents per unit of a commodity: `71p a therm`, `142.9p per litre`, `38c a kilo`, `61p a kilogram` (a price per unit, like one in pounds). */
const penceRate =
  /(?<![\p{L}\d.,])\d+(?:\.\d+)?(?:p|c)\s+(?:a|an|per)\s+(?:therm|litre|liter|gallon|kilo(?:gram(?:me)?)?|kg|tonne|unit|kWh|MWh|pint|pound|lb|dozen|share)\b/gu
const perRate =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:[\p{L}-]+\s+)?per\s+(?:\d[\d,.]*|\p{L}+)/giu
const decimal = /(?<![\p{L}\d.,/])(?<n>\d+\.\d+)(?![\d.]|,\d)/gu
const measure =
  /\b(?:factor|rate|ratio|share|average|median|mean|index|score|total|level|growth|GDP|inflation|unemployment|fertility|expectancy|turnout)\s+(?:[\p{L}-]+\s+){0,4}?(?:of|was|is|were|are|stood\s+at|reached|touched|takes|took|hit|fell\s+to|rose\s+to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)(?:\s+(?:working\s+|calendar\s+)?(?:years|months|weeks|days|hours|minutes|seconds|nights|shifts|visits|times)(?![\p{L}])|\p{L}{1,3}(?![\p{L}]))?/giu
/** A measure's `at` and its number closing a match: `temperature at 10`. */
const atEnd = /\sat\s+[\d.,]+$/u
/** A depth or a height right after the number: ` m depth`, ` cm below the surface`, ` ft above ground`. */
const depthAfter =
  /^\s?(?:mm|cm|m|km|ft|feet|metres?|meters?)\s+(?:depth|deep|down|height|high|below\s+(?:the\s+)?(?:surface|ground)|above\s+(?:the\s+)?(?:surface|ground|sea\s+level))\b/iu
/**
 * `Median time to a first decision was 19 working days`, `The mean number of
 * visits per household was 3.4`: a summary statistic named by its aggregate
 * and a longer noun phrase than `measure` reads (up to seven words), then
 * its value after a copula. Any quantity, time included: an aggregate is
 * measured, whatever it measures.
 */
const summaryWas =
  /\b(?:median|mean|average)\s+(?:[\p{L}-]+\s+){1,7}?(?:was|were|is|are|came\s+to|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over\s+|under\s+)?)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]?\d)/giu
/** A share or a unit the measure patterns read after a summary's value: the value is found there, as a share or a measurement of its own (`was 34%`, `was 10 metres`). */
const summaryUnitAfter =
  /^\s?(?:%|per\s?cent\b|percent\b|°|µ|(?:k|c|m)?m\b|(?:k|m|µ)?g\b|(?:m|k)?l\b|kWh\b|MW\b|ppm\b|mph\b|(?:kilo|centi|milli)?(?:met(?:re|er)s?|lit(?:re|er)s?|grams?)\b|tonnes?\b|tons\b|hectares?\b|acres?\b|miles?\b|feet\b|inches\b|degrees\b|knots\b)/iu
/** `Waiting times of two to three years`: a measured length of time. */
const timeMeasure =
  /\b(?:waiting\s+times?|waits?|delays?|stays?|durations?|backlogs?)\s+of\s+(?:about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:to|or)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?\s+(?:years|months|weeks|days|hours|minutes)\b/giu
/** `up to six metres`, `nearly three kilograms`: an approximate measurement in words. */
const wordMeasure =
  /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|over|at\s+least|up\s+to|as\s+much\s+as|as\s+far\s+as)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:met(?:re|er)s|kilomet(?:re|er)s|miles|kilo(?:gram)?s|tonnes|tons|lit(?:re|er)s|degrees|feet|inches|centimet(?:re|er)s|hectares|acres|pounds|ounces)\b/giu
/** `well over fifty hours a week`, `about 60 hours a week`: hours worked or spent per period, with an approximation (a set working week, `37.5 hours a week`, has none). */
const hoursPer =
  /\b(?:about|around|nearly|almost|more\s+than|over|well\s+over|just\s+over|upwards\s+of|an\s+average\s+of|on\s+average)\s+(?:\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+hours\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|year|night|shift)\b/giu
/** `at least once a week`, `more than 3 times a day`: a frequency, with an approximation. */
const frequency =
  /\b(?:at\s+least|more\s+than|about|around|up\s+to|nearly|almost|over|on\s+average|an\s+average\s+of)\s+(?:once|twice|\d+\s+times|(?:three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|minute|decade|night|season)\b/giu
/**
 * `more than thirty times since the 1970s`, `over 200 times`: how often a
 * thing happened, counted with an approximation, twenty or more; not a
 * multiple (`thirty times as`, `twenty times the`) nor a rate (`a day`).
 */
const timesCounted =
  /\b(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|well\s+over|upwards\s+of)\s+(?:\d{1,3}(?:,\d{3})+|[2-9]\d|\d{3,4}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+times\b(?!\s+(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|faster|slower|longer|shorter|over|the|that|this|those|its|their|his|her|our|a|an|per|each|every)\b)(?![\p{L}-])/giu
/** Units of play or service a rule or an offer counts by: `per turn`, `per guest`, `per booking`. */
const serviceUnit = /^(?:turn|round|game|hand|move|guest|order|booking|night|stay|session|lesson|visit|trip|meeting|ticket|serving|portion|pack|box|bottle|item|unit|entry|entrant|player|team|household|customer|account|user|device)$/iu
/** A range of versions after a number, or a release it names: `1.2 onwards`, `3.9 or later`, `the 3.1 upgrade`. */
const versionAfter =
  /^\s*(?:onwards?|(?:or|and)\s+(?:later|earlier|newer|older|above|below|higher|lower|up)\b|(?:upgrade|update|release|firmware|patch|hotfix|build|beta|rollout|roll-out|migration|branch)s?\b)/iu

/** A singular noun after a size, not a change: `freestyle`, `backstroke heats`, `run` (not `households`, `rise`). */
const singularAfter = /^\s+\p{Ll}[\p{L}-]*(?<!s)\b/u

/** A proper adjective and a singular noun after a size: `a 28 mm Zulu stand`, `a 15 mm Roman legionary`. */
/** A time word in the possessive after a decimal: ` days' supply`, ` weeks’ pay`: a quantity measured in time's worth, not a duration. */
const timeWorthAfter = /^\s*(?:hours|days|weeks|months|years)['’]/u
/** A unit of a rating, then a noun, after a decimal: ` GHz sets`, ` V cell`, ` kW heater` (not a preposition or a comparative after the unit). */
const ratingUnitAfter =
  /^\s?(?:GHz|MHz|kHz|Hz|kV|V|kW|MW|W|mAh|Ah|mm|cm|km|kg|mg|ml|ft|lb|oz|bar|psi)\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|is|are|was|were|higher|lower|more|less|than|above|below|over|under|long|wide|high|deep|tall|thick|away|apart)\b)\p{Ll}[\p{L}-]*/u
const properKindAfter = /^\s+\p{Lu}\p{Ll}{2,}\s+\p{Ll}[\p{L}-]*(?<!s)\b/u

/** Whether a size glued to `m` or `k` names a kind of thing (`the 100m freestyle`, `a 5k fun run`): an article before it, a singular noun after it. */
function namesKind(text: string, match: RegExpMatchArray): boolean {
  const rest = after(text, match.index! + match[0].length, 24)
  return attributeBefore.test(before(text, match.index!, 8)) && attributeAfter.test(rest) && singularAfter.test(rest) && !changeNounAfter.test(rest)
}

/** Every regex of this module, for the ReDoS test. */
export const statisticRulePatterns: readonly RegExp[] = [
  scoreGoalsBefore,
  scorePointsAfter,
  atEnd,
  depthAfter,
  penceRate,
  percentageDigits,
  percentageWords,
  scale,
  scaleAbbreviation,
  singularAfter,
  properKindAfter,
  ratingUnitAfter,
  timeWorthAfter,
  money,
  moneyWords,
  colonRatio,
  standardPartBefore,
  toOneRatio,
  ratioOf,
  timesPer,
  averageOf,
  averageAround,
  approximate,
  unit,
  perRate,
  decimal,
  measure,
  summaryWas,
  summaryUnitAfter,
  timeMeasure,
  wordMeasure,
  frequency,
  hoursPer,
  timesCounted,
  serviceUnit,
  versionAfter
]

/** The measure patterns, by kind, each with its vetoes. */
const measureRules: readonly PatternRule[] = [
  {regex: percentageDigits, kind: 'percentage', accept: notReference},
  {regex: percentageWords, kind: 'percentage'},
  {regex: scale, kind: 'scale', accept: (text, match) => notReference(text, match) && !durationAfterMatch(text, match)},
  // `the 100m freestyle`, `a 5k run`: a size before a singular noun names an event or a kind of thing; `the 2m households` counts.
  {regex: scaleAbbreviation, kind: 'scale', accept: (text, match) => notReference(text, match) && !namesKind(text, match)},
  {regex: money, kind: 'money'},
  {regex: moneyWords, kind: 'money', accept: notReference},
  {regex: penceRate, kind: 'money', accept: notReference},
  {
    regex: colonRatio,
    kind: 'ratio',
    accept(text, match) {
      const first = Number(match.groups!.first)
      const second = match.groups!.second!
      // `10:30`, `9:05 am`: hours and two-digit minutes are a time; `31:20` in a list of timestamps, minutes and seconds.
      const clock = second.length === 2 && first < 60 && Number(second) < 60
      // `BS 8300-2:2018`: a standard's part and the year of its edition, after its letters, number and dash.
      if (isYear(second) && standardPartBefore.test(before(text, match.index!, 16))) return false
      // `Psalm 23:4`, `Matthew 6:34`: a chapter and verse after the name of a book.
      return !clock && !clockAfter.test(after(text, match.index! + match[0].length, 8)) && notReference(text, match) && !namedBefore(text, match.index!)
    }
  },
  // `lost 2-21 to 1-17`: a scoreline in goals and points holds `21 to 1`, no ratio.
  {
    regex: toOneRatio,
    kind: 'ratio',
    accept: (text, match) =>
      notYear(text, match) && !(scoreGoalsBefore.test(before(text, match.index!, 2)) && scorePointsAfter.test(after(text, match.index! + match[0].length, 2)))
  },
  {regex: ratioOf, kind: 'ratio'},
  {regex: timesPer, kind: 'rate', accept: notReference},
  {regex: averageOf, kind: 'measurement', accept: notYear},
  {regex: averageAround, kind: 'measurement', accept: (text, match) => notYear(text, match) && !isYear(match.groups?.m)},
  {
    regex: approximate,
    kind: 'approximate',
    // `the week around 5 November`: a day of a month, not an amount.
    accept: (text, match) => notYear(text, match) && !isDayOfMonth(text, match) && (!durationAfterMatch(text, match) || isEffort(text, match))
  },
  {
    regex: unit,
    kind: 'measurement',
    accept: (text, match) =>
      notReference(text, match) &&
      !(
        attributeBefore.test(before(text, match.index!, 8)) &&
        (attributeAfter.test(after(text, match.index! + match[0].length, 24)) ||
          (properKindAfter.test(after(text, match.index! + match[0].length, 32)) && !changeNounAfter.test(after(text, match.index! + match[0].length, 32))))
      )
  },
  // `draws 2 per turn`, `3 drinks per guest`: a rule of play or a term of service, not a rate in the world.
  {regex: perRate, kind: 'rate', accept: (text, match) => notYear(text, match) && !serviceUnit.test(lastWord(match[0]))},
  {
    regex: decimal,
    kind: 'measurement',
    accept(text, match) {
      if (!notReference(text, match)) return false
      // `a winning time of 28.41 seconds`, `took 2.5 hours`: a length of time is a duration, however precisely it is written.
      if (durationAfterMatch(text, match) && !timeWorthAfter.test(after(text, match.index! + match[0].length, 12))) return false
      // `Ferrule 4.0`, `from 1.2 onwards`: a version names a release, it measures nothing.
      if (namedBefore(text, match.index!) || versionAfter.test(after(text, match.index! + match[0].length, 16))) return false
      // `a 0.4-acre plot`, `the 2.5-litre engine`: a size joined to its unit names a kind of thing, as `a 12-storey block` does;
      // so does a rating and its unit before a noun (`the 2.4 GHz sets`, `a 1.5 V cell`), not a change (`a 1.5 m rise`).
      const rest = after(text, match.index! + match[0].length, 24)
      if (attributeBefore.test(before(text, match.index!, 8)) && (hyphenUnitAfter.test(rest) || (ratingUnitAfter.test(rest) && !changeNounAfter.test(rest)))) return false
      // `7.30 pm`, `at 7.30`: a clock time written with a point.
      const [hours, minutes] = match.groups!.n!.split('.') as [string, string]
      const clock = minutes.length === 2 && Number(hours) <= 24 && Number(minutes) < 60
      const end = match.index! + match[0].length
      return !(clock && (clockAfter.test(after(text, end, 8)) || clockRangeAfter.test(after(text, end, 12)) || timeBefore.test(before(text, match.index!, 12))))
    }
  },
  // `The mean temperature at 10 m depth was`: a depth or a height after `at` says where a measure was taken, not what it came to.
  {regex: measure, kind: 'measurement', accept: (text, match) => notYear(text, match) && !(atEnd.test(match[0]) && depthAfter.test(after(text, match.index! + match[0].length, 40)))},
  // `The average distance was 10 metres`: a value with a unit is the unit pattern's, with its own span.
  {regex: summaryWas, kind: 'measurement', accept: (text, match) => notYear(text, match) && !summaryUnitAfter.test(after(text, match.index! + match[0].length, 16))},
  {regex: timeMeasure, kind: 'measurement'},
  {regex: wordMeasure, kind: 'measurement'},
  {regex: frequency, kind: 'rate'},
  {regex: hoursPer, kind: 'rate'},
  {regex: timesCounted, kind: 'approximate'}
]

/** The statistic patterns by kind, each with the vetoes its matches must pass. */
export const statisticRules: readonly PatternRule[] = [...measureRules, ...changeRules, ...countRules, ...shareRules, ...reportRules, ...resultRules, ...tallyRules, ...partRules, ...levelRules, ...scoreRules]
