import type {PatternRule} from './span.js'

// Vague attributions in passives of reporting that name no agent (split from
// attribution-phrase.ts, round 43): `is often described as`, `is usually
// quoted at`, `have been reported`, `has been shown to`, `have been
// criticised for`, `We are told that`, `will have read in the papers`. Each
// is one bounded pattern; its vetoes read a bounded window of the match's
// sentence.

/**
 * A received description in the impersonal passive, with how common it is:
 * `the sport is often described as being in decline`, `are commonly
 * portrayed as`, `has frequently been characterised as` — a view lent to
 * nobody. Not without an adverb of commonness (`is described as a guide`, a
 * document's own description), nor with its agent after it (`by the
 * council`, read by `agentAfter`), nor `as follows`, nor a label or a
 * figure with `a` (`is often described as an epidemic`: a name the writer
 * takes up, not a state or a rank claimed). A likeness of two things with `a`
 * is read (`is often described as a cross between golf and baseball`, `a
 * blend of`, `a mixture of`, round 63): a comparison someone drew, lent to
 * no one, not a name taken up.
 */
const describedAs =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:still|now|also)\s+)?(?:often|commonly|frequently|usually|sometimes|widely|generally|routinely|regularly|popularly|variously|increasingly|repeatedly)\s+(?:been\s+)?(?:described|portrayed|characteri[sz]ed|depicted|billed|touted|painted|cast|dismissed)\s+as\b(?!\s+(?:follows|above|below|such)\b)(?!\s+an?\b(?!\s+(?:cross|hybrid)\s+(?:between|of)\b|\s+(?:mix|mixture|blend|combination|marriage)\s+of\b))/giu
/**
 * A standing view in the passive with how lasting or common it is, its holders
 * unnamed: `is still regarded as the greatest match`, `is usually regarded as
 * the most durable`, `are often seen as` (round 58; `widely regarded`, read by
 * attribution-passive.ts, is the same view). Not without such an adverb (`is
 * regarded as late`, a rule's own definition), nor with its agent after it
 * (`by the council`), nor `as follows` or a label with `a`, as `describedAs`.
 */
const regardedAs =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|also)\s+)?(?:still|often|usually|frequently|long|traditionally|sometimes|mostly|popularly)\s+(?:regarded|viewed|seen)\s+as\b(?!\s+(?:follows|above|below|such|an?)\b)/giu
/** An addressee named after a passive of reporting: `reported to Harbour Rail`, `reported to the Health and Safety Executive` (an action, not a source). */
const toNamedBody = /^\s+to\s+(?:the\s+)?\p{Lu}/u
/**
 * A figure quoted, cited or put by nobody named: `which is usually quoted at
 * around seven litres`, `the cost is often put at £3 million`, `is widely
 * cited as the first`. Not with its agent (`put at £3 million by the
 * council`), nor `quoted as saying` (someone's words, left to the quotation
 * rules) or `put at risk`. A figure quoted or cited needs its commonness
 * (`usually`, `often`): `The delivery was quoted at £40` is a price offered.
 */
const quotedAt =
  /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:(?:usually|often|commonly|generally|widely|frequently|sometimes|typically|variously|most)\s+){1,2}(?:quoted|cited)|(?:(?:usually|often|commonly|generally|widely|frequently|sometimes|typically|variously|now|still|also)\s+){0,2}put)\s+(?:at\s+(?:around|about|roughly|some|nearly|almost|over|under|up\s+to|between|less\s+than|more\s+than|just|well|anything|[\p{Sc}\d])|as\s+(?!saying\b|(?:follows|above|below)\b))/giu
/**
 * A passive of reporting or comparison with no agent: `Similar faults have
 * been reported`, `The design has often been compared to a beehive`. Not
 * with its agent or its addressee after it (`reported by the ONS`,
 * `reported to police`), nor offenders referred for action (`have been
 * reported for prosecution`, round 49: a step taken, not hearsay).
 */
const beenReported =
  /\b(?:have|has|had)\s+(?:(?:also|often|widely|repeatedly|previously|since|now|frequently|sometimes|long)\s+)?been\s+(?:reported|documented|observed|noted|described|compared|likened)\b(?!\s+(?:by|to\s+(?:the\s+)?(?:police|authorities|regulators?|council)|as\s+(?:missing|stolen)|for\s+(?:prosecution|summons|caution))\b)/giu
/**
 * A finding lent to nobody, in the agentless perfect passive with a verb
 * after it: `Regular stretching has been shown to ease back pain`, `have
 * been proven to cut`. Not something shown to someone (`has been shown to
 * the committee`, `shown to us`): a determiner or a pronoun after `to`.
 */
