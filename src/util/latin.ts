import type {Paragraph, ParagraphContent, Root, Sentence, SentenceContent, WordContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import type {Processor} from 'unified'

/**
 * retext-latin's parser (parse-latin 7) with three steps made linear, which
 * parse-latin does by splicing a sentence's (or paragraph's) children once
 * per change, so n changes cost n × n: joining a sentence that starts in
 * lower case to the one before (a 2.6 MB line of such sentences: 9 s of an
 * 18.6 s render), joining words around inner-word symbols
 * (`10:30`, `o'clock`; 50,000 clock times in one sentence: about 5 s a parse,
 * 4 s of it in that step; remark-smartypants parses twice), and joining full
 * stops that end no sentence to their word (sentences that start in lower
 * case are one sentence: 14,000 of them, 330 KB, 1.2 s of a 2.6 s render).
 * The linear steps build the same children in one pass: the same tree, node
 * for node, so smart punctuation's output is unchanged (checked against
 * parse-latin and remark-smartypants in `test/util/smart.test.ts`). Should
 * parse-latin's steps ever differ from those of version 7, they are left as
 * they are (correct, only slower).
 */
export function retextLatinLinear(this: Processor): undefined {
  this.parser = (value: string): Root => {
    const parser = new ParseLatin()
    const steps = parser.tokenizeSentencePlugins
    if (steps.length === 6) steps[2] = mergeInnerWordSymbol
    const paragraphSteps = parser.tokenizeParagraphPlugins
    if (paragraphSteps.length === 12) {
      paragraphSteps[2] = mergeLowerCaseSentences(paragraphSteps[2]!)
      paragraphSteps[6] = mergeRemainingFullStops
    }
    return parser.parse(value)
  }
}

/**
 * parse-latin's `mergeInnerWordSymbol` in one pass over `sentence`'s children
 * (in place): a word, then one or more inner-word symbols or punctuation
 * marks (`&'-.:=?@`, soft hyphen, middle dot, hyphens U+2010 U+2011, `’`,
 * hyphenation point, or a run of `_`), then a word, and so on, become one
 * word; trailing symbols stay siblings. Same result as parse-latin's, where
 * each merge splices the sentence's children (linear per merge).
 */
export function mergeInnerWordSymbol(sentence: Sentence): void {
  const siblings = sentence.children
  const result: SentenceContent[] = []
  let index = 0
  while (index < siblings.length) {
    const child = siblings[index]!
    const previous = result.at(-1)
    if (previous?.type === 'WordNode' && (child.type === 'SymbolNode' || child.type === 'PunctuationNode')) {
      let position = index
      const tokens: WordContent[] = []
      let queue: WordContent[] = []
      for (; position < siblings.length; position++) {
        const sibling = siblings[position]!
        if (sibling.type === 'WordNode') {
          for (const token of queue) tokens.push(token)
          for (const token of sibling.children) tokens.push(token)
          queue = []
        } else if ((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && isInnerWordSymbol(toString(sibling))) {
          queue.push(sibling)
        } else {
          break
        }
      }
      if (tokens.length > 0) {
        for (const token of tokens) previous.children.push(token)
        const last = tokens.at(-1)!
        if (previous.position && last.position) previous.position.end = last.position.end
        // parse-latin looks again at the first node not taken (a trailing symbol or what ended the run).
        index = position - queue.length
        continue
      }
    }
    result.push(child)
    index++
  }
  sentence.children = result
}

/**
 * parse-latin's `mergeInitialLowerCaseLetterSentences` in one pass over
 * `paragraph`'s children (in place): a sentence whose first word starts with
 * a lower-case letter (before any symbol or punctuation) joins the sentence
 * before it. Whether it starts so is asked of parse-latin's own step (`step`),
 * run on a paragraph of that sentence alone after an empty one, so the
 * letters are parse-latin's; parse-latin splices the paragraph per join.
 */
export function mergeLowerCaseSentences(step: (paragraph: Paragraph) => void): (paragraph: Paragraph) => void {
  const startsInLowerCase = (sentence: Sentence): boolean => {
    const probe: Paragraph = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: []}, {type: 'SentenceNode', children: sentence.children}]}
    step(probe)
    return probe.children.length === 1
  }
  return (paragraph) => {
    const result: ParagraphContent[] = []
    for (const child of paragraph.children) {
      const previous = result.at(-1)
      if (child.type === 'SentenceNode' && previous?.type === 'SentenceNode' && child.children.length > 0 && startsInLowerCase(child)) {
        for (const node of child.children) previous.children.push(node)
        if (previous.position && child.position) previous.position.end = child.position.end
        continue
      }
      result.push(child)
    }
    paragraph.children = result
  }
}

/**
 * parse-latin's `mergeRemainingFullStops` in one pass over each sentence of
 * `paragraph` (in place): from the end of the sentence, after its last
 * terminal marker (or last word), a lone `.` joins the word before it
 * (unless a space and another `.` follow it), else the word after it. Same
 * result as parse-latin's, which splices the sentence's children per stop.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): void {
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    // What stays, last first.
    const kept: SentenceContent[] = []
    let hasFoundDelimiter = false
    for (let position = children.length - 1; position >= 0; position--) {
      const grandchild = children[position]!
      if (grandchild.type !== 'SymbolNode' && grandchild.type !== 'PunctuationNode') {
        if (grandchild.type === 'WordNode') hasFoundDelimiter = true
        kept.push(grandchild)
        continue
      }
      const value = toString(grandchild)
      if (!isTerminalMarker(value)) {
        kept.push(grandchild)
        continue
      }
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true
        kept.push(grandchild)
        continue
      }
      if (value !== '.') {
        kept.push(grandchild)
        continue
      }
      const previous = children[position - 1]
      const next = kept.at(-1)
      if (previous?.type === 'WordNode') {
        const nextNext = kept.at(-2)
        if (next && nextNext && next.type === 'WhiteSpaceNode' && toString(nextNext) === '.') {
          kept.push(grandchild)
          continue
        }
        previous.children.push(grandchild)
        if (grandchild.position && previous.position) previous.position.end = grandchild.position.end
      } else if (next?.type === 'WordNode') {
        next.children.unshift(grandchild)
        if (grandchild.position && next.position) next.position.start = grandchild.position.start
      } else {
        kept.push(grandchild)
      }
    }
    child.children = kept.reverse()
  }
}

// parse-latin's `terminalMarker`: one or more of `!.?…‽`.
function isTerminalMarker(value: string): boolean {
  if (value.length === 0) return false
  for (const character of value) if (!terminalMarkers.has(character)) return false
  return true
}

const terminalMarkers = new Set(['!', '.', '?', '\u2026', '\u203D'])

// parse-latin's `wordSymbolInner`: `&'-.:=?@`, U+00AD, U+00B7, U+2010, U+2011, U+2019, U+2027.
const innerWordSymbols = new Set(['&', '\'', '-', '.', ':', '=', '?', '@', '\u00AD', '\u00B7', '\u2010', '\u2011', '\u2019', '\u2027'])

function isInnerWordSymbol(value: string): boolean {
  if (innerWordSymbols.has(value)) return true
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 0x5f) return false
  return true
}
