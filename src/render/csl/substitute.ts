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
    const variables = argument.split(/\s+/)
    for (let index = before; index < this.tests.length; index++) {
      const test = this.tests[index]
      const variable = variables[index - before]
      if (!test || variable === undefined) continue
      this.tests[index] = (item, cite) => !state.tmp.done_vars.includes(variable) && test(item, cite)
    }
  }
}
