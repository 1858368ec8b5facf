import type {Span} from './span.js'
import {after, before} from './span.js'

// `every` in the scope of the writer's own programme or practice (round 42):
// - what a programme will do to every one of a class, in the future passive
//   of a procedure (`Every cruise ship calling at the port will be
//   inspected`, `every sample will be logged`): a plan's scope, set by the
//   writer, not an absolute claimed about the world;
// - the writer's own practice in the present, `we` and a verb before
//   `every` in one clause (`We use certified fitters for every fire door`,
//   `we photograph every joint`): a rule the writer keeps, not a claim.
// Not a state forecast (`every household will be worse off`), nor the
// writer's record in the perfect (`we have visited every school`), nor
// what the writer has (`we now have members in every county`: a reach claimed).

/** `every` and its noun opening the span. */
const everyWord = /^every\s/iu
/** A procedure in the future passive later in the clause: ` … will be inspected`, ` must be tested`. */
const procedureAfter =
  /^[^.;:!?]{0,80}?\s(?:will|shall|must|is\s+to|are\s+to)\s+be\s+(?:\p{Ll}+ly\s+)?(?:inspected|checked|tested|sampled|screened|visited|reviewed|audited|surveyed|assessed|examined|contacted|invited|logged|recorded|registered|photographed|cleaned|serviced|certified|labelled|labeled|tagged|swabbed|weighed|measured)(?![\p{L}'’-])/u
/** `we` and a verb in the present, then the clause up to `every`: `We use third-party fitters for `, `we photograph `. */
const ownPracticeBefore =
  /(?<![\p{L}'’-])[Ww]e\s+(?:(?:always|also|still|now|only)\s+)?(?!(?:have|had|were|was|are|will|would|could|can|may|might|always|also|still|now|only|never|all)(?![\p{L}'’-]))\p{Ll}{2,}(?<!ed)\s+(?:[^\s.;:!?,]+\s+){0,8}?$/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeProgrammePatterns: readonly RegExp[] = [everyWord, procedureAfter, ownPracticeBefore]

/**
 * Whether an `every` span (0-based UTF-16 offsets into `text`) is the scope
 * of the writer's own programme (a procedure in the future passive after
 * it, at most 80 characters on in its clause) or practice (`we` and a
 * present verb before it, at most 80 characters back in its clause).
 */
export function programmeScope(text: string, span: Span): boolean {
  if (span.kind !== 'absolute' || !everyWord.test(text.slice(span.start, span.end))) return false
  return procedureAfter.test(after(text, span.end, 120)) || ownPracticeBefore.test(before(text, span.start, 80))
}
