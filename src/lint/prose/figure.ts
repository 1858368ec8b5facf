import type {Span} from './span.js'
import {after, before} from './span.js'
import {isSetMoney} from './figure-money.js'
import {isComparedAfter} from './statistic-field.js'

// Whose figure a number is and what it does in its sentence. A reviewer asks
// for a source for a quantity about the world borrowed from elsewhere, not
// for figures the writer or a party sets or decides (a price, a fee, a rate
// set by law, a sum claimed or offered, the size of a project or bond, a
// plan, a target), nor for numbers that only state a condition, define a
// group, give a denominator or a worked example. Every check reads a bounded
// slice of the number's own sentence: the words before it (from the sentence
// start, at most `reach` characters) and a few after it.

/** How far back in its sentence a check reads. */
export const reach = 120

/** A plan, a decision, an allocation or a default setting: `as planned`, `in line with the council's planning policy`, `plans for`, `to be shared by`, `by default`. */
const planCue =
  /\bas\s+(?:planned|budgeted|agreed|forecast|scheduled)\b|\bin\s+line\s+with\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:policy|plan|guidance|budget|target|rules|requirements?)\b|\bplans?\s+for\b|\bapproved\s+(?:plans?|proposals?|funding|a\s+budget)\b|\bto\s+be\s+(?:shared|split|divided|spent|allocated|distributed|built|delivered|recruited|hired|created|invested|raised)\b|\bby\s+default\b|\bdefaults?\s+(?:to|is|of)\b|\bconfigured\s+(?:to|at|for)\b/iu
/**
 * A target, an aim, an application or a provision governing the clause:
 * `sets a target of doubling … to 6%`, `the target agreed with the board was`,
 * `aims to cut … by 40%`, `aims for a turnout of`, `our aim is for half of`, `seeks to fell 3.2
 * hectares`, `the programme provides for 40 km of`.
 */
