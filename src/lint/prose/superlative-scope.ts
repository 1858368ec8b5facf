import type {PatternRule} from './span.js'

// Superlatives ranked within a narrow scope the writer's own account sets,
// and absolutes of none that had no form: `not a single home has
// flooded`, `no imported cloth drapes as well`, `No tool on the market
// catches it`.

/** `the best meal of the holiday`, `the wettest day of our trip`: ranked within a private occasion the writer tells of, not against the world (not `of the afternoon` or `of the week`, times anyone's event or any week shares; not a running record, `of the tour so far`, round 59). */
const occasionAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:the|our|this|that|my|their)\s+(?:holiday|holidays|trip|tour|visit|outing|honeymoon|stay|break|party)\b(?!\s+(?:so\s+far|to\s+date|yet)\b)/iu
/** `The heaviest pumpkin at this year's weigh-off`, `the best fleece at the show`: picked among the entries one show, weigh-off or sale weighs, judges or sells, its result told (round 50; not `at an Oakhurst show` or `at any show`: every show of a kind, a record; not a tournament or a championship, `the most brilliant game of the tournament`, `the roughest in the championship`: play rated, a claim). */
const eventAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:at|of|in)\s+(?:(?:this|last)\s+year['’]s|the|this|our|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:weigh-off|weigh-in|show|fair|auction|sale|exhibition)(?![\p{L}'’-])/iu
/** `logged the longest dive of the day at 52 minutes`, `clocked the fastest lap, at 1:12`: one result of a tally, logged with its measure (the figure is the matter, the rank a label). */
const loggedBefore = /\b(?:logged|clocked|recorded|timed|posted|caught|landed|weighed)\s+$/iu
const measureAfter = /^[\s,]+(?:[\p{L}-]+\s+){0,4}?(?:at|of|with)\s+(?:just\s+|over\s+|under\s+)?\d/iu
/** `the oldest we hold`, `The largest we have on record`: ranked within what the writer's own body holds or keeps (not `we have recorded`, `we have ever seen`, `we have made`: a record of the world claimed, its participle regular or not). */
const ownHoldingAfter = /^\s+(?:[\p{L}-]+\s+)?we\s+(?:have|hold|keep|own|house|store)\b(?!\s+(?:ever|seen|found|known|had|been|to|for|made|done|run|taken|won|built|given|grown|sold|brought|bought|shown|written|drawn|chosen|seen|met|\p{Ll}+ed)\b)/iu
/** `not a single home has`, `Not one complaint`: none of a kind, an absolute. */
const notASingle = /(?<![\p{L}])not\s+(?:a\s+single|one)\s+(?!of\b)\p{Ll}{3,}\b/giu
/** `no imported hide takes a crease as cleanly`, `no other pan heats as evenly as`: none of a kind does a thing as well, a ranking without a superlative. */
const noneAsWell =
  /(?<![\p{L}])no\s+(?:other\s+)?(?:[\p{L}-]+\s+)?\p{Ll}{3,}\s+(?:\p{Ll}{2,}s|can|could|will|does|did)(?:\s+[^\s.;!?,]+){0,4}?\s+as\s+(?!(?:such|well|usual|expected|planned|before|agreed|promised|if|though|of|to|part|a|an|the)\b)\p{Ll}{3,}(?=\s*[.;!?,]|\s+as\b)/giu

/** `in a way no hand tool can match`, `a finish nothing else could rival`, `Nothing on the market comes close`: none of a kind can equal it (a sentence's opening `No … can match` is `noneMatches`'s; `Nothing` opens one here). And in the perfect, over a span of lives or memory: `nothing in their lifetimes has come close`, `no later map has ever come close` (round 57). */
const noneCanEqual =
  /(?<![\p{L}])(?:no\s+(?:other\s+)?(?:[\p{L}-]+\s+)?\p{Ll}{3,}|[Nn]othing(?:\s+else)?)\s+(?:(?:on|in)\s+(?:the\s+(?:market|world)|(?:their|our|my|his|her|living)\s+\p{Ll}{3,})\s+)?(?:(?:can|could)\s+(?:(?:quite|really|ever|yet)\s+)?(?:match|rival|equal|beat|touch|better|come\s+close)|comes\s+close|(?:has|have|had)\s+(?:(?:ever|yet|really)\s+)?come\s+close)\b/gu
