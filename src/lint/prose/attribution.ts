import {notVague} from './attribution-kept.js'
import {attributionPhrases} from './attribution-phrase.js'
import {qualifyingParticiple} from './attribution-record.js'
import {notAReport} from './attribution-report.js'
import {vagueSubject} from './attribution-subject.js'
import {attributingVerb, feltClause, feltVerb, hearsayVerb, judgementAs, reportingVerbs} from './attribution-verbs.js'
import {detectQuotations} from './quotation.js'
import type {Span} from './span.js'
import {findSpans, mergeSpans} from './span.js'

// Vague attributions by kind. The main one is a source with a reporting
// verb: a plural class of people (`Agronomists say`, `Police chiefs
// privately concede`, `Officials in Brussels say`, `Some regulars have heard
// that`) or of studies and data
// (`Recent studies show`, `Evidence suggests`) as the subject of `say`,
// `agree`, `warn`, `found`, `show`… Each reporting verb is found by one
// pattern; its subject is read backwards from it, a bounded number of words,
// in a loop. Verbs of judgement count as reporting verbs where they state a
// standing view: `assume that`, `disagree:`, and `regard`, `treat`, `view`,
// `credit` … `as` or `for` in the present or the perfect (`Historians have
// generally treated the riots as`), not in a past narrative (`states
// treated migration as`). One of a whole class (`Every other cabbie in town
// says`) is a source as vague as the class. The others are fixed phrases
// (`it is widely believed that`, `according to experts`, `there is a broad
// consensus`, `Word from Ireland is that`, `by some estimates`). A source inside somebody's
// quoted words, or an impersonal passive in a clause a named speaker
// reports (`the company says no injuries have been reported`), is theirs.
//
// The phrases are in attribution-phrase.ts, the reading of a subject in
// attribution-subject.ts (with attribution-clause.ts, attribution-head.ts
// and attribution-vocabulary.ts), the reporting verbs in
// attribution-verbs.ts and the uses of one that report nothing in
// attribution-report.ts; the spans that are not vague after all (quoted
// words, the writer's own fieldwork, a named speaker's clause …) are told
// in attribution-kept.ts. This module finds the sources before the verbs
// and drops those spans.

const pastHeard = /^heard$/iu
const perfectBefore = /\b(?:have|has|had)\s+(?:\p{L}+\s+)?$|['’]ve\s+$/iu
const quantifiedSubject = /^(?:some|many|most|several|a\s+few|few|a\s+number\s+of|a\s+lot\s+of|plenty\s+of|lots\s+of)\s/iu
/** What stands between a reporting verb and the subject of the clause it reports: `Studies have shown that patients report`. */
const reportedClauseGap = /^\s{1,3}(?:that\s{1,3})?$/u
/** The longest text `reportedClauseGap` takes (three spaces, `that`, three spaces). */
const reportedGapLength = 10
/** `point to` offers a cause only with people as its subject: `Analysts point to`, not `Arrows point to the exit`, `Signs point to a thaw`. */
const pointToVerb = /^point(?:s|ed)?\s+to$/iu
/** A noun for people by its ending or itself: `analysts`, `regulators`, `economists`, `experts`. */
const peopleWord = /^(?:\p{L}{2,}(?:ists|ysts|ers|ors|ians|ants|ents|ics|als|ees)|experts|observers|insiders|sources|people|staff|crew|fans)$/iu
/** The head of a subject: its first plural (`Analysts`, `readers` in `Other readers on the circuit`, `surveys` in `surveys of employers`). */
const firstPlural = /(?<![\p{L}'’-])\p{L}{2,}s(?![\p{L}'’-])/u

/** Every regex of this module, for the ReDoS test. */
export const attributionPatterns: readonly RegExp[] = [
  pastHeard,
  perfectBefore,
  quantifiedSubject,
  reportedClauseGap,
  pointToVerb,
  peopleWord,
  firstPlural
]

/**
 * The vague attributions in a block of prose: a plural class of people or
 * studies with a reporting verb (“Economists broadly agree”, “Police chiefs
 * privately concede”, “Recent studies show”, “Evidence suggests”),
 * impersonal passives (“it is widely believed that”, “are thought to”),
 * “some argue”, “according to experts”, “people familiar with”, “there is a
 * broad consensus”. A named source is not vague: a name or acronym in the
 * subject (`UNHCR officials say`), a pointer back (`these studies show`,
 * `the researchers caution`), a kind of data (`payroll data show`), or a
 * counted group (`46% of teens say`).
 */
export function detectVagueAttributions(text: string): Span[] {
  const spans = findSpans(text, attributionPhrases)
  for (const match of text.matchAll(hearsayVerb)) {
    const start = vagueSubject(text, match.index, match[0])
    // `Councillors heard that`: a meeting told, in the past; hearsay needs the perfect or the present (`have heard that`) or a quantifier (`Some members heard that`).
    const subject = start === undefined ? '' : text.slice(start, match.index)
    if (start === undefined || (pastHeard.test(match[0]) && !perfectBefore.test(subject) && !quantifiedSubject.test(subject))) continue
    spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of [...text.matchAll(attributingVerb), ...text.matchAll(judgementAs)]) {
    // `Subsidence claims blamed on trees are often found`: a participle qualifying its noun, a finite verb after its phrase (attribution-record.ts; round 44).
    if (qualifyingParticiple(text, match.index, match[0])) continue
    const start = vagueSubject(text, match.index, match[0])
    if (start !== undefined) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of text.matchAll(feltVerb)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    const start = feltClause.test(rest) ? vagueSubject(text, match.index, match[0]) : undefined
    if (start !== undefined && quantifiedSubject.test(text.slice(start, match.index))) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of reportingVerbs.flatMap((verb) => [...text.matchAll(verb)])) {
    // `feel better`, `tell you to`, `agreed to write`, `call the estate "the island"`: no report (attribution-report.ts).
    if (notAReport(text, match.index, match[0])) continue
    const start = vagueSubject(text, match.index, match[0])
    if (start === undefined || (pointToVerb.test(match[0]) && !peopleWord.test(firstPlural.exec(text.slice(start, match.index))?.[0] ?? ''))) continue
    spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  // Inside somebody's quoted words (`"Juniors always think …"`), a source is the speaker's, not the writer's.
  const quotations = detectQuotations(text, {minimumWords: 1})
  // Quotations are sorted and do not overlap: the only one that can hold a span is the first that ends after its start, found by a pointer that only moves on.
  let open = 0
  const kept = mergeSpans(spans).filter((span) => {
    while (open < quotations.length && quotations[open]!.end <= span.start) open++
    // The writer's own fieldwork, addressees, a named speaker's clause … (attribution-kept.ts).
    return !notVague(text, span, quotations[open])
  })
  // `Studies have shown that patients who … report`: the subjects of the clause a vague source reports are part of its claim, one problem.
  // The spans are in order and apart, so only the source right before can be separated by a bare `that`.
  const result: Span[] = []
  let lastSource: Span | undefined
  for (const span of kept) {
    const gap = lastSource === undefined ? Infinity : span.start - lastSource.end
    const reported = span.kind === 'source' && gap <= reportedGapLength && reportedClauseGap.test(text.slice(lastSource!.end, span.start))
    if (span.kind === 'source') lastSource = span
    if (!reported) result.push(span)
  }
  return result
}
