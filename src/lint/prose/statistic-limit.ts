import type {Span} from './span.js'
import {after, before, lastClause, numberStart} from './span.js'
import {conditionWord} from './statistic-veto.js'
import {isHeadcountCompared} from './statistic-field.js'

// Figures a party sets, the writer spends or a plan builds, read from the
// words around them in their own sentence: a cap set on a number (`cap
// bookings at 30 guests`), the most a penalty can come to (`Penalties can
// reach £500`), what a thing cost the writer (`cost us €2.10 a litre`), a
// sum set against a budget (`paid £900, within our budget`), an advised
// budget (`Budget about £5 a guest`), the reading that calls for an action
// (`when the gauge reads above 40 psi`), a threshold that scopes a
// requirement (`trailers over 3.5 tonnes need`), a thing's size as a dimension
// pair (`The pen is 1.5 m by 80 cm`; not `The old pen measured 2 m by 1 m`) and the
// headcount of the writer's own group (`Our club now has 40 qualified
// coaches`), a class a threshold cuts out of a plural subject (`Lambs over
// 46 kg sold well`) or of things counted (`adults over 70 mm long`), the
// writer's own working limit (`the 0.020 in working minimum we apply`), the
// most a grant pays towards costs (`up to 40% of eligible costs`) and a
// service's round (`serves 64 stops on a three-weekly timetable`). Each
// check reads a bounded slice of the figure's own sentence.

/** A cap set on a number, right before the figure: `caps entries at`, `capped numbers at`. */
const capAt = /\b(?:caps?|capped|capping|limits?|limited|limiting)\s+(?:[\p{L}-]+\s+){0,2}at\s+$/iu
/** The most a penalty can come to, its noun and up to three words before the modal: `Fines for littering can reach`. */
const penaltyReach =
  /\b(?:fines?|penalt(?:y|ies)|sentences?|damages|compensation)(?:\s+[\p{L}-]+){0,3}?\s+(?:can|could|may|might|will)\s+(?:reach|be|go\s+up\s+to|run\s+to|rise\s+to)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?$/iu
/** What a thing cost the writer: `cost us`, `cost me`. */
const costUs = /\bcost\s+(?:us|me)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/iu
/** A sum set against a budget, after it and up to three words: `for it, within the budget`, `, under our budget`. */
const againstBudget = /^(?:\s+[^\s,.;!?]+){0,3},\s+(?:well\s+|just\s+|comfortably\s+)?(?:within|under|inside)\s+(?:the|our|its|their|a|his|her)\s+(?:[\p{L}-]+\s+)?budget\b/iu
/** A sentence that opens on advice to budget: `Budget around`, `Allow about`, `Set aside`. */
const budgetOpening = /^\s*(?:budget|allow|set\s+aside|put\s+aside|plan\s+on)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu
/** The reading of an instrument that calls for an action: `reads above`, `shows more than`. */
const readsPast = /\b(?:reads?|reading|shows?|showing|registers?|displays?)\s+(?:above|below|over|under|more\s+than|less\s+than|higher\s+than|lower\s+than)\s+$/iu
/**
 * A dimension pair, a thing's size: `5 metres by 2.8 metres`, `1.5 m by 80 cm`; the figure then
 * `by` and a length (its own unit may come after a bare number: `1.5` then ` m by 80 cm`), or a
 * length and `by` before it (not `by 2030`).
 */
const byAfter = /^\s?(?:mm|cm|m|met(?:re|er)s?|feet|ft|foot|inches|in)?\s+(?:by|x|×)\s+\d[\d.,]*\s?(?:mm|cm|m|met(?:re|er)s?|feet|ft|foot|inches|in)\b/iu
const byBefore = /\d\s?(?:mm|cm|m|met(?:re|er)s?|feet|ft|foot|inches|in)\s+(?:by|x|×)\s+$/iu
/** A past measurement's verb before the pair: `The old store measured 6 metres by 4 metres` is found, not specified. */
const measuredPairBefore =
  /\b(?:measured|was|were|found|recorded)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:[\d.,]+\s?(?:mm|cm|m|met(?:re|er)s?|feet|ft|foot|inches|in)?\s+(?:by|x|×)\s+)?$/iu
