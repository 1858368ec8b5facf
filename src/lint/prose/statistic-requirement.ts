import type {Span} from './span.js'
import {after, before, lastClause, numberStart} from './span.js'

// Figures a requirement or a method sets, read from the figure's own clause:
// a physical size a rule requires (`Our insurers require a 2 m gap`, `Crates
// over 90 kg should never be moved by hand`, `The standard sets a maximum
// U-value of 1.6 W/m²K`), the scale a drawing or a map is made at (`drawn on
// a 1:2500 base`), the strength of a medium a method step uses (`sown on 1%
// agar`, `rinsed in 70% ethanol`), figures the sentence itself calls
// specified (`runs at 40% relative humidity, as specified`) or that a rule
// named after them requires (`at least 0.85 square metres as the guidance
// requires`), the length a tolerance is stated over (`flat to within 3 mm
// over 2 metres`) and the share one
// charge or return is set at (`a 10% rent discount`). The rule, the
// drawing or the method is the source: a reviewer asks none of them for one.

/** A physical unit right after a number, from the span's start: `2.4 m`, `90 kg`, `1.6 W/m²K`, `6 ft`, `18 °C`. */
const physicalUnit =
  /^[\d.,]+(?:\s?(?:to|-|–)\s?[\d.,]+)?\s?(?:mm|cm|m|km|(?:milli|centi|kilo)?(?:metres?|meters?)|kg|g|(?:kilo)?grams?|tonnes?|ft|feet|foot|in|inch(?:es)?|W\/m|°C|°F|kN|kPa|N)(?![\p{L}\d])/u
/** Clause marks a requirement's words must not cross. */
const clauseMarks = /[,;:()]|\bbut\b|\bwhile\b|\bwhereas\b/gu
/**
 * A requirement's words before the figure, in its clause: `must`, `shall`, `should never`, `requires`,
 * `is required`, `sets a maximum`, `our rule is` (not `must have`, which infers).
 */
const requirementBefore =
  /\b(?:must(?!\s+have\b)|shall|should\s+(?:never|not|always|only)|requires?|required|requiring|sets?\s+(?:a|an|the)\s+(?:maximum|minimum|limit)|(?:rule|requirement|standard|limit)\s+is)\b/iu
/** A verb of finding or change between a requirement and the figure: `must explain why the river reached 2.1 m` measures. */
const foundBetween =
  /\b(?:reached|reaches|rose|rises|fell|falls|dropped|climbed|grew|peaked|hit|measured|measures|recorded|records|found|finds|showed|shows|was|were|has\s+been|had\s+been)\b/iu
/** A requirement's verb right after a figure in the subject: `over 90 kg should never be lifted`. */
const requirementAfter =
  /^(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:must(?!\s+have\b)|shall|should\s+(?:never|not|always|only)|(?:is|are)\s+required\s+to)\b/iu
/** A drawing's or a map's making, right before its scale: `drawn on a`, `plotted at`, `a scale of`. */
const scaleBefore =
  /\b(?:(?:drawn|plotted|printed|mapped|reproduced|surveyed|scaled)\s+(?:on|at|to)(?:\s+(?:a|an|the))?|scale\s+of)\s+$/iu
/** `1:2500 scale`: the scale named right after the ratio. */
const scaleAfter = /^\s+scale\b/iu
/** A step of a method, then a preposition, right before a share: `sown on`, `rinsed in`, `diluted with`. */
const mediumBefore =
  /\b(?:sown|grown|plated|cultured|germinated|set|soaked|rinsed|washed|stored|kept|held|fixed|preserved|mounted|dissolved|diluted|mixed|cleaned|wiped|sprayed|treated)\s+(?:on|in|with|into)\s+$/iu
/** The substance the share is the strength of, right after it: a lower-case noun (`agar`, `ethanol`; not `of`). */
const mediumAfter = /^\s+(?!(?:of|more|less|fewer|higher|lower|up|down|rise|fall|increase|decrease|cut|drop|growth|share|rate)\b)\p{Ll}[\p{L}-]*/u
/** A share of a group, right after the figure: `38% of homes`, never a setting. */
const shareOf = /^\s+of\b/iu
/** The sentence naming its figures as specified, after them: `, as specified`, `as required`, `as set out in` (not `as required`, which a finding may follow). */
const specifiedAfter =
  /^(?:\s+[^\s.,;!?]+){0,12}?,\s*as\s+(?:specified|designed|set\s+out|laid\s+down|prescribed)\b/iu
/**
 * The length a tolerance is stated over, right before it: `flat to within 3
 * mm over`, `level to within 5 mm in any`. Part of the requirement.
 */
const toleranceOverBefore =
  /\bwithin\s+(?:±\s?)?\d[\d.]*\s?(?:mm|cm|m|millimetres?|millimeters?|centimetres?|centimeters?)\s+(?:over|in|per|across)\s+(?:an?\s+|any\s+|each\s+)?$/iu
