import type {PatternRule} from './span.js'
import {after, before, startsUpper} from './span.js'
import {isEffort, notReference, notYear, opensSentence, predicativeBefore} from './statistic-veto.js'

// Changes and multiples: a quantity set against another or against itself
// over time (`doubled`, `fell by 3 points`, `twice the rate`, `five times
// more`, `a third fewer`, `almost as often`, `612 since January, compared
// with 380`, `to 47 from 29`, `closed up 3p at 412p`, `rose from about
// eight minutes to 22`, `by a factor of three`, `nearly double`, `at double
// last year's rate`). Each pattern starts at a number or a fixed word and reads
// forward over a bounded phrase (test/lint/redos.test.ts checks every one).

/** `five times more`, `two and a half times more sensitive`: a multiple, a whole number in words with a half after it among them. */
const times =
  /\b(?:\d+(?:\.\d+)?|several|many|a\s+few|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+times\s+(?:more|less|fewer|as|higher|lower|greater|larger|smaller|faster|bigger|longer|shorter|slower|cheaper|dearer|heavier|lighter|stronger|weaker|quicker|the|face|what|its|their|that|those|over)\b/giu
/** `twice the rate`, `half as likely`, `more than double its output`, `roughly double the 2024 crop`: a multiple of a quantity named after it, the thing's own output or sales among them. */
const twice =
  /\b(?:twice|double|triple|treble|half)\s+(?:as\s+(?!(?:a|an|the|well|such|if|though|to|of|for|in|on|at|it|they|we|he|she|you|I|part|one)\b)\p{L}{3,}|the\s+(?:[\p{L}\d-]+\s+)?(?:number|rate|risk|size|amount|level|average|mean|median|norm|baseline|volume|cost|price|share|odds|national|global|european|us|uk|eu|figure|total|sum|value|population|count|crop|harvest|catch|yield|output|turnout|entry)|(?:its|their)\s+(?:[\p{L}\d-]+\s+)?(?:peak|high|low|level|average|value|price|size|total|record|number|rate|share|cost|weight|volume|capacity|output|production|yield|sales|turnover|revenue|intake|catch|harvest)|last\s+(?:year|season|month|week|time)['’]s\s+(?:[\p{L}-]+\s+)?(?:total|figure|number|level|sum|amount|record|tally|count|haul|rate|pace)|that\s+of|those\s+(?:in|at|of|on|for|from)|as\s+well\s+as\s+(?:those|others|the\s+(?:others|rest|control|average)))\b/giu
/** `double what they were`, `twice what the old pump managed`: a multiple of a quantity the clause goes on to state (`half what` reads as `half` already). */
const twiceWhat = /\b(?:twice|double|triple|treble)\s+what\s+(?:it|they|we|he|she|you|the|this|that|these|those|its|their|our|last|an?|each|every|one)\b/giu
/**
 * `roughly an order of magnitude`, `two orders of magnitude`: a multiple of
 * ten, a comparison in words as much as `ten times` is, with the
 * approximation before it in its span.
 */
const orderOfMagnitude =
  /\b(?:(?:roughly|about|around|nearly|almost|more\s+than|over|at\s+least|some|fully)\s+)?(?:an|one|two|three|four|five|six|several)\s+orders?\s+of\s+magnitude\b/giu
const fold = /\b(?:\d+|twenty|thirty|forty|fifty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand)-?fold\b/giu
const changeByFraction =
  /\b(?:rose|risen|grew|grown|increased|fell|fallen|dropped|declined|decreased|shrank|shrunk|lost|loses|lose|cut|reduced|lowered|raised|boosted|gained|jumped|slumped|plunged)\s+(?:by\s+|in\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|roughly\s+|over\s+|some\s+)?(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one)[\s-]+(?:fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three|four)[\s-]+fifths|(?:three|seven|nine)[\s-]+tenths)\b/giu
/**
 * `doubled`, `more than doubled over the year`: a change with no number. Not
 * `doubled over in pain` nor `doubled back` (a body's movement); `over` and a
 * period after it is the change's span of time.
 */
const doubled =
  /\b(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing)\b(?!\s+(?:down|back|up|as)\b|\s+over\b(?!\s+(?:the|that|this|those|these|its|their|our|a|an|two|three|four|five|six|seven|eight|nine|ten|twenty|several|\d+)\s))(?<!ing(?=\s+(?:the|these|this|that|those|its|their|our|a|an)\b))/giu
/** `to double`, `could triple`, and a hedged bare verb of multiple (`saw conversion rates nearly double`, `almost triple`): a change with no number. */
const toDouble =
  /\b(?:to|will|would|could|can|cannot|should|may|might|set\s+to)\s+(?:double|triple|treble|quadruple|halve)\b(?!\s+(?:down|back|up|as)\b)|\b(?:nearly|almost)\s+(?:double|triple|treble|quadruple)(?=\s*[.,;:!?])/giu
/** `outstrip supply by a factor of three`, `by a factor of 2.5`: a multiple stated as a factor, in words or digits. */
const byFactor =
  /\bby\s+a\s+factor\s+of\s+(?:(?:about|around|nearly|almost|roughly|more\s+than|over|some)\s+)?(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b/giu
/** `rose again, to 611`, `fell slightly, to 38%`: a manner adverb between the verb and its new level (with or without a comma) keeps it a change to a level (not before `from`: `fell sharply, to 48 from 75` is read by toFrom). */
const change =
  /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows|increased|increasing|decreased|decreasing|declined|declining|dropped|dropping|climbed|climbing|jumped|soared|plunged|plummeted|reached|reaching|averaged|averaging|totalled|totaled|totalling|totaling|numbered|numbering|stood\s+at|peak(?:ed|ing|s)\s+at)(?:\s+(?:again|further),?\s+(?:to\s+)?(?:just\s+|only\s+)?|\s+(?:slightly|sharply|steeply|steadily|modestly|marginally|gradually|rapidly|markedly|considerably|substantially),?\s+to\s+(?!(?:\p{L}+\s+)?[\d.,]+%?\s+from\s)(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?|\s+(?:by\s+|to\s+|from\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|roughly\s+|approximately\s+|just\s+over\s+|just\s+under\s+|an\s+estimated\s+)?)(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|(?:st|nd|rd|th)\b)/giu
/**
 * A change between two counts in digits, the new one a bare number up to 12:
 * `fell from 23 to 7` (the whole phrase one statistic, so the bare `23 to 7`
 * after `from` is no clock time, as statistic-label.ts would read it). Not a
 * year first (`from 2019 to 7`) nor a clock time after the second (`from 6
 * to 9 am`).
 */
const fromToLevel =
  /\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped|climbed|jumped|went\s+(?:up|down))\s+from\s+(?:(?:about|around|nearly|almost|over|some)\s+)?(?!(?:1[5-9]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)\s+to\s+(?:(?:about|around|nearly|almost|just|only)\s+)?(?:1[0-2]|[1-9])(?![\d.,:%]|\s?[ap]\.?m(?![\p{L}])|\s?o['’]clock\b)/giu
/** A count and its thing, up from nothing: `9 territories, up from none`, `held 12 pairs, up from zero in 2021`. */
const upFromNone =
  /(?<![\p{L}\d.,'’\/$€£¥-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,?\s+up\s+from\s+(?:none|zero|nil|nothing)\b/giu
/** A change between two levels in one phrase, the first dated: `has gone from four teams in 2019 to 22 this season`, `grew from 3 crews in 2020 to 15`. */
const datedChange =
  /\b(?:gone|went|grown|grew|risen|rose|fallen|fell|increased|decreased|dropped|climbed|expanded|shrunk|shrank)\s+from\s+(?:(?:about|around|nearly|almost|over|just|only)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+handful)\s+(?:[\p{L}-]+\s+){0,2}?in\s+(?:19|20)\d\d\s+to\s+(?:(?:about|around|nearly|almost|over|more\s+than|just\s+over|some)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\b/giu
/** A change from one count in words to another: `have fallen from over a hundred … to fewer than thirty`. */
const wordChange =
  /\b(?:rose|risen|fell|fallen|grew|grown|shrunk|shrank|increased|decreased|declined|dropped|climbed|dwindled)\s+from\s+(?:(?:over|about|around|nearly|almost|more\s+than|fewer\s+than|less\s+than|some|roughly|just\s+over|just\s+under|well\s+over)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+(?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b(?=[^.;!?]{0,40}?\sto\s)/giu
const pointsChange =
  /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s+(?:percentage\s+)?points?\s+(?:higher|lower|more|less|ahead|behind|up|down)|-point\s+(?:lead|drop|fall|rise|gap|swing|increase|decrease|lower|higher))\b/giu
/** `612 since January, compared with 380`, `14 in October against 41 in September`: a count set against a baseline, the second count named by its own period after `against`. */
const comparedCount =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,]\d)[^.;!?\d]{0,40}?(?:\bcompared\s+(?:with|to)\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)|\s(?:in|during|over|on)\s+(?:[\p{L}\d]+\s){1,3}?against\s+(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,]\d)(?=\s+(?:in|during|over|on|the)\s))/giu
/** `by just 3 points`, `by around a third`, `by a half`, `by up to 80%`: a change by an amount; not `by half a second`, a margin of time (a duration). */
const byAmount =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|just|only|at\s+least|up\s+to|less\s+than|a\s+further)\s+)?(?:(?:a\s+)?half(?!\s+(?:an?|one)\s+(?:second|minute|hour|day|week|fortnight|month|year|season|century)\b)|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one)[\s-]+(?:fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three|four)[\s-]+fifths\b|(?:three|seven|nine)[\s-]+tenths\b|\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|points?\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:percentage\s+)?points?\b)/giu
/** `almost as often … as`, `nearly as many`: a comparison of two quantities. */
const asOften =
  /\b(?:almost|nearly|about|roughly|just|at\s+least|only\s+half|half)\s+as\s+(?:often|many|much|likely|common|frequent|frequently|high|low|large|fast|quickly|long)\b/giu
/** `a third fewer`, `half as many`, `a quarter cheaper`: a share of a difference. */
const fractionComparative =
  /\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one)[\s-]+(?:fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:fewer|more|less|lower|higher|smaller|larger|bigger|cheaper|dearer|faster|slower|longer|shorter|above|below|up|down)\b(?!\s+(?:of|the)\b)/giu
