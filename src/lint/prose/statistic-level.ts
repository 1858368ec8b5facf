import type {PatternRule} from './span.js'
import {before} from './span.js'
import {isYear} from './statistic-veto.js'

// Results told as narrative of a season or a contest, and levels that held
// or peaked (the header: "the author's own measured results included"):
// - a level that held: `Nesting pairs held steady at 14`, `membership
//   stayed level at 212`, `levelled off at 38`;
// - a peak or a highest count: `a peak count of 96`, `the highest daily
//   total was 340`, `a peak of 1,200`;
// - a split of a counted whole the sentence opens on: `Of the 54 pupils who
//   sat the test, 41 passed` (the whole in digits, ten or more, and the
//   part in digits: `Of the 14 swings inspected, two` is narrative; not a
//   part of a plan: `Of the 75 seats we propose, 61`);
// - a change between two durations: `has come down from 30 weeks in May to
//   12 weeks`, `fell from 9 days to 4 days` (one duration alone is not a
//   statistic; two, one the other's change, are);
// - a change of rank or grade by a number: `has risen by three
//   kyu`, `climbed by four places`.
// Each pattern starts at a fixed word and reads forward over a bounded phrase,
// but the split's, which starts at its part and reads its whole in a bounded
// lookbehind.

/** A level that held, and its value: `held steady at 11`, `remained stable at about 40`. */
const heldAt =
  /\b(?:held|holds|holding|remained|remains|stayed|stays)\s+(?:steady|stable|unchanged|level|flat|constant|firm)\s+at\s+(?:about\s+|around\s+|roughly\s+|just\s+over\s+|just\s+under\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)|\b(?:levelled|leveled|plateaued|flattened)\s+(?:off\s+|out\s+)?at\s+(?:about\s+|around\s+)?(?<m>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)/giu
/** A peak or a highest count and its value: `a peak count of 212`, `the highest daily total was 340`. */
const peakOf =
  /\b(?:a|the|its|their|our)\s+(?:(?:peak|highest|maximum|record)\s+(?:(?:daily|weekly|monthly|single-day|one-day|annual|seasonal)\s+)?(?:count|total|tally|number|attendance|crowd|figure|reading)|peak)\s+(?:of|was|is|reached|came\s+to)\s+(?:about\s+|around\s+|some\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,:]?\d)/giu
/** The part of a split of a counted whole opening the sentence, both in digits: the `41` of `Of the 54 pupils who sat the test, 41` (the span is the part's, as a count's there would be). */
const ofTheWhole =
  /(?<=\bOf\s+(?:the|our|its|their|all|these|those)\s+(?:\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+(?:[\p{L}'’-]+\s+){1,8}?[\p{L}'’-]+,\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?)(?<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)/gu
/** A plan or a proposal in the whole's words: `Of the 75 seats we propose`, `Of the 40 places we will offer`. */
const planInWhole = /\b(?:propose[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|will|would|shall|expect(?:s|ed)?)\b/iu
/** A change between two durations: `come down from 41 weeks in January to 19 weeks`. */
const durationChange =
  /\b(?:come|came|gone|went|fallen|fell|dropped|risen|rose|grown|grew|climbed|shortened|lengthened|been\s+cut|been\s+reduced|was\s+cut|were\s+cut)\s+(?:down\s+|up\s+)?from\s+(?:about\s+|around\s+|over\s+|more\s+than\s+)?\d+\s+(?:years|months|weeks|days|hours|minutes)\s+(?:(?:in|at|on|last)\s+[\p{L}\d]+\s+)?to\s+(?:about\s+|around\s+|just\s+|only\s+|under\s+)?\d+\s+(?:years|months|weeks|days|hours|minutes)\b/giu
/** A change of rank or grade by a number in words or digits: `has risen by four kyu`, `climbed by three places`. */
const rankChange =
  /\b(?:risen|rose|fallen|fell|gone\s+up|went\s+up|gone\s+down|went\s+down|climbed|dropped|improved|slipped)\s+by\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:kyu|dan|grades|places|positions|ranks|bands|levels)\b/giu

/** Every regex of this module, for the ReDoS test. */
export const levelPatterns: readonly RegExp[] = [heldAt, peakOf, ofTheWhole, planInWhole, durationChange, rankChange]

/** The words of the split's whole, from its `Of` on: `Of the 75 seats we propose, `. */
function wholeOf(lead: string): string {
  return lead.slice(Math.max(0, lead.lastIndexOf('Of ')))
}

/** The patterns of levels, peaks, splits and changes told as a season's or a contest's results. */
export const levelRules: readonly PatternRule[] = [
  {regex: heldAt, kind: 'measurement', accept: (_text, match) => !isYear(match.groups?.n ?? match.groups?.m)},
  {regex: peakOf, kind: 'measurement', accept: (_text, match) => !isYear(match.groups?.n)},
  // `Of the 75 seats we propose, 61 lie`: a part of the writer's own plan is design, not a result.
  {regex: ofTheWhole, kind: 'proportion', accept: (text, match) => !isYear(match.groups?.n) && !planInWhole.test(wholeOf(before(text, match.index!, 120)))},
  {regex: durationChange, kind: 'change'},
  {regex: rankChange, kind: 'change'}
]
