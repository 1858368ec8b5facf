import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'

// Figures that specify a thing or that the writer's own body sets, rather
// than report a finding: a weighting of marks (`worth 30% of the total`),
// the distance or height a race, route or place is at (`the longest ride
// of the season at 320 km`, `a hut at 2,100 m`), what a body buys or funds
// (`funding for 12 new buses`, `agreed to buy … at a cost of £2,300`), what
// the writer uses in a method (`we use 4 g of salt`; what the writer paid
// is set-amount.ts's), an instruction to change a quantity (`should cut the dose by a
// third`), a figure glued to a noun as its size (`a 600-watt heater`, `a
// quarter-turn`), an owned group (`her family's flock of 40`), a class
// defined by a threshold (`a cellar that stays above 70% humidity`), a
// rule's minimum (`entries of at least 500 words will not be accepted`), a
// tribunal's award (`the panel allowed the claimant 60%`) and the sites of
// the writer's own measurements (`we sampled soil at 18 plots`; not a
// reading in a unit, `we measured the flow at about 11 litres per second`), what a thing
// has along its length (`There are 40 bridges in 12 miles`), a small count of
// places with its hedge (`in at least four parishes`) and a person's life's
// work in a profile (`He has taught thousands of pupils`), a sum a tribunal
// orders paid (`ordered to pay costs of £28,000`) and a place's height in
// brackets in a guide (`Tengboche (3,860 m)`).
// Each check reads a bounded slice of the figure's own sentence.

/** A weighting, after the figure: `of the total`, `of the marks`. */
const weightAfter = /^\s+of\s+(?:the\s+)?(?:total|overall\s+mark|final\s+mark|marks?|grade|score|assessment)\b/iu
/** And before it: `worth`, `weighted at`, `counts for`. */
const weightBefore = /\b(?:worth|weighted\s+at|counts?\s+for|counting\s+for)\s+$/iu
/** A race, route or place the distance or height belongs to, read before `at`: `the longest race on the calendar at`. */
const placeNoun = /\b(?:race|route|ride|walk|crossing|course|stage|summit|peak|station|camp|hut|refuge|col|pass|gauge|site)\b/giu
const atEnd = /\bat\s+(?:about\s+|around\s+|some\s+|over\s+|just\s+over\s+|just\s+under\s+)?$/iu
/** A mark that ends a clause between the place and its `at`. */
const clauseMark = /[.;:!?]/u
/** A unit of distance or height ending the span or right after it. */
const distanceEnd = /(?:\d|\s)(?:km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|feet|ft)$/iu
const distanceAfter = /^\s?(?:km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|feet|ft)\b/iu
/** What a body buys or funds, right before the figure: `funding for`, `agreed to buy`, `at a cost of` after a purchase. */
const fundedBefore = /\b(?:funding|budget|money|grant|order|orders)\s+for\s+$/iu
const purchase = /\b(?:agreed|decided|voted|approved|plans?|planning|will|is\s+to|are\s+to)\s+(?:to\s+)?(?:buy|purchase|order|fund|lease|hire)\b/iu
const costBefore = /\b(?:at\s+a\s+(?:total\s+)?cost\s+of|costing|for\s+a\s+total\s+of)\s+(?:about\s+|around\s+|some\s+)?$/iu
/** What the writer uses in a method: `we use`, `we add`. */
const writerUses = /\b(?:we|I)\s+(?:(?:always|usually|normally|then)\s+)?(?:use|add|mix\s+in|stir\s+in|dilute)\s+(?:(?:about|around|roughly|just)\s+)?$/iu
/** An instruction to change a quantity of a method: `should cut the dose by`. */
const changeInstruction =
  /\b(?:should|must|need\s+to|can)\s+(?:cut|reduce|increase|raise|lower)\s+(?:the|their|your|its)\s+(?:dose|dosage|amount|quantity|time|temperature|volume|weight|portion)s?\s+$/iu
/** A figure glued to a noun as its size: `-watt heater`, `-tone` (not a comparison's `-year high`, `-point lead`, `-fold`, `-strong`). */
const gluedNoun =
  /^-(?!(?:year|month|week|day|hour|minute|fold|strong|odd|plus|point|percent|per|times)\b)\p{L}{2,}\b/iu
