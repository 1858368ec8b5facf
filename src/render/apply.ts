import type {FootnoteDefinition, FootnoteReference, Nodes, Root, RootContent, Text} from 'mdast'
import type {Notes} from './notes.js'
import {quoteBlocks} from '../util/smart.js'
import {closesSingleQuote} from './single-quote.js'

// The punctuation a note marker moves after: pandoc takes every character
// Haskell's `isPunctuation` does (Unicode P*: `).`, `–`, `…`, `/`, `%`), which
// `\p{P}` matches; quotation marks stay, which pandoc's smart reading makes
// quotes, not text, where they pair.
const movable = /^(?:(?!["'‘’“”])\p{P})+/u

/** How notes are written in. */
export interface ApplyOptions {
  /** Move a citation's note marker after the punctuation that follows it (pandoc's `notes-after-punctuation`, default `true`). */
  readonly notesAfterPunctuation?: boolean | undefined
  /**
   * Move a superscript citation (numeric styles such as AMA) after the
   * punctuation that follows it, as a note's marker moves (only one written a
   * space after the text; inside a closing quote for `.` and `,` where the
   * locale puts them there): pandoc does so only when the metadata sets
   * `notes-after-punctuation: true` (default `false`).
   */
  readonly superscriptAfterPunctuation?: boolean | undefined
}
const closingQuote = /["”’]$/
// A letter or digit ending the text before a cite.
const wordEnd = /[\p{L}\p{N}]$/u

/**
 * Write formatted citations and note numbers into the tree: citations are
 * replaced, author footnotes renamed to their numbers, and every note (the
 * author's and the citations') is defined at the end, in number order.
 * Definitions never referenced are dropped, as pandoc drops them.
 *
 * A note marker that replaces a citation written after a space takes that
 * space's place and moves after the punctuation that follows it (inside a
 * closing quote for `.` and `,`), as pandoc does with the en-US locale;
 * with `notesAfterPunctuation: false` it stays before the punctuation. The
 * note of an in-text citation (`@doe99.` → `Doe[^1].`) never moves: pandoc
 * moves a note only where it stands alone for a bracketed citation.
 */
export function applyNotes(tree: Root, notes: Notes, options: ApplyOptions = {}): void {
  const notesMove = options.notesAfterPunctuation !== false
  const definitions = new Map<number, FootnoteDefinition>()

  const rewrite = (parent: Nodes): void => {
    if (!('children' in parent)) return
    const input = parent.children as RootContent[]
    const output: RootContent[] = []
    // The last node written for a citation that took the place of the space
    // before it: a citation after it and one space keeps that space and moves
    // no punctuation (`A [@a] [@b].` → `A[^1] [^2].`), as pandoc's citeproc,
    // which has moved the note before, does not look at it again.
    let placed: RootContent | undefined
    const atBlockStart = quoteBlocks.has(parent.type)
    for (let index = 0; index < input.length; index++) {
      const child = input[index] as RootContent
      if (child.type === 'footnoteDefinition') {
        const number = notes.footnotes.get(child.identifier)
        if (number !== undefined && !definitions.has(number)) {
          rewrite(child)
          definitions.set(number, {...child, identifier: String(number), label: String(number)})
        }
        continue
      }
      if (child.type === 'footnoteReference') {
        const number = notes.footnotes.get(child.identifier)
        output.push(number === undefined ? child : reference(number))
        continue
      }
      if (child.type !== 'citation') {
        rewrite(child)
        output.push(child)
        continue
      }

      const replacement = notes.replacements.get(child)
      if (!replacement) continue
      renumber(replacement.inline, notes)
      // The space before the citation may be all that is left of a text
      // node (after an annotation, `:evidence["quoted"]{…} [@a]`): look past it.
      if (output.at(-1)?.type === 'text' && (output.at(-1) as Text).value.trim() === '' && output.at(-2)?.type === 'text') {
        const space = output.pop() as Text
        ;(output.at(-1) as Text).value += space.value
      }
      const previous = output.at(-1)
      const afterPlaced = placed !== undefined && output.at(-2) === placed && previous?.type === 'text' && previous.value.trim() === ''
      const spaced = previous?.type === 'text' && /\s$/.test(previous.value) && !afterPlaced
      if (replacement.note === undefined && replacement.inline[0]?.type === 'superscript') {
        // A superscript citation takes the place of the space before it, as pandoc writes it.
        if (spaced) (previous as Text).value = previous.value.trimEnd()
        // Moved as a note's marker is: only one that took a space's place, inside a closing quote for `.` and `,`.
        if (options.superscriptAfterPunctuation && spaced) movePunctuation(output, input[index + 1], atBlockStart)
        output.push(...replacement.inline)
        if (spaced) placed = output.at(-1)
        continue
      }
      if (replacement.note === undefined) {
        const next = input[index + 1]
        // A citation that prints nothing between two spaces leaves one
        // (`Alone [-@doe99] it` → `Alone it`), as pandoc's writers join them.
        if (spaced && replacement.inline.length === 0 && next?.type === 'text' && /^\s/.test(next.value)) {
          ;(previous as Text).value = previous.value.slice(0, -1)
        }
        output.push(...replacement.inline)
        // A citation ending with an abbreviation (`et al.`) ends the sentence too.
        const last = replacement.inline.at(-1)
        if (last?.type === 'text' && last.value.endsWith('.') && next?.type === 'text' && next.value.startsWith('.')) {
          next.value = next.value.slice(1)
        }
        continue
      }
      if (spaced && replacement.inline.length === 0) (previous as Text).value = previous.value.trimEnd()
      else if (replacement.inline.length > 0 && previous?.type === 'text' && wordEnd.test(previous.value)) {
        // An in-text cite's name never runs into the word before it; after `(`, `“` or `/` it
        // follows directly, as pandoc writes it (`(Rich Roe[^1])`).
        output.push({type: 'text', value: ' '})
      }
      output.push(...replacement.inline)

      if (notesMove && spaced && replacement.inline.length === 0) movePunctuation(output, input[index + 1], atBlockStart)
      output.push(reference(replacement.note))
      if (spaced && replacement.inline.length === 0) placed = output.at(-1)
      const content = notes.citationNotes.get(replacement.note) ?? []
      renumber(content, notes)
      definitions.set(replacement.note, {
        type: 'footnoteDefinition',
        identifier: String(replacement.note),
        label: String(replacement.note),
        children: [{type: 'paragraph', children: content}]
      })
    }
    ;(parent as {children: RootContent[]}).children = merge(output)
  }

  rewrite(tree)
  const ordered = [...definitions.entries()].sort((a, b) => a[0] - b[0]).map(([, definition]) => definition)
  tree.children.push(...ordered)
}

/**
 * Take the punctuation that starts `next` (a citation's following text) and
 * write it at the end of `output`, before the marker that comes next: inside
 * a closing quote for `.` and `,` (`“quoted” [@a].` → `“quoted.”[^1]`, AMA
 * `“quoted.”¹`), as pandoc's citeproc moves it with the en-US locale; not
 * inside an apostrophe (`the states’ [@a].` → `the states’.[^1]`, see
 * `closesSingleQuote`).
 */
function movePunctuation(output: RootContent[], next: RootContent | undefined, atBlockStart: boolean): void {
  const punctuation = next?.type === 'text' ? movable.exec(next.value)?.[0] : undefined
  if (!punctuation || next?.type !== 'text') return
  next.value = next.value.slice(punctuation.length)
  const last = output.at(-1)
  if (last?.type === 'text' && closingQuote.test(last.value) && /^[.,]/.test(punctuation) && (!last.value.endsWith('’') || closesSingleQuote(output, atBlockStart))) {
    last.value = last.value.slice(0, -1) + punctuation + last.value.slice(-1)
  } else {
    output.push({type: 'text', value: punctuation})
  }
}

/** Footnote references inside a formatted citation (from its affixes) get their numbers. */
function renumber(nodes: readonly Nodes[], notes: Notes): void {
  for (const node of nodes) {
    if (node.type === 'footnoteReference') {
      const number = notes.footnotes.get(node.identifier)
      if (number !== undefined) node.identifier = node.label = String(number)
    } else if ('children' in node) {
      renumber(node.children, notes)
    }
  }
}

function reference(number: number): FootnoteReference {
  return {type: 'footnoteReference', identifier: String(number), label: String(number)}
}

/** Join adjacent text nodes, so the serializers see prose as one run. */
function merge(children: RootContent[]): RootContent[] {
  const result: RootContent[] = []
  for (const child of children) {
    const last = result.at(-1)
    if (child.type === 'text' && last?.type === 'text') {
      result[result.length - 1] = {type: 'text', value: last.value + child.value}
    } else if (!(child.type === 'text' && child.value === '')) {
      result.push(child)
    }
  }
  return result
}

