// Absolutes (see superlative.ts, which runs them in its order): `never`,
// `always`, `nobody`, `unprecedented`, `every …` over a class, `has ever`,
// `no … has yet`, `No competitor offers`, `does nothing for`; each with the
// readings that make it no claim about the world.
import type {PatternRule} from './span.js'
import {after, before} from './span.js'
import {everInClause, exceptedEvery, rateEvery, scheduleEvery} from './superlative-pick.js'
import {offerOrAppeal} from './superlative-record.js'
import {recordOutcomeAfter} from './superlative-voice.js'
import {alwaysWord, appealAfter, everyOpening, noneOfHas, nowhereElse, ownInClause, ownOutcomeAfter, requiredBefore, ruleInForceAfter, underPolicyBefore} from './superlative-policy.js'
import {absoluteByRuleOrReaction, futureNotClaimed} from './superlative-forecast.js'
import {personServed} from './superlative-outcome.js'
import {thanksEvery} from './superlative-universal.js'
import {noneNoted, offerTerms, shareNever} from './superlative-terms.js'
import {noneOnOccasion, ownHabitShared, shareHasEver} from './superlative-occasion.js'
import {unhedged} from './superlative-hedge.js'

const absolute =
  /\b(?:never|always|invariably|without\s+exception|unprecedented|unmatched|unrivall?ed|unparall?eled|unequall?ed|unsurpassed|second\s+to\s+none|without\s+(?:equal|parallel|rival)|no\s+one|nobody|no\s+other|every\s+single|all\s+(?:experts|scientists|economists|countries|states|governments|migrants|refugees|observers))\b/giu
/** `No study has yet followed`, `no country has so far`, `No house near the works has ever`: none of a kind, so far or ever (the span holds the subject the claim is about). */
/** A negative universal subject: `No competitor offers`, `No other model matches` (not `No smoking is allowed`, nor a report of none: `No leak has been found`, `No evidence has been filed`). */
const noneMatches =
  /(?<![\p{L}])No\s+(?:other\s+)?(?!\p{L}+ing\b)\p{Ll}[\p{Ll}-]*[^s\s]\s+(?:\p{Ll}+ly\s+)?(?:offers|has|matches|rivals|beats|comes\s+close|can\s+match|provides|gives|makes|sells|does)\b(?!\s+been\s+(?:reported|found|recorded|detected|confirmed|seen|observed|received|filed|submitted|provided|produced|presented|adduced|supplied|lodged)\b)/gu
