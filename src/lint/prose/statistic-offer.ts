import type {Span} from './span.js'

// Figures a body offers, agrees, charges, allocates or requires, rather than
// what anybody found; each read from a bounded slice of the figure's own
// sentence:
// - room a body offers (`with 40 places to fill`, `adding 60 desks`);
// - the terms of a deal a side accepted or offered (`accepted a pay deal
//   worth 9.5%`), and a payment a party offers (`offering sign-on bonuses of
//   up to £5,000`);
// - a levy or a fee that stays where it is set (`The levy remains at 1.5%`);
// - what a supplier will allocate (`Accounts will receive up to 80% of`);
// - what a rule requires somebody to keep or set aside (`owners must keep
//   10% of the site as meadow and a further 5% as scrub`);
// - the bound of a class a schedule sets (`a class for dwarf dahlias under
//   40 cm`);
// - the make-up of a body a merger forms (`merging the two trusts, creating
//   one trust of 14 hospitals`).
// Whose figure it is decides: the body that sets it is its source. Changes
// and multiples stay claims.

/** How far back in its sentence a cue is read. */
const reach = 120

/** A count of room: seats, places, desks, pitches. */
const roomNoun =
  /\b(?:seats?|places?|spaces?|desks?|tickets?|spots?|pitches|plots?|rooms?|beds?|berths?|bays?|stalls?|tables?|booths?|studios?|slots?|vacancies|workstations?|lockers?|allotments?)$/iu
/** Room still to be taken, right after its count: `to fill`, `still available`, `left`. */
const roomOpenAfter =
  /^\s+(?:to\s+(?:fill|sell|book|take|let|spare)|(?:still\s+)?(?:available|left|remaining|unsold|unfilled|free|on\s+offer|up\s+for\s+grabs))\b/iu
/** Room a place or a plan adds, right before its count: `adding`, `with room for`. */
const roomAddedBefore =
  /\b(?:adding|adds|added|providing|provides|offering|offers|with\s+room\s+for|seating|sleeping|sleeps)\s+(?:(?:a\s+further|another|an\s+extra|up\s+to|some)\s+)?$/iu
/** The terms of a deal a side accepted, signed or offered, right before them: `accepted a two-year deal worth`. */
const dealBefore =
  /\b(?:accept(?:ed|s|ing)?|agree(?:d|s)?|sign(?:ed|s|ing)?|ratif(?:ied|ies|y)|back(?:ed|s)?|endorse(?:d|s)?|reject(?:ed|s|ing)?|turn(?:ed|s)?\s+down|tabled?|offer(?:ed|s)?|improved?)\s+(?:an?|the|its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|offer|settlement|agreement|award|package)\s+(?:worth|of)\s+(?:(?:about|around|up\s+to|nearly|almost|just\s+over|just\s+under|over)\s+)?$/iu
/**
 * A payment a party offers, its kind named, right before its sum: `offering
 * sign-on bonuses of up to`, `offers a starting salary of`. The offer is the
 * offering party's term (`bonuses averaged £3,000` is measured).
 */
const paymentOfferedBefore =
  /\b(?:offer(?:s|ed|ing)?|promis(?:es|ed|ing))\s+(?:(?:an?|the|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:bonus(?:es)?|salar(?:y|ies)|allowances?|incentives?|bursar(?:y|ies)|payments?|packages?|rewards?|hellos?|retainers?|fees?)\s+of\s+(?:(?:up\s+to|as\s+much\s+as)\s+)?$/iu
/** A levy or a fee that stays where it is set, right before its figure: `The BID levy for 2027–28 remains at`. */
const chargeStaysBefore =
  /\b(?:levy|levies|fee|fees|charge|charges|subscriptions?|subs|premiums?|rent|rents|tolls?|duty|surcharge|commission|contributions?|precept|tariff|fares?)\b(?:\s+[^\s.;:!?]+){0,4}?\s+(?:remains?|stays?|is\s+(?:set|fixed|held|kept|frozen|pegged)|are\s+(?:set|fixed|held|kept|frozen)|will\s+(?:remain|stay|be\s+(?:set|held|frozen|kept))|(?:has|have)\s+been\s+(?:set|fixed|held|frozen))\s+(?:at|to)\s+$/iu
/** What a supplier will allocate, right before the figure: `Accounts will receive`. */
const allocateBefore =
  /\b(?:will|shall|can|may)\s+(?:(?:only|now|each|still|also)\s+)?(?:receive|get|be\s+(?:allocated|offered|given|sent|supplied|allowed))\s+$/iu
/** A cap opening the figure: `up to 80%`, `a maximum of`. */
const capOpening = /^(?:up\s+to|a\s+maximum\s+of|no\s+more\s+than|at\s+most)\b/iu
/** A comparison right after the figure: `less`, `more`, `cheaper`. */
const comparativeAfter = /^\s+(?:less|more|fewer|lower|higher|cheaper|faster|smaller|larger|bigger|longer|shorter)\b/iu
/** What a rule requires somebody to keep or set aside, right before the figure: `farmers must keep`. */
const requiredKeep =
  /\b(?:must|shall|have\s+to|has\s+to|(?:are|is)\s+required\s+to|will\s+have\s+to|(?:are|is)\s+obliged\s+to)\s+(?:(?:also|still|now|each)\s+)?(?:keep|plant|set\s+aside|maintain|leave|retain|devote|dedicate|allocate|reserve|contribute|manage)\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than)\s+)?$/iu
