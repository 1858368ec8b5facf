import type {PatternRule} from './span.js'
import {after, before} from './span.js'

// Records and unbroken runs, which claim a ranking without `the … -est`:
// the last of a kind (`the last working paddle steamer on the lake`), a first
// within a span of time (`the first foals at the stud in nine years`), a
// record broken (`beating the meeting record by a second`), a first since
// counting began (`the first year the pond has held newts since surveys
// began`), and a change in
// every year of a run (`Membership has risen every year since 2012`), or a
// state held over one (`has been below the limit every year since 2009`). And
// `every` that offers or appeals rather than claims: a service offered `to
// every tenant`, an appeal's `Every penny you give`.

/** `the last surviving`, `the last remaining` of one: no other is left (not `the last remaining tickets`, some picked out). */
const lastOfKind = /\bthe\s+last\s+(?:surviving|remaining|living|working)\b(?!\s+(?:[\p{L}-]+\s+)?\p{L}+[^s\s'’]s\b)/giu
/** `the first foals at the stud in nine years`, `the first away win since 1998`, `for the first time in living memory`, `the first time that has happened in living memory` (round 50): a first within a span of time. */
const firstInYears =
  /\bfirst\s+(?:(?!(?:is|was|are|were|will|would|be|been|has|have|had|falls?|fell|due|expected|comes?|came|takes?|took|starts?|started|begins?|began|ends?|ended|opens?|opened|arrives?|arrived)\b)[\p{L}'’-]+\s+){0,5}?(?:(?:that|this|it)\s+(?:has|had)\s+(?:ever\s+)?happened\s+)?(?:in\s+(?:(?:more\s+than|over|almost|nearly|some|about|at\s+least)\s+)?(?:\d+|a|an|[\p{L}-]+)\s+(?:years|decades|centuries|generations|decade|century|generation)|in\s+living\s+memory|since\s+(?:1[5-9]\d\d|20\d\d))\b/giu
/** `the first season the club has won since records began`, `for the first time since monitoring began` (no words between, round 45): a first since counting started, a record without a year. */
const firstSinceBegan =
  /\bthe\s+first\s+(?:time|year|season|month|winter|summer|spring|autumn|occasion|quarter)\s+(?:(?:that|in\s+which|when)\s+)?(?:[\p{L}'’-]+\s+){0,6}?since\s+(?:(?:current|official|national|reliable|the)\s+)?(?:records|monitoring|measurements?|counts?|counting|surveys?|observations?|readings|testing|sampling)\s+(?:began|started|begun)\b/giu
/** `breaking the meeting record`, `smashed her own record`, `equalled the club record` (not `set the record straight`). */
const recordBroken =
  /\b(?:break|breaks|breaking|broke|broken|smash|smashes|smashed|smashing|beat|beats|beating|beaten|equal(?:l?ed|l?ing|s)|eclips(?:e|es|ed|ing)|shatter(?:s|ed|ing)?|set|sets|setting|rewrote|rewriting|rewrite)\s+(?:the|a|an|his|her|their|its|our)\s+(?:(?:own|new|previous|old)\s+)?(?:[\p{L}'’-]+\s+){0,2}?record\b(?!\s+(?:straight|players?|labels?|shops?|company|collection|sleeves?|decks?|stores?)\b)/giu
/** `has grown every year since 2010`, `has risen in each season for a decade`: a change in every year of a run. */
const everyYearRun =
  /\b(?:grown|grew|grows|risen|rose|rises|increased|increases|fallen|fell|falls|declined|declines|improved|improves|climbed|climbs|expanded|expands|dropped|drops|doubled|gone\s+(?:up|down)|sold\s+out|won)\s+(?:in\s+)?(?:every|each)\s+(?:single\s+)?(?:year|season|month|quarter|term|decade)\s+(?:since|for)\b/giu
/** `every year since 2009`: an unbroken run of years, read as a claim when a state held over it opens the sentence (`has been below the limit … every year since 2009`); not hedged (`almost every year`). */
const everyYearSince = /(?<![\p{L}'’-])(?<!(?:almost|nearly|virtually)\s)every\s+(?:single\s+)?(?:year|season|winter|summer|spring|autumn)\s+since\s+(?:1[5-9]\d\d|20\d\d)(?![\p{L}\d'’-])/giu
/** A state held, in the perfect, before it in its sentence: `has been below`, `have remained above` (not a passive of something done: `has been held`). */
const stateHeld = /(?<![\p{L}'’-])(?:has|have|had)\s+(?:been|remained|stayed)\s+(?!(?:\p{Ll}+ed|held|run|done|made|built|set|kept|sung|won|taken|given|shown|seen|paid|sold)(?![\p{L}'’-]))\p{L}/iu
/** `the first record for the county`, `the first sighting in Wales`: a first finding within a named area. */
const firstRecordFor =
  /\b[Tt]he\s+first\s+(?:confirmed\s+|known\s+|documented\s+)?(?:records?|sightings?|breeding\s+records?)\s+(?:for|in|from)\s+(?:the\s+)?(?:county|country|region|island|state|valley|parish|\p{Lu}\p{L}+)\b/gu
/** `Night racing returned for the first time since 2019`: an event's own return after a break, when it last ran, not a record. */
const returnLead = /\b(?:returned|resumed|reopened|restarted|came\s+back|was\s+back|were\s+back|was\s+revived|went\s+ahead)\s+(?:\p{Ll}+\s+)?for\s+the\s+$/iu
/** A future or a plan before a first: `will hold the first review in three years`, not a record. */
const plannedBefore = /\b(?:will|shall|would|plans?|planned|aims?|intends?|expects?|hopes?|going\s+to)\b/iu
/** What offers or gives before `every`: `offered to every carer`, `free for every pupil`, `we will send every household`. */
const offerBefore =
  /\b(?:offered|offer|offers|offering|available|open|free|sent|send|sends|given|give|gives|provided|provide|provides|delivered|deliver|posted|issued|extended|mailed|distributed|invited|invite|invites|welcome|refunded|refund|refunds|repaid|awarded)\s+(?:(?:[\p{Ll}-]+\s+){0,2}?(?:to|for)\s+)?$/iu
/** Who a service is offered to: `every carer`, `every eligible household`; who a sum is refunded to (`refunded to every driver who starts`, round 50). */
const recipientAfter =
  /^every\s+(?:single\s+)?(?:[\p{Ll}-]+\s+)?(?:resident|household|home|member|pupil|student|child|customer|tenant|patient|family|person|visitor|employee|worker|volunteer|subscriber|reader|user|parent|participant|entrant|runner|guest|passenger|owner|applicant|adult|carer|learner|client|homeowner|leaseholder|ratepayer|driver|rider|competitor|exhibitor|finisher|starter)\b/iu
/** An appeal's money or gift: `Every penny you donate`, `every ticket sold`. */
const appealEvery =
  /^every\s+(?:single\s+)?(?:pound|penny|pence|dollar|cent|euro|donation|gift|contribution|ticket|raffle\s+ticket|purchase|sponsor|pledge)\b(?!\s+(?:(?:raised|taken|made|spent|donated)\s+)?(?:goes|went|is|was|will|ends|has)\b)/iu
/** `every penny goes to the RNLI`, `every pound raised is spent on`: an absolute about where money goes (not the reader's gift asked for: `Every penny you donate`). */
const moneyEvery =
  /\bevery\s+(?:single\s+)?(?:penny|pound|cent|dollar|euro)\s+(?:(?:raised|taken|made|spent|donated)\s+)?(?:goes|went|is\s+(?:spent|used|passed|given)|was\s+(?:spent|used|passed|given)|will\s+go|ends\s+up|has\s+gone)\b/giu
/** The writer's own first in years: `my first holiday in ten years`, `I went back for the first time in a decade`. */
const personalLead = /(?<![\p{L}'’])my\s+(?:[\p{L}-]+\s+)?$|^\s*I\s/u
/** `We have taken on an apprentice this year, our first since 2011`: `our first` with no noun, after a clause the writer (`we`) opens: the writer's own deed counted against its own past, not a record of the world (round 44). */
const firstSinceBare = /^first\s+since\s/iu
const ownDeedLead = /(?<![\p{L}'’-])[Ww]e\s[^.;:!?]{0,60},\s+our\s+$/u

/** After `is the first` or `was the last`: a role (an agent noun: `maker`, `thatcher`, `curator`, `florist`) and its trade, then the land it is ranked in — `the last professional maker of trick kites in Wales`, an absolute claim over that land. */
const roleInLand =
  /^\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}{2,}(?:er|or|ist|ian|smith|wright)\s+(?:of\s+(?:[\p{L}'’-]+\s+){1,3}?)?(?:in|across)\s+(?:the\s+)?(?:country|world|kingdom|nation|region|county|\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u

/** After `is the last`: any noun and the land it is the last of — `the last mill in the county still grinding`, `the last ferry on the island` — a claim that no other of its kind is left there (not a place in an order: `the last item on the agenda`, `the last house in the street`). */
const lastInLand =
  /^\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]*\s+(?:in|on|across)\s+(?:the\s+)?(?:county|country|world|kingdom|nation|region|state|district|island|province|valley|parish)(?![\p{L}'’-])/u
/** A `last` closing the words of `is the last`. */
const lastWord = /last$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeRecordPatterns: readonly RegExp[] = [
  firstSinceBare,
  ownDeedLead,
  lastInLand,
  lastWord,
  firstRecordFor,
  returnLead,
  lastOfKind,
  firstInYears,
  firstSinceBegan,
  plannedBefore,
  recordBroken,
  everyYearRun,
  offerBefore,
  recipientAfter,
  appealEvery,
  moneyEvery,
  personalLead,
  roleInLand,
  everyYearSince,
  stateHeld
]

/** Whether the words after `is the first` or `was the last` (`rest`) name a role and the land it is ranked in: `the last professional maker of trick kites in Wales`. */
export function roleRankedInLand(rest: string): boolean {
  return roleInLand.test(rest)
}

/** Whether `is the last` (`words`) and the words after it (`rest`) claim the last of a kind left in a land: `the last mill in the county`. */
export function lastLeftInLand(words: string, rest: string): boolean {
  return lastWord.test(words) && lastInLand.test(rest)
}

/** Records and unbroken runs, each a span of its own kind. */
export const recordRules: readonly PatternRule[] = [
  {regex: lastOfKind, kind: 'superlative'},
  // `the first review in three years`, after `will`: a plan, not a record.
  // `my first holiday in ten years`: the writer's own life, not a record.
  // `returned for the first time since 2019`: the event's own break, told.
  {
    regex: firstInYears,
    kind: 'superlative',
    accept: (text, match) =>
      !plannedBefore.test(sentenceLead(text, match.index!)) && !personalLead.test(sentenceLead(text, match.index!)) && !returnLead.test(sentenceLead(text, match.index!)) && !(firstSinceBare.test(text.slice(match.index!, match.index! + 12)) && ownDeedLead.test(sentenceLead(text, match.index!)))
  },
  {regex: firstRecordFor, kind: 'superlative', accept: (text, match) => !plannedBefore.test(sentenceLead(text, match.index!))},
  {regex: firstSinceBegan, kind: 'superlative', accept: (text, match) => !plannedBefore.test(sentenceLead(text, match.index!)) && !personalLead.test(sentenceLead(text, match.index!))},
  {regex: recordBroken, kind: 'superlative'},
  {regex: everyYearRun, kind: 'absolute'},
  // `has been below the limit every year since 2009`: a state unbroken over a run of years.
  {regex: everyYearSince, kind: 'absolute', accept: (text, match) => stateHeld.test(sentenceLead(text, match.index!))},
  {regex: moneyEvery, kind: 'absolute'}
]

/** The words of a match's sentence before it (at most 80 characters). */
function sentenceLead(text: string, index: number): string {
  const lead = before(text, index, 80)
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1)
}

/** Whether an `every` match offers a service to people (`offered to every carer`) or makes an appeal (`Every penny you donate`), claiming nothing of the world (not `aid was sent to every region`). */
export function offerOrAppeal(text: string, match: RegExpMatchArray): boolean {
  const rest = after(text, match.index!, 48)
  return (offerBefore.test(before(text, match.index!, 40)) && recipientAfter.test(rest)) || appealEvery.test(rest)
}
