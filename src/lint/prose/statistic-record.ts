import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'

// Figures of a side's own record and of the writer's own works, read from a
// few words around the figure: a contest's result told in small number words
// (`won only three of eighteen matches`, `edging it on two of the three
// judges' cards`), the fittings a scheme swapped (`We replaced 212 halogen
// floods with 96 LED fittings`, `replaced sodium lanterns with LEDs on 41
// columns`) and the level it set them to (`dimmed to 30% after midnight`), the
// items a piece of work's scope covered (`The scope included 18 metres of
// racking`), the
// writer's new site's size as it opens (`Our new site opens with 380 units`) and,
// where the writer's own body speaks, the cost of a piece of work it had done
// (`The square was relaid at a cost of £11,500`), and a small count of what
// the named people of a profile did (`Ruth and Daniel had viewed 14 houses
// before they found`), what the writer ordered or stocks (`We have ordered
// around 300 of the exclusive releases`) and, where the writer's body speaks,
// a lot it prices for sale (`2,000 reclaimed paviours, priced at £2.40
// each`). A narrative of one side's
// season or one scheme's design: a reviewer asks no source for them.

/** Named people opening the sentence and a verb of their own doing, right before a small count: `Ruth and Daniel Okafor had viewed`, `Sam has applied for`. */
const namedDoersOpening =
  /^[^\p{L}]{0,3}\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:(?:had|has|have)\s+)?(?:already\s+)?(?:viewed|visited|seen|tried|applied\s+for|bid\s+on|looked\s+(?:at|round)|written|sent|climbed|run)\s+$/u
/** The digits opening a count. */
const countDigits = /^\d{1,2}\s/u
/** A part of a whole, both in number words up to twenty: `three of eighteen`, `two of the three`. */
const smallPart =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/iu
/** A contest's result right before the part: `won only`, `lost`, `edging it on`. */
const resultBefore =
  /\b(?:won|lost|drew|drawn|took|claimed|dropped|winning|losing|edg(?:ed|ing)\s+it\s+on|(?:got|won)\s+the\s+nod\s+on)\s+(?:only\s+|just\s+|all\s+but\s+)?$/iu
/** What a contest is counted in, right after the part: `matches`, `judges' cards`, `races`. */
const contestAfter =
  /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:matches|games|bouts|fights|races|rounds|frames|sets|fixtures|battles|cards|heats|legs|contests|ties|starts|innings|duels|tournaments)\b/iu
/**
 * A swap the writer or a scheme made, opening the figure's clause: `We
 * replaced`, `The riverside walk scheme replaced`, `our contractor swapped`.
 */
const swapBefore =
  /\b(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|contractors?|electricians?|engineers?|installers?|designers?)|the\s+(?:[\p{L}-]+\s+){0,3}?(?:scheme|project|works?|refit|refurbishment|upgrade|retrofit|design|contractors?|installation))\s+(?:(?:has|have|had|then|also|first)\s+)?(?:replaced|swapped|exchanged|upgraded|retrofitted|relamped|converted)\s/iu
/** A clause mark or a new sentence's verb that ends the swap's clause. */
const clauseMarks = /[;:!?]|\.(?!\d)|,(?!\d)|\b(?:and|but|while|which|so)\s/gu
/** A level a fitting is set to, right before the share: `dimmed to`, `turned down to`. */
const settingBefore = /\b(?:dimmed|turned\s+(?:down|up)|throttled|programmed|switched|stepped\s+down)\s+(?:back\s+)?to\s+$/iu
/** A new site's opening with its size, right before the count: `opens on 1 February with`. */
const openingWith =
  /\b(?:opens|opened|opening|reopens|reopened|will\s+(?:re)?open|launches|launched)\b[^.;:!?]{0,48}?\bwith\s+(?:(?:about|around|some|over|nearly|more\s+than|up\s+to|just\s+over|just\s+under)\s+)?$/iu
/** The writer's own body in the sentence: `Our new site`, `we`. */
const ownWord = /(?:^|[^\p{L}'’])(?:our|we)(?![\p{L}'’])/iu
/** A piece of work done at a cost, right before the sum: `was relaid over the winter at a cost of`. */
const workCostBefore =
  /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|completely|partly|finally)\s+)?(?:re[\p{L}]{3,}ed|re-?laid|re-?built|re-?sown|built|installed|repaired|refurbished|resurfaced|renovated|restored|fitted|extended|converted|bought|purchased|laid|drained|rewired)\b[^.;:!?]{0,48}?\bat\s+a\s+(?:total\s+)?cost\s+of\s+$/iu

