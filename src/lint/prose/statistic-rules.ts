import type {PatternRule} from './span.js'
import {shareRules} from './statistic-share.js'
import {reportRules} from './statistic-report.js'
import {after, before} from './span.js'
import {
  attributeAfter,
  attributeBefore,
  changeNounAfter,
  clockAfter,
  clockRangeAfter,
  determinerBefore,
  durationAfterMatch,
  fractionBefore,
  isEffort,
  isYear,
  lastWord,
  momentNoun,
  namedBefore,
  notReference,
  notYear,
  onBefore,
  opensSentence,
  predicativeBefore,
  smallCount,
  timeBefore,
  timeNoun,
  timeOrPartNoun,
  yearPrepositionBefore
} from './statistic-veto.js'

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
const money =
  /(?:[$€£¥]|\bUS\$|\b(?:USD|EUR|GBP|CHF|JPY)\s?)\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[–-](?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d))?(?:\s?(?:million|billion|trillion|m|bn|k)\b)?/gu
const moneyWords =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:dollars|euros|pounds|yen|francs|rupees|pesos)\b/giu
const colonRatio = /(?<![\p{L}\d.,:])(?<first>\d+):(?<second>\d+)(?![\d:])/gu
const toOneRatio =
  /\b(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\s+hundred)(?:\s+to\s+|-to-)(?:one|1)\b/giu
const ratioOf =
  /\bratio\s+of\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\b/giu
const proportion =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\p{L}+\s+)?(?:in|out\s+of)\s+(?<of>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|every|a\s+(?:hundred|thousand|million))\b/giu
const fraction =
  /\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth)|(?:two|three|four)[\s-]+fifths|nine[\s-]+tenths)\s+of\b/giu
const times =
  /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\s+times\s+(?:more|less|fewer|as|higher|lower|greater|larger|smaller|faster|bigger|the|face|what|its|their|that|those|over)\b/giu
const twice =
  /\b(?:twice|double|triple|treble|half)\s+(?:as\s+(?!(?:a|an|the|well|such|if|though|to|of|for|in|on|at|it|they|we|he|she|you|I|part|one)\b)\p{L}{3,}|the\s+(?:[\p{L}-]+\s+)?(?:number|rate|risk|size|amount|level|average|volume|cost|price|share|odds|national|global|european|us|uk|eu|figure|total|sum|value|population|count)|that\s+of)\b/giu
const fold = /\b(?:\d+|twenty|thirty|forty|fifty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand)-?fold\b/giu
const changeByFraction =
  /\b(?:rose|risen|grew|grown|increased|fell|fallen|dropped|declined|decreased|shrank|shrunk|lost|loses|lose|cut|reduced|lowered|raised|boosted|gained|jumped|slumped|plunged)\s+(?:by\s+|in\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|roughly\s+|over\s+|some\s+)?(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\b/giu
const doubled =
  /\b(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing)\b(?!\s+(?:down|back|up|over|as)\b)(?<!ing(?=\s+(?:the|these|this|that|those|its|their|our|a|an)\b))/giu
const toDouble = /\b(?:to|will|would|could|can|cannot|should|may|might|set\s+to)\s+(?:double|triple|treble|quadruple|halve)\b(?!\s+(?:down|back|up|as)\b)/giu
const change =
  /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows|increased|increasing|decreased|decreasing|declined|declining|dropped|dropping|climbed|climbing|jumped|soared|plunged|plummeted|reached|reaching|averaged|averaging|totalled|totaled|totalling|totaling|numbered|numbering|stood\s+at|peak(?:ed|ing|s)\s+at)\s+(?:by\s+|to\s+|from\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|roughly\s+|approximately\s+|just\s+over\s+|just\s+under\s+|an\s+estimated\s+)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)/giu
const approximate =
  /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|an\s+estimated|a\s+total\s+of|an\s+average\s+of|a\s+record|well\s+over|just\s+over|just\s+under)\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred)(?!\d)/giu
