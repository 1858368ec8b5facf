import type {PatternRule} from './span.js'
import {after, before} from './span.js'
import {
  attributeAfter,
  attributeBefore,
  changeNounAfter,
  determinerBefore,
  durationAfterMatch,
  fractionBefore,
  reportThatBefore,
  hyphenUnitAfter,
  isEffort,
  isYear,
  lastWord,
  momentNoun,
  namedBefore,
  notReference,
  onBefore,
  opensSentence,
  smallCount,
  timeNoun,
  timeOrPartNoun,
  yearPrepositionBefore
} from './statistic-veto.js'

// Counts and parts of a whole: people, things and events counted (`412
// households`, `at least five serious accidents`, `launched 412 times`,
// `Eleven shops have closed`, `thousands of couriers`), a part of a counted
// whole (`eleven of the 27`, `one in five`, `one Monday delivery in four`,
// `one in twelve`, `a fifth of`, `Of these, 37`), a
// vote's tally and a share of those asked (`Two thirds said`); not a count
// whose noun a plan or a grade names (`17 planned burns`, `600 grit wheels`). Each pattern
// starts at a number or a fixed word and reads forward over a bounded phrase
// (test/lint/redos.test.ts checks every one).

const proportion =
  /\b(?:\d+\s+(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{L}+\s+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{L}+\s+){0,2})(?:in|out\s+of)\s+(?<of>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|every|a\s+(?:hundred|thousand|million))\b/giu
/** A unit of time after `in 6`: a duration (`won in 6 minutes`), not one in n. */
const durationAfter = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/iu
/** A distance or an area after `in m`: a density (`27 bridges in 9 miles`). */
const densityAfter = /^\s+(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet|acres?|hectares?|square)\b/iu

const fraction =
  /\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one)[\s-]+(?:fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three|four)[\s-]+fifths|nine[\s-]+tenths)\s+of\b/giu
/** `thousands of couriers`, `millions more people`: an unmeasured count, still a count of the world. */
const manyOf = /\b(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)\s+(?:of|more|fewer|extra)\s+(?:[\p{L}-]+\s+)?(?<noun>\p{L}{3,}s|people)\b/giu
const count =
  /(?<![\p{L}\d.,/])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?:(?:more|fewer|additional|new|other|foreign|international|registered|undocumented|irregular|displaced|internally\s+displaced|unaccompanied|skilled|unskilled|migrant|domestic|seasonal|young|older|local)\s+)?(?:people|persons|individuals|migrants|refugees|asylum[\s-]seekers|immigrants|emigrants|workers|children|women|men|deaths|casualties|victims|cases|households|families|students|patients|respondents|participants|jobs|visas|permits|applications|applicants|residents|inhabitants|voters|citizens|nationals|NGOs|organi[sz]ations|countries|states|nations|cities|villages|schools|hospitals|homes|arrests|deportations|removals|returns|arrivals|crossings|births|adults|employees|officers|troops|soldiers|beds|languages|species|incidents|complaints|claims|signatories|ratifications|projects|programmes|programs|companies|firms|farms)\b/giu
const plural =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:[,'’]\d{3})+|\d+)\s+(?:(?![\p{L}-]*s\b)(?!(?:and|or|but|to|of|in|on|at|for|per|by|with|from|than|as|the|a|an|then|so|if|when)\b)[\p{L}-][\p{L}–-]*\s+)?(?!(?:his|its|this|thus|was|has|does|is|as|us|yes|less|unless|across|whereas|plus|minus|versus|perhaps|always|besides|hers|ours|yours|theirs)\b)(?<noun>\p{L}{2,}s)\b(?<!ss)/gu
/** A vote's tally: `voted by 312 to 41`, `a majority of 1,204 to 96`. */
const voteTally =
  /\b(?:vot(?:ed|es?|ing)|majority|margin|ballot|motion)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:by|of)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:votes?\s+)?to\s+(?<m>\d{1,3}(?:,\d{3})+|\d+)\b/giu
