import type {Span} from './span.js'

// Figures of a study's own material and instruments, of a scenario its
// model tries, and of a thing in hand (a nameplate, a test's setting, a
// place on a line, a folded size, one patient's reading), rather than what
// anybody found; each read from a bounded slice of the figure's own
// sentence:
// - the material a study opens on (`Drawing on 310 letters, this chapter`,
//   `Using a sample of 900 tweets, we`);
// - the instruments a study set up (`The array of 30 rain gauges was
//   installed`, `a network of 12 loggers`);
// - the change a model's scenario tries (`raising the tax by 5p would cut`:
//   what it would do is the finding);
// - a specification line (`Pump: 15 kW, …`) and a test's setting after a
//   reading (`0.8 MΩ at 500 V`);
// - a place along a line (`at chainage 12.4 m`);
// - a product's folded size (`folds to 40 cm`);
// - one patient's reading (`Her haemoglobin was 96 g/L`);
// - a named product's make-up (`The Orla Pro pairs 1,200 springs with a
//   foam top`): the maker's specification.
// A reviewer asks none of them for a source: the study, the model or the
// thing itself is it. A threshold a count of occasions is counted against
// (`rose above 25 °C on nine nights`) is one statistic with the count: its
// span is carried over the occasions (`withOccasions`).

/** How far back in its sentence a cue is read. */
const reach = 120

/** A sentence opening on the material a study draws on, up to the figure: `Drawing on`, `Using a corpus of`. */
const materialOpening =
  /^\s*(?:Drawing\s+(?:on|upon)|Using|Based\s+on|Building\s+on|Analy[sz]ing|Combining|Working\s+(?:with|from))\s+(?:(?:an?|the|some|over|more\s+than|nearly|about|around|almost)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/u
/** An instrument a study sets up, ending its count: `sensors`, `rain gauges`. */
const instrumentNoun =
  /\b(?:sensors?|loggers?|gauges?|monitors?|stations?|traps?|cameras?|probes?|detectors?|thermometers?|samplers?|meters?|recorders?|buoys?|receivers?|piezometers?|boreholes?|transects?|quadrats?)$/iu
/** The set the instruments make, right before their count: `The network of`. */
const instrumentSetBefore = /\b(?:network|array|grid|set|ring|line)\s+of\s+$/iu
/** The instruments put in place, right after their count: `was installed`. */
const installedAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:was|were|had\s+been|have\s+been)\s+(?:(?:first|all|each)\s+)?(?:installed|deployed|placed|mounted|fitted|sited|positioned|calibrated|cross-calibrated|set\s+up)\b/iu
/** A threshold passed, right before it: `exceeded`, `rose above`. */
const passedBefore =
  /\b(?:exceed(?:ed|s|ing)?|topped|passed|(?:rose|went|was|were|stayed|remained|climbed)\s+(?:above|over|beyond|past))\s+$/iu
/** The occasions counted against it, right after: `at 9pm on eleven evenings`, `on 14 days`. */
const occasionsAfter =
  /^[^.;:!?]{0,40}?\bon\s+(?:\d+|[\p{L}-]+)\s+(?:days|nights|evenings|mornings|afternoons|occasions|dates|weekdays|days\s+a\s+year)\b/iu
/** A change a model's scenario tries, right before it: `increasing canopy cover`. */
const scenarioBefore =
  /\b(?:increasing|raising|reducing|cutting|lowering|doubling|halving|expanding|extending|boosting|widening|narrowing|shrinking|adding)\s+(?:[\p{L}'’-]+\s+){0,4}?$/iu
/** What the scenario would do, right after the change: `would reduce`. */
const wouldAfter = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:would|could|might)\b/iu
/** A specification line, from its sentence's start: `Motor:`, `Main pump:`. */
const specLine = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}:\s+$/u
/** A reading with its unit, right before `at`: `0.4 MΩ at`. */
const readingAt = /\d\s*(?:[\p{L}µΩ°/%]{1,6}\s+)?at\s+$/u
/** A date or a range of days before `at`: `for Dec 1-3 at`, `on 4 March at` (a period's total, not a test's setting). */
const dateAt =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?)\s+at\s+$/u
/** An electrical or mechanical unit right after a bare number: `V DC`, `rpm`. */
const unitAfter = /^\s*(?:V|kV|mV|A|mA|Hz|kHz|rpm|bar|psi|W|kW|MW|Nm|°C|K)\b/u
/** A place along a line, right before it: `at chainage`. */
const placeOnLine = /\b(?:chainage|ch\.|mileposts?|mile\s+posts?|kilometre\s+posts?|km\s+posts?|KP|MP)\s+$/u
/** A product's folded size, right before it: `folding to just`. */
const foldedTo =
  /\bfold(?:s|ed|ing)?(?:\s+(?:away|up|down|flat|back))?\s+(?:to|at)\s+(?:(?:just|only|a\s+mere|a\s+slim|under|less\s+than)\s+)?$/iu
