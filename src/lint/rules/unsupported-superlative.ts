import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {english} from '../prose/english.js'
import type {VocabularyOptions} from '../prose/options.js'
import {readProseOptions} from '../prose/options.js'
import {lintProse} from '../prose/run.js'
import {supportOfNamedClause} from '../prose/coverage-named.js'

/** Options of `unsupported-superlative`. */
export interface UnsupportedSuperlativeOptions extends ProseRuleOptions, VocabularyOptions {}

/**
 * “The largest”, “hit hardest”, “no other”, “faster than any”, “never”,
 * “always”: an absolute claim is false on one counter-example, so it needs
 * a source (or a hedge). In the strict preset only: drafts use superlatives
 * loosely.
 */
export const unsupportedSuperlative = lintRule<Root, UnsupportedSuperlativeOptions | undefined>(
  {origin: 'argmark:unsupported-superlative', url: rulesUrl + 'unsupported-superlative.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, vocabulary} = readProseOptions(file, 'unsupported-superlative', options)
    lintProse(tree, file, {
      ruleId: 'unsupported-superlative',
      scope,
      language: english,
      vocabulary,
      kind: 'superlative',
      // A block quote holds someone else's words, as quotation marks do: the quotation rules read it.
      detect: (block) => (block.inBlockquote ? [] : english.superlatives(block.text)),
      describe: (found, span) => (span.kind === 'absolute' ? 'absolute' : 'superlative') + ' `' + found + '`',
      alternative: ', or a hedge',
      // `… the most democratic way to eat, and the trade body's census found … [@census]`: the citation backs the later clause's own study, not the superlative (coverage-named.ts).
      beyondSupport: (block, span, language) => supportOfNamedClause(block, span, language)
    })
  }
)
