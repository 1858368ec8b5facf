import type {Span} from './span.js'
import {before} from './span.js'
import {quoteBefore} from './statistic-quoted.js'
import {isPartOfMethod} from './statistic-market.js'
import {isWideAverage} from './voice.js'
import {isComparedAfter} from './statistic-field.js'

// The writer's own plan or method in a sentence (`We will recruit 2,400
// households`, `Our survey covered 1,204 households`): where its words are,
// and how they read each figure of the sentence, its design or its result.

/**
 * A sentence about the author's own plans or method: its numbers are design,
 * not findings (`We will recruit 2,400 households`, `Our survey covered 1,204
 * households`, `The model was trained for 40 epochs`); so is a survey's own
 * setup (`The moth survey ran 14 light traps on 22 nights`, `the programme operated 30 traps`, `Tests were carried out in a 2 m tunnel at 40 m/s`, `The count took place between 22:00 and 02:00, with 64 volunteers`, `The survey covered 230
 * farms`, `Our doorstep poll this spring asked 210 tenants`) and the writer's fieldwork in the past (`we completed 28 soil cores`;
 * `we have completed 300 repairs` is an achievement).
 */
const ownMethod =
  /\b(?:(?:we|our\s+(?!(?:guests|customers|users|clients|patients|readers|members|tenants|residents|visitors|students|pupils|listeners|viewers|subscribers|buyers|fans|followers|donors|supporters|neighbours|neighbors)\b)\p{L}+|the\s+(?:(?:evaluation|research|project|study)\s+)?team|this\s+(?:project|study|proposal)|the\s+project)\s+(?:\p{L}+\s+){0,2}?(?:will|would|shall|plan(?:s|ned|ning)?|propos(?:e|es|ed|ing)|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|request(?:s|ed|ing)?|expect(?:s|ed|ing)?|interviewed|surveyed|covered|followed|recruited|sampled|enrolled|selected|collected|coded|trained|ran|used|benchmarked|tested|tasted|graded|assessed|inspected|deployed|studied|examined|brings?|analy[sz]e[sd]?|examine[sd]?|draw\s+on|drew\s+on)\b|\bour\s+(?:pilot|sample|survey|study|trial|panel|cohort|team)\s+(?:of|with)\s+\d|\bour\s+(?:[\p{L}-]+\s+)?(?:survey|poll|questionnaire|census|consultation)\s+(?:[\p{L}-]+\s+){0,2}?(?:asked|polled|questioned|reached)\s|\bthe\s+(?:survey|poll|census|questionnaire)\s+(?:covered|included|sampled|reached|polled)\s|\bwe\s+(?:completed|conducted|performed|carried\s+out)\s|\b(?:study|trial|trials|tests?|survey|census|count|experiments?|programme|program|project)\s+(?:took\s+place|(?:was|were)\s+(?:conducted|carried\s+out|run|held|done|based))\s+(?:at|in|across|between|on|over)\s|\b(?:study|trial|survey|census|count|experiment|monitoring|programme|program|project|scheme)\s+(?:ran|used|set|placed|deployed|operated)\s|(?:was|were)\s+(?:\p{L}+ly\s+)?(?:trained|run|tested|benchmarked|conducted|configured|calibrated|replayed|incubated|centrifuged|stored|heated|cooled|diluted|stained|assigned|allocated)\s+(?:for|on|with|using|at|to|in)\b)/iu

/**
 * The size of the writer's own sample, in the present or the past: `Our
 * sample covers 48,212 respondents`, `Our panel comprises 310 firms`, `Our
 * survey includes 2,000 households`. The writer's own sample, survey, panel
 * or data set as the subject of a verb of extent: its figures are the
 * study's design, not a finding (a share still is: `resultKinds`).
 */
const ownSample =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:sample|samples|survey|poll|panel|cohort|dataset|data\s+set|data|study|questionnaire|census|corpus|fieldwork)\s+(?:(?:now|also|then|together|in\s+total)\s+)?(?:covers|covered|includes|included|comprises|comprised|contains|contained|consists\s+of|consisted\s+of|numbers|numbered|spans|spanned|is\s+made\s+up\s+of|was\s+made\s+up\s+of|totals|totalled|totaled)\s/iu

