import type {Root} from 'mdast'
import type {Plugin} from 'unified-lint-rule'
import * as shipped from './rules/index.js'

/** A lint rule: a unified-lint-rule plugin named `argmark:<rule-id>`. */
export type LintRule = Plugin<Root, never>

/** argmark's lint rules by id, read from `rules/index.ts`. */
export const lintRules: ReadonlyMap<string, LintRule> = new Map(
  Object.values(shipped as Record<string, unknown>)
    .filter((value): value is LintRule => typeof value === 'function' && value.name.startsWith('argmark:'))
    .map((rule) => [rule.name.slice('argmark:'.length), rule])
)
