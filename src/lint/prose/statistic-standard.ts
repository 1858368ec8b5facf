import type {Span} from './span.js'
import {after, before, numberStart} from './span.js'

// Figures a rule, a standard or a permission sets: a value named by the
// participle of a standard (`worse than the required 45 dB`, `within the
// permitted 6 m`), the share a limit holds for (`a limit of 6 mm/s for 95%
// of blasts`), the most a rule lets a party take (`Members can take up to
// 25% of their pension`), what a party applied for leave to do (`has
// applied for a licence to cull 40 birds`) and what a named standard
// requires (`Grade 4 handles must now survive 200,000 cycles`), the most a
// permission allows (`the licence allows a maximum biomass of 2,500 tonnes`)
// and a figure `as set out in the welfare plan`, a level the law sets (`the
// maximum level of 3.0 mg/kg … in Regulation (EU) 2023/915`), and what a
// thing's class permits it to be used at (`class 3, so it can be driven at up
// to 8 mph`). None is measured: a reviewer asks for no source for them. Each
// check reads a bounded slice right before the figure.

/** A standard named by its participle right before the value: `the required`, `its permitted maximum of`, `the district's permitted maximum of`. */
const standardBefore =
  /(?<![\p{L}\p{N}_'’])(?:the|a|its|their|our|\p{L}+['’]s?)\s+(?:(?:legally|statutory|contractually)\s+)?(?:required|permitted|prescribed|specified|stipulated|allowable|allowed|consented|licensed|design)\s+(?:(?:minimum|maximum|limit|level|value)\s+(?:of\s+)?)?$/iu
/** A limit's own terms, up to the share it holds for: `the planning limit of 6 mm/s for`. */
const limitFor = /\b(?:limits?|standards?|tolerances?|thresholds?)\s+of\s+[^\s,;]+(?:\s+[^\s,;]+){0,2}?\s+(?:for|in)\s+$/iu
/** The most a rule lets a party take: `Members can take up to`, `you may carry forward up to`. */
const permittedCap =
  /\b(?:can|may|could|are\s+allowed\s+to|is\s+allowed\s+to|are\s+entitled\s+to|is\s+entitled\s+to)\s+(?:take|claim|borrow|withdraw|receive|keep|carry(?:\s+forward|\s+over)?|bring|transfer|invite|book|draw|commute|contribute|pay\s+in|save)\s+(?:up\s+to|a\s+maximum\s+of)\s*$/iu
/** An application for leave to act, right before the figure: `applied for a licence to control`. */
const appliedTo =
  /\b(?:appl(?:y|ies|ied|ying)|bid|bids|asked)\s+for\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:licen[cs]e|permission|consent|permit|approval)\s+to\s+\p{L}+\s+(?:(?:up\s+to|a\s+further|another)\s+)?$/iu

/** The most or least a permission allows, right before the figure: `the licence allows a maximum standing biomass of`, `permits up to`. */
const allowsMost =
  /\b(?:allows?|allowed|permits?|permitted)\s+(?:(?:a|an|the)\s+(?:maximum|minimum|cap|ceiling|limit)\s+(?:[\p{L}-]+\s+){0,3}?of|up\s+to)\s+$/iu
/** A document that sets the figure, named right after it and its noun (no comma between): `8% of the stock as set out in the welfare plan`, `as specified in the licence` (not `as required by`, which may govern a verb: `52% completed the course as required by the policy` is measured). */
const setOutAfter =
  /^[^.,;:!?]{0,48}?\bas\s+(?:set\s+out|laid\s+down|specified|prescribed|stipulated)\s+(?:in|by|under)\s+(?:the|its|our|their|a|an)\b/iu

/**
 * A class named (`class 3`, `category 2`), read for what a thing's class permits it to be used at, right before the figure:
 * `is class 3, so it can be driven on the road at up to`, `… and on
 * pavements at`. A class named first, then `can` or `may be` and a verb of
 * use: the rating the class sets, not a test of the thing (`it can be driven
 * at 120 mph`, with no class, is a capability claimed).
 */
const classNamed = /\b(?:class|category)\s+\d+\b/iu
/** `can be driven`, `may legally be used`: a verb of use after a modal of permission. */
const permittedUse = /\b(?:can|may)\s+(?:legally\s+)?be\s+(?:driven|used|ridden|operated|flown|towed)\b/iu
/** `at` or `at up to` right before the figure. */
const atEnd = /\bat\s+(?:up\s+to\s+)?$/iu
/**
 * A maximum or minimum level named as a legal or regulatory one, with the
 * span opening on its noun: `the maximum level of 3.0 mg/kg for spices in
 * retained Regulation (EU) 2023/915`, `a statutory limit of 50 mg/L`. The
 * law sets the level: named by a legal word before it, or a maximum or
 * minimum with a regulation, a directive or an act named after it.
 */