const count =
  /(?<![\p{L}\d.,/])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:(?:more|fewer|additional|new|other|foreign|international|registered|undocumented|irregular|displaced|internally\s+displaced|unaccompanied|skilled|unskilled|migrant|domestic|seasonal|young|older|local)\s+)?(?:people|persons|individuals|migrants|refugees|asylum[\s-]seekers|immigrants|emigrants|workers|children|women|men|deaths|casualties|victims|cases|households|families|students|patients|respondents|participants|jobs|visas|permits|applications|applicants|residents|inhabitants|voters|citizens|nationals|NGOs|organi[sz]ations|countries|states|nations|cities|villages|schools|hospitals|homes|arrests|deportations|removals|returns|arrivals|crossings|births|adults|employees|officers|troops|soldiers|beds|languages|species|incidents|complaints|claims|signatories|ratifications|projects|programmes|programs|companies|firms|farms)\b/giu
const plural =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:[,'’]\d{3})+|\d+)\s+(?:(?![\p{L}-]*s\b)(?!(?:and|or|but|to|of|in|on|at|for|per|by|with|from|than|as|the|a|an|then|so|if|when)\b)[\p{L}-]+\s+)?(?!(?:his|its|this|thus|was|has|does|is|as|us|yes|less|unless|across|whereas|plus|minus|versus|perhaps|always|besides|hers|ours|yours|theirs)\b)(?<noun>\p{L}{2,}s)\b/gu
const pointsChange =
  /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+(?:percentage\s+)?points?\s+(?:higher|lower|more|less|ahead|behind|up|down)|-point\s+(?:lead|drop|fall|rise|gap|swing|increase|decrease|lower|higher))\b/giu
const unit =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:km2?|kilomet(?:re|er)s?|square\s+kilomet(?:re|er)s|miles|kg|kilos|kilograms|tonnes|tons|hectares|acres|litres|liters|gallons|barrels|megawatts|gigawatts|MW|GW|kWh|TWh|°[CF]|degrees|met(?:re|er)s|cm|mm|ppm|calories|mph|km\/h|Hz|kHz|MHz|GHz|hertz|dB|decibels|watts|kW|volts|amps|grams|mg|µg|micrograms|milligrams|ml|millilit(?:re|er)s|knots|feet|ft|inches|ounces|oz|lbs|GB|TB|MB|Mbps|Gbps|mAh|Wh|MP|megapixels|nits|lumens|fps|rpm|bhp|hp)(?![\p{L}])/gu
const perRate =
  /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:[\p{L}-]+\s+)?per\s+(?:\d[\d,.]*|\p{L}+)/giu
const decimal = /(?<![\p{L}\d.,/])(?<n>\d+\.\d+)(?![\d.]|,\d)/gu
/** A unit joined by a hyphen and a noun after it: `-acre plot`, `-litre engine` (not `-fold`). */
const hyphenUnitAfter = /^-(?!fold\b)\p{Ll}+\s+\p{Ll}/u
/** A period after `times over`: `rises three times over two days` counts events. */
const overPeriod =
  /^\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|the\s+(?:next|last|past|following|course\s+of))\s+(?:[\p{L}-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?)\b/iu
/** `over` closing a match. */
const overEnd = /\sover$/iu
/** `half`, opening a fraction. */
const halfWord = /^half\b/iu
/** `a third fewer`, `half as many`, `a quarter cheaper`: a share of a difference. */
const fractionComparative =
  /\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|sixth|tenth))\s+(?:fewer|more|less|lower|higher|smaller|larger|bigger|cheaper|dearer|faster|slower|longer|shorter|above|below|up|down)\b(?!\s+(?:of|the)\b)/giu