/** A period after `times over`: `rises three times over two days` counts events. */
const overPeriod =
  /^\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|the\s+(?:next|last|past|following|course\s+of))\s+(?:[\p{L}-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?)\b/iu
/** A change's new level, in its match: `grown to 14`, `risen to about 9`, `peaked at 11`, `reached 75`. */
const toInChange = /(?:\s(?:to|at)|\breach(?:ed|es|ing))\s+(?:[\p{L}]+\s+){0,2}?\d[\d,.]*$/iu
/** A unit of time right after a change's value: `grown to 14 weeks`, a length of time changed, a duration. */
const timeUnitAfter = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?)(?![\p{L}])/iu

/** A modal or `to` before `fell`: the verb of cutting trees down (`seeks to fell 3.2 hectares`), not the past of `fall`. */
const fellVerbBefore = /\b(?:to|will|would|shall|can|could|may|might|must|should|cannot|not)\s+$/iu
const fellOpening = /^fell\s/iu

/** `over` closing a match. */
const overEnd = /\sover$/iu
/** A change sized by its digits: `double-digit declines`, `single-digit growth`, `triple-digit rises`. */
const digitsChange =
  /\b(?:single|double|triple)[\s-]digit\s+(?:percentage\s+)?(?:declines?|falls?|drops?|growth|rises?|increases?|gains?|losses?|cuts?|inflation|returns?)\b/giu

