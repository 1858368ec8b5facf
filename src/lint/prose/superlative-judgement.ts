import type {Span} from './span.js'
import {after} from './span.js'

// Three superlatives that rank nothing in the world on the writer's word:
// - one bounded by what the writer knows, after it: `the most legible sans
//   serif we know of`, `the oldest that I am aware of` (the hedge `to our
//   knowledge`, said after the noun);
// - the writer's own organisation's troubles ranked by the writer: `Agency
//   turnover is still our biggest problem`, `my main headache` (a judgement
//   of one's own affairs, not a measured ranking; `our best month on
//   record`, `our busiest year` rank a measure and stay claims);
// - a ranking under a stated rule of scoring: `the most economically
//   advantageous tender under the published 60/40 quality-price ratio`, `the
//   lowest score against the evaluation criteria` (the outcome of an
//   evaluation whose rule the sentence names, not a ranking of the world).

/** The writer's knowledge bounding a superlative, after its noun: ` sans serif we know of`, ` that I am aware of`. */
const knowledgeAfter =
  /^\s+(?:[\p{L}-]+\s+){0,4}?(?:that\s+)?(?:we|I)\s+(?:know\s+of|(?:are|am)\s+aware\s+of|know)(?![\p{L}'’-])/u
/** A first-person possessive and a superlative of size or weight: `our biggest`, `my main`, `our most pressing`. */
const ownRank = /^(?:our|my)\s+(?:biggest|greatest|main|chief|worst|largest|hardest|toughest|most\s+(?:pressing|serious|urgent|difficult))$/iu
/** A noun for a trouble or a task, right after it: ` problem`, ` single challenge`, ` headache`. */
const troubleAfter =
  /^\s+(?:single\s+)?(?:problem|problems|challenge|challenges|headache|headaches|difficulty|difficulties|issue|issues|frustration|frustrations|weakness|priority|priorities|worry|worries|concern|concerns)(?![\p{L}'’-])/iu
/** A stated rule of scoring after the ranked noun: ` tender under the published 60/40 quality-price ratio`, ` bid against the award criteria`. */
const scoringRuleAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:under|against|according\s+to)\s+(?:the|its|their|our)\s+(?:[\p{L}\d/%.-]+\s+){0,3}?(?:criteria|criterion|ratio|scoring|formula|methodology|weighting|weightings|matrix|scheme|rules)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeJudgementPatterns: readonly RegExp[] = [knowledgeAfter, ownRank, troubleAfter, scoringRuleAfter]

/**
 * Whether a superlative found at `span` ranks nothing in the world on the
 * writer's word: bounded by the writer's knowledge after it (`we know of`),
 * the writer's own troubles (`our biggest problem`), or scored under a rule
 * the sentence names (`under the published 60/40 quality-price ratio`).
 */
export function judgedNotClaimed(text: string, span: Span): boolean {
  const rest = after(text, span.end, 96)
  if (knowledgeAfter.test(rest)) return true
  if (ownRank.test(text.slice(span.start, span.end)) && troubleAfter.test(rest)) return true
  return span.kind === 'superlative' && scoringRuleAfter.test(rest)
}
