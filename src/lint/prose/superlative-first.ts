import type {PatternRule} from './span.js'

// A first claimed as a noun (round 34): `a first for any Scottish atlas`,
// `a first for the county`, `a first in British publishing` — the same claim
// as `the first … to`, without its verb. Not `a first for me` (the writer's
// own experience) nor `a first draft`, `a first edition` (`first` before a
// noun is an ordinal).
//
// A first of a kind in a named place (round 42): `installed the first
// coin-operated dryers in County Durham`, `opened the first vegan bakeries
// in Wales` — a plural kind (the first ones of it to arrive there), a claim of
// priority over the whole place. Not a singular place in an order (`the
// first house in Mill Road`, `the first week in June`), nor a street, a
// building or a month after `in`.

/** `a first for any`, `a first in the region`, `a first among …`: a first within a class or a place. */
const aFirstFor =
  /(?<![\p{L}'’-])an?\s+(?:(?:genuine|real|national|world|notable)\s+)?first\s+(?:for|in|among|amongst)\s+(?:any|a|an|the|this|its|British|English|Scottish|Welsh|Irish|European|\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu

/** `the first coin-operated dryers in County Durham`: `the first`, at most two words before a plural noun, `in` and a named place (a capital, not a month, a day, a street or a building). */
const firstKindInPlace =
  /(?<![\p{L}'’-])[Tt]he\s+first\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}{2,}[^s\s'’\P{L}]s\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}'’-]))\p{Lu}\p{Ll}+(?:\s+(?!(?:Road|Street|Lane|Avenue|Close|Way|Drive|Square|Place|Crescent|Terrace|Hall|House|Church|Court|Park|Gardens|Centre|Center|Building)(?![\p{L}'’-]))\p{Lu}\p{Ll}+)?(?!\s+(?:Road|Street|Lane|Avenue|Close|Way|Drive|Square|Place|Crescent|Terrace|Hall|House|Church|Court|Park|Gardens|Centre|Center|Building)(?![\p{L}'’-]))(?![\p{L}'’-])/gu

/**
 * A first over a stretch of time (round 53): `the first the council has made
 * since 2011`, `the first cranes to nest in the valley for centuries` — a
 * record of none before since a year or over decades or centuries, at most
 * eight words after `the first` (not `the first week`, no stretch after it;
 * not `for the first time since 2019`, an event's return, not a record).
 */
const firstSince =
  /(?<![\p{L}'’-])[Tt]he\s+first\s+(?!time(?![\p{L}'’-]))(?:[^\s.;:!?]+\s+){0,8}?(?:since\s+(?:1[6-9]|20)\d\d|for\s+(?:(?:over|more\s+than|nearly|almost)\s+)?(?:centuries|decades|a\s+century|a\s+generation|(?:a\s+)?hundreds?\s+(?:of\s+)?years))(?![\p{L}\d'’-])/gu
/** `there is no better deterrent than`, `There is no finer walk in the county than`: nothing of a kind ranks above the one named, a superlative in its negative form (round 53; not `no better time to join than now`, an appeal). */
const noBetterThan =
  /(?<![\p{L}'’-])[Tt]here\s+(?:is|was|are)\s+no\s+(?:better|finer|greater|surer|safer|cheaper|quicker|faster|bigger|stronger|more\s+\p{Ll}{3,20})\s+(?!(?:time|moment|day|year|season)(?![\p{L}'’-]))(?:[\p{Ll}-]+\s+){1,5}?than(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeFirstPatterns: readonly RegExp[] = [aFirstFor, firstKindInPlace, firstSince, noBetterThan]

/** The firsts of this module, each a span of kind `superlative`. */
export const firstRules: readonly PatternRule[] = [
  {regex: aFirstFor, kind: 'superlative'},
  {regex: firstKindInPlace, kind: 'superlative'},
  {regex: firstSince, kind: 'superlative'},
  {regex: noBetterThan, kind: 'superlative'}
]
