import type {z} from 'zod'

/**
 * Turn a directive attribute's string into the value its schema expects.
 * Directive attributes are always strings (`""` for a bare flag); the kind's
 * schema says what they mean, so the schema picks the decoding. Anything that
 * does not decode is returned as the string, for the schema to report.
 */
export function decodeAttribute(schema: z.core.$ZodType, raw: string): unknown {
  const base = unwrap(schema)
  const def = base._zod.def as z.core.$ZodTypeDef & {element?: z.core.$ZodType; valueType?: z.core.$ZodType}
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
    case 'array': {
      return decodeList(raw, def.element)
    }
    case 'set': {
      return new Set(decodeList(raw, def.valueType))
    }
    default: {
      return raw
    }
  }
}

function decodeList(raw: string, element: z.core.$ZodType | undefined): unknown[] {
  const items = splitList(raw)
  return element ? items.map((item) => decodeAttribute(element, item)) : items
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
