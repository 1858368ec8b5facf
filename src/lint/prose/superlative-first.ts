import type {PatternRule} from './span.js'

// A first claimed as a noun (round 34): `a first for any Scottish atlas`,
// `a first for the county`, `a first in British publishing` — the same claim
// as `the first … to`, without its verb. Not `a first for me` (the writer's
// own experience) nor `a first draft`, `a first edition` (`first` before a
// noun is an ordinal).

/** `a first for any`, `a first in the region`, `a first among …`: a first within a class or a place. */
const aFirstFor =
  /(?<![\p{L}'’-])an?\s+(?:(?:genuine|real|national|world|notable)\s+)?first\s+(?:for|in|among|amongst)\s+(?:any|a|an|the|this|its|British|English|Scottish|Welsh|Irish|European|\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeFirstPatterns: readonly RegExp[] = [aFirstFor]

export const firstRules: readonly PatternRule[] = [{regex: aFirstFor, kind: 'superlative'}]
