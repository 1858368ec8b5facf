import type {AnyKit} from './define-kit.js'

/**
 * Takes any value; returns whether it has the shape of a kit (`defineKit` or
 * `extend` made it, in this copy of argmark or another): kind names, a `kind`
 * lookup, rules, a JSON Schema writer and relation types. Never throws.
 */
export function isKit(value: unknown): value is AnyKit {
  if (!value || typeof value !== 'object') return false
  const kit = value as Partial<AnyKit>
  return Array.isArray(kit.kindNames) && typeof kit.kind === 'function' && Array.isArray(kit.rules) &&
    typeof kit.toJSONSchema === 'function' && typeof kit.relationTypes === 'object'
}
