// Who is told, not who tells: in `Buyers are often told that “…”` the
// subject heard the words, and the passive names no one who said them. A
// named agent after it (`were told by the Mayor that`) names the speaker.
// The same holds for any passive of saying: `It is often said that “…”`,
// `The plan has been described as “…”`, `it has been argued that “…”` lend
// the words to no one; their subject (an expletive `it`, or what the words
// are about) is not their speaker.

/** A passive of telling, warning or asking right before the verb's end: `are often told`, `were being told`, `get told`. */
const passiveTold =
  /(?<![\p{L}'’-])(?:is|are|was|were|been|being|get|gets|got|be)\s+(?:(?:\p{Ll}+ly|often|sometimes|still|always|now|also|even)\s+){0,2}$/iu
/** A speech verb's past participle (the verb speaker.ts found): `said`, `told`, `argued`, `described`; not `quoted` (`is quoted as saying`: whose words follows). */
const participle = /^(?!quoted$)(?:said|told|\p{Ll}+ed)$/iu
/** An agent after the passive: `told by the council`, `told by Ana Ruiz`; or the document that holds the words: `described in The Lancet as`. Not an indefinite agent, who names no one: `told by some agents`, `told by a friend`. */
const agentAfter =
  /^\s+(?:by\s+(?!(?:some|several|many|various|other|unnamed|anonymous|one|a|an|few)(?![\p{L}'’-]))|in\s+(?:the\s+)?\p{Lu})/u
/**
 * An impersonal passive of saying, believing or reporting opening the
 * clause before a quotation, with no speech verb of its own in the
 * sentence: `It is widely believed that the sector “…”`, `It has been
 * reported that`. The `it` is an expletive, not a speaker.
 */
const impersonalFrame =
  /^it\s+(?:is|was|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:(?:\p{Ll}+ly|often|long|still|now|also|sometimes|always|once|even)\s+){0,2}(?:believed|thought|felt|held|assumed|reported|rumou?red|suggested|alleged|understood|known|accepted|recogni[sz]ed|estimated|feared|expected|claimed|argued|said|stated|asserted|maintained|contended)\s+(?:that|to)\s/iu

/** A person asked by name, then the question: `asked Dana Hale why`, `asked Ravi whether` (who answers in the quotation after). */
const askWord = /^(?:asked|asks|ask)$/iu
const namedAsked = /^\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:why|how|what|whether|if|about|when|where|which)\b/u

/** Every regex of this module, for the ReDoS test. */
export const speakerHearerPatterns: readonly RegExp[] = [passiveTold, participle, agentAfter, impersonalFrame, askWord, namedAsked]

/** Whether a verb of asking (`verb`) has a person named as its object (`rest`, the words after it): `When we asked Dana Hale why …, she said: “…”` gives the answer to that person. */
export function askedByName(verb: string, rest: string): boolean {
  return askWord.test(verb) && namedAsked.test(rest)
}

/**
 * Whether a speech verb (`verb`), with the sentence's words before it
 * (`before`) and after it (`rest`), is a passive whose speaker is not named:
 * `Families are sometimes told that`, `It is often said that`, `The scheme
 * was described as`. Its subject heard the words or is what they are about;
 * no one is given them unless an agent follows (`told by the council`).
 */
export function passiveHearer(before: string, verb: string, rest: string): boolean {
  return participle.test(verb) && passiveTold.test(before) && !agentAfter.test(rest)
}

/** Whether a sentence's opening words (`opening`, trimmed) are an impersonal passive of saying or belief: `It is widely believed that`. */
export function impersonalOpening(opening: string): boolean {
  return impersonalFrame.test(opening)
}
