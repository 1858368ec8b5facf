import type {Span} from './span.js'
import {after, before, numberStart} from './span.js'

// The size of an inquiry the text itself reports on: how many people, places
// or things its own team, project, survey or officers visited, interviewed,
// inspected, tested, checked or supervised (`Officers visited 12 shops`, `The visitor survey
// interviewed 1,204 people`, `the team inspected 52 of the 1,240 meters`,
// `the Inspectorate tested 3,418 instruments`, `our inspection round covered 14 mills`),
// how many items of method it gathered (`The project recorded 46
// interviews`, `1,842 images were captured`) and the sample its own tests
// ran in (`our field tests in 30 homes found …`). A reviewer asks for a
// source for what the inquiry found, not for its own size: the inquiry is
// the source. Shares, multiples and changes stay findings. Each check reads
// a bounded slice of the figure's own clause.

/** How far back in its sentence the inquiry is read. */
const reach = 160

/** A clause mark or a conjunction that opens another clause: the inquiry must be the figure's own clause. */
const clauseMark = /[;:]\s|,\s(?:but|while|whereas|although|though|yet|and)\s|\s(?:but|whereas|although|though|because|which|that)\s/gu

/**
 * An inquiry's body, a step of its method and the words up to the figure:
 * `Officers visited`, `The visitor survey interviewed`, `the team inspected`,
 * `inspectors supervised test purchases at`; a body that runs the checks it
 * reports on, and its round or programme of checks, testing, checking or
 * covering what it checked (`the Inspectorate tested`, `the Trust surveyed`,
 * `Our test purchase programme checked`, `This month's inspection round covered`).
 */
const inquiryStep =
  /(?:^|[^\p{L}'’-])(?:team|teams|project|survey|study|audit|inspection|review|evaluation|officers|inspectors|researchers|volunteers|fieldworkers|surveyors|auditors|assessors|evaluators|interviewers|enumerators|verifiers|inspectorate|trust|programme|program|round|we|I)\s+(?:(?:also|then|first|jointly|personally)\s+)?(?:visited|interviewed|surveyed|sampled|inspected|supervised|toured|contacted|consulted|examined|audited|polled|questioned|monitored|tested|checked|covered)\s+(?<gap>(?:[\p{L}'’-]+\s+){0,6}?)(?:(?:about|around|some|over|nearly|almost|a\s+total\s+of|a\s+sample\s+of)\s+)?$/iu
/** The same body gathering items of method: `The project recorded`, `the survey team conducted`. */
const inquiryGathered =
  /(?:^|[^\p{L}'’-])(?:team|teams|project|survey|study|audit|inspection|review|evaluation|officers|inspectors|researchers|volunteers|fieldworkers|surveyors|auditors|assessors|evaluators|interviewers|enumerators|we|I)\s+(?:(?:also|then|first|jointly)\s+)?(?:recorded|conducted|carried\s+out|held|completed|collected|captured|took|ran|flew|made)\s+(?:(?:about|around|some|over|nearly|almost|a\s+total\s+of)\s+)?$/iu
/** Items of an inquiry's method, counted from the number on: `46 interviews`, `1,842 images`, `twelve site visits`. */
const methodItems =
  /^[\d,.]+\s+(?:[\p{L}-]+\s+)?(?:interviews|focus\s+groups|workshops|visits|test\s+purchases|oral\s+histories|questionnaires|transects|images|photographs|photos|recordings|flights|samples|soundings|boreholes|trial\s+pits)\b|^\p{L}+\s+(?:[\p{L}-]+\s+)?(?:interviews|focus\s+groups|workshops|visits|test\s+purchases|oral\s+histories|questionnaires|transects|images|photographs|photos|recordings|flights|samples|soundings|boreholes|trial\s+pits)\b/iu
/** Items of method gathered, in the passive, after the count: `images were captured`, `samples were taken`. */
const gatheredAfter =
  /^\s*(?:were|was|have\s+been|had\s+been)\s+(?:(?:also|then|first)\s+)?(?:captured|taken|collected|gathered|recorded|conducted|carried\s+out|held|processed|flown|made)\b/iu
/** The writer's own tests or fieldwork and where they ran, right before the sample's size: `Our own field tests in`, `my interviews with`. */
const ownTestsIn =
  /\b(?:our|my)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,3}?(?:tests|trials|interviews|survey|surveys|visits|measurements|sampling|fieldwork|audit|observations)\s+(?:in|of|with|across|at|among|on)\s+(?:(?:about|around|some|over|nearly|almost)\s+)?$/iu
/** A test exercise the paragraph reports on: `Exercise Northern Tide tested`, `the drill`, `a tabletop simulation`. */
const exerciseNamed = /\b(?:exercise|drill|simulation|rehearsal|tabletop|war-?game)\b/iu
/** Those who took part in an exercise, right before the count: `involved`, `brought together`, `participants from`. */
const tookPartBefore = /\b(?:involved|involving|brought\s+together|bringing\s+together|drew\s+together|tested|exercised|(?:participants|players|responders|staff|delegates)\s+from)\s+(?:(?:about|around|some|over|nearly|almost|a\s+total\s+of)\s+)?$/iu
/** Who or what took part, counted from the number on: `140 participants`, `23 organisations`. */
const takingPart = /^[\d,]+\s+(?:[\p{L}-]+\s+)?(?:participants|players|responders|staff|delegates|people|organi[sz]ations|agencies|partners|services|bodies)\b/iu
/** Words by which a gap before the figure reports what was found, not what was done. */
const foundWord = /\b(?:found|finds?|showed|shown|revealed|recorded|saw|identified|detected|counted|noted|reported)\b/iu

/**
 * What the same check found, counted, later in the figure's sentence: `… and found 37 unfit`,
 * `… and found that 12 were`. The size checked and the number found are one statistic then.
 */
const andFoundAfter = /^[^.;:!?]{0,80}?\band\s+(?:then\s+)?found\s+(?:that\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+third|half|most)\b)/iu

