import type {PatternRule, Span} from './span.js'
import {detectQuotations} from './quotation.js'
import {after, before, findSpans, sentenceAt, sentenceStarts, wordBefore} from './span.js'
import {countedPicked, countedSetPicked, everInClause, exceptedEvery, hedgedAfterOwner, multipleOf, namedOwnBest, ownBest, ownDataPicked, picksOutNamed, placedPick, rateEvery, scheduleEvery} from './superlative-pick.js'
import {lastLeftInLand, offerOrAppeal, recordRules, roleRankedInLand} from './superlative-record.js'
import {claims, hedgeInSentence} from './superlative-claim.js'
import {recordOutcomeAfter, voiceRules} from './superlative-voice.js'
import {alwaysWord, appealAfter, everyOpening, noneOfHas, nowhereElse, ownInClause, ruleInForceAfter, underPolicyBefore} from './superlative-policy.js'
import {practiceRules} from './superlative-practice.js'
import {adverbRules} from './superlative-adverb.js'
import {phraseRules} from './superlative-phrase.js'
import {firstRules} from './superlative-first.js'
import {scopeRules} from './superlative-scope.js'
import {amongClass, classRules} from './superlative-class.js'
import {absoluteByRuleOrReaction, forecastRules, futureNotClaimed, ownStrength} from './superlative-forecast.js'
import {beatenRules, firstInCompoundClass, rankedAcrossDomain} from './superlative-beaten.js'
import {firstUnderProvision, lastStillDone, outcomeRules, personServed} from './superlative-outcome.js'
import {fullestIdiomAt, thanksEvery, universalRules} from './superlative-universal.js'
import {outdoneRules} from './superlative-outdone.js'
import {relativeRules} from './superlative-relative.js'
import {noneNoted, offerTerms, recordNamesThing, shareNever} from './superlative-terms.js'
import {trackRules} from './superlative-track.js'
import {everClosesAfter, firstWorkAbout, noneOnOccasion, ownHabitShared, ownReach, shareHasEver, trialLevel} from './superlative-occasion.js'

