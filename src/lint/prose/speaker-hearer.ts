// Who is told, not who tells: in `Buyers are often told that “…”` the
// subject heard the words, and the passive names no one who said them. A
// named agent after it (`were told by the Mayor that`) names the speaker.

/** A passive of telling, warning or asking right before the verb's end: `are often told`, `were being told`, `get told`. */
const passiveTold =
  /(?<![\p{L}'’-])(?:is|are|was|were|been|being|get|gets|got|be)\s+(?:(?:\p{Ll}+ly|often|sometimes|still|always|now|also|even)\s+){0,2}$/iu
const toldWord = /^(?:told|warned|asked)$/iu
/** An agent after the passive: `told by the council`, `told by Ana Ruiz`. */
const agentAfter = /^\s+by\s/iu

/** A person asked by name, then the question: `asked Dana Hale why`, `asked Ravi whether` (who answers in the quotation after). */
const askWord = /^(?:asked|asks|ask)$/iu
const namedAsked = /^\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:why|how|what|whether|if|about|when|where|which)\b/u

/** Every regex of this module, for the ReDoS test. */
export const speakerHearerPatterns: readonly RegExp[] = [passiveTold, toldWord, agentAfter, askWord, namedAsked]

/** Whether a verb of asking (`verb`) has a person named as its object (`rest`, the words after it): `When we asked Dana Hale why …, she said: “…”` gives the answer to that person. */
export function askedByName(verb: string, rest: string): boolean {
  return askWord.test(verb) && namedAsked.test(rest)
}

/**
 * Whether a verb of telling (`verb`), with the sentence's words before it
 * (`before`) and after it (`rest`), is a passive whose subject heard the
 * words and whose speaker is not named: `Families are sometimes told that`.
 */
export function passiveHearer(before: string, verb: string, rest: string): boolean {
  return toldWord.test(verb) && passiveTold.test(before) && !agentAfter.test(rest)
}
