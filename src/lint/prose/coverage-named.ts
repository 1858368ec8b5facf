import type {ProseBlock} from '../../extract/prose.js'
import {lastIndexAtMost} from '../../util/search.js'
import type {Stretches} from './sentence-reading.js'
import {sentenceReadings, stretchesOf} from './sentence-reading.js'
import type {ProseLanguage} from './language.js'
import type {Span} from './span.js'
import {hasSourceIn, sentencesOf} from './coverage.js'

// Support that backs another clause's named source (round 42). A sentence
// may join a vague source to a finding with a source of its own: `Fitters
// say the old tanks cannot cope, and the council's stock survey found …
// (see Appendix C)`, `X is often described as …: the trade body's census
// found … [@census]`. The citation or pointer stands in the later clause,
// whose own source (a survey, census, study, report or review, one of them,
// with a verb of finding) it backs; the class or the passive in the earlier
// clause is lent to no one all the same. Support in the vague source's own
// clause covers it as before.

/** A boundary between two clauses: `, and`, `, but`, `, yet`, `, while`, `, whereas`, `;`, `:`. */
const clauseBoundary = /,\s+(?:and|but|yet|while|whereas)\s|[;:]\s/gu
/** One named study with a verb of finding: `survey found`, `the census shows`, `audit has recorded` (singular: `studies found` is itself vague). */
const namedFinding =
  /(?<![\p{L}'’-])(?:survey|census|study|report|review|audit|inspection|inquiry|analysis|evaluation|assessment)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:found|finds|shows|showed|shown|recorded|records|reported|reports|estimated|estimates|concluded|concludes|confirmed|confirms)(?![\p{L}'’-])/giu

/** Every regex of this module, for the ReDoS test. */
export const coverageNamedPatterns: readonly RegExp[] = [clauseBoundary, namedFinding]

/** What one sentence holds for this check, read once per sentence (offsets 0-based into the sentence's text). */
interface SentenceSupport {
  /** The first support of the sentence (citation, footnote reference or reference written in the text); -1 when it has none. */
  support: number
  /** Each clause boundary's start and end, in text order (non-overlapping). */
  boundaries: Stretches
  /** The start of the last named study with a verb of finding; -1 when there is none. */
  lastNamed: number
}

/** One record per sentence, read once for all its spans. */
const readings = sentenceReadings<SentenceSupport>()

/** Reads a sentence's support, clause boundaries and named studies (linear in the sentence). */
function readSentence(block: ProseBlock, index: number, language: ProseLanguage): SentenceSupport {
  const sentence = block.sentences[index]!
  const text = block.text.slice(sentence.start, sentence.end)
  let support = -1
  for (const reference of language.textReferences(text)) if (support < 0 || reference.start < support) support = reference.start
  // Atoms are in text order: start from the last at or before the sentence (binary search) and stop at its end.
  const atoms = block.atoms
  for (let at = lastIndexAtMost(atoms, sentence.start, (item) => item.index); at < atoms.length && atoms[at]!.index < sentence.end; at++) {
    const atom = atoms[at]!.index
    if (atom >= sentence.start && hasSourceIn(block, atom, atom + 1) && (support < 0 || atom - sentence.start < support)) support = atom - sentence.start
  }
  const boundaries = stretchesOf(text, clauseBoundary)
  let lastNamed = -1
  for (const match of text.matchAll(namedFinding)) lastNamed = match.index
  return {support, boundaries, lastNamed}
}

/**
 * Whether a span stands in one sentence whose every support (citation,
 * footnote reference or reference written in the text) lies in a later
 * clause that names a study of its own with a verb of finding, past a
 * clause boundary after the span: the span is then reported though its
 * sentence counts as supported. Takes the block, the span (0-based UTF-16
 * offsets into `block.text`) and the language that reads the written
 * references; returns false when the sentence has no support of its own.
 * Each sentence is read once for all its spans (O(log n) per span after).
 */
export function supportOfNamedClause(block: ProseBlock, span: Span, language: ProseLanguage): boolean {
  const [first, last] = sentencesOf(block, span)
  if (first !== last || last < 0) return false
  const {support, boundaries, lastNamed} = readings(block, first, language, () => readSentence(block, first, language))
  const end = span.end - block.sentences[first]!.start
  if (support < 0 || support < end || boundaries.length === 0) return false
  // The last clause boundary between the span and the first support opens the clause the support backs (a study named in the text, `survey found`, may itself be read as a reference: the clause runs to the sentence's end).
  const boundary = boundaries[lastIndexAtMost(boundaries, support, (item) => item.end)]!
  if (boundary.end > support || boundary.start < end) return false
  return lastNamed >= boundary.end
}
