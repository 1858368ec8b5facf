import type {Span} from './span.js'

// Sums and shares a body sets, offers or commits to rather than finds, each
// read from a bounded slice of the figure's own sentence:
// - a price announced for a date to come, whatever is priced and whatever
//   its unit (`The second-class stamp rises to 87p from April`, `goes up to
//   £130.75 a tonne from 1 April`, `From Monday 6 April a pint goes up to
//   98p`, `is going up from £9.99 to £12.99 at full release`), or a charge's step after
//   a date to come that opens the sentence (`From 1 February, the referral
//   fee falls from 15% to 12%`), or that follows a heading's colon
//   (`Member rates: from 1 March the day fee rises to £9`), or that names
//   the date between the verb and the sum (`Fees rise on 1 October to
//   £157.80 per session`), or that names the season, year or term to come
//   the new level is for, and the level it steps from (`rise to £940 for
//   the 2028 season, from £880 this year`);
// - where a price list starts (`Day rates start at £58 per person`);
// - a charge per unit of service (`The cost is £3 a session`, `The tour
//   costs €40 per person`, `Court hire stays at £12 an hour`; not an
//   average, `the average meal costs`);
// - a standard rate or allowance (`Transport allowance is the standard
//   40,000 shillings per officer`);
// - what each member of a scheme is paid per period (`each paid £600 a
//   year to`);
// - a payout a body declares in the present (`The dividend rises to
//   28.5p`) and a payment of a set kind handed to somebody (`were paid a
//   £40 attendance allowance`), and a charge a body will set anew (`will
//   cut the import duty on crude oils to 10% from 20%`), or has set anew,
//   in any tense (`raised the rate of capital gains tax to 24%`, `the
//   increase in the insulation grant to £7,500`);
// - the price of a thing bought or given (`funded by the League of Friends
//   at a cost of £96,000`), and the share of its cost a party meets (`for
//   meeting half the cost`);
// - a seller's mark-up on cost (`invoiced at cost plus 10%`), a share of a
//   rate something is paid or charged at (`are paid at half the day rate`)
//   and a rise or cut payers will see from a date to come (`Members will see
//   a rise of 5% from April`);
// - what a plan commits a body to, or a remit asks of it (`commits it to
//   spending 2.5% of GDP`, `asks us to reach two-thirds of median earnings`).
// The price list, the scheme, the purchase or the plan is the source; a
// reviewer asks none of them for one. A price that rose, a sum that was
// found to be paid on average, a change measured stay claims.

/** How far back in its sentence a cue is read. */
const reach = 120

/** A rise or a fall to a sum, in the present or the future: `rises to 87p`, `will go up to £1.70`. */
const riseTo =
  /^(?:(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down)\s+to\s+)(?:[$€£]\s?\d|\d[\d,.]*p\b)/iu
/**
 * A verb of going up or down right before a span that opens on `up to` or
 * `down to`: `a pint goes up to 98p`, where `up` is the verb's, not a cap's.
 */