const theSuperlative =
  /\b(?:the|its|their|his|her|our)\s+(?:(?:single|very|world's|world’s)\s+|(?:second|third)[\s-])?(?:\p{L}{2,}est(?:-\p{L}+)?|best(?:-\p{L}+)?|worst(?:-\p{L}+)?|greatest|most(?:\s+|-)\p{L}+|least\s+\p{L}+|only)\b/giu
/** After a possessive: `the company's worst day`. */
const possessiveSuperlative = /(?<=\p{L}['’]s\s)(?:(?:second|third)\s+)?(?:\p{L}{2,}est|best|worst|greatest|most\s+\p{L}+|least\s+\p{L}+)\b/giu
const absolute =
  /\b(?:never|always|invariably|without\s+exception|unprecedented|unmatched|unrivall?ed|unparall?eled|unequall?ed|unsurpassed|second\s+to\s+none|without\s+(?:equal|parallel|rival)|no\s+one|nobody|no\s+other|every\s+single|all\s+(?:experts|scientists|economists|countries|states|governments|migrants|refugees|observers))\b/giu
/** `No study has yet followed`, `no country has so far`, `No house near the works has ever`: none of a kind, so far or ever (the span holds the subject the claim is about). */
/** A negative universal subject: `No competitor offers`, `No other model matches` (not `No smoking is allowed`, nor a report of none: `No leak has been found`, `No evidence has been filed`). */
const noneMatches =
  /(?<![\p{L}])No\s+(?:other\s+)?(?!\p{L}+ing\b)\p{Ll}[\p{Ll}-]*[^s\s]\s+(?:\p{Ll}+ly\s+)?(?:offers|has|matches|rivals|beats|comes\s+close|can\s+match|provides|gives|makes|sells|does)\b(?!\s+been\s+(?:reported|found|recorded|detected|confirmed|seen|observed|received|filed|submitted|provided|produced|presented|adduced|supplied|lodged)\b)/gu
const noneYet = /\bno\s+(?:[\p{L}-]+\s+){1,5}?(?:has|have|had|is|was|were|are)\s+(?:yet|so\s+far|ever)\b/giu
/** `Antibiotics do nothing for colds`, `has no effect on`: an absolute of no effect, in the present. */
const noEffect = /(?<![\p{L}'’-])(?:do|does)\s+(?:absolutely\s+)?nothing\s+(?:for|against)\b|\b(?:has|have)\s+no\s+(?:effect|impact)\s+(?:on|upon)\b/giu
/** `ranked first in the country`, `voted the best`: a ranking without `the … -est`. */
const ranked = /\b(?:ranked|rated|voted|named)\s+(?:the\s+)?(?:first|top|best|number\s+one)\b/giu
/** `was ranked first by its panel`, `was rated top by the judges`: a ranking with the body that made it right after (round 40): that body's verdict on its own round, reported, not a ranking of the world (`ranked first in the country` stays a claim). */
const rankedByAgent = /^\s+by\s+(?:its|their|the|a|an|his|her|our)\s/iu
/** `was the first in the region to be opened`, `the first woman to chair a health authority in England`: a first within a named class. */
const theFirst = /\b(?:is|was|are|were|became|becomes|remains?|remained)(?:\s*,\s*[^,.;!?]{1,40},)?\s+(?:also\s+|now\s+|still\s+)?the\s+(?:first|last)\b(?![\s-]+ever\b)/giu
/** `the first trial of its kind`, `the first feature shot entirely at night`: a first in a class the words after it name. */
const ofItsKind =
  /^\s+(?:[\p{L}-]+\s+){0,3}?of\s+(?:its|her|his|their)\s+(?:kind|class|type)\b|^\s+(?:[\p{L}-]+\s+){1,3}?(?:\p{L}{3,}ed|shot|built|made|written|held|done|grown|sold|won|run|taken|drawn|sung|flown|sent)\s+(?:entirely|wholly|fully|solely|only|in|on|at|by|with|from|without|outside|abroad)\b/u
/** `the first … to` and a class or a named body: `the first in the region to open`, `the first woman to sail in Antarctic waters`, `the first whale to strand alive on the Cornish coast` (a named place after `on` or `along`, with `the`; round 41). */
const toAfter =
  /^\s+(?:[\p{L}-]+\s+)?(?:in|at|of|on|among|across|within)\s+[^.!?;]{0,48}\bto\s+\p{L}|^\s+(?:[\p{L}-]+\s+){0,3}?to\s+[^.!?;]{0,60}\b(?:in|of|at|across|on|along)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}'’-]))\p{Lu}/u
/** `the first appeal to reach the Tribunal`: a first tied to a named body right after its verb (its own pattern: with `toAfter`'s two, one pattern took the ReDoS checker 59 s of its 60). */
const toNamedAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?to\s+\p{Ll}{2,}\s+(?:the\s+)?\p{Lu}/u
/** `the first player from the club to win`: a first out of a group a body makes up. */
const fromGroupTo = /^\s+(?:[\p{L}-]+\s+)?from\s+(?:the|this|our|their|its|his|her)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+to\s+\p{L}/u
/** A superlative after a linking verb, without `the`: `The gap is widest`, `is most severe`, `are worst in the early morning`. Not after `seems` (`The problem seems worst on new estates`): an impression hedged by its verb, as `one of the largest` is by its words (round 41). */
const predicative =
  /\b(?:is|are|was|were|be|been|remains?|remained|became|becomes)\s+(?:(?:by\s+far|much)\s+)?(?:\p{L}{3,}est|best|worst|most\s+at\s+risk|most\s+\p{L}{3,}|least\s+\p{L}{3,})\b(?!\s+(?:of|part)\b)/giu
/** An adverb in the superlative after its verb: `hit hardest`, `fell hardest`, `talk about it least.` */
const adverbial = /\b\p{L}{1,24}\s(?:hardest|worst-hit|hardest-hit)\b/giu
/** `Governments talk about it least.`: `least` or `most` closing a clause. */
/** A preference after a verb of wanting or liking: `what they needed most`, `the songs I love most` — someone's wish, not a ranking of the world. */
const preferenceBefore = /\b(?:needs?|needed|wants?|wanted|likes?|liked|loves?|loved|miss(?:es|ed)?|fears?|feared|values?|valued|enjoys?|enjoyed|prefers?|preferred|treasures?|treasured|hates?|hated|dreads?|dreaded)\s+(?:it\s+|them\s+|this\s+|that\s+)?$/iu
/** Not after `than`: `braver than most` compares with the many, it ranks nothing first. */
const clauseFinal = /(?<!\b(?:at|the|its|their|our|his|her|than)\s)\b(?:least|most)(?=\s*[.;!?])/giu
/** `faster than any other form`, `more than in any previous year`, `more often than to any other theme` (round 39) (not `rather than any change`: a contrast, no comparison with all), `faster than for any other language`, `better than on any previous cycle`, `than ever before`. */
const thanAny = /(?<!\brather\s)\bthan\s+(?:in\s+|at\s+|for\s+|on\s+|with\s+|from\s+|during\s+|to\s+)?(?:any(?:one|thing|where)?(?:\s+(?:other|previous|earlier|before))?|ever(?:\s+before)?)\b/giu
/** `the first ever`, `the world's first`, `remains the first destination` (not `remains the first item on the agenda`: a place in an order). */
const first =
  /\b(?:the\s+first[\s-]+ever|(?:the\s+)?world['’]s\s+first|(?:remains?|remained|ranks?|ranked|is\s+now|was\s+once)\s+the\s+(?:first(?!\s+(?:items?|steps?|stages?|entry|entries|page|line|agenda)\b)|top|leading|biggest)\s+\p{L}+)\b/giu
/** `in every region`, `Every serious study`, `Every 3G pitch` (a name of a kind opening on a digit, not `every 2 weeks` nor `every 10th`), (not `every third visit`: an ordinal sets a rate), `every previous wave`, `In those days every village` (after a time opening the clause), `Yet every scheme makes` (after a conjunction opening the sentence, round 39): all of something, not every year. */
const every =
  /(?:(?<=^|[.!?:;]\s)|(?<=(?:^|[.!?:;]\s)(?:Yet|But|And|So)\s)|(?<=\b(?:days|times|then|\d{4}),?\s)|(?<=\b(?:in|across|on|for|from|with|to|by|at|into|within|throughout|under|among|against|of|reached|reaches|covered|covers)\s))every\s+(?:(?:single|other|previous|serious|major|known)\s+)?(?!(?:year|day|week|month|time|morning|evening|night|winter|summer|spring|autumn|season|hour|minute|decade|so|now|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|hundredth)\b)(?:\p{L}+|\d+(?!(?:st|nd|rd|th)\b)\p{L}[\p{L}\d-]*)/giu
/** `Every one of you`: the audience addressed; `Every festival has its rituals`: a saying. */
const rhetoricalEvery = /^every\s+(?:one\s+of\s+(?:you|us)|\p{L}+\s+(?:(?:in|of|on|at|from)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:has|have)\s+(?:its|their|his|her|a|an)\b)/iu

const ever = /\b(?:has|have|had)\s+ever\b/giu
const record =
  /\b(?:(?:an?\s+)?(?:all-time|record)\s+(?:high|low|highs|lows|levels?|numbers?)|a\s+(?:new\s+)?record\s+(?!of\b)[\p{L}$€£¥\d][\p{L}\d.,]*|an?\s+(?:new\s+)?(?:club|world|national|european|british|league|school|course|career|season|personal|company|state|olympic|championship|all-time)\s+record\b)\b/giu

/** Words in `-est` that are not superlatives (`dishonest`, not `the most dishonest`), and superlatives that claim nothing absolute (`the worst-case load`: a compound term). */
const notSuperlative =
  /\s(?:interest|west|rest|test|request|forest|harvest|protest|contest|guest|nest|chest|quest|conquest|manifest|(?<!most\s)(?:dis)?honest|(?<!most\s)(?:im)?modest|earnest|arrest|inquest|digest|behest|crest|vest|pest|zest|bequest|unrest|priest|midwest|northwest|southwest|latest|newest|pretest|nearest|most\s+part|most\s+recent|(?:worst|best)-case|least\s+developed|very\s+least|least\s+of|least\s+(?:you|we|I|they|one))$/iu
/** Hedges before a superlative or absolute: `one of the largest`, `some of the best`, `not always`, `almost never`. */
const hedgeBefore =
  /\b(?:one\s+of|(?:some|several|many)\s+of|among|not|almost|nearly|virtually|hardly|if\s+not|arguably|perhaps|probably|possibly|by\s+far\s+not)\s+$/iu

/** `to the best of our knowledge`, `the best of his ability`: a hedge, not a superlative. */
const bestOf = /^\s+of\s+(?:our|my|his|her|their|your|one's|one’s)\s+(?:knowledge|ability|abilities|belief|recollection)\b/iu
/** `nobody I know`, `no one we spoke to`: an absolute about the writer's own circle. */
const ownCircle = /^\s+(?:I|we)\b/u
/** `nobody disagreed`, `no one complained about the early start`: how the people at one occasion took it, told in the past (a narrative, not an absolute about the world). */
const reactionPast = /^\s+(?:(?:really|much|even|once)\s+)?(?:disagreed|complained|objected|minded|argued|grumbled|protested|quarrelled|quarreled|demurred)(?![\p{L}'’-])/iu
const noneWord = /^(?:nobody|no\s+one)$/iu
const neverWord = /^never$/iu
/** `a post with no other duties`, `a room with no other exit`: `no other` after `with`, what one thing has besides (a description), not a kind with no rival. */
const withBefore = /(?<![\p{L}'’-])with\s+$/iu
const noOtherWord = /^no\s+other$/iu
/** `nobody kept exact figures`, `no one counted`: no record kept of one occasion, an admission about the writer's own data, not an absolute about the world. */
const noRecordKept =
  /^\s+(?:(?:had|ever)\s+)?(?:kept|counted|recorded|logged|measured|tracked|noted|took|totted\s+up)\s+(?:(?:any|an|a|the)\s+)?(?:(?:exact|precise|accurate|formal|proper|official|reliable|detailed|careful|full)\s+)?(?:figures|records?|counts?|tall(?:y|ies)|notes|minutes|numbers|score|track|totals?)(?![\p{L}'’-])/iu
/** `we could never`, `you may always`: the writer's or the reader's own possibility, not a claim about the world (a future with `will` is read by `futureNotClaimed`). */
const ownFuture = /\b(?:I|we|you)\s+(?:would|may|might|could|can)\s+$/iu
/** `had never tried it before`: particular people's experience in a narrative past, not an absolute about the world. */
const pastExperience = /^\s+(?:tried|used|done|seen|met|been|ridden|played|visited|made|cooked|heard|worked|held|driven|flown|sung|knitted|sewn|read|written)\b/iu
const hadBefore = /\bhad\s+$/iu
/** `my answer is always`, `I always`: the writer's own habit. */
const ownHabit = /\b(?:I|[Ww]e)\s+(?:\p{Ll}+\s+)?$|\b[Mm]y\s+\p{Ll}+\s+(?:is|was)\s+$/u
/** `We have never sold at a loss`, `we've never missed a payment`: a body's track record in the perfect, a claim (not a habit: `we never spray`). */
const ownRecordBefore = /\b[Ww]e\s+(?:have|['’]ve)\s+$/u
/** `the one you practise least`: what the reader or writer does least, not a ranking of the world. */
const habitLeast = /\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s+\p{Ll}+\s+(?:it\s+|them\s+)?$/u
/** `ask which route is the steepest`, `wonder whether it is the best`: a superlative inside a reported question (not a relative clause: `which he says is the best`). */
const questionBefore =
  /(?<![A-Za-z0-9_])(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|debate|debates|debated)\s+(?:(?:me|us|you|him|her|them|myself|ourselves)\s+)?(?:which|what|who|whether|if)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|are|was|were)\s+$/iu
/** `the route that most often closes`, `the genus most often misnamed`, `the drug most often found with it` (an irregular participle, round 40): the one of a kind that leads by frequency. */
const mostOften =
  /(?<![A-Za-z0-9_])the\s+[\p{L}-]+\s+(?:(?:that|which|who)\s+(?:most|least)\s+(?:often|frequently|commonly)(?![A-Za-z0-9_])|(?:most|least)\s+(?:often|frequently|commonly)\s+(?:\p{Ll}{2,}(?:ed|en)|found|seen|sold|bought|held|kept|made|caught|heard|told|left|lost|paid|built|sent|spent|won|met|led|fed|read|set|put|cut|hit|struck|brought|taught|sought|grown|shown|worn|thrown)(?![A-Za-z0-9_]))/giu
/** `floods follow every heavy storm`: every one of a kind of event, after a verb of what follows or strikes. */
const everyAfterVerb =
  /(?<=\b(?:follows?|followed|precedes?|preceded|accompan(?:y|ies|ied)|affects?|affected|hits?|strikes?|struck|plagues?|plagued)\s)every\s+(?:[\p{L}-]+\s+)?\p{L}+/giu
/** A preposition before a superlative that picks something out: `in the deepest part`, `on the poorest wards` (with `the`: `on its busiest day` claims). */
const pickedBefore = /\b(?:in|on|during|with|from|into|onto|near|among)\s+$/iu
const theWord = /^the\s/iu
/** `the`, `its`, `their` … before a superlative's word. */
const theOrPossessive = /^(?:the|its|their|his|her|our)\s+/iu

/** A plural noun and `of` before `every`: `Economists of every stripe`. */
const pluralOf = /(?<!\p{L})\p{L}{1,30}[^s's’\P{L}]s\s+of\s+$/iu
/** `every funder we meet`, `every house you visit`: all of the writer's or the reader's own encounters, not of the world. */
const ownCircleEvery = /^\s+(?:I|we|you)\b/u
/** What joins a superlative to the `has ever` or the `first … since` that closes it: `the highest it has ever been`, `the most damaging storm our engineers have ever faced`, `the largest share of articles for the first time since 2019` (words, no clause mark). */
const everJoin = /^[\s\p{L}'’-]{1,40}$/u
const everWords = /^(?:(?:has|have|had)\s+ever|first\s+(?:[\p{L}'’-]+\s+){0,6}since\s+[^\s.;:!?]+)$/iu
/** `I have ever`, `we had ever`: the writer's own experience. */
const ownEver = /\b(?:I|we)\s+$/u

/** Every regex of this module, for the ReDoS test. */
export const superlativePatterns: readonly RegExp[] = [
  theSuperlative,
  possessiveSuperlative,
  absolute,
  ever,
  record,
  notSuperlative,
  hedgeBefore,
  predicative,
  adverbial,
  clauseFinal,
  preferenceBefore,
  thanAny,
  first,
  every,
  pickedBefore,
  theWord,
  theOrPossessive,
  bestOf,
  ownCircle,
  reactionPast,
  noneWord,
  neverWord,
  ownFuture,
  withBefore,
  noOtherWord,
  noRecordKept,
  noneYet,
  noneMatches,
  noEffect,
  ranked,
  rankedByAgent,
  theFirst,
  toAfter,
  toNamedAfter,
  fromGroupTo,
  ofItsKind,
  pluralOf,
  ownEver,
  rhetoricalEvery,
  ownCircleEvery,
  pastExperience,
  hadBefore,
  ownHabit,
  ownRecordBefore,
  recordOutcomeAfter,
  habitLeast,
  questionBefore,
  mostOften,
  everyAfterVerb,
  everJoin,
  everWords
]

function unhedged(text: string, match: RegExpMatchArray): boolean {
  return !hedgeBefore.test(before(text, match.index!, 24))
}

const rules: PatternRule[] = [
  {
    regex: theSuperlative,
    kind: 'superlative',
    accept: (text, match) =>
      unhedged(text, match) &&
      !notSuperlative.test(' ' + match[0].slice(-24)) &&
      // `with the leakiest defence in the league`: ranked across a whole domain, a claim even after a preposition that picks out.
      // `during the busiest winter the department had ever seen`: `had ever` closing it makes it a claim all the same (superlative-occasion.ts).
      !(theWord.test(match[0]) && pickedBefore.test(before(text, match.index!, 12)) && !rankedAcrossDomain(text, match.index! + match[0].length) && !everClosesAfter(text, match.index! + match[0].length)) &&
      // `the best advice we can give`: the writer's own best; `at the highest rate`: a trial's top level (superlative-occasion.ts).
      !ownReach(text, match.index! + match[0].length) &&
      !trialLevel(text, match.index!, match.index! + match[0].length) &&
      !bestOf.test(after(text, match.index! + match[0].length, 32)) &&
      !picksOutNamed(text, match) &&
      !ownBest(text, match) &&
      !ownDataPicked(text, match) &&
      !countedPicked(text, match) &&
      !countedSetPicked(text, match) &&
      !multipleOf(text, match) &&
      !placedPick(text, match) &&
      !ownStrength(text, match.index!, match[0]) &&
      // `when the hedgerows are at their fullest`: an idiom of measure (superlative-universal.ts).
      !fullestIdiomAt(text, match) &&
      !questionBefore.test(before(text, match.index!, 64))
  },
  {
    regex: possessiveSuperlative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !hedgedAfterOwner(text, match) && !notSuperlative.test(' ' + match[0].slice(-24)) && !namedOwnBest(text, match) && !ownStrength(text, match.index!, match[0])
  },
  {
    regex: predicative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !notSuperlative.test(' ' + match[0].slice(-24))
  },
  // `among the groups hit hardest`: `among` a class hedges it, as `one of` does.
  {regex: adverbial, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !questionBefore.test(before(text, match.index!, 64)) && !amongClass(before(text, match.index!, 48))},
  {
    regex: clauseFinal,
    kind: 'superlative',
    accept: (text, match) =>
      unhedged(text, match) && !preferenceBefore.test(text.slice(Math.max(0, match.index! - 24), match.index)) && !habitLeast.test(text.slice(Math.max(0, match.index! - 24), match.index))
  },
  {regex: mostOften, kind: 'superlative', accept: unhedged},
  {regex: thanAny, kind: 'than', accept: unhedged},
  {regex: first, kind: 'superlative', accept: unhedged},
  // `Economists of every political stripe`: a class of every kind; `the birthday of every child` claims all.
  // `offered to every carer`, `Every penny you donate`: an offer or an appeal; `two in every crate of fifty`: a rate.
  {
    regex: every,
    kind: 'absolute',
    accept: (text, match) =>
      unhedged(text, match) &&
      !rhetoricalEvery.test(after(text, match.index!, 40)) &&
      !scheduleEvery(text, match) &&
      !exceptedEvery(text, match) &&
      !rateEvery(text, match) &&
      !offerOrAppeal(text, match) &&
      // `free with every tree`: the terms of an offer (superlative-terms.ts).
      !offerTerms(before(text, match.index!, 40)) &&
      // `Thanks to every steward who stayed late`: gratitude (superlative-universal.ts).
      !thanksEvery(text, match) &&
      // `Masks stay on in every playing zone at all times`: a site's standing rule.
      !ruleInForceAfter.test(after(text, match.index! + match[0].length, 80)) &&
      // `Every porter on our treks carries`: the writer's own undertaking over its own (superlative-policy.ts).
      !(everyOpening.test(before(text, match.index!, 4)) && ownInClause.test(after(text, match.index! + match[0].length, 96))) &&
      !ownCircleEvery.test(after(text, match.index! + match[0].length, 8)) &&
      !pluralOf.test(before(text, match.index!, 32)) &&
      // `Every junior bout was three rounds, as the rules require`: made so by a rule; not `Every child leaving custody had …` (an outcome for people, superlative-outcome.ts).
      !(absoluteByRuleOrReaction(text, match.index!, match[0]) && !personServed(match[0]))
  },
  {
    regex: absolute,
    kind: 'absolute',
    accept: (text, match) =>
      unhedged(text, match) &&
      !ownCircle.test(after(text, match.index! + match[0].length, 8)) &&
      !(noneWord.test(match[0]) && reactionPast.test(after(text, match.index! + match[0].length, 24))) &&
      // `Nobody was hurt`, `No one was in the zone`: one occasion's record; `We ship … and never sell`: the writer's own habit (superlative-occasion.ts).
      !(noneWord.test(match[0]) && noneOnOccasion(text, match.index! + match[0].length)) &&
      !ownHabitShared(text, match.index!) &&
      // `one in five crews … never reach`: a share counted (superlative-terms.ts).
      !(neverWord.test(match[0]) && shareNever(before(text, match.index!, 100))) &&
      // `nobody kept exact figures`: no record of one occasion kept; `with no other duties`: what one thing has besides.
      !(noneWord.test(match[0]) && noRecordKept.test(after(text, match.index! + match[0].length, 48))) &&
      !(noOtherWord.test(match[0]) && withBefore.test(before(text, match.index!, 8))) &&
      // `No other technical issues.`: a log's note of none besides (superlative-terms.ts).
      !(noOtherWord.test(match[0]) && noneNoted(after(text, match.index! + match[0].length, 48))) &&
      // `Volunteers are always needed`: an appeal; `Under the policy, no one will lose pay`: a policy's guarantee.
      !(alwaysWord.test(match[0]) && appealAfter.test(after(text, match.index! + match[0].length, 32))) &&
      !(noneWord.test(match[0]) && underPolicyBefore.test(before(text, match.index!, 100))) &&
      !ownFuture.test(before(text, match.index!, 16)) &&
      // `we will never know`, `Buyers will never have a better chance`; not `The surface will never need topping up` (superlative-forecast.ts).
      !futureNotClaimed(text, match.index!, match[0]) &&
      !absoluteByRuleOrReaction(text, match.index!, match[0]) &&
      !(ownHabit.test(before(text, match.index!, 20)) && !(ownRecordBefore.test(before(text, match.index!, 12)) && recordOutcomeAfter.test(after(text, match.index! + match[0].length, 32)))) &&
      !(hadBefore.test(before(text, match.index!, 8)) && pastExperience.test(after(text, match.index! + match[0].length, 12)))
  },
  {
    regex: everyAfterVerb,
    kind: 'absolute',
    accept: (text, match) => unhedged(text, match) && !offerOrAppeal(text, match) && !exceptedEvery(text, match) && !ownCircleEvery.test(after(text, match.index! + match[0].length, 8))
  },
  // `one in ten households have ever tested`: a share counted, not an absolute (superlative-occasion.ts).
  {regex: ever, kind: 'absolute', accept: (text, match) => unhedged(text, match) && !ownEver.test(before(text, match.index!, 8)) && !everInClause(text, match) && !shareHasEver(text, match.index!)},
  // `a record you bought`: a thing named, not a high (superlative-terms.ts).
  {regex: record, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !recordNamesThing(match[0])},
  {regex: noneYet, kind: 'absolute', accept: unhedged},
  {regex: nowhereElse, kind: 'absolute', accept: unhedged},
  {regex: noneOfHas, kind: 'absolute', accept: unhedged},
  {regex: noneMatches, kind: 'absolute', accept: unhedged},
  {regex: noEffect, kind: 'absolute', accept: unhedged},
  {regex: ranked, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !rankedByAgent.test(after(text, match.index! + match[0].length, 16))},
  {
    regex: theFirst,
    kind: 'superlative',
    accept: (text, match) => {
      const rest = after(text, match.index! + match[0].length, 72)
      // `is, to our knowledge, the first`: a hedge in the aside.
      return unhedged(text, match) && !hedgeInSentence.test(match[0]) && (toAfter.test(rest) || toNamedAfter.test(rest) || fromGroupTo.test(rest) || ofItsKind.test(rest) || firstWorkAbout(rest) || firstInCompoundClass(rest) || roleRankedInLand(rest) || lastLeftInLand(match[0], rest) || firstUnderProvision(rest) || lastStillDone(match[0], rest))
    }
  },
  ...voiceRules.map((rule) => ({...rule, accept: unhedged})),
  ...practiceRules.map((rule) => ({...rule, accept: unhedged})),
  ...phraseRules.map((rule) => ({...rule, accept: unhedged})),
  ...firstRules.map((rule) => ({...rule, accept: unhedged})),
  ...universalRules.map((rule) => ({...rule, accept: unhedged})),
  // `the rule every plasterer lives by`, `better than it has been for a century` (superlative-relative.ts).
  ...relativeRules.map((rule) => ({...rule, accept: unhedged})),
  ...outdoneRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  ...beatenRules.map((rule) => ({...rule, accept: unhedged})),
  ...outcomeRules.map((rule) => ({...rule, accept: unhedged})),
  ...scopeRules.map((rule) => ({...rule, accept: unhedged})),
  ...classRules.map((rule) => ({...rule, accept: unhedged})),
  ...adverbRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  ...forecastRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  ...recordRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  // `has rehomed every retired dog`, `record sales`, `no part of the region is`, `only the second club from the county` (superlative-track.ts).
  ...trackRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)}))
]

/**
 * The superlatives and absolutes in a block of prose: “the largest”, “the
 * most important”, “the only”, “never”, “always”, “unprecedented”. Hedged
 * ones (`one of the largest`, `almost always`) and words that only end in
 * `-est` (`the interest`, `the latest`) and words inside quotation marks are not.
 */
export function detectSuperlatives(text: string): Span[] {
  const found = findSpans(text, rules).map((span) => (span.kind === 'than' ? withComparative(text, span) : span))
  if (found.length === 0) return found
  // Someone else's superlative, in quotes, is a quotation, not the draft's claim; in a quoted title (`"Once a Member, Always a Member"`), part of a name.
  const quoted = detectQuotations(text, {minimumWords: 1, titles: true})
  const starts = sentenceStarts(text)
  // Both lists are sorted and quotes do not overlap: one walk over both.
  let next = 0
  const kept = found.filter((span) => {
    while (next < quoted.length && quoted[next]!.end <= span.start) next++
    const quote = quoted[next]
    if (quote && quote.start <= span.start && span.end <= quote.end) return false
    const index = sentenceAt(starts, span.start)
    return claims(text, span, starts[index]!, index > 0 ? starts[index - 1]! : 0)
  })
  return joinEver(text, kept)
}

/** `the highest it has ever been`, `the largest share for the first time since 2019`: a superlative and the `has ever` or the first since a year that closes it are one claim, one span. */
function joinEver(text: string, spans: Span[]): Span[] {
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    if (last !== undefined && last.kind === 'superlative' && (span.kind === 'absolute' || span.kind === 'superlative') && everWords.test(text.slice(span.start, span.end)) && everJoin.test(text.slice(last.end, span.start))) {
      joined[joined.length - 1] = {...last, end: span.end}
      continue
    }
    joined.push(span)
  }
  return joined
}

/** `than any other` with the comparative before it: `faster than any other`, `more common than ever before`. */
function withComparative(text: string, span: Span): Span {
  let start = span.start
  const word = wordBefore(text, start)
  if (word.length >= 4 && word.toLowerCase().endsWith('er')) {
    start = text.lastIndexOf(word, start)
  } else if (word.length > 0) {
    const from = text.lastIndexOf(word, start)
    if (wordBefore(text, from).toLowerCase() === 'more') start = text.lastIndexOf('more', from)
    else if (word.toLowerCase() === 'more') start = from
  }
  return {start, end: span.end, kind: 'comparative'}
}