const grouped = /(?<![\p{L}\d.,'’/])\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?(?![,'’]?\d)/gu
/** `eleven of the 27`, `17 of 22`, `two of the four pumps`, `40 of our 45 hives`, `34 of her 37 attempts`: a part of a counted whole, the writer's own or a person's included (a person's whole in digits only: `four of his five rides` is narrative). */
const partOf =
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+|my\s+|his\s+|her\s+|your\s+)?(?<of>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/giu
/** `a dozen` or `one dozen` alone opening a count: twelve, a small count. */
const aDozen = /^(?:a|one)\s+dozen\s/iu
/** A person's own whole in a part of a whole: ` of his `, ` of her `, ` of your `. */
const personOf = /\sof\s+(?:his|her|your)\s/iu
/** A whole written in digits. */
const digitsWhole = /^\d/u
/** `a hundred social homes`, `two dozen clinics`, `several thousand workers`, `two hundred people` (the plurals not written with `s` too; not `a dozen` alone, twelve). */
const hundredOf =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|several|a\s+few|some)\s+(?:hundred|thousand|dozen)\s+(?:[\p{L}-]+\s+)?(?:\p{L}{3,}s|people|children|men|women|staff)\b/giu
/** `Of these, 37 belonged to …`, `Of those launches, 31 were`, `Of those who replied, twenty said`: a part of a set just counted. */
const ofThese =
  /\bof\s+(?:these|them|those|this\s+number)(?:\s+\p{L}[\p{L}-]*){0,3}\s*,\s*(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\d.,]\d)(?![\p{L}])/giu
/** `at least five serious accidents`, `more than forty stalls`: an approximate count in words. */
const wordCount =
  /\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|as\s+many\s+as|nearly|almost|over|up\s+to|some|about|around)\s+(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+(?:[\p{L}-]+\s+)?(?<noun>\p{L}{2,}[^s's’]s|aircraft|people|children|men|women|staff|sheep|deer|fish|cattle|livestock|personnel|police|crew|offspring)\b/giu
/** `was launched 412 times`, `cited 40 times`: a count of events after the verb. */
const timesCount =
  /(?<!\p{L})\p{L}{1,30}ed\s+(?:(?:out|up|in|off|back)\s+)?(?:\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+times\b(?!\s+(?:more|less|fewer|as|higher|lower|greater|larger|smaller|faster|the|over|what))/giu
/** `watched more than 2,000 times`: a count of events after the verb, approximated; not a frequency (`about 40,000 times a day`). */
const timesCountApprox =
  /(?<!\p{L})\p{L}{1,30}ed\s+(?:(?:out|up|in|off|back)\s+)?(?:more\s+than|well\s+over|over|nearly|almost|about|around|some|at\s+least)\s+(?:\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+times\b(?!\s+(?:(?:a|an|per|each|every)\b|more|less|fewer|as|higher|lower|greater|larger|smaller|faster|the|over|what))/giu
/** `Eleven shops have closed`, `three shops closed last year`: a count of losses in the world. */
const lossCount =
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\s+(?:[\p{L}-]+\s+)?(?<noun>\p{L}{2,}s)\s+(?:have\s+|had\s+|has\s+)?(?:(?:been|were)\s+)?(?:closed|shut|died|killed|lost|disappeared|collapsed|failed|injured|arrested|evicted|deported|drowned|gone\s+bust|laid\s+off|sacked|dismissed)\b/giu
/** `Two thirds said`, `Half agreed`: a share of those asked, as the subject of what they said. */
const shareSaid =
  /(?:^|(?<=[.!?:;]\s)|(?<=,\s))(?:half|a\s+third|(?:one|two)[\s-]+thirds?|a\s+quarter|(?:one|three)[\s-]+quarters?|a\s+fifth|a\s+majority|a\s+minority)\s+(?:of\s+them\s+)?(?:said|say|says|agreed|agree|reported|report|believed|believe|thought|think|wanted|want|supported|support|opposed|oppose|named|chose|preferred|prefer|backed|back)\b/giu
/** `less than half what they were`, `more than a third`: a share compared with a whole. */
const shareThan =
  /\b(?:less|more|fewer)\s+than\s+(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one)[\s-]+(?:fifth|sixth|seventh|eighth|ninth|tenth))\b/giu
/** `half`, opening a fraction. */
const halfWord = /^half\b/iu

/** `Forty-two wallers`: a count in words over ten opening a noun phrase; a claim when it is compared with another period (`comparedAfter`). */
const wordTally =
  /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:[\p{L}-]+\s+)?\p{L}{2,}s\b/giu
/**
 * A comparison with another period later in the clause: `…, against thirty-one last year`, `up from 19 the year before`,
 * `compared with nine in the last exercise`, `against seven three years ago`, `against 24 in 2019`; or a rise or fall
 * from a count in digits that ends its clause (`up from 18,`): the baseline of a change, its period the clause's own.
 */
const periodComparedAfter =
  /^[^.;!?]{0,100}?\b(?:(?:against|compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:\d+|\p{L}+(?:-\p{L}+)?)\s+(?:(?:in|at|for|during|over|from)\s+)?(?:(?:the\s+)?(?:last|previous|preceding|prior)|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years|seasons)\s+(?:earlier|ago|before)|(?:19|20)\d\d(?!\d))|(?:up|down)\s+from\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)(?=\s*[,;.)]|$))/iu

