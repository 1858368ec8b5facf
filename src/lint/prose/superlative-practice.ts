import type {PatternRule, Span} from './span.js'
import {after, lastClause} from './span.js'
import {opensOnInstruction} from './figure-instruction.js'
import {noneRule, serviceEvery} from './superlative-service.js'

// Absolutes that tell the writer's own practice, an instruction or what
// someone asks or believes, and claim nothing of the world: `every` in the
// writer's own plan (`We will write to every new member`), the writer's own
// method or someone's promise (`we measured every plot`, `has promised a
// note on every entry`), in an instruction
// (`screw a bracket to every post`, `Please fill in every hole`), in a
// record kept of each one (`keeps a log of every batch`) or over the members of the writer's own
// body (`Every member passed the course`); `never` in an instruction
// (`Rinse, never scrub`), in a reported question (`asks why the pump never
// stops`) or inside a belief lent to an unnamed crowd (`It is widely believed
// that cats never …`, `It was put to the board that costs had never been
// higher`, which vague-attribution reports); a superlative that
// picks out one of the writer's own body (`Our choir thanked its oldest
// singer`). And two universals
// of fact that had no form: `every one of them will …`, `no jar that … can
// be …`.

/** The writer's own plan or wish, before it in its sentence: `We will be writing to`, `we'll send`, `We plan to`, `We would like to see` (round 49). */
const ownPlanLead =
  /(?:^|[^\p{L}'’])[Ww]e(?:['’]ll|\s+(?:will|shall|are\s+going\s+to|plan\s+to|intend\s+to|aim\s+to|would\s+(?:like|love)\s+to|want\s+to\s+see|hope\s+to\s+see))\s/u