/**
 * A rule named after the figure as what requires it: `of at least 0.85
 * square metres as the guidance requires`, `3 m wide, as the code demands`.
 * The guidance, the code or the licence is the source of the figure.
 */
const requiredAsAfter =
  /^(?:\s+[^\s.,;!?]+){0,6}?,?\s+as\s+(?:the|its|their|our|your|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:guidance|rules?|regulations?|code|standards?|licen[cs]e|law|conditions?|policy|byelaws?|bylaws?|scheme|permit|specification)\s+(?:requires?|required|demands?|demanded|specif(?:ies|y|ied)|sets?\s+out|stipulates?|stipulated|prescribes?|prescribed)\b/iu

// The nouns of a charge or a return a party sets as a share: discount, rebate, surcharge, premium, dividend, bonus, commission, levy, concession.
/** One charge named before its share, with an article: `a surcharge of`, `This year's dividend is`. */
const chargeOfBefore =
  /\b(?:a|an|the|our|your|its|their|this\s+year's|this\s+year’s)\s+(?:[\p{L}-]+\s+){0,2}?(?:discount|rebate|surcharge|premium|dividend|bonus|commission|levy|concession)\s+(?:of|is|will\s+be|stays\s+at|stands\s+at)\s+$/iu
/** One charge named right after its share: `a 10% rent discount` (not `a 20% premium over`, a change's size). */
const chargeAfter = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:discount|rebate|surcharge|premium|dividend|bonus|commission|levy|concession)\b(?!\s+(?:in|over|above|on\s+last))/iu
/** An article right before a share: `a 10%`, `your 5%`. */
const articleBefore = /\b(?:a|an|the|our|your|its|their)\s+$/iu
/** A word that makes a charge an aggregate: `the average discount is`. */
const aggregateWord = /\b(?:average|typical|median|mean|total|overall)\b/iu
/** The same charge's later step, after a comma: `, rising to 200% after five years`. */
const laterStep = /^(?:rising|falling|increasing|going\s+up|dropping)\s+to\b/iu
/** A share of a charge with a comma after it, in the lead of its later step. */
const chargeShareLead = /\b(?:discount|rebate|surcharge|premium|dividend|bonus|commission|levy|concession)\s+(?:of|is)\s+\d+(?:\.\d+)?%(?:\s+[^\s.,;:!?]+){0,8}?,\s+$/iu

/**
 * A value named as set, its name then its verb right before the figure: `The recommended rate for
 * barley is`, `the permitted level of lead is`, `a statutory minimum of` (not `the average rate is`).
 */
const namedSetBefore =
  /\b(?:recommended|advised|advisory|statutory|permitted|permissible|allowable|prescribed|mandatory|guideline)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:is|are|of|at|remains|stands\s+at|will\s+be)\s+(?:(?:about|around|at\s+least|up\s+to|no\s+more\s+than|now|just|only)\s+)?$/iu
/** The writer's recommendation opening the clause before a size: `We therefore recommend that`, `we advise`. */
const writerAdvises = /\bwe\s+(?:\p{L}+\s+)?(?:recommend|advise|propose|suggest|specify)\b/iu
/** A reason or a finding's clause between the recommendation and the figure: `because`, `since`, `as`, `given`. */
const reasonBetween = /\b(?:because|since|as|given|after|found|shows?|showed|where|which)\b/iu

/**
 * A modal of requirement and a verb of state or arrival, then `at`, right
 * before the figure (or the first end of its range): `should arrive at 10 to`,
 * `must be kept at`, `should be stored at`. A level a thing should be at is a
 * specification; a forecast's verb (`should peak at`, `should reach`) is not one.
 */
/**
 * A level a rule requires a thing to stay within, right before the figure:
 * `must stay below`, `should remain under`, `has to be kept within`, `must
 * be no more than`. A reviewer asks the rule, not a study, for it (`Kombucha
 * sold as a soft drink must stay below 0.5% ABV`).
 */
const mustStayWithin =
  /\b(?:should|must|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:stay|remain|be\s+kept|keep|be)\s+(?:below|under|above|over|within|beneath|less\s+than|more\s+than|no\s+more\s+than|no\s+less\s+than|at\s+least|at\s+most)\s+$/iu
/**
 * A share of a sum just stated, named after it as what a party takes from
 * the sum: `raised £3,260, of which 10% goes to the branch as commission`,
 * `of which 5% is kept as a handling fee`. The party's terms set the share.
 */