/** The writer's own body as a sentence's subject and what it has: `Our club now has`, `Our flying group has` (not `Our town now has`). */
const ownGroupHas =
  /^\s*Our\s+(?:[\p{L}-]+\s+)?(?:group|club|team|society|choir|association|branch|charity|committee|crew|band|network|practice|firm|company|co-?operative|trust|guild|union)\s+(?:now\s+|currently\s+|already\s+)?(?:has|have|numbers|counts)\s+(?:some\s+|about\s+|around\s+)?$/u
/** A piece of writing describing what it holds, opening its sentence: `This guide covers`, `Each issue includes`, `The collection gathers`. */
const documentHolds =
  /^\s*(?:This|The|Our|Each|Every)\s+(?:[\p{L}-]+\s+){0,2}?(?:anthology|collection|book|guide|guidebook|volume|issue|edition|booklet|leaflet|handbook|catalogue|catalog|album|magazine|newsletter|compilation|selection|cookbook|chapter|pamphlet|zine|omnibus)\s+(?:now\s+|also\s+)?(?:gathers|collects|covers|includes|contains|features|brings\s+together|presents|offers|describes|lists|reprints|prints|carries|holds|has)\s+(?:(?:some|about|around|over|more\s+than|nearly|almost|another|a\s+further)\s+)?$/u
/** A sentence opening on the date a rule takes effect: `From 1 March,`, `As of next April`, `With effect from 2027`. */
const scheduledOpening =
  /^\s*(?:From|As\s+of|With\s+effect\s+from|Starting|Beginning|Effective)\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}|next\s+(?:week|month|year|term|season|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)|the\s+new\s+year)\b/u
/** A change a rule sets, in the present or the future, right before the figure: `rises to`, `goes up to`, `will fall to` (not `rose to`). */
const scheduledChange =
  /\b(?:rises|goes\s+up|increases|falls|drops|goes\s+down|changes|moves|is\s+(?:raised|cut|increased|reduced|set)|will\s+(?:rise|go\s+up|increase|fall|drop|go\s+down|change|move|be\s+(?:raised|cut|increased|reduced|set)))\s+(?:to|by)\s+$/iu
/**
 * Who a benefit or a rule is for, right before its threshold: `offered to pupils living`, `open to
 * households earning`, `the rules apply to any re-roofing of` (a bound before or opening the figure).
 */
const eligibleBefore =
  /\b(?:to|for)\s+(?:any\s+|all\s+|those\s+|only\s+)?(?:[\p{L}-]+\s+){0,2}?(?:living|earning|aged|travelling|traveling|who\s+(?:live|earn|are|travel)|whose\s+[\p{L}-]+\s+(?:is|are))\s+(?:(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below|at\s+least|up\s+to)\s+)?$/iu
const ruleAppliesBefore =
  /\b(?:appl(?:y|ies)|applicable|eligible|entitled|available|offered|open|limited|restricted)\s+(?:only\s+)?to\s+(?:any\s+|all\s+|those\s+|only\s+)?(?:[\p{L}-]+\s+){0,6}?(?:of|with|covering|over|under|above|below)\s+(?:(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below|at\s+least|up\s+to)\s+)?$/iu