const goesBefore = /\b(?:will\s+)?(?:goes|go|comes|come)\s+$/iu
/** `up to ` or `down to ` opening a span, and the sum after it: `up to 98p`, `down to £1.20`. */
const upToSumOpening = /^(?:up|down)\s+to\s+(?:[$€£]\s?\d|\d[\d,.]*p\b)/iu
/** The same verb, right before a sum: `A stamp rises to £1.70`. */
const riseToBefore = /\b(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down)\s+to\s+$/iu
/** A date to come right after the sum, its unit between, whatever the unit: `from April`, `an hour from 1 May`, `a tonne from 1 April`, `on 6 April`. */
const dateAfter =
  /^\s+(?:(?:an?|per)\s+[\p{L}-]{2,20}\s+)?(?:from|on|with\s+effect\s+from|as\s+of|starting)\s+(?:\d|next\b|the\s+(?:start|beginning|first)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u
/**
 * A rise or a fall with the date it takes effect between the verb and its
 * new level, right before the sum: `rise on 1 October to`, `goes up from
 * April to`, `will fall with effect from 6 April 2027 to`. The order names
 * the date first; the level is set from it.
 */
const riseOnDateToBefore =
  /\b(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down)\s+(?:on|from|with\s+effect\s+from)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?,?\s+to\s+$/u
/** A price's step to come, right before a sum: `is going up from`, `are going down from £9 to`, `will be going up to`. */
const goingStepBefore =
  /\b(?:is|are|will\s+be)\s+going\s+(?:up|down)\s+(?:from\s+(?:[$€£]\s?\d[\d.,]*\s+to\s+)?|to\s+)$/iu
/** A season, year or term the new level is for, right after the sum: `for the 2028 season`, `for next year`. */
const seasonAfter = /^\s+for\s+(?:the\s+)?(?:(?:\d{4}(?:[-–/]\d{2,4})?|next|coming|new)\s+(?:season|year|term|financial\s+year|school\s+year)|next\s+year)\b/iu
/** The level a step for a season to come is from, right before it: `rise to £940 for the 2028 season, from`. */
const seasonFromBefore =
  /\b(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down)\s+to\s+[$€£]\s?\d[\d,.]{0,12}\s+for\s+(?:the\s+)?(?:(?:\d{4}(?:[-–/]\d{2,4})?|next|coming|new)\s+(?:season|year|term|financial\s+year|school\s+year)|next\s+year),?\s+from\s+$/iu
/** The second sum of a step, right after the first: ` to £16.99`. */
const secondSumAfter = /^\s+to\s+[$€£]\s?\d[\d.,]*/u
/** A release or a launch to come the step takes effect at, right after the sum: `at full release`, `from launch`, `on the official opening`. */
const releaseAfter = /^\s+(?:at|from|on)\s+(?:the\s+)?(?:full\s+|public\s+|official\s+|general\s+)?(?:release|launch|relaunch|opening|reopening)\b/iu
/** A date to come opening the sentence: `From 1 February,`, `From Monday 6 April`, `With effect from April`, `From next month`. */
const dateOpening =
  /^\s*(?:From|With\s+effect\s+from|As\s+of|Starting)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|next\s+(?:week|month|year|term|season)\b)/u
/** The same date to come after a heading and its colon: `Producer prices: from 1 February`, `Fees: with effect from April`. */
const headedDateOpening =
  /^\s*(?:[\p{L}-]+\s){0,3}[\p{L}-]+:\s+(?:from|with\s+effect\s+from|as\s+of|starting)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|next\s+(?:week|month|year|term|season)\b)/u
/** A charge a body sets, the subject of the step: `the referral fee for`, `subscriptions`. */
const chargeNoun = /\b(?:fees?|charges?|prices?|fares?|commission|subscriptions?|tariffs?|premiums?|duty|levy|rents?|tolls?|subs)\b/iu
/** A step of a charge in the present or the future, opening the span: `falls from 15%`, `will rise to`. */
const presentStepOpening =
  /^(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down|moves?|changes?)\s+(?:from|to|by)\s/iu
/** The same step, right before its second figure: `falls from 15% to`. */
const stepToBefore =
  /\b(?:will\s+)?(?:rises?|increases?|goes\s+up|go\s+up|falls?|drops?|comes\s+down|come\s+down|moves?|changes?)\s+from\s+\S{1,12}\s+to\s+$/iu
/** Where a price list starts: `rates start at`, `Prices begin from`, `packages start from just`. */
const startsAt =
  /\b(?:rates?|prices?|fees?|fares?|charges?|tickets?|packages?|menus?|rooms?|tariffs?|plans?|memberships?)\s+(?:start|starts|begin|begins)\s+(?:at|from)\s+(?:(?:just|only)\s+)?$/iu
/** A charge as the subject of a copula, or of a verb of staying at its level: `The cost is`, `the fee is just`, `Subs are`, `Lane hire stays at`, `Table cover is`. */
const chargeIs =
  /\b(?:cost|price|fee|charge|subscription|subs|admission|entry|hire|(?:table\s+)?cover|cover\s+charge)\s+(?:is|are|will\s+be|remains|(?:stays|remains|will\s+stay|will\s+remain)\s+at)\s+(?:(?:just|only|still|now)\s+)?$/iu
/** A thing offered that costs so much, right before the sum: `The excursion costs`, `and costs just` (with a unit of service after it). */
const costsBefore = /\bcosts\s+(?:(?:just|only)\s+)?$/iu
/** A word that makes a price an aggregate measured: `the average meal costs`. */
const aggregateBefore = /\b(?:average|typical|median|mean|total)\b/iu
/** A unit of service after a charge, or inside its words: `a session`, `per person`, `each week`. */
const perUnit =
  /(?:^|\s)(?:a|an|per|each)\s+(?:session|person|head|night|week|month|year|lesson|class|day|hour|visit|term|player|child|adult|ticket|delegate|guest|member|couple|family|room)\b/iu
