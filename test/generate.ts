import fc from 'fast-check'

// Generated annotated documents: kinds, ids, attributes and relations,
// directive containers nested in block quotes and lists, citations,
// footnotes, front matter, emphasis, with LF or CRLF line endings, tabs, NUL
// and non-ASCII words. Each comes with the words of its prose, so a property
// can check that none is lost.

/** A generated document and the words of its prose (what a reader reads). */
export interface GeneratedDocument {
  readonly document: string
  /**
   * The words of its prose, with those of the footnotes surely kept (a
   * label defined once, outside any container directive, and referenced).
   */
  readonly words: readonly string[]
  /**
   * Every footnote definition, in order: its label and words. A note every
   * output drops (no reference names it, it sits inside a container
   * directive that no reference inside or after sees, or its label was
   * defined before) must be named by an `unused-footnote` or
   * `duplicate-footnote` message; any other is in the text render.
   */
  readonly notes: ReadonlyArray<{readonly label: string; readonly words: readonly string[]}>
  /** The line ending every line of the document ends with. */
  readonly eol: '\n' | '\r\n'
}

interface Piece {
  readonly text: string
  readonly words: readonly string[]
}

const wordList = ['borders', 'migration', 'policy', 'funding', 'talks', 'aid', 'need', 'café', 'Zürich', 'naïve', 'Ελλάδα', 'Москва', '東京', 'x1', 'rates']
const word = fc.constantFrom(...wordList)
const ids = ['a', 'b', 'c', 'thesis']
const id = fc.constantFrom(...ids)
const kind = fc.constantFrom('claim', 'factor', 'evidence', 'objection', 'recommendation')
const key = fc.constantFrom('doe', 'roe2001', 'smith:x')
// Between words: a space, or now and then a tab or a NUL (kept as text).
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '\t', ' \u0000 ')

function phrase(min: number, max: number): fc.Arbitrary<Piece> {
  return fc.tuple(fc.array(word, {minLength: min, maxLength: max}), gap).map(([words, between]) => ({text: words.join(between), words}))
}

const attributes = fc
  .tuple(fc.option(id, {nil: undefined}), fc.option(fc.tuple(fc.constantFrom('supports', 'attacks', 'explains'), id), {nil: undefined}), fc.boolean())
  .map(([own, relation, statistic]) => {
    const parts: string[] = []
    if (own) parts.push('#' + own)
    if (relation) parts.push(relation[0] + '=' + relation[1])
    if (statistic) parts.push('type=statistic')
    return parts.length > 0 ? '{' + parts.join(' ') + '}' : ''
  })

const inline: fc.Arbitrary<Piece> = fc.oneof(
  {weight: 4, arbitrary: phrase(1, 4)},
  {weight: 2, arbitrary: fc.tuple(kind, phrase(1, 3), attributes).map(([name, label, attrs]) => ({text: ':' + name + '[' + label.text + ']' + attrs, words: label.words}))},
  {weight: 1, arbitrary: fc.tuple(key, fc.boolean()).map(([name, locator]) => ({text: '[@' + name + (locator ? ', p. 3' : '') + ']', words: []}))},
  {weight: 1, arbitrary: key.map((name) => ({text: '@' + name, words: []}))},
  {weight: 1, arbitrary: fc.constantFrom('1', '2').map((label) => ({text: '[^' + label + ']', words: []}))},
  {weight: 1, arbitrary: phrase(1, 2).map((inner) => ({text: '*' + inner.text + '*', words: inner.words}))},
  // pandoc's TeX math, inline or display, with Markdown-like characters inside; and dollar amounts, which are prose.
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.constantFrom('x', 'a*b*c', '"q" -- r', '\\$', '[@doe]'), fc.constantFrom('$', '$$'))
      .map(([name, tex, fence]) => ({text: fence + tex + '\\,\\text{' + name + '}' + fence, words: [name]}))
  },
  {weight: 1, arbitrary: word.map((name) => ({text: 'from $5 to $10 ' + name, words: [name]}))}
)

const paragraph: fc.Arbitrary<Piece> = fc.array(inline, {minLength: 1, maxLength: 5}).map((pieces) => ({
  text: pieces.map((piece) => piece.text).join(' ') + '.',
  words: pieces.flatMap((piece) => piece.words)
}))

/** Lines of a block (without line endings). */
interface Block {
  readonly lines: readonly string[]
  readonly words: readonly string[]
  /** The words of its footnote definitions, by label. */
  readonly notes: ReadonlyArray<readonly [string, readonly string[]]>
}

const block: fc.Arbitrary<Block> = fc.letrec<{block: Block}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 5, arbitrary: paragraph.map((piece) => ({lines: [piece.text], words: piece.words, notes: []}))},
    {
      weight: 1,
      arbitrary: fc.tuple(kind, attributes, fc.array(tie('block'), {minLength: 1, maxLength: 2})).map(([name, attrs, inner]) => ({
        lines: [':::' + name + attrs, ...inner.flatMap((child, index) => (index > 0 ? ['', ...child.lines] : child.lines)), ':::'],
        words: inner.flatMap((child) => child.words),
        // A definition inside a container directive is known only inside it
        // and after it (micromark reads the container's content apart): a
        // reference before it does not name it. Its words are not in
        // `words`, only in `notes` (kept, or named by a message).
        notes: inner.flatMap((child) => child.notes).map(([label, words]) => ['in:' + label, words] as const)
      }))
    },
    {weight: 1, arbitrary: tie('block').map((inner) => ({...inner, lines: inner.lines.map((line) => (line === '' ? '>' : '> ' + line))}))},
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('- ', '1. '), tie('block')).map(([marker, inner]) => ({
        ...inner,
        lines: inner.lines.map((line, index) => (index === 0 ? marker + line : line === '' ? '' : ' '.repeat(marker.length) + line))
      }))
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('1', '2'), phrase(1, 4)).map(([label, note]) => ({
        lines: ['[^' + label + ']: ' + note.text],
        words: [],
        notes: [[label, note.words] as const]
      }))
    }
  )
})).block

const frontMatter = fc.constantFrom('', '---\ntitle: A draft\n---\n\n', '---\ntitle: "Notes: one"\nbibliography: []\n---\n\n')

/** A generated annotated document and its prose words. */
export const generatedDocument: fc.Arbitrary<GeneratedDocument> = fc
  .tuple(frontMatter, fc.array(block, {minLength: 1, maxLength: 5}), fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'))
  .map(([front, blocks, eol]) => {
    const text = front + blocks.map((item) => item.lines.join('\n')).join('\n\n') + '\n'
    // A note is kept when a reference names it and its label is defined
    // once (of two, the first is the note, even inside a container directive).
    const all = blocks.flatMap((item) => item.notes)
    const defined = (label: string) => all.filter(([other]) => other.replace(/^(?:in:)+/, '') === label).length
    const notes: string[] = []
    for (const [label, words] of all) {
      if (label.startsWith('in:') || defined(label) !== 1) continue
      if (text.includes('[^' + label + '] ') || text.includes('[^' + label + '].')) notes.push(...words)
    }
    return {
      document: eol === '\n' ? text : text.replace(/\n/g, '\r\n'),
      words: [...blocks.flatMap((item) => item.words), ...notes],
      notes: all.map(([label, words]) => ({label: label.replace(/^(?:in:)+/, ''), words})),
      eol
    }
  })
