import CSL from 'citeproc'

/** Opening brackets and quotes a sort key's start drops, as citeproc-js does (exported for the ReDoS test). */
export const leadingBrackets = /^["'[\]]+/
/** An apostrophe inside a word (`O’Neil`), which pandoc sorts before letters (exported for the ReDoS test). */
export const apostrophe = /['\u2019]/g

let collationRegistered = false

interface CollationHost {
  toLocaleLowerCase(this: unknown, value: string): string
  getSortCompare(this: unknown, locale?: string): (a: string, b: string) => number
  stringCompare?: unknown
}

/**
 * Sort keys compared closer to pandoc's citeproc: by the Unicode collation
 * of the locale, case, accents and punctuation ignored as citeproc-js does,
 * except an apostrophe, which sorts before letters as in pandoc (`O’Neil`
 * before `Oñate`; citeproc-js alone puts `Oñate` first). Registered once, on citeproc-js's
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
      collator = new Intl.Collator(language, {sensitivity: 'base', numeric: true, ignorePunctuation: true})
      collators.set(language, collator)
    }
    const compare = collator.compare
    // Other punctuation stays ignored, as citeproc-js ignores it (name sort keys hold separators).
    const key = (value: string): string => lower.call(this, value.replace(leadingBrackets, '').replace(apostrophe, '0'))
    return (a: string, b: string): number => compare(key(a), key(b))
  }
}