/**
 * The word between a number and its plural noun that makes the number part
 * of the noun's name rather than a count of it: a plan's (`17 planned
 * burns`, `40 scheduled sailings`: the size of a plan, not a result) or a
 * grade a product is named by (`600 grit wheels`, `12 gauge wire`, `3 ply
 * tissues`: a grade, not a number of things).
 */
/** `of` or `out of` right before a count: the whole of a part (`12 of 40 planned homes`). */
const partOfBefore = /\b(?:out\s+)?of\s+$/iu
/** The spaces between a count's words. */
const wordSpace = /\s+/u
const namingMiddle = /^(?:planned|scheduled|proposed|budgeted|intended|programmed|grit|gauge|ply|gsm|denier|mesh|carat|karat|awg|tpi)$/iu

/** `Membership stands at 148`: a tally in the present, a count of the world however small its subject. */
const standsAt =
  /\b(?:stands?|stood)\s+at\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,:]?\d)/giu
/** `23 of them joined`: a part, in digits, of a set just named. */
const partOfThose = /(?<![\p{L}\d.,])(?<n>\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+of\s+(?:those|them|these)\b/giu

/**
 * `214 head forward`, `1,200 head of cattle`: livestock counted by the head,
 * a count of animals however small its noun; two digits at least, and not
 * `head` as a noun of its own (`the 12 head teachers`, `head-to-head`).
 */
const headCount =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:,\d{3})+|[1-9]\d+)\s+head\b(?![\p{L}-])(?=\s+(?:of\s+(?:[\p{L}-]+\s+)?(?:cattle|sheep|lambs|ewes|pigs|stock|livestock|beef|dairy|store|calves|goats|deer|horses|ponies)\b|forward|penned|entered|sold|offered|were|was|went|passed|changed|through|on\s+offer)|\s*[,.;:)])/giu

/** `drew a crowd of 350`: the attendance an event drew, a count of the world however small. */
const crowdDrawn =
  /\b(?:drew|draws|attracted|attracts|pulled\s+in)\s+(?:a\s+)?(?:crowd|attendance|audience|gate|turnout)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+|just\s+over\s+|just\s+under\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,:]?\d)/giu

/**
 * A count of people or events in words per period: `Two women a week are
 * killed`, `three children a day`; or a number in words per period after `at
 * a rate of`, its noun the clause's (`shops are closing at a rate of two a
 * week`): a rate about the world.
 */
const wordRate =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:people|women|men|children|girls|boys|babies|patients|workers|pupils|teenagers|deaths|suicides|births|cases|incidents|attacks|accidents|crashes|fires)\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute)\b|\bat\s+a\s+rate\s+of\s+(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|minute)\b/giu

/**
 * A frequency in words, out of a hundred or more: `once in every few thousand
 * deals`, `once every 10,000 launches`, `once in a thousand births`, or `once
 * in` a number of three digits or grouped ones (`once in 216,000 hands`, not a
 * year: `once in 2019`). Not a routine's interval (`once every 90 days`,
 * `once every ten years`).
 */
