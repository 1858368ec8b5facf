import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {english} from '../prose/english.js'
import type {VocabularyOptions} from '../prose/options.js'
import {readProseOptions} from '../prose/options.js'
import {detectQuotations} from '../prose/quotation.js'
import {lintProse} from '../prose/run.js'
import type {Span} from '../prose/span.js'
import type {ProseBlock} from '../../extract/prose.js'
import {sentencesOf} from '../prose/coverage.js'
import {hearsayBesideOwnData} from '../prose/coverage-clause.js'
import {widelyHeldBesideNeighbour} from '../prose/coverage-widely.js'
import {supportOfNamedClause} from '../prose/coverage-named.js'
import {habitualDescription} from '../prose/attribution-described.js'

/** Options of `vague-attribution`. */
export interface VagueAttributionOptions extends ProseRuleOptions, VocabularyOptions {}

/**
 * “Studies show”, “economists broadly agree”, “it is widely believed”: a
 * claim lent to someone unnamed borrows authority without a source a reader
 * can check. A named person, organisation or dataset is a source.
 */
export const vagueAttribution = lintRule<Root, VagueAttributionOptions | undefined>(
  {origin: 'argmark:vague-attribution', url: rulesUrl + 'vague-attribution.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, vocabulary} = readProseOptions(file, 'vague-attribution', options)
    lintProse(tree, file, {
      ruleId: 'vague-attribution',
      scope,
      language: english,
      vocabulary,
      kind: 'phrase',
      detect: (block) => withoutQuotedSpeakers(block, english.vagueAttributions(block.text)),
      describe: (found) => 'vague attribution `' + found + '`',
      alternative: ', or the source named',
      // `It is often claimed that …, yet footfall counts show … (Figure 5)`: the writer's own data in another clause is no source for hearsay.
      // `Those figures are widely thought to understate …` after a cited sentence: the many hold the view, not the cited source.
      // `Fitters say …, and the council's survey found … (Appendix C)`: the support backs the later clause's own study, not the class (coverage-named.ts).
      beyondSupport: (block, span, language) => hearsayBesideOwnData(block, span, language) || widelyHeldBesideNeighbour(block, span) || supportOfNamedClause(block, span, language)
    })
  }
)

/**
 * Drop the vague sources that introduce a quotation later in their sentence
 * (`Several officials said they had “never been asked …”`) or a block quote
 * after it (`Islanders say:`): the quotation rules report those, once. A
 * saying or term in quotes the quotation rules leave out does not count,
 * and neither does a quotation a later clause gives its own speaker
 * (`Several users say it stains, and one put it best: “…”`): the vague
 * source reports a claim of its own, the quotation is another's words. Nor
 * does a class's habitual description in quotes (`Contractors often describe
 * such coatings as '…'`): its standing view is reported as well (round 43).
 */
function withoutQuotedSpeakers(block: ProseBlock, spans: Span[]): Span[] {
  if (spans.length === 0) return spans
  // A saying or a term in quotes (`People often say that X is “…”`) is no one's words: its vague source is this rule's finding.
  const quotes = detectQuotations(block.text, {minimumWords: 4}).filter((quote) => !english.isQuotedTerm(block.text, quote))
  // Spans and quotations both run in document order: the first quotation after a span is found by a pointer that only moves on.
  let next = 0
  return spans.filter((span) => {
    const [, last] = sentencesOf(block, span)
    const end = last >= 0 ? block.sentences[last]!.end : block.text.length
    // A sentence ending in a colon introduces what follows (`Islanders say:` and a block quote).
    if (block.text.slice(span.end, end).trimEnd().endsWith(':')) return false
    while (next < quotes.length && quotes[next]!.start < span.end) next++
    for (let index = next; index < quotes.length && quotes[index]!.start < end; index++) {
      // `Contractors often describe such coatings as '…'`: a class's standing view, reported beside the words (attribution-described.ts).
      if (!spokenInOwnClause(block.text, span.end, quotes[index]!) && !habitualDescription(block.text, span, quotes[index]!)) return false
    }
    return true
  })
}

/**
 * Whether the clause a quotation stands in, after a comma or semicolon
 * between a vague source and the quotation (not one right before the
 * quotation, as in `say, “…”`), gives the quotation a speaker of its own.
 * Each comma is tried, the last first: a speaker named in apposition
 * (`, and the club's coach, a former champion, called it “…”`, round 42)
 * opens its clause before the last comma.
 */
function spokenInOwnClause(text: string, from: number, quote: Span): boolean {
  const between = text.slice(from, quote.start).trimEnd()
  const lead = between.endsWith(',') ? between.slice(0, -1) : between
  for (let mark = lead.length - 1; mark >= 0; mark--) {
    if (lead[mark] !== ',' && lead[mark] !== ';') continue
    const clauseStart = from + mark + 1
    const clause = text.slice(clauseStart, quote.end)
    if (english.speaker(clause, {start: quote.start - clauseStart, end: quote.end - clauseStart, kind: quote.kind}) !== 'none') return true
  }
  return false
}
