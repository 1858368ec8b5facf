import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'

// What a made thing does, as its maker or owner states it: the writer's own
// boat's top speed (`Our boat reaches 25 knots`), an oven's heat (`The oven
// heats up to 250 °C`), how small a tent packs (`packs down to 2.1 kg`), the
// size of a part (`a drum of 8 kg`, `with a tank of 50 litres`). A
// reviewer's `The panel reaches 900 nits` is a measurement of their own. These are a specification, like a rating:
// the maker is the source. A quantity of the world that reaches a figure
// (`Temperatures reach 40 °C`, `Wind speed reaches 60 mph`, `The average
// price reaches …`) is measured, and so is a record (`reached a record 31
// knots`). So are what the writer's own place or product can hold (`We can
// fit 140 stalls on the lower field`, `the new engine lets us draw up to 64
// lights`), and a rating that classes the things counted (`twelve 150 kW
// bays`, `two 13 A sockets`): the number belongs to its unit, not to the
// things. Each check reads a bounded slice of the figure's own sentence.

/**
 * A verb of what a thing does, in the present, right before the figure:
 * `reaches`, `tops out at`, `packs down to`. Not `can reach`: what may
 * happen (`the inside of a car can reach 47 °C`) is a claim.
 */
const capabilityVerb =
  /\b(?:tops\s+out\s+at|cruises\s+at|heats\s+(?:up\s+)?to|packs\s+(?:down|away|up)\s+(?:to|into)|folds\s+(?:down\s+|up\s+)?(?:to|into))\s+(?:(?:up\s+to|about|around|just|only|just\s+over|just\s+under|under|over|a\s+top\s+speed\s+of)\s+)?$/iu
