import type {Span} from './span.js'

// Figures a design, a plan, a permission, a fee band or a group's aim sets,
// or the conditions a piece of work was done under, rather than what anybody
// measured; each read from a bounded slice of the figure's own sentence:
// - a design's own figure (`within the design allowance of 10%`, a
//   sprinkler system's `design density of 5 mm/min`);
// - a setting a trial to come will try (`will trial a 10% pulp inclusion`);
// - what a budget was drawn up for (`had budgeted capacity for a tenth of`);
// - a figure named after it as what somebody chose or set (`filled at
//   63.5% alcohol, the strength our founders chose`);
// - a threshold a body requires (`past the 1,500 the council requires`,
//   `the 100,000 needed for a debate`);
// - what a licence or a permit authorises (`a licence authorising 12
//   vehicles`);
// - the bound of a band a fee or a rule is set by (`premises with a
//   rateable value under £4,300`);
// - what the writer's group tries or aims to do (`we try to get every
//   section outside at least once a month`);
// - the state a structure was put in for the work reported (`with the
//   reservoir drawn down to 2.1 m`);
// - the writer's own product's make (`Our house gelato runs at about 25%
//   overrun`);
// - the design of a study a reviewer weighs (`The manuscript reports a
//   cluster-randomised trial of screening in 48 schools`).
// A reviewer asks none of them for a source: the design, the plan, the
// permission or the work itself is it. Changes and multiples stay claims.

/** How far back in its sentence a cue is read. */
const reach = 120

/** A design's own figure, right before it: `the design allowance of`, `its design capacity of`, a system's `design density of`, `design discharge rate of`. */
const designBefore =
  /\bdesign(?:ed)?\s+(?:(?:discharge|flow|water|air|supply)\s+)?(?:allowance|limit|capacity|margin|load|flow|life|rating|value|figure|target|speed|pressure|level|tolerance|output|head|yield|density|rate|temperature|current|volume|depth|duty|area)\s+(?:of\s+)?$/iu
/** A setting a trial to come will try, right before it: `will trial a`, `plans to pilot a`. */
const trialBefore =
  /\b(?:will|shall|plans?\s+to|intends?\s+to|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:(?:also|first|now|then)\s+)?(?:trial|test|pilot|try|try\s+out|introduce|adopt)\s+(?:an?|the)\s+$/iu
/** What a budget was drawn up for, right before it: `had budgeted server capacity for`. */
const budgetedFor = /\bbudget(?:ed|ted)\s+(?:[\p{L}-]+\s+){0,3}?for\s+(?:(?:about|around|roughly|only|just)\s+)?$/iu
/** The figure named after it as what somebody chose or set: `alcohol by volume, the strength our founders chose`. */
const chosenAfter =
  /^(?:\s+[\p{L}-]+){0,4}?,\s+the\s+(?:[\p{L}-]+\s+)?(?:strength|level|rate|size|figure|price|setting|value|speed|temperature|proof|dose|ratio|mix|gauge|width|length|height|depth|weight)\s+(?:that\s+)?(?:the|our|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:chose|chosen|picked|set|fixed|settled\s+on|agreed|decided\s+on|specified|laid\s+down|adopted)\b/iu
/** `the` right before a threshold's figure. */
const theBefore = /\bthe\s+$/iu
/** A threshold a body requires, right after the figure: `the council requires`, `needed for a debate`. */
const requiredAfter =
  /^\s+(?:(?:that\s+)?(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:requires|sets|demands|stipulates|asks\s+for|calls\s+for)|(?:needed|required)\s+(?:for|to|by|under)|(?:[\p{L}-]+\s+)?(?:needed|required)\s+(?:for|to|by|under))\b/iu
/** What a licence or a permit authorises, right before it: `a standard national licence authorising`. */
const permitsBefore =
  /\b(?:licen[cs]e|permit|permission|consent|certificate|authori[sz]ation|registration)\s+(?:[\p{L}-]+\s+){0,2}?(?:authori[sz]ing|allowing|permitting|covering|for)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?$/iu
/** The bound of a band, right before it: `premises with a rateable value under`, `homes with a floor area of over`. */
const bandBefore =
  /\bwith\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:value|income|turnover|capacity|area|size|price|salary|earnings|revenue|payroll|rent)\s+(?:of\s+)?(?:under|over|below|above|up\s+to|less\s+than|more\s+than|exceeding|not\s+exceeding|of\s+up\s+to)\s+$/iu
/** What the writer's group tries or aims to do, before the figure in its sentence: `we try to get every section outside`. */
const aimBefore =
  /\b(?:we|I)\s+(?:(?:always|still|now|also|usually|normally)\s+)?(?:try|aim|strive|endeavour|endeavor|hope)\s+to\s+(?:[\p{L}'’-]+\s+){1,8}?$/iu
/** The state a structure was put in for the work, right before it: `with the reservoir drawn down to`. */
const conditionBefore =
  /\b(?:with|while)\s+the\s+(?:[\p{L}-]+\s+){1,2}?(?:drawn\s+down|lowered|held|kept|set|filled|emptied|pumped\s+down|throttled)\s+(?:to|at)\s+(?:(?:about|around|roughly)\s+)?$/iu
/** The writer's own product and its make, right before it: `Our house gelato runs at`, `our bitter is brewed to`. */
const ownMakeBefore =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:runs|is\s+(?:made|churned|served|sold|bottled|brewed|mixed|baked|set|kept|aged|cut|fired|pressed|blended))\s+(?:at|to|with)\s+$/iu
/** The design of a study a reviewer weighs, before its size: `The manuscript reports a cluster-randomised trial of vision screening in`. */
const reviewedDesign =
  /\b(?:manuscript|paper|submission|preprint|article|authors)\s+(?:reports?|describes?|presents?)\s+(?:on\s+)?an?\s+(?:[\p{L}-]+\s+){0,2}?(?:trial|study|survey|experiment|evaluation|audit)\s+(?:[\p{L}-]+\s+){0,5}?(?:in|across|involving|with|among|of)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const designPatterns: readonly RegExp[] = [
  designBefore,
  trialBefore,
  budgetedFor,
  chosenAfter,
  theBefore,
  requiredAfter,
  permitsBefore,
  bandBefore,
  aimBefore,
  conditionBefore,
  ownMakeBefore,
  reviewedDesign
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, is one a design, a plan, a permission, a band or
 * an aim sets, or a condition of the work reported (see the list above).
 * Reads at most 120 characters before the figure and 96 after it.
 */
export function isDesignFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const start = span.start
  const near = text.slice(Math.max(sentenceStart, start - reach), start)
  const ahead = text.slice(span.end, Math.min(sentenceEnd, span.end + 96))
  if (designBefore.test(near) || budgetedFor.test(near) || permitsBefore.test(near)) return true
  if (conditionBefore.test(near) || ownMakeBefore.test(near) || chosenAfter.test(ahead)) return true
  if (theBefore.test(near) && requiredAfter.test(ahead)) return true
  if ((span.kind === 'money' || span.kind === 'measurement' || span.kind === 'count') && bandBefore.test(near)) return true
  if (span.kind !== 'percentage' && span.kind !== 'proportion' && aimBefore.test(near)) return true
  if (span.kind === 'count' && reviewedDesign.test(near)) return true
  return trialBefore.test(near)
}
