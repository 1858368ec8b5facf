import type {Engine} from 'citeproc'

/**
 * The words title case leaves lowercase, as the CSL specification lists them
 * (and pandoc uses), and the name particles pandoc 2.17 leaves lowercase too
 * (`William de Montibus`, `van`, `von`; measured with `pandoc --citeproc`).
 * citeproc-js has a longer list of its own (`versus`, `between`, `among`, …);
 * its engine reads the list from this option.
 */
const stopWords = [
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'down', 'for', 'from', 'in', 'into', 'nor', 'of', 'on',
  'onto', 'or', 'over', 'so', 'the', 'till', 'to', 'up', 'via', 'with', 'yet',
  'de', 'van', 'von'
]
const stopWordsExpression = new RegExp('(?:(?:[?!:]*\\s+|-|^)(?:' + stopWords.join('|') + ')(?=[!?:]*\\s+|-|$))', 'g')

/** Make the engine's locale leave lowercase in title case the words `stopWords` lists, instead of citeproc-js's own. */
export function useSpecStopWords(engine: Engine): void {
  const options = engine.locale[engine.opt.lang]?.opts
  if (options) options['skip-words-regexp'] = stopWordsExpression
}
