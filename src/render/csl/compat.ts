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
