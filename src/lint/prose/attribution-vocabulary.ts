// The words a subject of a reporting verb is read by: verbs that only data
// or only people take, plural heads, quantifiers, pointers back, nouns for
// studies and hearsay, prepositions, names and the words that stand between
// a subject and its verb. Each is one anchored regex over one word.

/** Verbs that only data and studies take as sources (`studies show`); people `say`. */
export const dataVerb = /^(?:show(?:s|ed|n)?|indicate[sd]?|demonstrate[sd]?|confirm(?:s|ed)?|prove[sdn]?|reveal(?:s|ed)?|detect(?:s|ed)?)$/iu
/** Verbs of judgement, which only people take as vague sources: `Scholars have long assumed`, `Historians have treated … as`. Not `swear`: only people swear, whatever their plural's ending (`mountain guides swear by them`, round 38). */
export const judgementVerb = /^(?:assume[sd]?|disagree[sd]?|(?:regard|treat|view|portray|depict|rank|rate)(?:s|e?d)?|credit(?:s|ed)?)$/iu
/** A plural of people by its ending or a common noun for people: `observers`, `scholars`, `economists`, `historians`, `critics`, `fishermen`. */
export const personPlural = /(?:ers|urs|ars|ists|ians|ants|ents|ors|ics|ees|ites|(?:ssion|ficial|vidual|rival|dical|beral|tional)als|men|women|people|folk|locals|experts|fans|pundits|insiders|elders|regulars|parents|residents|doctors|nurses|tenants|voters|readers|veterans)$/iu
/** Words between a subject and its verb: auxiliaries and adverbs (`have long`, `privately`, `broadly`, `online`: `Collectors online call it`; `there`: `Colleagues there describe her`, a class at a place the text has named, round 41), and verbs of habit or aspect with `to` (`tend to say`, `like to say`, a class's habit of saying (round 39), `have tended to`, `continue to describe`, `have again reported`). */
export const betweenWord =
  /^(?:have|has|had|would|will|may|might|can|could|do|does|did|been|all|both|quick|keen|eager|slow|ready|like|likes|love|loves|to|tend|tends|tended|continue|continues|continued|again|often|also|now|long|widely|still|already|always|repeatedly|since|once|ever|lately|even|increasingly|generally|broadly|largely|privately|publicly|openly|mostly|usually|typically|consistently|nevertheless|nonetheless|however|therefore|instead|too|meanwhile|sometimes|rarely|seldom|everywhere|elsewhere|nationwide|worldwide|online|there|(?!(?:family|assembly|ally|rally|supply|reply|daily|weekly|monthly|yearly|quarterly|early|elderly|friendly|lonely|likely|only|holy|italy|july|folly|belly|bully|tally|jolly|lily|melancholy|anomaly|monopoly|homily)$)\p{L}+ly)$/iu
/** `here`, `abroad` after a class (`breeders here say`, round 45): where the class is, read past like an adverb, but not after a preposition (`guests on here`, the site the class writes on). */
export const hereWord = /^(?:here|hereabouts|abroad)$/iu
/** A pronoun that is a verb's subject: `we found`, `I believe`, `she says`. */
export const personalSubject = /^(?:we|i|he|she)$/iu
/** Words that open a subject without pointing at anyone: quantifiers and generic adjectives. */
export const quantifier =
  /^(?:many|most|some|several|numerous|other|others|few|various|countless|multiple|leading|top|independent|prominent|senior|all|more|recent|new|previous|earlier|later|past|existing|published|scientific|academic|further|growing|serious|reputable|reliable|rigorous|careful|credible|major|large|every|each|any|early|initial|first|subsequent)$/iu
/** Words that point back at a source already named: `these studies`, `the researchers`. */
export const pointer = /^(?:the|these|those|this|that|its|their|his|her|our|my|your|both|such|whose|said)$/iu
/** Nouns for studies, data and records (`Recent studies show`); a modifier makes them a named kind (`payroll data`, `canvass returns`, `comment cards`, `incident logs`: records the writer holds); models and projections (round 55) are a method's estimates, not people (`Mark-recapture models put`, a named kind; `Models suggest`, none). */
export const studyNoun =
  /^(?:studies|study|research|surveys?|polls?|analyses|analysis|data|statistics|findings|evidence|figures|literature|reports?|estimates|experiments|trials|reviews|experience|work|returns|scans|audits|censuses|cards|forms|logs|registers|diaries|tallies|models|projections|simulations)$/iu
