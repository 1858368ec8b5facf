import * as z from 'zod'

/**
 * Turn a directive attribute's string into the value its schema expects.
 * Directive attributes are always strings (`""` for a bare flag); the kind's
 * schema says what they mean, so the schema picks the decoding. Anything that
 * does not decode is returned as the string, for the schema to report.
 *
 * A literal or enum takes the one of its values written as the string (`5`
 * for `z.literal(5)`, a bare flag for `z.literal(true)`); a union takes the
 * decoding of its first option that accepts it; a tuple is a list whose items
 * are decoded by their positions' schemas.
 */
export function decodeAttribute(schema: z.core.$ZodType, raw: string): unknown {
  return decode(schema, raw, 0)
}

// Unions and lazy schemas may nest (or refer to themselves): deeper than this, the string is kept.
const maxDepth = 8

function decode(schema: z.core.$ZodType, raw: string, depth: number): unknown {
  if (depth > maxDepth) return raw
  const base = unwrap(schema)
  const def = base._zod.def as z.core.$ZodTypeDef & {
    element?: z.core.$ZodType
    valueType?: z.core.$ZodType
    options?: readonly z.core.$ZodType[]
    items?: readonly z.core.$ZodType[]
    rest?: z.core.$ZodType | null
  }
  switch (def.type) {
    case 'boolean': {
      if (raw === '' || raw === 'true') return true
      if (raw === 'false') return false
      return raw
    }
    case 'number':
    case 'bigint': {
      const value = Number(raw)
      return raw.trim() !== '' && Number.isFinite(value) ? value : raw
    }
    case 'literal':
    case 'enum': {
      return decodeValue(base, raw)
    }
    case 'union': {
      for (const option of def.options ?? []) {
        const value = decode(option, raw, depth + 1)
        if (accepts(option, value)) return value
      }
      return raw
    }
    case 'array': {
      return splitList(raw).map((item) => (def.element ? decode(def.element, item, depth + 1) : item))
    }
    case 'tuple': {
      return splitList(raw).map((item, index) => {
        const itemSchema = def.items?.[index] ?? def.rest ?? undefined
        return itemSchema ? decode(itemSchema, item, depth + 1) : item
      })
    }
    case 'set': {
      return new Set(splitList(raw).map((item) => (def.valueType ? decode(def.valueType, item, depth + 1) : item)))
    }
    default: {
      return raw
    }
  }
}

// A literal's or an enum's own value written as `raw`: `5` is the number 5 of `z.literal(5)`.
function decodeValue(schema: z.core.$ZodType, raw: string): unknown {
  const values = (schema._zod as {values?: ReadonlySet<unknown>}).values
  if (!values || values.has(raw)) return raw
  if (raw === '' && values.has(true)) return true
  for (const value of values) {
    if (value !== undefined && String(value) === raw) return value
  }
  return raw
}

/**
 * Validate a value with an attribute's schema: zod's own `safeParse`, not the
 * schema's method (a kit may declare attributes with zod/mini). A schema
 * that throws instead of accepting or rejecting gives `thrown`. Never throws.
 */
export function safeParseAttribute<T>(schema: z.core.$ZodType<T>, value: unknown): z.ZodSafeParseResult<T> | {readonly success: false; readonly thrown: unknown} {
  try {
    return z.safeParse(schema, value)
  } catch (error) {
    return {success: false, thrown: error}
  }
}

// Whether a union's option accepts a decoded value; a kit's schema that throws does not.
function accepts(schema: z.core.$ZodType, value: unknown): boolean {
  return safeParseAttribute(schema, value).success
}

/** `a b`, `a,b` and `a, b` all name two targets. */
export function splitList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((part) => part !== '')
}

// Wrappers whose meaning for decoding is that of what they wrap.
const wrapperTypes = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'lazy'
])

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current: z.core.$ZodType = schema
  // Bounded: zod wrappers never nest deeper than a handful in practice.
  for (let depth = 0; depth < 32; depth++) {
    const def = current._zod.def as z.core.$ZodTypeDef & {
      innerType?: z.core.$ZodType
      in?: z.core.$ZodType
      getter?: () => z.core.$ZodType
    }
    if (wrapperTypes.has(def.type)) {
      const inner = def.type === 'lazy' && def.getter ? def.getter() : def.innerType
      if (!inner) return current
      current = inner
    } else if (def.type === 'pipe' && def.in) {
      current = def.in
    } else {
      return current
    }
  }
  return current
}
