import {betweenWord, commaConnective, sentenceEnd, token} from './attribution-vocabulary.js'

// The words of a clause before a reporting verb, read backwards from it to
// the clause's start, a bounded number of them.

/** A word before a verb and where it starts. */
export interface Word {
  readonly value: string
  readonly start: number
}

/**
 * The words before `index`, last first: at most `limit`, stopping at the
 * clause's start (any mark but white space between two words, or a word
 * that ends a sentence). `clauseStart`: the last word opens its clause.
 * A connective set off by commas right before the verb or its auxiliaries
 * (`Curators, however, report`, `Growers, meanwhile, have said`) is read past,
 * once: the word before its first comma is the subject's.
 */
export function wordsBefore(text: string, index: number, limit: number): {words: Word[]; clauseStart: boolean} {
  const words: Word[] = []
  let end = index
  let connective = false
  while (words.length < limit) {
    let gap = end
    while (gap > 0 && isSpace(text.charCodeAt(gap - 1))) gap--
    const set = connective || !words.every((word) => betweenWord.test(word.value)) ? null : commaConnective.exec(text.slice(Math.max(0, end - 24), end))
    if (set) {
      connective = true
      end -= set[1]!.length
      gap = end
    }
    if (gap === 0 || (gap === end && !set)) return {words, clauseStart: true}
    let start = gap
    while (start > 0 && gap - start < 40 && isWordPart(text.charAt(start - 1))) start--
    const value = text.slice(start, gap)
    // `… in May. Experts agree`, `… that stayed.' Family tradition says`: a full stop, inside a closing quote too, ends the clause before.
    if (start === gap || !token.test(value) || sentenceEnd.test(value)) return {words, clauseStart: true}
    words.push({value, start})
    end = start
    // A comma, bracket or quotation mark before the word opens the clause.
    if (start > 0 && !isSpace(text.charCodeAt(start - 1))) return {words, clauseStart: true}
  }
  return {words, clauseStart: false}
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

function isWordPart(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9') || "'’-%.".includes(char)
}
