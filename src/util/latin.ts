import type {Root, Sentence, SentenceContent, WordContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import type {Processor} from 'unified'

/**
 * retext-latin's parser (parse-latin 7) with one step made linear: joining
 * words around inner-word symbols (`10:30`, `o'clock`, `e.g`), which
 * parse-latin does by splicing the sentence's children once per symbol, so a
 * sentence of n such words costs n × n (50,000 clock times in one sentence:
 * about 5 s a parse, 4 s of it in that step; remark-smartypants parses twice).
 * The linear step builds the same children in one pass: the same tree,
 * node for node, so smart punctuation's output is unchanged (checked against
 * remark-smartypants in `test/util/smart.test.ts`). Should parse-latin's
 * sentence steps ever differ from the six of version 7, they are left as
 * they are (correct, only slower).
 */
export function retextLatinLinear(this: Processor): undefined {
  this.parser = (value: string): Root => {
    const parser = new ParseLatin()
    const steps = parser.tokenizeSentencePlugins
    if (steps.length === 6) steps[2] = mergeInnerWordSymbol
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

// parse-latin's `wordSymbolInner`: `&'-.:=?@`, U+00AD, U+00B7, U+2010, U+2011, U+2019, U+2027.
const innerWordSymbols = new Set(['&', '\'', '-', '.', ':', '=', '?', '@', '\u00AD', '\u00B7', '\u2010', '\u2011', '\u2019', '\u2027'])

function isInnerWordSymbol(value: string): boolean {
  if (innerWordSymbols.has(value)) return true
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 0x5f) return false
  return true
}
