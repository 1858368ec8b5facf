import type {Span} from './span.js'

// A saying in quotation marks is nobody's words: a proverb, a motto, a rule
// of thumb. It is known by what introduces it (`his motto is`, `the golden
// rule is`, `it's a case of`) or by its shape: a comparative maxim (`better
// late than never`), two short parallel clauses (`easy come, easy go`) or a
// stock metaphor (`an accident waiting to happen`).

/** What introduces a saying right before its quotation marks: `his motto is`, `the golden rule was`, `it's a case of`, `as they say,`, `as the old saying in the trade goes,`. */
const sayingLead =
  /(?<![A-Za-z0-9_])(?:(?:motto|mantra|watchword|creed|catchphrase|rule\s+of\s+thumb|golden\s+rule)(?:\s+(?:is|was|remains))?|(?:saying|adage|proverb|maxim|dictum)(?:\s+(?:in|among|on|at|of)\s+(?:the\s+)?[\p{L}'’-]+)?\s+(?:goes|runs|has\s+it|is|was)|a\s+case\s+of|as\s+(?:they|people)\s+say)(?:\s*[,:])?\s*$/iu
/**
 * A common saying a crowd repeats, the quotation the predicate of what it
 * says: `Gardeners often say that mulch is “…”`, `old sailors will tell you
 * that fog is “…”`. The habitual present (`often say`, `will tell you`,
 * `like to say`) makes the words the crowd's stock phrase, not one speaker's;
 * their vague source is vague-attribution's finding (not `officials said
 * that the plan was “…”`, one occasion's words).
 */
const crowdSayingLead =
  /(?<![A-Za-z0-9_])(?:(?:often|always|commonly|sometimes|usually|rightly)\s+say|like\s+to\s+say|will\s+(?:(?:always|often|happily|readily|gladly)\s+)?tell\s+you|(?:people|everyone|everybody)\s+says?)\s+that\s+(?:[\p{L}'’-]+\s+){1,6}(?:is|are)\s*$/iu
/** A comparative maxim: `better late than never`, `sooner rather than later`. */
const comparativeMaxim = /^(?:better|sooner)\s+(?:[\p{L}'’-]+\s+){0,2}?than\s+[\p{L}'’-]+$/iu
/** Two short parallel clauses of two words each: `easy come, easy go`, `no pain, no gain`. */
const parallelMaxim = /^[\p{L}'’-]+\s+[\p{L}'’-]+,\s+[\p{L}'’-]+\s+[\p{L}'’-]+$/u
/** A stock metaphor that is the whole quotation: `an accident waiting to happen`, `a recipe for disaster`, `the tip of the iceberg`, `the best part of a year` (an idiom of extent; a cliché anyone may use, not one speaker's words). */
const stockPhrase =
  /^(?:(?:an?|the)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+waiting\s+to\s+happen|an?\s+recipe\s+for\s+(?:disaster|chaos)|the\s+tip\s+of\s+the\s+iceberg|an?\s+drop\s+in\s+the\s+ocean|an?\s+perfect\s+storm|the\s+elephant\s+in\s+the\s+room|an?\s+storm\s+in\s+an?\s+teacup|an?\s+ticking\s+time[\s-]bomb|an?\s+white\s+elephant|the\s+(?:best|better)\s+part\s+of\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)$/iu
/** An opening mark before a quotation's words, and a closing mark or stop after them: one character each. */
const openingEdge = /^[\s"“‘'«]$/u
const closingEdge = /^[\s"”’'».,!?;:]$/u

/** Every regex of this module, for the ReDoS test. */
export const sayingPatterns: readonly RegExp[] = [sayingLead, crowdSayingLead, comparativeMaxim, parallelMaxim, stockPhrase, openingEdge, closingEdge]

/** Whether an English quotation is a saying: introduced as one (`his motto is “…”`, `people often say that X is “…”`) or shaped like a maxim. */
export function englishIsSaying(text: string, quote: Span): boolean {
  if (sayingLead.test(text.slice(Math.max(0, quote.start - 48), quote.start))) return true
  if (crowdSayingLead.test(text.slice(Math.max(0, quote.start - 100), quote.start))) return true
  let start = quote.start
  let end = quote.end
  while (start < end && openingEdge.test(text[start]!)) start++
  while (end > start && closingEdge.test(text[end - 1]!)) end--
  const words = text.slice(start, end)
  return comparativeMaxim.test(words) || parallelMaxim.test(words) || stockPhrase.test(words)
}
