import * as z from 'zod'

/**
 * What a node id looks like: a letter, then letters, digits, `_` or `-`.
 * Ids are case-sensitive and unique per document.
 */
export const idPattern = /^[A-Za-z][\w-]*$/

export const idSchema = z
  .string()
  .regex(idPattern, 'Expected a letter, then letters, digits, `_` or `-`')

/** Kind names are directive names too, so they obey the same pattern. */
export function isValidName(name: string): boolean {
  return idPattern.test(name)
}