/**
 * A verb of measuring, what was measured and `at`, right before the reading:
 * `We measured the flow at the outfall at about`, `we recorded the hum at -`.
 * The method names what it measured; the level it gives is its result.
 */
const measuredAtBefore =
  /\b(?:measured|recorded|clocked|logged|timed|metered|gauged)\s+(?:[\p{L}'’-]+\s+){1,5}?at\s+(?:(?:about|around|roughly|approximately|just\s+over|just\s+under|some)\s+)?[-−–]?$/iu
/** Kinds a reading takes. */
const readingKinds = new Set(['measurement', 'approximate', 'rate'])
/** Money collected or raised, right before the sum: a result (`we have collected £3,200`, `and raised £2,350`), not a step of method. */
const collectedBefore = /\b(?:collected|raised)\s+(?:(?:a\s+further|another|over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu
/** A verb of output right before a figure after the method's words: what the work turned out (`ran 212 shifts and packed 9.6 million tins`), a result, not a step of method. */
const producedBefore =
  /\b(?:packed|produced|made|built|sold|shipped|delivered|exported|harvested|processed|landed|bottled|canned|milled|brewed)\s+(?:(?:a\s+record|a\s+total\s+of|over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu

/** `than` or `as` right before the writer's `we`: a comparison with what the writer expected (`more than we would expect`), not a plan. */
const comparisonBefore = /\b(?:than|as)\s+$/iu

/** `Together` right before the writer's `we`: a group's joint total (`Together we completed 10,800 laps`), an achievement, not a step of method. */
const togetherBefore = /\btogether,?\s+$/iu

/**
 * People trained by the writer's body, right after `trained`: `The team has
 * trained 420 staff`, `we trained over 1,000 volunteers`. The reach of a
 * programme, an achievement claimed, not a step of method (`The model was
 * trained for 40 epochs` is).
 */
const trainedPeople =
  /^\s+(?:(?:about|around|over|nearly|almost|some|more\s+than|just\s+over|just\s+under|a\s+further|another)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+)?(?:staff|people|teachers|nurses|doctors|clinicians|volunteers|workers|students|pupils|carers|officers|practitioners|professionals|members|managers|leaders|trainers|coaches|parents|farmers|apprentices|employees|colleagues|midwives|pharmacists|paramedics|technicians|delegates|aiders|learners|trainees|attendees|participants|candidates)\b/iu
/** `trained` closing a method's match. */
const trainedEnd = /trained$/iu

/** A clause after the method's, that reports what it found: `, and`, `, but`, `;`. */
const resultClause = /,\s+(?:and|but)\s|;/u
/** A plan's words in a method's match: `will`, `plans`, `aims`; a share before them is a design too. */
const planWords = /\b(?:will|would|shall|plan(?:s|ned|ning)?|propos(?:e|es|ed|ing)|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|request(?:s|ed|ing)?|expect(?:s|ed|ing)?)\b/iu
/** An average opening a figure's words (`averaged just 44mpg`, `a median of 42 minutes`): what a method measured, wherever it stands after the method's words. */
const averageSpan = /^(?:an?\s+)?(?:average|averag(?:ed|ing|es)|median|mean)\b/iu
/** Kinds of figure a method's result is: shares and averages, not the sizes of its design. */
const resultKinds = new Set(['percentage', 'proportion', 'measurement'])

/** A sentence opening on `Of the`: what follows its method is a split of it (`Of the trucks our engineers examined, 9% failed`). */
const ofOpening = /^\s*Of\s+(?:the|all|those|these)\s/u

/** Every regex of this module, for the ReDoS test. */
export const methodPatterns: readonly RegExp[] = [
  ownMethod,
  ownSample,
  collectedBefore,
  producedBefore,
  measuredAtBefore,
  togetherBefore,
  resultClause,
  planWords,
  trainedPeople,
  trainedEnd,
  averageSpan,
  comparisonBefore,
  ofOpening
]

/**
 * The writer's own method in one sentence, as 0-based offsets into the
 * sentence, each -1 when absent: `until`, where the method's words end;
 * `start`, where they begin; `shareUntil`, where they begin when they are
 * past (a share before them is what the method found).
 */
export interface SentenceMethod {
  until: number
  shareUntil: number
  start: number
}

/**
 * Where the method's words end in a sentence, or -1 when it states no
 * method; a share that is the subject of a past method's verb (`Around 40%
 * of the members at our last show used …`) is what it found, so the method
 * starts after it; a group's joint total (`Together we completed …`) states
 * no method, nor do people trained (`The team has trained 420 staff`): `shareUntil` is where the method's words begin, when they
 * are past, or -1.
 */
export function methodOf(sentence: string): SentenceMethod {
  const match = ownMethod.exec(sentence) ?? ownSample.exec(sentence)
  const lead = match ? sentence.slice(Math.max(0, match.index - 16), match.index) : ''
  // `more than we would expect`: the writer's expectation is a comparison's other end, not a plan; `'We used to …'` is a speaker's.
  if (!match || togetherBefore.test(lead) || comparisonBefore.test(lead) || quoteBefore.test(lead)) return {until: -1, shareUntil: -1, start: -1}
  // `The team has trained 420 staff`: people trained are the programme's reach, not its method.
  const end = match.index + match[0].length
  if (trainedEnd.test(match[0]) && trainedPeople.test(sentence.slice(end, end + 80))) return {until: -1, shareUntil: -1, start: -1}
  return {until: match.index + match[0].length, shareUntil: planWords.test(match[0]) ? -1 : match.index, start: match.index}
}

/**
 * How the method of its sentence reads the figure at `span` (0-based offsets
 * into `text`; `from`, the sentence's start in `text`; `own`, its
 * `methodOf`): `design` when the figure is the method's own size or setting,
 * not a finding (a change or a multiple never is); `result` when it stands
 * after the method as what it found, a share or an average in the clause that
 * reports it.
 */
export function methodReading(text: string, span: Span, from: number, own: SentenceMethod): {design: boolean; result: boolean} {
  // `Our quality team tested each unit, and 3.2% failed`: a share in the clause after the method is its result; a national average is the world's.
  const methodEnd = own.until
  // `the car we ran averaged just 44mpg`: an average after the method's words is what it measured.
  const afterMethod =
    methodEnd >= 0 &&
    (resultKinds.has(span.kind) || isPartOfMethod(text, span)) &&
    (resultClause.test(text.slice(from + methodEnd, span.start)) ||
      isWideAverage(text, span) ||
      (span.start >= from + methodEnd && averageSpan.test(text.slice(span.start, span.end))))
  // `We measured the flow at the outfall at about 11 litres per second`: the level a measurement gives is its result.
  const reading = methodEnd >= 0 && readingKinds.has(span.kind) && measuredAtBefore.test(text.slice(Math.max(from, span.start - 96), span.start))
  // `we have collected £3,200`: money collected is raised, a result; `we collected 400 samples` is method.
  const collected = span.kind === 'money' && collectedBefore.test(before(text, span.start, 40))
  // `Our line ran 212 shifts and packed 9.6 million tins`: what the work turned out, after the method's words, is its result.
  const produced = methodEnd >= 0 && span.start >= from + methodEnd && producedBefore.test(before(text, span.start, 40))
  const shareSubject = (span.kind === 'percentage' || span.kind === 'proportion') && span.end <= from + own.shareUntil
  // `Of the 86 samples we tested, 71 were positive`: a split of what the writer's own past method covered is its result.
  const methodSplit = span.kind === 'proportion' && own.shareUntil >= 0 && span.start <= from + own.shareUntil && span.end >= from + methodEnd
  // `Occupancy averaged 91%, and we expect …`: a figure in a clause before the method's is not the method's.
  const clauseBefore = methodEnd >= 0 && span.end <= from + own.start && resultClause.test(text.slice(span.end, from + own.start))
  // `Of the trucks our engineers examined, 9% failed`: a share after a method the sentence opens on with `Of` is its split.
  const ofSplit = (span.kind === 'percentage' || span.kind === 'proportion') && methodEnd >= 0 && span.start >= from + methodEnd && ofOpening.test(text.slice(from, from + 12))
  // `We collected 1,900 tonnes from our banks this year, 12% down on last`: a past method's figure set against an earlier one is a result.
  const compared = methodEnd >= 0 && own.shareUntil >= 0 && isComparedAfter(text, span.end)
  return {
    design: methodEnd >= 0 && !compared && !afterMethod && !reading && !collected && !produced && !shareSubject && !methodSplit && !clauseBefore && !ofSplit && span.kind !== 'change' && span.kind !== 'multiple',
    result: afterMethod
  }
}
