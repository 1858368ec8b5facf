import {ruleNotReport} from './attribution-condition.js'
import {decisionNotView} from './attribution-decision.js'
import {feelingCaused} from './attribution-feeling.js'
import {concernOfPeople, qualifyingParticiple} from './attribution-record.js'
import {futureFinding} from './attribution-tense.js'
import {claimFilingAfter, claimVerb, demandOrFilingAfter, demandOrFilingVerb} from './attribution-vocabulary.js'

// Reporting verbs that report nothing where the words after them, or around
// them, make something else of them (see attribution.ts, which skips them
// before reading a subject): a feeling (`feel better`), an instruction or an
// idiom (`tell you to`, `tell a similar story`), a decision (`agree to`), a
// participle (`found to be`), a filing or a demand, a rule, a thing causing a
// feeling, a memory of an event, a name given (`call the estate "the
// island"`), results not yet in, and a worry voiced.

/** `feel better`: a feeling, not an opinion; an opinion takes a clause (`feel that`, `feel it is`). */
const feelVerb = /^feels?$/iu
const clauseAfter = /^\s+(?:that|it|this|there|they|we|he|she|you|I|the|these|those|strongly|deeply|sure|certain)\b/u
/** `tell you to let it rise`: an instruction, not a claim. */
const tellVerb = /^(?:tell|tells|told)$/iu
const directiveAfter = /^\s+(?:you|us|me|them|him|her|people|readers|patients|users|\p{L}+s)\s+(?:not\s+)?to\s/iu
/** `Imports tell a similar story`, `the figures tell a different story`: matter compared with what went before (an idiom), no source telling a claim. */
const storyAfter = /^\s+(?:a\s+(?:similar|different|familiar)|the\s+same|another|a\s+very\s+(?:similar|different))\s+(?:story|tale)(?![\p{L}'’-])/iu
/** `agreed to write`, `agree to the plan`: a decision taken, not a view held. */
const agreeVerb = /^agree[sd]?$/iu
const toAfter = /^\s+to\b/iu
/** `Any part found to be worn`, `samples found to have been mislabelled`: `found` with `to be` after it is a passive participle qualifying its noun, not a finding reported. */
const foundVerb = /^found$/iu
const toBeAfter = /^\s+to\s+(?:be|have)(?![\p{L}'’-])/iu
/** `remember it as …`, `remember that …`, `recall a forge in every village`, `remember otters being common`, a bygone scene as it commonly was (`remember queues stretching along the quay`, `recall crowds filling the streets`, round 47): a memory offered as a claim about the world, not a memory of an event. */
const rememberVerb = /^(?:remember|recall)(?:s|ed)?$/iu
const rememberedAs =
  /^\s+(?:that\b|(?:it|him|her|them|this|that|the\s+[\p{L}-]+)\s+as\b|(?:(?:a|an|the)\s+)?(?!(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|dozens)\s)(?:[\p{L}-]+\s+){1,3}?(?:on|in|at)\s+(?:(?:nearly|almost|virtually)\s+)?(?:every|each|most|all)\s|(?:[\p{L}-]+\s+){1,3}?being\s+(?:so\s+|very\s+|once\s+)?(?:common|plentiful|abundant|everywhere|rare|scarce|cheap|widespread)\b|(?:queues|crowds|lines|carts|boats|trains|trams|ships|shops|stalls|fields|streets|houses)\s+(?:(?:of|for|at|on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?)?(?:stretching|queuing|lining|filling|packing|crowding|coming|going|running)\b)/iu
/** `call it a "Carthaginian peace"`: a name given in quotes. */
const callVerb = /^call(?:s|ed)?$/iu
const quoteAhead = /^[^.!?"“‘']{0,30}["“‘']/u
/** Four words or more in the quotes ahead: somebody's words (`called the finale "a storm with no ship in it"`), not a name. */
const longQuoteAhead = /^[^.!?"“‘']{0,30}["“‘'](?:[^"”’'\s]+\s+){3}[^"”’'\s]/u
/** What `call` takes when it names: a pronoun (`called her the most original`) or a noun and its name (`call the plan a disaster`). */
const namingObject =
  /^\s+(?:it|them|him|her|this|that|these|those|me|us|such|(?:the|this|that|its|their)\s+[\p{L}-]+\s+(?!(?:after|before|to|for|when|on|in|at|and|but|because|as|from|about|back|again|yesterday|today|last|this|that|with|over|into|out|up|off)\b)["“‘']?\p{L})/iu
/** A modal of duty right before the verb, with at most an adverb between: `should call`, `must declare`, `ought to report`, `need to tell` (round 58): an instruction to the people named, not a view of theirs reported. */
const dutyBefore = /(?<![\p{L}'’-])(?:should|must|(?:ought|need|needs)\s+to)\s+(?:(?:also|still|first|always|instead|then|immediately|promptly)\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionReportPatterns: readonly RegExp[] = [
  feelVerb,
  clauseAfter,
  tellVerb,
  directiveAfter,
  storyAfter,
  agreeVerb,
  toAfter,
  foundVerb,
  toBeAfter,
  rememberVerb,
  rememberedAs,
  callVerb,
  quoteAhead,
  longQuoteAhead,
  namingObject,
  dutyBefore
]

/**
 * Whether a reporting verb found at `verbStart` (a 0-based offset into `text`;
 * `verb` its matched text) reports nothing, read from the 40 characters after
 * it and from the words around it: `feel better`, `tell you to let it rise`,
 * `Imports tell a similar story`, `agreed to write`, `samples found to have
 * been mislabelled`, `any shop found in breach`, `accepted a two-year deal`,
 * `Late trains worry some commuters`, `remember the day` (not `remember it
 * as`), `Locals call the estate "the island"`, `Trials … will report in the
 * summer`, `Farmers who are underpaid should call the helpline`, `Proposals accepted at the workshop have saved`, `Several speakers
 * raised concerns`. Its subject is not read then.
 */
export function notAReport(text: string, verbStart: number, verb: string): boolean {
  const rest = text.slice(verbStart + verb.length, verbStart + verb.length + 40)
  if (feelVerb.test(verb) && !clauseAfter.test(rest)) return true
  // `Farmers who are underpaid should call the helpline`: an instruction, not a report (round 58).
  if (dutyBefore.test(text.slice(Math.max(0, verbStart - 24), verbStart))) return true
  if (tellVerb.test(verb) && (directiveAfter.test(rest) || storyAfter.test(rest))) return true
  if (agreeVerb.test(verb) && toAfter.test(rest)) return true
  if (foundVerb.test(verb) && toBeAfter.test(rest)) return true
  if (demandOrFilingVerb.test(verb) && demandOrFilingAfter.test(rest)) return true
  if (claimVerb.test(verb) && claimFilingAfter.test(rest)) return true
  // `any shop found in breach`, `Members can claim a discount`: a rule, not a report (attribution-condition.ts); `accepted a two-year deal`: a decision (attribution-decision.ts).
  if (ruleNotReport(text, verbStart, verb) || decisionNotView(text, verbStart, verb)) return true
  // `Late trains worry some commuters`: a thing causing a feeling, no source (attribution-feeling.ts).
  if (feelingCaused(text, verbStart, verb)) return true
  if (rememberVerb.test(verb) && !rememberedAs.test(rest)) return true
  // `Locals call the estate "the island"`: naming a term, not a claim.
  if (callVerb.test(verb) && ((quoteAhead.test(rest) && !longQuoteAhead.test(rest)) || !namingObject.test(rest))) return true
  // `Trials at two sites will report in the summer`: results not yet in (attribution-tense.ts).
  if (futureFinding(text, verbStart, verb)) return true
  // `Proposals accepted at the workshop have saved`: a participle qualifying its noun (attribution-record.ts).
  if (qualifyingParticiple(text, verbStart, verb)) return true
  // `Several speakers raised concerns about the cost`: a worry voiced, unless a class of groups raises it.
  return concernOfPeople(text, verbStart, verb)
}