/** `downloaded 900,000 times a month`, `3 times per day`: how often something happens. */
const timesPer =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\s+times\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)\b/giu
/** `in an average of nine days`, `averaging 14 minutes`: an average, measured, of any quantity, time included. */
const averageOf =
  /\b(?:an?\s+(?:average|median|mean)\s+of|averag(?:ed|ing|es)|on\s+average)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?![\d.,]\d)/giu
/** `thousands of couriers`, `millions more people`: an unmeasured count, still a count of the world. */
const manyOf = /\b(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|millions|billions)\s+(?:of|more|fewer|extra)\s+(?:[\p{L}-]+\s+)?(?<noun>\p{L}{3,}s|people)\b/giu
/** Units of play or service a rule or an offer counts by: `per turn`, `per guest`, `per booking`. */
const serviceUnit = /^(?:turn|round|game|hand|move|guest|order|booking|night|stay|session|lesson|visit|trip|meeting|ticket|serving|portion|pack|box|bottle|item|unit|entry|entrant|player|team|household|customer|account|user|device)$/iu
/** A range of versions after a number, or a release it names: `1.2 onwards`, `3.9 or later`, `the 3.1 upgrade`. */
const versionAfter =
  /^\s*(?:onwards?|(?:or|and)\s+(?:later|earlier|newer|older|above|below|higher|lower|up)\b|(?:upgrade|update|release|firmware|patch|hotfix|build|beta|rollout|roll-out|migration|branch)s?\b)/iu
/** A vote's tally: `voted by 312 to 41`, `a majority of 1,204 to 96`. */
const voteTally =
  /\b(?:vot(?:ed|es?|ing)|majority|margin|ballot|motion)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:by|of)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:votes?\s+)?to\s+(?<m>\d{1,3}(?:,\d{3})+|\d+)\b/giu
/** `612 since January, compared with 380`: a count set against a baseline. */
const comparedCount =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,]\d)[^.;!?\d]{0,40}?\bcompared\s+(?:with|to)\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)/giu
const grouped = /(?<![\p{L}\d.,'’/])\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?(?![,'’]?\d)/gu
const measure =
  /\b(?:factor|rate|ratio|share|average|median|mean|index|score|total|level|growth|GDP|inflation|unemployment|fertility|expectancy|turnout)\s+(?:[\p{L}-]+\s+){0,4}?(?:of|was|is|were|are|stood\s+at|reached|takes|took|hit|fell\s+to|rose\s+to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)/giu

const numberWord =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/iu
/** `eleven of the 27`, `17 of 22`, `two of the four pumps`: a part of a counted whole. */
const partOf =
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?<of>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/giu
/** `Of these, 37 belonged to …`: a part of a set just counted. */
const ofThese = /\bof\s+(?:these|them|those|this\s+number)\s*,\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)/giu
/** `by just 3 points`, `by around a third`, `by up to 80%`: a change by an amount. */
const byAmount =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|just|only|at\s+least|up\s+to|less\s+than|a\s+further)\s+)?(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|sixth|eighth|tenth)|\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|points?\b))/giu
/** `a hundred social homes`, `two dozen clinics`, `several thousand workers`. */
const hundredOf =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|several|a\s+few|some)\s+(?:hundred|thousand|dozen)\s+(?:[\p{L}-]+\s+)?\p{L}{3,}s\b/giu
/** `Waiting times of two to three years`: a measured length of time. */
const timeMeasure =
  /\b(?:waiting\s+times?|waits?|delays?|stays?|durations?|backlogs?)\s+of\s+(?:about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:to|or)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?\s+(?:years|months|weeks|days|hours|minutes)\b/giu

/** `almost as often … as`, `nearly as many`: a comparison of two quantities. */
const asOften =
  /\b(?:almost|nearly|about|roughly|just|at\s+least|only\s+half|half)\s+as\s+(?:often|many|much|likely|common|frequent|frequently|high|low|large|fast|quickly|long)\b/giu