/** The class of payer a price is for, right after it: ` for members`, ` for non-members`, ` for under-16s`. */
const payerAfter =
  /^\s+for\s+(?:(?:club|society|guild|full|junior|senior|life|associate)\s+)?(?:members|non-members|adults|children|students|juniors|seniors|pensioners|concessions|visitors|guests|under-\d{1,2}s|over-\d{1,2}s)\b/iu
/** A standard rate, right before it: `the standard`, `a flat rate of`, `the usual`. */
const standardBefore = /\b(?:the|a|an)\s+(?:standard|usual|normal|flat|fixed|agreed)\s+(?:(?:rate|fee|sum|amount|allowance)\s+of\s+)?$/iu
/** What each member of a scheme is paid, right before it: `each paid`, `every volunteer is given`. */
const eachPaid =
  /\b(?:each|every)\s+(?:[\p{L}-]+\s+)?(?:(?:is|are|was|were)\s+)?(?:paid|given|offered|awarded|receiving|receives|gets|getting)\s+$/iu
/** The period of a payment, right after it: `a year`, `per month`. */
const periodAfter = /^\s+(?:a|an|per|each)\s+(?:year|month|week|day|hour|session|night|visit|quarter|term)\b/iu
/** The price of a thing, right before it: `at a cost of`, `at a total cost of around`. */
const costOf = /\bat\s+a\s+(?:total\s+)?cost\s+of\s+(?:(?:about|around|some|nearly)\s+)?$/iu
/** A verb of buying or funding, read in the slice before the price: `funded by … at a cost of`. */
const purchaseVerb = /\b(?:funded|bought|purchased|donated|paid\s+for|provided|installed|gifted|acquired)\b/iu
/** What a plan commits a body to, or a remit asks of it: `commits it to spending`, `asks us to reach`. */
const committedTo =
  /\b(?:(?:commits?|committed|pledges?|pledged|binds?|obliges?)\s+(?:(?:it|them|us|him|her|itself|themselves|ourselves|the\s+[\p{L}-]+)\s+)?to|(?:asks?|asked|requires?|required|directs?|directed|instructs?|instructed|tasks?|tasked)\s+(?:it|them|us|him|her|the\s+[\p{L}-]+)\s+(?:with\s+)?to)\s+(?:spend(?:ing)?|reach(?:ing)?|rais(?:e|ing)|keep(?:ing)?|hold(?:ing)?|meet(?:ing)?|deliver(?:ing)?|achiev(?:e|ing)|hit(?:ting)?|bring(?:ing)?|set(?:ting)?\s+aside|invest(?:ing)?|allocat(?:e|ing))\s+(?:(?:at\s+least|about|around|some|up\s+to)\s+)?$/iu

/**
 * A party meeting a share of a cost, right before the share: `for meeting`,
 * `paid`, `has covered`. Who pays which share of a thing's cost is agreed
 * between the parties (`the club met half the cost of the plaque`), not found.
 */
const costMetBefore =
  /\b(?:meeting|met|meets|paying|paid|pays|covering|covered|covers|funding|funded|funds|footing|footed|bearing|bore|contributing|contributed)\s+$/iu
/** A share of a cost opening a span: `half the cost`, `a third of the bill`. */
const costShareOpening = /^(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?)\s+(?:of\s+)?the\s+(?:[\p{L}-]+\s+)?(?:cost|costs|bill)\b/iu
/** A payout a body declares or a charge it sets, right before its present or future rise: `The final dividend `, `Ground rent `. */
const payoutBefore =
  /\b(?:dividend|payout|distribution|fee|fare|levy|subscription|subs|rent|allowance|stipend|premium|precept|toll)s?\s+(?:(?:per\s+share|for\s+the\s+(?:year|half|quarter))\s+)?$/iu
/** A payment handed to somebody, right before its sum: `were paid a`, `each receives the`. */
const handedBefore = /\b(?:paid|given|offered|awarded|receives?|received|gets?|got)\s+(?:an?|the)\s+$/iu
/** The kind of the payment, right after its sum: `attendance allowance`, `daily fee`. */
const paymentAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:allowance|stipend|honorarium|bursary|fee|voucher|grant|payment|bonus|subsidy|expenses|per\s+diem)\b/iu

