import {droppedNotes, noteLabel} from '../footnotes.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * A footnote definition no reference names is dropped from every output (as
 * pandoc drops it, with a warning): reported at the definition. A definition
 * inside a container directive is seen only by references inside that
 * container and after it, so one named only before it is unused too.
 */
export const unusedFootnote = defineGraphRule({
  id: 'unused-footnote',
  family: 'syntax',
  check(_graph, report, options, {file, tree}) {
    readOptions(file, 'unused-footnote', options, {})
    for (const {node, why, container} of droppedNotes(tree, file)) {
      if (why !== 'unused') continue
      const label = noteLabel(node)
      report(
        node.position,
        container === undefined
          ? 'Unexpected unused footnote definition `' + label + '`, expected a reference `' + label + '` in the text: the note is dropped from every output'
          : 'Unexpected unused footnote definition `' + label + '` inside the `:::' + container + '` container, expected a reference `' + label +
            '` inside the container or after it (text before it does not see the definition): the note is dropped from every output'
      )
    }
  }
})
