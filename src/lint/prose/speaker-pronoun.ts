// Who `he` or `she` before a speech verb stands for, read in the sentence
// before: a person no one names (`A listener writes in. “…,” she says.`)
// leaves the quotation unnamed; anyone else (`Mira Osei runs the shop.`)
// keeps `he` or `she` a named speaker. So does one indefinite person as the
// agent of a passive (`It was found by a retired angler. He said “…”`).

/** `he` or `she` as the subject right before the speech verb: `she writes`, `he later told`. */
const pronounSubject = /(?:^|[^\p{L}'’])(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu
/**
 * A sentence opening on one indefinite person: `A reader asks`, `One
 * listener, a retired teacher, writes`, `Another caller from the estate
 * says` — an article or `one`, at most two words in lower case, and a noun of a
 * person who writes in, calls or asks, or of a relative (`One bereaved
 * daughter`, `A widow`: one of a family no one names, round 41).
 */
const indefinitePerson =
  /^[^\p{L}]{0,3}(?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:reader|correspondent|caller|listener|viewer|subscriber|member|customer|parent|resident|patient|neighbou?r|visitor|user|contributor|student|pupil|tenant|client|donor|supporter|claimant|applicant|participant|guest|shopper|passenger|jobseeker|pensioner|carer|woman|man|person|daughter|son|mother|father|wife|husband|widow|widower|sister|brother|relative|grandson|granddaughter|grandmother|grandfather|niece|nephew)(?![\p{L}'’-])/u
/**
 * The same opening on one who serves or works with the writer's body (`A
 * volunteer at the court wrote to us`, `One steward told us`, round 62):
 * a helper no one names, as `A reader asks` is.
 */
const indefiniteHelper =
  /^[^\p{L}]{0,3}(?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:volunteer|helper|steward|marshal|trainee|apprentice)(?![\p{L}'’-])/u
/**
 * A passive whose agent is one indefinite person (`It was found by a retired
 * angler`, `The letter was written by an unnamed nurse`): the `he` or `she`
 * of the next sentence is that agent, whom no one names.
 */
const indefiniteAgent = /(?:^|[^\p{L}'’])(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+by\s+(?:a|an|one)\s/u
/** `his broker had`, `her landlord`: a possessive and its noun as the subject right before the speech verb. */
const possessiveSubject = /(?:^|[^\p{L}'’])(?:his|her|their)\s+[\p{L}-]+\s+(?:(?:had|has|have|once|later|then|also)\s+)?$/iu
/** A capitalised word past the sentence's first: a name, which the pronoun may stand for; not one after a preposition or a determiner (`at our Northgate office`, `in September`, `the Dales`: a place or a time, no person). */
const laterCapital = /[^\p{L}](?<!(?:^|[^\p{L}])(?:in|at|on|from|to|near|of|by|since|until|during|our|the|its|their|this|last|next)\s)\p{Lu}/u

/** Every regex of this module, for the ReDoS test. */
export const speakerPronounPatterns: readonly RegExp[] = [pronounSubject, possessiveSubject, indefinitePerson, indefiniteHelper, indefiniteAgent, laterCapital]

/**
 * Whether the words before a speech verb (`before`) end on `he` or `she`
 * standing for the unnamed person the sentence before opens on (`previous`,
 * at most its first 200 characters are read): `A reader asks …` then `…,” she
 * writes`. Not when that sentence names anyone. A possessive subject (`his
 * broker`) whose owner is the unnamed person opening the same sentence (`One
 * reader told us his broker had …`) is unnamed too.
 */
export function pronounForUnnamed(before: string, previous: string): boolean {
  // `One reader told us his broker had promised “…”`: the person of an unnamed owner, in the same sentence, is unnamed too.
  if (possessiveSubject.test(before)) {
    const own = before.trimStart()
    return (indefinitePerson.test(own) || indefiniteHelper.test(own)) && !laterCapital.test(own.slice(1))
  }
  if (!pronounSubject.test(before)) return false
  const opening = previous.slice(0, 200)
  return (indefinitePerson.test(opening) || indefiniteHelper.test(opening) || indefiniteAgent.test(opening)) && !laterCapital.test(opening.trimStart().slice(1))
}

/**
 * Whether a sentence's words before its speech verb (`lead`) open on one
 * indefinite person no later name stands beside: `A visitor from the
 * village wrote to thank us, saying …` (the speaker of a `saying` after a
 * comma is the subject of the clause before it).
 */
export function opensOnUnnamedPerson(lead: string): boolean {
  const own = lead.trimStart()
  return (indefinitePerson.test(own) || indefiniteHelper.test(own)) && !laterCapital.test(own.slice(1))
}
