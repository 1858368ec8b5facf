import type {Span} from './span.js'
import {after, before} from './span.js'

// Figures that specify or set rather than measure the world, read from the
// figure's own sentence: the size of a tool or a part (`for 3 mm and 5 mm
// drills`), what a material is made of (`a mix of 60% cotton and 40%
// linen`), a design and its allowances (`sized for a 1 in 30 year flood plus
// 20%`), what a rule limits or awards (`limits discharge to 2 litres per
// second`, `awards up to 20 marks`), a pass mark (`the pass mark is 30 out
// of 40`, `you need 18 out of 24 to pass`), a sum a decision or a contract
// names (`a deposit of £900`), the writer's own body and what it covers
// (`our fleet of 9 sweepers cleans 400 km of streets`), a particular of one
// thing described by its rating noun (`a payload of 8 tonnes`, `a sail area
// of 1,100 square metres across 22 sails`), a kind's standard size (`A
// hogshead holds roughly 250 litres`), a disruption a
// notice warns of (`there may be delays of up to 10 minutes`), the length
// of one named performance (`a peal of 5,088 Stedman Caters`) and a vague
// crowd in a relative clause (`a path that thousands of walkers use`). A
// reviewer asks none of them for a source: the maker, the rule, the writer
// or the contract is the source. Each check reads a bounded slice around
// the figure.

/** A unit of size right after a number, as a span ends: `3.25 mm`. */
const sizeEnd = /\d\s?(?:mm|cm|m|in|inch|inches|g|kg|ml|l|litres?|liters?|amp|amps|A|V|W|kW|bar|psi)$/u
/** A lower-case noun right after a size, the thing it sizes: `needles`, `press fitting` (not a participle: `with 9 m lost`, `with 40 mm recorded`). */
const sizedNoun =
  /^\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|is|are|was|were|thick|long|wide|high|deep|tall|away|apart|ago|across|than|more|less|last|this|that|since|each|every|lost|gone|left|\p{Ll}+ed)\b)\p{Ll}[\p{L}-]*/u
/** Another size and a conjunction before it: the second of a list of sizes (`3 mm and `, `6 mm or `). */
const sizeListBefore = /\d\s?(?:mm|cm|m|in|g|kg|ml|l|A|V|W|bar)\s+(?:and|or|to)\s+$/u
/** A size named after it, in a list of sizes before one noun: ` and 4 mm needles`. */
const sizeListAfter =
  /^\s+(?:and|or|to)\s+\d+(?:\.\d+)?\s?(?:mm|cm|m|in|g|kg|ml|l|A|V|W|bar)\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|is|are|was|were|than|more|less|last|this|that|since|each|every)\b)\p{Ll}/u
/** An article and at most one word before a size: `a standard 100 g skein`, `each 6 mm bolt`. */
const articleBefore = /\b(?:a|an|one|each|every)\s+(?:[\p{Ll}-]+\s+)?$/iu
/** A preposition of use before a size: `written for`, `knitted with`, `using`. */
const useBefore = /\b(?:for|with|using|takes|fits|needs|requires)\s+$/iu
/** What a material is made of, before the share (or before the first share of a list): `a blend of`, `made from` (not `made up of`, which a body of people is). */
const compositionBefore =
  /\b(?:(?:blend|mix|mixture|alloy)\s+of|(?:made|spun|woven|knitted|cast|moulded|molded)\s+from)\s+(?:\d+(?:\.\d+)?\s?%\s+(?:[\p{L}-]+\s+){1,3}?(?:and|with|plus)\s+)?$/iu
/** A design and what it allows for, in the clause before the figure: `sized for`, `designed to`, `built to withstand`. */
const designBefore = /\b(?:sized|designed|built|rated|engineered|dimensioned|specified)\s+(?:for|to)\b/giu
/** A mark that closes a clause (a comma inside a grouped number, `28,000`, does not). */
const clauseClose = /[;:!?]|,(?!\d)|\.\s/u
/** A rule or a body limiting something to a figure: `limits run-off from the site to`, `restricts entries to`, `caps fees at`. */
const limitsTo =
  /\b(?:limits?|limiting|restricts?|restricting|caps?|capping)\s+(?:[^\s.;:!?]+\s+){0,6}?(?:to|at)\s+(?:(?:up\s+to|no\s+more\s+than|a\s+maximum\s+of)\s+)?$/iu
