import type {Span} from './span.js'

// A body's own consultees (round 35). Where the writer speaks as an
// institution that runs its own survey, consultation or team (`The
// Commission's own survey`, `our response rate`, `Our ranger team`,
// `commissioned by the Authority`, `The borough maintains`), a class that
// told it something (`Employer representatives told us`, `Parish councils
// tell us`, `Residents with a disability told us`) is the body's own
// evidence in the first person, not a claim lent to no one; so is a class
// the writer names by its letters to the writer (`Readers who have written
// to us report`), and a claim inside what such a source told the writer
// (`told us that smaller firms had found …`) is theirs, reported once.
// Without the institution's voice (`Fishermen tell us that the cod have
// moved north`) the class stays vague.

/** A span that ends on a verb of telling, its auxiliary and adverbs before it: `Parish councils tell`, `Managers have told`. */
const tellingEnd = /(?<![\p{L}'’-])(?:tell|tells|told)$/iu
/** The writer right after the verb: ` us`. */
const usAfter = /^\s+us(?![\p{L}'’-])/u
/** The writer speaking as an institution with its own inquiry, team or provision. */
const institutionVoice =
  /(?<![\p{L}'’-])(?:(?:[Tt]he|[Oo]ur)\s+(?:Commission|Authority|Council|Inspectorate|Board|Trust|Panel|Committee|council|borough|authority|trust|board)(?:['’]s\s+own|\s+(?:currently\s+)?(?:maintains|runs|operates|manages|provides|funds))|(?:commissioned|funded|run)\s+by\s+the\s+(?:Commission|Authority|Council|Trust|Board|council|authority|borough)|(?:our|this\s+year['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:survey|consultation|response\s+rate|call\s+for\s+evidence|listening\s+exercise)|[Oo]ur\s+(?:[\p{L}-]+\s+)?(?:team|rangers|wardens|inspectors|officers|caseworkers)|we\s+are\s+the\s+(?:only\s+)?(?:organisation|organization|council|authority|employer|charity))(?![\p{L}'’-])/u
/** A class named by its letters to the writer: `who have written to us`, `who contacted us`. */
const correspondents =
  /(?<![\p{L}'’-])who\s+(?:have\s+|had\s+)?(?:written|wrote|write|contacted|contact|emailed|email|phoned|rang|called|replied|responded)\s+(?:to\s+)?us(?![\p{L}'’-])/iu
/** What a source told the writer, right before a span: `told us that `, `tell us `. */
const toldUsBefore = /(?<![\p{L}'’-])(?:tell|tells|told)\s+us\s+(?:that\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionConsultedPatterns: readonly RegExp[] = [tellingEnd, usAfter, institutionVoice, correspondents, toldUsBefore]

/** How far before a span the institution's voice is looked for, and how far after. */
const reachBefore = 600
const reachAfter = 240

/** Whether a source span is a body's own consultees telling it (`Parish councils tell us`, with `Our ranger team` in the paragraph), its correspondents (`Readers who have written to us report`), or a claim inside what such a source told it (`told us that smaller firms had found`). */
export function consultedByWriter(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end)
  if (correspondents.test(words)) return true
  const told = tellingEnd.test(words) && usAfter.test(text.slice(span.end, span.end + 8))
  const inside = !told && toldUsBefore.test(text.slice(Math.max(0, span.start - 20), span.start))
  if (!told && !inside) return false
  return institutionVoice.test(text.slice(Math.max(0, span.start - reachBefore), span.start)) || institutionVoice.test(text.slice(span.end, span.end + reachAfter))
}
