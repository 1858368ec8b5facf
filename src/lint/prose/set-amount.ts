import type {Span} from './span.js'
import {after, before} from './span.js'

// Amounts that are set, given or taken rather than measured, read from the
// figure's own sentence: what one unit of a product holds (`Every capsule
// delivers 1,000 mg`), the price the writer paid (`We paid €260 a night`),
// a limit a guideline advises (`should have no more than six grams a day`),
// the change of an amount a body has set (`fees have been set at £412 …, an
// increase of 4.5%`), and how many answered the writer's own survey (`312 of
// the 540 households replied`), a pay rate (`Pickers are paid £14 an hour`),
// a charge's new amount (`The collection charge rises to £3.50`) and what a
// contract is widened to cover. A reviewer asks none of them for a source:
// the maker, the writer, the guideline or the survey is the source. Each
// check reads a bounded slice around the figure.

/** One unit of a product and what it holds, before the figure: `Every capsule delivers`, `Each scoop blends`, `A single spray provides`. */
const perUnitBefore =
  /\b(?:each|every|a\s+single|one|per)\s+(?:[\p{L}-]+\s+){1,2}?(?:contains?|delivers?|provides?|blends?|holds?|packs?|supplies|gives|includes?|combines?)\s+(?:(?:exactly|about|around|up\s+to|over|more\s+than|at\s+least|just|only|a\s+full)\s+)?$/iu
/** One unit of a product after the figure: `10 micrograms in a single spray`, `20 g in each sachet`. */
const perUnitAfter = /^\s*(?:[\p{L}-]+\s+){0,2}?in\s+(?:a\s+single|each|every|one)\s+(?!\d)\p{L}/iu
/** Verbs of what a product holds or gives: the figure's own verb for `perUnitAfter`. */
const holdsVerb = /\b(?:contains?|delivers?|provides?|blends?|holds?|packs?|supplies|gives|includes?|combines?)\s+(?:(?:exactly|about|around|up\s+to|over|more\s+than|at\s+least|just|only)\s+)?$/iu
/** The writer's own payment: `We paid €260 a night`, `I spent £40`. */
const ownPayment =
  /(?:^|[^\p{L}'’])(?:we|I)\s+(?:(?:have|had|only|just|also|once|then)\s+)?(?:paid|spent|were\s+charged|was\s+charged|forked\s+out)\s+(?:(?:only|just|nearly|almost|over|about|around)\s+)?$/iu
/** What a payment bought or where it was paid, after the figure: `€260 a night`, `£40 for the ticket`, `£1.95 at one pump`. */
const priceAfter = /^\s+(?:(?:a|an|per|each)\s+\p{L}|(?:for|at)\s+(?:a|an|the|our|my|one|two|three|each)\b)/iu
/** A conjunction or a mark that opens another clause: what stands before it is another clause's. */
const otherClause = /\b(?:while|whereas|but|although|though|yet|because|when)\b|[;:]/giu
/** A modal or advice verb before a limit split as `no` + `more than six grams`. */
const advisedNo = /\b(?:should|must|ought\s+to|recommends?|recommended|advises?|advised|allowed|permitted)\b[^.!?;]{0,40}\bno\s+$/iu
const comparativeOpening = /^(?:more|less|fewer)\s+than\s/iu
/** An amount a body has set, before the figure in its sentence: `have been set at £412`, `was fixed at`, `are capped at`. */
const amountSet = /\b(?:(?:has|have|had)\s+been|(?:is|are|was|were|will\s+be))\s+(?:\p{L}+ly\s+)?(?:set|fixed|frozen|capped|agreed)\s+at\b/iu
/** A sum budgeted or set aside, right before it, a currency's code between: `has budgeted TSh 48 million`, `Fuel is budgeted at 4,200 litres`. */
const budgetedBefore = /\b(?:budgeted|earmarked|set\s+aside)\s+(?:(?:at|a\s+further|an\s+extra|another)\s+)?(?:[A-Z]{1,3}\$?\s)?$/iu
/** A survey's own response, after the figure: `312 of the 540 households replied`. */
const respondedAfter =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:replied|responded)(?=\s*[,.;:)]|\s*$|\s+to\s+(?:the|our|a|this|that|their)\s+(?:[\p{L}-]+\s+)?(?:survey|questionnaire|consultation|poll|census|invitation|letter|call)\b)|returned\s+(?:the|their|a)\s+(?:[\p{L}-]+\s+)?(?:survey|questionnaire|form)|completed\s+(?:the|our|a)\s+(?:survey|questionnaire|form))/iu
/**
 * A count of the answers a body's own call drew, the figure's noun and what
 * they answered: `14 responses to its invitation to comment`, `212 replies
 * to our survey`. Like a survey's own response, a size of its sample told by
 * the body that asked (`its`, `our`, `their`), not a finding.
 */