const onceInMany =
  /\bonce\s+(?:(?:in\s+)?(?:every|a)\s+(?:(?:few|several|couple\s+of)\s+)?(?:hundred|thousand|million|\d{1,3}(?:,\d{3})+|[1-9]\d{2,})|in\s+(?:\d{1,3}(?:,\d{3})+|[1-9]\d{2})(?![\d.,]\d))\s+(?:[\p{L}-]+\s+)?\p{L}+/giu

/** `none of the` right before a count: none out of a whole, a finding about all of it. */
const noneOfBefore = /\bnone\s+of\s+the\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticCountPatterns: readonly RegExp[] = [
  personOf,
  digitsWhole,
  aDozen,
  onceInMany,
  noneOfBefore,
  wordRate,
  proportion,
  densityAfter,
  fraction,
  manyOf,
  count,
  plural,
  voteTally,
  grouped,
  partOf,
  hundredOf,
  ofThese,
  wordCount,
  timesCount,
  timesCountApprox,
  lossCount,
  shareSaid,
  shareThan,
  halfWord,
  wordTally,
  periodComparedAfter,
  standsAt,
  partOfThose,
  crowdDrawn,
  headCount,
  durationAfter,
  namingMiddle,
  wordSpace,
  partOfBefore
]

/** Whether the one word between a count's number and its plural noun names it (`17 planned burns`, `600 grit wheels`). */
function namedByMiddle(match: string): boolean {
  const words = match.split(wordSpace)
  return words.length === 3 && namingMiddle.test(words[1]!)
}

/** Numbers in words a proportion's ends may be written in, by value. */
const smallNumbers: Readonly<Record<string, number>> = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12}

/** The value of a proportion's end (`6`, `six`, `1,200`), or NaN when it is not a plain number. */
function endValue(word: string): number {
  const lower = word.toLowerCase()
  return lower in smallNumbers ? smallNumbers[lower]! : Number(lower.replaceAll(',', ''))
}

/**
 * Whether `n in m` puts more before `in` than after it, into a handful
 * (`sleeps six in two cabins`, `12 in 3 rows`): a part is never larger than
 * its whole, so the words place or arrange things rather than give one in n
 * (`27 bridges in 9 miles`, a density over a distance or an area, stays a figure).
 */
function moreThanWhole(text: string, match: RegExpMatchArray): boolean {
  if (densityAfter.test(after(text, match.index! + match[0].length, 16))) return false
  const part = endValue(match[0].split(wordSpace)[0]!)
  const whole = endValue(match.groups?.of ?? '')
  return part > whole && whole <= 12
}

