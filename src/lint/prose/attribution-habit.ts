import type {Span} from './span.js'

// A class that tells the writer a thing as a habit, in the present (round
// 37): `Employers consistently tell us that soft skills are the biggest
// gap`, `Tenants regularly tell us`. Beside the writer's own survey it is
// still hearsay from the class, not a finding of the survey: a survey is
// told once, in the past, and reported by its own numbers (`Our survey
// found that two-thirds …`); what people keep telling is their view (not
// `Women in Koba village told us`, after `Our team visited 14 villages`: the
// informants of the writer's own fieldwork).

/** The span's verb `tell us` in the present with an adverb of habit: `consistently tell us`, `Employers often tell us`. */
const habitualTell = /(?<![\p{L}'’-])(?:consistently|often|regularly|repeatedly|routinely|frequently|increasingly|always|constantly|keep)\s+(?:tell|telling)$/iu
const usAfter = /^\s+us(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionHabitPatterns: readonly RegExp[] = [habitualTell, usAfter]

/** Whether a source span ends on `tell` with an adverb of habit, `us` after it: a class's standing view told to the writer. */
export function toldAsHabit(text: string, span: Span): boolean {
  return habitualTell.test(text.slice(span.start, span.end)) && usAfter.test(text.slice(span.end, span.end + 8))
}
