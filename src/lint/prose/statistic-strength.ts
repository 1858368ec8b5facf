import type {Span} from './span.js'
import {after, before} from './span.js'

// The strength of one drink: a percentage of alcohol that describes the beer,
// cider, wine or spirit it is written with (`a 6.2% dark mild`, `Three Hares
// Bitter, at 3.9% the weakest beer on the bar`, `a 40% ABV gin`), as a size or
// a colour describes one thing: the maker sets it and the label states it, no
// one measured it about the world. A share of a drink's market, sales, duty or
// price (`a 5% wine duty rise`, `cider sales rose 6.2%`) stays a claim.

/** A drink named right after the share: up to two words of style, then the drink (`dark mild`, `pale ale`), not its duty, tax or sales. */
const drinkAfter =
  /^\s+(?:(?:ABV|alc\.?|alcohol\s+by\s+volume|proof)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:mild|bitter|stout|porter|ale|lager|IPA|pilsner|pils|saison|beer|cider|perry|mead|wine|gin|vodka|rum|whisky|whiskey|brandy|spirit|liqueur)s?\b(?!\s+(?:duty|duties|tax|taxes|sales|prices?|market|markets|consumption|exports?|imports?|production|drinkers|drinking|industry))/iu
/** An article right before the share (`a 6.2%`), or `at` (`at 3.9% the weakest beer`). */
const oneDrinkBefore = /(?:^|[^\p{L}])(?:a|an|at)\s+$/iu
/** After `at`, the drink the strength describes: `the weakest beer`, `the strongest cider on sale`. */
const theDrinkAfter = /^,?\s+the\s+[\p{L}-]+\s+(?:mild|bitter|stout|porter|ale|lager|beer|cider|perry|wine|spirit)s?\b/iu

/** Every regex of this module, for the ReDoS test. */
export const strengthPatterns: readonly RegExp[] = [drinkAfter, oneDrinkBefore, theDrinkAfter]

/**
 * Whether the percentage at `span` of `text` is the strength of one drink it
 * describes: after `a`, `an` or `at`, with the drink (or `ABV` and the
 * drink) right after it, or after `at` with `the <word> <drink>` after it; a
 * strength with no drink named after it (`stayed below 5.5% ABV`, `filled at
 * 40% alcohol, the strength most rivals use`) reads as before. Reads 12 characters
 * before the figure and 60 after it.
 */
export function isDrinkStrength(text: string, span: Span): boolean {
  if (span.kind !== 'percentage' || !text.slice(span.start, span.end).endsWith('%')) return false
  if (!oneDrinkBefore.test(before(text, span.start, 12))) return false
  const rest = after(text, span.end, 60)
  return drinkAfter.test(rest) || theDrinkAfter.test(rest)
}