/** `no dedicated training hall anywhere in the UK`, `no such law anywhere in Europe`: none of a kind anywhere in a land the sentence names, a universal (round 57). */
const noneAnywhere = /(?<![\p{L}])no\s+(?:[\p{Ll}-]+\s+){0,3}?\p{Ll}{3,}\s+anywhere\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]*/gu
/** `No antivirus product on the market catches it`, `No council in England has done more`, `No office in the state carries` (a state, a nation or a province too, round 58; not a town or a valley, a local place: `No dairy in the valley sells milk on Sundays`, round 10): none of a kind across a domain the sentence names does a thing, a universal (not `No parking on the street is allowed`: a rule's passive). */
const noneInDomain =
  /(?<![\p{L}])No\s+(?:other\s+)?(?!\p{L}+ing\b)(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*\s+(?:on|in|across|anywhere\s+in)\s+(?:the\s+|our\s+|this\s+)?(?:market|world|country|region|county|state|nation|province|industry|sector|league|UK|Britain|England|Scotland|Wales|Ireland|Europe)\s+(?:\p{Ll}+ly\s+)?(?:(?!was\b)\p{Ll}{2,}(?<![su])s|has|have|can|could|will)\b/gu
/** `No rider in the history of the sport`, `no club in the long history of the league`: none of a kind across the whole history of a domain, a universal (the span holds the subject the claim is about). */
const noneInHistory =
  /(?<![\p{L}])No\s+(?:other\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*\s+in\s+(?:the\s+)?(?:(?:long|whole|entire|recorded|modern)\s+)?history\s+of\s+(?:the\s+|this\s+|our\s+|its\s+)?\p{L}[\p{L}-]*/giu
/** `the most we can lend`, `The youngest age at which the rules allow a first solo is 14`: a superlative naming a limit a rule or the writer's own policy sets (what may be done, then its figure), not a ranking of the world. */
const limitAfter =
  /^\s+(?:[\p{L}'’-]+\s+){0,5}?(?:can|may|allows?|allowed|permits?|permitted|lets?)\s+(?:[^\s.;!?]+\s+){0,6}?(?:is|are|was|were)\s+(?:[£$€]\s?)?\d/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeScopePatterns: readonly RegExp[] = [occasionAfter, eventAfter, loggedBefore, measureAfter, ownHoldingAfter, notASingle, noneAsWell, noneCanEqual, noneAnywhere, noneInDomain, noneInHistory, limitAfter]

/** The absolutes of none this module finds. */
export const scopeRules: readonly PatternRule[] = [
  {regex: notASingle, kind: 'absolute'},
  {regex: noneAsWell, kind: 'absolute'},
  {regex: noneCanEqual, kind: 'absolute'},
  {regex: noneAnywhere, kind: 'absolute'},
  {regex: noneInDomain, kind: 'absolute'},
  {regex: noneInHistory, kind: 'absolute'}
]

/** Whether a superlative ranks within a private occasion the writer tells of (`of the holiday`) or one event's own entries (`at this year's weigh-off`), or labels a result logged with its measure (`logged the longest dive … at 52 minutes`); `lead` is the text before it, `rest` the text after. */
export function rankedInOccasion(lead: string, rest: string): boolean {
  return occasionAfter.test(rest) || eventAfter.test(rest) || (loggedBefore.test(lead) && measureAfter.test(rest))
}

/** Whether the words after a superlative rank it within what the writer's own body holds (`we have on record`) or name a limit a rule sets (`the most we can lend … is £3,000`). */
export function rankedInHolding(rest: string): boolean {
  return ownHoldingAfter.test(rest) || limitAfter.test(rest)
}