/** What sets a limit, in the 120 characters of its sentence before the figure: a rule, a plan or a document that binds, a body that governs, or the writer (`The permit limits`, `Our rules cap`; not `The drought limits yields`). */
const ruleSetter =
  /\b(?:rules?|regulations?|laws?|bylaws?|by-laws?|acts?|orders?|licen[cs]es?|permits?|conditions?|polic(?:y|ies)|schemes?|strateg(?:y|ies)|plans?|designs?|specifications?|proposals?|guidance|codes?|standards?|terms|contracts?|leases?|agreements?|councils?|authorit(?:y|ies)|regulators?|agenc(?:y|ies)|ministry|government|federation|association|club|committee|board|we|our)\b/iu
/** What a rule awards or allows, with `up to`: `Judges award up to`, `allows up to`. */
const awardsUpTo = /\b(?:awards?|awarded|allows?|allowed|permits?|permitted|entitles?|entitled)\s+(?:[\p{L}-]+\s+){0,2}?(?:up\s+to\s+)?$/iu
const upToOpening = /^up\s+to\s/iu
const upToEnd = /\bup\s+to\s+$/iu
/** A pass mark or a cut-off, before the figure: `the pass mark is`, `a cut-off of`. */
const passMarkBefore =
  /\b(?:pass(?:ing)?\s*(?:mark|score|grade|threshold)|cut-?off(?:\s+(?:mark|score))?|qualifying\s+(?:mark|score|time)|minimum\s+(?:mark|score))\s+(?:(?:for|in|on)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:is|was|of|at|stands\s+at|remains|will\s+be)\s+(?:now\s+)?$/iu
/** A score needed, before it: `you need`, `candidates must score`. */
const scoreNeeded = /\b(?:need|needs|needed|must\s+(?:score|get|achieve|reach)|(?:have|has)\s+to\s+(?:score|get))\s+(?:at\s+least\s+)?$/iu
/** What the score is needed for, after it: `for a grade A`, `to pass`. */
const neededFor =
  /^\s+(?:for\s+(?:an?\s+|the\s+)?(?:grade|pass|distinction|merit|credit|certificate|medal|award|licence|license)|to\s+(?:pass|qualify|earn|gain|achieve|reach|get))\b/iu
/** One thing and its price, as the subject of its sentence: `A new pump costs around`, `One ticket sells for`. */
const onePriced =
  /^\s*(?:A|An|One|Each)\s+(?:[\p{L}\d'’-]+\s+){0,10}?(?:costs?|sells?\s+for|retails?\s+(?:for|at)|is\s+priced\s+at|goes\s+for|fetches)\s+(?:(?:about|around|roughly|under|over|just\s+over|just\s+under|less\s+than|more\s+than|from|upwards\s+of)\s+)?$/u
/** One thing a price is asked or paid for, after the figure: `for a complete one`, `for each lamp` (not `for a year`). */
const forOne =
  /^\s+for\s+(?:a|an|one|each)\s+(?!(?:year|month|week|day|night|hour|decade|season|term)\b)\p{L}/iu
/** A word that makes a price an aggregate or a change: `A typical home costs`, `A pint now costs`. */
const aggregateWord = /\b(?:average|typical|median|mean|total|record|now)\b/iu
/** A period after a price: a recurring cost, measured over time (`£5,000 a year`), or a cost over a whole life (`£50,000 from birth to retirement`, `over its lifetime`), an estimate summed. */
const periodAfter =
  /^\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|term|season|annum)|from\s+birth|over\s+(?:a|its|their|his|her)\s+(?:whole\s+)?(?:lifetime|life|working\s+life|career))\b/iu
/** A disruption named by the span itself: `delays of up to`, `queues of`. */
const disruptionOpening = /^(?:delays?|waits?|queues?|disruption|closures?|diversions?)\b/iu
/** A sum named by its kind, which a contract or a decision sets: `a deposit of`, `a fine of`. */
const sumOfKind = /\b(?:deposit|security|bail|fine|penalty|premium|excess|bond|award)\s+of\s+$/iu
/** The writer's own body as the subject: `our fleet of`, `our crews clear`, `our network covers`. */
const ownBody =
  /\bour\s+(?:[\p{L}-]+\s+)?(?:fleet|network|depots?|crews?|teams?|staff|workforce|estate|vehicles|engineers|inspectors|wardens)\s+(?:of\s+|(?:of\s+[\d,]+\s+[\p{L}-]+\s+)?(?:now\s+|also\s+)?(?:treats?|covers?|maintains?|serves?|runs?|operates?|manages?|patrols?|inspects?|cleans?|clears?|grits?|looks\s+after|cares\s+for|has|have)\s+(?:(?:about|around|some|over|nearly|more\s+than)\s+)?)$/iu