/** A person's own group, right before the count: `his neighbour's herd of`, `her flock of` (a body's fleet, `The city's fleet of`, stays). */
const ownedGroup =
  /\b(?:his|her|their|our|my)\s+(?:\p{L}+['’]s\s+)?(?:herd|flock|team|crew|choir|squad|stable|kennel|pack)\s+of\s+$/iu
/** A class defined by a threshold, with an indefinite head: `A cellar that stays above`, `any instrument kept in a room below`. */
const thresholdClass =
  /\b(?:any|an?|every)\s+[\p{L}-]+\s+(?:that|which|kept|stored|left|held)\b[^.;:,!?]{0,40}?\b(?:below|above|under|over)\s+$/iu
/** A change of what was measured, which makes the threshold a finding: `that fell below`. */
const changedTo = /\b(?:fell|rose|dropped|climbed|increased|decreased|was|were|stood|remained|stayed|reached|hit)\b/iu
/** A rule's minimum or maximum: `at least`, `no more than`, in a sentence that says what will not be accepted. */
const boundOpening = /^(?:at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than)\s/iu
/** What a rule requires or will not accept after its bound: `must be`, `will not be accepted`, `is required` (superlative-practice.ts's `ruleModal` is a different cue: a modal before `every`). */
const requirementAfter = /\b(?:cannot|can\s+not|will\s+not|may\s+not|must\s+not)\s+be\s+(?:accepted|considered|included|used|entered|registered|processed)\b|\bmust\s+(?:be|have|include|give|use)\b|\b(?:is|are)\s+required\b/iu
/** A tribunal's award: `The award allowed the supplier`, `the court awarded her`. */
const awarded =
  /\b(?:award|tribunal|court|arbitrator|judge|panel)\s+(?:(?:also|then|only)\s+)?(?:allowed|awarded|granted|ordered)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+)?$/iu
/** A sum a tribunal or court orders paid, right before it: `ordered to pay costs of`, `ordered her to pay`. */
const orderedToPay =
  /\bordered\s+(?:(?:him|her|them|it|the\s+[\p{L}-]+)\s+)?to\s+pay\s+(?:(?:costs|compensation|damages|a\s+fine|a\s+penalty|a\s+contribution(?:\s+to\s+costs)?)\s+(?:of\s+)?)?(?:(?:about|around|some)\s+)?$/iu
/** A place's name and an opening bracket right before a height or a length: `Tengboche (`. */
const placeBracketBefore = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,30}\s?\($/u
const bracketHeightAfter = /^\s?(?:m|met(?:re|er)s|ft|feet)\)/u
/** A height in the hundreds or thousands: `3,860`, `950` (a result's `3.2` or `48` is no place's height). */
const heightDigits = /^(?:\d{1,2},\d{3}|\d{3,5})$/u
/** The sites of the writer's own measurements: `We measured mass balance at`. */
/** What a thing has along its length, told as it is: `There are 40 bridges in 12 miles`. */
const featureDensity = /^\d[\d,]*\s+\p{L}+\s+in\s+\d[\d,.]*\s+(?:miles|km|kilomet(?:re|er)s)\b/iu
const existentialBefore = /\b(?:there\s+are|it\s+has|the\s+[\p{L}-]+\s+has)\s+$/iu
/** A small count of places in narrative with its hedge: `in at least four parishes`. */
const placesAtLeast = /\b(?:in|at|on|from|across)\s+$/iu
/** A report of others, which makes the count a finding: `have been reported on at least four`. */
const reportedLead = /\b(?:reported|recorded|found|confirmed|identified|documented|detected|observed)\b/iu
const smallAtLeast = /^at\s+least\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s/iu
/** A person's life's work in a profile: a sentence opening on `She` or `He`, `has treated` right before `thousands of`. */
const profileSubject = /^[^\p{L}]{0,3}(?:she|he)\s/iu
const careerBefore = /\b(?:has|had)\s+(?:\p{L}+\s+)?$/iu
const manyOpening = /^(?:thousands|hundreds|dozens)\s+of\s/iu
/** A count in digits at the opening of a span. */
const leadingDigits = /^\d{1,3}\b/u
/** The writer's own measuring, and the preposition of its site right before a figure: `we sampled soil at 18 plots` (read in steps, `writerSitesBefore`). */
const writerMeasured = /\b(?:we|I)\s+(?:measured|recorded|sampled|monitored|surveyed)\s/iu
const sitePreposition = /\b(?:at|in|from|on)\s+$/iu
/** A mark that ends a clause, before the writer's verb. */
const siteClauseEnd = /[.;:!?]/gu
/** How far back from the figure the writer's verb may stand (the verb, then at most 60 characters). */
const siteReach = 84

/** Every regex of this module, for the ReDoS test. */
/** A unit of measure in a figure's words: `about 11 litres per second`, `40 dB` (a reading, not a count of sites). */
const readingUnit = /\b(?:per|litres?|liters?|metres?|meters?|grams?|kilograms?|tonnes?|degrees|decibels|watts|volts|kg|km|mm|cm|ml|mg|dB)\b|%|°/iu

