import type {Span} from './span.js'
import {after, before} from './span.js'

// Whose sum of money a figure is. An exact price, fee or rate that nothing in
// its sentence measures is set by a seller or a law (`Entry costs €9`); so
// are a sum claimed, offered, owed, announced or repaid, the size of one
// project or bond (`a £120 million upgrade`) and one priced thing offered (`A
// £12 donation buys …`). An estimate, an aggregate, a change, money an event
// took or raised and a cost borne are measured (`costs more than £5,000 a
// year`, `the raffle raised £312`, `costs the NHS £1,200 per patient`). Each
// check reads a bounded slice of the sum's own sentence.

/** A price, fee or rate: what something costs, as its seller or the law sets it. */
const priceCue =
  /\b(?:costs?|costing|charges?|charged|charging|priced|prices?|fees?|fares?|tariffs?|wages?|salary|salaries|rents?|rates?|tickets?|entry|admission|subscriptions?|undercuts?|cheaper|dearer|sells?\s+for|sold\s+for|retails?|hire|hired|budgets?|allowances?|grants?|pensions?|stipends?|bursar(?:y|ies)|scholarships?|offered\s+at|listed\s+at|on\s+sale\s+for|let\s+for|rented\s+for|rents\s+for|to\s+let|for\s+hire)\b|^\s*At\s+$/iu
/** An approximation right before an amount: an estimate or aggregate, not a set price. */
const approximateBefore =
  /\b(?:about|around|nearly|almost|approximately|roughly|some|over|under|more\s+than|less\s+than|at\s+least|up\s+to|as\s+much\s+as|an\s+estimated|estimated|average|averaging|averaged|on\s+average|just\s+over|just\s+under|well\s+over|typically)\s+$/iu
/** Words that make an amount an aggregate or a change, measured rather than set (`spend per head held at`: what customers spent, measured); what a body owes (`has debts of`, `owes`, `arrears of`) is its balance, measured, not a price (one debt a court or a bill fixes, `the judgment debt of £312,000`, is set). */
const aggregateCue =
  /\b(?:average|typical|median|mean|total|overall|rose|risen|rises|rising|rise|fell|fallen|falls|falling|increased?|decreased?|grew|grown|jumped|dropped|doubled|halved|tripled|up\s+from|down\s+from|reached|reaching|hit|stood|climbed|soared|surged|plunged|exceeded|topped|passed|amounted|totall?ed|(?<!\b(?:a|an|the)\s)paid|spent|wiping|wiped|lost|earned|record|worth|valued|valuation|reach|market|revenues?|turnover|sales|income|profits?|losses|GDP|economy|exports?|imports?|spending|expenditure|deficit|surplus|surpluses|debts|owes|owed|owing|liabilities|borrowings|arrears|shortfall|spend\s+per)\b/iu
