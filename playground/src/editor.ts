// The CodeMirror 6 editor: Markdown, history, and argmark's messages as lint marks.
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {markdown} from '@codemirror/lang-markdown'
import {defaultHighlightStyle, syntaxHighlighting} from '@codemirror/language'
import type {Diagnostic} from '@codemirror/lint'
import {lintGutter, lintKeymap, setDiagnostics} from '@codemirror/lint'
import {EditorSelection} from '@codemirror/state'
import {EditorView, highlightActiveLine, keymap, lineNumbers} from '@codemirror/view'
import type {LintMessage} from './protocol.js'

/** A new editor in `parent` holding `text`; `onChange` runs after every change of the document. */
export function createEditor(parent: HTMLElement, text: string, onChange: () => void): EditorView {
  return new EditorView({
    parent,
    doc: text,
    extensions: [
      lineNumbers(),
      highlightActiveLine(),
      history(),
      // No Tab binding: Tab and Shift-Tab leave the editor, so the page stays usable from the
      // keyboard. The lint keys: F8 goes to the next message, Ctrl-Shift-M opens the list.
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      markdown(),
      syntaxHighlighting(defaultHighlightStyle),
      lintGutter(),
      EditorView.lineWrapping,
      // An explicit tabindex: the editor is in the tab order, so its scroller counts as keyboard-reachable.
      EditorView.contentAttributes.of({'aria-label': 'Draft: annotated Markdown', 'tabindex': '0'}),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange()
      })
    ]
  })
}

/** Replace the whole document. */
export function setText(view: EditorView, text: string): void {
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}})
}

/** Replace `from`..`to` with `insert`: a quick fix. */
export function applyFix(view: EditorView, from: number, to: number, insert: string): void {
  view.dispatch({changes: {from, to, insert}, selection: EditorSelection.cursor(from + insert.length)})
  view.focus()
}

/** Put the cursor on a message's place, scroll it into view and focus the editor. */
export function jumpTo(view: EditorView, from: number, to: number): void {
  view.dispatch({selection: EditorSelection.range(from, to), effects: EditorView.scrollIntoView(from, {y: 'center'})})
  view.focus()
}

/** Show argmark's messages as lint marks, each with its quick fixes. */
export function showDiagnostics(view: EditorView, messages: readonly LintMessage[]): void {
  const length = view.state.doc.length
  const diagnostics: Diagnostic[] = messages.filter((message) => message.file === 'draft').map((message) => ({
    from: Math.min(message.from, length),
    to: Math.min(message.to, length),
    severity: message.severity,
    source: message.ruleId,
    message: message.reason,
    actions: message.expected.map((expected) => ({
      name: 'Replace with “' + expected + '”',
      apply: (target: EditorView, from: number, to: number) => applyFix(target, from, to, expected)
    }))
  }))
  view.dispatch(setDiagnostics(view.state, diagnostics))
}