/** The patterns of counts and parts of a whole, by kind, each with its vetoes. */
export const countRules: readonly PatternRule[] = [
  {regex: wordRate, kind: 'rate'},
  {
    regex: proportion,
    kind: 'proportion',
    // `3 in 2003` is a place in time, `eight won in 6 minutes` a duration and `six in two cabins` more than a whole, not one in n.
    accept: (text, match) =>
      notReference(text, match) &&
      !isYear(match.groups?.of) &&
      !durationAfter.test(after(text, match.index! + match[0].length, 12)) &&
      !moreThanWhole(text, match)
  },
  // `that half of`: a demonstrative before `half`; `that a fifth of` is a clause reporting a share.
  {regex: fraction, kind: 'proportion', accept: (text, match) => !halfWord.test(match[0]) || !fractionBefore.test(before(text, match.index!, 16)) || reportThatBefore.test(before(text, match.index!, 32))},
  // `Thousands of fans lined the streets`: a crowd opening a sentence sets a scene; `will affect thousands of couriers` counts who.
  {regex: manyOf, kind: 'count', accept: (text, match) => !opensSentence(text, match.index!) && !timeNoun.test(match.groups!.noun!) && !timeOrPartNoun.test(match.groups!.noun!)},
  {
    regex: count,
    kind: 'count',
    accept(text, match) {
      const lead = before(text, match.index!, 16)
      if (isYear(match.groups?.n) && (yearPrepositionBefore.test(lead) || match.index === 0)) return false
      return notReference(text, match) && !determinerBefore.test(lead) && !namedBefore(text, match.index!)
    }
  },
  {
    regex: plural,
    kind: 'count',
    // `47 state reports`: digits before a plural noun count something, unless they date it or measure time.
    accept(text, match) {
      const lead = before(text, match.index!, 16)
      return (
        notReference(text, match) &&
        !isYear(match.groups?.n) &&
        // `2 bedrooms`, `7 cards`: a count under ten in digits is a small count in narrative or a description.
        !smallCount(match.groups!.n!) &&
        (!timeOrPartNoun.test(match.groups!.noun!) || (onBefore.test(lead) && !momentNoun.test(match.groups!.noun!)) || isEffort(text, match)) &&
        // `none of the 2,300 doors fitted has failed`: a zero out of a counted whole is a finding, `the` or not.
        (!determinerBefore.test(lead) || noneOfBefore.test(lead)) &&
        !namedBefore(text, match.index!) &&
        // `12 of 40 planned homes`: the whole a part is of keeps its noun.
        !(namedByMiddle(match[0]) && !partOfBefore.test(lead))
      )
    }
  },
  {regex: voteTally, kind: 'count', accept: (text, match) => !isYear(match.groups?.n) && !isYear(match.groups?.m)},
  {
    regex: grouped,
    kind: 'count',
    // `a 5,000 mAh battery`, `an 8,000-word essay`, `the 1,000-metre course`: a size naming a kind of thing; not `a 12,000 rise`.
    accept: (text, match) =>
      notReference(text, match) &&
      !durationAfterMatch(text, match) &&
      !(
        attributeBefore.test(before(text, match.index!, 8)) &&
        (attributeAfter.test(after(text, match.index! + match[0].length, 24)) || hyphenUnitAfter.test(after(text, match.index! + match[0].length, 24))) &&
        !changeNounAfter.test(after(text, match.index! + match[0].length, 24))
      )
  },
  // `34 of her 37 attempts` is a tally; `four of his five rides`, a person's part of a small whole in words, is narrative.
  {regex: partOf, kind: 'proportion', accept: (text, match) => notReference(text, match) && !isYear(match.groups?.of) && !(personOf.test(match[0]) && !digitsWhole.test(match.groups!.of!))},
  // `A dozen families toured the farm`: a dozen alone is twelve in words, a small count as `twelve families` is.
  {regex: hundredOf, kind: 'count', accept: (text, match) => !timeOrPartNoun.test(lastWord(match[0])) && !aDozen.test(match[0])},
  {regex: ofThese, kind: 'count'},
  {regex: wordCount, kind: 'count', accept: (text, match) => !timeOrPartNoun.test(match.groups!.noun!) && !timeNoun.test(match.groups!.noun!)},
  {regex: timesCount, kind: 'count', accept: notReference},
  {regex: timesCountApprox, kind: 'count', accept: notReference},
  // `two days lost to weather`: time lost is a duration, not a count of losses.
  {regex: lossCount, kind: 'count', accept: (text, match) => notReference(text, match) && !determinerBefore.test(before(text, match.index!, 16)) && !timeNoun.test(match.groups!.noun!)},
  {regex: shareSaid, kind: 'proportion'},
  {regex: onceInMany, kind: 'rate'},
  {regex: shareThan, kind: 'proportion'},
  {regex: standsAt, kind: 'count', accept: (text, match) => notReference(text, match) && !isYear(match.groups?.n)},
  {regex: partOfThose, kind: 'count', accept: (text, match) => !isYear(match.groups?.n)},
  {regex: crowdDrawn, kind: 'count', accept: (text, match) => !isYear(match.groups?.n)},
  {regex: headCount, kind: 'count', accept: (text, match) => notReference(text, match) && !isYear(match.groups?.n)},
  {
    regex: wordTally,
    kind: 'count',
    accept: (text, match) =>
      !timeNoun.test(lastWord(match[0])) && !timeOrPartNoun.test(lastWord(match[0])) && periodComparedAfter.test(after(text, match.index! + match[0].length, 120))
  }
]
