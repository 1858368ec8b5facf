import CSL from 'citeproc'

/** What citeproc-js gives an attribute handler: the token being built. */
interface Token {
  name: string
  variables?: string[]
  tests?: Array<(item: unknown, cite: unknown) => boolean>
}

interface State {
  tmp: {done_vars: string[]}
}

type AttributeHandler = (this: Token, state: State, argument: string) => void

/** What separates a condition's variables (exported for the ReDoS test). */
export const whitespace = /\s+/

let registered = false

/**
 * The CSL rule that a variable a `<substitute>` rendered is suppressed for
 * the rest of the cite, applied to conditions too, as pandoc's citeproc
 * applies it: after a book's editors stand in for its author, `<if
 * variable="author editor translator" match="none">` is true, so Chicago's
 * Ibid. form names the title (`Kaul, Grunberg, and Stern, Global Public
 * Goods, l. 14.`). citeproc-js suppresses the substituted variable only where
 * it would be printed. Registered once, on citeproc-js's attribute table.
 */
export function registerSubstitutedConditions(): void {
  if (registered) return
  registered = true
  const attributes = CSL as unknown as {Attributes: Record<string, AttributeHandler>}
  const original = attributes.Attributes['@variable']
  if (!original) return
  attributes.Attributes['@variable'] = function (this: Token, state: State, argument: string): void {
    const before = this.tests?.length ?? 0
    original.call(this, state, argument)
    if (!['if', 'else-if', 'condition'].includes(this.name) || !this.tests) return
    const variables = argument.split(whitespace)
    for (let index = before; index < this.tests.length; index++) {
      const test = this.tests[index]
      const variable = variables[index - before]
      if (!test || variable === undefined) continue
      this.tests[index] = (item, cite) => !state.tmp.done_vars.includes(variable) && test(item, cite)
    }
  }
}

/** What separates the numbers of a locator for pandoc: spaces, `,`, `;`, `-`, `–` (exported for the ReDoS test). */
export const locatorSeparators = /[\s,;\-\u2013]+/u

/**
 * Whether pandoc's citeproc makes a locator's label plural: when the
 * locator is more than one run of text between spaces and separators
 * (`41 table 2` → `pp.`), unless it holds an escaped hyphen.
 */
export function pluralLocator(locator: string): boolean {
  const trimmed = locator.trim()
  return !trimmed.includes('\\-') && trimmed.split(locatorSeparators).length > 1
}

let pluralsRegistered = false

interface NumberState {
  tmp: {shadow_numbers: Record<string, {plural?: number} | undefined>}
}

/**
 * A locator's label plural as pandoc decides it (see `pluralLocator`):
 * citeproc-js counts only ranges and lists. Registered once, on
 * citeproc-js's number processing.
 */
export function registerLocatorPlurals(): void {
  if (pluralsRegistered) return
  pluralsRegistered = true
  const engine = (CSL as unknown as {Engine: {prototype: Record<string, unknown>}}).Engine.prototype
  const original = engine.processNumber as ((this: NumberState, node: unknown, item: Record<string, unknown>, variable: string) => unknown) | undefined
  if (!original) return
  engine.processNumber = function (this: NumberState, node: unknown, item: Record<string, unknown>, variable: string): unknown {
    const result = original.call(this, node, item, variable)
    const locator = item?.locator
    const numbers = this.tmp.shadow_numbers[variable]
    if (variable === 'locator' && typeof locator === 'string' && numbers && pluralLocator(locator)) numbers.plural = 1
    return result
  }
}

/**
 * The name argmark gives citeproc-js for BibTeX's `and others` (a CSL
 * `{literal: 'others'}`, as pandoc writes it): a person whose family name
 * no text can hold, dropped from the names shown so that the list reads
 * "et al." in every style.
 */
export const othersName = {family: '\uEFFFothers', given: ''} as const

/** Whether a CSL name is BibTeX's `others`. */
export function isOthers(name: unknown): boolean {
  return Boolean(name && typeof name === 'object' && (name as {literal?: unknown}).literal === 'others' && Object.keys(name).length === 1)
}

let othersRegistered = false

interface NameOutput {
  _imposeNameConstraints: (lists: Record<string, unknown>, count: unknown, key: string | number, position: unknown) => void
  _setEtAlParameter: (type: string, variable: string, index?: number) => void
  freeters: Record<string, unknown>
  institutions: Record<string, unknown>
  persons: Record<string, unknown[]>
  etal_spec: Record<string, {freeters: number; institutions: number; persons: number[]} | undefined>
}