/** `less than half what they were`, `more than a third`: a share compared with a whole. */
const shareThan =
  /\b(?:less|more|fewer)\s+than\s+(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\b/giu
/** `at least once a week`, `more than 3 times a day`: a frequency, with an approximation. */
const frequency =
  /\b(?:at\s+least|more\s+than|about|around|up\s+to|nearly|almost|over|on\s+average|an\s+average\s+of)\s+(?:once|twice|\d+\s+times|(?:three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|minute|decade|night|season)\b/giu
/** `was launched 412 times`, `cited 40 times`: a count of events after the verb. */
const timesCount =
  /(?<!\p{L})\p{L}{1,30}ed\s+(?:\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+times\b(?!\s+(?:more|less|fewer|as|higher|lower|greater|larger|smaller|faster|the|over|what))/giu
/** `Eleven shops have closed`, `three shops closed last year`: a count of losses in the world. */
const lossCount =
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\s+(?:[\p{L}-]+\s+)?\p{L}{2,}s\s+(?:have\s+|had\s+|has\s+)?(?:(?:been|were)\s+)?(?:closed|shut|died|killed|lost|disappeared|collapsed|failed|injured|arrested|evicted|deported|drowned|gone\s+bust|laid\s+off|sacked|dismissed)\b/giu

/** `at least five serious accidents`, `more than forty stalls`: an approximate count in words. */
const wordCount =
  /\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|as\s+many\s+as|nearly|almost|over|up\s+to|some|about|around)\s+(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+(?:[\p{L}-]+\s+)?(?<noun>\p{L}{2,}[^s's’]s|aircraft|people|children|men|women|staff|sheep|deer|fish|cattle|livestock|personnel|police|crew|offspring)\b/giu
/** `up to six metres`, `nearly three kilograms`: an approximate measurement in words. */
const wordMeasure =
  /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|over|at\s+least|up\s+to|as\s+much\s+as|as\s+far\s+as)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:met(?:re|er)s|kilomet(?:re|er)s|miles|kilo(?:gram)?s|tonnes|tons|lit(?:re|er)s|degrees|feet|inches|centimet(?:re|er)s|hectares|acres|pounds|ounces)\b/giu
/** `Two thirds said`, `Half agreed`: a share of those asked, as the subject of what they said. */
const shareSaid =
  /(?:^|(?<=[.!?:;]\s)|(?<=,\s))(?:half|a\s+third|(?:one|two)[\s-]+thirds?|a\s+quarter|(?:one|three)[\s-]+quarters?|a\s+fifth|a\s+majority|a\s+minority)\s+(?:of\s+them\s+)?(?:said|say|says|agreed|agree|reported|report|believed|believe|thought|think|wanted|want|supported|support|opposed|oppose|named|chose|preferred|prefer|backed|back)\b/giu

/** Every regex of this module, for the ReDoS test. */
export const statisticRulePatterns: readonly RegExp[] = [
  hyphenUnitAfter,
  percentageDigits,
  percentageWords,
  scale,
  scaleAbbreviation,
  money,
  moneyWords,
  colonRatio,
  toOneRatio,
  ratioOf,
  proportion,
  fraction,
  times,
  twice,
  fold,
  changeByFraction,
  doubled,
  toDouble,
  change,
  approximate,
  count,
  plural,
  pointsChange,
  unit,
  perRate,
  decimal,
  overPeriod,
  overEnd,
  halfWord,
  fractionComparative,
  timesPer,
  averageOf,
  manyOf,
  serviceUnit,
  versionAfter,
  voteTally,
  comparedCount,
  grouped,
  measure,
  numberWord,
  partOf,
  ofThese,
  byAmount,
  hundredOf,
  timeMeasure,
  asOften,
  shareThan,
  frequency,
  timesCount,
  lossCount,
  wordCount,
  wordMeasure,
  shareSaid
]

/** The statistic patterns by kind, each with the vetoes its matches must pass. */
export const statisticRules: readonly PatternRule[] = [
  {regex: percentageDigits, kind: 'percentage', accept: notReference},
  {regex: percentageWords, kind: 'percentage'},
  {regex: scale, kind: 'scale', accept: (text, match) => notReference(text, match) && !durationAfterMatch(text, match)},
  {regex: scaleAbbreviation, kind: 'scale', accept: notReference},
  {regex: money, kind: 'money'},
  {regex: moneyWords, kind: 'money', accept: notReference},
  {
    regex: colonRatio,
    kind: 'ratio',
    accept(text, match) {
      const first = Number(match.groups!.first)
      const second = match.groups!.second!
      // `10:30`, `9:05 am`: hours and two-digit minutes are a time; `31:20` in a list of timestamps, minutes and seconds.
      const clock = second.length === 2 && first < 60 && Number(second) < 60
      // `Psalm 23:4`, `Matthew 6:34`: a chapter and verse after the name of a book.
      return !clock && !clockAfter.test(after(text, match.index! + match[0].length, 8)) && notReference(text, match) && !namedBefore(text, match.index!)
    }
  },
  {regex: toOneRatio, kind: 'ratio', accept: (text, match) => notYear(text, match)},
  {regex: ratioOf, kind: 'ratio'},
  {
    regex: proportion,
    kind: 'proportion',
    // `3 in 2003` is a place in time, not one in n.
    accept: (text, match) => notReference(text, match) && !isYear(match.groups?.of)
  },
  // `that half of`: a demonstrative before `half`; `that a fifth of` is a clause reporting a share.
  {regex: fraction, kind: 'proportion', accept: (text, match) => !halfWord.test(match[0]) || !fractionBefore.test(before(text, match.index!, 16))},
  {regex: fractionComparative, kind: 'multiple'},
  {regex: timesPer, kind: 'rate', accept: notReference},
  {regex: averageOf, kind: 'measurement', accept: notYear},
  // `Thousands of fans lined the streets`: a crowd opening a sentence sets a scene; `will affect thousands of couriers` counts who.
  {regex: manyOf, kind: 'count', accept: (text, match) => !opensSentence(text, match.index!) && !timeNoun.test(match.groups!.noun!) && !timeOrPartNoun.test(match.groups!.noun!)},
  {regex: times, kind: 'multiple', accept: (text, match) => notReference(text, match) && !(overEnd.test(match[0]) && overPeriod.test(after(text, match.index! + match[0].length, 40)))},
  {regex: twice, kind: 'multiple'},
  {regex: fold, kind: 'multiple', accept: (text, match) => !predicativeBefore.test(before(text, match.index!, 16))},
  {regex: changeByFraction, kind: 'change'},
  {regex: doubled, kind: 'change'},
  {regex: toDouble, kind: 'change'},
  {regex: change, kind: 'change', accept: notYear},
  {
    regex: approximate,
    kind: 'approximate',
    accept: (text, match) => notYear(text, match) && (!durationAfterMatch(text, match) || isEffort(text, match))
  },
  {
    regex: count,
    kind: 'count',
    accept(text, match) {
      const lead = before(text, match.index!, 16)
      if (isYear(match.groups?.n) && (yearPrepositionBefore.test(lead) || match.index === 0)) return false
      return notReference(text, match) && !determinerBefore.test(lead) && !namedBefore(text, match.index!)
    }
  },
  {
    regex: unit,
    kind: 'measurement',
    accept: (text, match) =>
      notReference(text, match) &&
      !(attributeBefore.test(before(text, match.index!, 8)) && attributeAfter.test(after(text, match.index! + match[0].length, 24)))
  },
  {
    regex: plural,
    kind: 'count',
    // `47 state reports`: digits before a plural noun count something, unless they date it or measure time.
    accept(text, match) {
      const lead = before(text, match.index!, 16)
      return (
        notReference(text, match) &&
        !isYear(match.groups?.n) &&
        // `2 bedrooms`, `7 cards`: a count under ten in digits is a small count in narrative or a description.
        !smallCount(match.groups!.n!) &&
        (!timeOrPartNoun.test(match.groups!.noun!) || (onBefore.test(lead) && !momentNoun.test(match.groups!.noun!)) || isEffort(text, match)) &&
        !determinerBefore.test(lead) &&
        !namedBefore(text, match.index!)
      )
    }
  },
  {regex: pointsChange, kind: 'change'},
  {regex: comparedCount, kind: 'change', accept: notYear},
  {regex: voteTally, kind: 'count', accept: (text, match) => !isYear(match.groups?.n) && !isYear(match.groups?.m)},
  // `draws 2 per turn`, `3 drinks per guest`: a rule of play or a term of service, not a rate in the world.
  {regex: perRate, kind: 'rate', accept: (text, match) => notYear(text, match) && !serviceUnit.test(lastWord(match[0]))},
  {
    regex: decimal,
    kind: 'measurement',
    accept(text, match) {
      if (!notReference(text, match)) return false
      // `Ferrule 4.0`, `from 1.2 onwards`: a version names a release, it measures nothing.
      if (namedBefore(text, match.index!) || versionAfter.test(after(text, match.index! + match[0].length, 16))) return false
      // `a 0.4-acre plot`, `the 2.5-litre engine`: a size joined to its unit names a kind of thing, as `a 12-storey block` does.
      if (attributeBefore.test(before(text, match.index!, 8)) && hyphenUnitAfter.test(after(text, match.index! + match[0].length, 24))) return false
      // `7.30 pm`, `at 7.30`: a clock time written with a point.
      const [hours, minutes] = match.groups!.n!.split('.') as [string, string]
      const clock = minutes.length === 2 && Number(hours) <= 24 && Number(minutes) < 60
      const end = match.index! + match[0].length
      return !(clock && (clockAfter.test(after(text, end, 8)) || clockRangeAfter.test(after(text, end, 12)) || timeBefore.test(before(text, match.index!, 12))))
    }
  },
  {
    regex: grouped,
    kind: 'count',
    // `a 5,000 mAh battery`, `an 8,000-word essay`, `the 1,000-metre course`: a size naming a kind of thing; not `a 12,000 rise`.
    accept: (text, match) =>
      notReference(text, match) &&
      !durationAfterMatch(text, match) &&
      !(
        attributeBefore.test(before(text, match.index!, 8)) &&
        (attributeAfter.test(after(text, match.index! + match[0].length, 24)) || hyphenUnitAfter.test(after(text, match.index! + match[0].length, 24))) &&
        !changeNounAfter.test(after(text, match.index! + match[0].length, 24))
      )
  },
  {regex: measure, kind: 'measurement', accept: notYear},
  {regex: partOf, kind: 'proportion', accept: (text, match) => notReference(text, match) && !isYear(match.groups?.of)},
  {regex: byAmount, kind: 'change'},
  {regex: hundredOf, kind: 'count', accept: (text, match) => !timeOrPartNoun.test(lastWord(match[0]))},
  {regex: timeMeasure, kind: 'measurement'},
  {regex: ofThese, kind: 'count'},
  {regex: asOften, kind: 'multiple'},
  {regex: wordCount, kind: 'count', accept: (text, match) => !timeOrPartNoun.test(match.groups!.noun!) && !timeNoun.test(match.groups!.noun!)},
  {regex: wordMeasure, kind: 'measurement'},
  {regex: shareSaid, kind: 'proportion'},
  {regex: shareThan, kind: 'proportion'},
  {regex: frequency, kind: 'rate'},
  {regex: timesCount, kind: 'count', accept: notReference},
  {regex: lossCount, kind: 'count', accept: (text, match) => notReference(text, match) && !determinerBefore.test(before(text, match.index!, 16))},
  ...shareRules,
  ...reportRules
]
