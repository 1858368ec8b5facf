import type {Engine} from 'citeproc'

/**
 * The words title case leaves lowercase, as the CSL specification lists them
 * (and pandoc uses), and the name particles pandoc 2.17 leaves lowercase too
 * (`William de Montibus`, `van`, `von`; measured with `pandoc --citeproc`).
 * citeproc-js has a longer list of its own (`versus`, `between`, `among`, …);
 * its engine reads the list from this option.
 *
 * The expression has citeproc-js's own shape (`(?:[?!:]*\s+|-|^)(?:words)(?=[!?:]*\s+|-|$)`,
 * matched per word for truthiness only), with one change: the leading run of
 * `?!:` then spaces is tried only where such a run starts (lookbehinds), so a
 * title word of 50,000 `!` or spaces costs linear time instead of quadratic
 * (20,000 took about 1 s before); a match exists exactly where citeproc-js's
 * would (compared on random strings of stop words, spaces and `?!:-`).
 */
export const stopWordsExpression =
  /(?:(?:(?<![?!:])[?!:]+\s+|(?<![?!:\s])\s+|-|^)(?:a|an|and|as|at|but|by|down|for|from|in|into|nor|of|on|onto|or|over|so|the|till|to|up|via|with|yet|de|van|von)(?=[!?:]*\s+|-|$))/g

/** Make the engine's locale leave lowercase in title case the words `stopWordsExpression` lists, instead of citeproc-js's own. */
export function useSpecStopWords(engine: Engine): void {
  const options = engine.locale[engine.opt.lang]?.opts
  if (options) options['skip-words-regexp'] = stopWordsExpression
}
