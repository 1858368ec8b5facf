import type {Span} from './span.js'
import {after, before} from './span.js'
import {ownCostBefore} from './statistic-practice.js'

// Figures that are found whatever voice or price list their sentence reads
// as, each read from a bounded slice around the figure:
// - a price or count set against an earlier one of its own, dated
//   (`£14.20 a length, against £11.90 at the start of the year`, `58 players
//   on its books, against 22 when it began`, `cleared at 48p a kilogram
//   against 32p a year ago`, with or without a comma): a level that moved, measured,
//   not a tariff the writer sets;
// - a price a sale realised (`went for £1,150`, `fetching £3,400`, `changed
//   hands in June for £480,000`, `sold at the spring sale on 4 May for
//   £2,900`; not the writer's price, `Programmes are sold at the gate for £3`);
// - the grants a body made over a period (`made grants of £230,000 in the
//   year`), not a grant's set size (`grants of up to £5,000`);
// - a market's price moving (`Wheat straw was easier at £80 a tonne`), a
//   market's price that held or stood at a level (`Prices at Billingsgate held
//   at £6.20 a kilo`; not the writer's own, `our prices`, nor a price a body
//   keeps, `Gate prices were held at £7`), or a
//   price told as hearsay (`Growers are said to be getting £18 a kilo`); a
//   tariff in the present (`Tickets are cheaper at £8 online`) stays set;
// - a body's income or turnover for a year it had or reported (`had an
//   income of £238,000`), not a threshold a scheme sets (`with an income of
//   over £50,000 must …`);
// - a part of what the writer's own method covered, in the clause that
//   reports its result (`We sequenced 120 isolates, and 37 of them carried
//   …`): `isPartOfMethod`.
// Not what a thing now costs the writer (`now costs us £48, against £31`).

/** A figure set against an earlier one, dated, right after the first: `, against £11.90 in January`, `, against 22 when it began`. */
const againstEarlier =
  /^[^.;:!?]{0,48}?(?:,\s+|\s)(?:as\s+)?against\s+(?:[£€$]\s?)?\d[\d,.]*(?:p|c)?\s+(?:[\p{L}-]+\s+){0,2}?(?:in|when|last|a\s+year\s+ago|at\s+the\s+(?:start|beginning|end)|before|this\s+time)\b/iu
/** A sale realising a price, right before the sum: `went for`, `fetching`, `sold for`, `making` after a lot. */
const saleBefore =
  /\b(?:went\s+for|sold\s+for|(?<!\b(?:is|are|be|being)\s)sold\s+at\s+(?:auction|(?:the|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:sale|auction|mart|market))\s+(?:[\p{L}\d'’-]+\s+){0,4}?for|changed\s+hands\s+(?:[\p{L}\d'’-]+\s+){0,3}?for|fetch(?:ed|ing)|realis(?:ed|ing)|realiz(?:ed|ing)|(?:lot|female|male|ram|ewe|heifer|bull|foal|filly|colt|yearling|cow|lamb|piece)\s+making)\s+(?:(?:about|around|nearly|over|just\s+over|just\s+under|a\s+record|a\s+top|an\s+impressive)\s+)?$/iu
/** A body's income for a year it had or reported, right before the sum: `had an income of`, `reported a turnover of`. */
const incomeBefore =
  /\b(?:had|has|reported|recorded|declared|showed)\s+(?:an?\s+)?(?:(?:total|annual|gross|yearly)\s+)?(?:income|turnover|revenue)\s+of\s+(?:(?:about|around|nearly|over|just\s+over|just\s+under|some)\s+)?$/iu
/** Grants a body made, right before their sum: `made grants of`, `awarded new grants totalling`. */
export const grantsMadeBefore =
  /\b(?:made|paid\s+out|awarded|distributed|gave)\s+(?:[\p{L}-]+\s+)?grants\s+(?:of|totalling|totaling|worth)\s+(?:(?:about|around|nearly|over|just\s+over|some)\s+)?$/iu