/** The name lists `others` was taken from. */
const cutByOthers = new WeakSet<object>()

/**
 * `and others` as "et al." (as pandoc's citeproc reads it): the `othersName`
 * at the end of a list is taken out of the names shown after citeproc-js
 * has counted them, so the list counts as cut short and ends with the
 * style's "et al.". Registered once, on citeproc-js's name output.
 */
export function registerOthers(): void {
  if (othersRegistered) return
  othersRegistered = true
  const prototype = (CSL as unknown as {NameOutput?: {prototype: NameOutput}}).NameOutput?.prototype
  const original = prototype?._imposeNameConstraints
  if (!prototype || !original) return
  prototype._imposeNameConstraints = function (this: NameOutput, lists, count, key, position): void {
    original.call(this, lists, count, key, position)
    const list = lists[key]
    if (Array.isArray(list) && list.some((name: {family?: unknown} | undefined) => name?.family === othersName.family)) {
      const shown = list.filter((name: {family?: unknown} | undefined) => name?.family !== othersName.family)
      cutByOthers.add(shown)
      lists[key] = shown
    }
  }
  // "et al.", never the style's `et-al-use-last` ellipsis: the last name is unknown.
  const setEtAl = prototype._setEtAlParameter
  prototype._setEtAlParameter = function (this: NameOutput, type, variable, index): void {
    setEtAl.call(this, type, variable, index)
    const list = type === 'persons' ? this.persons[variable]?.[index ?? 0] : (this[type as 'freeters' | 'institutions'] as Record<string, unknown>)[variable]
    const spec = this.etal_spec[variable]
    if (!spec || !list || typeof list !== 'object' || !cutByOthers.has(list)) return
    if (type === 'persons' && index !== undefined && spec.persons[index] === 2) spec.persons[index] = 1
    else if (type === 'freeters' && spec.freeters === 2) spec.freeters = 1
    else if (type === 'institutions' && spec.institutions === 2) spec.institutions = 1
  }
}

interface DateState {
  dateput: {queue: unknown[]; string(state: unknown, queue: unknown[]): unknown; openLevel(token?: unknown): void}
  tmp: {date_token?: unknown}
}

/**
 * A range of years (`2006–2008`) in no other `<date>`'s affixes or
 * formatting. citeproc-js writes a year range's end into a level it opened
 * while it read the style's last `<date>` element, and after each range
 * reopens one with that element's formatting: the first range an engine
 * formats took that date's affixes (argmark's notes style, whose last date
 * is `(2006)`, wrote `Boston: Acme, 2006–(2008)`), later ones its italics or
 * weight. pandoc's citeproc formats each range with its own date's. Called
 * once per engine, right after the style is read: both levels are plain.
 */
export function plainDateRanges(engine: unknown): void {
  const state = engine as DateState
  if (typeof state.dateput?.openLevel !== 'function') return
  state.dateput.string(state, state.dateput.queue)
  state.dateput.openLevel()
  state.tmp.date_token = undefined
}

interface CiteState {
  tmp: {term_predecessor?: boolean}
}

/** Engines formatting a cluster whose first term keeps its case (see `withoutFirstTermCapital`). */
const keepTermCase = new WeakSet<object>()
let termCaseRegistered = false

/**
 * Format with `format` while a cite's first term (`ibid.`) keeps the case
 * the locale gives it. citeproc-js capitalises a term that starts a cite of
 * a note style (`Ibid.`); pandoc's citeproc does not, and capitalises only
 * the first letter of a note it makes, so a citation inside an author's
 * footnote reads `(ibid., 3)` and `Roe, ibid., 4`. A style's own
 * `text-case` still applies. Registered once, on citeproc-js's `getCite`.
 */
export function withoutFirstTermCapital<T>(engine: object, format: () => T): T {
  registerTermCase()
  keepTermCase.add(engine)
  try {
    return format()
  } finally {
    keepTermCase.delete(engine)
  }
}

function registerTermCase(): void {
  if (termCaseRegistered) return
  termCaseRegistered = true
  const csl = CSL as unknown as {getCite?: (this: CiteState, ...rest: unknown[]) => unknown}
  const original = csl.getCite
  if (!original) return
  csl.getCite = function (this: CiteState, ...rest: unknown[]): unknown {
    // As if a word came before the cite: citeproc-js capitalises a term only with none before it.
    if (keepTermCase.has(this)) this.tmp.term_predecessor = true
    return original.apply(this, rest)
  }
}