/** The same requirement anywhere before the figure, for one added to it: `must keep 10% … and a further`. */
const requiredKeepEarlier =
  /\b(?:must|shall|have\s+to|has\s+to|(?:are|is)\s+required\s+to)\s+(?:(?:also|still|now|each)\s+)?(?:keep|plant|set\s+aside|maintain|leave|retain|devote|dedicate|allocate|reserve)\s/iu
/** A figure added to a requirement's, right before it: `and a further`. */
const furtherBefore = /\b(?:and|plus)\s+(?:a\s+further|another|an\s+extra|a\s+second)\s+$/iu
/** The bound of a class a schedule sets, right before it: `a class for miniature cattleyas under`. */
const classBefore =
  /\b(?:class|classes|category|categories|division|section|event|race|heat)\s+for\s+(?:[\p{L}'’-]+\s+){0,4}?(?:under|over|below|above|up\s+to|of\s+up\s+to|less\s+than|more\s+than|not\s+exceeding)\s+$/iu
/** The body a merger forms, right before its size: `creating a single deanery of`. */
const formedBefore =
  /\b(?:creating|forming|making|into)\s+(?:an?|one|the)\s+(?:(?:single|new|combined|larger|merged|joint|united)\s+)?[\p{L}-]+\s+(?:of|with|covering)\s+$/iu
/** A merger earlier in the sentence: `proposes to merge`, `amalgamated`. */
const mergerEarlier = /\b(?:merg(?:e|es|ed|ing|er)|amalgamat(?:e|es|ed|ing|ion)|combin(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|unit(?:e|es|ed|ing))\b/iu
/** A price right before the size of what it buys: `£135 for a bag of about 0.7 cubic metres`, `£260 for a 1.5 cubic metre cage`: the seller's measure of its goods, a term of the sale. */
const pricedSizeBefore = /[£$€]\s?\d[\d,.]*\s+for\s+(?:a|an|one|each)\s+(?:(?:[\p{L}'’-]+\s+){1,3}?of\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const offerPatterns: readonly RegExp[] = [
  pricedSizeBefore,
  roomNoun,
  roomOpenAfter,
  roomAddedBefore,
  dealBefore,
  paymentOfferedBefore,
  chargeStaysBefore,
  allocateBefore,
  capOpening,
  comparativeAfter,
  requiredKeep,
  requiredKeepEarlier,
  furtherBefore,
  classBefore,
  formedBefore,
  mergerEarlier
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, is one a body offers, agrees, charges, allocates
 * or requires (see the list above). Reads at most 120 characters before the
 * figure and 48 after it.
 */
export function isOfferedFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const ahead = text.slice(span.end, Math.min(sentenceEnd, span.end + 48))
  const words = text.slice(span.start, span.end)
  if (span.kind === 'count' && roomNoun.test(words) && (roomOpenAfter.test(ahead) || roomAddedBefore.test(near))) return true
  const share = span.kind === 'percentage' || span.kind === 'money' || span.kind === 'approximate'
  if (share && (dealBefore.test(near) || chargeStaysBefore.test(near))) return true
  // `Employers are offering sign-on bonuses of up to £5,000`: a payment offered, the offering party's term.
  if ((span.kind === 'money' || span.kind === 'approximate') && paymentOfferedBefore.test(near)) return true
  // `will receive up to 80% less radiation`: a cut promised is a claim, not an allocation.
  if (share && capOpening.test(words) && allocateBefore.test(near) && !comparativeAfter.test(ahead)) return true
  if (span.kind === 'percentage' || span.kind === 'proportion' || span.kind === 'measurement' || span.kind === 'count') {
    if (requiredKeep.test(near) || (furtherBefore.test(near) && requiredKeepEarlier.test(near))) return true
  }
  if ((span.kind === 'measurement' || span.kind === 'count' || span.kind === 'money') && classBefore.test(near)) return true
  // `£135 for a bag of about 0.7 cubic metres`: the size of what a price buys.
  if ((span.kind === 'measurement' || span.kind === 'approximate') && pricedSizeBefore.test(near.slice(-64))) return true
  return span.kind === 'count' && formedBefore.test(near) && mergerEarlier.test(near)
}
