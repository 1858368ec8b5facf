import {abstractTrees} from '../../extract/abstract-blocks.js'
import {sourceText} from '../../util/source-text.js'
import {undefinedCalls} from '../footnotes.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * A footnote call (`[^label]`) that no definition it can see has: micromark,
 * GitHub and pandoc leave it as text, so every output shows `[^label]` in
 * the sentence and no note. Reported at the call. A definition inside a
 * container directive is seen only inside it and after it, so a call before
 * the container is undefined too.
 */
export const undefinedFootnote = defineGraphRule({
  id: 'undefined-footnote',
  family: 'syntax',
  check(_graph, report, options, {file, tree}) {
    readOptions(file, 'undefined-footnote', options, {})
    const source = sourceText(file)
    // The front matter's abstract first: its calls are read with the body's definitions, as pandoc reads them.
    const calls = [...abstractTrees(file), tree].flatMap((read) => undefinedCalls(read, source))
    for (const {raw, label, position} of calls) {
      report(
        position,
        label === ''
          ? 'Unexpected footnote reference `[^]` with no label, expected a label and its definition (`[^1]` and `[^1]: …`): the text shows `[^]`'
          : 'Unexpected footnote reference `' + raw + '` with no definition, expected a definition `' + raw + ': …`: the text shows `' + raw + '`'
      )
    }
  }
})
