import {hypothetical, inInstruction, isSetFigure, opensOnInstruction, writerCounts} from './figure.js'
import type {PatternRule, Span} from './span.js'
import {after, before, findSpans, mergeSpans, sentenceStarts, startsUpper, wordBefore} from './span.js'
import {inRegister, registerOf} from './register.js'
import {inPartyVoice} from './voice.js'
import {isDescriptive} from './description.js'

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
/** `more` or `less` right after a sum: a difference. */
const moreAfter = /^\s+(?:more|less|extra)\b/iu
/** Units of play or service a rule or an offer counts by: `per turn`, `per guest`, `per booking`. */
const serviceUnit = /^(?:turn|round|game|hand|move|guest|order|booking|night|stay|session|lesson|visit|trip|meeting|ticket|serving|portion|pack|box|bottle|item|unit|entry|entrant|player|team|household|customer|account|user|device)$/iu
/** A range of versions after a number: `1.2 onwards`, `3.9 or later`, `2.0 and above`. */
const versionAfter = /^\s*(?:onwards?|(?:or|and)\s+(?:later|earlier|newer|older|above|below|higher|lower|up)\b)/iu
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
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?<of>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/giu
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

// Vetoes, run on a bounded slice around a match.
/** A reference label before a number: `p. 12`, `section 3`, `version 2.1`, `No. 4`, `§ 2`. */
const referenceBefore =
  /(?:\b(?:p|pp|pages?|sections?|sec|chapters?|chap|ch|articles?|art|paragraphs?|paras?|figures?|figs?|tables?|tab|versions?|v|releases?|no|nos|numbers?|resolutions?|rules?|items?|steps?|vols?|volumes?|issues?|annex|appendix|lines?|verses?|editions?|ed|parts?|phase|grade|class|room|flight|model|series|type|stage|category|tier|zone|band|gate|platform|ISBN|ISSN|footnotes?|notes?|n|Python|Node|iOS|Android|Windows)\.?\s*|[#§]\s*|\p{L}-|\d:)$/iu
/** The word before a fraction that makes it a part of something, not a share: `the first half of`. */
const fractionBefore = /\b(?:the|first|second|latter|former|other|this|that|each|upper|lower|top|bottom|left|right|front|back|inner|outer|northern|southern|eastern|western)\s+$/iu
/** A word before a count that makes it a name for a group, not a claim: `the 15 countries`. */
const determinerBefore = /\b(?:the|these|those|its|their|our|his|her|all|first|last|next|top)\s+$/iu
/** A preposition before a year: `in 2002 refugees …`. */
const yearPrepositionBefore = /\b(?:in|since|by|from|until|till|to|of|during|before|after|between|and|circa|c\.)\s+$/iu
/** A duration or place in a document after an approximate number, not a measurement. */
const durationAfter = /^\s*(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|centuries|century|pages?|chapters?|sections?|times|o'clock|[ap]\.?m\.?)(?!\p{L})/iu
/** `is twofold`: a `-fold` that counts parts of an argument, not a change. */
const predicativeBefore = /\b(?:is|are|was|were|be|been)\s+$/iu
/** A clock time after a decimal: `7.30 pm`, or a preposition of time before it: `at 7.30`. */
const timeBefore = /\b(?:at|by|until|till|from|before|after|around|the)\s+$|\b\d{1,2}[.:]\d{2}\s*(?:,|and|or|to|–|-)\s*$/iu
/** Plural nouns after a number that measure time or a document, not the world. */
const timeOrPartNoun =
  /^(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|pages|chapters|sections|paragraphs|lines|volumes|annexes|items|times|o'clock|objectives|goals|targets|principles|recommendations|indicators|criteria|pillars|commitments|questions|points|steps|stages|phases|components|modules|sessions|workshops|rounds|epochs|nodes|runs|layers|classrooms|grades)$/iu
/** Time and age words that a count in words measures: `more than three years`. */
const timeNoun = /^(?:years|months|weeks|days|nights|hours|minutes|seconds|decades|centuries|times|miles|kilometres|metres|feet|inches|pounds|dollars|euros)$/iu
/** `on 23 days`: days counted, not a length of time. */
const onBefore = /\bon\s+$/iu
/** `on 12 minutes`: a moment of a match, not a count of minutes. */
const momentNoun = /^(?:minutes|seconds|hours)$/iu
/** A range of grades, ages or pages before a number: `grades 7 to 9`. */
const rangeBefore =
  /\b(?:grades?|years?|ages?|pages?|pp?\.|chapters?|sections?|articles?|levels?|classes|steps?|phases?|rounds?|items?|questions?|lines?|sizes?)\s+\d+\s*(?:to|-|–|and|through)\s*$/iu
/** Words before an amount that make it set rather than measured: `promised compensation of €200`, `a target of 60%`. */
const setBefore =
  /\b(?:(?:promised|pledged|offered|proposed|budgeted|allocated)\s+(?:[\p{L}-]+\s+)?of|set\s+at|capped\s+at|fixed\s+at|limited\s+to|targets?\s+of|threshold\s+of|limit\s+of|ceiling\s+of|cap\s+of|goal\s+of|budget\s+of|grant\s+of|award\s+of|fund\s+of|size\s+of|rate\s+of\s+\d[\d.]*\s+and\s+a|learning\s+rate\s+of|batch\s+size\s+of|set\s+the)\s+(?:[\p{L}-]+\s+){0,2}$/iu
/** `a team of 12`, `a panel of 9 judges`: who took part, not a finding. */
const groupOf = /\b(?:team|group|panel|crew|committee|board|class|cohort|delegation|consortium|jury)\s+of\s+$/iu
/** Words after an amount that make it a limit: `the 50 mg/L legal limit`. */
const setAfter =
  /^[\s,–—-]*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}\/]+\s+)?(?:legal\s+|statutory\s+|upper\s+|lower\s+)?(?:limit|threshold|target|cap|ceiling|goal|minimum|maximum)\b|^\s+(?:recommended|proposed|required|permitted|allowed|prescribed|specified|agreed|set)\s+(?:by|in|under)\b/iu
/** Effort counted in time: `gave over 20,000 hours`, `takes roughly 600 hours of study`. */
const effortBefore =
  /\b(?:gave|give|gives|given|spent|spend|spends|worked|works|volunteered|logged|clocked|takes|took|take|taking|requires?|required|needs?|needed|saved|saves|save|lost|loses)\s+(?:(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s+)?$/iu
const effortAfter = /^\s*(?:hours?|minutes?|days?|weeks?)\s+of\s+(?!(?:the|this|that|its|their|our|his|her|age)\b)\p{L}/iu
/** An approximation before or at the start of a number. */
const approximated = /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s+$/iu
const approximatedMatch = /^(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s/iu
/** A measurement naming a kind of thing: `one 5 mg tablet`, `the 400 metres final`, `a 12 mm bolt`. */
const attributeBefore = /\b(?:a|an|one|the|each|every|per|two|three|four|five|six)\s+$/iu
const attributeAfter =
  /^\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|each|every|is|are|was|were|thick|long|wide|high|deep|tall|higher|lower|above|below|over|under|more|less|away|apart|ago|across|than)\b)\p{Ll}[\p{L}-]*/u
/** A change named after a number: `a 12,000 rise`, `a 3,000 drop in arrests`. */
const changeNounAfter = /^[\s-]+(?:\p{L}+\s+)?(?:rise|fall|increase|decrease|drop|jump|cut|gain|loss|reduction|surge|shortfall|decline|fewer|more|extra|additional)\b/iu
/** A comparative that sets a threshold: `cracks wider than 0.3 mm`, `documents longer than 2,000 tokens`. */
const thresholdBefore =
  /\b(?:wider|longer|shorter|larger|smaller|older|younger|heavier|lighter|deeper|taller|thicker|thinner)\s+than\s+$/iu
/**
 * A sentence about the author's own plans or method: its numbers are design,
 * not findings (`We will recruit 2,400 households`, `Our survey covered 1,204
 * households`, `The model was trained for 40 epochs`).
 */
const ownMethod =
  /\b(?:(?:we|our\s+\p{L}+|the\s+(?:(?:evaluation|research|project|study)\s+)?team|this\s+(?:project|study|proposal)|the\s+project)\s+(?:\p{L}+\s+){0,2}?(?:will|would|shall|plans?|propose|aim|intend|request|expect|interviewed|surveyed|covered|followed|recruited|sampled|enrolled|selected|collected|coded|trained|ran|used|benchmarked|tested|deployed|studied|examined|brings?|analy[sz]e[sd]?|examine[sd]?|draw\s+on|drew\s+on)|\bour\s+(?:pilot|sample|survey|study|trial|panel|cohort|team)\s+(?:of|with)\s+\d|\b(?:study|trial|survey|experiment|programme|program|project)\s+(?:took\s+place|(?:was|were)\s+(?:conducted|carried\s+out|run|held|done|based))\s+(?:at|in|across)\s|(?:was|were)\s+(?:\p{L}+ly\s+)?(?:trained|run|tested|benchmarked|conducted|configured|calibrated|replayed|incubated|centrifuged|stored|heated|cooled|diluted|stained|assigned|allocated)\s+(?:for|on|with|using|at|to|in)\b)/iu
/** A sentence's end mark, with a closing quote or bracket after it. */
const sentenceEnd = /[.!?:;]["'”’)\]]?$/u
/** Words that open a sentence before a number without naming it: `Only 11 students`, `About 40`. */
const openingWord =
  /^(?:only|about|around|some|nearly|almost|over|under|just|roughly|approximately|fewer|more|less|another|all|and|but|of|in|on|at|by|for|from|with|since|after|before|until|to|exactly|precisely|barely|perhaps|maybe|still|yet|so|then|now|today|also|even|well|up|down|each|every|an|a|the|these|those|their|our|its|his|her|my|your)$/iu
/** A clock time after a colon ratio: `10:30 am`. */
/** A clock time after `to` or a dash: `10.00 to 17.30`, `9.15–11.45`. */
const clockRangeAfter = /^\s*(?:to|until|till|–|-|and)\s*\d{1,2}[.:]\d{2}(?!\d)/iu
const clockAfter = /^\s*(?:[ap]\.?m\.?|h|hrs|hours|GMT|UTC|CET|EST)(?!\p{L})/iu

/** Between two figures of one comparison: `…, up from`, `from … to`, `between … and`, `, or`. */
const baselineBetween = /^(?:[^.;:!?]{0,48}\b(?:up|down)\s+from|\s*(?:to|or|,\s*or|–|-|against|,\s*against|versus|vs\.?))\s*$/iu
/** `between £90 million and`: the first end of a range. */
const betweenBefore = /\bbetween\s+$/iu
const andBetween = /^\s+and\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticPatterns: readonly RegExp[] = [
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
  unit,
  perRate,
  decimal,
  plural,
  pointsChange,
  grouped,
  measure,
  referenceBefore,
  fractionBefore,
  determinerBefore,
  yearPrepositionBefore,
  durationAfter,
  clockAfter,
  clockRangeAfter,
  predicativeBefore,
  timeBefore,
  timeOrPartNoun,
  timeNoun,
  numberWord,
  partOf,
  byAmount,
  hundredOf,
  timeMeasure,
  sentenceEnd,
  openingWord,
  ofThese,
  asOften,
  shareThan,
  wordCount,
  wordMeasure,
  shareSaid,
  frequency,
  timesCount,
  lossCount,
  onBefore,
  momentNoun,
  serviceUnit,
  halfWord,
  overPeriod,
  moreAfter,
  overEnd,
  fractionComparative,
  timesPer,
  averageOf,
  manyOf,
  versionAfter,
  voteTally,
  comparedCount,
  rangeBefore,
  setBefore,
  setAfter,
  effortBefore,
  effortAfter,
  approximated,
  approximatedMatch,
  attributeBefore,
  attributeAfter,
  groupOf,
  thresholdBefore,
  changeNounAfter,
  ownMethod,
  baselineBetween,
  betweenBefore,
  andBetween
]

/** A count under ten in plain digits: `2`, `7`. */
function smallCount(value: string): boolean {
  return value.length === 1
}

/** `2002`, not `2,002` or `20.02`: a number that reads as a year. */
export function isYear(value: string | undefined): boolean {
  if (value === undefined || value.length !== 4) return false
  const number = Number(value)
  return Number.isInteger(number) && number >= 1000 && number < 2100
}

function notReference(text: string, match: RegExpMatchArray): boolean {
  const lead = before(text, match.index!, 16)
  return !referenceBefore.test(lead) && !rangeBefore.test(lead)
}

/** Whether an amount is set rather than measured: a promise, a target, a limit, a threshold. */
function isSet(text: string, span: Span): boolean {
  const lead = before(text, span.start, 40)
  // `ten times the daily limit` measures against a limit; it sets none.
  return setBefore.test(lead) || thresholdBefore.test(lead) || groupOf.test(lead) || (span.kind !== 'multiple' && setAfter.test(after(text, span.end, 24)))
}

/** A length of time after a number: `3,000 years`, `three thousand years`. */
function durationAfterMatch(text: string, match: RegExpMatchArray): boolean {
  return durationAfter.test(after(text, match.index! + match[0].length, 16)) && !isEffort(text, match)
}

/** Time counted as effort given or needed, not as a span: `gave over 20,000 hours`, `600 hours of study`. */
function isEffort(text: string, match: RegExpMatchArray): boolean {
  const end = match.index! + match[0].length
  if (effortAfter.test(after(text, end, 32))) return true
  // `takes roughly 600 hours`, `gave over 20,000 hours`: an estimate of effort; `takes 45 minutes` is how long something lasts.
  return effortBefore.test(before(text, match.index!, 40)) && (approximated.test(before(text, match.index!, 24)) || match[0].length > 0 && approximatedMatch.test(match[0]))
}

/** The last word of a match (its letters after the last space). */
function lastWord(value: string): string {
  return value.slice(value.lastIndexOf(' ') + 1)
}

/**
 * Whether a capitalised word inside the sentence right before a number makes
 * it part of a name or a label: `Equation 4 gives`, `Route 66 runs`, `our
 * Year 11 students`. A capitalised word that opens the sentence does not
 * (`Only 11 students`).
 */
function namedBefore(text: string, index: number): boolean {
  const word = wordBefore(text, index)
  if (!startsUpper(word)) return false
  return !opensSentence(text, text.lastIndexOf(word, index)) || !openingWord.test(word)
}

/** Whether a word at `start` opens a sentence: at the start of the text or a line, or after a sentence's end mark and a space. */
function opensSentence(text: string, start: number): boolean {
  const lead = before(text, start, 4)
  const trimmed = lead.trimEnd()
  if (trimmed === '' || lead.slice(trimmed.length).includes('\n')) return true
  return trimmed.length < lead.length && sentenceEnd.test(trimmed)
}

function notYear(text: string, match: RegExpMatchArray): boolean {
  return notReference(text, match) && !isYear(match.groups?.n)
}

const rules: PatternRule[] = [
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
      return !clock && !clockAfter.test(after(text, match.index! + match[0].length, 8)) && notReference(text, match)
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
    // `a 5,000 mAh battery`, `an 8,000-word essay`: a size naming a kind of thing; not `a 12,000 rise`.
    accept: (text, match) =>
      notReference(text, match) &&
      !durationAfterMatch(text, match) &&
      !(
        attributeBefore.test(before(text, match.index!, 8)) &&
        attributeAfter.test(after(text, match.index! + match[0].length, 24)) &&
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
  {regex: lossCount, kind: 'count', accept: (text, match) => notReference(text, match) && !determinerBefore.test(before(text, match.index!, 16))}
]

/**
 * The statistics in a block of prose: percentages, `175 million`, money,
 * ratios (`3:1`, not `10:30`), `one in five`, `half of`, `three times as`,
 * `doubled`, changes and approximations with a number, counts of people and
 * things, measurements with units, rates, and grouped numbers (`12,000`).
 * Years, dates, clock times, ordinals, page, section and version numbers
 * are not statistics.
 */
export function detectStatistics(text: string): Span[] {
  const found = findSpans(text, rules)
    // `will pay about £1,900 more`: a sum of difference is a change, in any voice.
    .map((span) => (span.kind === 'money' && moreAfter.test(after(text, span.end, 12)) ? {...span, kind: 'change'} : span))
    .filter((span) => !isSet(text, span))
  if (found.length === 0) return found
  const starts = sentenceStarts(text)
  // Per sentence: about the author's own plans and method, or a worked example.
  const method: boolean[] = []
  const example: boolean[] = []
  const instruction: boolean[] = []
  for (let index = 0; index < starts.length; index++) {
    const sentence = text.slice(starts[index]!, starts[index + 1] ?? text.length)
    method.push(ownMethod.test(sentence))
    example.push(hypothetical(sentence, example[index - 1] ?? false))
    instruction.push(opensOnInstruction(sentence))
  }
  // What the paragraph does: advise the reader, or speak for the writer's own body.
  const register = registerOf(text, starts, instruction)
  let sentence = 0
  const spans = found.filter((span) => {
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= span.start) sentence++
    if (example[sentence]) return false
    // A plan's effects are claims (`will cut energy use by around 30%`); its sizes and settings are design.
    if (method[sentence] && span.kind !== 'change' && span.kind !== 'multiple') return false
    const from = starts[sentence]!
    const to = starts[sentence + 1] ?? text.length
    return !isSetFigure(text, span, from, to) && !isDescriptive(text, span, from, to) && !writerCounts(text, span, from) && !inInstruction(text, span, from) && !inPartyVoice(text, span, from, to) && !inRegister(text, span, from, to, register)
  })
  return joinBaselines(text, spans)
}


/**
 * One message for one statistic: a figure joined to the one before it as its
 * baseline or other end (`rose to 4.2% …, up from 2.9%`, `from 1,200 to
 * 5,000`, `between £90 million and £100 million`, `€9, or €5`) is one span
 * with it.
 */
function joinBaselines(text: string, spans: Span[]): Span[] {
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    const gap = last ? text.slice(last.end, span.start) : ''
    const range = last !== undefined && andBetween.test(gap) && betweenBefore.test(before(text, last.start, 12))
    if (last && span.start - last.end <= 64 && (range || baselineBetween.test(gap))) {
      last.end = span.end
    } else {
      joined.push({...span})
    }
  }
  return mergeSpans(joined)
}
