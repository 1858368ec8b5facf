import type {Span} from './span.js'
import {before} from './span.js'
import {isComparedAfter} from './statistic-field.js'

// Whose voice a number is given in. A reviewer asks for a source for a
// quantity the writer reports about the world (a measured share, a rate, a
// change, a count of what happened); not for one the writer gives as a party
// to what the text does: what they offer, charge or pay, what they plan,
// what they did themselves (`Our team visited 14 villages`), the terms they
// set for the reader (`You will spend at least 30 days at sea`, `Costs of up
// to £30 can be reclaimed`), or what a proposal would do (`The extension
// would disturb 38 hectares`). Shares, multiples and changes stay claims in
// every voice: a writer who says `we cut costs by 20%` reports a measured
// result. Each check reads a bounded slice of the number's own sentence.

/** How far back in its sentence the voice is read. */
const reach = 160

/**
 * The writer, or the writer's own body, as the subject of a clause: `we`,
 * `I`, `our team`, `our night shelter`. What follows decides whether it
 * narrates the writer's doing or reports a finding.
 */
const firstPersonSubject =
  /(?:^|[^\p{L}'’])(?:we|I|our\s+(?:[\p{L}-]+\s+){0,2}?(?:team|teams|staff|volunteers|organi[sz]ation|charity|company|firm|school|shelter|clinic|project|programme|program|service|members|branch|union|club|society|group|partners|engineers|researchers|nurses|workers|crew|office|agency|department|practice|studio|shop|store|restaurant|kitchen|farm|fund|foundation|network|centre|center))(?<contraction>['’](?:ll|re|ve|d|m))?\s+(?<aux>(?:(?:will|would|shall|can|could|are|am|is|have|has|had|were|was|also|now|then|still|currently|already|each|once|again|recently|finally|first|together|going|about|set|able|hoping|planning|aiming|looking)\s+){0,3})(?<verb>\p{L}+)/giu
