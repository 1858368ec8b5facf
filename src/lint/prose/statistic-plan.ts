import type {Span} from './span.js'
import {before, numberStart} from './span.js'

// Figures a plan, a price list or a rule sets rather than a finding, read
// from a bounded slice of the figure's own sentence:
// - an amount a plan schedules (`a further 250,000 cubic metres is
//   scheduled for removal`) or a level a change to come sets (`iron will be
//   added at 30 mg per kilogram`);
//   The same for an amount that is the subject of works to come in the
//   passive (`A further 400 metres of main will be relined next year`); a
//   forecast's loss (`3,000 jobs will be lost`) stays a claim.
// - the turnout an organiser expects at its own event (`The club expects
//   around 400 riders`);
// - a contract's value (`The contract with the operator runs to 2030 and is
//   valued at £12 million`): its parties set it;
// - a pay rate or a bonus named by its kind (`paid at the hourly rate of
//   £11.90`, `a piece-rate bonus of 30p per tray`), not an average of them;
// - a limit somebody recommends or requires (`recommend that lotions contain
//   less than 5 ppm`) and a figure named after it as the minimum a plan or a
//   rule sets (`visits to 3% of farms, the minimum the scheme sets`).
// - the size a body plans for its own thing, in a sentence that opens on
//   the period the plan is for (`Next season the hall will double in
//   size`); a forecast's change (`demand will double by 2030`) stays a claim.
// - the size of a check, a review or a survey still to come (`A re-audit of
//   100 episodes will follow in the spring`): a step of method, not a
//   result;
// - a step to come in the body's own staffing (`Staffing will rise by 14
//   full-time equivalents from January`): the body decides it.
// - a change somebody asks for (`has asked for the barrier to be doubled`),
//   or says ought to be made (`waiting times should be halved by 2028`): a
//   target.
// - what the writer's body has committed to do (`We have pledged to open 30
//   depots by 2028`) or is doing to its own things now (`We are also
//   upgrading the meters at 25 stations`): the body's own programme of work,
//   not a finding; a share or a change in either stays a claim;
// - the cost of a thing still to be bought or built (`The new roof will
//   cost about £40,000`): a budget.
// A reviewer asks none of them for a source: the plan, the list or the rule is it.

/** A body's own staffing as the subject of a step to come, right before the count: `Staffing will rise by`, `headcount is to grow by`. */
const ownStaffingStep =
  /\b(?:staffing|headcount|establishment|workforce|staff\s+numbers)\s+(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:rise|grow|increase|fall|drop|go\s+up|go\s+down)|will\s+be\s+(?:increased|reduced|cut|raised))\s+(?:by|to)\s+(?:(?:a\s+further|another|about|around|some)\s+)?$/iu
/**
 * A request for a change, right before the change's participle: `has asked
 * for the tyre wall to be`, `recommends the fee to be`, `wants the buffer
 * zone to be`. The change somebody asks for is a decision to come, not a
 * change found (`doubled`, `halved`).
 */
const askedToBe =
  /\b(?:asked|asks|ask|asking|requested|requests|wants?|wanted|called|calls|urged|urges|ordered|orders|recommended|recommends|proposed|proposes|instructed)\s+(?:for\s+)?(?:[\p{L}'’-]+\s+){1,5}?to\s+be\s+$/iu
/** A modal of what ought to be, right before a change's participle: `should be`, `must be`, `ought to be`, `needs to be`. */
const oughtToBe = /\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:now\s+|at\s+least\s+|also\s+)?be\s+$/iu
/** What a plan schedules, after the figure and its noun: `is scheduled for removal`, `are planned for`, works to come `will be replaced` (not `are due to`, which news reports of others' plans use). */
const scheduledAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:scheduled|planned|programmed|earmarked|timetabled)\s+(?:for|to)\b|(?:will|is\s+to|are\s+to)\s+be\s+(?:replaced|installed|built|laid|planted|resurfaced|repaired|renewed|relined|upgraded|fitted|dredged|demolished|refurbished|converted|lined|insulated)\b)/iu
/** The writer's body's commitment, right before the figure: `We have committed to opening`, `we pledged to build`. */
const ownCommitmentBefore =
  /\bwe\s+(?:have\s+|had\s+)?(?:also\s+)?(?:committed|pledged|promised|undertaken|agreed)\s+to\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:a\s+further|another|at\s+least|up\s+to|about|around|some)\s+)?$/iu
