// The hedges every superlative and absolute is read against (see
// superlative.ts): `one of the largest`, `almost never` hedge it; words that
// only end in `-est` (`the interest`) are no superlative.
import {before} from './span.js'

/** Words in `-est` that are not superlatives (`dishonest`, not `the most dishonest`), and superlatives that claim nothing absolute (`the worst-case load`: a compound term). */
export const notSuperlative =
  /\s(?:interest|west|rest|test|request|forest|harvest|protest|contest|guest|nest|chest|quest|conquest|manifest|(?<!most\s)(?:dis)?honest|(?<!most\s)(?:im)?modest|earnest|arrest|inquest|digest|behest|crest|vest|pest|zest|bequest|unrest|priest|midwest|northwest|southwest|latest|newest|pretest|nearest|most\s+part|most\s+recent|(?:worst|best)-case|least\s+developed|very\s+least|least\s+of|least\s+(?:you|we|I|they|one))$/iu
/** Hedges before a superlative or absolute: `one of the largest`, `some of the best`, `not always`, `almost never`. */
const hedgeBefore =
  /\b(?:one\s+of|(?:some|several|many)\s+of|among|not|almost|nearly|virtually|hardly|if\s+not|arguably|perhaps|probably|possibly|by\s+far\s+not)\s+$/iu


/** Every regex of this module, for the ReDoS test. */
export const superlativeHedgePatterns: readonly RegExp[] = [notSuperlative, hedgeBefore]

/**
 * Whether a match of a superlative or an absolute is unhedged: takes the
 * text and the match; returns false when a hedge (`one of`, `almost`, `not`)
 * stands in the 24 code units before the match's start.
 */
export function unhedged(text: string, match: RegExpMatchArray): boolean {
  return !hedgeBefore.test(before(text, match.index!, 24))
}