/** The writer ordering or stocking goods, right before their number: `We have ordered around`, `we've got in another`. */
const ownStockBefore =
  /\b(?:we|I)(?:\s+have|\s+had|['’]ve)?\s+(?:(?:now|also|just|already)\s+)?(?:ordered|stocked|bought\s+in|got\s+in|taken\s+delivery\s+of)\s+(?:(?:around|about|some|nearly|over|another|a\s+further)\s+)?$/iu
/** A lot priced for sale after its number, in the same sentence: `… priced at £2.40 each`, `on sale at €5`. */
const pricedLotAfter = /^[^.;!?]{0,100}?\b(?:priced\s+at|on\s+sale\s+at|for\s+sale\s+at|offered\s+at)\s+[£$€]/iu

/** A piece of work's scope and the verb that lists it, earlier in the figure's sentence: `The scope covered a new dispensary … and`, `The scope of works included`. */
const scopeListBefore =
  /\bscope\s+(?:of\s+(?:the\s+)?(?:works?|contract|job|project)\s+)?(?:covered|covers|included|includes|comprised|comprises|took\s+in|takes\s+in)\s[^.;:!?]{0,160}$/iu

/** Every regex of this module, for the ReDoS test. */
export const recordPatterns: readonly RegExp[] = [namedDoersOpening, countDigits, smallPart, resultBefore, contestAfter, swapBefore, clauseMarks, settingBefore, openingWith, ownWord, workCostBefore, ownStockBefore, pricedLotAfter, scopeListBefore]

/** Kinds of figure a scheme's design or a site's size takes: sizes and counts, not shares or changes. */
const sizeKinds = new Set(['count', 'approximate', 'measurement', 'scale'])

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` (offsets
 * into `text`), is a side's own record or the writer's own works:
 * - a contest's result in small number words (`won only three of eighteen
 *   matches`, `edging it on two of the three judges' cards`; not `won 23 of
 *   the 40 events`, in digits, nor `three of the four ponds`);
 * - a size in the clause of a swap the writer or a scheme made (`We
 *   replaced 212 halogen floods with 96 LED fittings`);
 * - the level a fitting is set to (`dimmed to 30% after midnight`);
 * - an item in the list of what a piece of work's scope covered (`The scope
 *   covered two new counters and 18 metres of racking`);
 * - the writer's new site's size as it opens (`Our new site … opens on 1
 *   February with 380 units`; not `Hull Fair opened with 280 rides`);
 * - in a paragraph where the writer's own body speaks (`ownVoice`, read once
 *   for the paragraph), the cost of a piece of work done (`The square was
 *   relaid at a cost of £11,500`);
 * - what the writer ordered or stocks, a count (`We have ordered around 300
 *   of the exclusive releases`; `we sold 2,000 copies` stays);
 * - where the writer's body speaks, a count of a lot it prices for sale
 *   (`2,000 reclaimed paviours, priced at £2.40 each`).
 */
export function isOwnRecord(text: string, span: Span, sentenceStart: number, _sentenceEnd: number, ownVoice: boolean): boolean {
  const words = text.slice(span.start, span.end)
  if (span.kind === 'proportion' && smallPart.test(words)) {
    return resultBefore.test(before(text, span.start, 40)) && contestAfter.test(after(text, span.end, 48))
  }
  if (span.kind === 'percentage' && settingBefore.test(before(text, span.start, 32))) return true
  if (span.kind === 'count' && countDigits.test(words) && span.start - sentenceStart <= 80 && namedDoersOpening.test(text.slice(sentenceStart, span.start))) return true
  if (sizeKinds.has(span.kind)) {
    const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
    if (swapBefore.test(lastClause(lead, clauseMarks))) return true
    // `The scope covered a new dispensary and 22 metres of shelving`: an item of the work's scope is what was built, not a finding.
    if (scopeListBefore.test(lead)) return true
    // `Our new site … opens with 380 units`: the writer's own site (not `Hull Fair opened with 280 rides`, a count reported).
    if (span.kind !== 'measurement' && openingWith.test(lead.slice(-80)) && ownWord.test(lead)) return true
  }
  // `We have ordered around 300 of the exclusive releases`: the writer's own order is its stock, not a finding.
  if ((span.kind === 'count' || span.kind === 'approximate') && ownStockBefore.test(before(text, span.start, 64))) return true
  // `New in this month: 2,000 reclaimed paviours, priced at £2.40 each`: where the writer's body speaks, a lot it prices for sale is its stock.
  if (ownVoice && span.kind === 'count' && pricedLotAfter.test(after(text, span.end, 120))) return true
  return span.kind === 'money' && workCostBefore.test(text.slice(Math.max(sentenceStart, span.start - 120), span.start)) && ownVoice
}
