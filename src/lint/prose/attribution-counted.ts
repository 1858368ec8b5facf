import type {Span} from './span.js'

// `found` after a count of things (round 37): `Two defects found at Level 3
// remain open`, `no defects found.` — a participle qualifying what was
// counted in a log or a test record, not a class of people reporting a
// finding. The span opens on a count or `no` and a plural noun, and what
// follows `found` is the end of its clause or a phrase of place or time and
// the clause's own verb (not `that`, nor an object: `Two studies found that`,
// `Two surveys found a rise` stay vague).

/** A count or `no`, a plural noun (one word before it at most) and `found`: `Two defects found`, `no defects found`. */
const countedThingsFound =
  /^(?:no|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}s\s+found$/iu
/** After `found`: the clause ends (`; `, `.`), or a phrase of place or time and a finite verb (` at Level 3 remain open`). */
const participleAfter =
  /^(?:\s*(?:[.;,:)]|$)|\s+(?:at|in|on|during|since|by|before|after|under|so\s+far|to\s+date)\s+(?:(?!(?:that|which|who|whether)\s)[\p{L}\d'’-]+\s+){1,5}?(?:remain|remains|remained|have|has|had|are|were|is|was|will|need|needs|require|requires|were)(?![\p{L}'’-]))/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionCountedPatterns: readonly RegExp[] = [countedThingsFound, participleAfter]

/** Whether a source span (`Two defects found`) is a count of things with a participle after it, not people reporting. */
export function countedThingsFoundAt(text: string, span: Span): boolean {
  return countedThingsFound.test(text.slice(span.start, span.end)) && participleAfter.test(text.slice(span.end, span.end + 80))
}