const beenShownTo =
  /\b(?:has|have|had)\s+(?:(?:also|often|repeatedly|consistently|long|now|already|clearly|since)\s+)?been\s+(?:shown|proven|proved|demonstrated)\s+to(?=\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|us|me|him|them|you|everyone|all|each|every|some|any|members|visitors|staff)(?![\p{L}'’-]))\p{Ll}{2,})/giu
/**
 * Criticism lent to nobody, in an agentless passive with what it is for:
 * `Respondents have been criticised for`, `The scheme is widely condemned
 * over`; an accusation likewise (`Herbalists are often accused of ignoring
 * evidence`, round 50: who accuses them goes unnamed). Not with its agent
 * after it (`criticised by the ombudsman for`).
 */
const beenCriticised =
  /\b(?:(?:have|has)\s+(?:(?:also|often|widely|repeatedly|long|frequently|sometimes|since)\s+)?been|(?:is|are)\s+(?:often|widely|frequently|commonly|routinely|regularly|sometimes|much|increasingly))\s+(?:(?:widely|heavily|roundly|sharply|strongly|often|repeatedly|much)\s+)?(?:(?:criticised|criticized|condemned|faulted|blamed)\s+(?:for|over)|accused\s+of)\b/giu
/** A report of none, opening its sentence: `No damage`, `No further injuries` before `has been reported`. */
const noneReported = /^\s*No\s+(?:[\p{Ll}-]+\s+){1,2}$/u
/** `will have read in the papers`: hearsay the reader is assumed to have met, from no one named. */
const readInThePapers =
  /\b(?:will|may|might|must|would)\s+(?:already\s+|all\s+)?have\s+(?:read|seen|heard)\s+(?:(?:in|on)\s+the\s+(?:papers|press|newspapers|news|media|radio|television|TV|grapevine)|that)\b/giu
/** `We are told that`, `Visitors are often told that`: a claim passed on by nobody in particular. */
const weAreTold =
  /\b(?:we|you)\s+(?:are|were|have\s+been|had\s+been|keep\s+being|get)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured|reminded|informed)\s+that\b|\b(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured)\s+that\b/giu
/** A hearing named as the one told: `The inquest … was told that`, `the court heard`. */
const hearingBefore = /\b(?:inquest|court|tribunal|hearing|jury|inquiry|committee|trial|panel|meeting)\b/iu
/** A body that hears parties and writes as `we`: `the Tribunal`, `this court`. */
const hearingBody = /\b(?:tribunal|court|inquiry|inquest)\b/iu
const firstPersonWe = /^we\s/iu
/** An agent named after a passive, in its clause: `put at £3 million by the council`. */
const agentAfter = /^[^.;:!?]{0,60}?\bby\s+(?:(?:the|its|their)\s+\p{L}|\p{Lu})/u
/** What someone was told is a direction when a modal of permission or duty leads its clause: `has been told that no lorries may enter`, `were told that the stand must close` — an order passed on, not a claim lent to no one. */
const directionTold = /^(?:\s+[^\s.;:!?]+){0,10}?\s+(?:may|must|shall|is\s+to|are\s+to)\s+(?:not\s+|only\s+|no\s+longer\s+)?\p{Ll}/u
/** An arrangement in force told to a group other than the writer or the reader: `Port users have been told that the restrictions will remain in place` (a notice given; `We have been told that …` stays hearsay). */
const arrangementTold = /^(?:\s+[^\s.;:!?]+){0,10}?\s+will\s+(?:(?:remain|stay)\s+(?:in\s+(?:place|force)|closed|open|shut)|be\s+(?:kept|lifted|extended|suspended))(?![\p{L}'’-])/u
const weOrYou = /^(?:we|you)\s/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionAgentlessPatterns: readonly RegExp[] = [
  describedAs,
  regardedAs,
  quotedAt,
  agentAfter,
  toNamedBody,
  beenReported,
  beenShownTo,
  beenCriticised,
  noneReported,
  readInThePapers,
  weAreTold,
  hearingBefore,
  hearingBody,
  firstPersonWe,
  directionTold,
  arrangementTold,
  weOrYou
]

/** The words of a match's sentence before it (at most 160 characters). */
function sentenceLead(text: string, index: number): string {
  const lead = text.slice(Math.max(0, index - 160), index)
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1)
}

// `No flooding has been reported`: the writer's own report that none came in; `reported to Harbour Rail`: an action, addressed to a named body.
export const beenReportedRule: PatternRule = {
  regex: beenReported,
  kind: 'impersonal',
  accept: (text, match) => !noneReported.test(sentenceLead(text, match.index!)) && !toNamedBody.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))
}
// `The inquest … was told that`: the hearing is who was told, and who told it is its record.
// `We were told that`, written by a tribunal or a court the paragraph names: the hearing is `we`, told by the parties before it.
// `The operator has been told that no work may start before 08:00`: a direction given, not a claim; `Port users have been told that the restrictions will remain in place`: a notice given.
export const weAreToldRule: PatternRule = {
  regex: weAreTold,
  kind: 'impersonal',
  accept: (text, match) =>
    !hearingBefore.test(sentenceLead(text, match.index!)) &&
    !(firstPersonWe.test(match[0]) && hearingBody.test(text.slice(Math.max(0, match.index! - 320), match.index))) &&
    !directionTold.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 90)) &&
    !(!weOrYou.test(match[0]) && arrangementTold.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 90)))
}
/** `Regular stretching has been shown to ease back pain`: a finding lent to nobody. */
export const beenShownToRule: PatternRule = {regex: beenShownTo, kind: 'impersonal'}
// `have been criticised for relying on it`: criticism with no critic, unless its agent follows (`by the ombudsman`).
export const beenCriticisedRule: PatternRule = {
  regex: beenCriticised,
  kind: 'impersonal',
  accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))
}
// `is often described as being in decline`: a received description, unless its agent follows (`by the council`).
export const describedAsRule: PatternRule = {
  regex: describedAs,
  kind: 'impersonal',
  accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))
}
// `is still regarded as the greatest match`: a standing view lent to nobody, unless its agent follows.
export const regardedAsRule: PatternRule = {
  regex: regardedAs,
  kind: 'impersonal',
  accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))
}
/** `the cost is often put at £3 million`: a figure quoted by nobody named, unless its agent follows. */
export const quotedAtRule: PatternRule = {
  regex: quotedAt,
  kind: 'impersonal',
  accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))
}
/** `will have read in the papers`: hearsay the reader is assumed to have met. */
export const readInThePapersRule: PatternRule = {regex: readInThePapers, kind: 'impersonal'}
