import {after, before} from './span.js'

// Absolutes that tell a service's, a club's or a meet's own rules and
// requests, claiming nothing of the world (round 47): `every` over the
// people a service or an event sets a rule for, and what each must carry or
// hold (`every marshal now carries a radio`, `every entrant needs a current
// licence`; not `every driver in the country needs`, a class of the world),
// `every` inside a request put to the writer's own members (`Members are
// asked to weigh every lamb`), and `nobody` in a safety rule with its
// condition (`Nobody goes out on the ice without a partner`), or in a rule
// that no one is obliged (`Nobody has to sing unless they want to`, round
// 53). Round 53 adds `every` over a kind on sale in a land and what the law
// asks of each (`Every candle sold in the EU must carry a label`), and over
// the writer's own stock in a step of its routine (`Every jar is labelled`,
// after `we` or `our`).

/** `every` and a person a service or an event sets rules for, then what each must carry, hold or have: `every steward now wears`, `every rider needs`, `every lifter must hold`. */
const everyParticipantRule =
  /^every\s+(?:driver|rider|lifter|runner|entrant|competitor|swimmer|player|marshal|steward|volunteer|helper|exhibitor|stallholder|walker|cyclist|climber|diver|umpire|referee|judge|coach|leader|instructor|caller|collector|crew|team|boat|car|bike|horse|dog)\s+(?:now\s+|also\s+|still\s+)?(?:needs|must|carries|wears|holds|has\s+to|is\s+required\s+to|is\s+given|gets|receives|signs|brings)(?![\p{L}'’-])/iu
/** Each one of a business's own stock sent out with what comes with it (round 52): `Every kayak goes out with a spray deck`, `every boiler is commissioned with a logbook`, `Each … comes with`: a dispatch or a handover verb and `with` (not `every child is born with`, a claim of the world). */
const everySupplied =
  /^every\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+(?:(?:is|are)\s+(?:\p{Ll}+ly\s+)?(?:supplied|commissioned|fitted|delivered|shipped|sent|issued|sold|hired|installed|handed\s+over|packed|serviced|despatched|dispatched|returned)|(?:goes|go)\s+out|comes|come|ships|leaves\s+(?:the|our)\s+\p{Ll}{3,})\s+with\s/iu
/** A class of the world after the person: `every driver in the country`, `every rider across Europe` (a claim over a land's people). */
const landClassAfter = /^every\s+\p{L}+\s+(?:in|across|throughout)\s+(?:the\s+)?(?:country|world|nation|land|UK|\p{Lu}\p{L}+)(?![\p{L}'’-])/u
/** A legal rule for each one of a kind put on sale in a land (round 53): `Every soap sold in the UK needs a safety report`, `every toy supplied in the EU must carry` (what the law asks of each, not a claim of what each is). */
const everySoldRule =
  /^every\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+(?:sold|supplied|marketed|imported|offered\s+for\s+sale|placed\s+on\s+the\s+market)\s+(?:in|into|within)\s+(?:the\s+)?\p{L}{2,20}\s+(?:now\s+)?(?:needs|must|requires|has\s+to|is\s+required\s+to)(?![\p{L}'’-])/iu
/** Each one of the writer's own stock handled in its routine (round 53): `Every batch is weighed to the gram`, `every jar is labelled and dated` (a step of the writer's own routine, with `we` or `our` shortly before; not `Every baby is weighed at birth` with no writer's own). */
const everyHandled =
  /^every\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+(?:is|are)\s+(?:(?:then|also|still)\s+)?(?:weighed|logged|labelled|labeled|numbered|dated|stamped|sealed|tasted|batch-coded|wrapped|signed\s+off)(?![\p{L}'’-])/iu
const ownWord = /(?<![\p{L}'’-])(?:we|our|us)(?![\p{L}'’-])/iu
/** A request put to the writer's own members or readers before it in its clause: `Members are asked to`, `owners are urged to`, `you are reminded to`. */
const requestLead = /(?<![\p{L}'’-])(?:are|is|were|was)\s+(?:(?:kindly|politely|again|also|strongly)\s+)?(?:asked|urged|encouraged|reminded|invited|requested)\s+to\s/iu
/** `Nobody goes below the cliff path when the wind`, `No one enters the pen without`: a safety rule, a verb of going or handling and its condition within the clause; `Nobody has to sing unless`, `needs to book if` (no one obliged, round 53). */
const noneRuleAfter =
  /^\s+(?:goes|enters|swims|climbs|dives|works|handles|rides|sails|launches|leaves|crosses|paddles|walks|drives|(?:has|needs)\s+to\s+\p{Ll}{2,})\s(?:[^.;:!?]{0,60}?\s)?(?:when|without|unless|until|before|after|if|while)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeServicePatterns: readonly RegExp[] = [everySoldRule, everyHandled, ownWord, everySupplied, everyParticipantRule, landClassAfter, requestLead, noneRuleAfter]

/** Whether an `every` at `start`, with its clause's words before it (`lead`), tells a service's or an event's own rule for its people or a request to its members. */
export function serviceEvery(text: string, start: number, lead: string): boolean {
  const rest = after(text, start, 72)
  if ((everyParticipantRule.test(rest) || everySupplied.test(rest)) && !landClassAfter.test(rest)) return true
  if (everySoldRule.test(rest) || (everyHandled.test(rest) && ownWord.test(before(text, start, 400)))) return true
  return requestLead.test(lead)
}

/** Whether a `nobody` or `no one` ending at `end` opens a safety rule with its condition (`Nobody goes near the hives without a veil`). */
export function noneRule(text: string, end: number): boolean {
  return noneRuleAfter.test(after(text, end, 96))
}