/** Every regex of this module, for the ReDoS test. */
export const inquiryPatterns: readonly RegExp[] = [andFoundAfter, clauseMark, inquiryStep, inquiryGathered, methodItems, gatheredAfter, ownTestsIn, foundWord, exerciseNamed, tookPartBefore, takingPart]

/** Kinds of figure that size an inquiry: not shares, multiples or changes, which are what it finds. */
const sizeKinds = new Set(['count', 'approximate', 'measurement', 'scale', 'proportion'])

/** The figure's own clause before it: its sentence's words from the last clause mark (at most `reach` characters). */
function clauseBefore(text: string, span: Span, sentenceStart: number): string {
  const lead = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  let cut = 0
  for (const match of lead.matchAll(clauseMark)) cut = match.index + match[0].length
  return lead.slice(cut)
}

/**
 * Whether a figure at `span`, in the sentence that starts at `sentenceStart`,
 * sizes the inquiry the text reports on
 * rather than reporting what it found:
 * - what an inquiry's body visited, interviewed, inspected or supervised,
 *   within a few words (`Officers visited 12 shops`, `the team inspected 52
 *   of the 1,240 meters`, `inspectors supervised test purchases at 48
 *   premises`, `the Inspectorate tested 3,418 instruments`), with no word of
 *   finding between and no `and found` with a number later in the sentence
 *   (`checked 60 tyres and found 37 unfit`: one finding);
 * - items of method it gathered (`The project recorded 46 interviews`) or
 *   that were gathered (`1,842 images were captured`);
 * - the sample the writer's own tests ran in (`our field tests in 30 homes`);
 * - who took part in a test exercise the paragraph reports on (`Exercise
 *   Northern Tide … involved 140 participants from 23 organisations`).
 * Shares given as percentages, multiples and changes are never sizes.
 */
export function isInquirySize(text: string, span: Span, sentenceStart: number): boolean {
  if (!sizeKinds.has(span.kind) || text.slice(span.start, span.end).includes('%')) return false
  const clause = clauseBefore(text, span, sentenceStart)
  const opening = clause + text.slice(span.start, numberStart(text, span))
  const step = inquiryStep.exec(opening)
  // `officers checked 60 tyres in a sweep and found 37 unfit`: what was checked and what was found in it are one finding.
  if (step && !foundWord.test(step.groups!.gap!)) return !andFoundAfter.test(after(text, span.end, 100))
  const counted = text.slice(numberStart(text, span), Math.min(text.length, span.end + 40))
  if (methodItems.test(counted)) {
    if (inquiryGathered.test(opening)) return true
    const items = methodItems.exec(counted)!
    if (gatheredAfter.test(counted.slice(items[0].length))) return true
  }
  // `Exercise Northern Tide … involved 140 participants from 23 organisations`: an exercise's own size,
  // the exercise named in the 600 characters before (a bounded slice: linear in a long paragraph).
  if (takingPart.test(counted) && tookPartBefore.test(before(text, span.start, 48)) && exerciseNamed.test(before(text, span.start, 600))) return true
  return ownTestsIn.test(before(text, span.start, 80) + text.slice(span.start, numberStart(text, span)))
}
