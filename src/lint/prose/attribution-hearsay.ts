import type {PatternRule} from './span.js'

// More vague attributions in fixed phrases (attribution-phrase.ts holds the
// main ones): an impersonal passive whose clause follows with no `that`
// (`It is thought the fire began in the kitchen`), a received view of where
// something comes from with no one holding it (`is usually traced to`,
// `is commonly attributed to`), a received explanation or assumption (`is
// usually explained as`, `are often assumed to`), and a whole trade or sector as the one who
// expects or believes (`the trade expects`, `the industry believes`).

/**
 * `It is thought the fire began`, `it was said the mill had closed`: an
 * impersonal passive of belief or saying with the clause it reports right
 * after it, `that` left out (a determiner or a pronoun opens the clause).
 * Not `It was felt the …` (a meeting's record) and not `it is thought
 * through` (no clause follows).
 */
const itIsThoughtClause =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|generally|commonly|often|now|also|sometimes|long)\s+)?(?:thought|believed|said|claimed|rumou?red|alleged|understood|supposed)(?=\s+(?:the|a|an|this|these|those|its|their|his|her|there|they|he|she|most|many|some)\s)/giu

/**
 * `is usually traced to`, `are commonly attributed to`, `was traditionally
 * ascribed to`, `is generally dated to`: a passive of tracing or ascribing
 * with an adverb of received opinion and no agent, a view lent to no one.
 * Without the adverb it is a finding in the narrative (`The leak was traced
 * to a valve`), left alone.
 */
const receivedOrigin =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:usually|commonly|generally|traditionally|often|widely|popularly|variously|normally|conventionally|customarily|typically)\s+(?:traced|attributed|ascribed|credited|dated)(?:\s+back)?\s+to(?=\s+\S)/giu
/**
 * `is usually explained as`, `is commonly interpreted as`: a received
 * explanation with no one holding it (round 34); `are often assumed to`,
 * `is widely presumed to`: a received assumption. Both need the adverb of
 * received opinion (`Students are assumed to have read it` is a rule, `The
 * delay was explained as` a narrative).
 */
const receivedReading =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:usually|commonly|generally|traditionally|often|widely|popularly|normally|conventionally|customarily|typically|frequently)\s+(?:(?:explained|interpreted|understood|taken)\s+as|(?:assumed|presumed|supposed)\s+to)(?=\s+\S)/giu
/**
 * `is usually blamed`, `are often blamed.`, `has generally been blamed`: a
 * cause named in the impersonal passive of blame with an adverb of habit or
 * received opinion (round 42), whether or not `for` follows: who blames it
 * goes unnamed. Not with its agent after it (`blamed by insurers`), nor
 * without the adverb (`The driver was blamed`, a narrative), nor a blame
 * raised to be answered in its own sentence (`Aches are often blamed on the
 * tablets, but …`: a misconception the writer takes up).
 */
const receivedBlame =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:usually|commonly|generally|traditionally|often|widely|popularly|normally|typically|frequently|mostly|largely|routinely)|(?:has|have)\s+(?:usually|commonly|generally|traditionally|often|widely|popularly|normally|typically|frequently|mostly|largely|routinely)\s+been)\s+blamed(?![\p{L}'’-])/giu
/** A clause of contrast that answers a blame in its sentence: `, but` before the sentence's end. */
const answeredAfter = /^[^.;!?]{0,160}?,\s+but\s/u
/** An agent after the passive, in its clause: `attributed to … by the Victoria County History`, `by Pevsner`. */
const agentAfter = /^[^.;:!?]{0,80}?\bby\s+(?:(?:the|its|their)\s+\p{L}|\p{Lu})/u

/**
 * `the trade expects`, `the industry believes`, `the profession broadly
 * agrees`: a whole trade or sector standing as one speaker, no firm or body
 * in it named; so is its press (`the trade press has been calling it`,
 * round 46, in the perfect progressive too). The verb must follow the noun
 * (`the trade association says` names a body), and the trade is the
 * subject, not a place (`Nobody in the trade expects`).
 */
const tradeExpects =
  /(?<!(?:^|[^\p{L}])(?:in|of|to|from|across|throughout|for|within|outside)\s)\bthe\s+(?:trade|industry|profession|sector)\s+(?:press\s+)?(?:(?:generally|widely|broadly|now|still|also|largely|increasingly)\s+)?(?:(?:has|had)\s+been\s+(?:calling|saying|predicting|warning|suggesting|reporting)|expects|believes|says|reckons|fears|thinks|agrees|holds|considers|regards|predicts|assumes|suspects|accepts|argues|insists|warns)(?![\p{L}'’-])/giu

/** Every regex of this module, for the ReDoS test. */
export const attributionHearsayPatterns: readonly RegExp[] = [itIsThoughtClause, receivedOrigin, receivedReading, receivedBlame, answeredAfter, agentAfter, tradeExpects]

/** The phrases of this module, by kind, for attribution-phrase.ts's list. */
export const hearsayPhrases: readonly PatternRule[] = [
  {regex: itIsThoughtClause, kind: 'impersonal'},
  {
    regex: receivedOrigin,
    kind: 'impersonal',
    accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 100))
  },
  {
    regex: receivedReading,
    kind: 'impersonal',
    accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 100))
  },
  {
    regex: receivedBlame,
    kind: 'impersonal',
    accept: (text, match) =>
      !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 100)) &&
      !answeredAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 180))
  },
  {regex: tradeExpects, kind: 'consensus'}
]
