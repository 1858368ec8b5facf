import CSL from 'citeproc'

/** Opening brackets and quotes a sort key's start drops, as citeproc-js does (exported for the ReDoS test). */
export const leadingBrackets = /^["'[\]]+/

let collationRegistered = false

interface CollationHost {
  toLocaleLowerCase(this: unknown, value: string): string
  getSortCompare(this: unknown, locale?: string): (a: string, b: string) => number
  stringCompare?: unknown
}

/**
 * Sort keys compared as pandoc's citeproc compares them: by the Unicode
 * collation of the locale, case and accents ignored, punctuation counted
 * (it sorts before letters: `O’Neil` before `Oñate`). citeproc-js ignores
 * punctuation (`Oñate` before `O’Neil`). Registered once, on citeproc-js's
 * `getSortCompare`; the locale stays the one citeproc-js asks for
 * (`default-locale-sort`, else en-US).
 */
export function registerCollation(): void {
  if (collationRegistered) return
  collationRegistered = true
  const host = CSL as unknown as CollationHost
  const lower = host.toLocaleLowerCase
  const collators = new Map<string, Intl.Collator>()
  host.getSortCompare = function (this: unknown, locale?: string) {
    const language = locale || 'en-US'
    let collator = collators.get(language)
    if (!collator) {
      collator = new Intl.Collator(language, {sensitivity: 'base', numeric: true})
      collators.set(language, collator)
    }
    const compare = collator.compare
    return (a: string, b: string): number =>
      compare(lower.call(this, a.replace(leadingBrackets, '')), lower.call(this, b.replace(leadingBrackets, '')))
  }
}