/** Reports in the plural: with a verb of speaking (`speakingVerb`), a class of documents that speaks like people (`Press reports claim`, `Human rights reports say`), vague whatever kind the nouns before them give; with a verb of finding a kind of record (`crash reports suggest`, `inspection reports show`). */
export const reportsNoun = /^reports$/iu
/**
 * `figures` as people (round 43): with a verb of speaking (`speakingVerb`) and
 * a word of a field or a rank right before it (`Industry figures say`,
 * `Senior party figures warn`, `leading figures in the trade insist`), the
 * noun names people prominent in a field, a class nobody in which is named,
 * not numbers (`Industry figures show`, `official figures say`: data).
 */
export const figuresNoun = /^figures$/iu
export const fieldWord =
  /^(?:industry|trade|business|sector|party|political|sporting|racing|football|farming|community|church|union|opposition|establishment|senior|leading|prominent|key|top|influential|veteran|well-known)$/iu
/** Verbs only people and their writings take: `say`, `claim`, `allege`, `warn`. */
export const speakingVerb =
  /^(?:say|says|said|claim(?:s|ed)?|allege[sd]?|argue[sd]?|warn(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|describe[sd]?|accuse[sd]?|den(?:y|ies|ied))$/iu
/** Collective nouns for people, a class when a phrase of place or scope narrows them: `Crew across the network say`, `Staff throughout the trust report`. */
export const collectiveNoun = /^(?:crew|staff|personnel|clergy|faculty)$/iu
/** A form of `be` right before a past participle: `Farmers who are told`, a passive whose subject is told, not a source. */
export const passiveBe = /^(?:is|are|was|were|being)$/iu
export const beenWord = /^been$/iu
/** A verb in a past form that may be a participle after a noun: `a man found in a flat`, `the letter described in`. */
export const pastForm = /^(?:\p{L}+ed|found|shown|seen|told|said|known|held|thought|made)$/iu
/** `a number of`, `a handful of`, `plenty of`: a quantity of people, before `of`. */
export const amountNoun = /^(?:number|host|handful|couple|lot|lots|plenty|majority|minority|range|variety|chorus|string|growing)$/iu
export const articleWord = /^(?:a|an)$/iu
/** What passes from mouth to mouth, named by no one: `Local tradition holds`, `legend has it`. */
export const hearsayNoun = /^(?:tradition|legend|folklore|lore|rumou?r|gossip|hearsay|myth)$/iu
/** A plural noun: `experts`, `vice-chancellors`, `people`, `fishermen`. */
export const pluralNoun =
  /^(?!(?:[\p{L}'’]*-)?(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)$)(?!(?:this|thus|was|has|does|its|his|hers|ours|yours|theirs|yes|less|unless|always|perhaps|sometimes|besides|across|towards|afterwards|whereas|news|series|species|means|physics|economics|politics|statistics|analysis|basis|crisis)$)(?:\p{L}[\p{L}'’-]*\p{L}[^sui's’]s|people|men|women|children|(?!(?:speci|abdo|acu|regi|sta|hy|o)men$)\p{L}{2,}(?:men|women|people))$/iu
/** Prepositions that may follow the head of a subject: `Officials in Brussels`, `Economists of every stripe`, `Residents near the quarry`. */
export const preposition = /^(?:in|of|on|at|from|across|for|inside|within|around|near|outside|along|among|beside|beyond|throughout|close\s+to)$/iu
/** A word in capitals: an acronym names its body (`UNHCR officials`, `IOM data`). */
export const acronym = /^\p{Lu}{2,}/u
/** An acronym with a plural ending in lower case, `GPs`, `MPs`, `NGOs` (round 39): the members of a profession or a kind of body, a class, not one body named; it heads a subject as a plural noun does (`GPs report`). */
export const pluralAcronym = /^\p{Lu}{2,6}s$/u
export const capitalFirst = /^\p{Lu}/u
export const digit = /\d/u
/** `says`, `shows`: a verb whose subject is singular. */
export const singularVerb = /^(?:says|\p{L}+[^s]s)$/iu
export const ofWord = /^of$/iu
export const forWord = /^for$/iu
/** An adjective standing for a group after `the`: `Campaigners for the homeless`, `the elderly`, `the poor` name no party. */
export const groupAdjective = /(?:less|ed|ly|ble|ful|ish|poor|young|old|sick|rich|needy|unemployed)$/iu
export const theWord = /^the$/iu
export const toWord = /^to$/iu
/** `that` or `which` before a plural: a relative clause whose subject the plural is (`a score that many professionals regard as`, `which stewards put down to`). */
export const thatWord = /^(?:that|which)$/iu
export const whichWord = /^which$/iu
export const presentFind = /^finds?$/iu
/** `that` right after a verb: the clause it reports. */
export const thatAfter = /^\s+that\b/iu
/** Words that join clauses: the subject starts after them (`why` too: `which is why mountain guides swear by them`, round 38). */
export const conjunction = /^(?:that|and|but|while|as|than|because|although|though|yet|so|when|where|since|if|whereas|why)$/iu
/** Study nouns that stand alone in the singular: `Evidence suggests`, `research shows`. */
export const massNoun = /^(?:research|evidence|data|literature|experience|work|statistics)$/iu
export const everyWord = /^(?:every|each|any)$/iu
/** `every` or `any` before one of a class: `Every other cabbie`, `any builder`. */
export const everyAny = /^(?:every|any)$/iu
export const otherWord = /^(?:other|single)$/iu
/** A singular noun that may be one of a class of people: letters only, not a pronoun or a word of time. */
export const classNoun = /^(?!(?:one|body|thing|time|day|week|month|year|night|morning|evening|where|how|way|case|kind|sort)$)\p{Ll}{3,}$/u
/** Words that cannot stand in a subject before its head: `to`, `which`, verbs of making. */
export const stopWord = /^(?:to|which|who|whom|whose|make|makes|made|let|lets|help|helps|having|being|is|are|was|were|be|been)$/iu
/** `as … as people think`, `than experts expected`: the start of a comparison. */
export const comparison = /^(?:as|than)$/iu
/** A participle after a subject's head: `Users upgrading from 2.x`. */
export const participle = /^\p{L}{3,}ing$/iu
/** `estimates` as a study noun, and the words for a trade before it that leave its source a class (`Industry estimates`, `trade estimates`; round 45). */
export const estimatesNoun = /^estimates$/iu
export const tradeWord = /^(?:industry|trade|sector|market)$/iu
/** The press at large as the maker of reports (round 46): `Press reports suggest`, `Trade press reports suggest`, `News reports indicate` — no paper named. */
export const pressWord = /^(?:press|media|news|newspaper)$/iu
/** A relative pronoun after a subject's head: `studies that looked at`. */
export const relative = /^(?:that|who|which)$/iu
/** A word that reads as a verb: `looked`, `have`, `were`. */
export const verbLike = /^(?:\p{L}+ed|have|has|had|were|was|are|is|used|made|took|ran|saw|found|began|gave|did)$/iu
/** Prepositions after which a name is the source's body: `Observers from the OSCE`, `Economists at Goldman Sachs`. */
export const bodyPreposition = /^(?:from|at|of|with)$/iu
/**
 * The last word of a capitalised phrase after `of`, `at` or `from` that is a
 * place or an occasion, not a body (round 41): a street or a district
 * (`Residents of Saltmarsh Lane`, `of Kings Road`), or an occasion in lower
 * case (`Growers at the RHS show`, `Farmers at the NFU meeting`): the class is
 * narrowed by where it lives or met, and no one in it is named.
 */
export const placeOrOccasion =
  /^(?:road|street|lane|avenue|close|crescent|drive|terrace|square|estate|gardens|row|village|meeting|meetings|conference|show|fair|market|rally|summit|gathering|festival|event|session|auction|open\s+day)$/iu
/** A day or a month, capitalised by spelling only: `on Monday`, `in March` name no body. */
export const calendarName =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/iu
/** `at the regional development agency`, `from the county council`: a body of one kind, pointed at with `the`, that a class of its staff speaks for (not `of`: `Residents of the town` is a class). */
export const staffPreposition = /^(?:at|from|with)$/iu
export const bodyNoun =
  /^(?:agency|bank|council|ministry|department|institute|university|college|hospital|trust|board|authority|office|commission|company|firm|museum|observatory|laboratory|lab|centre|center|society|federation|bureau|regulator|inspectorate|secretariat|foundation|charity|association|union|service|school|library|consultancy|practice)$/iu
/** People no one can be held to even when a body is named: `Sources at the ministry`, `insiders at the bank`. */
export const anonymousHead = /^(?:sources|insiders|people|voices|figures|whispers)$/iu
/** One study, in the singular, that `the`, `this` or `our` points at after `from` or `of`: `results from the trial`, `findings of this review`. */
export const singleStudy = /^(?:trial|study|survey|pilot|experiment|review|audit|evaluation|assessment|analysis|project|census|poll)$/iu
/** A word that makes a noun definite: `the`, `this`, `our`. */
export const definiteWord = /^(?:the|this|that|our|its|their)$/iu
/** An auxiliary: a verb of the clause between a far head and its verb. */
export const auxiliary = /^(?:have|has|had|would|will|may|might|can|could|do|does|did|is|are|was|were|be|been|shall|should|must)$/iu
/** Words that join two verbs of one subject: `have welcomed the plan but say`. */
export const coordinator = /^(?:and|but|yet)$/iu
/** An adjective by its ending: `quasi-experimental`, `randomised`, `independent`, `large`. */
export const adjective = /(?:al|ical|ific|istic|atic|etic|omic|emic|ive|ous|ary|ed|ent|ant|ible|able|ful|less|large|small|big)$/iu
/** Adjectives that name a kind of data: `official figures`, `national statistics`. */
export const namingAdjective = /^(?:official|national|federal|regional|local|internal|municipal|provincial|departmental|governmental|administrative|annual|quarterly|monthly|weekly|financial|medical|hospital)$/iu
/** A word that ends a sentence: a full stop, inside a closing single quote too (`stayed.'`). */
export const sentenceEnd = /\.['’]?$/u
/** Nouns of testing: `Tests on six of its pipes found`, with a count or a pointer after them, are the writer's own checks of the thing in hand; counts and tallies so (round 55: `Feeder counts across our 24 sites found`, `Fish counts on the belt transects found`) are the writer's own tally. */
export const testNoun = /^(?:tests|checks|measurements|inspections|readings|counts|tallies)$/iu
/** Tests, trials and studies as a body of results: `Readability tests have shown`, `Lifecycle studies have shown` (round 34), in the present perfect, report what tests of that kind have found (a class of studies), whatever they tested. */
export const experimentNoun = /^(?:tests|trials|experiments|studies)$/iu
/** The auxiliary of the present perfect: `have shown`, `has found`. */
export const presentPerfect = /^(?:have|has)$/iu
/** A count in words or digits: `six`, `12`. */
export const countWord = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})$/iu
/** A word of a subject: letters, digits, inner apostrophes and hyphens, or a percentage. */
export const token = /^[\p{L}\d][\p{L}\d'’.%-]*$/u
/** `insist on`, `declare` with a noun of money or goods: a demand made or a return filed (`insist on lime mortar`, `declare cash sales`), not a claim reported. */
export const demandOrFilingVerb = /^(?:insist(?:s|ed)?|declare[sd]?)$/iu
export const demandOrFilingAfter =
  /^\s+(?:on|upon)\b|^\s+(?:(?:their|its|his|her|the|any|all|some)\s+)?(?:[\p{L}-]+\s+)?(?:income|incomes|sales|turnover|takings|profits?|earnings|gains|losses|dividends|goods|assets|interests?|revenues?|receipts|wages|tips|VAT|tax)\b/iu
/** `claim` as making a claim on a policy or a fund: `riders with the badge claim less often`, `claim on their insurance`, `claim against the bond` (a demand for money, not a view reported). */
export const claimVerb = /^claim(?:s|ed)?$/iu
export const claimFilingAfter =
  /^\s+(?:(?:far|much)\s+)?(?:less|more)\s+(?:often|frequently|rarely)\b|^\s+(?:on|against|under)\s+(?:their|its|his|her|the|a|an|your|our)\s+(?:[\p{L}-]+\s+)?(?:insurance|insurer|policy|policies|cover|bond|guarantee|warranty|fund|scheme)\b/iu

/** A connective set off by commas right before a verb, after a word: `Curators, however, report`, `Growers, meanwhile, say` (round 60); its first comma is read past, not as the clause's start. */
export const commaConnective = /(?<=[\p{L}\d])(,\s+(?:however|meanwhile|moreover|though|nevertheless|nonetheless|likewise|similarly|instead|too)\s*,\s*)$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionVocabularyPatterns: readonly RegExp[] = [
  commaConnective,
  personalSubject,
  dataVerb,
  judgementVerb,
  personPlural,
  betweenWord,
  quantifier,
  pointer,
  studyNoun,
  reportsNoun,
  speakingVerb,
  figuresNoun,
  fieldWord,
  collectiveNoun,
  passiveBe,
  beenWord,
  pastForm,
  amountNoun,
  articleWord,
  hearsayNoun,
  pluralNoun,
  preposition,
  acronym,
  pluralAcronym,
  capitalFirst,
  digit,
  singularVerb,
  ofWord,
  forWord,
  groupAdjective,
  theWord,
  toWord,
  thatWord,
  whichWord,
  presentFind,
  thatAfter,
  conjunction,
  massNoun,
  everyWord,
  everyAny,
  otherWord,
  classNoun,
  stopWord,
  comparison,
  participle,
  relative,
  verbLike,
  bodyPreposition,
  staffPreposition,
  bodyNoun,
  anonymousHead,
  singleStudy,
  definiteWord,
  auxiliary,
  coordinator,
  adjective,
  namingAdjective,
  sentenceEnd,
  token,
  testNoun,
  experimentNoun,
  estimatesNoun,
  tradeWord,
  pressWord,
  hereWord,
  presentPerfect,
  countWord,
  demandOrFilingVerb,
  demandOrFilingAfter,
  claimVerb,
  claimFilingAfter
]
