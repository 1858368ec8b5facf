import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {blockQuotations} from '../prose/blockquote.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {english} from '../prose/english.js'
import type {VocabularyOptions} from '../prose/options.js'
import {readProseOptions} from '../prose/options.js'
import {quotationPastContrast} from '../prose/coverage-contrast.js'
import {attributedQuotations} from '../prose/quotation.js'
import {evidenceCoverage, inRanges, reportUncited} from '../prose/nodes.js'
import {documentStyle, lintProse, styleExamples} from '../prose/run.js'

/** Options of `unattributed-quotation`. */
export interface UnattributedQuotationOptions extends ProseRuleOptions, VocabularyOptions {
  /** Fewest words for a quoted span or block quote to be a quotation (default: 4). */
  readonly minimumWords?: number | undefined
}

/**
 * Someone's words in quotation marks, or in a block quote, whose speaker
 * the draft does not name (`one official said`, `islanders describe it as`,
 * or no one) and that nothing cites. A quotation with a named speaker but no
 * citation is `quotation-without-citation` (strict preset). Quotation
 * evidence (`type=quotation`) that no citation backs is reported here too,
 * once, at the node.
 */
export const unattributedQuotation = lintRule<Root, UnattributedQuotationOptions | undefined>(
  {origin: 'argmark:unattributed-quotation', url: rulesUrl + 'unattributed-quotation.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, minimumWords, vocabulary} = readProseOptions(file, 'unattributed-quotation', options, {minimumWords: 4})
    const {uncited, covered} = evidenceCoverage(file, 'quotation')
    reportUncited(file, 'unattributed-quotation', uncited, 'quotation', 'a citation with a locator right after it')
    lintProse(tree, file, {
      ruleId: 'unattributed-quotation',
      scope,
      covered,
      language: english,
      vocabulary,
      kind: 'none',
      // Text inside a block quote is judged with its block quote, below.
      detect: (block) =>
        block.inBlockquote ? [] : attributedQuotations(block, english, minimumWords).filter((quote) => quote.kind !== 'named'),
      describe: (found) => 'quotation ' + found + ', with no named speaker and',
      alternative: ', or the speaker named',
      // `cites Hadfield [@h] extensively, yet overlooks the counter-argument that schoolboys “…”`: the citation backs its own clause, not the words past the contrast (coverage-contrast.ts).
      beyondSupport: (block, span) => quotationPastContrast(block, span)
    })
    // Worded in the draft's own citation style (see `styleFrom`).
    const {what, example} = styleExamples[documentStyle(tree, file, english)]
    for (const found of blockQuotations(tree, file, scope, english, minimumWords)) {
      if (found.named || found.supported) continue
      if (inRanges(covered, found.quote.position?.start.offset ?? -1, found.quote.position?.end.offset ?? -1)) continue
      report(file, {
        ruleId: 'unattributed-quotation',
        place: found.place,
        reason:
          'Unexpected block quote of ' + found.words + ' words with no named speaker and no ' + what + ' in it or in the ' +
          scope + ' that introduces it, expected a ' + what + ' such as `' + example + '` there, or the speaker named'
      })
    }
  }
)