const levelOpening = /^(?:level|limit|value|concentration|content|residue\s+level)s?\s+of\s/iu
const legalBoundBefore = /\b(?:legal|statutory|regulatory|permitted|permissible)\s+(?:maximum\s+|minimum\s+)?$/iu
const boundWordBefore = /\b(?:maximum|minimum)\s+$/iu
const lawAfter = /^[^.;!?]{0,100}?\b(?:Regulations?|Directive|Act|Order|legislation|law)\b/u
/** A requirement's modal and verb right before the figure: `must now survive`, `shall withstand at least` (not `must have`, which infers). */
const mustVerb = /\b(?:must|shall)\s+(?:now\s+|still\s+|also\s+|each\s+)?(?!have\b|be\b)\p{L}+\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|up\s+to)\s+)?$/iu
/** A standard named near the requirement: `BS EN 1906`, `Grade 4`, `the new edition`, `the regulations`. */
const standardNamed = /\b(?:[Ss]tandards?|[Ee]ditions?|[Rr]egulations?|[Ss]pecifications?|[Cc]odes?\s+of\s+practice|[Gg]rade\s+\d|[Cc]lass\s+\d|BS|EN|ISO|ASTM|IEC)\b/u
/** The old value a standard set, named after it: `100,000 under the old standard`. */
const underStandardAfter =
  /^\s+(?:cycles\s+|hours\s+|times\s+)?under\s+(?:the\s+)?(?:(?:old|previous|former|earlier|current|existing|last|\d{4})\s+)?(?:standard|edition|regulations?|specification|code|version)\b/iu
/** A requirement's modal anywhere before the figure in its sentence. */
const modal = /\b(?:must|shall)\s/iu

/** Every regex of this module, for the ReDoS test. */
export const standardPatterns: readonly RegExp[] = [classNamed, permittedUse, atEnd, levelOpening, legalBoundBefore, boundWordBefore, lawAfter, allowsMost, setOutAfter, standardBefore, limitFor, permittedCap, appliedTo, mustVerb, standardNamed, underStandardAfter, modal]

/**
 * Whether a figure at `span`, in the sentence that starts at `sentenceStart`,
 * is one a rule, a standard or a permission sets:
 * - a value named by a standard's participle (`the required 45 dB`);
 * - a share a limit holds for (`a limit of 6 mm/s for 95% of blasts`);
 * - the most a rule lets a party take (`can take up to 25% of`);
 * - what a party applied for leave to do (`applied for a licence to cull
 *   40 birds`);
 * - the most or least a permission allows (`the licence allows a maximum
 *   standing biomass of 2,500 tonnes`);
 * - a maximum or minimum level named as legal, or with the law that sets it
 *   (`the maximum level of 3.0 mg/kg for spices in Regulation (EU)
 *   2023/915`, `a statutory limit of 50 mg/L`);
 * - what a thing's class permits it to be used at (`is class 3, so it can
 *   be driven on the road at up to 8 mph`);
 * - a figure a document is named as setting right after it (`8% of the
 *   stock as set out in the welfare plan`);
 * - a count or a size a named standard requires (`Handles tested to Grade 4
 *   must now survive 200,000 cycles, up from 100,000 under the old
 *   standard`).
 * Changes and multiples are never set this way.
 */
export function isStandardFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const opening = text.slice(Math.max(sentenceStart, span.start - 80), numberStart(text, span))
  if (standardBefore.test(opening) || limitFor.test(opening) || permittedCap.test(opening) || appliedTo.test(opening) || allowsMost.test(opening)) return true
  if (setOutAfter.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 120)))) return true
  // `the maximum level of 3.0 mg/kg for spices in retained Regulation (EU) 2023/915`: a level the law sets.
  if (isLegalLevel(text, span, sentenceEnd)) return true
  // `is class 3, so it can be driven on the road at up to 8 mph and on pavements at 4 mph`: the speeds its class permits.
  if ((span.kind === 'measurement' || span.kind === 'approximate') && classPermits(text.slice(Math.max(sentenceStart, span.start - 160), numberStart(text, span)))) return true
  return isStandardRequirement(text, span, sentenceStart, sentenceEnd)
}

/**
 * Whether a count or a size is what a standard requires, named in its
 * sentence: `Handles tested to Grade 4 must now survive 200,000 cycles`, and
 * the old edition's value given after it (`up from 100,000 under the old
 * standard`). A modal with its verb right before the figure, and a standard
 * named within 160 characters of it.
 */
function isStandardRequirement(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.kind !== 'count' && span.kind !== 'measurement' && span.kind !== 'approximate') return false
  const lead = text.slice(Math.max(sentenceStart, span.start - 160), span.start)
  const required = mustVerb.test(lead.slice(-48)) || (modal.test(lead) && underStandardAfter.test(after(text, span.end, 48)))
  return required && standardNamed.test(lead + text.slice(span.end, Math.min(sentenceEnd, span.end + 160)))
}

/** Whether a figure opening on a level's noun is one the law sets: `the maximum level of 3.0 mg/kg … in Regulation (EU) 2023/915`, `a statutory limit of 50 mg/L`. */
function isLegalLevel(text: string, span: Span, sentenceEnd: number): boolean {
  if (span.kind !== 'measurement' && span.kind !== 'percentage') return false
  if (!levelOpening.test(text.slice(span.start, span.end))) return false
  const lead = before(text, span.start, 32)
  if (legalBoundBefore.test(lead)) return true
  return boundWordBefore.test(lead) && lawAfter.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 100)))
}

/** Whether the words before a figure name a class, then a modal of permission with a verb of use, then end on `at`: `is class 3, so it can be driven on the road at up to`. */
function classPermits(lead: string): boolean {
  if (!atEnd.test(lead)) return false
  const use = permittedUse.exec(lead)
  const named = classNamed.exec(lead)
  return use !== null && named !== null && named.index < use.index && lead.length - (use.index + use[0].length) <= 56
}