const commissionAfter =
  /^\s+(?:goes|go|went|is\s+paid|are\s+paid|is\s+kept|is\s+retained|is\s+taken)\s+(?:to\s+(?:[\p{L}'’-]+\s+){1,3}?)?as\s+(?:its\s+|their\s+|our\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:commission|fee|levy|cut|charge|royalty)\b/iu
/** `of which` right before a share. */
const ofWhichBefore = /,\s+of\s+which\s+$/iu
const shouldBeAt =
  /\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:be\s+)?(?!(?:peak|top|hit|climb|rise|fall|drop|reach|settle|end|close|open|finish)\b)\p{Ll}+\s+at\s+(?:\d[\d.,]*\s*(?:to|and|-|–)\s*)?$/u
/**
 * A requirement on who or what qualifies, right before its bound: `Applicants
 * need to be`, `Entrants must be aged`, `Riders have to be` (then `at least 16`,
 * `over 18`, `under 12` in the span). The rule sets the bound; nobody found it.
 */
const qualifyBefore = /\b(?:must|needs?\s+to|ha(?:s|ve)\s+to)\s+be\s+(?:aged\s+)?$/iu
/** A bound's words opening a span: `at least 16`, `over 18`, `under 12`, `no older than 25`. */
const boundOpening = /^(?:at\s+least|over|under|no\s+(?:more|less|older|younger)\s+than|(?:more|less|older|younger)\s+than)\s/iu
/** A clause that opens on `with`: the next part of the clause before it (`must be fitted to the certificate, with gaps of`). */
const withOpening = /^\s*with\s/iu
/** A least sum or size a party must hold, in the requirement's clause: `must hold a rating of 4 and liability cover of at least`, `shall carry insurance for a minimum of`. */
const minimumHeldBefore =
  /\b(?:must|shall)\s+(?:(?:also|still|each|now)\s+)?(?:hold|carry|maintain|provide|obtain|keep|take\s+out)\s[^.;:!?]{0,100}?\b(?:of|for)\s+(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than)\s+$/iu
/** Every regex of this module, for the ReDoS test. */
export const requirementPatterns: readonly RegExp[] = [
  withOpening,
  minimumHeldBefore,
  qualifyBefore,
  boundOpening,
  physicalUnit,
  shouldBeAt,
  mustStayWithin,
  commissionAfter,
  ofWhichBefore,
  clauseMarks,
  requirementBefore,
  requirementAfter,
  foundBetween,
  scaleBefore,
  scaleAfter,
  mediumBefore,
  mediumAfter,
  specifiedAfter,
  requiredAsAfter,
  toleranceOverBefore,
  shareOf,
  chargeOfBefore,
  chargeAfter,
  articleBefore,
  aggregateWord,
  laterStep,
  chargeShareLead,
  namedSetBefore,
  writerAdvises,
  reasonBetween
]

/** Kinds a size or a setting takes: never a change, a multiple or a count. */
const sizeKinds = new Set(['measurement'])
const settingKinds = new Set(['measurement', 'percentage'])
/** Kinds a value named as set takes (not a count: `statutory homelessness is 90,000 households` counts). */
const namedSetKinds = new Set(['measurement', 'approximate', 'money', 'percentage', 'rate'])
/** Kinds a writer's recommended size takes. */
const advisedKinds = new Set(['measurement', 'approximate'])

/**
 * Whether a figure is set by a requirement or a method rather than found:
 * - a physical size (a number with a unit of length, mass, heat or force,
 *   the unit abbreviated or written in full, one figure or a range: `between
 *   650 and 800 grams`, `60 to 75 millimetres across`) in
 *   a clause whose words require it (`must`, `requires`, `should never`,
 *   `sets a maximum`, `our rule is`), before the figure in its clause with no
 *   verb of finding or change between (not `must explain why the river
 *   reached 2.1 m`), or as the verb right after the figure's subject (`Loads
 *   over 90 kg must`); a clause that opens on `with` is read with the clause
 *   before it (`must be hung level, with gaps of 3 mm`);
 * - the least a party must hold or carry (`must hold liability cover of at
 *   least £2 million`, `shall carry insurance for a minimum of 500,000`);
 * - a share or a size a thing should or must be at (`Kiln-dried oak should
 *   arrive at 10 to 12 per cent`, `must be kept at 4 °C`; not a forecast's
 *   `should peak at`), or must stay within (`must stay below 0.5% ABV`);
 * - a share of a sum named as a party's commission or fee on it (`of which
 *   10% goes to the branch as commission`);
 * - a ratio a drawing or a map is made at (`drawn on a 1:2500 base`,
 *   `a scale of 1:50`, `1:50 scale`);
 * - a share that is the strength of a medium a method step uses (`sown on
 *   1% agar`, `rinsed in 70% ethanol`);
 * - a size or a share the sentence calls specified after it (`runs at 40%
 *   relative humidity and 16 °C, as specified`);
 * - a share one charge or return is set at, named by its noun (`a 10% rent
 *   discount`, `a surcharge of 50%`, `This year's dividend is 2.5%`; not
 *   `Discounts of 40% were common`, `the average discount is 35%`), and its
 *   later step (`…, rising to 150% after three years`);
 * - a value named as recommended, permitted or statutory right before it
 *   (`The recommended rate for barley is 140 kg N/ha`), and a size the
 *   writer recommends (`We recommend a meadow of at least 2 ha`);
 * - a bound a requirement sets on who or what qualifies (`Applicants need to
 *   be at least 16`, `Entrants must be aged over 18`; not `Most entrants were
 *   over 60`, a finding).
 */
export function isRequirementFigure(text: string, span: Span, sentenceStart: number): boolean {
  const words = text.slice(span.start, span.end + 24)
  if (isNamedSet(text, span, sentenceStart)) return true
  // `Applicants need to be at least 16`: the bound a requirement sets on who qualifies.
  if (span.kind === 'approximate' && boundOpening.test(text.slice(span.start, span.end)) && qualifyBefore.test(before(text, span.start, 32))) return true
  // `between 650 and 800 grams`, `70.5 to 80 millimetres across`: a count written with a unit of size is a size.
  if ((sizeKinds.has(span.kind) || span.kind === 'count') && physicalUnit.test(words)) {
    const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
    const own = lastClause(lead, clauseMarks)
    // `must be fitted to the certificate, with gaps of 2–4 mm`: a `with` clause is read with the clause before it.
    const clause = withOpening.test(own) ? lastClause(lead.slice(0, lead.length - own.length - 1), clauseMarks) + own : own
    const required = requirementBefore.exec(clause)
    if (required && !foundBetween.test(clause.slice(required.index + required[0].length))) return true
    if (requirementAfter.test(after(text, span.end, 60))) return true
  }
  // `must hold public liability cover of at least £5 million`: the least a party must hold.
  if (minimumHeldBefore.test(before(text, span.start, 160))) return true
  // `Kiln-dried oak should arrive at 10 to 12 per cent`: the level a thing should be at.
  if ((span.kind === 'percentage' || sizeKinds.has(span.kind)) && shouldBeAt.test(before(text, span.start, 48))) return true
  // `must stay below 0.5% ABV`: the level a rule requires a thing to stay within.
  if ((span.kind === 'percentage' || sizeKinds.has(span.kind)) && mustStayWithin.test(before(text, span.start, 40))) return true
  // `raised £3,260, of which 10% goes to the branch as commission`: a party's commission on a sum.
  if (span.kind === 'percentage' && ofWhichBefore.test(before(text, span.start, 16)) && commissionAfter.test(after(text, span.end, 72))) return true
  if (span.kind === 'ratio' && (scaleBefore.test(before(text, span.start, 32)) || scaleAfter.test(after(text, span.end, 8)))) return true
  if (span.kind === 'percentage' && isChargeShare(text, span)) return true
  if (span.kind === 'change' && laterStep.test(text.slice(span.start, span.end)) && chargeShareLead.test(before(text, span.start, 120))) return true
  if (span.kind === 'percentage' && mediumBefore.test(before(text, span.start, 24)) && mediumAfter.test(after(text, span.end, 24))) return true
  // `flat to within 3 mm over 2 metres`: the length a tolerance is stated over.
  if (span.kind === 'measurement' && toleranceOverBefore.test(before(text, span.start, 48))) return true
  // `a sleeping area of at least 0.85 square metres as the guidance requires`: a figure a rule named after it requires.
  if (span.kind !== 'change' && span.kind !== 'multiple' && requiredAsAfter.test(after(text, span.end, 100))) return true
  return settingKinds.has(span.kind) && !shareOf.test(after(text, span.end, 6)) && specifiedAfter.test(after(text, span.end, 100))
}

/** Whether a share is what one charge or return is set at, named by the charge's noun before or after it. */
function isChargeShare(text: string, span: Span): boolean {
  const lead = before(text, span.start, 60)
  if (aggregateWord.test(lead.slice(-40))) return false
  if (chargeOfBefore.test(lead)) return true
  return articleBefore.test(before(text, span.start, 8)) && chargeAfter.test(after(text, span.end, 40))
}

/** Whether a figure is a value its sentence names as set (`The permitted level is 10 µg/L`) or a size the writer recommends. */
function isNamedSet(text: string, span: Span, sentenceStart: number): boolean {
  const number = numberStart(text, span)
  const lead = text.slice(Math.max(sentenceStart, number - 120), number)
  if (namedSetKinds.has(span.kind) && namedSetBefore.test(lastClause(lead, clauseMarks).slice(-80))) return true
  if (!advisedKinds.has(span.kind)) return false
  const advice = writerAdvises.exec(lead)
  return advice !== null && !reasonBetween.test(lead.slice(advice.index + advice[0].length))
}