const ownCallAnswers =
  /^\d[\d,]*\s+(?:[\p{L}-]+\s+)?(?:responses|replies|submissions|representations|returns)\s+to\s+(?:its|our|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:survey|questionnaire|consultation|poll|census|invitation|call|letter|appeal|request)\b/iu
/**
 * A contract's value, right before the sum: `The estimated total value is`,
 * `the contract value will be`, `a value of the framework of`; not a thing's
 * valuation (`the estimated value of the damage is`).
 */
const contractValueBefore =
  /\b(?:(?:estimated|total|maximum|annual|overall|contract|framework|lot)\s+){0,3}value\s+(?:of\s+(?:the|this|each)\s+(?:contract|framework|award|lot|agreement|call-off)\s+)?(?:is|was|will\s+be|of)\s+(?:(?:up\s+to|about|around|approximately)\s+)?$/iu
/** An award of a contract, in the sum's sentence or the one before: `has awarded the framework … to`, `the contract was awarded to`. */
const awardCue = /\bawarded\s+(?:the\s+|a\s+|this\s+)?(?:[\p{L}-]+\s+){0,2}?(?:contract|framework|lot|tender|concession)\b|\b(?:contract|framework|lot|tender|concession)\s+(?:has\s+been\s+|was\s+|is\s+)awarded\b/iu
/** A survey of the writer's own or of a body in the sentence. */
const surveyCue = /\b(?:surveyed|survey|questionnaires?|polled|asked)\b/iu