/** Money a shop or event took, right before the amount: `the shop took £14,260`, `takings of £900`, `the tins took a further £210`. */
const takenBefore =
  /\b(?:took|generated|brought\s+in|turned\s+over|takings\s+of)\s+(?:(?:a\s+record|a\s+further|another|over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu
/** Money a change or a measure has saved, right before the amount: `have saved £1.2m`, `saving the council £40,000`. */
const savedBefore =
  /\b(?:saved|saves|saving)\s+(?:(?:us|them|it|the\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+)?(?:(?:over|more\s+than|about|around|nearly|almost|some)\s+)?$/iu
/** Where a sum of takings or income went, right after the amount: `£6,900 went to the roof fund`, `£500 was passed to`. */
const wentToAfter = /^\s+(?:went|goes|has\s+gone|have\s+gone|was\s+passed|was\s+handed|was\s+paid\s+over|was\s+donated)\s+(?:on\s+)?to\b/iu
/** Money an event or an appeal raised, right before the amount: `The raffle raised £312`, `we have already raised £47,500`, `collected £3,200`. */
const raisedBefore = /\b(?:raised|collected|netted|made)\s+(?:(?:a\s+record|a\s+further|another|over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu
/** Money raised or collected, right after the amount: `$40,000 raised by the brigade`, `£3,870 raised for the air ambulance`, `£1.2 million raised from 860 members`: a result, as a sum an event raised is. */
const raisedAfter = /^\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:raised|collected)\b/iu
/** Funders or a round after money raised: `£9 million from two funds`, `£2m in a seed round`: a deal made, as a loan or a grant is. */
const fundersAfter = /^\s+(?:from|in\s+(?:a|an|its|their|our)\s+(?:[\p{L}-]+\s+)?(?:round|raise|issue|offering))\b/iu
/**
 * A baseline or change after an amount: `£1,450 a month, up from £980`, `a
 * rise of`; or a budget or an estimate it is held against (`came in at
 * £11,200, against a budget of £12,000`): the outturn is measured, the budget set.
 */
const baselineAfter =
  /\b(?:up|down)\s+from\b|\bcompared\s+with\b|\b(?:a|an)\s+(?:rise|fall|increase|decrease|drop|jump)\s+of\b|\bagainst\s+(?:a|an|the|its|our|their)\s+(?:[\p{L}-]+\s+)?(?:budget|estimate|quote|forecast|allocation)\b/iu
/**
 * A price a market reached, right before it: `Gold closed the week at $2,412`,
 * `finishing little changed at $28.90`, `shares ended the day at 412p`,
 * `was trading at $81`. What a market closed or traded at is measured, not set.
 */
const marketBefore =
  /\b(?:closed|closing|closes|finished|finishing|ended|ending|traded|trading|changed\s+hands)\s+(?:[\p{L}'’-]+\s+){0,3}?at\s+$/iu
/** A market's prices moving, earlier in the sentence: `Packhouse prices held up well`, `Lamb prices firmed`: the sum after is a price found in that market (`Ticket prices held at £12` is a price kept). */
const pricesMoved =
  /\bprices\s+(?:have\s+|had\s+)?(?:held\s+(?:up|firm|steady)|firmed|eased|strengthened|weakened|slipped|softened|recovered|steadied|edged\s+(?:up|down|higher|lower)|improved|hardened|dipped)\b/iu
/**
 * A price named as a market's after `the`, anywhere before the sum in its
 * clause: `the wholesale price at the market held at`, `the farmgate price`,
 * `the spot price`. A market's price is found there, not set by the writer
 * (a seller's `retail price` is set, and so is `our wholesale price`).
 */
const marketPrice = /\bthe\s+(?:[\p{L}-]+\s+)?(?:wholesale|farmgate|farm-gate|spot|auction|market|trade)\s+prices?\b/iu
/** `could cost £3 million`, `can add £300 to £500 an acre`: an estimate of what may be spent, lost or added to a value, not a price. */
const mayCost = /\b(?:could|might|may)\s+(?:\p{L}+ly\s+)?(?:cost|lose|save|reach|top|exceed|add)\b|\bcan\s+(?:\p{L}+ly\s+)?(?:add|knock)\b/iu
/** A cost a body or a costing puts or estimates, right before the sum: `Our costing puts the true cost of a meal at`, `estimates the cost of each visit at`: an estimate of a cost borne, not a price asked (`put the ticket price at` is set). */
const costPutAt =
  /\b(?:puts?|putting|estimates?|estimated|estimating|reckons?|reckoned|calculates?|calculated|values?|valued)\s+(?:the|its|our|their|a)\s+(?:[\p{L}-]+\s+){0,2}?costs?\s+(?:of\s+(?:[\p{L}'’-]+\s+){1,5}?)?at\s+$/iu
/** What a thing adds to the cost of something, an effect on a cost: `adds £2,000 to the cost of`. */
const addedBefore = /\b(?:adds?|added|adding|puts?|putting)\s+(?:an\s+extra\s+|another\s+)?$/iu
const toCostAfter = /^\s+(?:a\s+year\s+|a\s+month\s+)?(?:on\s+)?to\s+(?:the|a|an|each|every|their|our|your|its)\s+(?:[\p{L}-]+\s+)?costs?\s+of\b/iu
/** `now costs`: a price observed as it stands, not one set. */
const nowBefore = /\bnow\s+(?:costs?|charges?|sells?|fetch(?:es)?|stands?)\b/iu
/** `costs the NHS £1,200`: what something costs someone, a cost borne rather than a price asked. */
const costTo = /\bcost(?:s|ing)?\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,2}(?:an?\s+)?$/iu
/** `… per patient per year`, `a head`: an amount per person, a rate. */
const perHead = /(?:^\s*|\s)(?:a|an|per|for\s+each|each)\s+(?:person|head|patient|household|pupil|student|capita|family|resident|worker|employee|taxpayer|prisoner|inmate)\b/iu
/** The same, right after the amount (a period may come first: `£1,200 a year per patient`), not a family further on (`£20 gift stocks a family parcel`). */
const perHeadAfter =
  /^(?:\s+(?:a|an|per)\s+(?:year|month|week|day))?\s+(?:a|an|per|for\s+each|each)\s+(?:person|head|patient|household|pupil|student|capita|family|resident|worker|employee|taxpayer|prisoner|inmate)\b/iu
/** Money announced, allocated or pledged: `announced £1.5 billion for`, `set aside €40 million`. */
const announcedBefore =
  /\b(?:announced|allocated|pledged|committed|earmarked|set\s+aside|unveiled|approved|promised|budgeted)\s+(?:a\s+further\s+|an\s+extra\s+|another\s+|an?\s+additional\s+|a\s+|an\s+|the\s+)?$/iu
/** A sum claimed, offered, owed or paid by a party: `seeks £40,000`, `offers to pay`, `repaid the`. */
const claimedBefore =
  /\b(?:seeks?|sought|demands?|demanded|owes?|owed|(?:agrees?|agreed|undertakes?|undertook|proposes?|proposed|ordered|offers?|offered|offering)\s+(?:[\p{L}]+\s+){0,2}to\s+pay|(?:we|I)\s+(?:have\s+|had\s+)?(?:repaid|paid|returned|invested|spent|borrowed|issued|donated|gave|raised)|repaid|repays?|repaying)\s+(?:the\s+|a\s+|an\s+)?$|\b(?:awarded|ordered|granted|fined)\s+(?:[\p{L}'’-]+\s+){0,2}$|\b(?:debt|damages|sum|security|deposit|loan|bond|bail|fine|penalty|compensation|settlement|payment|bid|offer|grant|award|fund|budget|allocation|investment|donation)\s+of\s+$/iu
/** `a £120 million upgrade`, `the £75 million bond`: an amount naming the size of one thing decided. */
const sizeOfBefore = /\b(?:a|an|the|its|our|their|this|that)\s+$/iu
const sizeOfAfter =
  /^\s+(?:[\p{L}-]+\s+)?(?:upgrade|project|programme|program|scheme|investment|package|contract|deal|bond|loan|grant|fund|facility|budget|bid|offer|redevelopment|extension|refurbishment|expansion|renovation|overhaul|bail-?out|stimulus|settlement|acquisition|takeover|merger|order|tender|prize|donation|endowment|campaign|plan|initiative|deposit|centre|center|building|bridge|stadium|hospital|school|library|museum|terminal|station|plant|factory|warehouse|headquarters|wing|park|road|bypass|tunnel|railway|pipeline|fleet|refit)\b/iu
/** A sum of money naming one thing offered, given or asked for: `a £20 gift`, `a £1,500 welcome bonus`, `a $2.5M seed round`. */
const oneThingBefore = /\b(?:a|an|one|each|every|any)\s+$/iu
const oneThingAfter = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?!(?:a|an|the|of|per|in|on|at|to|and|or|for|from|by|with|each|every|is|are|was|were|year|month|week|day|hour|head|person|rise|increase|fall|drop|cut|loss|deficit|surplus|profit|shortfall|gap|bill|boost|hike|jump|windfall|overspend|overrun|hole|debt|damage|fraud|fine|bailout|subsidy|tax)\b)\p{Ll}{3,}\b/u
/** A thing's price in apposition after its name: `a new lighting desk, costing £4,995`, `the van, priced at £18,000`. */
const appositivePrice = /,\s+(?:costing|priced\s+at|at\s+a\s+cost\s+of|which\s+costs?|which\s+cost)\s+$/iu

/**
 * A charge as the subject of the sum, right before it: `entry is £3 a head`,
 * `tickets are £8 per person`, `admission costs £5`. The charge is set by
 * whoever levies it, per head or not (`£1,200 per patient` alone is a rate
 * measured).
 */
const chargeSubject =
  /\b(?:entry|entrance|admission|tickets?|membership|subscriptions?|(?:entry|joining|booking|registration|course|class|session)\s+fees?)\s+(?:is|are|costs?|will\s+be|remains?|stays?)\s+(?:(?:just|only|still)\s+)?$/iu

/** A charge a body sets for the future, in the sentence before a sum: `Subscriptions will rise from`, `a season ticket … will cost`. */
const futureCharge =
  /\b(?:tickets?|pass(?:es)?|subscriptions?|memberships?|fees?|fares?|admission|entry|rents?|tolls?|tariffs?|charges?|dues|levy)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:will|shall|are\s+to|is\s+to)\s+(?:now\s+)?(?:cost|rise|increase|go\s+up|fall|drop|be\s+(?:charged|priced|set))\b/iu
/** A step of a set charge right before a sum: `from`, `to`, `, a rise of`, `remain at`, `stays at`. */
const chargeStep = /(?:\b(?:from|to)|,\s+(?:an?\s+)?(?:rise|increase|cut|reduction|drop)\s+of|\b(?:remains?|stays?|held|frozen|kept)\s+at)\s+$/iu
/** `, and the` opening a clause with its own subject: an aggregate before it is another clause's (`Studios have always paid less, and the tariff of £0.45 …`). */
const andClause = /,\s+and\s+(?=(?:the|its|their|our|this|that|a|an)\s)/giu

/** Every regex of this module, for the ReDoS test. */
export const figureMoneyPatterns: readonly RegExp[] = [
  priceCue,
  approximateBefore,
  aggregateCue,
  takenBefore,
  savedBefore,
  wentToAfter,
  raisedBefore,
  raisedAfter,
  fundersAfter,
  marketBefore,
  pricesMoved,
  marketPrice,
  nowBefore,
  mayCost,
  addedBefore,
  costPutAt,
  toCostAfter,
  baselineAfter,
  costTo,
  perHead,
  perHeadAfter,
  announcedBefore,
  claimedBefore,
  sizeOfBefore,
  sizeOfAfter,
  oneThingBefore,
  oneThingAfter,
  appositivePrice,
  chargeSubject,
  futureCharge,
  chargeStep,
  andClause
]

/**
 * Whether a sum of money at `span` is set rather than measured, given the
 * words of its sentence before it (`lead`) and where the sentence ends:
 * - an exact price, fee or rate (`costs €9, or €5 for students`, `At £199`,
 *   `introduced at £3.60 an hour`), not an estimate or a change of one
 *   (`costs more than £5,000 a year`, `an average … £1,450 a month, up from`);
 * - a charge's amount as its subject states it (`entry is £3 a head`);
 * - the steps of a charge a body sets for the future (`Subscriptions will
 *   rise from £48 to £52`, `will cost £395, a rise of £20`);
 * - one thing's price in apposition after its name (`a new lighting desk,
 *   costing £4,995`), whatever the sentence says before the name;
 * - a sum claimed, offered, owed or repaid, or the size of one project,
 *   bond or grant (`a £120 million upgrade`), or one priced thing offered;
 * - not a price a market closed or traded at (`Gold closed the week at
 *   $2,412`) nor one quoted after its market's prices moved (`Lamb prices
 *   firmed, with hoggets at £2.90 a kilo`) nor one named as a market's (`the
 *   wholesale price … held at £2.10 a punnet`): a market's price is measured;
 * - not what a thing adds to the cost of something (`adds £2,000 to the
 *   cost of running a van`): an effect on a cost is measured or estimated;
 * - not a sum saved (`have saved £1.2m`) nor where takings went (`£6,900
 *   went to the roof fund`) nor a sum raised (`$40,000 raised by the
 *   brigade`): results, not terms.
 */
export function isSetMoney(text: string, span: Span, lead: string, sentenceEnd: number): boolean {
  const near = before(text, span.start, 40)
  const exact = !approximateBefore.test(before(text, span.start, 24))
  const rest = text.slice(span.end, Math.min(sentenceEnd, span.end + 32))
  // `The average home, costing £300,000`: an aggregate named before the price still measures it.
  if (exact && appositivePrice.test(near) && !aggregateCue.test(near) && !baselineAfter.test(rest) && !perHeadAfter.test(rest)) return true
  // `Subscriptions will rise from £48 to £52`, `will cost £395, a rise of £20, and under-18s remain at £99`: the steps of a charge a body sets.
  if (exact && futureCharge.test(lead) && chargeStep.test(near)) return true
  // `entry is £3 a head`: a charge's own amount, per head or not.
  if (exact && chargeSubject.test(near) && !aggregateCue.test(clauseOf(lead)) && !baselineAfter.test(rest)) return true
  const measured =
    aggregateCue.test(clauseOf(lead)) ||
    takenBefore.test(near) ||
    savedBefore.test(near) ||
    wentToAfter.test(rest) ||
    (raisedBefore.test(near) && !fundersAfter.test(rest)) ||
    raisedAfter.test(rest) ||
    nowBefore.test(lead) ||
    marketBefore.test(near) ||
    pricesMoved.test(lead) ||
    marketPrice.test(clauseOf(lead)) ||
    mayCost.test(lead) ||
    costTo.test(near) ||
    perHead.test(text.slice(span.start, span.end)) ||
    perHeadAfter.test(rest) ||
    baselineAfter.test(rest) ||
    (addedBefore.test(near) && toCostAfter.test(rest)) ||
    costPutAt.test(before(text, span.start, 80))
  if (exact && !measured) return true
  if (!measured && (claimedBefore.test(near) || announcedBefore.test(near))) return true
  if (!measured && sizeOfBefore.test(before(text, span.start, 8)) && sizeOfAfter.test(after(text, span.end, 40))) return true
  return !measured && oneThingBefore.test(before(text, span.start, 8)) && oneThingAfter.test(after(text, span.end, 40)) && !aggregateCue.test(after(text, span.end, 40))
}

/** The words of a lead after its last `, and` that opens a clause with its own subject. */
function clauseOf(lead: string): string {
  let from = 0
  for (const match of lead.matchAll(andClause)) from = match.index + match[0].length
  return lead.slice(from)
}