export const specifyPatterns: readonly RegExp[] = [
  readingUnit,
  weightAfter,
  weightBefore,
  placeNoun,
  atEnd,
  clauseMark,
  distanceEnd,
  distanceAfter,
  fundedBefore,
  purchase,
  costBefore,
  writerUses,
  changeInstruction,
  gluedNoun,
  ownedGroup,
  thresholdClass,
  changedTo,
  boundOpening,
  requirementAfter,
  awarded,
  leadingDigits,
  orderedToPay,
  placeBracketBefore,
  bracketHeightAfter,
  heightDigits,
  writerMeasured,
  sitePreposition,
  siteClauseEnd,
  featureDensity,
  existentialBefore,
  placesAtLeast,
  smallAtLeast,
  reportedLead,
  profileSubject,
  careerBefore,
  manyOpening
]

/** Whether a count is small enough for an owned group in narrative (`a herd of 60`, not `a colony of 3,000`). */
function smallCount(words: string): boolean {
  const digits = leadingDigits.exec(words)
  return digits !== null && Number(digits[0]) <= 200
}

/** Whether the words before a figure end on `at` within 60 characters of a race's, route's or place's noun, in one clause. */
function placeAt(lead: string): boolean {
  if (!atEnd.test(lead)) return false
  let last = -1
  for (const match of lead.matchAll(placeNoun)) last = match.index + match[0].length
  return last !== -1 && lead.length - last <= 80 && !clauseMark.test(lead.slice(last))
}

/**
 * Whether a statistic at `span`, in the sentence from `from` to `to`,
 * specifies a thing or is set by the writer or the writer's body (see the
 * module's opening comment for each case).
 */
export function isSpecifying(text: string, span: Span, from: number, to: number): boolean {
  const words = text.slice(span.start, span.end)
  const lead = text.slice(Math.max(from, span.start - 120), span.start)
  const next = after(text, span.end, 48)
  if (span.kind === 'change' && changeInstruction.test(lead)) return true
  if (gluedNoun.test(text.slice(span.end, span.end + 24))) return true
  if (span.kind === 'percentage') {
    if (weightBefore.test(before(text, span.start, 24)) && weightAfter.test(next)) return true
    const threshold = thresholdClass.exec(lead)
    if (threshold && !changedTo.test(threshold[0])) return true
    if (awarded.test(lead)) return true
  }
  if (span.kind === 'money') {
    if (awarded.test(lead) || orderedToPay.test(lead.slice(-72))) return true
    if (costBefore.test(lead) && purchase.test(lead)) return true
  }
  if ((span.kind === 'measurement' || span.kind === 'count' || span.kind === 'scale') && (distanceEnd.test(words) || distanceAfter.test(next)) && placeAt(lead)) return true
  if (span.kind === 'measurement' && writerUses.test(lead)) return true
  if (isPlaceHeight(lead, words, next)) return true
  if (span.kind === 'proportion' && featureDensity.test(words) && existentialBefore.test(lead)) return true
  if (span.kind === 'count' && smallAtLeast.test(words) && placesAtLeast.test(lead) && !reportedLead.test(lead)) return true
  if (manyOpening.test(words) && profileSubject.test(text.slice(from, Math.min(span.start, from + 8))) && careerBefore.test(lead)) return true
  if (span.kind === 'count' || span.kind === 'approximate') {
    if (fundedBefore.test(lead)) return true
    if (smallCount(words) && ownedGroup.test(lead)) return true
    // `we sampled soil at 18 plots` counts sites; `we measured the flow at the outfall at about 11 litres per second` is a reading.
    if (writerSitesBefore(lead) && !readingUnit.test(words)) return true
    if (boundOpening.test(words) && requirementAfter.test(text.slice(span.end, Math.min(to, span.end + 120)))) return true
  }
  return false
}

/** Whether a height in metres or feet, in the hundreds or more, stands in brackets right after a place's name (`Tengboche (3,860 m)`): the place's own height, as a guide gives it. */
function isPlaceHeight(lead: string, words: string, next: string): boolean {
  return heightDigits.test(words) && placeBracketBefore.test(lead.slice(-40)) && bracketHeightAfter.test(next)
}

/** Whether the words before a count are the writer's measuring and its site's preposition: `we measured depth at` (within one clause). */
function writerSitesBefore(lead: string): boolean {
  if (!sitePreposition.test(lead)) return false
  return writerMeasured.test(lastClause(lead.slice(-siteReach), siteClauseEnd))
}
