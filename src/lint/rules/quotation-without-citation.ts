import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {blockQuotations} from '../prose/blockquote.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {english} from '../prose/english.js'
import type {VocabularyOptions} from '../prose/options.js'
import {readProseOptions} from '../prose/options.js'
import {attributedQuotations} from '../prose/quotation.js'
import {evidenceCoverage, inRanges} from '../prose/nodes.js'
import {documentStyle, lintProse, styleExamples} from '../prose/run.js'

/** Options of `quotation-without-citation`. */
export interface QuotationWithoutCitationOptions extends ProseRuleOptions, VocabularyOptions {
  /** Fewest words for a quoted span or block quote to be a quotation (default: 4). */
  readonly minimumWords?: number | undefined
}

/**
 * A quotation whose speaker the draft names (`said the council leader,
 * Joanne Pryce`) still needs a citation a reader can check the words
 * against. In the strict preset only: reporting names its speakers and
 * rarely cites. Quotations with no named speaker are `unattributed-quotation`.
 */
export const quotationWithoutCitation = lintRule<Root, QuotationWithoutCitationOptions | undefined>(
  {origin: 'argmark:quotation-without-citation', url: rulesUrl + 'quotation-without-citation.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, minimumWords, vocabulary} = readProseOptions(file, 'quotation-without-citation', options, {minimumWords: 4})
    // Quotation evidence without a citation is `unattributed-quotation`'s, at the node.
    const {covered} = evidenceCoverage(file, 'quotation')
    lintProse(tree, file, {
      ruleId: 'quotation-without-citation',
      scope,
      covered,
      language: english,
      vocabulary,
      kind: 'named',
      detect: (block) =>
        block.inBlockquote ? [] : attributedQuotations(block, english, minimumWords).filter((quote) => quote.kind === 'named'),
      describe: (found) => 'quotation ' + found + ' of a named speaker'
    })
    // Worded in the draft's own citation style (see `styleFrom`).
    const {what, example} = styleExamples[documentStyle(tree, file, english)]
    for (const found of blockQuotations(tree, file, scope, english, minimumWords)) {
      if (!found.named || found.supported) continue
      if (inRanges(covered, found.quote.position?.start.offset ?? -1, found.quote.position?.end.offset ?? -1)) continue
      report(file, {
        ruleId: 'quotation-without-citation',
        place: found.place,
        reason:
          'Unexpected block quote of ' + found.words + ' words of a named speaker without a ' + what + ' in it or in the ' +
          scope + ' that introduces it, expected a ' + what + ' such as `' + example + '` there'
      })
    }
  }
)
