// Absolutes read by what stands around them (see superlative.ts, which uses
// them): claims of place and record that no pattern before caught
// (`Nowhere else in England does …`, `none of the 2,300 sets fitted has
// failed`), and absolutes that claim nothing of the world: an appeal
// (`Volunteers are always needed`), a policy's guarantee (`Under the pay
// protection policy, no one will …`), a standing rule (`in every zone at
// all times`), and the writer's own undertaking over its own things (round
// 38): a sentence opening on `Every` whose clause names the writer (`Every
// porter on our treks carries no more than 20 kg`, `Every jacket is covered
// by our repair promise`) states what the writer does for all of its own,
// not a claim about the world.

/** `none of the 2,300 sets fitted last year has failed`: a negative universal over a group's record, in the perfect (not `at none of the feeders`, a tally's zero). */
export const noneOfHas =
  /(?<![\p{L}'’-])[Nn]one\s+of\s+(?:the|our|its|their|these|those)\s+(?:[\p{L}\d,.'’-]+\s+){1,6}?(?:has|have)\s+(?:(?:ever|yet|so\s+far)\s+)?(?:failed|broken|leaked|cracked|collapsed|died|fallen|caught|needed|required|returned|come\s+back)(?![\p{L}'’-])/gu
/** `Nowhere else in England does the custom survive`, `is found nowhere else`: a place-uniqueness claim, fronted or after a verb of being found. */
export const nowhereElse =
  /(?:(?<=^|[.!?:;]\s)Nowhere|(?<=\b(?:found|seen|grown|made|grows|survives|exists|happens|occurs)\s)nowhere)\s+else(?![\p{L}'’-])/gu
/** `are always needed`, `is always welcome`: an appeal for help, claiming nothing of the world. */
export const appealAfter = /^\s+(?:(?:very|most)\s+)?(?:needed|welcome|wanted|appreciated|gratefully\s+received)(?![\p{L}'’-])/iu
export const alwaysWord = /^always$/iu
/** `Under the pay protection policy, no one will`: what a policy guarantees, opening the clause before the absolute. */
export const underPolicyBefore =
  /(?:^|[.!?]\s+)Under\s+(?:the|this|our|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:policy|scheme|agreement|rules|arrangements?|terms|deal|plan|guarantee|contract)\s*,\s*$/u
/** `in every playing zone at all times`, `with no exceptions`: a standing rule stated, not a claim about the world. */
export const ruleInForceAfter = /^[^.!?;]{0,60}?(?:\bat\s+all\s+times\b|\bwith\s+no\s+exceptions?\b|\bwithout\s+exception\b)/iu

/** A requirement before `every` in its clause: `requires a baseline test for every athlete`, `the rule applies to every screed`, `buyers ask for residue tests on every lot` (round 60): what a rule or a buyer demands of each, not a claim that all are so. */
export const requiredBefore =
  /(?<![\p{L}'’-])(?:requires?|required|requiring|mandates?|mandated|appl(?:y|ies|ied)\s+to|ask(?:s|ed)?\s+for|insist(?:s|ed)?\s+on)(?![\p{L}'’-])[^.!?;:,]{0,60}$/iu

/** `Every` opening a sentence (at the text's start or after a sentence's end). */
export const everyOpening = /(?:^|[.!?]["”’)]?\s+)$/u
/** The writer named in the clause after `Every …`: `our`, `us` before the clause ends (`Every porter on our treks`, `is covered by our promise`). */
export const ownInClause = /^[^.!?;:]{0,80}?(?<![\p{L}'’-])(?:our|us)(?![\p{L}'’-])/iu
/** An outcome told of all the writer's own after it, in its clause: `Every race in our series sold out`, `every course we ran was fully booked` (a result claimed, not an undertaking; round 47). */
export const ownOutcomeAfter = /^[^.!?;:]{0,80}?(?<![\p{L}'’-])(?:sold\s+out|booked\s+up|filled\s+up|(?:was|were)\s+(?:full|fully\s+booked|oversubscribed|a\s+sell-out))(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePolicyPatterns: readonly RegExp[] = [noneOfHas, nowhereElse, appealAfter, alwaysWord, underPolicyBefore, ruleInForceAfter, requiredBefore, everyOpening, ownInClause, ownOutcomeAfter]