/** A charge a body will set anew, right before the change: `will cut the import duty on crude oils`, `plans to raise the levy`. */
const chargeCutBefore =
  /\b(?:will|would|is\s+to|are\s+to|plans?\s+to|planning\s+to|intends?\s+to|is\s+set\s+to)\s+(?:cut|raise|lower|increase|reduce|halve|double)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:duty|duties|tax|taxes|levy|levies|tariff|tariffs|fee|fees|charge|charges|VAT|excise|rate)\s+(?:on\s+(?:[\p{L}-]+\s+){1,4}?)?$/iu
/**
 * A charge, a tax, a grant or an allowance set anew by whoever sets it, in
 * any tense, right before its new level: `raised the rate of capital gains
 * tax on higher earners to`, `the increase in the home insulation grant to`,
 * `cut fuel duty to`. Whoever raises or cuts it sets the figure; a rate that
 * rose (`the rate of inflation rose to`) has no setter and stays a finding.
 */
const setAnewBefore =
  /\b(?:(?:raised|cut|lowered|increased|reduced|halved|doubled|froze|set|raising|cutting|lowering|increasing|reducing)|(?:increase|rise|cut|reduction|change|uplift)\s+in)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:duty|duties|tax|taxes|VAT|levy|tariff|fee|fees|grant|grants|allowance|allowances|bursary|stipend|fine|(?:tax|interest|duty|levy|VAT)\s+rates?|rates?\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:tax|duty|VAT|levy|interest))\s+(?:(?:on|for|of|paid\s+by)\s+(?:[\p{L}'’-]+\s+){1,3}?)?to\s+$/iu
/** A change's new level or amount, opening its words: `to 10%`, `by 5p`. */
const toOrByOpening = /^(?:to|by)\s/iu
/** A mark-up on cost, right before the share or sum: `invoiced at cost plus 10%`, `sold at cost plus a`. */
const costPlusBefore = /\bcost\s+plus\s+(?:an?\s+)?$/iu
/** Paid, charged or refunded in the present or the future at a share of a rate, right before it: `are paid at`, `will be charged at`. */
const paidAtBefore = /\b(?:is|are|will\s+be|be)\s+(?:\p{L}+ly\s+)?(?:paid|charged|billed|invoiced|refunded|reimbursed|priced)\s+at\s+$/iu
/** A rate, fee or price ending a share's words: `half the session rate`. */
const rateEnd = /\b(?:rates?|fees?|prices?|fares?|charges?|tariffs?)$/iu
/** A rate, fee or price named right after a share: `50% of the day rate`. */
const rateOfAfter = /^\s+of\s+(?:the|their|its|our|your)\s+(?:[\p{L}-]+\s+)?(?:rates?|fees?|prices?|fares?|charges?|tariffs?)\b/iu
/** A rise or a cut a body's payers will see, right before the share: `Members will see a rise of`, `will get a discount of`. */
const payersSeeBefore =
  /\b(?:will|shall)\s+(?:see|pay|face|get|receive)\s+an?\s+(?:[\p{L}-]+\s+)?(?:rise|increase|uplift|cut|reduction|discount)\s+of\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const tariffPatterns: readonly RegExp[] = [
  dateOpening,
  headedDateOpening,
  chargeNoun,
  presentStepOpening,
  stepToBefore,
  riseTo,
  riseToBefore,
  riseOnDateToBefore,
  goesBefore,
  upToSumOpening,
  dateAfter,
  goingStepBefore,
  secondSumAfter,
  seasonAfter,
  seasonFromBefore,
  releaseAfter,
  startsAt,
  chargeIs,
  costsBefore,
  aggregateBefore,
  perUnit,
  payerAfter,
  standardBefore,
  eachPaid,
  periodAfter,
  payoutBefore,
  chargeCutBefore,
  setAnewBefore,
  toOrByOpening,
  costPlusBefore,
  paidAtBefore,
  rateEnd,
  rateOfAfter,
  payersSeeBefore,
  handedBefore,
  paymentAfter,
  costOf,
  purchaseVerb,
  costMetBefore,
  costShareOpening,
  committedTo
]

/** Kinds of figure a price list, a scheme or a purchase gives: sums and rates. */
const sumKinds = new Set(['money', 'rate', 'approximate'])

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, is one a body sets, offers or commits to (see the
 * list above). Reads at most 120 characters before the figure and 96 after it.
 */
export function isTariffFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const ahead = text.slice(span.end, Math.min(sentenceEnd, span.end + 96))
  const words = text.slice(span.start, span.end)
  // `stamp rises to 87p from April`: a price announced for a date to come.
  // `From Monday 6 April a pint goes up to 98p`: the same, with the date to come opening the sentence, and `up to` the verb's.
  const opening = text.slice(sentenceStart, Math.min(span.start, sentenceStart + 48))
  const rise =
    span.kind === 'change' ? riseTo.test(words) : (span.kind === 'money' && riseToBefore.test(near)) || (span.kind === 'approximate' && upToSumOpening.test(words) && goesBefore.test(near))
  if (rise && (dateAfter.test(ahead) || seasonAfter.test(ahead) || dateOpening.test(opening))) return true
  // `rise to £940 for the 2028 season, from £880 this year`: the level the announced step is from.
  if (span.kind === 'money' && seasonFromBefore.test(near)) return true
  // `Fixed fees … rise on 1 October to £157.80 per session`: the same, with the date between the verb and the sum.
  if (span.kind === 'money' && riseOnDateToBefore.test(near)) return true
  // `is going up from £9.99 to £12.99 at full release`: a price's step announced for a date or a release to come.
  if (span.kind === 'money' && goingStepBefore.test(near)) {
    const rest = ahead.slice(secondSumAfter.exec(ahead)?.[0].length ?? 0)
    if (dateAfter.test(rest) || releaseAfter.test(rest)) return true
  }
  // `From 1 February, the referral fee … falls from 15% to 12%`: a charge's step announced for a date to come that opens the sentence.
  const step = span.kind === 'change' ? presentStepOpening.test(words) : (span.kind === 'percentage' || sumKinds.has(span.kind)) && stepToBefore.test(near)
  if (step && chargeNoun.test(near) && (dateOpening.test(opening) || headedDateOpening.test(opening))) return true
  // `The dividend rises to 28.5p`: a payout a body declares, or a charge it sets, in the present or the future (`rose to` stays a change found).
  if (span.kind === 'change' && riseTo.test(words) && payoutBefore.test(near)) return true
  // `will cut the import duty on crude oils to 10% from 20%`: a charge a body will set anew.
  if (span.kind === 'change' && toOrByOpening.test(words) && chargeCutBefore.test(near)) return true
  // `The Budget raised the rate of capital gains tax … to 24%`, `the increase in the grant to £7,500`: a charge or a grant set anew.
  if ((span.kind === 'percentage' || sumKinds.has(span.kind)) && setAnewBefore.test(near)) return true
  if (span.kind !== 'change' && span.kind !== 'multiple' && committedTo.test(near)) return true
  // `Parts are charged at cost plus 15%`: a seller's mark-up; `are paid at half the day rate`: a share of a rate the payer sets.
  if ((span.kind === 'percentage' || sumKinds.has(span.kind)) && costPlusBefore.test(near.slice(-24))) return true
  if ((span.kind === 'multiple' || span.kind === 'percentage') && paidAtBefore.test(near) && (rateEnd.test(words) || rateOfAfter.test(ahead))) return true
  // `Trade customers will see a rise of 6% from March`: a price's step announced for a date to come.
  if (span.kind === 'percentage' && payersSeeBefore.test(near) && dateAfter.test(ahead)) return true
  // `grateful to the club for meeting half the cost`: a party's agreed share of a thing's cost.
  if (costShareOpening.test(words) && costMetBefore.test(near.slice(-24))) return true
  // `Members were paid a £40 attendance allowance`: a payment of a kind a body sets, handed to somebody.
  if (span.kind === 'money' && handedBefore.test(near) && paymentAfter.test(ahead)) return true
  if (!sumKinds.has(span.kind)) return false
  if (startsAt.test(near) || standardBefore.test(near) || (costOf.test(near) && purchaseVerb.test(near))) return true
  if (chargeIs.test(near) && (perUnit.test(words) || perUnit.test(ahead.slice(0, 24)))) return true
  // `The cost is £35 for members and £42 for non-members`: a price list's line, its payer named after it (not an aggregate: `The average cost is …`).
  if (chargeIs.test(near) && !aggregateBefore.test(near) && payerAfter.test(ahead)) return true
  // `The excursion costs €69 per person`: what one thing offered costs per unit of service, as its seller sets it.
  if (span.kind === 'money' && costsBefore.test(near) && !aggregateBefore.test(near) && (perUnit.test(words) || perUnit.test(ahead.slice(0, 24)))) return true
  return eachPaid.test(near) && periodAfter.test(ahead)
}
