/*
 * pandoc's `nocite` metadata field: citations whose sources go into the
 * bibliography without being cited in the text (`@*`: every source).
 */

/** A `@key` (or `@*`) in `nocite` (exported for the ReDoS test). */
export const nociteKey = /@(\*|[^\s,;[\]{}@]+)/gu

/** Punctuation a `nocite` key does not end with. */
const trailingPunctuation = new Set(['.', ':', '?', '!'])

function withoutTrailingPunctuation(key: string): string {
  let end = key.length
  while (end > 0 && trailingPunctuation.has(key.charAt(end - 1))) end--
  return key.slice(0, end)
}

/**
 * The ids a front matter's `nocite` names, in order: its value is a string
 * (`"@a, @b"`, `"@*"`) or a list of them, as pandoc reads the citations in
 * it; `*` stands for every source. Anything else names none.
 */
export function nociteIds(value: unknown): string[] {
  const strings = Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : typeof value === 'string' ? [value] : []
  const ids: string[] = []
  for (const text of strings) {
    for (const match of text.matchAll(nociteKey)) {
      const id = withoutTrailingPunctuation(match[1] as string)
      if (id) ids.push(id)
    }
  }
  return ids
}