/** A determiner or a name before a plural noun: `the trebles`, `mixed doubles`, `women’s doubles`. */
const nounBefore = /\b(?:the|these|those|its|their|our|his|her|my|your|mixed|men['’]s|women['’]s|boys['’]|girls['’])\s+$/iu
/** A number, or a measure joined to its number, right before a plural noun: `two halves`, `two 15-minute halves`, `both halves` (parts counted, not a change). */
export const countedPartsBefore = /\b(?:\d+|two|three|four|both)(?:-\p{L}+)?\s+$/iu
/** A determiner and one word naming which, before a plural noun: `the summer doubles`, `our club triples`. */
const namedNounBefore = /\b(?:the|these|those|its|their|our|this|next|last)\s+[\p{L}'’-]+\s+$/iu
/** A copula or an event's word right after the plural noun: ` is £5`, ` final`, ` will be held` (a verb of change takes neither). */
const eventAfter =
  /^\s+(?:is|are|was|were|will\s+be|final|finals|competition|tournament|event|league|draw|entry|starts?|begins?|takes\s+place)\b/iu

/** A market's move at the close, with the level it closed at: `closed up 3p at 412p`, `ended the day down 1.2%`. */
const marketMove =
  /\b(?:closed|ended|finished|settled|opened|traded)\s+(?:the\s+(?:day|week|session|month)\s+)?(?:up|down|higher|lower)\s+(?:\d+(?:\.\d+)?\s?(?:p|c|pence|cents|%|per\s?cent|points?)|[$€£]\s?\d+(?:\.\d+)?)(?![\p{L}\d])(?:\s+at\s+(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:p|c)?(?![\p{L}\d]))?/giu
/** A change from one length of time to another: `rose from about eight minutes to 22`, `fell from 40 days to 31`. */
const durationChange =
  /\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|climbed|lengthened|shortened|jumped|went\s+(?:up|down))\s+from\s+(?:(?:about|around|roughly|nearly|almost|under|over|just\s+over|just\s+under|some)\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+to\s+(?:(?:about|around|roughly|nearly|almost|under|over|more\s+than|just\s+over|just\s+under|some)\s+)?(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\b/giu

/** A bare level with its earlier one after a comma: `Membership stands at 74, up from 52 in 2023`, `at 310, down from 345`; not a sum or a share (their own patterns). */
const bareCompared =
  /(?<![\p{L}\d.,'’/$€£¥-])(?<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,]\d),\s+(?:up|down)\s+(?:from|on)\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s?%)/giu
/** A level's name or a requirement right before a bare level: `account level`, `requires`. */
const namedLevelBefore = /\b(?:level|grade|tier|rank|stage|band|step|page|version|size|number|no\.|requires?|required|minimum|maximum|cap)\s+$/iu
/** A change stated from its new value back to its old: `rose sharply, to 47 from 29`, `to 12% from 9%` (not years: `to 2024 from 2019`, nor a clock time after `from`: `lanes 1 to 6 from 7 pm`). */
const toFrom =
  /\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+|just\s+under\s+)?(?!(?:1[5-9]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\s+from\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+|just\s+under\s+)?(?!(?:1[5-9]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?(?![\d.,]\d)(?!\d|\s?[ap]\.?m(?![\p{L}]))/giu

/** Every regex of this module, for the ReDoS test. */
export const statisticChangePatterns: readonly RegExp[] = [
  namedNounBefore,
  countedPartsBefore,
  eventAfter,
  marketMove,
  durationChange,
  toFrom,
  fromToLevel,
  upFromNone,
  times,
  twice,
  twiceWhat,
  orderOfMagnitude,
  fold,
  changeByFraction,
  doubled,
  nounBefore,
  toDouble,
  byFactor,
  change,
  wordChange,
  datedChange,
  pointsChange,
  comparedCount,
  bareCompared,
  namedLevelBefore,
  byAmount,
  asOften,
  fractionComparative,
  overPeriod,
  overEnd,
  digitsChange,
  fellVerbBefore,
  fellOpening,
  toInChange,
  timeUnitAfter
]

/** The patterns of changes and multiples, by kind, each with its vetoes. */
export const changeRules: readonly PatternRule[] = [
  {regex: times, kind: 'multiple', accept: (text, match) => notReference(text, match) && !(overEnd.test(match[0]) && overPeriod.test(after(text, match.index! + match[0].length, 40)))},
  {regex: twice, kind: 'multiple'},
  {regex: twiceWhat, kind: 'multiple'},
  {regex: orderOfMagnitude, kind: 'multiple'},
  {regex: fold, kind: 'multiple', accept: (text, match) => !predicativeBefore.test(before(text, match.index!, 16))},
  {regex: changeByFraction, kind: 'change'},
  // `the trebles proved it`, `the mixed doubles`: after a determiner, a plural noun (voices, a pairing), not a change.
  // `Plain Bob Triples`, `Grandsire Doubles`: a capital inside a sentence makes the word part of a name, not a change.
  {
    regex: doubled,
    kind: 'change',
    accept: (text, match) =>
      !(match[0].endsWith('es') && (nounBefore.test(before(text, match.index!, 16)) || countedPartsBefore.test(before(text, match.index!, 16)))) &&
      // `Entry for the summer doubles is £5`: a determiner, a word naming which, and a copula or an event's word after: a competition, not a change.
      !(match[0].endsWith('es') && namedNounBefore.test(before(text, match.index!, 32)) && eventAfter.test(after(text, match.index! + match[0].length, 24))) && !(startsUpper(match[0]) && !opensSentence(text, match.index!))
  },
  {regex: toDouble, kind: 'change'},
  {regex: byFactor, kind: 'multiple'},
  // `seeks to fell 3.2 hectares`: after `to` or a modal, `fell` cuts trees down; it is no change.
  // `Waiting lists have grown to 14 weeks`, `queues peaked at 40 minutes`: the level a wait reached is a duration, not a quantity counted; `rose by 3 weeks` and an average stay.
  {
    regex: change,
    kind: 'change',
    accept: (text, match) =>
      notYear(text, match) &&
      !(fellOpening.test(match[0]) && fellVerbBefore.test(before(text, match.index!, 12))) &&
      !(toInChange.test(match[0]) && timeUnitAfter.test(after(text, match.index! + match[0].length, 12)) && !isEffort(text, match))
  },
  {regex: wordChange, kind: 'change'},
  // `has gone from four teams in 2019 to 22 this season`: a level moved between two dates, counted in words or digits.
  {regex: datedChange, kind: 'change'},
  // `closed up 3p at 412p`: a market's move, in pence or points as much as in a share.
  {regex: marketMove, kind: 'change'},
  // `rose from about eight minutes to 22`: a wait that changed is a change, though its lengths are durations.
  {regex: durationChange, kind: 'change'},
  {regex: toFrom, kind: 'change'},
  // `fell from 23 to 7`: the whole change, so no bare `23 to 7` reads as a clock time (larger new levels were found already).
  {regex: fromToLevel, kind: 'change'},
  // `9 territories, up from none`: a count set against nothing before it.
  {regex: upFromNone, kind: 'change', accept: notReference},
  {regex: pointsChange, kind: 'change'},
  {regex: comparedCount, kind: 'change', accept: notYear},
  // `now require account level 20, up from 15`: a level named or required is set, not measured.
  {regex: bareCompared, kind: 'change', accept: (text, match) => notYear(text, match) && !namedLevelBefore.test(before(text, match.index!, 24))},
  {regex: byAmount, kind: 'change'},
  {regex: asOften, kind: 'multiple'},
  {regex: digitsChange, kind: 'change'},
  {regex: fractionComparative, kind: 'multiple'}
]