/** The writer's body's own works in progress, right before the figure: `We are also replacing the first-generation units at`, `we are installing`. */
const ownWorksBefore =
  /\bwe\s+are\s+(?:also\s+|now\s+|currently\s+)?(?:replacing|installing|upgrading|refurbishing|opening|building|fitting|renewing|rolling\s+out)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:(?:at|in|on|across|for)\s+)?(?:(?:a\s+further|another|at\s+least|up\s+to|about|around|some)\s+)?$/iu
/** A thing still to be bought or built as the subject of its cost, right before the sum: `The replacement vehicle will cost about`, `the new roof is expected to cost`. */
const plannedCostBefore =
  /\b(?:new|replacement|proposed|planned)\s+(?:[\p{L}-]+\s+){1,2}?(?:will|would|is\s+expected\s+to|is\s+likely\s+to)\s+cost\s+(?:(?:about|around|roughly|approximately|some|up\s+to|just\s+over|just\s+under)\s+)?$/iu
/** A check, a review or a survey named right before its size: `A re-audit of`, `a follow-up survey of some`. */
const checkOfBefore =
  /\b(?:a|an|the|our|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:audit|re-audit|review|survey|re-survey|resurvey|check|inspection|sample|trial|retest|round)\s+(?:of|on|covering)\s+(?:(?:a\s+further|another|about|around|some|up\s+to|at\s+least)\s+)?$/iu
/** The step still to come, after the size and its noun: `will follow`, `is to be carried out`, `will take place in May`. */
const stepToComeAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:will|is\s+to|is\s+due\s+to|is\s+planned\s+to)\s+(?:follow|take\s+place|be\s+(?:carried\s+out|held|done|run|undertaken|repeated|made))\b/iu
/** A level a change to come sets, right before the figure: `will be added at`, `will be charged at a rate of`. */
const futureLevelBefore =
  /\bwill\s+be\s+(?:added|applied|dosed|included|set|charged|introduced|supplied|sold|priced|paid|served|fixed|capped)\s+at\s+(?:an?\s+(?:[\p{L}-]+\s+)?(?:level|rate|dose|concentration|price|fee)\s+of\s+)?$/iu
/** An expected turnout, right before the count: `expects around`, `is expecting up to`, `hopes to welcome`. */
const expectsBefore =
  /\b(?:expects?|expecting|anticipates?|anticipating|hopes?\s+to\s+(?:welcome|attract|see)|hoping\s+to\s+(?:welcome|attract|see))\s+(?:(?:about|around|up\s+to|some|over|more\s+than|roughly|nearly|as\s+many\s+as|at\s+least)\s+)?$/iu
/** Who turns out at an event, the count's noun: `visitors`, `runners`, `stalls` (not `people`: `expects 500 people to lose their jobs` forecasts). */
const turnoutNoun =
  /(?:visitors|guests|spectators|entries|entrants|runners|riders|walkers|competitors|participants|attendees|exhibitors|stalls|stallholders|traders|players|teams|dancers|performers|bands|delegates)$/iu
/** A contract in the sum's sentence, before it: `The contract with the operator runs to 2030 and …`. */
const contractNoun = /\b(?:contract|framework|concession|tender|lease)\b/iu
/** A value stated right before the sum: `is valued at`, `will be valued at about`. */
const valuedAtBefore = /\b(?:is|was|are|were|will\s+be)\s+valued\s+at\s+(?:(?:about|around|up\s+to|approximately|some|just\s+over|just\s+under)\s+)?$/iu
/** A pay rate or a bonus named by its kind, right before the sum: `the hourly rate of`, `a piece-rate bonus of`, `a shift rate is`. */
const payRateBefore =
  /\b(?:hourly|daily|weekly|day|shift|piece|overtime|basic|base|standard|flat|night|weekend|holiday)[- ]rate\s+(?:bonus\s+|supplement\s+|premium\s+)?(?:of|is|will\s+be)\s+[£$€]?$/iu
