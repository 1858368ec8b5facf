import {participlePhrases} from './attribution-participle.js'
import {repeatedPhrases} from './attribution-repeated.js'
import {crowdPhrases} from './attribution-crowd.js'
import {generalEvidenceRule} from './attribution-definite.js'
import {hearsayPhrases} from './attribution-hearsay.js'
import {reputedPhrases} from './attribution-reputed.js'
import type {PatternRule} from './span.js'
import {before, wordsAfter} from './span.js'

// Vague attributions in fixed phrases: impersonal passives (`it is widely
// believed that`, `are thought to`, `have been reported`), `some argue`,
// `according to experts`, `people familiar with`, `there is a broad
// consensus`. Each is one bounded pattern.

const itIsSaid =
  /\bit\s+(?:is|was|(?:has|had)\s+(?:(?:long|always|often|widely|generally|commonly|now|increasingly|traditionally)\s+)?been)\s+(?:(?:widely|generally|commonly|often|frequently|long|increasingly|now|sometimes|universally|broadly|well|firmly|already)\s+){0,2}(?:believed|thought|felt|accepted|said|known|argued|held|assumed|recogni[sz]ed|reported|claimed|suggested|acknowledged|understood|estimated|feared|alleged|rumou?red|established|documented|shown|demonstrated|observed|expected|predicted|suspected|supposed|presumed|reckoned|hypothesi[sz]ed)\s+(?:(?:locally|hereabouts|privately|informally)\s+)?(?:that|to)\b|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|generally|commonly|often|increasingly|now|strongly)\s+){0,2}(?:felt|believed|thought|accepted|held|said)\s+(?:in|among|within|across|throughout)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+that\b/giu
/**
 * A received description in the impersonal passive, with how common it is:
 * `the sport is often described as being in decline`, `are commonly
 * portrayed as`, `has frequently been characterised as` — a view lent to
 * nobody. Not without an adverb of commonness (`is described as a guide`, a
 * document's own description), nor with its agent after it (`by the
 * council`, read by `agentAfter`), nor `as follows`, nor a label or a
 * figure with `a` (`is often described as an epidemic`: a name the writer
 * takes up, not a state or a rank claimed).
 */
const describedAs =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:still|now|also)\s+)?(?:often|commonly|frequently|usually|sometimes|widely|generally|routinely|regularly|popularly|variously|increasingly|repeatedly)\s+(?:been\s+)?(?:described|portrayed|characteri[sz]ed|depicted|billed|touted|painted|cast|dismissed)\s+as\b(?!\s+(?:follows|above|below|such|an?)\b)/giu
const isBelievedTo =
  /\b(?:is|are|was|were)\s+(?:(?:widely|generally|commonly|often|now|still|also|increasingly|usually|sometimes|frequently|traditionally|popularly)\s+)?(?:(?:believed|thought|said|reported|alleged|rumou?red|understood|reputed|known)\s+to|credited\s+with)(?=\s+\p{L})/giu
/**
 * What an account or a record is credited with: a sum or a score (`is
 * credited with the refund`, `are credited with ten points`, `with interest`),
 * a booking, not a deed lent to someone by unnamed judges. A figure after
 * `credited with` (`£50`, `20 points`) is no letter, so `isBelievedTo` never
 * takes it.
 */
