import type {CiteprocSys, VariableParams} from 'citeproc'
import CSL from 'citeproc'

/**
 * citeproc-js output format `argmark`: plain text with formatting marked by
 * private-use characters, which `parseMarked` turns into mdast phrasing.
 * Text from the sources (`withoutMarks`) and from affixes is stripped of
 * those characters and of the slot characters, so it cannot forge markup.
 */
export const mark = {
  emphasisOpen: '\uE000',
  emphasisClose: '\uE001',
  strongOpen: '\uE002',
  strongClose: '\uE003',
  superscriptOpen: '\uE004',
  superscriptClose: '\uE005',
  subscriptOpen: '\uE006',
  subscriptClose: '\uE007',
  smallCapsOpen: '\uE008',
  smallCapsClose: '\uE009',
  /** Closes a link to a bibliography entry; it opens with `linkOpen(n)`. */
  linkClose: '\uE00A',
  /** Ends a cite's prefix: with `link-citations`, what comes before it stays out of the cite's link. */
  prefixEnd: '\uE00B',
  /** Starts a cite's suffix: with `link-citations`, what comes after it stays out of the cite's link. */
  suffixStart: '\uE00C',
  /** Open and close a bibliography entry's title (for `link-bibliography`'s title links). */
  titleOpen: '\uE00D',
  titleClose: '\uE00E',
  /** Around a cite's names (or what stands in for them) while the engine finds an in-text cite's author; never in its output. */
  names: '\uE00F'
} as const

/** Formatting marks, slots and link marks: what text from the sources may not hold (exported for the ReDoS test). */
export const marks = /[\uE000-\uE00F\uE100-\uE8FF]|[\u{F0000}-\u{FFFFD}]/gu

/** The mark that opens a link to the `index`-th cited item's bibliography entry (one code point from U+F0000). */
export function linkOpen(index: number): string {
  return String.fromCodePoint(0xf0000 + index)
}

/** The item a link mark opens a link to, or `undefined`. */
export function linkIndex(character: string): number | undefined {
  const code = character.codePointAt(0) ?? 0
  return code >= 0xf0000 && code <= 0xffffd ? code - 0xf0000 : undefined
}

/** How many slots one cluster can hold. */
export const slotLimit = 0x800

/**
 * The placeholder for the `index`-th node of a cluster's affixes that
 * citeproc-js cannot carry (a link, a code span, a footnote reference):
 * a private-use character, from U+E100.
 */
export function slot(index: number): string {
  return String.fromCharCode(0xe100 + index)
}

/** The slot a character stands for, or `undefined`. */
export function slotIndex(character: string): number | undefined {
  const code = character.charCodeAt(0)
  return character.length === 1 && code >= 0xe100 && code < 0xe100 + slotLimit ? code - 0xe100 : undefined
}

let registered = false

/** Register the `argmark` output format with citeproc-js (once). */
export function registerFormat(): void {
  if (registered) return
  registered = true
  const formats = CSL.Output.Formats as unknown as Record<string, Record<string, unknown>>
  const text = formats.text ?? {}
  const wrap = (open: string, close: string) => (_state: unknown, value: string) => open + value + close
  formats.argmark = {
    ...text,
    text_escape: (value: string | undefined) => value ?? '',
    '@font-style/italic': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-style/oblique': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-weight/bold': wrap(mark.strongOpen, mark.strongClose),
    '@vertical-align/sup': wrap(mark.superscriptOpen, mark.superscriptClose),
    '@vertical-align/sub': wrap(mark.subscriptOpen, mark.subscriptClose),
    '@font-variant/small-caps': wrap(mark.smallCapsOpen, mark.smallCapsClose),
    '@cite/entry': citeEntry,
    '@showid/true': showId
  }
}

/** What citeproc-js applies a decoration to: a blob (only the fields read here). */
interface Blob {
  /** The cited item's id, set on a cite's wrapper. */
  item_id?: string
  /** The item's id on a number citeproc-js formats on its own (`NumericBlob`). */
  id?: string
  /** A `NumericBlob`'s number. */
  num?: unknown
  strings?: {prefix?: string; suffix?: string}
  /** What citeproc-js gives `variableWrapper`. */
  params?: VariableParams
}

interface DecorationState {
  sys: CiteprocSys
  tmp: {just_looking?: boolean; suppress_decorations?: boolean}
}

/**
 * A cite, wrapped (pandoc's `link-citations`). citeproc-js names the item on
 * the cite's wrapper, but a cite that is a lone number (IEEE's `[1]`, a
 * superscript) is formatted as that number with the wrapper's decoration
 * and no item id: the number's own id names the item, and the affixes of the
 * groups around it (`[`, `]`) go inside the link, as pandoc links them.
 */
function citeEntry(this: Blob, state: DecorationState, value: string): string {
  const wrap = state.sys.wrapCitationEntry
  if (!wrap) return value
  if (this.item_id !== undefined || this.num === undefined || this.id === undefined || !this.strings) return wrap(value, this.item_id)
  const {prefix = '', suffix = ''} = this.strings
  this.strings.prefix = ''
  this.strings.suffix = ''
  return wrap(prefix + value + suffix, this.id)
}

/** The spaces and punctuation before a variable's output, which citeproc-js's formats keep out of `variableWrapper` (exported for the ReDoS test). */
export const variableLeadingPunctuation = /^([ .!?:,]*)([\s\S]*)$/

/** A variable's output, through `variableWrapper` (when the engine has one) as citeproc-js's formats pass it. */
function showId(this: Blob, state: DecorationState, value: string): string {
  const wrapper = state.sys.variableWrapper
  if (!wrapper || state.tmp.just_looking || state.tmp.suppress_decorations || this.params === undefined || typeof value !== 'string') return value
  const [, before = '', rest = ''] = variableLeadingPunctuation.exec(value) ?? []
  const last = rest.slice(-1)
  return CSL.SWAPPING_PUNCTUATION.includes(last) ? wrapper(this.params, before, rest.slice(0, -1), last) : wrapper(this.params, before, rest, '')
}

/** A source's data with no formatting marks or slots in its strings. */
export function withoutMarks<T>(value: T): T {
  if (typeof value === 'string') return value.replace(marks, '') as T
  if (Array.isArray(value)) return value.map((item: unknown) => withoutMarks(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutMarks(item)])) as T
  }
  return value
}

/** Remove formatting marks and slots: the plain text of a formatted string. */
export function unmark(value: string): string {
  return value.replace(marks, '')
}