/** A disruption a notice warns of, before it: `there may be`, `expect`, `may experience` (not `could face`, a forecast of others' waits). */
const warnedBefore =
  /\b(?:there\s+(?:may|might|could|will|can)\s+be|(?:may|might|could|can)\s+(?:experience|cause|see)|expect|anticipate|allow\s+for|plan\s+for)\s+(?:(?:some|short|minor|further|possible)\s+)?$/iu
/** One performance and its length, before the figure: `A peal of`, `a quarter of`. */
const oneOf = /\b(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:peal|quarter(?:\s+peal)?|touch|date\s+touch|extent|performance|recital|medley|suite)\s+of\s+$/u
/** A figure and a capitalised name right after it: the named thing it sizes (`5,040 Plain Bob Triples`). */
const namedFigure = /^[\d.,]+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u
/** The writer's own product or the thing in hand, right before its size: `Our 150 g/m² base layers`, `these 40 mm rings`. */
const ownSizedBefore = /\b(?:our|these|this|its|their)\s+$/iu
/** A unit that goes on after the span (`/m²`, `/24h`) and the lower-case noun it sizes. */
const sizedNounAfterUnit = /^(?:\/[^\s/]{1,6}){0,2}\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|is|are|was|were|than|more|less)\b)\p{Ll}/u
/** A measurement opening its sentence with `At`, then the thing's own subject: `At 1.38 kg it carries`, `At 320 g, the jacket`. */
const atOpening = /^\s*At\s+$/u
const thingSubjectAfter = /^,?\s+(?:it|this|the|our|these|they|each)\b/u
/** The sizes a product fits or adjusts to, right before the figure: `fits torso lengths from 42 to`, `adjusts to`. */
const fitsRangeBefore =
  /\b(?:fits?|suits?|accommodates?|adjusts\s+to)\s+(?:[\p{L}-]+\s+){0,3}?(?:from\s+\d[\d.,]*\s+(?:to|and)\s+|up\s+to\s+)?$/iu
/** A new version of a product and what it sheds or adds, right before the figure: `The new version drops`, `the latest model adds`. */
const newVersionBefore =
  /\b(?:new|latest|updated|revised|next)\s+(?:version|model|edition|design|generation)\s+(?:(?:now|also)\s+)?(?:drops|sheds|loses|saves|adds|gains|cuts)\s+(?:(?:a\s+further|another|about|around|nearly)\s+)?$/iu
/** A goal named as a gerund's limit: `the window for limiting warming to`, `hopes of keeping losses below`. */
const aimLimiting =
  /\b(?:for|of|on|towards?)\s+(?:limiting|keeping|holding|capping)\s+(?:[\p{L}-]+\s+){1,3}?(?:to|at|below|under)\s+(?:(?:no\s+more\s+than|a\s+maximum\s+of)\s+)?$/iu
/** The scope of an inspection or test, right after a share: `100% MPI`, `10% radiography`, `100% visual inspection`. */
const testScopeAfter =
  /^\s+(?:(?:MPI|MT|UT|RT|PT|DPI|NDT|NDE|VT)\b|(?:[\p{L}-]+\s+)?(?:inspection|testing|sampling|radiography|checking|examination)\b)/u
/** A relative pronoun right before a vague crowd: `a route that thousands of people use`. */
const relativeBefore = /\b(?:that|which|where|whom)\s+$/iu
const multitudeOpening = /^(?:dozens|hundreds|thousands|millions|tens\s+of\s+thousands)\s+of\b/iu
/** A verb of saying or finding right before `that`: `claim that`, `estimates that`. Its `that` opens a reported claim, not a relative clause. */
const claimThatBefore =
  /\b(?:claim(?:s|ed)?|say|says|said|argue(?:s|d)?|estimate(?:s|d)?|report(?:s|ed)?|believe(?:s|d)?|suggest(?:s|ed)?|show(?:s|ed)?|found|finds?|fear(?:s|ed)?|warn(?:s|ed)?|allege(?:s|d)?|insist(?:s|ed)?)\s+that\s+$/iu

/**
 * The noun of a particular of one thing, right before its figure: `a payload
 * of`, `with a sail area of`, `its wingspan of`. A rating or a particular of
 * the thing described (a vessel, a vehicle, a product), as its maker or owner
 * gives it.
 */
const particularBefore =
  /\b(?:a|an|its|their|her|his|the)\s+(?:[\p{L}-]+\s+)?(?:payload|carrying\s+capacity|load\s+capacity|sail\s+area|displacement|tonnage|wingspan|draught|gross\s+weight|kerb\s+weight|unladen\s+weight|rated\s+(?:load|output|power|capacity)|engine\s+size|deck\s+area|floor\s+area|footprint|bore|stroke|top\s+speed)\s+of\s+(?:(?:about|around|up\s+to|some|nearly|just\s+over|just\s+under)\s+)?$/iu
