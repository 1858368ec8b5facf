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

/** A short, single-line view of a value for a message: strings quoted, at most 40 characters. */
export function describeValue(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'function' ? 'a function' : JSON.stringify(value) ?? String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}
