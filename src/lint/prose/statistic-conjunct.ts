// A figure that takes the reading of the figure before it in its sentence,
// rather than one of its own: the second end of a range after a dash (`pH at
// 7.2–7.6`), and a figure of the same kind in a conjunct whose verb is the
// first figure's, left out (`A hogshead holds roughly 250 litres and a butt
// about 500`, `a minimum of 2 mm for rectified tiles and 3 mm for pressed`),
// a count after `and` alone after a count (`18 pupils and 12 mentors`), and
// the size of the first figure's step in apposition after it (`rise to
// £157.80 per session, an increase of 10% on the current rate`).
// Each check reads only the words between the two figures.

/** A dash alone between two figures (`7.2–7.6`): the two ends of one range, read as one. */
const rangeDash = /^\s?[–-]\s?$/u

/**
 * Between two figures of one kind, a conjunct whose verb is the first
 * figure's, left out (gapped): ` and a butt ` (`A hogshead holds roughly 250
 * litres and a butt about 500`), ` for rectified tiles and ` (`a minimum of 2
 * mm for rectified tiles and 3 mm for pressed`), `, and the lower rate to `.
 * A preposition's phrase then `and` or `or`, or `and` or `or` then a
 * determiner with two words that are not verbs (no `-ed` word, no
 * auxiliary, no common past); not `, and ` alone, which opens a clause of its
 * own (`This guide covers 40 walks, and 12,000 people used it`).
 */
const gappedBetween =
  /^(?:\s+(?:for|in|on|at|of|with)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+(?:and|or)\s+(?:(?:an?|the|its|their|our)\s+(?!(?:[\p{L}-]+\s+)?(?:[\p{L}-]+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|took|made|got|gave|paid|spent|won|lost|sold|bought|ran|saw|put|set|cut|hit|kept|held|met|brought|found|rose|fell|grew|went|came|takes|makes|gets|gives|pays|holds)\s)(?:[\p{L}-]+\s+){1,2}?(?:to\s+|at\s+)?)?|,?\s+(?:and|or)\s+(?:an?|the|its|their|our)\s+(?!(?:[\p{L}-]+\s+)?(?:[\p{L}-]+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|took|made|got|gave|paid|spent|won|lost|sold|bought|ran|saw|put|set|cut|hit|kept|held|met|brought|found|rose|fell|grew|went|came|takes|makes|gets|gives|pays|holds)\s)(?:[\p{L}-]+\s+){1,2}?(?:to\s+|at\s+)?)$/iu
/**
 * Between two figures, the second in apposition naming the size of the
 * first's step: `, an increase of ` (`rise … to £157.80 per session, an
 * increase of 10% on the current rate`), ` a week, a rise of `, `, a cut of
 * `. The step's size is what the first figure is, read the same way: a set
 * price's rise is set; a level measured, its rise measured.
 */
const stepAppositive =
  /^(?:\s+(?:a|an|per|each)\s+[\p{L}-]+)?,\s+(?:an?\s+)?(?:increase|rise|cut|reduction|fall|drop|uplift)\s+of\s+$/iu
/**
 * `and` or `or` alone between two counts: one list of what a sentence counts
 * (`Interviews with 18 pupils and 12 mentors were carried out`), the second
 * read as the first is (a method's sample, a design's sizes).
 */
const countListAnd = /^\s+(?:and|or)\s+$/u
/** Every regex of this module, for the ReDoS test. */
export const conjunctPatterns: readonly RegExp[] = [rangeDash, gappedBetween, stepAppositive, countListAnd]

/**
 * Whether a figure of kind `kind` takes the reading of the figure before it
 * (of kind `lastKind`), given the words between them (`gap`): a dash alone
 * between them, or a gapped conjunct of at most 64 characters between two
 * figures of one kind, `and` or `or` alone between two counts (`18 pupils
 * and 12 mentors`), or the size of the first's step in apposition
 * (`£157.80 per session, an increase of 10%`).
 */
export function takesReadingBefore(gap: string, kind: string, lastKind: string): boolean {
  if (kind === 'count' && lastKind === 'count' && countListAnd.test(gap)) return true
  return rangeDash.test(gap) || stepAppositive.test(gap) || (kind === lastKind && gap.length <= 64 && gappedBetween.test(gap))
}
