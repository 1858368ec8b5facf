import type {PatternRule} from './span.js'

// Evidence in general, with `the` and nothing it points back to: `The
// evidence suggests that`, `The data show that`, `The literature is clear
// that`, `the available research has shown that`. `the` here presupposes a
// body of evidence the reader is meant to know, and names none: the claim is
// lent to evidence in general, as `Evidence suggests` is. A kind of data
// (`payroll data show`) names its source and is not read here. The same
// words point back when the paragraph before them has introduced a source:
// a study or data named or counted (`We surveyed 40 sites. The data show
// that`), the writer's own work (`we`, `our`), a citation or a reference
// with a year, or a hearing whose evidence it is (`The tribunal heard …
// The evidence suggests that`). Only a verb of finding in the present or
// the present perfect, or `is clear`, before `that` is read: a claim
// reported, not the data described (`The data show a clear seasonal
// pattern`), nor a past account of a case (`The evidence showed that he`).

/** `The evidence suggests`, `the available data show`, `The literature is clear`, before `that`. */
const generalEvidence =
  /\bthe\s+(?:(?:available|existing|current|wider|broader|published|scientific|academic|empirical|international|latest|best)\s+)?(?:evidence|data|literature|research|science)\s+(?:(?:now|also|still|increasingly|generally|broadly|consistently|strongly|clearly|overwhelmingly)\s+)?(?:suggests?|shows?|indicates?|confirms?|proves?|demonstrates?|(?:has|have)\s+(?:now\s+|long\s+|also\s+|consistently\s+)?(?:shown|found|established|demonstrated|confirmed)|(?:is|are)\s+(?:now\s+|very\s+|quite\s+|increasingly\s+)?(?:clear|unequivocal|unambiguous|consistent|overwhelming))(?=\s+that\b)/giu
/** What the evidence may point back to in the paragraph before it: a study, data or results named, the writer's own work, a citation (one U+FFFC atom), a reference with a year, or a hearing and its witnesses. */
const antecedent =
  /(?<![\p{L}'’-])(?:stud(?:y|ies)|research|surveys?|polls?|analys[ie]s|data(?:sets?|bases?)?|statistics|findings|evidence|figures|literature|reports?|estimates|experiments?|trials?|reviews?|results|samples?|audits?|census(?:es)?|records|measurements|interviews|tests|observations|papers?|court|tribunal|hearing|inquest|inquiry|witness(?:es)?|we|our|us)(?![\p{L}'’-])|\uFFFC|\d{4}[a-z]?\)/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionDefinitePatterns: readonly RegExp[] = [generalEvidence, antecedent]

/** The text before `index` in its block that a pointer may reach back to (at most 600 characters). */
function paragraphBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 600), index)
}

/** Evidence in general with `the`, when nothing before it in the block is what it points back to. */
export const generalEvidenceRule: PatternRule = {
  regex: generalEvidence,
  kind: 'study',
  accept: (text, match) => !antecedent.test(paragraphBefore(text, match.index!))
}
