/*
 * Punctuation of formatted citations, as pandoc writes it. Each regex is
 * exported for the ReDoS test.
 */

/** A mark of `?` or `!` then a comma or period before closing quotes. */
export const markBeforeQuote = /([?!])[,.]([\uE000-\uE00F]*[”’]+)/gu
/** A period or comma after an inner closing quote, inside an outer one. */
export const afterNestedQuotes = /([.,])’”/g
/** A space (then formatting marks) before a comma or a period (not before three periods typed as such). */
export const spaceBeforePoint = / ([\uE000-\uE00F]*)(?=,|\.(?!\.))/gu
/** A comma or period after a closing double quote. */
export const afterQuote = /”([.,])/g
/** The first letter of a note, after formatting marks. */
export const firstLetter = /^([\uE000-\uE00F\u{F0000}-\u{FFFFD}]*)(\p{Ll})/u
/** A cluster's final period, before closing quotes and marks. */
export const finalPeriod = /\.([”’"\uE000-\uE00F]*)$/u
/** Text that starts with a letter or digit. */
export const wordStart = /^[\p{L}\p{N}]/u

/**
 * citeproc-js moves a comma or period inside closing quotes even after a
 * question or exclamation mark (`“Where?,”`); that mark ends the title's
 * punctuation (`“Where?”`), as in pandoc and Chicago.
 */
export function tidy(value: string): string {
  return closeUp(value.replace(markBeforeQuote, '$1$2'))
}

/**
 * A space before a comma or period goes, as pandoc's citeproc joins the
 * parts of a citation or entry: where an affix's space meets an empty group
 * and then punctuation (`Title .` → `Title.`, `Faraday , forthcoming` →
 * `Faraday, forthcoming`).
 */
export function closeUp(value: string): string {
  return value.replace(spaceBeforePoint, '$1')
}

/**
 * A comma or period right after a closing double quote goes inside it, as
 * pandoc does for the locales that put punctuation in quotes (en-US): also
 * one that came from a suffix (`“The Loneliest Number,” and others`), which
 * citeproc-js leaves out. After nested quotes it goes inside the outer one
 * only (`‘NGOs and Governance’.”`), as pandoc writes it.
 */
export function intoQuotes(value: string): string {
  return value.replace(afterNestedQuotes, '’$1”').replace(afterQuote, '$1”')
}

/**
 * A comma or period citeproc-js puts inside nested closing quotes goes inside
 * the outer one only (`‘Physica’.”`), as pandoc writes bibliography entries.
 */
export function outsideInnerQuote(value: string): string {
  return value.replace(afterNestedQuotes, '’$1”')
}

/** pandoc capitalises the first letter of every note (`see` → `See`). */
export function capitalize(value: string): string {
  return value.replace(firstLetter, (_, marks: string, letter: string) => marks + letter.toUpperCase())
}

/** The cluster's final period goes, also inside closing quotes (`“Title.”`). */
export function withoutFinalPeriod(value: string): string {
  return value.replace(finalPeriod, '$1')
}