/** A bound, at the end of the words before a figure or opening it: `more than`, `under`, `at least`. */
const boundEnd = /\b(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below|at\s+least|up\s+to)\s+$/iu
const boundOpening = /^(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below|at\s+least|up\s+to)\s/iu
/** A threshold that scopes a requirement: `on towers over`, `every site selling more than`, then `needs`, `must` or `requires` soon after the figure. */
const scopeBefore = /\b(?:on|for|in|to|every|any|each)\s+(?:[\p{L}-]+\s+){1,2}(?:over|above|under|below|more\s+than|less\s+than|exceeding)\s+$/iu
/** What a threshold that opens the figure's own words scopes: `every site selling` before `more than 500,000 litres a year must`. */
const scopeHead = /\b(?:every|any|each)\s+(?:[\p{L}-]+\s+){1,2}$/iu
/** A sentence that opens on what a threshold scopes: `Works over `, `Loads above `. */
const scopeOpening = /^(?:[\p{L}'’-]+\s+){1,3}(?:over|above|under|below|more\s+than|less\s+than|exceeding)\s+$/iu
const requirementAfter =
  /^(?:\s+[^\s;!?]+){0,4}?\s+(?:still\s+|also\s+|always\s+)?(?:needs?|requires?|must|is\s+required|are\s+required|(?:is|are)\s+(?:charged|taxed|levied|exempt|liable|zero-rated)|qualif(?:y|ies)\s+for)\b/iu
/**
 * An opening that is a plural noun, with at most one word before it, then the
 * bound: `Heavier lambs over`, `Bullocks under`: the class the threshold cuts
 * out; not a determiner's noun and its verb (`The meter reads above`) nor a
 * verb of level (`Temperature stays above`).
 */
const pluralClassOpening =
  /^\s*(?:(?!(?:the|a|an|this|that|its|his|her|our|their|my|your)\s)\p{L}+\s+)?(?!(?:stays|reads|remains|rises|falls|goes|sits|runs|climbs|stands|shows|measures|weighs|keeps|gets|drops|moves|is|was|has)\s)\p{L}{2,}s\s+(?:over|above|under|below|exceeding)\s+$/iu
/**
 * A funding rate's most, the figure then what it is a share of: `up to 40% of
 * eligible costs`, `up to 50% of the project costs`: a grant's limit a scheme
 * sets (`costs rose by up to 40%` has no `of … costs`).
 */
const fundedShareAfter = /^\s+of\s+(?:the\s+|your\s+|their\s+|its\s+)?(?:eligible|qualifying|approved|allowable|project|capital|installation|total)\s+(?:[\p{L}-]+\s+)?costs?\b/iu
const upToOpening = /^up\s+to\s/iu
/**
 * A service's round described as it runs, right before the count: `now serves`,
 * `calls at`, `stops at`; with the places it stops at after the count
 * (`64 stops`, `30 villages`) and a timetable or round in the sentence.
 */
const servesBefore = /\b(?:serves|calls\s+at|stops\s+at|visits|covers)\s+$/iu
const stopsNoun = /^\d[\d,]*\s+(?:[\p{L}-]+\s+)?(?:stops|halts|stations|villages|hamlets|schools|sites|locations|communities|estates|points)\b/iu
const roundCue = /\b(?:timetable|rota|round|circuit|route|schedule|(?:weekly|fortnightly|monthly|three-weekly|four-weekly|daily)\b)/iu
/**
 * The writer's or their body's own rule naming the figure, right before it:
 * `our rule that no`, `the club's policy is`. Whoever makes the rule sets
 * the figure (`our rule that no more than eight children bounce at once`).
 */
const ownRuleBefore =
  /\b(?:our|my|the\s+(?:club|society|group|firm|company|hub|school|centre|center|team)['’]s)\s+(?:[\p{L}-]+\s+)?(?:rule|rules|policy|limit)\s+(?:that|is|says)\s+(?:[\p{L}'’-]+\s+){0,4}?$/iu
/**
 * The writer's body as the subject of a modal and a verb of giving or
 * taking, right before a cap that opens the figure: `we can issue up to
 * three vouchers a visit`, `we may accept a maximum of 12`. The most the body
 * itself allows is its own rule.
 */
const ownCapBefore =
  /\b(?:we|I)\s+(?:can|may|will|could)\s+(?:only\s+)?(?:issue|give|lend|offer|take|accept|book|seat|hire|supply|provide|allocate|admit|fit|sell|send|register|enrol|enroll|host|welcome|allow|let|carry|hold|sleep|store|deliver)\s+$/iu
/**
 * A budget just stated, then `of which`, right before a share: `The station's
 * annual budget is $180,000, of which`. How a budget is split is set by
 * whoever sets the budget.
 */
const budgetSplitBefore = /\bbudget\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|was|of|will\s+be)\s+[$€£]\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn|k))?,\s+of\s+which\s+$/iu
/**
 * The writer naming a figure as their own working limit, right after it:
 * `0.020 in working minimum we apply`, `the 3 mm tolerance I work to`. The
 * writer's rule sets the figure.
 */
const ownLimitAfter =
  /^\s?(?:[\p{L}\/]+\s+){0,2}?(?:minimum|maximum|limit|threshold|tolerance|rule|cut-off|cutoff)\s+(?:that\s+)?(?:we|I)\s+(?:apply|use|set|work\s+to|keep\s+to|follow|allow|accept|insist\s+on)\b/iu
/**
 * A plural noun and a bound right before a size with its dimension after
 * it: `adults over 70 mm long`, `trees above 10 m tall`, `fish under 20 cm in
 * length`. The size bounds the class of things counted, not a finding (not
 * a verb of level before the bound: `grows over 2 m tall` claims).
 */