const creditedSum =
  /^(?:[\p{L}-]+\s+)?(?:refunds?|repayments?|payments?|interest|sums?|amounts?|balances?|deposits?|points?|credits?|marks?|hours?|units?|rebates?|cashback|funds?|money|bonus(?:es)?)(?![\p{L}'’-])/iu
const creditedWith = /credited\s+with$/iu
/**
 * `The blight is expected to destroy most of the crop`: an expected effect on
 * the world in the impersonal passive, with no one expecting it. Not a duty
 * laid on people (`Members are expected to attend`, `you are expected to
 * bring`: a verb of conduct, or a person the subject), nor a figure's
 * projected course to a year ahead or a schedule (`is expected to fall to
 * 2:1 by 2040`, `Work is expected to begin in May`): a projection or a plan,
 * whose figure is uncited-statistic's to judge. A figure's course with no
 * year it runs to (`Plantings are expected to rise by around a tenth`) is an
 * expectation lent to no one.
 */
const isExpectedTo = /\b(?:is|are|was|were)\s+(?:(?:widely|generally|now|still|also)\s+)?expected\s+to(?=\s+\p{L})/giu
/** What a duty asks of people (`expected to attend`, `to be present`, `to document the reason`: a record kept, round 39) or a schedule (`to begin`, `to open`): no belief lent. Not `follow suit` (round 41): doing as others did is a move predicted of a party, not a rule it keeps. */
const dutyVerb =
  /^(?:attend|arrive|wear|bring|complete|submit|follow(?!\s+suit(?![\p{L}'’-]))|comply|pay|behave|dress|respect|observe|read|know|keep|take|report|register|declare|provide|return|help|document|record|notify|inform|ensure|log|begin|start|open|close|finish|end|last|resume|run|be\s+(?:present|on\s+time|ready|seated|available|familiar|aware|courteous|completed|finished|open|closed|ready))\b/iu
/** `follow suit`: doing as others did, predicted of a party (round 41). */
const followSuit = /^follow\s+suit(?![\p{L}'’-])/iu
/** A figure's course (`to fall`, `to reach`): a projection when a year it runs to follows (`horizonAfter`). */
const courseVerb = /^(?:rise|fall|reach|grow|increase|decrease|decline|drop|climb|double|halve|top|exceed|remain|stay|peak)\b/iu
/** A year a projection runs to, in its clause (a point inside a number does not end it: `to 1.5:1 by 2050`): `by 2040`, `by the 2050s`, `by the end of 2030`. */
const horizonAfter = /^(?:[^.;!?]|\.(?=\d)){0,80}\sby\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{4}|the\s+\d{4}s)(?![\p{L}\d])/u
/** A person or a pronoun for one right before a passive: `Members are`, `you are`, `Staff were`. */
const personBefore =
  /(?:\b(?:you|we|they|he|she|I|staff|everyone|everybody|anyone|candidates|applicants|students|pupils|members|guests|visitors|participants|players|delegates|employees|attendees|parents|volunteers|contractors|drivers|users|readers|tenants|residents)|(?<![\p{L}'’-])\p{L}+(?:ers|ists|ians|ants|ents|ors|ees))\s+(?:(?:will|would|also|now|still|all)\s+)?$/iu
/**
 * `It was put to the Sub-Committee that`, `it was submitted to the panel
 * that`: a case made to a body by no one named (not with its maker before
 * `that`, `put to the panel by the applicant that`).
 */
const putToBody =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:put|submitted|represented|suggested|argued|contended|stated|claimed)\s+to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+that\b/giu
/** An addressee named after a passive of reporting: `reported to Harbour Rail`, `reported to the Health and Safety Executive` (an action, not a source). */
const toNamedBody = /^\s+to\s+(?:the\s+)?\p{Lu}/u
/** `it was said,`: an impersonal passive standing alone between commas, with nobody saying it. */
const itWasSaidAside =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:often|widely|sometimes|once|always|long)\s+)?(?:said|claimed|rumou?red|reported|believed|whispered)(?=\s*[,;—–)])/giu
/**
 * `as is often said`, `as has been claimed`: an impersonal passive in a
 * parenthesis, lending a claim to nobody. Not a pointer into the writer's own
 * text or with its agent (`as was said above`, `as was argued in Chapter 2`,
 * `as is claimed by the makers`).
 */
const asIsSaid =
  /\bas\s+(?:is|was|has\s+(?:so\s+)?(?:often\s+)?been|have\s+(?:often\s+)?been|had\s+been|are|were)\s+(?:(?:so|often|widely|commonly|generally|sometimes|frequently|popularly|usually|still|now|long|repeatedly)\s+){0,2}(?:said|claimed|believed|thought|supposed|assumed|alleged|rumou?red|suggested|argued|asserted|reported|maintained|stated)\b(?!\s+(?:by|above|below|earlier|previously|before|here|in\s+(?:chapter|section|part|the\s+(?:introduction|previous|last|next|preceding|first|second)))\b)/giu
/** `as other trials have found`, `As many studies have shown,`, `as several large studies have shown` (a quantifier and a word of size or kind): unnamed studies lent to the claim in an aside (not `such as`, nor `as our trials have found`, the writer's own). */
const asStudiesFound =
  /(?<!\bsuch\s)\bas\s+(?:(?:many|several|other|previous|earlier|recent|numerous|some|most|countless|past)\s+)?(?:(?:large|major|big|independent|long-term|randomi[sz]ed|controlled|published|peer-reviewed|clinical|national|international)\s+)?(?:studies|trials|surveys|experiments|researchers|scientists|analyses|reviews)\s+(?:have|has)\s+(?:(?:also|long|consistently|repeatedly|often|already)\s+)?(?:found|shown|reported|suggested|demonstrated|confirmed|noted)\b/giu
/**
 * A figure quoted, cited or put by nobody named: `which is usually quoted at
 * around seven litres`, `the cost is often put at £3 million`, `is widely
 * cited as the first`. Not with its agent (`put at £3 million by the
 * council`), nor `quoted as saying` (someone's words, left to the quotation
 * rules) or `put at risk`. A figure quoted or cited needs its commonness
 * (`usually`, `often`): `The delivery was quoted at £40` is a price offered.
 */
const quotedAt =
  /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:(?:usually|often|commonly|generally|widely|frequently|sometimes|typically|variously|most)\s+){1,2}(?:quoted|cited)|(?:(?:usually|often|commonly|generally|widely|frequently|sometimes|typically|variously|now|still|also)\s+){0,2}put)\s+(?:at\s+(?:around|about|roughly|some|nearly|almost|over|under|up\s+to|between|less\s+than|more\s+than|just|well|anything|[\p{Sc}\d])|as\s+(?!saying\b|(?:follows|above|below)\b))/giu
/**
 * A passive of reporting or comparison with no agent: `Similar faults have
 * been reported`, `The design has often been compared to a beehive`. Not
 * with its agent or its addressee after it (`reported by the ONS`,
 * `reported to police`).
 */
const beenReported =
  /\b(?:have|has|had)\s+(?:(?:also|often|widely|repeatedly|previously|since|now|frequently|sometimes|long)\s+)?been\s+(?:reported|documented|observed|noted|described|compared|likened)\b(?!\s+(?:by|to\s+(?:the\s+)?(?:police|authorities|regulators?|council)|as\s+(?:missing|stolen))\b)/giu
/**
 * A finding lent to nobody, in the agentless perfect passive with a verb
 * after it: `Regular stretching has been shown to ease back pain`, `have
 * been proven to cut`. Not something shown to someone (`has been shown to
 * the committee`, `shown to us`): a determiner or a pronoun after `to`.
 */
const beenShownTo =
  /\b(?:has|have|had)\s+(?:(?:also|often|repeatedly|consistently|long|now|already|clearly|since)\s+)?been\s+(?:shown|proven|proved|demonstrated)\s+to(?=\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|us|me|him|them|you|everyone|all|each|every|some|any|members|visitors|staff)(?![\p{L}'’-]))\p{Ll}{2,})/giu
/**
 * Criticism lent to nobody, in an agentless passive with what it is for:
 * `Respondents have been criticised for`, `The scheme is widely condemned
 * over`. Not with its agent after it (`criticised by the ombudsman for`).
 */
const beenCriticised =
  /\b(?:(?:have|has)\s+(?:(?:also|often|widely|repeatedly|long|frequently|sometimes|since)\s+)?been|(?:is|are)\s+(?:often|widely|frequently|commonly|routinely|regularly|sometimes|much|increasingly))\s+(?:(?:widely|heavily|roundly|sharply|strongly|often|repeatedly|much)\s+)?(?:criticised|criticized|condemned|faulted|blamed)\s+(?:for|over)\b/giu
/** A report of none, opening its sentence: `No damage`, `No further injuries` before `has been reported`. */
const noneReported = /^\s*No\s+(?:[\p{Ll}-]+\s+){1,2}$/u
/** `will have read in the papers`: hearsay the reader is assumed to have met, from no one named. */
const readInThePapers =
  /\b(?:will|may|might|must|would)\s+(?:already\s+|all\s+)?have\s+(?:read|seen|heard)\s+(?:(?:in|on)\s+the\s+(?:papers|press|newspapers|news|media|radio|television|TV|grapevine)|that)\b/giu
/** `We are told that`, `Visitors are often told that`: a claim passed on by nobody in particular. */
const weAreTold =
  /\b(?:we|you)\s+(?:are|were|have\s+been|had\s+been|keep\s+being|get)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured|reminded|informed)\s+that\b|\b(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+(?:(?:often|constantly|repeatedly|always|regularly|now|still|frequently|sometimes|routinely)\s+)?(?:told|assured)\s+that\b/giu
const widely =
  /\b(?:widely|generally|commonly|universally|broadly)\s+(?:believed|accepted|acknowledged|regarded|recogni[sz]ed|considered|held|thought|agreed|seen|viewed|understood)\b/giu
/** `some argue`, `many now say`, `others would still claim`: a quantifier for people, an auxiliary or an adverb, a verb of saying or thinking. */
const someSay =
  /\b(?:some|many|others|most|few|several)\s+(?:(?:in|within|across|inside)\s+(?:the\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:would\s+|have\s+|might\s+|may\s+|will\s+)?(?:still\s+|even\s+|now\s+|also\s+|often\s+|privately\s+|openly\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|maintain|maintained|insist|think|feel|fear|worry|observe|observed|note|noted|warn|warned)\b(?!\s+(?:in|over|on)\b)/giu
/** `according to experts`, `according to local agents`, `according to (just about) everyone in the trade` (a whole crowd, round 41): a class of sources, not one named after it (`according to figures from Harlow & Finch`, `according to figures supplied by the installer`: a participle naming who supplied them, round 39). */
const accordingTo =
  /\b[Aa]ccording\s+to\s+(?:some|many|most|several|various|unnamed|anonymous|one\s+estimate|(?:(?:just\s+)?(?:about|nearly|almost|practically|virtually)\s+)?(?:everyone|everybody)(?![\p{L}'’-])|(?:(?:some|many|most|local|senior|independent|unnamed|anonymous|industry|government|western|foreign|party|military|security|diplomatic|hospital|police)\s+)?(?!(?:its|his|hers|this|these|those|us)\b)\p{Ll}{3,}[^s\s's’]s\b(?!\s+(?:from|by|of|at|in|published|released|compiled|collected|issued|taken|supplied|provided|produced|prepared|given)\b))/gu
/** `according to the trade press`, `according to the national media`: the press or the media as a whole, no outlet named (not `according to the press release`, one document). */
const accordingToPress =
  /\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:press|media|papers|newspapers|tabloids|grapevine)\b(?!\s+(?:release|releases|statement|office|officer|pack|notice)\b)/gu
const familiarWith =
  /\b(?:people|persons|sources|officials|someone|a\s+person|those|one\s+person|insiders|friends|relatives|colleagues|associates|allies|aides|(?<!\p{L})\p{Ll}{2,}(?:er|ist|ian|ant|ent|or|ive|ee)s)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|who\s+asked\s+not\s+to\s+be\s+named)\b|\b(?:those|people|anyone|everyone|insiders)\s+in\s+the\s+know\b/giu
const accordingToFigures =
  /\baccording\s+to\s+(?:the\s+)?(?:latest|recent|new|official|unofficial|preliminary|provisional|leaked|government|industry)\s+(?:figures|data|estimates|reports|statistics|research|studies|polls|surveys|numbers)\b/giu
const consensus =
  /\bthere\s+(?:is|was|has\s+been)\s+(?:a\s+)?(?:broad|wide|general|widespread|growing|strong|near-universal|universal|scientific|overwhelming)\s+(?:consensus|agreement|recognition|acceptance)\b|\bby\s+(?:common|general|universal|broad|wide|popular)\s+(?:consent|agreement|acclaim|assent)\b/giu
const bodyOf =
  /\b(?:a\s+)?growing\s+body\s+of\s+(?:research|evidence|literature|work|studies)\b|\bthere\s+is\s+(?:(?:some|growing|strong|mounting|good|increasing|clear|ample|robust|solid)\s+)?evidence\s+that\b/giu
const wisdom = /\b(?:conventional|received|popular)\s+wisdom\b|\b(?:everyone|everybody)\s+(?:knows|agrees)\b/giu
/** `Everyone on the allotments says`, `everyone in the local walking groups says`, `everybody tells you`: a whole class with a reporting verb, no one in it named (its place up to three words). */
const everyoneSays =
  /\b(?:everyone|everybody)\s+(?:(?:on|in|at|around|across)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?)?(?:says|tells\s+you|reckons|swears|insists|warns)\b/giu
/** `Word from Ireland is that`, `The rumour in the yard was that`, `word has it that`: hearsay, passed on by no one named. */
const wordIs =
  /\b(?:the\s+)?(?:word|rumou?r|talk|gossip|buzz|whisper)\s+(?:(?:from|in|on|around|among|at|about|inside|across)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?(?:is|was|has\s+it|had\s+it|goes)\s+that\b/giu
/** `Paddock talk suggests`, `dressing-room gossip has it`: hearsay as the subject of a verb of suggesting (not after a determiner: `The talk suggests`, `her talk suggests`, a talk given). */
const talkSuggests =
  /(?<!(?:^|[^\p{L}'’-])(?:the|a|an|his|her|their|its|this|that|my|our|your)\s)(?<![\p{L}'’-])(?:talk|gossip|chatter|rumou?rs|buzz|whispers)\s+(?:(?:in|on|around|among|at|inside|across)\s+(?:the\s+)?[\p{L}'’-]+\s+)?(?:suggests?|suggested|has\s+it|had\s+it)(?![\p{L}'’-])/giu
/** `have reportedly moved`, `is reputedly the oldest`: a claim passed on as hearsay, with no reporter named. */
const reportedly = /(?<![\p{L}'’-])(?:reportedly|reputedly)(?![\p{L}'’-])/giu
/** A recipient after `reported to`: `was reported to the helpline`, `were reported to Harbour Rail` (a report made to someone, not hearsay: `is reported to have left`). */
const reportedToEnd = /reported\s+to$/iu
const recipientAfter = /^(?:the|a|an|our|your|its|their|his|her|this|that|these|those|police|\p{Lu})(?![\p{L}'’-])/u
/**
 * A study named only by its reach or kind, with no author or body: `A widely
 * cited study found`, `National research suggests`, `Recent research shows`,
 * `a much-shared study claims` (a claim as much as a finding, round 41). An
 * estimate or a figure known only by its reach puts a number on nobody's
 * authority: `one widely quoted estimate puts the gap at` (round 41).
 */
const studyByReach =
  /\b(?:(?:a|one|another)\s+(?:(?:widely|often|frequently|much|oft)[\s-](?:cited|quoted|reported|shared|publici[sz]ed)|famous|well-known|landmark|recent|major|large|new)\s+(?:study|survey|report|analysis|paper|poll)|(?:national|international|recent|new|independent|academic|scientific|government|medical)\s+(?:research|studies))\s+(?:has\s+)?(?:found|finds|shows?|showed|shown|suggests?|suggested|indicates?|indicated|proves?|proved|confirms?|confirmed|claims?|claimed)\b|\b(?:a|one|another)\s+(?:widely|often|frequently|much|oft)[\s-](?:cited|quoted|reported|shared|repeated|publici[sz]ed)\s+(?:estimate|figure|projection|forecast)\b/giu
/** A hearing named as the one told: `The inquest … was told that`, `the court heard`. */
const hearingBefore = /\b(?:inquest|court|tribunal|hearing|jury|inquiry|committee|trial|panel|meeting)\b/iu
/** A body that hears parties and writes as `we`: `the Tribunal`, `this court`. */
const hearingBody = /\b(?:tribunal|court|inquiry|inquest)\b/iu
const firstPersonWe = /^we\s/iu
/** `have some say`: the noun `say`, not a verb. */
/** An agent named after a passive, in its clause: `put at £3 million by the council`. */
const agentAfter = /^[^.;:!?]{0,60}?\bby\s+(?:(?:the|its|their)\s+\p{L}|\p{Lu})/u
/** What someone was told is a direction when a modal of permission or duty leads its clause: `has been told that no lorries may enter`, `were told that the stand must close` — an order passed on, not a claim lent to no one. */
const directionTold = /^(?:\s+[^\s.;:!?]+){0,10}?\s+(?:may|must|shall|is\s+to|are\s+to)\s+(?:not\s+|only\s+|no\s+longer\s+)?\p{Ll}/u
/** An arrangement in force told to a group other than the writer or the reader: `Port users have been told that the restrictions will remain in place` (a notice given; `We have been told that …` stays hearsay). */
const arrangementTold = /^(?:\s+[^\s.;:!?]+){0,10}?\s+will\s+(?:(?:remain|stay)\s+(?:in\s+(?:place|force)|closed|open|shut)|be\s+(?:kept|lifted|extended|suspended))(?![\p{L}'’-])/u
const weOrYou = /^(?:we|you)\s/iu
const hasSay = /\b(?:have|has|had|having|want|wants|wanted|get|gets|given|give|a|no|little|any|more|without)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionPhrasePatterns: readonly RegExp[] = [
  itIsSaid,
  describedAs,
  talkSuggests,
  reportedly,
  reportedToEnd,
  recipientAfter,
  isBelievedTo,
  itWasSaidAside,
  asIsSaid,
  asStudiesFound,
  quotedAt,
  agentAfter,
  isExpectedTo,
  dutyVerb,
  followSuit,
  courseVerb,
  horizonAfter,
  personBefore,
  putToBody,
  toNamedBody,
  beenReported,
  beenShownTo,
  beenCriticised,
  noneReported,
  readInThePapers,
  weAreTold,
  widely,
  someSay,
  accordingTo,
  accordingToPress,
  familiarWith,
  accordingToFigures,
  consensus,
  bodyOf,
  wisdom,
  everyoneSays,
  wordIs,
  hasSay,
  studyByReach,
  hearingBefore,
  hearingBody,
  firstPersonWe,
  directionTold,
  arrangementTold,
  weOrYou,
  creditedSum,
  creditedWith
]

/** The words of a match's sentence before it (at most 160 characters). */
function sentenceLead(text: string, index: number): string {
  const lead = text.slice(Math.max(0, index - 160), index)
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1)
}

/** The fixed phrases by kind. */
export const attributionPhrases: readonly PatternRule[] = [
  {regex: itIsSaid, kind: 'impersonal'},
  // `It is said to work`, `Its crews are credited with saving 900 lives`: who says or credits it goes unnamed, whatever the subject is (a crew, a plan, an idea).
  // `No leak was reported to the helpline`: a report made to someone, not hearsay.
  {
    regex: isBelievedTo,
    kind: 'impersonal',
    accept: (text, match) =>
      !(creditedWith.test(match[0]) && creditedSum.test(wordsAfter(text, match, 40))) && !(reportedToEnd.test(match[0]) && recipientAfter.test(wordsAfter(text, match, 16)))
  },
  {
    regex: isExpectedTo,
    kind: 'impersonal',
    accept: (text, match) =>
      !dutyVerb.test(wordsAfter(text, match, 25)) &&
      !(courseVerb.test(wordsAfter(text, match, 25)) && horizonAfter.test(wordsAfter(text, match, 121))) &&
      // `Insurers are expected to follow suit`: a move predicted of a party, whoever it is, not a duty laid on people (round 41).
      (followSuit.test(wordsAfter(text, match, 25)) || !personBefore.test(before(text, match.index!, 40)))
  },
  {regex: putToBody, kind: 'impersonal'},
  // `No flooding has been reported`: the writer's own report that none came in; `reported to Harbour Rail`: an action, addressed to a named body.
  {
    regex: beenReported,
    kind: 'impersonal',
    accept: (text, match) => !noneReported.test(sentenceLead(text, match.index!)) && !toNamedBody.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))
  },
  // `The inquest … was told that`: the hearing is who was told, and who told it is its record.
  // `We were told that`, written by a tribunal or a court the paragraph names: the hearing is `we`, told by the parties before it.
  // `The operator has been told that no work may start before 08:00`: a direction given, not a claim; `Port users have been told that the restrictions will remain in place`: a notice given.
  {
    regex: weAreTold,
    kind: 'impersonal',
    accept: (text, match) =>
      !hearingBefore.test(sentenceLead(text, match.index!)) &&
      !(firstPersonWe.test(match[0]) && hearingBody.test(text.slice(Math.max(0, match.index! - 320), match.index))) &&
      !directionTold.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 90)) &&
      !(!weOrYou.test(match[0]) && arrangementTold.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 90)))
  },
  {regex: beenShownTo, kind: 'impersonal'},
  // `have been criticised for relying on it`: criticism with no critic, unless its agent follows (`by the ombudsman`).
  {regex: beenCriticised, kind: 'impersonal', accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))},
  // `is often described as being in decline`: a received description, unless its agent follows (`by the council`).
  {regex: describedAs, kind: 'impersonal', accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))},
  {regex: itWasSaidAside, kind: 'impersonal'},
  {regex: asIsSaid, kind: 'impersonal'},
  {regex: asStudiesFound, kind: 'study'},
  {regex: quotedAt, kind: 'impersonal', accept: (text, match) => !agentAfter.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 80))},
  {regex: readInThePapers, kind: 'impersonal'},
  {regex: widely, kind: 'impersonal'},
  {regex: someSay, kind: 'some', accept: (text, match) => !hasSay.test(text.slice(Math.max(0, match.index! - 16), match.index))},
  {regex: accordingTo, kind: 'according-to'},
  {regex: accordingToPress, kind: 'according-to'},
  {regex: familiarWith, kind: 'anonymous'},
  {regex: accordingToFigures, kind: 'according-to'},
  {regex: consensus, kind: 'consensus'},
  {regex: bodyOf, kind: 'consensus'},
  {regex: wisdom, kind: 'consensus'},
  {regex: everyoneSays, kind: 'consensus'},
  {regex: wordIs, kind: 'impersonal'},
  {regex: talkSuggests, kind: 'impersonal'},
  {regex: reportedly, kind: 'impersonal'},
  {regex: studyByReach, kind: 'study'},
  generalEvidenceRule,
  // `It is thought the fire began`, `is usually traced to`, `the trade expects` (attribution-hearsay.ts).
  ...hearsayPhrases,
  // `with independent card shops reporting sales up` (attribution-participle.ts).
  ...participlePhrases,
  // `It has been said more than once in this inquiry that` (attribution-repeated.ts).
  ...repeatedPhrases,
  // `by some estimates`, `Everyone's saying` (attribution-crowd.ts).
  ...crowdPhrases,
  // `is supposed to do wonders`, `we're told,` (attribution-reputed.ts).
  ...reputedPhrases
]
