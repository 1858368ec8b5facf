import type {Span} from './span.js'
import {after, before} from './span.js'

// Numbers that label or specify rather than measure, read from a bounded
// slice around the figure: a model's scale (`4mm-scale`), what a vessel or
// product is built to carry (`built to carry 180 trailers`), a limit (`the
// speed limit to 40 mph`), a fee or fare a body sets or announces for a
// date to come (`a new pitch fee of £28`, `Fares … will rise by 4% from 1
// June`), a production batch (`the first batch of 500 units`), the writer's
// own hiring (`We have since added 40 advisers`), how a share of money will
// be spent (`90% of the increase will be spent on`), a title's plot (`a
// play about three sisters`) and a clock time (`by half past ten`). The
// maker, the body or the writer is the source; a reviewer asks none of them
// for a citation.

/** A scale or gauge joined to the figure: `4mm-scale`, `7mm scale`, `N gauge`. */
const scaleAfter = /^(?:-|\s+)?(?:scale|gauge)\b/iu
/** What a vessel, building or product is built to carry: `built to carry`, `a capacity of`, `seats up to`. */
const capacityBefore =
  /\b(?:(?:built|designed|made|licensed|certified|rated|able|equipped|fitted\s+out)\s+to\s+(?:carry|hold|seat|take|accommodate|sleep|store|lift|tow|house)|(?:capacity|room|space|seating|berths?)\s+(?:of|for)|(?:seats|sleeps|accommodates))\s+(?:(?:up\s+to|as\s+many\s+as|a\s+maximum\s+of)\s+)?$/iu
/** A limit the figure is: `the speed limit to 40 mph`, `a weight limit is 7.5 tonnes`. */
const limitBefore = /\blimits?\s+(?:to|at|is|was|will\s+be|of\s+just)\s+$/iu
/** A fee or fare a body sets, named by its kind (`a new pitch fee of £28`), not an average of fees nor a fee paid (`a record fee of £100m`). */
const feeBefore =
  /\b(?:new|annual|weekly|monthly|daily|flat|fixed|standard|entry|entrance|pitch|stall|membership|joining|booking|registration|admission|parking|hire|licen[cs]e|tuition|service|basic)\s+(?:fees?|fares?|charges?|subscriptions?|levy|tolls?|rents?)\s+(?:of|is|are|will\s+be)\s+(?:(?:only|just)\s+)?$/iu
/** An average of fees, which is measured: `the average fee of`. */
const averageFee = /\b(?:average|mean|median|typical)\s+(?:[\p{L}-]+\s+)?(?:fees?|fares?|charges?|subscriptions?|levy|tolls?|rents?)\s+(?:of|is|are|will\s+be)\s+(?:(?:only|just)\s+)?$/iu
/** A price's change a body announces for a date to come: `Fares on the Vessa line will rise by`. */
const announcedChange =
  /\b(?:fares?|fees?|prices?|charges?|rents?|subscriptions?|tariffs?|tickets?|premiums?)\s+(?:[\p{L}'’-]+\s+){0,5}?will\s+(?:(?:rise|increase|go\s+up|fall|drop|come\s+down)|be\s+(?:raised|increased|cut|reduced|frozen))\s+(?:by\s+)?$/iu
/** The date the change takes effect: `from 1 June`, `from April`, `with effect from`. */
const fromDate =
  /^\s+(?:from|on|with\s+effect\s+from|as\s+of|starting)\s+(?:\d|next\b|the\s+(?:start|beginning|first)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u
/** A production batch or run: `the first batch of`, `a print run of`. */
const batchBefore = /\b(?:batch|production\s+run|print\s+run|run|edition|shipment|consignment)\s+of\s+$/iu
/** What buyers did with a batch, after it: `… of 3,000 has already sold out`: a result, not a specification. */
const soldAfter = /^[^.;!?]{0,40}\b(?:sold|snapped\s+up|bought|ordered|pre-ordered|reserved)\b/iu
/** The writer's own hiring: `We have since added`, `we recruited a further`. */
const ownHiring =
  /(?:^|[^\p{L}'’])(?:we|I)\s+(?:(?:have|had|'ve|’ve)\s+)?(?:(?:since|now|also|recently|just|already)\s+)?(?:added|hired|recruited|taken\s+on|took\s+on|appointed|trained)\s+(?:(?:a\s+further|another|an\s+extra|over|more\s+than|about|around)\s+)?$/iu
/** A share of money that will be spent: `90% of the increase will be spent on`. */
const spendingAfter =
  /^\s+of\s+(?:the|this|our|that|its|every|each|your)\s+(?:[\p{L}-]+\s+)?(?:increase|rise|money|funds?|funding|budget|income|proceeds|revenue|grant|donations?|pound|bill|charge)\s+(?:will|would|is\s+to|goes|go)\s+(?:be\s+)?(?:spent|used|invested|go|allocated|given|paid|ring-fenced)\b/iu
/** A work whose plot is told: `a new play about`, `the novel about`. */
const workBefore =
  /\b(?:play|novel|film|movie|story|book|opera|musical|comedy|drama|series|documentary|memoir|song|poem|ballet|tale|show)\s+$/iu
const aboutOpening = /^about\s/iu
/** A clock time: `half past ten`, `quarter to six`. */
const clockAfter = /^\s+(?:past|to)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticLabelPatterns: readonly RegExp[] = [
  scaleAfter,
  capacityBefore,
  limitBefore,
  feeBefore,
  averageFee,
  announcedChange,
  fromDate,
  batchBefore,
  soldAfter,
  ownHiring,
  spendingAfter,
  workBefore,
  aboutOpening,
  clockAfter
]

/**
 * Whether a statistic at `span` labels or specifies rather than measures:
 * a scale, a capacity, a limit, a fee, a price's announced change with its
 * date, a batch, the writer's own hiring, a share of money to be spent, a
 * count in a title's plot, or a clock time. Reads at most 80 characters
 * either side of the span.
 */
export function isLabelFigure(text: string, span: Span): boolean {
  const lead = before(text, span.start, 80)
  const rest = after(text, span.end, 80)
  const words = text.slice(span.start, span.end)
  if (scaleAfter.test(rest) || clockAfter.test(rest)) return true
  if (aboutOpening.test(words) && workBefore.test(lead)) return true
  if (spendingAfter.test(rest)) return true
  if (span.kind === 'percentage' || span.kind === 'proportion') return false
  if (span.kind === 'multiple') return false
  if (capacityBefore.test(lead) || limitBefore.test(lead) || (batchBefore.test(lead) && !soldAfter.test(rest)) || ownHiring.test(lead)) return true
  if (feeBefore.test(lead) && !averageFee.test(lead)) return true
  return announcedChange.test(lead) && fromDate.test(rest)
}
