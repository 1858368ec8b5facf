import type {PatternRule} from './span.js'

// Quantities written in forms the other patterns do not read, each a claim
// about the world that a reviewer asks a source for:
// - a range of two fractions (`losses of a quarter to a third`): a share,
//   stated as an estimate's two ends;
// - a headcount of the writer's own company, ten or more (`with 63 of us
//   squeezed in`): a turnout counted, not a small count in narrative;
// - a size written onto `-strong` (`a 400-strong crowd`, `the crowd was
//   400-strong`): a count of a gathering or a force.
// - a count of ten or more as the subject of a verb of saying, finding or
//   an outcome, after a clause's break (`Of the 46 who answered, 31 said`,
//   `In our tests on forty samples, 11 exceeded the limit`): what the count
//   did is what was found;
// - a rate in words per unit of time, approximated or bounded (`roughly
//   three drips a minute`, `to within a second or two a day`): an estimate
//   or a measurement, not a schedule, a cap (`up to two a day`) or time
//   spent (`about twenty minutes a day`);
// - a side's run of results counted (`unbeaten in nine matches`, `without a
//   win in 12 games`);
// - a count stressed as small after a verb of drawing or receiving (`drew
//   just nine entries`), and a dozen bounded as an estimate (`no more than a
//   dozen saw doctors`);
// - a past level dated after `from`, a change's baseline (`from over 300 in
//   the 1990s`);
// - the other end of a comparison between groups, a bare number after
//   `against` and before `for` and the group (`37 claims per 1,000 members,
//   against 52 for riders`);
// - a difference in time between groups (`four to five years later than
//   monolinguals`), not against a time or a plan (`ten days later than last
//   year`, `a week later than planned`).
// Each pattern starts at a fixed word or a number and reads a bounded phrase.

/** `a quarter to a third`, `a third or a half`: both ends are fractions in words, not a clock time (`a quarter to two`). */
const fractionRange =
  /\b(?:a|one)[\s-]+(?:third|quarter|fifth|tenth)\s+(?:to|or)\s+(?:a\s+half|half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth)|(?:two|three|four)[\s-]+fifths)\b(?!\s+(?:an?|of\s+an?)\s+(?:hour|mile|day|century|dozen|minute|second|inch|metre|meter|kilometre|pint|litre|page)\b)/giu
/** `63 of us`, `120 of us`: the writer's company, ten or more, counted. */
const ofUs = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,3})\s+of\s+us\b/giu
/** `400-strong`, `a 2,000-strong crowd`: a gathering's size, ten or more. */
const strong = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,5})[-‐]strong\b/giu

/** A count of ten or more after a clause's break, then a past verb of saying, finding or an outcome, with the thing it passed or failed: `, 31 said`, `, 11 exceeded the limit` (the limit crossed is the count's, not a limit set). */
const countDid =
  /(?<=[,;:]\s)(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,3})\s+(?:said|reported|answered|agreed|disagreed|showed|died|survived|refused|chose|preferred|named|mentioned|complained|responded|replied|tested\s+positive|dropped\s+out|(?:exceeded|failed|passed)(?:\s+(?:the|its|their)\s+[\p{L}-]+)?)\b/gu
/** A rate in words per unit of time, approximated: `roughly three drips a minute`, `about two a day` (not a cap, `up to two courts a day`, nor time spent, `about twenty minutes a day`). */
const approximateWordRate =
  /\b(?:about|around|roughly|approximately|nearly|almost|some)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|a\s+few)\s+(?:(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)[\p{L}-]+\s+)?(?:a|an|per)\s+(?:second|minute|hour|day|week|fortnight|month|year)\b/giu
/** A tolerance per unit of time, in words: `within a second or two a day`, `within five minutes a week`. */
const withinRate =
  /\bwithin\s+(?:a|an|one|two|three|four|five|six|ten|a\s+few)\s+(?:seconds?|minutes?|hours?|millimetres?|degrees?)(?:\s+or\s+(?:two|three|so))?\s+(?:a|an|per)\s+(?:day|week|month|year)\b/giu
/** A side's run of results counted: `unbeaten in nine matches`, `without a win in 12 games`. */
const runOfResults =
  /\b(?:unbeaten|undefeated|winless|without\s+(?:a\s+)?(?:win|defeat|loss))\s+in\s+(?:(?:their|its|his|her)\s+(?:last\s+)?)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|a\s+few)\s+(?:[\p{L}-]+\s+)?(?:matches|games|fixtures|outings|races|starts|bouts|meetings)\b/giu
/** A count stressed as small after a verb of drawing or receiving: `drew just nine entries`, `received only 14 bids`. */
const justDrew =
  /\b(?:drew|draws|attracted|attracts|received|receives|got|had|pulled\s+in)\s+(?:just|only|a\s+mere|barely)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|a\s+few)\s+(?:[\p{L}-]+\s+)?(?:entries|entrants|applicants|applications|bids|responses|replies|visitors|members|players|competitors|teams|starters|runners|riders|dancers|candidates|bookings|signatures|volunteers)\b/giu
/** A dozen bounded as an estimate: `no more than a dozen saw doctors`, `fewer than a dozen firms`. */
const boundedDozen =
  /\b(?:no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than|barely|at\s+most)\s+a\s+dozen\s+(?:[\p{L}-]+\s+)?\p{L}{2,}s\b/giu
/** A past level dated after `from`: `from over 300 in the 1990s`, `from about 1,200 in 2010`. */
const datedBaseline =
  /\bfrom\s+(?:(?:over|more\s+than|about|around|nearly|almost|some|under|fewer\s+than|less\s+than|just\s+over|just\s+under)\s+)?(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,3})\s+in\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0s\b/giu
/** The other end of a comparison between groups: `against 52 for riders`, `compared with 14 for women`. */
const groupOtherEnd =
  /(?<=,\s)(?:against|versus|compared\s+with|compared\s+to)\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+for\s+(?:the\s+)?\p{L}{2,}/giu
/** A difference in time between groups: `four to five years later than monolinguals`, `two years earlier than men` (not against a time or a plan: `ten days later than last year`, `than planned`). */
const timeGapThan =
  /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|a\s+few)(?:\s+(?:to|or)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|a\s+few))?\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier|sooner|longer)\s+than\b(?!\s+(?:last|this|next|usual|normal|planned|expected|scheduled|forecast|predicted|in|on|at|before|previously|originally|ever|the|a|an|its|their|our|his|her|my|your)\b)/giu

/** Every regex of this module, for the ReDoS test. */
export const tallyPatterns: readonly RegExp[] = [fractionRange, ofUs, strong, countDid, approximateWordRate, withinRate, runOfResults, justDrew, boundedDozen, datedBaseline, groupOtherEnd, timeGapThan]

/** The tally patterns by kind. */
export const tallyRules: readonly PatternRule[] = [
  {regex: fractionRange, kind: 'proportion'},
  {regex: ofUs, kind: 'count'},
  {regex: strong, kind: 'count'},
  {regex: countDid, kind: 'count'},
  {regex: approximateWordRate, kind: 'rate'},
  {regex: withinRate, kind: 'rate'},
  {regex: runOfResults, kind: 'count'},
  {regex: justDrew, kind: 'count'},
  {regex: boundedDozen, kind: 'count'},
  {regex: datedBaseline, kind: 'count'},
  {regex: groupOtherEnd, kind: 'count'},
  {regex: timeGapThan, kind: 'change'}
]