/** `reaches`, right before the figure: a capability only of the writer's own thing (`Our boat reaches 25 knots`); a reviewer's `The panel reaches 900 nits` is measured. */
const reachesBefore = /\breaches\s+(?:(?:up\s+to|about|around|just|only|just\s+over|just\s+under|over)\s+)?$/iu
/** The writer's own thing as the subject: `Our all-weather boat`, `my new stove`. */
const ownThing = /(?:^|[^\p{L}'’])(?:our|my)\s/iu
/** A part of a made thing and its size: `a drum of`, `with a tank of`, `its boot of`. */
const partOf =
  /\b(?:a|an|its|with\s+a|with\s+an|has\s+a|has\s+an)\s+(?:[\p{L}-]+\s+)?(?:drum|tank|boot|hopper|reservoir|bowl|basket|blade|wheelbase|chamber|cylinder|bin|bag|mast|hull|keel|deck|bed|frame|flue|chimney|boom)\s+of\s+(?:(?:up\s+to|about|around|just\s+over|just\s+under)\s+)?$/iu
/** A quantity of the world, or an aggregate, as the subject of what reaches a figure: `Temperatures`, `wind speed`, `the average`, `a record`. */
const measuredSubject =
  /\b(?:temperatures?|heat|level|levels|speeds?|winds?|gusts?|tides?|waters?|floods?|rain(?:fall)?|snow(?:fall)?|prices?|rates?|inflation|demand|traffic|queues?|numbers?|counts?|totals?|average|median|mean|typical|record|records|figures?|sales|attendance|crowds?|population|costs?|bills?|debts?|waits?|emissions|readings?|concentrations?)\b/iu
/** A record, an average or a comparison after a figure: `knots, a record`, `metres above normal`. */
const recordAfter = /^[\s,]+(?:(?:a|the)\s+(?:new\s+)?(?:record|highest|lowest|average)|above|below|higher|lower|more|less|up|down)\b/iu
/** An approximation a span opens with (`up to 300 °C`): read as the end of the words before it. */
const spanOpening = /^(?:up\s+to|about|around|just\s+over|just\s+under|over|under)\s+/iu
/** The words of a clause before the figure: from the last clause mark or sentence end (read by statistic-allowance.ts too). */
export const clauseMark = /[.;:!?]\s|,\s(?:and|but|while|whereas)\s/gu

/** The writer's own capacity, right before the figure: `we can fit`, `we could seat`, `lets us put up to`, `allows players to build up to`. */
const ownCapacityBefore =
  /\b(?:we\s+(?:can|could)\s+(?:now\s+|still\s+|only\s+)?(?:fit|hold|seat|take|accommodate|park|house|host|sleep|store)|(?:lets|allows|enables)\s+(?:us|you|players|users)\s+(?:to\s+)?[\p{L}-]+)\s+(?:(?:up\s+to|as\s+many\s+as|a\s+maximum\s+of)\s+)?$/iu
/** A rating written with its unit's symbol before the plural noun it classes: `150 kW bays`, `13 A sockets`, `25 kg sacks` (not `m` or `k`, which may count millions or thousands). */
const ratedThings = /^\d[\d,.]{0,8}\s?(?:kW|MW|W|kWh|kV|V|A|mA|Ah|mm|cm|kg|g|l|ml|Hz|kHz|MHz|GHz|GB|TB|MB|in|ft|psi|bar)\s+[\p{L}-]+s$/u

/** What a made thing carries, right before a measurement: `It carries 4,000 litres` (`holds` is read in figure.ts). */
const carriesBefore = /\bcarries\s+(?:up\s+to\s+)?$/iu
/** A rate after the figure: `a day`, `per year`, `each week`: what a road or a network carries is a flow measured, not a capacity. */
const periodAfter = /^\s+(?:of\s+[\p{L}-]+\s+)?(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|season|annum)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticCapabilityPatterns: readonly RegExp[] = [capabilityVerb, reachesBefore, ownThing, partOf, measuredSubject, recordAfter, spanOpening, clauseMark, ownCapacityBefore, ratedThings, carriesBefore, periodAfter]

/** Kinds of figure a capability gives: measurements, in digits or in words. */
const capabilityKinds = new Set(['measurement', 'approximate'])

/**
 * Whether a figure at `span` is what a made thing does or the size of one of
 * its parts, as its maker or owner states it: a capability verb in the
 * present right before it (`packs down to 2.1 kg`, `heats up to 250 °C`), or
 * `reaches` with the writer's own thing as its subject (`Our boat reaches 25
 * knots`), with no quantity of the world as its subject (`Temperatures
 * reach`, `Wind speed reaches`) and no record or comparison after it; or a
 * part and its size (`a drum of 8 kg`); or what the writer's own place or
 * product can hold, or a rating that classes the things counted
 * (`isOwnCapacity`).
 */
export function isCapability(text: string, span: Span): boolean {
  const opening = spanOpening.exec(text.slice(span.start, span.end))
  const lead = before(text, span.start, 80) + (opening ? opening[0] : '')
  if (isOwnCapacity(text, span, lead)) return true
  if (!capabilityKinds.has(span.kind)) return false
  if (partOf.test(lead)) return true
  if (recordAfter.test(after(text, span.end, 24))) return false
  const clause = lastClause(lead, clauseMark)
  if (measuredSubject.test(clause)) return false
  // `It carries 4,000 litres`: a tank's or a store's capacity, not a flow (`carries 14,000 vehicles a day`).
  if (span.kind === 'measurement' && carriesBefore.test(lead) && !periodAfter.test(after(text, span.end, 32))) return true
  return capabilityVerb.test(lead) || (reachesBefore.test(lead) && ownThing.test(clause))
}

/**
 * Whether a count or a size at `span` is what the writer's own place or
 * product can hold, with `lead` the words before it (and its opening
 * approximation): a verb of holding after `we can` (`We can fit 140 stalls`)
 * or after `lets us` (`lets us draw up to 64 lights`); or a count whose
 * number is written with a unit's symbol before its plural noun (`150 kW
 * bays`): a rating that names the kind of thing, not how many there are.
 */
function isOwnCapacity(text: string, span: Span, lead: string): boolean {
  if (span.kind === 'count' && ratedThings.test(text.slice(span.start, span.end))) return true
  return (span.kind === 'count' || span.kind === 'approximate' || span.kind === 'measurement') && ownCapacityBefore.test(lead)
}
