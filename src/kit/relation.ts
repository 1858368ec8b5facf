/**
 * What a kit knows about one relation type.
 */
export interface RelationTypeDefinition {
  /** One sentence for docs and JSON Schema descriptions. */
  readonly description?: string
  /**
   * Whether a chain of this relation may return to where it started.
   * `supports` and `explains` may not: a claim cannot hold itself up.
   */
  readonly acyclic?: boolean
}

/**
 * Which kinds a node may point at through one relation attribute.
 * A bare list is shorthand for `{to: list}`.
 */
export type RelationRule =
  | readonly string[]
  | {
      readonly to: readonly string[]
      /** The attribute must be present (an objection must attack something). */
      readonly required?: boolean
    }

/** A relation rule with the shorthand expanded. */
export interface NormalizedRelationRule {
  readonly to: readonly string[]
  readonly required: boolean
}

export function normalizeRelationRule(rule: RelationRule): NormalizedRelationRule {
  return isRuleList(rule)
    ? {to: rule, required: false}
    : {to: rule.to, required: rule.required === true}
}

function isRuleList(rule: RelationRule): rule is readonly string[] {
  return Array.isArray(rule)
}

/** The relation types of the default kit. */
export const defaultRelationTypes = {
  supports: {
    description: 'The source gives a reason to accept the target.',
    acyclic: true
  },
  attacks: {description: 'The source gives a reason to reject the target.'},
  explains: {
    description: 'The source is a cause or reason for the target being so.',
    acyclic: true
  },
  qualifies: {
    description: 'The source limits the scope or strength of the target.'
  }
} as const satisfies Record<string, RelationTypeDefinition>
