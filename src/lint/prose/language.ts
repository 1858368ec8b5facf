import type {Span} from './span.js'

/** Who a quotation is given to in its sentence. */
export type Speaker = 'named' | 'unnamed' | 'none'

/** How a sentence says it reports the same source as a neighbouring sentence. */
export interface SourceLink {
  /** It reports the source of the sentence before it (“The same survey found …”, “It also found …”). */
  readonly previous: boolean
  /** It names the source back as `the same …` (“The same survey found …”): a pointer that reaches past more than one sentence between. */
  readonly same?: boolean
  /** It introduces the source the next sentence cites (“… a new poll suggests.”). */
  readonly next: boolean
  /** It opens on a different source from the sentence before (“Another study found …”). */
  readonly another: boolean
  /** It says where the sentence before it comes from (“That is not my figure; it comes from the council's report”). */
  readonly sourceOfPrevious: boolean
  /** It goes on with the findings of the sentence before by `also` (“They also said …”, “It also found …”). */
  readonly also?: boolean
  /** It holds a verb of reporting (“The organisers reported …”): a sentence the next one can go on from by `also`. */
  readonly reports?: boolean
  /**
   * The name it opens on as the one who reports (“Okafor also found …”,
   * “Hartley's researchers say …”): it reports the source of the sentence
   * before when that sentence cites the name (a reference written in its
   * text, or a citation key starting with it). Absent when it opens on no name.
   */
  readonly reporter?: string | undefined
  /**
   * The noun of a document it names with `the`, `this` or `that` as the
   * subject of a reporting verb, at its opening or after an opening phrase
   * (“The plan projects …”, “Under that policy, the plan projects …”): it
   * reports the source of the sentence before when that sentence names a
   * document by the same noun. Absent when it has no such subject.
   */
  readonly document?: string | undefined
}

/** How a language module reads statistics. */
export interface StatisticOptions {
  /** Also read each figure with the language's learned model of a figure's role (default `false`). */
  readonly model?: boolean | undefined
}

/**
 * Everything the prose rules need to know about a language. The detectors,
 * the coverage model and the rules are written against this interface, so a
 * language other than English is one more module of this shape
 * (`src/lint/prose/english.ts` is the one argmark ships).
 *
 * Every function takes plain text (a block's text, where each atom —
 * citation, footnote reference, inline code — is one U+FFFC character, or a
 * sentence of it) and returns spans as `[start, end)` offsets into that
 * text (0-based, UTF-16). Each must be linear in the text it is given.
 */
export interface ProseLanguage {
  /** The BCP 47 tag of the language (`en`). */
  readonly code: string
  /**
   * Statistics: numbers about the world, in digits or words, fractions,
   * multiples, rates, changes. With `model`, the language's learned model of
   * a figure's role (when it has one) also drops figures it reads as set or
   * specified rather than measured.
   */
  readonly statistics: (text: string, options?: StatisticOptions) => Span[]
  /** Claims lent to unnamed sources: “studies show”, “economists agree”, “it is widely believed”. */
  readonly vagueAttributions: (text: string) => Span[]
  /** Superlatives and absolutes: “the largest”, “hit hardest”, “no other”, “never”. */
  readonly superlatives: (text: string) => Span[]
  /** Whether a quoted span is a term, title or idiom used as a word (`a “first come, first served” basis`). */
  readonly isQuotedTerm: (text: string, quote: Span) => boolean
  /** Who the sentence gives the quotation at `quote` (offsets into `sentence`) to; `previous` is the sentence before it, where a pronoun's person may be introduced. */
  readonly speaker: (sentence: string, quote: Span, previous?: string) => Speaker
  /** References written in the text: `(Manning 2021)`, `Dyer (2002)`, `(Table 2)`, `(see Appendix A)`. */
  readonly textReferences: (text: string) => Span[]
  /** How a sentence ties itself to the source of a neighbouring sentence. */
  readonly sourceLink: (sentence: string) => SourceLink
  /** Whether a sentence of a footnote reads as a reference (names, titles, years, pages, URLs) rather than a claim. */
  readonly isReference: (sentence: string) => boolean
}
