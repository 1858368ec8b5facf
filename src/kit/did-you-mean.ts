import {levenshteinEditDistance} from 'levenshtein-edit-distance'

/**
 * The candidate closest to `value`, when it is close enough to be a typo:
 * at most a third of its letters differ (at least two may, so a swap of two
 * letters is found), and not all of them.
 */
export function didYouMean(
  value: string,
  candidates: Iterable<string>
): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 3))
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY

  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) > limit) continue
    const distance = levenshteinEditDistance(value, candidate, true)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return bestDistance <= limit && bestDistance < value.length ? best : undefined
}

/** `` (did you mean `x`?)`` or nothing. */
export function didYouMeanPhrase(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ' (did you mean `' + suggestion + '`?)'
}
