// Two subjects of a speech verb speaker-subject.ts would misread (round 52).
// A verb of saying after `to`, the purpose of a verb before it (`One walker
// emailed the trust to say`, `A neighbour rang us to ask`): the speaker is
// the subject of that first verb, not whatever stands between. And one
// pupil picked out by a school year in figures (`One Year 9 boy said`, `A
// Grade 4 pupil told us`): the capital is the year's, not a name.

/** `emailed the trust to `, `rang us to `, `wrote in to `: a verb and its object or particle (at most four words), then `to` before the verb of saying. */
const purposeClause = /(?<![\p{L}'’-])(?:\p{Ll}+ed|wrote|rang|sent|came|got|went)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+$/u
/** `One Year 10 girl `, `A Grade 4 pupil later `: one pupil of a school year in figures opening the sentence, up to the verb. */
const schoolYearPerson =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:Year|Grade|Form|Class|Primary)\s+\d{1,2}\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,3}$/u

/** Every regex of this module, for the ReDoS test. */
export const speakerPurposePatterns: readonly RegExp[] = [purposeClause, schoolYearPerson]

/** The words before the verb whose purpose a verb of saying is (`One walker ` of `One walker emailed the trust to `), or undefined when `before` does not end on such a clause. */
export function purposeSubject(before: string): string | undefined {
  const match = purposeClause.exec(before)
  return match ? before.slice(0, match.index) : undefined
}

/** Whether the words before a speech verb, at the sentence's start, are one pupil of a school year in figures (`One Year 10 girl `). */
export function schoolYearSpeaker(before: string): boolean {
  return schoolYearPerson.test(before.trimStart())
}
