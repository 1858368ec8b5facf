// The verbs a vague source reports with (see attribution.ts, which reads
// the subject before each): verbs of saying, finding, judging and stance,
// hearsay, verbs that lay a cause at a door, and `felt` with the clause an
// opinion takes.

// The reporting verbs, in several patterns (one would be at the ReDoS checker's limit); a span of each is read the same way.
/** Verbs of saying and opinion: `say`, `argue`, `warn`, `deny`, `point to` (a cause offered), `swear by` (a thing vouched for; round 38); `argue over whether` is a debate (`argue over the bill` is not). */
const sayingVerb =
  /(?<![\p{L}'’-])(?:agree[sd]?|say|says|said|believe[sd]?|claim(?:s|ed)?|assert(?:s|ed)?(?=\s+(?:that|the|it|they|this|there)\b)|argue[sd]?(?!\s+(?:with|among)\b|\s+(?:about|over)\s+(?!whether\b|if\b))|(?:swear|swears|swore|sworn)(?=\s+(?:that|the|it|they|this|there|he|she|nothing|no|by)\b)|contend(?:s|ed)?|maintain(?:s|ed)?|(?:think|thinks)(?!\s+about(?![\p{L}'’-]))|point(?:s|ed)?\s+(?:out|to)|note[sd]?|insist(?:s|ed)?|fear(?:s|ed)?|estimate[sd]?|predict(?:s|ed)?|concede[sd]?|acknowledge[sd]?|admit(?:s|ted)?|allege[sd]?|complain(?:s|ed)?(?!\s+about\b)|accuse[sd]?|feel|feels|warn(?:s|ed)?|told|tell|expect(?:s|ed)?|doubt(?:s|ed)?|dispute[sd]?|reject(?:s|ed)?|den(?:y|ies|ied))(?![\p{L}'’-])/giu
/** Verbs of finding and judging: `suggest`, `show`, `found`, `describe`, `hail`, `flag` (with its object: `have flagged the same fault`), `worry` (not `worry about how` or `whether`, an open question fretted over with no claim in it; round 48). */
const findingVerb =
  /(?<![\p{L}'’-])(?:suggest(?:s|ed)?|report(?:s|ed)?|recommend(?:s|ed)?|consider(?:s|ed)?|accept(?:s|ed)?|caution(?:s|ed)?|worr(?:y|ies|ied)(?!\s+(?:about|over)\s+(?:how|whether|what|if|when)(?![\p{L}'’-]))|reckon(?:s|ed)?|stress(?:es|ed)?|observe[sd]?|concur(?:s|red)?|finds?|found|show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?|detect(?:s|ed)?|praise[sd]?|remember(?:s|ed)?|recall(?:s|ed)?|call(?:s|ed)?(?!\s+(?:for|on|off|in|up|back|out|at|by)\b)|describe[sd]?|suspect(?:s|ed)?|declare[sd]?|hail(?:s|ed)?|flag(?:s|ged)?(?=\s+(?:up\s+)?(?:the|a|an|this|that|these|those|it|them|concerns?|problems?|issues?|risks?)\b))(?![\p{L}'’-])/giu
/** Verbs that report only with what follows: `compare it to`, `assume that`, `recognise that`, `comment that` or `remark that` (a view put in words, not `comment on`; round 40), `disagree:`, `disagree about which` (a debate over an open question), `object to` or `have objected to` (a standing objection; not a past `objected`, one occasion's record). */
const framedVerb =
  /(?<![\p{L}'’-])(?:compare[sd]?(?=\s+(?:it|him|her|them|this|these|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}'’-]+)\s+(?:to|with)\b)|liken(?:s|ed)?|assume[sd]?(?=\s+that\b)|recogni[sz]e[sd]?(?=\s+that\b)|(?:comment|remark)(?:s|ed)?(?=\s+that\b)|disagree[sd]?(?=\s*[:;,.—–]|\s+(?:that|with)\b|\s+(?:about|over|on|as\s+to)\s+(?:which|whether|how|what|when|who|why|where|if)\b)|(?:objects?|(?<=\b(?:have|has|had)\s{1,3}(?:\p{L}{1,20}\s{1,3})?)objected)(?=\s+(?:to|that)\b))(?![\p{L}'’-])/giu
/** Verbs of judgement with `as` after their object: `regard … as`, `have treated … as` (the present or the perfect), `see … as` in the present (a standing view, round 40; not `saw`, one occasion, nor `see the same birds as`, a comparison); the object may hold a figure (`regard anything above 3% as`) or a span of years with its en dash (`treat the boom of 1845–47 as`, round 35). */
const judgementVerb =
  /(?<![\p{L}'’-])(?:(?:(?:regard|treat|view|portray|depict|rank|rate)s?|sees?(?!\s+(?:the\s+same|as|more|fewer|less|such|similar|much|many)(?![\p{L}'’-]))|(?<=\b(?:have|has|had)\s{1,3}(?:\p{L}{1,20}\s{1,3})?)(?:regard|treat|view|portray|depict|rank|rate)(?:e?d))(?=\s+(?:(?:[\p{L}\d'’%£$€–-]|\.(?=\d))+\s+){1,6}as\b))(?![\p{L}'’-])/giu
/** `credit … for`, `have credited … with`. */
const creditVerb =
  /(?<![\p{L}'’-])(?:(?:credits?|(?<=\b(?:have|has|had)\s{1,3}(?:\p{L}{1,20}\s{1,3})?)credited)(?=\s+(?:[\p{L}\d'’-]+\s+){1,6}(?:for|with)\b))(?![\p{L}'’-])/giu
/** Stances and verdicts: `holds that`, `are convinced`, `dub`, `slam`, `question whether`, `question the rationale` (a thing's grounds doubted: its rationale, wisdom, value, need; round 38), `raise concerns that` (or `about`, `over`), `put the figure at` (and `put the real figure far higher`, a qualifier before the noun, round 51). */
const stanceVerb =
  /(?<![\p{L}'’-])(?:(?:holds?|held)(?=\s+that\b)|debate[sd]?(?=\s+(?:whether|if)\b)|(?:are|were|remain|remained)\s+(?:(?:largely|broadly|now|firmly)\s+)?(?:unanimous|convinced|sceptical|skeptical|adamant)|dub(?:s|bed)|brand(?:s|ed)(?=\s+(?:it|him|her|them|this|the\s+[\p{L}-]+)\s)|pan(?:s|ned)|slam(?:s|med)|laud(?:s|ed)?|acclaim(?:s|ed)|dismiss(?:es|ed)(?=\s+(?:it|him|her|them|this|the\s+[\p{L}-]+)\s+as\b)|question(?:s|ed)?\s+(?:whether|if)|question(?:s|ed)?(?=\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:rationale|wisdom|logic|value|merits?|need|basis|sense|case|reliability|validity|accuracy|assumptions?)(?![\p{L}'’-]))|raise[sd]?\s+(?:(?:serious|grave|real|growing)\s+)?(?:concerns?|doubts?|fears?)(?=\s+(?:that|about|over)\b)|put(?:s)?\s+(?:(?:the|their)\s+(?:(?:real|true|actual|official|likely|final)\s+)?(?:figure|number|cost|total|toll|rate|share|estimate|proportion|count)|(?:it|them)\s+(?:lower|higher|at|between|closer|nearer|around|above|below)))(?![\p{L}'’-])/giu
/** `put` with an estimate: its object, whatever it measures, set at a figure (`have put the urban heat island of comparable cities at 3–5 °C`, round 36; `put the figure at` is in `stanceVerb`), or at a share in words (`put the loss at nearly half`, `at a third`, `at one in five`, round 46), or at an amount in words (`put the return at several pounds for every pound`, `at three times the cost`, `at thousands of jobs`, round 56). */
const estimateVerb =
  /(?<![\p{L}'’-])puts?(?=\s+(?:the|their|its)\s+(?:[\p{L}\d'’-]+\s+){1,8}?at\s+(?:(?:about|around|roughly|some|between|nearly|almost|over|under|just|up\s+to|well\s+over|close\s+to)\s+)?(?:[£$€]?\d|(?:half|(?:a|one|two|three)\s+(?:third|quarter|fifth|tenth)s?|one\s+in|several|many|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+few)\s+(?:times|hundred|thousand|million|billion|pounds|dollars|euros)|hundreds|thousands|millions|billions|tens\s+of)(?![\p{L}'’-])))/giu
/** A reporting verb in the present or past progressive, with its `are` or `were`, or in the perfect progressive (`have been warning`, round 49): `Shapers along the coast are reporting`, `Growers were warning`, `Critics have long been saying` (reports coming in from a class); a contender tipped for an outcome (`Pundits have been tipping the club for promotion`, `are tipping her to win`, round 49) is a class's forecast (not `tipping rubbish in the lay-by`). */
const progressiveVerb =
  /(?<![\p{L}'’-])(?:are|were|(?:have|had)\s+(?:(?:long|now|all|also)\s+)?been)\s+(?:(?:now|increasingly|already|also|all|widely|still)\s+)?(?:reporting|saying|warning|predicting|claiming|complaining|advising|tipping(?=\s+(?:[\p{L}'’-]+\s+){1,4}?(?:for\s+(?:the\s+)?(?:promotion|relegation|title|glory|success|honours|medals?|gold|victory|play-?offs|top|drop|cup|league|championship)|to\s+(?:win|be|go|take|finish|lift|claim|top|make|reach|beat|land|succeed)(?![\p{L}'’-]))))(?![\p{L}'’-])/giu
/** `advise` as a class's standing counsel (round 49): with `against` or `that` after it (`Vets advise against`), or an adverb of the common view before it (`Dentists generally advise`); not an instruction to someone (`advise you to`), which `directiveAfter` in attribution.ts drops. */
const counselVerb =
  /(?<![\p{L}'’-])(?:(?<=(?<![\p{L}'’-])(?:generally|usually|typically|commonly|often|widely|routinely|strongly|now|still|always|broadly)\s{1,3})advise[sd]?|advise[sd]?(?=\s+(?:against|that)(?![\p{L}'’-])))(?![\p{L}'’-])/giu
/** A verdict on a contender's chances (round 45): `Pundits have already written off the title hopes`, `Critics wrote off the team` — a class's judgement of what will come; not a debt or a loss written off (`wrote off £2m of loans`, `wrote off the van`). */
const dismissalVerb =
  /(?<![\p{L}'’-])(?:write|writes|wrote|written)\s+off(?=\s+(?:(?:the|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:chances?|hopes?|prospects?|bid|challenge|season|title|side|team|club|squad)(?![\p{L}'’-]))/giu
/** A standing observation: `have noticed` in the present perfect, or `notice that` (round 39: `Clinicians have noticed a rise`); not a past narrative (`noticed smoke`). */
const noticeVerb = /(?<![\p{L}'’-])(?:(?<=\b(?:have|has)\s{1,3}(?:\p{L}{1,20}\s{1,3})?)noticed|notice[sd]?(?=\s+that\b))(?![\p{L}'’-])/giu
/** Knowledge of long standing, `have long known that`, `have always known that` (round 58: `Harbourmasters have long known that spring tides now reach the steps`): a class's standing claim, as `have long suspected that` is. Not `have known` with no such adverb (`the worst summer the wardens have known`: an experience, not a claim), nor `known` without `that`. */
const knowledgeVerb = /(?<![\p{L}'’-])(?<=\b(?:have|has|had)\s{1,3}(?:long|always)\s{1,3})known(?=\s+that(?![\p{L}'’-]))/giu
/** A saying kept up, `keep telling us`, `kept saying`, `keep on warning` (round 41): a claim a class repeats, as the progressive reports one coming in. */
const repeatedVerb =
  /(?<![\p{L}'’-])(?:keep|keeps|kept)\s+(?:on\s+)?(?:saying|telling|warning|claiming|insisting|predicting|complaining)(?![\p{L}'’-])/giu
/** A link drawn between two things, `have linked the warming to rockfalls`, `link it with` (round 41): a finding of a cause or an association, in the present or the present perfect (not a past `linked`, a deed: `linked the carriages`). */
const linkVerb =
  /(?<![\p{L}'’-])(?:links?|(?<=\b(?:have|has)\s{1,3}(?:\p{L}{1,20}\s{1,3})?)linked)(?=\s+(?:[\p{L}\d'’-]+\s+){1,6}(?:to|with)(?![\p{L}'’-]))(?![\p{L}'’-])/giu
/** A standing grievance, `complain about` with an adverb of long standing or habit, in the present perfect or the present (round 42: `Commuters have long complained about the line`, `Tenants often complain about damp`): a class's view of a thing's fault. Not a past `complained about` (one occasion's record: `Neighbours complained about the party`), nor a grievance with no adverb (`Residents have complained about the noise for months`: a recent grievance reported as news). In the same scan, a grumble with the clause it claims (`Older players grumble that the game has gone soft`, round 63): a class's complaint, as `complain` is; only before `that` (not `grumbled all the way home`, a mood, no claim). */
const grievanceVerb =
  /(?<![\p{L}'’-])(?:(?<=\b(?:have|has)\s{1,3})(?:long|always|often|repeatedly|consistently|frequently|regularly|routinely|constantly|persistently)\s+complained|(?:long|always|often|repeatedly|consistently|frequently|regularly|routinely|constantly|persistently)\s+complains?)(?=\s+about(?![\p{L}'’-]))|(?<![\p{L}'’-])(?:grumble[sd]?|grouse[sd]?|moan(?:s|ed)?|mutter(?:s|ed)?|gripe[sd]?)(?=\s+that(?![\p{L}'’-]))/giu
/** The reporting verbs' patterns, each read the same way (a subject before it). */
export const reportingVerbs: readonly RegExp[] = [sayingVerb, findingVerb, framedVerb, judgementVerb, creditVerb, stanceVerb, estimateVerb, progressiveVerb, counselVerb, dismissalVerb, noticeVerb, knowledgeVerb, repeatedVerb, linkVerb, grievanceVerb]
/** `have heard that`, `hear it said that`: hearsay passed on, read with the reporting verbs (its own pattern, like each group above). */
export const hearsayVerb = /(?<![\p{L}'’-])(?:hear|hears|heard)(?=\s+(?:that|it\s+said)\b)/giu
/**
 * Verbs that lay a cause at a door: `which stewards put down to the frost`,
 * `Growers blame the shortfall on the frost`, `Growers blame the late
 * frost` (the cause, with no `on`), `Experts blame smartphones,` (a bare
 * noun for the cause closing its clause or before `for`, round 46; not a
 * person blamed, `blame themselves`, nor a cause with its own phrase after
 * it, `blame strikes by doctors`),
 * `Engineers attribute it to fatigue`. Their own pattern, read with the reporting verbs.
 */
export const attributingVerb =
  /(?<![\p{L}'’-])(?:puts?\s+(?:(?:it|this|that|them|the\s+[\p{L}-]+)\s+)?down\s+to|blame[sd]?(?=\s+(?:[\p{L}\d'’-]+\s+){0,4}on\b|\s+(?:the|this|that)\s+\p{Ll}|\s+(?!(?:him|her|them|me|us|you|it|itself|themselves|himself|herself|ourselves|yourselves|one|each|nobody|no)(?![\p{L}'’-]))(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}(?:\s*[,.;:]|\s+for(?![\p{L}'’-])))|attribute[sd]?(?=\s+(?:[\p{L}\d'’-]+\s+){0,4}to\b))(?![\p{L}'’-])/giu
/** `a score that many professionals regard as the hardest`: a verb of judgement whose object is a relative pronoun before its subject (`as` right after it). */
export const judgementAs = /(?<![\p{L}'’-])(?:regard|treat|view|rank|rate)s?(?=\s+as\b)/giu
/** `Some members felt that`: an opinion in the past, vague when a quantifier picks out part of a class (not a meeting's record, `Members felt that`). */
export const feltVerb = /(?<![\p{L}'’-])felt(?![\p{L}'’-])/giu
/** What an opinion felt takes: a clause (`felt that`, `felt the route was too steep`), not a perception (`felt the ground shake`). Word ends written as `(?![A-Za-z0-9_])`, the same as `\b` after a letter here and far quicker for the ReDoS checker. */
export const feltClause =
  /^\s+(?:that(?![A-Za-z0-9_])|strongly(?![A-Za-z0-9_])|sure(?![A-Za-z0-9_])|certain(?![A-Za-z0-9_])|(?:it|this|there|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:was|were|is|are|would|should|could|had|might|must)(?![A-Za-z0-9_]))/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionVerbPatterns: readonly RegExp[] = [...reportingVerbs, hearsayVerb, attributingVerb, judgementAs, feltVerb, feltClause]