/** A market's price moving, right before the sum: `Wheat straw was easier at`, `Stores were a shade dearer at`. */
const marketMoveBefore =
  /\b(?:was|were)\s+(?:(?:a\s+)?(?:little|touch|shade|fraction)\s+)?(?:easier|firmer|dearer|cheaper|weaker|stronger)\s+at\s+(?:(?:about|around|nearly|just\s+over|just\s+under)\s+)?$/iu
/**
 * A market's price that held or stood at a level, right before the sum: a
 * place or a product after `prices` (its first group: `Prices at Billingsgate
 * held at`, `Prices for baled hay stood at`), or bare `Prices held at` before a
 * price per unit of goods (`£4.20 a kilo`, see `perUnitOfGoods`; not a fee,
 * `Prices held at £12 for members`); not the writer's own prices (`our prices
 * held at`) nor a passive (`were held at`: a price kept).
 */
const priceHeldBefore =
  /(?<!\b(?:our|my)\s+(?:[\p{L}-]+\s+)?)\bprices?\s+((?:at|for|of|on|in)\s+(?:[\p{L}'’-]+\s+){0,3}?)?(?:held|stood|settled|steadied|traded|averaged|peaked)\s+(?:(?:steady|firm)\s+)?at\s+(?:(?:about|around|nearly|just\s+over|just\s+under)\s+)?$/iu
/** A sum per unit of goods, from the sum on: `£4.20 a kilo`, `£88 a head`, `95p per lb`. */
const perUnitOfGoods = /^\S+\s+(?:a|an|per)\s+(?:kilo|kilogram|kg|tonne|ton|head|lb|pound|litre|liter|gallon|dozen|box|tray|bushel|barrel|ounce|quart|bale|hundredweight)s?(?![\p{L}])/iu
/** A price told as hearsay, right before the sum: `Growers are said to be getting`, `is thought to be fetching`. */
const hearsayPriceBefore =
  /\b(?:is|are)\s+(?:said|thought|reported|believed|understood)\s+to\s+be\s+(?:getting|receiving|paying|earning|charging|fetching|making)\s+(?:(?:about|around|nearly|over|between|up\s+to)\s+)?$/iu
/** A part of a whole named before, opening a count: `37 of them`, `52 of these`. */
const partOfThem = /^\d[\d,]*\s+of\s+(?:them|these|those)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const marketPatterns: readonly RegExp[] = [againstEarlier, saleBefore, incomeBefore, grantsMadeBefore, partOfThem, marketMoveBefore, hearsayPriceBefore, priceHeldBefore, perUnitOfGoods]

/** Kinds an earlier level is read for. */
const levelKinds = new Set(['money', 'count', 'rate'])

/** Whether the figure at `span` of `text` is found whatever its sentence reads as (see the list above); reads 48 characters before and 100 after it. */
export function isMarketFigure(text: string, span: Span): boolean {
  if (!levelKinds.has(span.kind)) return false
  // `a bag of feed now costs us £48, against £31 three years ago`: the writer's own outlay (statistic-practice.ts).
  if (span.kind === 'money' && ownCostBefore.test(before(text, span.start, 32))) return false
  if (againstEarlier.test(after(text, span.end, 100))) return true
  if (span.kind !== 'money') return false
  const lead = before(text, span.start, 48)
  const held = priceHeldBefore.exec(lead)
  if (held && (held[1] !== undefined || perUnitOfGoods.test(text.slice(span.start, span.end + 24)))) return true
  return saleBefore.test(lead) || incomeBefore.test(lead) || grantsMadeBefore.test(lead) || marketMoveBefore.test(lead) || hearsayPriceBefore.test(lead)
}

/** Whether the count at `span` of `text` is a part of a whole named before it (`37 of them`): after a method's words, its result. */
export function isPartOfMethod(text: string, span: Span): boolean {
  return span.kind === 'count' && partOfThem.test(text.slice(span.start, span.end))
}