/** Auxiliaries of a plan or an intention: `will`, `would`, `are going`, `are set`, `are hoping`. */
const intentAux = /\b(?:will|would|shall|going|set|about|hoping|planning|aiming|looking)\b/iu
const intentContraction = /^['’](?:ll|d)$/u
/** Verbs of a plan, a wish or an offer in the present: `we want`, `we offer`, `we charge`. */
const intentVerb =
  /^(?:want|wants|plan|plans|aim|aims|hope|hopes|intend|intends|need|needs|propose|proposes|seek|seeks|expect|expects|offer|offers|charge|charges|pay|pays|provide|provides|ask|asks|accept|accepts|sell|sells|hire|hires|recommend|recommends|suggest|suggests|invite|invites|guarantee|guarantees|promise|promises|match|matches|cover|covers|lend|lends|loan|loans)$/iu
/** Verbs of the writer's own method, in the past: the design of their inquiry (`we visited 14 villages`, `we interviewed 45 officials`). */
const methodVerb =
  /^(?:visited|met|interviewed|surveyed|sampled|selected|inspected|toured|asked|spoke|talked|consulted|recruited|enrolled|invited|contacted|tested|trained|ran|used|chose|picked|drew|travelled|traveled|walked|drove|convened|hosted|held|organi[sz]ed|attended|reviewed|read|coded|analy[sz]ed|examined|studied|compared|followed|tracked)$/iu
/** Verbs of staging events: a tally of them with `more than` is a record claimed (`we hosted more than 450 events`), not a step of method. */
const stagingVerb = /^(?:hosted|held|organi[sz]ed|staged|convened|ran)$/iu
/** A tally given as more than a hundred or so: `more than 450`, `over 1,200`, `well over 300`. */
const largeTally = /^(?:more\s+than|over|well\s+over|upwards\s+of)\s+(?:\d{1,3}(?:,\d{3})+|[1-9]\d{2,})(?![\d.])/iu
/** An average opening a figure's words: `averaged 44mpg`, `a median of 42 minutes`: measured, in any voice. */
const averageOpening = /^(?:an?\s+)?(?:average|averag(?:ed|ing|es)|median|mean)\b/iu
/** Adverbs alone before a present verb: `we now offer`, `we also run`. */
const plainAux = /^(?:(?:also|now|still|currently|each|once|together)\s+)*$/iu
/** A perfect: `we have reviewed`, in a relative clause or a record of results rather than a step of method. */
const perfectAux = /\b(?:have|has|had)\b/iu
/** The present progressive of a plan in hand: `we are raising`, `we are hiring`. */
const progressive = /^\p{L}{2,}ing$/iu
const progressiveAux = /\b(?:are|am|is)\s+$/iu
/** Verbs by which a writer reports what they found or measured: their result, which a reviewer asks to see supported. */
const findingVerb =
  /^(?:found|find|finds|observed|observe|measured|measure|recorded|record|counted|count|estimated|estimate|calculated|calculate|saw|see|noticed|identified|detected|showed|show|shown|learned|learnt|discovered|concluded|logged|documented|heard|received|got|lost|lose|saved|save|cut|reduced|increased|doubled|grew|think|believe|know|knew|say|said)$/iu
/** A clause mark or a conjunction that opens another clause, with its own subject. */
const clauseBreak = /[;:]\s|(?<!\bof)\s(?:that|which|who|whom)\s|,\s(?:but|while|whereas|although|though|yet|and\s+(?:the|a|an|it|its|this|these|they|he|she|there))\s|\s(?:but|whereas|although|though|because|since|after|while)\s/gu
/** The reader addressed with what they will, can or must do: `You will spend`, `you can borrow`, `you'll need`. */
const secondPersonTerms =
  /(?:^|[^\p{L}'’])you(?:['’]ll|\s+(?:will|can|may|must|need\s+to|should|shall|have\s+to|get|receive|pay|spend|earn|borrow|choose|take|bring|keep|need|are\s+(?:entitled|eligible|allowed|covered|expected|required)))\b/iu
/** What the reader holds, as the party that sells or issues it describes it: `Your policy insures`, `Your ticket includes`. */
const yourThing =
  /(?:^|[^\p{L}'’])your\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|plan|ticket|pass|subscription|membership|contract|account|cover|course|package|tariff|booking|order|licence|license|card|loan|mortgage|deposit|allowance|entitlement|warranty|guarantee|stay|room|rental|lease|bundle|kit|box)\s+(?:\p{L}+\s+)?(?:covers?|insures?|includes?|gives?|lets?|pays?|comes|entitles?|allows?|offers?|provides?|costs?|runs?|lasts?|holds?|has|is|will|can)\b/iu
/** Terms in the passive with a modal: `can be reclaimed`, `will be considered`, `must be paid`. */
const modalPassive = /\b(?:can|may|must|will|shall|should)\s+(?:not\s+)?be\s+(?:\p{L}+ly\s+)?\p{L}{3,}(?:ed|en|id|ld|nt)\b/iu
/** What a proposal or a design would or will do: `would disturb`, `will employ`, `is to house`. */
const proposalModal =
  /(?:^|\s)(?:would|will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:(?:also|then|only|initially|eventually|still|not)\s+)?(?<verb>\p{L}+)\b/giu
/** Verbs of change and projection: what they say a thing will come to is a forecast about the world, not a design. */
const projectionVerb =
  /^(?:rise|fall|grow|increase|decrease|decline|drop|reach|hit|top|exceed|double|triple|halve|cost|lose|save|cut|kill|die|affect|need|require|face|suffer|shrink|climb|soar|plunge|jump|surge|total|number|average|account|make|be|become|have|see|return|generate|add|bring|push|put|leave|force|mean|lift|boost|raise|reduce|lower)$/iu
/** A forecast verb before a will-clause: `predict`, `forecasts`, `project`. */
const forecastLead = /\b(?:predicts?|predicted|forecasts?|forecasted|projects?|projected)\s+(?:that\s+)?(?!(?:will|would|shall)\b)\p{L}/iu
/** A modal verb of a claim about what may happen: forecasts, not terms. */
const hedgeModal = /\b(?:could|might|may)\s+(?!be\s+(?:\p{L}+ly\s+)?\p{L}{3,}(?:ed|en)\b)/iu

/**
 * A second predicate joined to the writer's subject by `and` or `but`, with
 * its own auxiliaries and verb: `We need £62,000 and have so far received
 * pledges from …`. What it says is read on its own.
 */
const joinedPredicate =
  /\s(?:and|but)\s+(?<aux>(?:(?:have|has|had|so\s+far|already|now|also|since|then|just|recently)\s+){1,3})(?<verb>\p{L}+)/giu
/** A comma right after the writer's verb: the verb has no object, so the writer's clause ended there (`At the fairs we visited, a house sold for …`). */
const commaNext = /^\s*,/u

/** A digit: a figure written as one. */
const digitIn = /\d/u

/** An average of a whole trade or country, read up to the figure's end: `the industry average of around 8%`: the world's, never the writer's doing. */
const wideAverage = /\b(?:industry|sector|national|regional|global|world|UK|US|EU|European|market)(?:[\s-]wide)?\s+(?:average|norm|median|mean)\b[^.;!?]{0,32}$/iu

/** Every regex of this module, for the ReDoS test. */
export const voicePatterns: readonly RegExp[] = [
  stagingVerb,
  largeTally,
  averageOpening,
  wideAverage,
  firstPersonSubject,
  findingVerb,
  intentAux,
  intentContraction,
  intentVerb,
  methodVerb,
  plainAux,
  perfectAux,
  progressive,
  progressiveAux,
  clauseBreak,
  secondPersonTerms,
  yourThing,
  modalPassive,
  proposalModal,
  projectionVerb,
  hedgeModal,
  digitIn,
  forecastLead,
  joinedPredicate,
  commaNext
]

/** Kinds of figure a party gives of its own doing: not shares, multiples or changes, which it may have measured. */
const partyKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate'])

/** The clause that holds the number: its sentence's words before it, from the last clause break (at most `reach` characters). */
function clauseOf(text: string, span: Span, sentenceStart: number): string {
  let lead = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  let cut = -1
  for (const match of lead.matchAll(clauseBreak)) cut = match.index + match[0].length
  if (cut > 0) lead = lead.slice(cut)
  return lead
}

/** Whether the writer (`we`, `I`, `our team`) is the subject of the clause and narrates their own doing, not a finding. */
function writerAsParty(clause: string, tally = false): boolean {
  let party = false
  let last = -1
  for (const match of clause.matchAll(firstPersonSubject)) {
    const {aux = '', contraction = '', verb = ''} = match.groups!
    last = match.index + match[0].length
    // `At the fairs we visited, a house sold for …`: a verb with no object ends the writer's clause; the figure's clause has its own subject.
    if (commaNext.test(clause.slice(last, last + 4))) party = false
    else if (findingVerb.test(verb)) party = false
    else if (intentAux.test(aux) || intentContraction.test(contraction)) party = true
    else if (progressive.test(verb) && progressiveAux.test(aux)) party = true
    // A plan, a wish or an offer in the present, or a step of the writer's method; not an achievement (`we have created 14,000 jobs`).
    // `Last year we hosted more than 450 events`: a large tally of events staged is a record claimed, not a step of method.
    else party = (plainAux.test(aux) && intentVerb.test(verb)) || (methodVerb.test(verb) && !perfectAux.test(aux) && !(tally && stagingVerb.test(verb)))
  }
  if (!party || last < 0) return party
  // `We need £62,000 and have so far received pledges from …`: a predicate joined after the writer's own reports what it found or achieved.
  for (const match of clause.slice(last).matchAll(joinedPredicate)) {
    const {aux = '', verb = ''} = match.groups!
    if (findingVerb.test(verb) || (perfectAux.test(aux) && !intentVerb.test(verb))) party = false
  }
  return party
}

/** Whether a proposal's or a design's modal governs the clause with a verb that does not forecast a change. */
function proposal(clause: string): boolean {
  let found = false
  for (const match of clause.matchAll(proposalModal)) found = !projectionVerb.test(match.groups!.verb!)
  return found
}

/**
 * Whether a statistic found at `span` is given in the writer's voice as a
 * party rather than reported about the world, given its sentence's start:
 * - the writer, or the writer's own body, narrates what they do, offer,
 *   plan or did (`We offer £21.40 an hour`, `Our team visited 14 villages`,
 *   `we want to open 20 more beds`), not what they found (`we found 40
 *   cases`);
 * - the reader is told the terms (`You will spend at least 30 days at
 *   sea`, `Your policy insures up to 25 vehicles`);
 * - an amount of money in terms with a modal passive (`Costs of up to £30
 *   can be reclaimed`, `Offers over $1.2 million will be considered`);
 * - a proposal or a design says what it would or will do, with a verb that
 *   is not a forecast of change (`The extension would disturb 38
 *   hectares`, not `Demand will reach 400 TWh`).
 * Shares, multiples and changes are claims in every voice.
 */
export function inPartyVoice(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (!partyKinds.has(span.kind)) return false
  // An average is measured, whoever gives it (`the car we ran averaged 44mpg`).
  const words = text.slice(span.start, span.end)
  if (isWideAverage(text, span) || averageOpening.test(words)) return false
  const clause = clauseOf(text, span, sentenceStart)
  // `We trained 3,214 delegates this year, up 14% on last year`: the writer's own count against another year is a result.
  if (writerAsParty(clause, span.kind === 'approximate' && largeTally.test(words)) && !(span.kind === 'count' && isComparedAfter(text, span.end))) return true
  if (secondPersonTerms.test(clause) || yourThing.test(clause)) return true
  if (span.kind === 'money') {
    // The sentence, at most `reach` characters either side of the figure: a run-on sentence of many figures is not re-read for each one.
    const sentence = text.slice(Math.max(sentenceStart, span.start - reach), Math.min(sentenceEnd, span.end + reach))
    if (modalPassive.test(sentence) && !hedgeModal.test(sentence)) return true
  }
  // A design is given in figures (`would flood 120 hectares`); `will strand thousands of commuters` forecasts an effect.
  // `Modellers predict the front will move 20 km`: a will-clause a forecast governs is a forecast, not a design.
  return span.kind !== 'scale' && span.kind !== 'rate' && digitIn.test(text.slice(span.start, span.end)) && proposal(clause) && !hedgeModal.test(clause) && !forecastLead.test(clause)
}

/** Whether a figure is an average of a whole trade or country (`the industry average of around 8%`): about the world in any voice. */
export function isWideAverage(text: string, span: Span): boolean {
  return wideAverage.test(before(text, span.start, 48) + text.slice(span.start, span.end))
}
