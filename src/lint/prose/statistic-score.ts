import type {PatternRule} from './span.js'

// A player's results told as sport narrative (the header: "the author's own
// measured results included"), read as measured figures, not small counts:
// - a batting or a hitting average written with its leading point: `batting
//   .391`, `hit .340 for the season`, `an average of .412`;
// - goals, tries or runs a player scored, ten or more: `netted 31 goals`,
//   `scored 14 tries this season` (`scored two goals` is a small count in the
//   narrative of a game, and stays unread).
// A score in one game or round (`rolled a 279`, `shot a 66`) is not read: it
// is the narrative of the game, as a match score (`won 14–6`) is.
// Each pattern starts at a fixed word and reads forward over a bounded phrase.

/** A batting or hitting average with its leading point: `batting .462`, `an average of .405`. */
const battingAverage = /\b(?:batting|batted|hitting|hit|averaging|averaged|an\s+average\s+of)\s+(?<n>\.\d{3})(?!\d)/giu
/** Goals, tries or runs scored, ten or more: `scored 26 goals`, `netted 12 tries`. */
const scoredTally =
  /\b(?:scored|netted|kicked|hit)\s+(?:a\s+(?:record|total\s+of)\s+)?(?<n>[1-9]\d{1,2})\s+(?:(?:league|season|competition|tournament)\s+)?(?:goals|tries|runs|touchdowns|baskets)\b/giu

/** Every regex of this module, for the ReDoS test. */
export const scorePatterns: readonly RegExp[] = [battingAverage, scoredTally]

/** The patterns of a player's averages and tallies. */
export const scoreRules: readonly PatternRule[] = [
  {regex: battingAverage, kind: 'measurement'},
  {regex: scoredTally, kind: 'measurement'}
]
