import type {PatternRule} from './span.js'
import {before} from './span.js'

// Records and firsts with no `-est` (round 45), each a claim of precedence
// over a whole class, a place or a body's whole past:
// - a record named in apposition over a class or an area: `…, a record for
//   any branch`, `a record for the county.`, or over a body's own past,
//   `a record for the centre.` (round 50; not `kept a record for every
//   visit`, a log, nor `a record for the council archive`);
// - a first occurrence in a named place: `the first confirmed case in
//   Yorkshire`, `the first outbreak in the Highlands` (not `the first case in
//   June`, a date);
// - a state reached for the first time after a comparison or an overtaking:
//   `tin is now dearer than silver for the first time`, `Wind overtook gas
//   for the first time` (not a bare `for the first time`: `I visited Rome for
//   the first time`, the writer's own life, or a narrative's event);
// - the first of a kind in a body's whole record, in the present perfect:
//   `the first closure order the council has made` (not the writer's own:
//   `the first book I have read this year`);
// - `bearing the brunt`: hit hardest, without the superlative.

/** `, a record for any branch`, `a record for the county.`, `a record for the centre.` (round 50: over the body's whole past): a record over a whole class (`any`), an area or a body, closing its clause (not one kept: `kept a record for the club.`, `keptRecordBefore`). */
const recordForAny =
  /(?<![\p{L}'’-])an?\s+(?:(?:new|all-time|national)\s+)?record\s+for\s+(?:any\s+[\p{L}-]+|the\s+(?:county|country|region|nation|world|island|state|centre|center|club|society|branch|station|school|museum|reserve|airfield|venue|festival|show|site|farm|track)(?=\s*[.,;:!?)]|\s*$))/giu
/** `the first confirmed case in Yorkshire`, `the first outbreak in the Highlands`: a first occurrence in a named place (a capital, not a month). */
const firstOccurrence =
  /(?<![\p{L}'’-])the\s+first\s+(?:(?:confirmed|recorded|known|reported|documented|notified)\s+)?(?:case|outbreak|death|instance|occurrence)\s+(?:of\s+[\p{L}-]+\s+)?in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}'’-]))\p{Lu}\p{Ll}+/gu
/** `for the first time` closing its clause: a first, read only with a comparison or an overtaking before it (`comparedBefore`). */
const firstTimeClosing = /(?<![\p{L}'’-])for\s+the\s+first\s+time(?=\s*[.;,!?)]|\s*$)/giu
/** A comparison or an overtaking in the clause before: `cheaper … than Code 5`, `overtook gas`. */
const comparedBefore =
  /(?:(?<![\p{L}'’-])than\s|(?<![\p{L}'’-])(?:overt(?:ook|aken|akes|ake)|outs(?:old|ells?)|outnumber(?:ed|s)?|surpass(?:ed|es)?|exceed(?:ed|s)?)\s)[^.;!?]{0,80}$/iu
/** `the first abatement notice the council has served`: the first of a kind in a body's record, the body named with `the`, in the present perfect. */
const firstInBodyRecord =
  /(?<![\p{L}'’-])the\s+first\s+(?:[\p{L}-]+\s+){1,3}?(?:that\s+)?the\s+\p{Ll}+\s+(?:has|have)\s+(?:ever\s+)?\p{Ll}{2,}(?:ed|en|wn|de|ne|ld|ut|ght)(?![\p{L}'’-])/gu
/** `bearing the brunt`, `have borne the brunt`: hit hardest. */
const brunt = /(?<![\p{L}'’-])(?:bear|bears|bore|borne|bearing|take|takes|took|taken|taking)\s+the\s+(?:full\s+)?brunt(?![\p{L}'’-])/giu
/** A verb of keeping before `a record`: `kept a record for the club`, a log, not a record broken. */
const keptRecordBefore = /(?<![\p{L}'’-])(?:keep|keeps|kept|keeping|maintain|maintains|maintained|file|files|filed|submit|submits|submitted)\s+$/iu
/** A future or a plan before a first: `will hold the first`, not a record. */
const plannedBefore = /(?<![\p{L}'’-])(?:will|shall|would|plans?|planned|aims?|intends?|hopes?|going\s+to)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePrecedentPatterns: readonly RegExp[] = [recordForAny, keptRecordBefore, firstOccurrence, firstTimeClosing, comparedBefore, firstInBodyRecord, brunt, plannedBefore]

/** The words of a match's sentence before it (at most 100 characters). */
function clauseLead(text: string, index: number): string {
  const lead = before(text, index, 100)
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '), lead.lastIndexOf('; ')) + 1)
}

/** The records and firsts of this module. */
export const precedentRules: readonly PatternRule[] = [
  {regex: recordForAny, kind: 'superlative', accept: (text, match) => !keptRecordBefore.test(before(text, match.index!, 12))},
  {regex: firstOccurrence, kind: 'superlative', accept: (text, match) => !plannedBefore.test(clauseLead(text, match.index!))},
  {regex: firstTimeClosing, kind: 'superlative', accept: (text, match) => comparedBefore.test(clauseLead(text, match.index!))},
  {regex: firstInBodyRecord, kind: 'superlative', accept: (text, match) => !plannedBefore.test(clauseLead(text, match.index!))},
  {regex: brunt, kind: 'superlative'}
]
