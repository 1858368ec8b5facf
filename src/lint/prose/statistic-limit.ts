import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'
import {conditionWord} from './statistic-veto.js'

// Figures a party sets, the writer spends or a plan builds, read from the
// words around them in their own sentence: a cap set on a number (`cap
// bookings at 30 guests`), the most a penalty can come to (`Penalties can
// reach £500`), what a thing cost the writer (`cost us €2.10 a litre`), a
// sum set against a budget (`paid £900, within our budget`), an advised
// budget (`Budget about £5 a guest`), the reading that calls for an action
// (`when the gauge reads above 40 psi`), a threshold that scopes a
// requirement (`trailers over 3.5 tonnes need`), the sizes of a thing a plan will
// provide (`a shed of 4 metres by 3 metres will be built`) and the
// headcount of the writer's own group (`Our club now has 40 qualified
// coaches`). Each check reads a bounded slice of the figure's own sentence.

/** A cap set on a number, right before the figure: `caps entries at`, `capped numbers at`. */
const capAt = /\b(?:caps?|capped|capping|limits?|limited|limiting)\s+(?:[\p{L}-]+\s+){0,2}at\s+$/iu
/** The most a penalty can come to, its noun and up to three words before the modal: `Fines for littering can reach`. */
const penaltyReach =
  /\b(?:fines?|penalt(?:y|ies)|sentences?|damages|compensation)(?:\s+[\p{L}-]+){0,3}?\s+(?:can|could|may|might|will)\s+(?:reach|be|go\s+up\s+to|run\s+to|rise\s+to)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?$/iu
/** What a thing cost the writer: `cost us`, `cost me`. */
const costUs = /\bcost\s+(?:us|me)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/iu
/** A sum set against a budget, after it and up to three words: `for it, within the budget`, `, under our budget`. */
const againstBudget = /^(?:\s+[^\s,.;!?]+){0,3},\s+(?:well\s+|just\s+|comfortably\s+)?(?:within|under|inside)\s+(?:the|our|its|their|a|his|her)\s+(?:[\p{L}-]+\s+)?budget\b/iu
/** A sentence that opens on advice to budget: `Budget around`, `Allow about`, `Set aside`. */
const budgetOpening = /^\s*(?:budget|allow|set\s+aside|put\s+aside|plan\s+on)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu
/** The reading of an instrument that calls for an action: `reads above`, `shows more than`. */
const readsPast = /\b(?:reads?|reading|shows?|showing|registers?|displays?)\s+(?:above|below|over|under|more\s+than|less\s+than|higher\s+than|lower\s+than)\s+$/iu
/** A dimension pair: `5 metres by 2.8 metres`, the figure then `by`, or `by` then the figure. */
const byAfter = /^\s+by\s+\d/iu
const byBefore = /\d\s?(?:mm|cm|m|met(?:re|er)s|feet|ft|inches|in)\s+by\s+$/iu
/** A thing a plan will provide, later in the sentence (read up to its end, so a word may hold a point: `2.8`): `will be provided`, `is to be built`. */
const willProvide =
  /^(?:\s+[^\s;!?]+){0,12}?\s+(?:will|shall|would|is\s+to|are\s+to)\s+be\s+(?:provided|built|installed|fitted|constructed|created|erected|supplied|laid)\b/iu
/** The writer's own body as a sentence's subject and what it has: `Our club now has`, `Our flying group has` (not `Our town now has`). */
const ownGroupHas =
  /^\s*Our\s+(?:[\p{L}-]+\s+)?(?:group|club|team|society|choir|association|branch|charity|committee|crew|band|network|practice|firm|company|co-?operative|trust|guild|union)\s+(?:now\s+|currently\s+|already\s+)?(?:has|have|numbers|counts)\s+(?:some\s+|about\s+|around\s+)?$/u
/** A threshold that scopes a requirement: `on towers over`, then `needs`, `must` or `requires` soon after the figure. */
const scopeBefore = /\b(?:on|for|in|to)\s+(?:[\p{L}-]+\s+){1,2}(?:over|above|under|below|more\s+than|less\s+than|exceeding)\s+$/iu
/** A sentence that opens on what a threshold scopes: `Works over `, `Loads above `. */
const scopeOpening = /^(?:[\p{L}'’-]+\s+){1,3}(?:over|above|under|below|more\s+than|less\s+than|exceeding)\s+$/iu
const requirementAfter = /^(?:\s+[^\s;!?]+){0,4}?\s+(?:still\s+|also\s+|always\s+)?(?:needs?|requires?|must|is\s+required|are\s+required)\b/iu
/** Marks that close a clause, for `lastClause`. */
const clauseMarks = /[;:,]/gu

/** Every regex of this module, for the ReDoS test. */
export const limitPatterns: readonly RegExp[] = [
  capAt,
  penaltyReach,
  costUs,
  againstBudget,
  budgetOpening,
  readsPast,
  byAfter,
  byBefore,
  willProvide,
  ownGroupHas,
  scopeBefore,
  scopeOpening,
  requirementAfter,
  clauseMarks
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd`, is set,
 * spent or planned rather than measured:
 * - a cap set on a number (`cap bookings at 30 guests`);
 * - the most a penalty can come to (`Penalties can reach £500`);
 * - what a thing cost the writer (`cost us €2.10 a litre`);
 * - a sum set against a budget (`paid £900, within our budget`);
 * - an advised budget opening its sentence (`Budget about £5 a guest`);
 * - the reading that calls for an action (`when the gauge reads above 40 psi`);
 * - a threshold that scopes a requirement (`Loads on trailers over 3.5
 *   tonnes need a plated vehicle`, `Works over £10,000 need approval`);
 * - a size of a thing a plan will provide (`a shed of 4 metres by 3 metres
 *   will be built`);
 * - the headcount of the writer's own group (`Our club now has 40 coaches`).
 */
export function isLimitFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const near = before(text, span.start, 48)
  if (capAt.test(near) || penaltyReach.test(near)) return true
  if (span.kind === 'money' && (costUs.test(near) || againstBudget.test(after(text, span.end, 40)))) return true
  const opening = text.slice(sentenceStart, span.start)
  if (opening.length <= 40 && budgetOpening.test(opening)) return true
  const lead = text.slice(Math.max(sentenceStart, span.start - 100), span.start)
  if (readsPast.test(near) && conditionWord.test(lastClause(lead, clauseMarks))) return true
  const scoped = scopeBefore.test(near) || (opening.length <= 40 && scopeOpening.test(opening))
  if (scoped && requirementAfter.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 60)))) return true
  const dimension = (span.kind === 'measurement' || span.kind === 'approximate') && (byAfter.test(after(text, span.end, 8)) || byBefore.test(before(text, span.start, 24)))
  if (dimension && willProvide.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 100)))) return true
  return span.kind === 'count' && opening.length <= 48 && ownGroupHas.test(opening)
}