/** A verb of reaching or recording right before a particular: `clocked a top speed of`, `recorded a top speed of`: a level someone reached, measured, not a rating. */
const reachedParticular = /\b(?:recorded|clocked|logged|hit|reached|touched|posted|achieved)\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?top\s+speed\s+of\s+(?:(?:about|around|nearly|just\s+over|just\s+under)\s+)?$/iu
/** The parts a particular is spread across, right before their count: `a sail area of 1,100 square metres across`. */
const particularPartsBefore =
  /\b(?:payload|capacity|sail\s+area|displacement|tonnage|deck\s+area|floor\s+area)\s+of\s+(?:(?:about|around|up\s+to|some|nearly)\s+)?\d[\d.,]*\s?(?:[\p{L}²³]+\s+){1,2}(?:across|over|in|on|between|from)\s+$/iu

/**
 * A kind's standard size, a definition: the sentence opens on `A` or `An`,
 * one noun and a verb of holding or equalling, right before the figure (`A
 * hogshead holds roughly`, `A furlong is`, `An imperial gallon equals about`).
 */
const definitionOpening =
  /^\s*An?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:holds|contains|takes|is|equals|is\s+equal\s+to|is\s+defined\s+as)\s+(?:(?:roughly|about|around|approximately|some|exactly|just\s+over|just\s+under)\s+)?$/u
/** A unit of volume, weight or length in a definition's figure: `250 litres`, `220 yards`. */
const definedUnit = /\d\s?(?:litres?|liters?|gallons?|pints?|quarts?|bushels?|cubic\s+(?:feet|metres|meters)|kg|kilograms?|tonnes?|tons?|pounds|lb|ounces|oz|grams?|yards?|feet|foot|inches|metres?|meters?|miles?|acres?|hectares?|fathoms?|chains?)$/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticSpecPatterns: readonly RegExp[] = [
  definitionOpening,
  definedUnit,
  particularBefore,
  reachedParticular,
  particularPartsBefore,
  sizeEnd,
  sizedNoun,
  sizeListBefore,
  sizeListAfter,
  useBefore,
  compositionBefore,
  designBefore,
  clauseClose,
  limitsTo,
  ruleSetter,
  awardsUpTo,
  upToOpening,
  upToEnd,
  passMarkBefore,
  scoreNeeded,
  neededFor,
  sumOfKind,
  onePriced,
  forOne,
  aggregateWord,
  periodAfter,
  disruptionOpening,
  articleBefore,
  ownBody,
  warnedBefore,
  oneOf,
  namedFigure,
  relativeBefore,
  multitudeOpening,
  claimThatBefore,
  ownSizedBefore,
  sizedNounAfterUnit,
  atOpening,
  thingSubjectAfter,
  fitsRangeBefore,
  newVersionBefore,
  aimLimiting,
  testScopeAfter
]

/** Kinds of figure a change or a comparison is: never set by these cues. */
const measuredKinds = new Set(['change', 'multiple'])

/**
 * Whether a statistic at `span`, in the sentence `[sentenceStart,
 * sentenceEnd)`, specifies or sets rather than measures:
 * - the size of a tool or part before the noun it sizes, after a word of
 *   use, an article or in a list of sizes (`for 3 mm and 5 mm drills`, `a
 *   spare 50 g ball`);
 * - a share of what a material is made of (`a mix of 60% cotton and 40%
 *   linen`);
 * - any figure in the clause after a design's verb (`sized for a 1 in 30
 *   year flood plus 20%`);
 * - what a rule limits something to or awards (`limits discharge to 2
 *   litres per second`, `awards up to 20 marks`);
 * - a pass mark or a score needed for one (`the pass mark is 30 out of
 *   40`, `you need 18 out of 24 to pass`);
 * - a sum named by its kind (`a deposit of £900`), and the price of one
 *   thing (`A new pump costs around £80`, `asks £300 for a whole set`);
 * - what the writer's own body has or covers (`our fleet of 9 sweepers
 *   cleans 400 km of streets`);
 * - a disruption a notice warns of (`there may be delays of up to 10
 *   minutes`);
 * - the length of one named performance (`a peal of 5,088 Stedman Caters`);
 * - a vague crowd in a relative clause (`a path that thousands of walkers
 *   use`), not after a verb of saying, whose `that` reports a claim
 *   (`Critics claim that hundreds of dogs go missing`);
 * - the size of one product as its maker gives it (`Our 150 g/m² base
 *   layers`, `At 1.38 kg it carries`, `fits torso lengths from 42 to 53 cm`,
 *   `The new version drops 40 g per shoe`);
 * - a goal named as a gerund's limit (`the window for limiting warming to
 *   1.5 °C`);
 * - the scope of an inspection or a test (`re-inspected with 100% MPI`).
 * Changes and multiples are claims in any of these places.
 */
