import type {Span} from './span.js'
import {after, before} from './span.js'

// A body's own stock or relations picked out by a superlative (round 42),
// as `its two newest vessels` is in the labelling rules:
// - one of the writer's own things named for renewal or repair (`to
//   replace the oldest minibus`, `we will reline the leakiest tank`): the
//   verb acts on the writer's own stock, and the superlative says which;
// - one of a body's customers, suppliers or sites by size (`has lost its
//   largest customer`, `their biggest supplier`): one of its own relations,
//   not a ranking of the world.
// Not with a comparison class after it (`replace the oldest bridge in the
// country`, `its largest site in Europe`): that is a ranking claimed.

/** A verb of renewal or repair right before the superlative: `replace `, `to refurbish `, `retiring `. */
const renewalBefore =
  /(?<![\p{L}'’-])(?:replace|replaces|replacing|renew|renews|renewing|refurbish|refurbishes|refurbishing|retire|retires|retiring|overhaul|overhauls|overhauling|upgrade|upgrades|upgrading|repair|repairs|repairing|reline|relining|resurface|resurfacing|rebuild|rebuilding|repaint|repainting|scrap|scrapping|sell\s+off|selling\s+off)\s+$/iu
/** `the` and a superlative of age or wear: `the oldest`, `the most worn`, `the leakiest`. */
const theWornest = /^the\s+(?:oldest|most\s+worn|worst|shabbiest|leakiest|least\s+reliable|slowest|smallest|noisiest)$/iu
/** `its` or `their` and a superlative of size or age: `its largest`, `their biggest`. */
const ownSize = /^(?:its|their)\s+(?:largest|biggest|smallest|oldest|newest|main)$/iu
/** A relation or a holding of a body right after: ` customer`, ` single client`, ` supplier`, ` depot`. */
const relationAfter =
  /^\s+(?:single\s+)?(?:customer|client|supplier|shareholder|investor|tenant|contract|account|donor|funder|sponsor|lender|creditor|subsidiary|site|plant|factory|depot|store|shop|office|warehouse|branch)s?(?![\p{L}'’-])/iu
/** A comparison class after the ranked noun: ` bridge in the country`, ` site in Europe`, ` customer of any haulier`. */
const classAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?(?:in|on|of|across|anywhere)\s+(?:(?:the|any)\s+)?(?:world|country|region|county|nation|kingdom|sector|industry|market|\p{Lu})/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeStockPatterns: readonly RegExp[] = [renewalBefore, theWornest, ownSize, relationAfter, classAfter]

/**
 * Whether a superlative span (0-based UTF-16 offsets into `text`) picks out
 * one of a body's own things: after a verb of renewal or repair (`replace
 * the oldest`), or as its largest customer, supplier or site (`its largest
 * customer`), with no comparison class after it. Reads 24 characters before
 * the span and 48 after it.
 */
export function ownStockPicked(text: string, span: Span): boolean {
  if (span.kind !== 'superlative') return false
  const words = text.slice(span.start, span.end)
  const rest = after(text, span.end, 48)
  if (classAfter.test(rest)) return false
  return (theWornest.test(words) && renewalBefore.test(before(text, span.start, 24))) || (ownSize.test(words) && relationAfter.test(rest))
}