const classBoundBefore =
  /(?<!\p{L})(?!(?:stays|reads|remains|rises|falls|goes|sits|runs|climbs|stands|shows|measures|weighs|keeps|gets|drops|moves|grows|reaches|exceeds|is|was|has)\s)\p{L}{2,}s\s+(?:over|above|under|below|exceeding|more\s+than|less\s+than)\s+$/iu
const dimensionWordAfter = /^\s?(?:long|tall|wide|high|deep|thick|across|in\s+(?:length|diameter|height|width|girth))\b/iu
/** A cap opening a figure: `up to`, `a maximum of`, `no more than`. */
const capOpening = /^(?:up\s+to|a\s+maximum\s+of|no\s+more\s+than|not\s+more\s+than|at\s+most)\s/iu
/** Marks that close a clause, for `lastClause`. */
const clauseMarks = /[;:,]/gu

/** Every regex of this module, for the ReDoS test. */
export const limitPatterns: readonly RegExp[] = [
  capAt,
  penaltyReach,
  scopeHead,
  costUs,
  againstBudget,
  budgetOpening,
  readsPast,
  byAfter,
  byBefore,
  measuredPairBefore,
  ownGroupHas,
  documentHolds,
  scheduledOpening,
  scheduledChange,
  eligibleBefore,
  ruleAppliesBefore,
  boundEnd,
  boundOpening,
  scopeBefore,
  scopeOpening,
  requirementAfter,
  pluralClassOpening,
  fundedShareAfter,
  upToOpening,
  servesBefore,
  stopsNoun,
  roundCue,
  ownRuleBefore,
  ownCapBefore,
  capOpening,
  budgetSplitBefore,
  ownLimitAfter,
  classBoundBefore,
  dimensionWordAfter,

  clauseMarks
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd`, is set,
 * spent or planned rather than measured:
 * - a cap set on a number (`cap bookings at 30 guests`);
 * - the most a penalty can come to (`Penalties can reach £500`);
 * - what a thing cost the writer (`cost us €2.10 a litre`);
 * - a sum set against a budget (`paid £900, within our budget`);
 * - an advised budget opening its sentence (`Budget about £5 a guest`);
 * - the reading that calls for an action (`when the gauge reads above 40 psi`);
 * - a threshold that scopes a requirement or a charge (`Loads on trailers over 3.5
 *   tonnes need a plated vehicle`, `Works over £10,000 need approval`,
 *   `Duty on beer under 3.5% ABV is charged at a lower rate`, `Every firm
 *   employing more than 50 staff must publish its pay gap`: who the rule
 *   binds), or a class a
 *   plural subject opening the sentence is cut by (`Lambs over 46 kg sold
 *   well`);
 * - a thing's size as a dimension pair (`The pen is 1.5 m by 80 cm`, `a
 *   shed of 4 metres by 3 metres will be built`; not one that `measured` so);
 * - a change a rule sets from a date (`From 1 March, the fee rises to
 *   £40`; not `Since March, sales rose to 9,000`);
 * - a threshold that says who a benefit or a rule is for (`open to
 *   households earning under £18,000`, `applies to any extension of more
 *   than a third of the floor`; not `more than two miles of road`);
 * - what a piece of writing holds, in its own words (`This guide covers 40
 *   walks`, `Each issue includes 12 recipes`);
 * - the headcount of the writer's own group (`Our club now has 40 coaches`);
 * - a figure the writer's body's own rule names (`our rule that no more than
 *   eight children bounce at once`) or the most it says it can give or take
 *   (`we can issue up to three vouchers a visit`);
 * - a class of things counted, bounded by a size with its dimension after
 *   it (`all of them adults over 70 mm long`);
 * - the writer's own working limit, named right after the figure (`the 0.020
 *   in working minimum we apply`);
 * - a budget's split after `of which` (`the annual budget is $180,000, of
 *   which 60% goes on salaries`);
 * - the most a scheme pays towards costs (`grants of up to 40% of eligible
 *   costs`);
 * - the stops of a service's round, with its timetable (`The mobile library
 *   serves 64 stops on a three-weekly timetable`).
 */
export function isLimitFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const near = before(text, span.start, 48)
  // `Penalties for persistent non-reporting can reach`: the penalty's noun and its three words need a wider window than a cap's.
  if (capAt.test(near) || penaltyReach.test(before(text, span.start, 72))) return true
  if (span.kind === 'money' && (costUs.test(near) || againstBudget.test(after(text, span.end, 40)))) return true
  const opening = text.slice(sentenceStart, span.start)
  if (opening.length <= 40 && budgetOpening.test(opening)) return true
  const lead = text.slice(Math.max(sentenceStart, span.start - 100), span.start)
  if (readsPast.test(near) && conditionWord.test(lastClause(lead, clauseMarks))) return true
  const scoped =
    scopeBefore.test(near) ||
    (opening.length <= 40 && scopeOpening.test(opening)) ||
    (boundOpening.test(text.slice(span.start, span.end)) && scopeHead.test(near))
  if (scoped && requirementAfter.test(text.slice(span.end, Math.min(sentenceEnd, span.end + 60)))) return true
  // `Heavier lambs over 46 kg sold well`: a measure after a plural subject and its bound names the class the sentence is about, whatever it says of it.
  if (span.kind === 'measurement' && opening.length <= 40 && pluralClassOpening.test(opening)) return true
  // `all of them adults over 70 mm long`: the same class boundary anywhere, with its dimension after the size.
  if (span.kind === 'measurement' && classBoundBefore.test(near) && dimensionWordAfter.test(after(text, span.end, 16))) return true
  // `below the 0.020 in working minimum we apply`: the writer's own working limit.
  if (span.kind !== 'change' && span.kind !== 'multiple' && ownLimitAfter.test(after(text, span.end, 64))) return true
  const dimension = (span.kind === 'measurement' || span.kind === 'approximate') && (byAfter.test(after(text, span.end, 24)) || byBefore.test(before(text, span.start, 24)))
  if (dimension && !measuredPairBefore.test(before(text, span.start, 48))) return true
  if (span.kind === 'count' && opening.length <= 72 && documentHolds.test(opening)) return true
  // `Grants of up to 40% of eligible costs`: the most a scheme pays towards costs.
  if (span.kind === 'percentage' && upToOpening.test(text.slice(span.start, span.end)) && fundedShareAfter.test(after(text, span.end, 48))) return true
  // `The mobile library now serves 64 stops on a three-weekly timetable`: a service's round, as it runs it.
  if (span.kind === 'count' && servesBefore.test(near) && stopsNoun.test(text.slice(span.start, Math.min(sentenceEnd, span.start + 48))) && roundCue.test(text.slice(span.end, sentenceEnd))) return true
  // `our rule that no more than eight children`, `we can issue up to three vouchers`: the writer's body's own rule or cap.
  if (span.kind !== 'change' && span.kind !== 'multiple' && ownRuleBefore.test(before(text, span.start, 64))) return true
  if ((span.kind === 'count' || span.kind === 'approximate') && capOpening.test(text.slice(span.start, span.end)) && ownCapBefore.test(near)) return true
  // `The station's annual budget is $180,000, of which 60% goes on salaries`: a budget's split.
  if ((span.kind === 'percentage' || span.kind === 'proportion') && budgetSplitBefore.test(before(text, span.start, 96))) return true
  if (isScheduled(text, span, sentenceStart)) return true
  if (isEligibility(text, span, sentenceStart)) return true
  // `Our club has 86 members, up from 61`: a headcount set against an earlier one is a result.
  return span.kind === 'count' && opening.length <= 48 && ownGroupHas.test(opening) && !isHeadcountCompared(text, span.end)
}

/** Whether a figure is where a rule moves something from a date that opens its sentence: `From 1 March, the fee rises to £40`. */
function isScheduled(text: string, span: Span, sentenceStart: number): boolean {
  if (!scheduledOpening.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 48)))) return false
  const number = numberStart(text, span)
  return scheduledChange.test(text.slice(Math.max(sentenceStart, number - 48), number))
}

/** Whether a figure is a bound that says who or what a benefit or a rule is for: `offered to pupils living more than two miles away`. */
function isEligibility(text: string, span: Span, sentenceStart: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const lead = text.slice(Math.max(sentenceStart, span.start - 80), span.start)
  if (!boundEnd.test(lead) && !boundOpening.test(text.slice(span.start, span.end))) return false
  return eligibleBefore.test(lead) || ruleAppliesBefore.test(lead)
}