const noneYet = /\bno\s+(?:[\p{L}-]+\s+){1,5}?(?:has|have|had|is|was|were|are)\s+(?:yet|so\s+far|ever)\b/giu
/** `Antibiotics do nothing for colds`, `has no effect on`: an absolute of no effect, in the present. */
const noEffect = /(?<![\p{L}'’-])(?:do|does)\s+(?:absolutely\s+)?nothing\s+(?:for|against)\b|\b(?:has|have)\s+no\s+(?:effect|impact)\s+(?:on|upon)\b/giu
/** `in every region`, `Every serious study`, `Every 3G pitch` (a name of a kind opening on a digit, not `every 2 weeks` nor `every 10th`), (not `every third visit`: an ordinal sets a rate; not `every other month`, `every other Tuesday`: a frequency, round 55; not `every weekday`, `every Friday`: a day of a schedule, round 47), `every previous wave`, `In those days every village` (after a time opening the clause), `Yet every scheme makes` (after a conjunction opening the sentence, round 39): all of something, not every year. */
const every =
  /(?:(?<=^|[.!?:;]\s)|(?<=(?:^|[.!?:;]\s)(?:Yet|But|And|So)\s)|(?<=\b(?:days|times|then|\d{4}),?\s)|(?<=\b(?:in|across|on|for|from|with|to|by|at|into|within|throughout|under|among|against|of|reached|reaches|covered|covers)\s))every\s+(?!other\s+(?:year|day|weekday|weekend|fortnight|week|month|quarter|morning|evening|night|winter|summer|spring|autumn|season|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)(?:(?:single|other|previous|serious|major|known)\s+)?(?!(?:year|day|weekday|fortnight|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|time|morning|evening|night|winter|summer|spring|autumn|season|hour|minute|decade|so|now|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|hundredth)\b)(?:\p{L}+|\d+(?!(?:st|nd|rd|th)\b)\p{L}[\p{L}\d-]*)/giu
/** `Every one of you`: the audience addressed; `Every festival has its rituals`: a saying. */
const rhetoricalEvery = /^every\s+(?:one\s+of\s+(?:you|us)|\p{L}+\s+(?:(?:in|of|on|at|from)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:has|have)\s+(?:its|their|his|her|a|an)\b)/iu

const ever = /\b(?:has|have|had)\s+ever\b/giu
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
/** `floods follow every heavy storm`: every one of a kind of event, after a verb of what follows or strikes. */
const everyAfterVerb =
  /(?<=\b(?:follows?|followed|precedes?|preceded|accompan(?:y|ies|ied)|affects?|affected|hits?|strikes?|struck|plagues?|plagued)\s)every\s+(?:[\p{L}-]+\s+)?\p{L}+/giu

/** A plural noun and `of` before `every`: `Economists of every stripe`. */
const pluralOf = /(?<!\p{L})\p{L}{1,30}[^s's’\P{L}]s\s+of\s+$/iu
/** `every funder we meet`, `every house you visit`: all of the writer's or the reader's own encounters, not of the world. */
const ownCircleEvery = /^\s+(?:I|we|you)\b/u
/** `I have ever`, `we had ever`: the writer's own experience. */
const ownEver = /\b(?:I|we)\s+$/u

/** `no reputable dealer would sell`, `No sensible engineer would`: `no`, a word that defines a class by its standing, a noun and a modal: an absolute over the conduct of the whole class (round 44). */
const noneOfStandingWould =
  /(?<![\p{L}'’-])[Nn]o\s+(?:reputable|sensible|serious|competent|responsible|self-respecting|honest|professional|experienced|qualified|reasonable)\s+\p{Ll}{3,}\s+(?:would|could|should|will)(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeAbsolutePatterns: readonly RegExp[] = [
  absolute,
  ever,
  every,
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
  pluralOf,
  ownEver,
  rhetoricalEvery,
  ownCircleEvery,
  pastExperience,
  hadBefore,
  ownHabit,
  ownRecordBefore,
  everyAfterVerb,
  noneOfStandingWould
]

/** The absolutes over a class or of all time, in their order: `every …`, `never`/`always`/`nobody`, `follows every storm`, `has ever`. */
export const absoluteRules: readonly PatternRule[] = [
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
      // `requires a test for every athlete`, `applies to every screed`: a requirement of each (superlative-policy.ts, round 60).
      !requiredBefore.test(before(text, match.index!, 80)) &&
      // `Every porter on our treks carries`: the writer's own undertaking over its own; not `Every race in our series sold out`, a result (superlative-policy.ts).
      !(everyOpening.test(before(text, match.index!, 4)) && ownInClause.test(after(text, match.index! + match[0].length, 96)) && !ownOutcomeAfter.test(after(text, match.index! + match[0].length, 96))) &&
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
]

/** Negative universals, in their order: `no … has yet`, `Nowhere else`, `none of the … has failed`, `No competitor offers`, `does nothing for`, `no reputable dealer would`. */
export const noneRules: readonly PatternRule[] = [
  {regex: noneYet, kind: 'absolute', accept: unhedged},
  {regex: nowhereElse, kind: 'absolute', accept: unhedged},
  {regex: noneOfHas, kind: 'absolute', accept: unhedged},
  {regex: noneMatches, kind: 'absolute', accept: unhedged},
  {regex: noEffect, kind: 'absolute', accept: unhedged},
  // `no reputable dealer would sell`: the conduct of a whole class (round 44).
  {regex: noneOfStandingWould, kind: 'absolute', accept: unhedged}
]