/** One patient's reading, right before it: `His ferritin was`. */
const patientReading =
  /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]he\s+patient's|[Tt]he\s+patient’s)\s+(?:[\p{L}-]+\s+){0,2}?(?:was|is|measured|came\s+back\s+at|stood\s+at|had\s+been)\s+(?:(?:only|just|about|around|still)\s+)?$/u

/** A named product as its sentence's subject and a verb of its make-up, up to the figure: `The Orla Pro pairs`, `Our Haven Duo combines`. */
const productMakeUp =
  /^\s*(?:The|Our|Each|Every)\s+\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3}\s+(?:pairs|combines|layers|incorporates|packs|couples|marries)\s+(?:(?:over|some|around|about|more\s+than|up\s+to)\s+)?$/u

/** Every regex of this module, for the ReDoS test. */
export const materialPatterns: readonly RegExp[] = [
  materialOpening,
  instrumentNoun,
  instrumentSetBefore,
  installedAfter,
  passedBefore,
  occasionsAfter,
  scenarioBefore,
  wouldAfter,
  specLine,
  readingAt,
  dateAt,
  unitAfter,
  placeOnLine,
  foldedTo,
  patientReading,
  productMakeUp
]

/**
 * A threshold's span carried to the end of the count of occasions counted
 * against it (`exceeded 30 °C at 9pm on eleven evenings`: the evenings are
 * the finding, the level what they are counted against); other spans as they
 * are. Reads at most 48 characters before the figure and 64 after it.
 */
export function withOccasions(text: string, span: Span): Span {
  if (span.kind !== 'measurement' && span.kind !== 'count' && span.kind !== 'approximate') return span
  if (!passedBefore.test(text.slice(Math.max(0, span.start - 48), span.start))) return span
  const occasions = occasionsAfter.exec(text.slice(span.end, span.end + 64))
  return occasions ? {...span, end: span.end + occasions[0].length} : span
}

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, is a study's material or instrument, a
 * threshold, a scenario's change, or a figure of one thing in hand (see the
 * list above). Reads at most 120 characters before the figure and 64 after.
 */
export function isMaterialFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const ahead = text.slice(span.end, Math.min(sentenceEnd, span.end + 64))
  const words = text.slice(span.start, span.end)
  const opening = span.start - sentenceStart <= reach ? near : ''
  // A scenario's change is its input; what it would do stays a claim.
  if (span.kind === 'change') return scenarioBefore.test(near) && wouldAfter.test(ahead)
  if (span.kind === 'multiple') return false
  if (span.kind === 'count' && materialOpening.test(opening)) return true
  // `The Orla Pro pairs 1,200 springs with`: a named product's make-up, its maker's specification.
  if ((span.kind === 'count' || span.kind === 'measurement') && productMakeUp.test(opening)) return true
  if (span.kind === 'count' && instrumentNoun.test(words) && (instrumentSetBefore.test(near) || installedAfter.test(ahead))) return true
  if (span.kind === 'measurement' && specLine.test(opening)) return true
  if ((span.kind === 'measurement' || (span.kind === 'count' && unitAfter.test(ahead))) && readingAt.test(near) && !dateAt.test(near)) return true
  if ((span.kind === 'measurement' || span.kind === 'count') && placeOnLine.test(near)) return true
  return span.kind === 'measurement' && (foldedTo.test(near) || patientReading.test(near))
}