const targetCue =
  /\b(?:our|the|its|their|my|his|her)\s+aim\s+(?:is|was|will\s+be)\b|\b(?:targets?|goals?|ambitions?|pledges?|commitments?|objectives?|aspirations?)\s+(?:(?:agreed|set|approved|adopted|fixed)\s+(?:(?:with|by|for|in|at)\s+(?:[\p{L}'’-]+\s+){1,4}?)?)?(?:of|to|is|was|for)\b|\bprovid(?:es|ed|e|ing)\s+for\b|\b(?:aims?|aimed|aiming|intends?|intended|seeks?|sought|seeking)\s+to\b|\b(?:aims?|aimed|aiming)\s+for\b/iu
/**
 * What an appeal or a fund has raised so far, right before the sum: `has so
 * far raised`, `have already collected`. A result against the target, not the
 * target itself (`launched with a target of £250,000, has so far raised
 * £71,300`).
 */
const raisedSoFar =
  /\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+|now\s+|since\s+)?(?:raised|collected|received|attracted|brought\s+in|taken\s+in)\s+(?:(?:a\s+further|another|over|more\s+than|about|around|nearly|almost|just\s+over|just\s+under)\s+)?$/iu
/** A limit a policy or an offer sets: `contents cover up to £60,000`, `insures up to 25 vehicles`, `pays vet fees of up to £8,000`. */
const coverLimit =
  /\b(?:covers?|covered|insures?|insured|carr(?:y|ies)|seats?|sleeps?|accommodates?|hosts?|pays?|reimburses?|refunds?|compensates?|limit(?:ed)?|capped|lend|lends|borrow)\b(?:\s+[\p{L}'’-]+){0,3}\s+(?:of\s+)?up\s+to\s+$/iu
/** A limit advised, allowed or set: `recommend adding no more than 10%`, `should eat at most 6 g`, `must stay at or below 5%`, `the safety case sets a maximum of 0.5%`. */
const advisedBy = /\b(?:should|must|ought\s+to|recommends?|recommended|advises?|advised|allowed|permitted|sets|stipulates|specifies|imposes)\b/iu
const limitBefore = /\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|a\s+minimum\s+of|no\s+less\s+than|at\s+least|at\s+or\s+(?:below|under|above|over))\s+$/iu
/** The approximation at the start of a span: `no more than `, `at least `. */
const openingApproximation = /^(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|a\s+minimum\s+of|no\s+less\s+than|at\s+least)\s+/iu
/** `up to ` opening a span. */
const upToOpening = /^up\s+to\s/iu
/** A comparison right after a figure: `cooler than`, `more comfortable than`. */
const comparedThan = /^\s+(?:\p{L}+er|more\s+\p{L}+|less\s+\p{L}+)\s+than\b/iu
/** A threshold in the present tense right before a number: `exceed 60 km/h`, `falls below 5 °C`, `is below 3 °C` (in a `when` clause, a condition). */
const thresholdVerb =
  /\b(?:exceeds?|reach(?:es)?|hits?|tops?|pass(?:es)?|(?:drops?|falls?|dips?|goes)\s+(?:below|under)|(?:rises?|climbs?|goes|gets)\s+(?:above|over|past)|(?:is|are)\s+(?:still\s+)?(?:below|under|above|over))\s+(?:about\s+|around\s+)?$/iu
/** `when` or `whenever` opening a clause: with a threshold verb, a condition (`when wind speeds exceed 60 km/h`). */
const whenCue = /\bwhen(?:ever)?\s/giu
/** A threshold after a number, or after its noun: `a 10% or higher chance`, `grade 6 or above`, `18% moisture or below`. */
const orAbove = /^\s*(?:\p{L}+\s+)?or\s+(?:higher|above|greater|over|lower|below|under|worse|better)\b/iu
/**
 * A threshold named as the subject of the figure: `the threshold for a
 * support plan is a shortfall of 20%`, `the cut-off is 40 points`; so is a
 * limit, a tolerance, a rating or a set point (`the temperature limit for
 * frozen goods remains −18 °C`, `a tolerance of 3 °C`, `a comfort rating of
 * −9 °C`, `set points were left unchanged during logging at 7.0 bar`), and a
 * test's criterion (`within the validity criterion of no more than 10%`, the
 * `no` before the span's `more than`). Whoever
 * names it sets it; a reading against it is measured.
 */
const namedThreshold =
  /\b(?:threshold|cut-?off|trigger\s+point|pass\s+mark|limit|tolerance|criterion|criteria|(?:comfort|temperature|pressure|load)\s+rating|set[\s-]?points?)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:is|are|was|were|remains|sits\s+at|stands\s+at|of|at)\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?of\s+)?(?:(?:no|not)\s+(?:(?:more|less|fewer)\s+than\s+)?)?[-−–]?$/iu
/** An observed extreme opening a span: `as few as`, `as many as`, `as little as`: what was seen, not a group's threshold. */
const extremeOpening = /^as\s+(?:few|many|little|much|low|high)\s+as\s/iu
/** A condition: `once the ice is 25 cm thick`, `if a café then sells 400 cups`. */
const conditionCue = /\b(?:if|once|unless|provided(?:\s+that)?|as\s+soon\s+as|whenever)\s/giu
/** A mark that closes a condition's clause. */
const clauseClose = /[,;:—–]/u
/** A group defined by a threshold: `those who walked at least 7,000`, `installations with more than 10,000`; not what the group who did something reported (`The clubs who answered counted 900 visitors`), nor what a group holds together, a total of its members (`86 households, who together herd about 31,000 head`). */
const groupCue =
  /\b(?:who|whose)\s+(?!(?:together|jointly|collectively)\s)(?!(?!(?:had|has|have|was|were|is|are)\s)[\p{L}'’-]+\s+(?:reported|counted|recorded|logged|returned|estimated)\s+$)(?:[\p{L}'’-]+\s+){1,2}$|\b(?:anyone|anybody|everyone|everybody|someone|somebody|those|people)\s+(?:with|having|who\s+ha(?:ve|s))\s+(?:an?\s+)?$|(?<!\p{L})\p{L}{1,30}s\s+(?:with|having)\s+$|\baged\s+(?:over\s+|under\s+|between\s+)?$/iu
/**
 * A sum raised by people the writer thanks or names apart with a comma:
 * `thank you to everyone who raised £1,200`, `the choir, who raised £800`,
 * a result of fundraising, not a group defined by what it raised (`pupils who
 * raised £50 get a badge`).
 */
const whoRaised = /(?<comma>,\s*)?\bwho\s+(?:(?:had|has|have)\s+)?raised\s+$/iu
/** Thanks or praise in the lead of a sentence. */
const thanksCue = /\b(?:thank|thanks|grateful|congratulations|congratulate)\b/iu
/** `or more` after a sum: a threshold. */
const orMoreAfter = /^\s*or\s+(?:more|over)\b/iu
/**
 * What one named apart with a comma has done, told in the perfect or in a
 * sentence of thanks: `Ann Lee, who has planted 4,000 trees`, `thanks to
 * Maureen, who priced more than 900 books`: a record of work done, not a group
 * defined by a threshold (`those who walked at least 7,000`, no comma). Not
 * `who has been` (a state), nor a plain past with no thanks (`the pomologist,
 * who identified 14 of our trees`, the narrative of a visit).
 */
const whoDid = /,\s*who\s+(?<perfect>(?:has|have|had)\s+(?!been\s))?(?:\p{L}+ly\s+)?\p{L}+\s+$/iu
/** Whether `lead` ends on `who raised` after a comma or in a sentence of thanks, or on what one named apart with a comma has done (see `whoDid`). */
function raisedOrDone(lead: string, money: boolean): boolean {
  const raised = whoRaised.exec(lead)
  if (money && raised !== null && (raised.groups?.['comma'] !== undefined || thanksCue.test(lead.slice(0, raised.index)))) return true
  const did = whoDid.exec(lead)
  return did !== null && (did.groups?.['perfect'] !== undefined || thanksCue.test(lead.slice(0, did.index)))
}
/** A denominator: `for every 10 °C rise`, `per 1,000 births`; not a rate in words (`one for every 4,000 visits` is found). */
const perBefore = /(?<!\b(?:one|two|three|four|five)\s+(?:[\p{L}-]+\s+)?(?:for|in)\s+)\b(?:every|each|per)\s+$/iu
/** A span of play or time after `inside` or `within`: `inside 15 overs`. */
const spanBefore = /\b(?:inside|within|in\s+under|in\s+just)\s+$/iu
/** A unit of level at a span's end: `0.3 dB`, `2 °C`, `5%`. */
const levelUnit = /(?:dB|decibels|°\s?[CF]|degrees|ppm|%|per\s?cent)$/iu
const ofAfter = /^\s+of\s/iu
/** What a thing at hand holds, as its maker or owner describes it: `brings together 120 photographs`, `our portfolio of 48 casks`; an estimate (`can carry over 2,000 eggs`) is a finding. */
const holdsBefore =
  /\b(?:brings\s+together|filled\s+(?:[\p{L}-]+\s+){0,3}?with|contains|retains|preserves|includes|comprises|features|displays|presents|holds|houses|consists\s+of|is\s+made\s+up\s+of|offers|seats|sleeps|accommodates|(?:can|will|could)\s+(?:seat|hold|host|take|carry|accommodate|sleep|store)|room\s+for|capacity\s+of|(?:an?|the|our|its|their)\s+(?:archive|collection|album|bundle|portfolio|suite|folio|hoard|fleet|herd|flock)\s+of)\s+(?:up\s+to\s+)?(?:(?!(?:over|nearly|almost|about|around|roughly)\s)[\p{L}-]+\s+)?$/iu
/** `now holds`, `currently contains`: a tally kept over time, not a thing at hand described. */
const tallyNow = /\b(?:now|currently|today)\s+(?:\p{L}+\s+)?$/iu
/** A design or a specification: `will be 1.2 km long`, `is rated at 4,000 mAh`, `measures 6.1 inches`. */
const specificationBefore =
  /\b(?:(?:will|would|is\s+to|are\s+to)\s+(?:be|have)|(?:is|are|was|were)\s+(?:designed|planned|built|rated|specified)\s+(?:to\s+be|at|for|to)|rated\s+at|measures?|measuring)\s+(?:about\s+|around\s+|up\s+to\s+)?$/iu
/** A share set as a term of sale: `a 10% discount`, `20% off`. */
const termAfter = /^\s*(?:(?:tax\s+)?relief\b|tax\b|VAT\b|duty\b|levy\b|discount|off\b|surcharge|deposit|commission|cashback|service\s+charge|tip\b|interest\b|bonus|APR\b|AER\b|APY\b|p\.a\.|fixed\b|variable\b)/iu
/** A decision of a body on a figure: `voted … to hold the policy rate at`, `preferred a reduction of`. */
const decisionBefore =
  /\b(?:voted|decided|agreed|resolved|chose|opted)\s+(?:[\p{L}\d,-]+\s+){0,8}?to\s+(?:hold|keep|leave|set|raise|lower|cut|increase|reduce|fix|maintain|freeze)\b/iu
const decisionOption =
  /\b(?:preferred|favou?red|proposed|backed|sought|voted\s+for|argued\s+for|approved|granted|allowed|awarded|imposed|rejected|refused)\s+(?:an?\s+|the\s+)?(?:(?:immediate|further|larger|smaller)\s+)?(?:reduction|cut|increase|rise|hike|change)\s+(?:of\s+)?$/iu
/**
 * An amount a party recommends, proposes or offers as a settlement's term:
 * `we recommend a contribution of 50%`, `proposes a deduction of 20%`,
 * `offered a payment of £500`. The party sets it; it measures nothing.
 */
const recommendedTerm =
  /\b(?:recommends?|recommended|proposes?|proposed|suggests?|suggested|offers?|offered|agrees?|agreed)\s+(?:an?\s+|the\s+)?(?:(?:further|reduced|partial|full|fair|single|one-off)\s+)?(?:contribution|deduction|discount|payment|settlement|split|apportionment|reduction|allowance|uplift|abatement|betterment\s+deduction)\s+of\s+(?:(?:about|around|up\s+to)\s+)?$/iu
/** What a party sought or asked for, right after the figure: `below the 9% the union had sought`, `the £2 the club asked for`. */
const soughtAfter =
  /^\s+(?:that\s+)?(?:the|its|their|his|her|our)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:had\s+|has\s+|have\s+)?(?:originally\s+|first\s+)?(?:sought|asked\s+for|requested|demanded|pressed\s+for|bid\s+for|applied\s+for)\b/iu
/** A proposal or plan as the subject of what it does: `the proposals keep 22 of the 30 spaces`. */
const proposalSubject =
  /\b(?:the|this|these|our|its|their)\s+(?:[\p{L}-]+\s+)?(?:proposals?|plans?|scheme|designs?|options?|redesign|masterplan)\s+(?:would\s+|will\s+)?(?:also\s+)?(?:keep|keeps|retain|retains|provide|provides|include|includes|create|creates|add|adds|remove|removes|deliver|delivers|offer|offers|allow|allows|replace|replaces|introduce|introduces)\b/iu
/** A figure a party proposes, right before it: `The applicant proposes 1,600`, `the council proposed 40`. */
const proposedBefore = /\b(?:proposes|proposed|is\s+proposing|are\s+proposing)\s+(?:(?:only|just|about|around)\s+)?$/iu
/** A rate on offer: `an account paying 4.1%`, `a card charging 24%`. */
const onOfferBefore = /\b(?:paying|offering|charging)\s+(?:an?\s+)?(?:fixed\s+|variable\s+)?$/iu
const comparedAfter = /^\s*(?:more|less|higher|lower|above|below|of|on\s+top)\b/iu
/**
 * A verb of change and its `from`, `to` or `by` within a clause before the
 * figure: `my costs dropped from about £60 a week to under`. What changed in
 * the writer's own life is a result the writer measured, not their own doing.
 */
const changedBefore =
  /\b(?:dropped|fell|fallen|rose|risen|went\s+(?:up|down)|gone\s+(?:up|down)|increased|decreased|doubled|halved|jumped|climbed|shrank|grew)\s+(?:by|from|to)\s[^.;:!?]{0,40}$/iu
/** The writer as the subject of a clause before a count: `I assisted on 14 claims`. */
const firstPerson = /(?:^|[^\p{L}'’])I(?:\s|['’](?:ve|d|m)\s)/u
/** The writer showing or finding what follows: `I show that`, `I found that`; the figure after it is a finding. */
const firstPersonFinding =
  /(?:^|[^\p{L}'’])I\s+(?:(?:also|then|further|now|can)\s+)?(?:show|showed|find|found|demonstrate|demonstrated|establish|established|estimate|estimated|calculate|calculated|reveal|revealed|confirm|confirmed)\s+that\s/u
/**
 * The writer's group making things, right before a count: `We built 14 bird
 * boxes`, `we have knitted 40 hats`, `our members made 12 benches`.
 */
const ownMaking =
  /(?:^|[^\p{L}'’])(?:we|our\s+(?:members|volunteers|group|team|club|pupils|children|class))\s+(?:(?:have|had|also|finally|then|all)\s+)?(?:built|made|knitted|sewed|sewn|crafted|baked|painted|carved|turned|restored|repaired|mended|fixed|put\s+up|installed)\s+$/iu
/** The first digit of a span. */
const firstDigit = /\d/u
/** A digit opening a span. */
const leadingDigit = /^\d/u
/** A clause mark or a conjunction that opens a contrasting clause: what is before it is another clause. */
const clauseMark = /[;:]\s|,?\s(?:but|while|whereas|although|though|yet)\s/gu

/** Every regex of this module, for the ReDoS test. */
export const figurePatterns: readonly RegExp[] = [
  whoRaised,
  whoDid,
  thanksCue,
  orMoreAfter,
  comparedThan,
  raisedSoFar,
  firstPersonFinding,
  changedBefore,
  planCue,
  targetCue,
  advisedBy,
  coverLimit,
  limitBefore,
  openingApproximation,
  conditionCue,
  clauseClose,
  upToOpening,
  thresholdVerb,
  whenCue,
  orAbove,
  namedThreshold,
  extremeOpening,
  proposedBefore,
  groupCue,
  perBefore,
  spanBefore,
  levelUnit,
  ofAfter,
  holdsBefore,
  tallyNow,
  specificationBefore,
  termAfter,
  decisionBefore,
  decisionOption,
  recommendedTerm,
  soughtAfter,
  proposalSubject,
  onOfferBefore,
  comparedAfter,
  firstPerson,
  ownMaking,
  leadingDigit,
  firstDigit,
  clauseMark
]

/** The words of a number's sentence before it: from the sentence start (or the last `;` or `:`), at most `reach` characters. */
function leadOf(text: string, sentenceStart: number, start: number): string {
  let lead = text.slice(Math.max(sentenceStart, start - reach), start)
  let cut = -1
  for (const match of lead.matchAll(clauseMark)) cut = match.index + match[0].length
  if (cut > 0) lead = lead.slice(cut)
  return lead
}

/**
 * Whether a statistic found at `span` is a figure the writer or a party sets
 * rather than a measurement of the world, given its sentence's start:
 * - an exact price, fee or rate (`costs €9, or €5 for students`, `At £199`,
 *   `introduced at £3.60 an hour`), not an estimate or a change of one
 *   (`costs more than £5,000 a year`, `an average … £1,450 a month, up from`);
 * - a sum claimed, offered, owed or repaid, or the size of one project,
 *   bond or grant (`a £120 million upgrade`);
 * - a number in a plan, an allocation or a target (`as planned`, `plans
 *   for 1,200 new homes`, `to be shared by 40 councils`, `sets a target of
 *   doubling … to 6%`);
 * - a condition, a group defined by a threshold, a denominator or a span of
 *   play (`once the ice is 25 cm thick`, `those who walked at least 7,000
 *   steps`, `for every 10 °C`, `inside 15 overs`);
 * - what a thing at hand holds (`brings together 120 photographs`);
 * - a term a party recommends, proposes or offers (`we recommend a
 *   contribution of 50%`).
 */
export function isSetFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const lead = leadOf(text, sentenceStart, span.start)
  const sentence = text.slice(Math.max(sentenceStart, span.start - reach), Math.min(sentenceEnd, span.end + reach))
  if (span.kind === 'money' && isSetMoney(text, span, lead, sentenceEnd)) return true
  // A plan's effects are claims (`… as planned, cutting costs by 20%`); a target is set whatever it sets.
  // `with a target of £250,000, has so far raised £71,300`: the sum raised against a target is a result.
  if ((planCue.test(sentence) && span.kind !== 'change' && span.kind !== 'multiple') || (targetCue.test(lead) && !raisedSoFar.test(before(text, span.start, 48)))) return true
  // `thank you to everyone who raised £2,340`: a sum raised by those thanked is a result, not a threshold;
  // so is what one named apart has done (`Ann Lee, who has planted 4,000 trees`)
  // (read only where a group's cue stands before the sum).
  const raised = () => raisedOrDone(lead, span.kind === 'money') && !orAbove.test(after(text, span.end, 40)) && !orMoreAfter.test(after(text, span.end, 16))
  // `aeroplanes with as few as 14,000 flight cycles`: an extreme observed, not the threshold of a group.
  if (inCondition(lead) || (groupCue.test(before(text, span.start, 48)) && !extremeOpening.test(text.slice(span.start, span.end)) && !raised())) return true
  // `insures up to 25 vehicles`: the limit may open the span itself.
  const prefix = approximatePrefixWords(text, span)
  // `sleeps up to 3°C cooler than foam`: a figure compared with another thing is a claim, not what a thing covers or holds.
  if (advisedLimit(text, span, lead) || (coverLimit.test(before(text, span.start, 64) + prefix) && !comparedThan.test(after(text, span.end, 40)))) return true
  // `the threshold for a support plan is a shortfall of 20%`: a named threshold is set, whatever its kind.
  if (namedThreshold.test(before(text, span.start, 96) + wordsBeforeNumber(text, span))) return true
  // `The applicant proposes 1,600`: a party's proposal, not a measurement.
  if (span.kind !== 'change' && span.kind !== 'multiple' && proposedBefore.test(before(text, span.start, 32))) return true
  if (orAbove.test(after(text, span.end, 40)) || (thresholdVerb.test(before(text, span.start, 40) + prefix) && inWhen(lead))) return true
  // `within 0.3 dB of the baseline`: a level's closeness to a reference is measured, not a span of play or time.
  const closeness = levelUnit.test(text.slice(span.start, span.end)) && ofAfter.test(after(text, span.end, 8))
  if (perBefore.test(before(text, span.start, 40)) || (spanBefore.test(before(text, span.start, 16)) && !closeness)) return true
  if (specificationBefore.test(before(text, span.start, 40)) && span.kind !== 'change' && span.kind !== 'multiple') return true
  if (span.kind === 'percentage' && termAfter.test(after(text, span.end, 24))) return true
  // A body's decision on a figure (`voted … to hold the rate at 4.25%`), a plan's own provision (`the proposals keep 22 of the 30 spaces`), a rate on offer.
  if ((decisionBefore.test(lead) || decisionOption.test(lead)) && span.kind !== 'multiple') return true
  // `we recommend a contribution of 50% towards the units`: a term a party recommends or offers, whatever its kind but a multiple.
  if (span.kind !== 'multiple' && span.kind !== 'change' && recommendedTerm.test(before(text, span.start, 80))) return true
  // `below the 9% the society had sought`: what a party asked for is its own figure, not a measurement.
  if (span.kind !== 'change' && span.kind !== 'multiple' && soughtAfter.test(after(text, span.end, 64))) return true
  if (proposalSubject.test(lead) && span.kind !== 'change' && span.kind !== 'multiple') return true
  if (span.kind === 'percentage' && onOfferBefore.test(before(text, span.start, 32)) && !comparedAfter.test(after(text, span.end, 16))) return true
  // `The archive now holds 14,600 records`: a tally kept over time is a finding.
  const near = before(text, span.start, 48)
  const holds = holdsBefore.exec(near)
  const most = span.kind === 'approximate' && upToOpening.test(text.slice(span.start, span.end))
  return (span.kind === 'count' || span.kind === 'measurement' || most) && holds !== null && !tallyNow.test(near.slice(0, holds.index)) && !comparedThan.test(after(text, span.end, 40))
}



/** A limit a guideline advises or a rule allows (`should eat at most 6 g`): a limit word right before the number, or opening it, and a modal or advice verb before it in the clause. */
function advisedLimit(text: string, span: Span, lead: string): boolean {
  const limit = limitBefore.test(before(text, span.start, 24)) || approximatePrefix(text, span) !== ''
  return limit && advisedBy.test(lead.slice(-64))
}

/** A span's own words before its first digit (`rate of ` in `rate of 15%`), or nothing. */
function wordsBeforeNumber(text: string, span: Span): string {
  const words = text.slice(span.start, span.end)
  const digit = words.search(firstDigit)
  return digit > 0 ? words.slice(0, digit) : ''
}

/** The approximation a span opens with (`no more than `), or nothing. */
function approximatePrefix(text: string, span: Span): string {
  const found = openingApproximation.exec(text.slice(span.start, span.end))
  return found ? found[0] : ''
}

/** `up to ` when a span opens with it: an offer's or a policy's limit read as if before the number. */
function approximatePrefixWords(text: string, span: Span): string {
  const words = text.slice(span.start, Math.min(span.end, span.start + 8))
  return upToOpening.test(words) ? 'up to ' : ''
}

/** Whether the words before a number end inside a `when` clause (no clause mark after `when`). */
function inWhen(lead: string): boolean {
  let last = -1
  for (const match of lead.matchAll(whenCue)) last = match.index + match[0].length
  return last !== -1 && !clauseClose.test(lead.slice(last))
}

/** Whether the words before a number end inside a condition (`once the ice is`): a cue with no clause mark after it. */
function inCondition(lead: string): boolean {
  let last = -1
  for (const match of lead.matchAll(conditionCue)) last = match.index + match[0].length
  return last !== -1 && !clauseClose.test(lead.slice(last))
}


/** Kinds of figure a writer gives of their own doing (not shares or changes, which they may have measured). */
const ownKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate'])

/**
 * Whether the writer is the subject before `start` in its sentence: `I
 * assisted on 14 tribunal claims`; or the writer's group made a small count
 * of things (`We built 14 bird boxes`): small work of its own, not a finding.
 * A figure after a verb of change in its clause (`my costs dropped from £60
 * a week to under £10`) is a result the writer measured, and stays; so is a
 * count set against an earlier one (`I sharpened 2,430 knives this year, up
 * from 1,900`, round 50; as with `We`, statistic-field.ts).
 */
export function writerCounts(text: string, span: Span, sentenceStart: number): boolean {
  if (span.kind === 'count' && isComparedAfter(text, span.end)) return false
  if (span.kind === 'count' && smallCount(text.slice(span.start, span.end)) && ownMaking.test(before(text, span.start, 48))) return true
  // `I show that over 600 subscribers paid`: what the writer shows or found is a finding, not their own doing.
  const lead = leadOf(text, sentenceStart, span.start)
  // `my costs dropped from about £60 a week to under £10`: a change the writer saw in their own figures is a measured result.
  return ownKinds.has(span.kind) && firstPerson.test(' ' + lead) && !firstPersonFinding.test(' ' + lead) && !changedBefore.test(lead.slice(-56))
}

/** Whether a count's number, its first word, is below 100 (`14 bird boxes`), a small piece of the writer's own work. */
function smallCount(words: string): boolean {
  const number = Number.parseInt(words.replaceAll(',', ''), 10)
  return Number.isFinite(number) && number < 100 && leadingDigit.test(words)
}
