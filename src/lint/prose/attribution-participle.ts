import type {PatternRule} from './span.js'

// A class reporting in a participle after `with` (round 35): `trading
// began well, with independent bakers reporting sales up on last year`,
// `with many landlords warning of rises` — the report is lent to a class
// of people no one names, as `independent bakers report` would be. Not
// with a determiner (`with the growers reporting`, `with our members
// saying`: a group the text has named or the writer's own), nor a counted few
// (`with two bakers reporting`, people of the narrative).

/** `with independent card shops reporting`, `with many growers warning`: a bare plural class and a reporting participle after `with` (the span holds the class and the verb). */
const withClassReporting =
  /(?<=(?:^|[^\p{L}'’-])with\s)(?!(?:the|these|those|our|my|its|their|his|her|your|us|them|both|all|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s)(?:(?:many|most|some|several|numerous|other)\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{2,}[^s\s'’\P{L}]s\s+(?:(?:now|also|widely|already|still)\s+)?(?:reporting|saying|warning|claiming|predicting|complaining|suggesting)(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const attributionParticiplePatterns: readonly RegExp[] = [withClassReporting]

/** The phrases of this module, by kind, for attribution-phrase.ts's list. */
export const participlePhrases: readonly PatternRule[] = [{regex: withClassReporting, kind: 'some'}]
