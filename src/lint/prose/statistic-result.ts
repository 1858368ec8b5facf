import type {PatternRule} from './span.js'

// Results that read as narrative and carry no unit a measure pattern knows:
// a part of the writer's own total (`Of the 30 pumps we serviced, 7 failed`),
// how long a thing lasts or goes unnoticed with a hedge (`they last about
// three`, `usually goes unreported for around two years`), time lost in
// thousands (`lost 9,200 hours`), a distance a front or an edge moved
// (`the shoreline receded 12 m`) and a sum saved or cost in millions, in
// words (`save councils millions`). Each pattern opens on a fixed word and
// reads a bounded phrase forward.

/** `Of the 30 pumps we serviced, 7 failed`: a part of a total, told before its verb. */
const partOfTotal = /\bof\s+(?:the|our|these|those)\s+\d[\d,]*\s[^,.;:!?]{1,60},\s+\d[\d,]*\s+(?:came|were|had|have|failed|showed|returned|went|died|needed|broke|passed|left)\b/giu
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

/** Every regex of this module, for the ReDoS test. */
export const resultPatterns: readonly RegExp[] = [partOfTotal, lastsAbout, typicalSpell, timeInThousands, frontMoved, effectInMillions]

/** The result patterns, by kind. */
export const resultRules: readonly PatternRule[] = [
  {regex: partOfTotal, kind: 'proportion'},
  {regex: lastsAbout, kind: 'approximate'},
  {regex: typicalSpell, kind: 'approximate'},
  {regex: timeInThousands, kind: 'measurement'},
  {regex: frontMoved, kind: 'change'},
  {regex: effectInMillions, kind: 'change'}
]