export function isSpecified(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (measuredKinds.has(span.kind)) return false
  const words = text.slice(span.start, span.end)
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  const rest = text.slice(span.end, Math.min(sentenceEnd, span.end + 48))
  if (sizeEnd.test(words) && sizedNoun.test(rest) && (useBefore.test(lead.slice(-16)) || sizeListBefore.test(lead.slice(-16)) || articleBefore.test(lead.slice(-24)))) return true
  if (sizeEnd.test(words) && sizeListAfter.test(rest) && useBefore.test(lead.slice(-16))) return true
  if (span.kind === 'percentage' && compositionBefore.test(lead.slice(-72))) return true
  if ((span.kind === 'measurement' || span.kind === 'rate') && isProductSize(text, span, lead, sentenceStart, rest)) return true
  if (aimLimiting.test(lead.slice(-64))) return true
  if (span.kind === 'percentage' && testScopeAfter.test(rest)) return true
  if (inDesign(lead)) return true
  if (limitsTo.test(lead.slice(-80)) && ruleSetter.test(lead)) return true
  if ((upToOpening.test(words) || upToEnd.test(lead)) && awardsUpTo.test(lead.slice(-48))) return true
  if (passMarkBefore.test(lead.slice(-48))) return true
  if (scoreNeeded.test(lead.slice(-32)) && neededFor.test(rest)) return true
  if (span.kind === 'money' && !aggregateWord.test(lead)) {
    if (sumOfKind.test(lead.slice(-24))) return true
    // The subject and its verb of price open the sentence, at most a reach back.
    const opening = span.start - sentenceStart <= 120 ? text.slice(sentenceStart, span.start) : ''
    if ((onePriced.test(opening) || forOne.test(rest)) && !periodAfter.test(rest)) return true
  }
  if (ownBody.test(lead.slice(-96))) return true
  // `A hogshead holds roughly 250 litres`: a kind's standard size, a definition.
  if (span.start - sentenceStart <= 48 && definedUnit.test(words) && definitionOpening.test(text.slice(sentenceStart, span.start))) return true
  // `a payload of 8 tonnes`, `a sail area of 1,100 square metres across 22 sails`: a particular of one thing described, and the parts it is spread across.
  if (!aggregateWord.test(lead.slice(-64)) && ((particularBefore.test(lead.slice(-64)) && !reachedParticular.test(lead.slice(-64))) || (span.kind === 'count' && particularPartsBefore.test(lead.slice(-96))))) return true
  if (disruptionOpening.test(words) && warnedBefore.test(lead.slice(-40))) return true
  if (oneOf.test(lead.slice(-24)) && namedFigure.test(text.slice(span.start, span.start + 48))) return true
  // `a route that thousands of people use` names the route; `Critics claim that hundreds of dogs go missing` reports a number.
  return multitudeOpening.test(words) && relativeBefore.test(lead.slice(-12)) && !claimThatBefore.test(lead.slice(-24))
}

/**
 * Whether a measurement sizes one product or thing in hand, as its maker
 * gives it: before the noun it sizes after `our` or `these` (`Our 150 g/m²
 * base layers`), opening its sentence with `At` before the thing's own
 * subject (`At 1.38 kg it carries`), the sizes a thing fits (`fits torso
 * lengths from 42 to 53 cm`), or what a new version of it sheds or adds
 * (`The new version drops 40 g per shoe`).
 */
function isProductSize(text: string, span: Span, lead: string, sentenceStart: number, rest: string): boolean {
  if (ownSizedBefore.test(lead.slice(-8)) && sizedNounAfterUnit.test(rest)) return true
  if (span.start - sentenceStart <= 8 && atOpening.test(text.slice(sentenceStart, span.start)) && thingSubjectAfter.test(rest)) return true
  return fitsRangeBefore.test(lead.slice(-64)) || newVersionBefore.test(lead.slice(-64))
}

/** Whether the words before a figure end in the clause of a design's verb (`sized for`), with no clause mark after it. */
function inDesign(lead: string): boolean {
  let last = -1
  for (const match of lead.matchAll(designBefore)) last = match.index + match[0].length
  return last !== -1 && !clauseClose.test(lead.slice(last))
}