/** A charge levied, right before the sum: `were charged a total of`, `was billed`; an average charged is measured. */
const chargedBefore = /(?<!\baverage\s)\b(?:charged|billed|invoiced)\s+(?:(?:a\s+total\s+of|in\s+total|the\s+sum\s+of)\s+)?$/iu
/** One named party's part of a charge: `Mr K's share was`, `Ms D's bill came to`. */
const partyShareBefore =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}-]*['’]s\s+(?:share|bill|charge|contribution|portion|liability)\s+(?:was|is|came\s+to|amounted\s+to|of)\s+$/u
/** What a bursary or a prize is worth, to each who receives it: `The bursary, worth £900 to each`. */
const awardWorthBefore =
  /\b(?:bursary|scholarship|grant|award|prize|allowance|stipend|voucher|fellowship)['’]?,?\s+(?:(?:is|was)\s+)?worth\s+(?:up\s+to\s+)?$/iu

/** A pay rate stated as it is paid, right before the sum: `Pickers are paid`, `stewards get paid` (not `are paid an average of`, `paid about`). */
const paidBefore = /\b(?:is|are|was|were|will\s+be|get|gets|got)\s+paid\s+$/iu
/** The period a pay rate is for, right after the sum: `an hour`, `per shift`, `a day`. */
const payPeriodAfter = /^\s+(?:an?|per)\s+(?:hour|day|shift|session|week|night)\b/iu
/**
 * A charge as the subject of a change set in the present or the future, right
 * before the sum: `The collection charge rises to`, `the entry fee will go up
 * to`, a decision's `the fee for trade stands would rise to` (not an average: `the average fare rose to` is measured, and a past
 * `rose` is read as a change found).
 */
const chargeChange =
  /\b(?:charge|fee|fare|toll|levy|subscription|deposit|surcharge)s?\s+(?:for\s+(?:[\p{L}-]+\s+){1,3}?)?(?:rises|goes\s+up|increases|falls|drops|goes\s+down|changes|moves|(?:will|would)\s+(?:rise|go\s+up|increase|fall|drop|go\s+down|change|move))\s+to\s+$/iu
/** An aggregate before a charge: `the average fare`, `the typical parking charge`. */
const aggregateCharge = /\b(?:average|typical|median|mean)\s+(?:[\p{L}-]+\s+)?(?:charge|fee|fare|toll|levy|subscription|deposit|surcharge)s?\s/iu
/**
 * A contract widened by a number of what it covers, right before the count: `has
 * extended the contract by a further`, `expanded its framework to cover`: the
 * contract's scope, set by the body that lets it, not a count measured.
 */
const contractScopeBefore =
  /\b(?:extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|enlarg(?:es|ed|ing))\s+(?:the|its|their|our|this|a)\s+(?:[\p{L}-]+\s+)?(?:contract|framework|concession|agreement|licence|license)\s+(?:by|to\s+(?:cover|include))\s+(?:a\s+further\s+|another\s+|an\s+(?:additional|extra)\s+)?$/iu

/**
 * A term of a budget or a quote, right before the figure: `with a contingency
 * of 10%`, `a retention of 5%`, `an allowance of £2,000`. The party that
 * draws up the budget sets it, a share or a sum.
 */
const budgetTermBefore = /\b(?:contingency|retention|optimism\s+bias|mark-?up)\s+(?:of|at)\s+(?:(?:about|around|up\s+to)\s+)?$/iu
/**
 * A figure a guidance, a rule or a standard sets, right before it: `The
 * guidance sets a restocking density of 2,500`, `the standard specifies a
 * minimum depth of 450 mm`. The document sets it; it measures nothing.
 */
const documentSets =
  /\b(?:guidance|guidelines?|rules?|regulations?|standards?|code|policy|specification|licence|license|conditions?)\s+(?:also\s+|now\s+|still\s+)?(?:sets?|specif(?:y|ies)|stipulates?|prescribes?|lays\s+down)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:of|at)\s+(?:(?:about|around|up\s+to|at\s+least)\s+)?$/iu
/**
 * A product's size named by the container or pack it is sold in, right after
 * a measurement: `in 9 cm pots`, `25 kg sacks`, `2 litre bottles`. The size
 * names a kind of product, as `a 2.5-litre engine` does; it measures nothing.
 */
const packAfter = /^\s+(?:pots|trays|tins|jars|bottles|bags|sacks|packs|tubs|cans|cartons|tubes|pouches|punnets|plugs|modules)\b/iu
/** The same size read as a count of its packs: `13 cm pots`, `2 litre bottles`. */
const packCount = /^[\d.,]+\s?(?:cm|mm|litres?|liters?|l|ml|kg|g)\s+(?:pots|trays|tins|jars|bottles|bags|sacks|packs|tubs|cans|cartons|tubes|pouches|punnets|plugs|modules)$/iu

/**
 * Material a piece of work used, in a participle after its clause: `The
 * greens were top-dressed, using 80 tonnes of sand`. How the work was done
 * (its method), not a quantity measured in the world.
 */
const usedInWork = /,\s+using\s+(?:(?:about|around|roughly|some|just\s+over|just\s+under)\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const setAmountPatterns: readonly RegExp[] = [
  perUnitBefore,
  perUnitAfter,
  holdsVerb,
  ownPayment,
  priceAfter,
  otherClause,
  advisedNo,
  comparativeOpening,
  amountSet,
  respondedAfter,
  surveyCue,
  ownCallAnswers,
  contractValueBefore,
  awardCue,
  chargedBefore,
  partyShareBefore,
  awardWorthBefore,
  paidBefore,
  payPeriodAfter,
  chargeChange,
  aggregateCharge,
  contractScopeBefore,
  budgetTermBefore,
  budgetedBefore,
  documentSets,
  packAfter,
  packCount,
  usedInWork
]

/** Kinds of figure that may be an amount someone sets or gives: not shares or multiples. */
const amountKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate', 'change'])

/**
 * Whether a statistic at `span`, in the sentence `[sentenceStart,
 * sentenceEnd)`, is an amount set, given or taken rather than measured:
 * - what one unit of a product holds (`Every capsule delivers 1,000 mg`,
 *   `provides exactly 10 micrograms in a single spray`);
 * - the price the writer paid for something (`We paid €260 a night`);
 * - a limit a guideline advises (`should have no more than six grams`);
 * - any figure after an amount set in its clause (`have been set at £412
 *   per metre, an increase of 4.5% on 2024`);
 * - a charge levied or a named party's part of it (`were charged a total of
 *   £90,000`, `Mr K's share was £2,400`), what an award is worth (`the
 *   bursary, worth £900 to each`);
 * - how many answered a survey (`312 of the 540 households replied`) or a
 *   body's own call (`14 responses to its invitation to comment`);
 * - the value of a contract awarded in its sentence or the one before
 *   (`The estimated total value is £18.4 million`), or what a contract is
 *   widened to cover (`extended the contract by a further 1,200 premises`);
 * - a pay rate as it is paid (`Pickers are paid £14 an hour`) and a charge's
 *   new amount in the present or future (`The collection charge rises to
 *   £3.50 per head`; not `the average fare rose to`).
 * - a term of a budget (`a contingency of 10%`), a figure a guidance or a
 *   standard sets (`The guidance sets a density of 2,500 trees per
 *   hectare`), a product's size named by its pack (`in 9 cm pots`) and
 *   the material a piece of work used (`…, using 80 tonnes of sand`);
 * - a sum budgeted or set aside (`has budgeted TSh 48 million`).
 * Shares and multiples are claims in any of these places, but a budget's or a document's share.
 */
export function isSetAmount(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  // How many answered a survey: a count of its own sample, whatever kind (the sentence is read only then).
  if (respondedAfter.test(after(text, span.end, 48)) && surveyCue.test(text.slice(sentenceStart, sentenceEnd))) return true
  if (span.kind === 'count' && ownCallAnswers.test(text.slice(span.start, Math.min(sentenceEnd, span.start + 120)))) return true
  // An amount a body has set, and its change: not a comparison with something else.
  if (span.kind !== 'multiple' && span.kind !== 'proportion' && amountSet.test(ownClause(lead))) return true
  // `with a contingency of 10%`, `The guidance sets a density of 2,500 trees per hectare`: terms a budget or a document sets, shares included.
  if (span.kind !== 'multiple' && span.kind !== 'change' && (budgetTermBefore.test(before(text, span.start, 40)) || documentSets.test(before(text, span.start, 96)))) return true
  if (!amountKinds.has(span.kind) || span.kind === 'change') return false
  // `The programme has budgeted TSh 48 million for 120 more taps`: a budget is set.
  if (budgetedBefore.test(before(text, span.start, 40))) return true
  // `Sold in 9 cm pots`: a size that names a product by its pack.
  if ((span.kind === 'measurement' && packAfter.test(after(text, span.end, 16))) || (span.kind === 'count' && packCount.test(text.slice(span.start, span.end)))) return true
  // `were top-dressed …, using 80 tonnes of sand`: the material a piece of work used.
  if (span.kind === 'measurement' && usedInWork.test(before(text, span.start, 32))) return true
  if (perUnitBefore.test(before(text, span.start, 64))) return true
  if (holdsVerb.test(before(text, span.start, 32)) && perUnitAfter.test(after(text, span.end, 48))) return true
  // A charge levied or one named party's part of it, what an award is worth: sums set, not measured.
  if (span.kind === 'money' && (chargedBefore.test(before(text, span.start, 32)) || partyShareBefore.test(before(text, span.start, 48)) || awardWorthBefore.test(before(text, span.start, 40)))) return true
  // `…has awarded the framework to Brayford. The estimated total value is £18.4 million`: the value the award sets.
  if (span.kind === 'money' && contractValueBefore.test(before(text, span.start, 64)) && awardCue.test(text.slice(Math.max(0, sentenceStart - 240), span.start))) return true
  if (span.kind === 'money' && ownPayment.test(before(text, span.start, 40)) && priceAfter.test(after(text, span.end, 24))) return true
  // `Pickers are paid £14 an hour`: a pay rate as it is set; `The collection charge rises to £3.50`: a charge's new amount.
  if (span.kind === 'money' && ((paidBefore.test(before(text, span.start, 24)) && payPeriodAfter.test(after(text, span.end, 16))) || (chargeChange.test(before(text, span.start, 64)) && !aggregateCharge.test(lead)))) return true
  // `has extended the contract by a further 1,200 premises`: what a contract covers.
  if ((span.kind === 'count' || span.kind === 'approximate') && contractScopeBefore.test(before(text, span.start, 80))) return true
  return comparativeOpening.test(text.slice(span.start, span.end)) && advisedNo.test(lead.slice(-64))
}

/** The words of a lead after the last conjunction or mark that opens another clause (`…, while inflation has risen`). */
function ownClause(lead: string): string {
  let from = 0
  for (const match of lead.matchAll(otherClause)) from = match.index + match[0].length
  return lead.slice(from)
}
