import type {Span} from './span.js'
import {numberStart} from './span.js'

// Figures a rule, a standard or a permission sets: a value named by the
// participle of a standard (`worse than the required 45 dB`, `within the
// permitted 6 m`), the share a limit holds for (`a limit of 6 mm/s for 95%
// of blasts`), the most a rule lets a party take (`Members can take up to
// 25% of their pension`) and what a party applied for leave to do (`has
// applied for a licence to cull 40 birds`). None is measured: a reviewer
// asks for no source for them. Each check reads a bounded slice right
// before the figure.

/** A standard named by its participle right before the value: `the required`, `its permitted maximum of`. */
const standardBefore =
  /\b(?:the|a|its|their|our)\s+(?:(?:legally|statutory|contractually)\s+)?(?:required|permitted|prescribed|specified|stipulated|allowable|allowed|consented|licensed|design)\s+(?:(?:minimum|maximum|limit|level|value)\s+(?:of\s+)?)?$/iu
/** A limit's own terms, up to the share it holds for: `the planning limit of 6 mm/s for`. */
const limitFor = /\b(?:limits?|standards?|tolerances?|thresholds?)\s+of\s+[^\s,;]+(?:\s+[^\s,;]+){0,2}?\s+(?:for|in)\s+$/iu
/** The most a rule lets a party take: `Members can take up to`, `you may carry forward up to`. */
const permittedCap =
  /\b(?:can|may|could|are\s+allowed\s+to|is\s+allowed\s+to|are\s+entitled\s+to|is\s+entitled\s+to)\s+(?:take|claim|borrow|withdraw|receive|keep|carry(?:\s+forward|\s+over)?|bring|transfer|invite|book|draw|commute|contribute|pay\s+in|save)\s+(?:up\s+to|a\s+maximum\s+of)\s*$/iu
/** An application for leave to act, right before the figure: `applied for a licence to control`. */
const appliedTo =
  /\b(?:appl(?:y|ies|ied|ying)|bid|bids|asked)\s+for\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:licen[cs]e|permission|consent|permit|approval)\s+to\s+\p{L}+\s+(?:(?:up\s+to|a\s+further|another)\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const standardPatterns: readonly RegExp[] = [standardBefore, limitFor, permittedCap, appliedTo]

/**
 * Whether a figure at `span`, in the sentence that starts at `sentenceStart`,
 * is one a rule, a standard or a permission sets:
 * - a value named by a standard's participle (`the required 45 dB`);
 * - a share a limit holds for (`a limit of 6 mm/s for 95% of blasts`);
 * - the most a rule lets a party take (`can take up to 25% of`);
 * - what a party applied for leave to do (`applied for a licence to cull
 *   40 birds`).
 * Changes and multiples are never set this way.
 */
export function isStandardFigure(text: string, span: Span, sentenceStart: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const opening = text.slice(Math.max(sentenceStart, span.start - 80), numberStart(text, span))
  return standardBefore.test(opening) || limitFor.test(opening) || permittedCap.test(opening) || appliedTo.test(opening)
}