/** The writer's own method or someone's promise, before it in its sentence: `we measured the soil of every plot`, `we asked every grower`, `has promised a note on every entry` (what was done or pledged for each one, not a claim that all are so). */
const ownDeedLead =
  /(?:^|[^\p{L}'’])(?:[Ww]e\s+(?:(?:also|then|first)\s+)?(?:measured|sampled|weighed|counted|recorded|surveyed|visited|inspected|tested|checked|photographed|interviewed|asked|contacted|wrote\s+to)|promised|promises|pledged|pledges|undert(?:ook|akes)\s+to)\s/u
/** `every member`, `Every member bakery`: the members of the writer's own body (not `every member state`, a claim about nations). */
const everyMember = /^every\s+member\b(?!\s+(?:states?|countr(?:y|ies)|nations?|governments?)\b)/iu
/** `every junior spends a year on reception`: a grade of the writer's or a business's own staff and what its training asks of them (not `every junior doctor in England`, a class named). */
const everyTrainee = /^every\s+(?:junior|trainee|apprentice|recruit|new\s+starter|newcomer|probationer)\s+(?!(?:in|across|of|at)\b)\p{Ll}+s\b/iu
/** A rule or a recommendation laid down before `every`: `must be on site for every scaffold`, `should be sold from every chemist`, `shall be fitted to every door`, `will require landlords to keep a log for every flat` (what the rule requires, not a claim that all are so). */
const ruleModal = /\b(?:must|shall|should)\s+(?:not\s+)?(?:be\s+)?\p{Ll}+\b|\b(?:require|requires|required|requiring|oblige|obliges|obliged)\s+(?:[\p{Ll}-]+\s+){1,3}?to\s+\p{Ll}+/iu
/** A rule's modal and its verb right before `every`, the step a rule sets after each one: `a test should follow every sweep`, `must precede every climb` (round 46). */
const ruleVerbEnd = /\b(?:must|shall|should)\s+(?:not\s+)?(?:precede|follow|accompany)\s+$/iu
/** A preposition right before `every`, the thing a rule is for: `on every`, `for every`. */
const prepositionEnd = /\b(?:for|on|to|at|in|with|from)\s+$/iu
/** A mark that ends a clause. */
const clauseEnd = /[.;!?]/gu
/** How far back from `every` a rule's modal may stand (its verb, then at most 60 characters). */
const ruleReach = 96
/** `Nobody was injured`, `No one was hurt this year`: the outcome of the writer's own event, a count of none, not a universal. */
const noneHarmed = /^(?:nobody|no\s+one)$/iu
const harmedAfter = /^\s+(?:was|were|got)\s+(?:seriously\s+|badly\s+)?(?:injured|hurt|harmed|hospitali[sz]ed|lost|stranded)\b/iu
/** `No one was caught`, `Nobody was trapped`: caught up in the event the writer records (an avalanche, a fire, a flood), a count of none as `Nobody was hurt` is (round 62). */
const caughtAfter = /^\s+(?:was|were|got)\s+(?:caught|trapped|buried|killed|drowned)(?![\p{L}'’-])/iu
/** A function word, adverb or pronoun opening a sentence (`In spring`, `Then`, `They`): it opens no instruction. */
const openingFunctionWord =
  /^[^\p{L}]{0,3}(?:in|on|at|for|by|with|from|after|before|during|since|under|over|into|onto|upon|like|unlike|despite|through|throughout|across|along|among|amid|around|about|above|below|beneath|between|behind|beside|besides|beyond|toward|towards|against|except|near|past|via|without|within|inside|outside|until|unless|although|though|because|whether|whereas|half|twice|almost|nearly|roughly|barely|hardly|quite|rather|then|now|today|yesterday|tomorrow|here|there|this|that|these|those|such|only|just|all|each|every|some|many|most|few|both|either|neither|no|not|once|when|while|if|as|so|but|and|or|yet|also|even|still|last|next|our|their|his|her|its|my|your|the|a|an|one|two|three|it|we|they|he|she|i|you|what|which|who|how|why|where|whose|whom|there's|here's|nor|thus|hence|again|later|soon|meanwhile|instead|indeed|perhaps|maybe|sometimes|often|always|never|usually|given)\b/iu
/**
 * A sentence opening on a verb of instruction and its particle or adverb,
 * then what it is done with: `Pat dry with a cloth`, `Rinse well and`,
 * `Wipe down the bench` (not a plural: `Sales up on`; not an adjective
 * before a noun: `Cold dry air`).
 */
const imperativeParticle =
  /^[^\p{L}]{0,3}(?!\p{L}+(?:ly|ing|[^s]s)\b)\p{Lu}\p{Ll}+\s+(?:dry|clean|down|up|off|out|away|back|well|gently|thoroughly|firmly|lightly|carefully)\s+(?:with|in|on|and|then|before|after|until|using|the|a|an|your|it|them)\b/iu
/** `Blot, never rub, then …`: an instruction and the thing not to do, at the start of a sentence (not `Wool, never washed, keeps`: a participle; not `Cats, never dogs`: a plural). */
const imperativeContrast = /^[^\p{L}]{0,3}\p{Lu}\p{Ll}+,\s+never\s+(?!\p{Ll}+(?:ed|en|[^s]s)\b)\p{Ll}+(?:,|\s+(?:it|them|the|a|an|your|and|or|then)\b)/u
/** `A word to owners: never feed a kitten cow's milk`: an instruction after a colon, `never` and a bare verb with its object (not `never fails`, `never seen`, `never wanted`; `feed`, `need` are bare verbs). */
const colonNever = /:\s+$/u
/** A rule with its modal before a comma and `never`: `Crates should be stacked on pallets, never on the floor`, `must be tied with string, never wire` (the thing not to use, round 49). */
const modalRuleComma = /(?<![\p{L}'’-])(?:must|should)\s+(?:(?:always|only)\s+)?(?:be\s+)?\p{Ll}{2,20}(?![\p{L}'’-])[^.;:!?]{0,100},\s+$/u
const neverCommand = /^never\s+(?!\p{Ll}+(?:[^e]ed|en|[^s]s)\b)\p{Ll}{2,}\s+(?:it|them|the|a|an|your|any|their|this|that|these|those)\b/u
/** A reported question before it: `A reader asks why`, `wonders whether`. */
const questionLead = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)\s+(?:(?:me|us|you|him|her|them)\s+)?(?:why|how|whether|if)\b/iu
/** Occasions a practice repeats, after `on`, `at`, `after` or `before`: `on every callout`, `after every shift`, `at every committee meeting`, `the first item on every briefing`; the days, nights, checks and festivals of a club's or a person's own calendar (`on every open day`, `on every adult club night`, `on every check`, `at every festival since`, round 46); the lifts, attempts, heats, bouts and races of a meet (`two judges on every attempt`, round 47); a crew's approaches, landings, transfers, launches and laps (`battery power for every approach`, round 53). */
const occasionEvery =
  /^every\s+(?:single\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:day|night|evening|check|festival|meeting|rehearsal|practice|class|lesson|lift|attempt|heat|bout|race|fixture|callout|call-out|shout|patrol|job|trip|run|outing|flight|voyage|crossing|shift|visit|session|round|delivery|collection|service|sailing|departure|journey|exercise|drill|briefing|debrief|handover|inspection|approach|landing|transfer|launch|lap)\b/iu
const occasionBefore = /\b(?:on|at|after|before|for)\s+$/iu
/** `keeps a log of every batch`, `kept a record of every`: a record kept of each one, someone's practice, not a claim that all are so. */
const recordKeptOf = /\b(?:keeps?|kept|keeping|holds?|held)\s+(?:a\s+)?(?:(?:full|careful|written|daily|detailed)\s+)?(?:log|record|note|diary|tally|photograph|sample|copy)s?\s+of\s+$/iu
/** `Please fill in every hole`, `Kindly return every form`: a request opening its sentence. */
const requestOpening = /^[^\p{L}]{0,3}(?:please|kindly)\s+\p{Ll}/iu
const everyWord = /^every\s/iu
/** A sentence opening on a numbered part and its verb: `Line 12 is`, `Plate 4 shows`, `Box 3a was` (round 35). */
const numberedSubject = /^[^\p{L}]{0,3}\p{Lu}\p{Ll}+\s+\d+[a-z]?\s+(?:is|was|are|were|has|had|shows|showed|holds|held|reads|gives|lists)(?![\p{L}'’-])/u
const neverWord = /^never$/iu
/** A noun and `who` right before `never`: `children who never speak up`, `walkers who never go above the tree line` (a group picked out by what its people never do, not a claim that none does it; round 53). */
const whoBefore = /(?<![\p{L}'’-])\p{Ll}{3,}\s+who\s+$/u
/** The same with the perfect between: `people who have never borrowed`, `guests who had never sailed` (round 62); not `has`, one person's record (`Mavis, who has never missed a match`). */
const whoHaveBefore = /(?<![\p{L}'’-])\p{Ll}{3,}\s+who\s+(?:have|had)\s+$/u
/** A belief or an agreement lent to a crowd, with `that` after it: `It is widely believed that`, `Anglers broadly agree that`, a case put to a body by no one named (`It was put to the panel that`). */
const crowdBelief =
  /\b(?:it\s+is\s+(?:widely|generally|commonly|often|popularly|still)\s+(?:believed|thought|assumed|held|said)|it\s+(?:is|was|has\s+been|had\s+been)\s+(?:put|submitted|represented|suggested|argued|contended|claimed)\s+to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:widely|generally|commonly|popularly)\s+(?:believed|thought|assumed|held)|(?<![\p{L}'’-])\p{Ll}{2,30}[^s\s'’]s\s+(?:broadly|generally|largely|mostly|widely)\s+(?:agree|believe|accept|think|hold))\s+that\s/iu

/** `Every crate is washed and dried before packing`: a routine applied to each one of the writer's own stock, a passive and the step it comes before or after. */
const routineEvery = /^every\s+(?:[\p{L}-]+\s+){1,2}?(?:is|are|gets|get)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]{2,}(?:ed|en),?(?:\s+[^\s.;!?]+){0,10}?\s+(?:before|after|prior\s+to|on|upon)\s+\p{Ll}{3,}ing\b/iu

/** A scheme's own round held in each of its places, with its calendar after it: `ballots are held in every primary school in the town each spring` (the scheme's own arrangement, round 49; not `is found in every river`, a claim). */
const heldInLead = /(?<![\p{L}'’-])(?:is|are|was|were)\s+(?:held|run|staged|organised|organized)\s+(?:in|at)\s+$/iu
const heldEveryCalendar =
  /^every\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}\s+(?:(?:in|of)\s+(?:the|our|this)\s+[\p{L}-]+\s+)?(?:each|every)\s+(?:year|autumn|spring|summer|winter|term|month|week|season)(?![\p{L}'’-])/iu

/** `Every representation will be published`, `every entry will be checked`: the writer's own procedure in the future passive, a step done to each one received (round 45; not `every household will be affected`, a forecast). */
const procedureEvery =
  /^every\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+will\s+be\s+(?:published|acknowledged|read|considered|checked|reviewed|recorded|logged|answered|judged|inspected|assessed|processed|returned|posted|listed|numbered|scanned|copied|archived)(?![\p{L}'’-])/iu
/** A possessive superlative: `its longest-serving`, `our oldest`. */
const possessiveWords = /^(?:its|their|our)\s/iu
/** A sentence opening on the writer's own body: `Our branch`, `Our choir`. */
const ownBodyOpening = /^[^\p{L}]{0,3}Our\s/u
/** A comparison class or a record after the ranked noun: `in the county`, `ever`, `on record`, `since 1990`. */
const classAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?(?:in|across|among|anywhere|worldwide|ever|yet|since|to\s+date|on\s+record|of\s+all\s+time)\b/iu

/** A land as the comparison class after the ranked noun: `source of care in the country`, `employer in Wales`. */
const landAfter = /^\s+(?:[\p{L}-]+\s+){1,4}?(?:in|across)\s+(?:the\s+)?(?:country|world|nation|region|county|state|\p{Lu}\p{L}+)\b/u

/** A superlative with no noun and its comparison class right after it: `the hardest in umpiring`, `the best in the trade` (a ranking claimed, even inside a crowd's belief). */
const classRightAfter = /^\s+in\s+(?:the\s+)?\p{Ll}[\p{L}-]+(?![\p{L}'’-])/u
/** A comparison class with `of`, after a superlative that completes a linking verb: `is the most sociable of the team sports` (a ranking claimed; not `the oldest of the yews is`, one of a group picked out as a subject). */
const ofClassAfter = /^\s+of\s+(?:the|all)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]*s(?![\p{L}'’-])/u
const linkingBefore = /(?<![\p{L}'’-])(?:is|are|was|were|remains?|remained)\s+$/iu
/** A noun and a class after it in a bare plural, with `in` or `among`: `the single most common fault in accessible toilets`, `the biggest killer among older drivers` — a ranking across the class, claimed even inside a crowd's belief (round 44); with two words before the plural too (`the gravest hazard in older rented flats`, round 49). */
const nounThenClass = /^\s+[\p{L}-]+\s+(?:in|among)\s+(?:(?:all|most)\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]*s(?![\p{L}'’-])/u
/** A noun, what it is of, and a class after it in a bare plural or a field, with `in`, `among` or `for`: `the fastest-growing source of income for small charities`, `the hardest test of nerve in motor sport` — a ranking across the class, claimed even inside a crowd's belief (round 48). */
const nounOfThenClass = /^\s+[\p{L}-]+\s+of\s+(?:[\p{Ll}-]+\s+){1,2}?(?:in|among|for)\s+(?:(?:all|most)\s+)?(?:[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]*s(?![\p{L}'’-])/u

/**
 * A noun and a `to` infinitive after a superlative, with who does it:
 * `the single best way to settle a baby`, `the hardest slides to capture`,
 * `the easiest team sport for adults to take up` — a ranking of every means
 * to that end, or of how hard a kind is to handle, claimed even inside a
 * crowd's belief and even where the noun was counted before (rounds 47, 48;
 * superlative-claim.ts reads it too); not `to the hospice`, `to date`.
 */
export const purposeAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?(?:for\s+[\p{L}-]+\s+)?to\s+(?!(?:the|a|an|this|that|these|those|its|their|our|his|her|date|be|me|us|them|him|you)(?![\p{L}'’-]))\p{Ll}{3,}(?![\p{L}'’-])/u

/** `every one of them will die`: a universal over a kind the paragraph named, in the present or the future. */
const everyOneOf = /(?<![\p{L}])every\s+one\s+of\s+(?:them|these|those)\s+(?:will|can|cannot|must|is|are|dies|fails)\b/giu
/** `no load that holds one can be saved`: none of a kind, with a relative clause, is or can be so. */
const noneThatCan = /(?<![\p{L}])no\s+\p{Ll}{3,}\s+(?:that|which|who)\s+\p{Ll}+\s+[^,.;:!?]{0,40}?\b(?:can|could|will)\s+(?:ever\s+)?be\s+\p{Ll}{3,}(?:ed|en|t)\b/giu

/** Every regex of this module, for the ReDoS test. */
export const superlativePracticePatterns: readonly RegExp[] = [
  modalRuleComma,
  heldInLead,
  heldEveryCalendar,
  ownPlanLead,
  ownDeedLead,
  everyMember,
  everyTrainee,
  ruleModal,
  prepositionEnd,
  ruleVerbEnd,
  clauseEnd,
  landAfter,
  classRightAfter,
  ofClassAfter,
  linkingBefore,
  nounThenClass,
  nounOfThenClass,
  purposeAfter,
  noneHarmed,
  harmedAfter,
  caughtAfter,
  openingFunctionWord,
  imperativeContrast,
  imperativeParticle,
  colonNever,
  neverCommand,
  questionLead,
  occasionEvery,
  occasionBefore,
  everyWord,
  neverWord,
  whoBefore,
  whoHaveBefore,
  numberedSubject,
  recordKeptOf,
  requestOpening,
  crowdBelief,
  routineEvery,
  procedureEvery,
  possessiveWords,
  ownBodyOpening,
  classAfter,
  everyOneOf,
  noneThatCan
]

/** Universals of fact with no form of their own elsewhere. */
export const practiceRules: readonly PatternRule[] = [
  {regex: everyOneOf, kind: 'absolute'},
  {regex: noneThatCan, kind: 'absolute'}
]

/**
 * Whether an absolute at `span`, with its sentence's words before it
 * (`lead`, the sentence opening at `sentence`), tells the writer's own
 * practice, an instruction, a question asked or a crowd's belief rather
 * than claiming something of the world.
 */
export function practiceOrReported(text: string, span: Span, lead: string, sentence: string): boolean {
  if (span.kind !== 'absolute' && span.kind !== 'superlative') return false
  const words = text.slice(span.start, span.end)
  // `It is widely believed that cats never …`: the belief is the crowd's, reported by vague-attribution;
  // a superlative with its comparison class (`the largest employer in the region`) is a ranking claimed all the same.
  if (crowdBelief.test(lead)) return !(span.kind === 'superlative' && (landAfter.test(after(text, span.end, 60)) || classRightAfter.test(after(text, span.end, 40)) || nounThenClass.test(after(text, span.end, 60)) || nounOfThenClass.test(after(text, span.end, 72)) || purposeAfter.test(after(text, span.end, 60)) || (ofClassAfter.test(after(text, span.end, 48)) && linkingBefore.test(lead.slice(-16)))))
  // `Our branch thanked its longest-serving volunteer`: one of the writer's own body picked out, not ranked against the world.
  if (span.kind === 'superlative') return possessiveWords.test(words) && ownBodyOpening.test(sentence) && !classAfter.test(after(text, span.end, 48))
  if (questionLead.test(lead)) return true
  if (everyWord.test(words)) {
    if (ownPlanLead.test(lead) || ownDeedLead.test(lead) || everyMember.test(after(text, span.start, 40)) || everyTrainee.test(after(text, span.start, 40)) || instruction(sentence)) return true
    if (heldInLead.test(lead.slice(-40)) && heldEveryCalendar.test(after(text, span.start, 80))) return true
    if (ruleBefore(lead) || recordKeptOf.test(lead) || routineEvery.test(after(text, span.start, 120)) || procedureEvery.test(after(text, span.start, 80))) return true
    // `every marshal now carries a radio`, `Members are asked to weigh every lamb`: a service's rule for its people, a request to its members (superlative-service.ts, round 47).
    if (serviceEvery(text, span.start, lead.slice(-120))) return true
    return occasionBefore.test(lead) && occasionEvery.test(after(text, span.start, 40))
  }
  // `Nobody goes below the cliff path when the wind …`: a safety rule with its condition (superlative-service.ts, round 47).
  if (noneHarmed.test(words) && (harmedAfter.test(after(text, span.end, 32)) || caughtAfter.test(after(text, span.end, 32)) || noneRule(text, span.end))) return true
  return neverWord.test(words) && (whoBefore.test(lead.slice(-40)) || whoHaveBefore.test(lead.slice(-40)) || instruction(sentence) || imperativeContrast.test(sentence) || modalRuleComma.test(lead.slice(-160)) || (colonNever.test(lead) && neverCommand.test(after(text, span.start, 48))))
}

/** Whether a rule's modal and verb stand shortly before `every`, its preposition right before it (`must be on site for every`), or a verb of sequence right after the modal (`should follow every`). */
function ruleBefore(lead: string): boolean {
  if (ruleVerbEnd.test(lead)) return true
  if (!prepositionEnd.test(lead)) return false
  return ruleModal.test(lastClause(lead.slice(-ruleReach), clauseEnd))
}

/** Whether a sentence opens on a verb of instruction: `Fix the bracket` (figure.ts's reading, which the statistics share), `Pat dry with a cloth`. */
function instruction(sentence: string): boolean {
  // `Line 12 is damaged`, `Plate 4 shows`: a numbered part as the subject, not an imperative verb.
  if (numberedSubject.test(sentence)) return false
  return opensOnInstruction(sentence) || requestOpening.test(sentence) || (!openingFunctionWord.test(sentence) && imperativeParticle.test(sentence))
}
