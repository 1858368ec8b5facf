import type {Span} from './span.js'
import {mergeSpans} from './span.js'

/**
 * A rule's own words, from its options: phrases to report as well as the
 * detector's findings, and phrases never to report (a finding that overlaps
 * one is dropped). Matched as whole words, ignoring case.
 */
export interface Vocabulary {
  readonly phrases: ReadonlySet<string>
  readonly ignore: ReadonlySet<string>
}

/** No words of one's own. */
export const noVocabulary: Vocabulary = {phrases: new Set(), ignore: new Set()}

/**
 * The findings of a detector adjusted by a vocabulary: the user's phrases
 * added (as `kind` spans), the spans that overlap an ignored phrase dropped.
 * Sorted by start. Linear in the text for a given vocabulary (one `indexOf`
 * walk per phrase).
 */
export function applyVocabulary(text: string, found: Span[], vocabulary: Vocabulary, kind: string): Span[] {
  if (vocabulary.phrases.size === 0 && vocabulary.ignore.size === 0) return found
  const lower = foldCase(text)
  const spans = [...found]
  for (const phrase of vocabulary.phrases) spans.push(...occurrences(lower, phrase, kind))
  const merged = mergeSpans(spans)
  if (vocabulary.ignore.size === 0) return merged
  const ignored: Span[] = []
  for (const phrase of vocabulary.ignore) ignored.push(...occurrences(lower, phrase, 'ignore'))
  if (ignored.length === 0) return merged
  return merged.filter((span) => !ignored.some((skip) => skip.start < span.end && span.start < skip.end))
}

/** Where `phrase` occurs in `lower` (already case-folded) as whole words. */
function occurrences(lower: string, phrase: string, kind: string): Span[] {
  const needle = foldCase(phrase.trim())
  const spans: Span[] = []
  if (needle.length === 0) return spans
  let index = lower.indexOf(needle)
  while (index !== -1) {
    const end = index + needle.length
    if (!isWordCharacter(lower.charAt(index - 1)) && !isWordCharacter(lower.charAt(end))) spans.push({start: index, end, kind})
    index = lower.indexOf(needle, index + 1)
  }
  return spans
}

/** Lower case, one UTF-16 unit for one (a character whose lower case is longer stays as it is), so offsets hold. */
function foldCase(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    const lower = char.toLowerCase()
    result += lower.length === 1 ? lower : char
  }
  return result
}

function isWordCharacter(char: string): boolean {
  return char !== '' && (char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9'))
}
