import type {FootnoteDefinition} from 'mdast'
import {droppedNotes, noteLabel} from '../footnotes.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * A footnote label defined again: every argmark output uses the first
 * definition (as micromark and GitHub do) and drops the later one, with its
 * words (pandoc 2.17 warns and uses the later one instead). Reported at the
 * later definition.
 */
export const duplicateFootnote = defineGraphRule({
  id: 'duplicate-footnote',
  family: 'syntax',
  check(_graph, report, options, {file, tree}) {
    readOptions(file, 'duplicate-footnote', options, {})
    for (const {node, why, first} of droppedNotes(tree, file)) {
      if (why !== 'duplicate') continue
      const label = noteLabel(node)
      report(
        node.position,
        'Unexpected second definition of footnote `' + label + '`' + firstAt(first) +
          ', expected one definition per label: this one is dropped from every output'
      )
    }
  }
})

function firstAt(first: FootnoteDefinition | undefined): string {
  const at = first?.position?.start
  return at ? ' (first defined at ' + String(at.line) + ':' + String(at.column) + ')' : ''
}
