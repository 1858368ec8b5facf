import type {PatternRule} from './span.js'

// Results that read as narrative and carry no unit a measure pattern knows:
// a part of the writer's own total (`Of the 30 pumps we serviced, 7 failed`,
// `only 31 were still with us`) or of a sample just named (`In our sample
// of 212 cases, … missing in 19`),
// how long a thing lasts or goes unnoticed with a hedge (`they last about
// three`, `usually goes unreported for around two years`), time lost in
// thousands (`lost 9,200 hours`), a distance a front or an edge moved
// (`the shoreline receded 12 m`) and a sum saved or cost in millions, in
// words (`save councils millions`), a mark awarded (`achieved 82 overall`)
// and a count of a named kind (`212 Gloucester Old Spot litters`, `140 NHS
// audiology clinics`), an amount
// measured against an everyday thing (`about a credit card's weight of plastic`). Each pattern opens on a fixed word and
// reads a bounded phrase forward.

/**
 * `Of the 30 pumps we serviced, 7 failed`, `Of the 85 pickers who started,
 * only 31 were still with us`: a part of a total, told before its verb, with
 * any hedge on the part (a share measured, however the writer weighs it).
 */
const partOfTotal =
  /\bof\s+(?:the|our|these|those)\s+\d[\d,]*\s[^,.;:!?]{1,60},\s+(?:(?:only|just|all\s+but|nearly|almost|about|around|some|fewer\s+than|more\s+than|over|under|still)\s+)?\d[\d,]*\s+(?:came|were|had|have|failed|showed|returned|went|died|needed|broke|passed|left)\b/giu
/**
 * `In our sample of 212 cases, the assessment was missing in 19`, `Across
 * the series of 40 patients, a leak occurred in 6.`: the part of a sample
 * or a series just named in which something held, given by a bare number
 * that closes its clause (its noun is the sample's), read to the end of its
 * sentence at most. A result measured on the sample, not its size.
 */
const partInSample =
  /\b(?:in|of|among|across)\s+(?:the|our|this|these|those|a|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:sample|audit|review|series|cohort|set|group|survey|census)\s+of\s+\d[\d,]*\s+[\p{L}-]+\s*,\s+[^.;:!?\d]*?\b(?:in|for|among|from)\s+(?:(?:only|just|nearly|almost|about|around|some|all\s+but)\s+)?\d[\d,]*(?![\d.,]?\d)(?=\s*[.;:,)]|\s*$|\s+(?:of\s+(?:them|these|those)|cases|instances|patients|records)\b)/giu
/** `they last about three`, `it lasted only about two years`: a thing's lifetime with a hedge (not a session's length, `The calls lasted about 15 minutes each`). */
const lastsAbout =
  /\b(?:they|it|these|those)\s+(?:(?:only|typically|usually|often)\s+)?(?:last|lasts|lasted|survive|survives|survived)\s+(?:only\s+)?(?:about|around|roughly|nearly|barely|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)\b/giu
/** `usually goes unreported for around two years`: how long a thing typically goes on. */
const typicalSpell =
  /\b(?:typically|usually|normally|often|generally|on\s+average)\s+(?:[\p{L}-]+\s+){0,3}?for\s+(?:about|around|roughly|some|over|nearly|almost|up\s+to)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)\s+(?:days|weeks|months|years)\b/giu
/** `lost 9,200 hours`: time lost or spent, counted in thousands (not `10,000 years ago`). */
const timeInThousands = /\b\d{1,3}(?:,\d{3})+\s+(?:hours|working\s+days|days|minutes|shifts)\b(?!\s+ago\b)/giu
/** `the shoreline receded 12 m`, `thinned by 3.4 m`: the distance a front or an edge moved, in the short units the measure patterns leave (`900 metres` is a measure already). */
const frontMoved = /\b(?:retreated|receded|advanced|thinned|thickened|subsided|eroded|sank|shrank)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?\d[\d,.]*\s?(?:m|ft)\b/giu

/** `save councils millions`, `costs taxpayers billions`: a sum saved, cost or lost, claimed in words without a number. */
const effectInMillions =
  /\b(?:save|saves|saved|saving|cost|costs|costing|lose|loses|lost|losing|earn|earns|earned|earning)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions)\b/giu

/**
 * `Eleanor achieved 82 overall`, `scored 67 out of 80`, `was awarded 91
 * marks`, `scored 112 and 118 on the standardised scale`: a mark or a score
 * (or two, one per sitting) someone was given, measured by whoever marked it.
 */
const markAwarded =
  /\b(?:achieved|scored|gained|earned|received|was\s+awarded|were\s+awarded|got)\s+(?:a\s+(?:mark|score|total)\s+of\s+)?\d{1,3}(?:\.\d+)?(?:\s+(?:and|then)\s+\d{1,3}(?:\.\d+)?)?\s+(?:overall|marks|out\s+of\s+\d{1,3}|in\s+total|on\s+(?:the|a|an|its|their|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:scale|test|paper|index|measure|rubric))\b/giu
/**
 * `212 Gloucester Old Spot litters`, `140 Herdwick Cross ewes`: a count whose noun
 * a name of two or three capitalised words qualifies (a breed, a make), which
 * the plural pattern, reading one word at most before its noun, leaves (a
 * grouped number, `1,400`, is a figure already).
 */
const namedKindCount = /(?<![\p{L}\d.,'’/$€£¥])[1-9]\d{1,2}\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){2,3}\p{Ll}{2,}s\b(?<!ss)/gu

/**
 * `140 NHS audiology clinics`, `30 UK universities' labs`: a count whose noun
 * an acronym qualifies, with at most one lower-case word between, which the
 * plural pattern (one word before its noun) leaves; not a unit written in
 * capitals (`the 256 GB model costs`), which sizes one thing.
 */
const acronymKindCount = /(?<![\p{L}\d.,'’/$€£¥])[1-9]\d{1,2}\s+(?!(?:GB|TB|MB|KB|PB|GW|MW|KW|HP|BHP|MPH|RPM|FPS|DPI|PPI|MP|CC|PSI|DB|HZ|KHZ|MHZ|GHZ)\s)\p{Lu}{2,6}\s+\p{Ll}[\p{L}-]*\s+\p{Ll}{2,}s\b(?<!ss)/gu

/**
 * An amount measured against an everyday thing, hedged: `about a credit
 * card's weight of plastic`, `roughly two Olympic pools' worth of water`. A
 * comparison of size, a quantity with no digits.
 */
const thingsWorth =
  /\b(?:about|around|roughly|nearly|almost|some|more\s+than|the\s+equivalent\s+of)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s?\s+(?:weight|worth|volume)\s+of\b/giu

/** Every regex of this module, for the ReDoS test. */
export const resultPatterns: readonly RegExp[] = [partOfTotal, partInSample, lastsAbout, typicalSpell, timeInThousands, frontMoved, effectInMillions, markAwarded, namedKindCount, acronymKindCount, thingsWorth]

/** The result patterns, by kind. */
export const resultRules: readonly PatternRule[] = [
  {regex: partOfTotal, kind: 'proportion'},
  {regex: partInSample, kind: 'proportion'},
  {regex: lastsAbout, kind: 'approximate'},
  {regex: typicalSpell, kind: 'approximate'},
  {regex: timeInThousands, kind: 'measurement'},
  {regex: frontMoved, kind: 'change'},
  {regex: effectInMillions, kind: 'change'},
  {regex: markAwarded, kind: 'measurement'},
  {regex: namedKindCount, kind: 'count'},
  {regex: acronymKindCount, kind: 'count'},
  {regex: thingsWorth, kind: 'measurement'}
]