/** An aggregate of pay rates: `the average hourly rate of` is measured. */
const aggregateWord = /\b(?:average|median|mean|typical)\b/iu
/** A limit recommended or required, before a bound: `recommend that products for dry skin contain`. */
const recommendsThat =
  /\b(?:recommends?|recommended|advises?|advised|requires?|required|stipulates?|specif(?:y|ies|ied)|insists?|insisted)\s+that\s+(?:[\p{L}'’-]+\s+){1,8}?(?:should\s+|must\s+)?(?:contain|contains|have|has|be|are|is|stay|remain|use|weigh|measure|reach|emit|carry|hold)\s+$/iu
/** A bound opening the figure: `less than 1 ppm`, `no more than`, `at most`, `below`. */
const boundOpening = /^(?:(?:no\s+)?(?:less|more|fewer)\s+than|under|below|above|over|at\s+(?:least|most)|up\s+to|a\s+maximum\s+of|a\s+minimum\s+of)\s/iu
/** The figure named after it as what a plan or a rule sets: `…of licensed holdings, the minimum the sampling plan sets`. */
const namedSetAfter =
  /^\s*(?:of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?,\s+(?:the|a)\s+(?:[\p{L}-]+\s+)?(?:minimum|maximum|limit|target|threshold|quota|level)\s+(?:that\s+)?(?:the\s+|its\s+|our\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:sets?|requires?|allows?|specif(?:y|ies)|prescribes?|demands?|calls\s+for|lays\s+down)\b/iu

/** Every regex of this module, for the ReDoS test. */
/** A sentence opening on the period a plan is for: `Next year`, `From next season,`, `For the next edition`. */
const nextPeriodOpening =
  /^\s*(?:(?:From|For|By)\s+)?(?:next|the\s+next|the\s+coming)\s+(?:year|season|month|term|spring|summer|autumn|winter|edition|festival|show|event|convention|time)\b/iu
/** A change of a thing's own size, as a modal change ends: `will double`. */
const modalMultiple = /^(?:will|is\s+to|is\s+set\s+to|would)\s+(?:double|triple|treble|halve)$/iu
/** The dimension changed, right after it: `in size`, `in capacity`. */
const dimensionAfter = /^\s+in\s+(?:size|capacity|length|area|floor\s+space|footprint)\b/iu

export const planPatterns: readonly RegExp[] = [
  ownStaffingStep,
  askedToBe,
  oughtToBe,
  nextPeriodOpening,
  modalMultiple,
  dimensionAfter,
  scheduledAfter,
  checkOfBefore,
  stepToComeAfter,
  futureLevelBefore,
  expectsBefore,
  turnoutNoun,
  contractNoun,
  valuedAtBefore,
  payRateBefore,
  aggregateWord,
  recommendsThat,
  boundOpening,
  ownCommitmentBefore,
  ownWorksBefore,
  plannedCostBefore,
  namedSetAfter
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, is one a plan, a price list or a rule sets (see
 * the list above). Changes and multiples are claims in any of these places,
 * but for the size a body plans for its own thing.
 * Reads at most 120 characters before the figure and 96 after it.
 */
export function isPlanFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const words = text.slice(span.start, span.end)
  // `Next year the room will double in size`: a body's plan for its own thing's size, from a sentence that opens on the period it is for.
  if (span.kind === 'change' && modalMultiple.test(words) && dimensionAfter.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 24)))) {
    if (nextPeriodOpening.test(text.slice(sentenceStart, span.start))) return true
  }
  // `The officer has asked for the barrier to be doubled`: a change asked for.
  if ((span.kind === 'change' || span.kind === 'multiple') && askedToBe.test(before(text, span.start, 80))) return true
  // `leakage should be halved by 2030`: a change somebody says ought to be made is a target, not a change found.
  if (span.kind === 'change' && oughtToBe.test(before(text, span.start, 24))) return true
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const near = text.slice(Math.max(sentenceStart, span.start - 64), span.start)
  const ahead = text.slice(span.end, Math.min(sentenceEnd, span.end + 96))
  if (namedSetAfter.test(ahead)) return true
  if (span.kind === 'percentage' || span.kind === 'proportion') return false
  if (scheduledAfter.test(ahead) || futureLevelBefore.test(near) || (span.kind === 'count' && ownStaffingStep.test(near))) return true
  // `We have committed to opening 60 depots`, `We are replacing the pumps at 12 stations`: the writer's body's own programme.
  if (ownCommitmentBefore.test(near) || ownWorksBefore.test(near)) return true
  // `The replacement vehicle will cost about £68,000`: the budget of a purchase or a work still to come.
  if (span.kind === 'money' && plannedCostBefore.test(near)) return true
  if ((span.kind === 'count' || span.kind === 'approximate') && expectsBefore.test(near) && turnoutNoun.test(words)) return true
  // `A re-audit of 100 episodes will follow`: the size of a check still to come is the method's design, not a finding.
  if ((span.kind === 'count' || span.kind === 'approximate') && checkOfBefore.test(near) && stepToComeAfter.test(ahead)) return true
  const far = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  if (span.kind === 'money' && valuedAtBefore.test(near) && contractNoun.test(far)) return true
  // `a piece-rate bonus of 40p`: the span may open on the rate's own words.
  const head = near + text.slice(span.start, numberStart(text, span))
  if (payRateBefore.test(head) && !aggregateWord.test(before(text, numberStart(text, span), 40))) return true
  return boundOpening.test(words) && recommendsThat.test(far)
}
