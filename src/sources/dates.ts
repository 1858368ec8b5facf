/** An EDTF-like date as pandoc reads a scalar: `2006`, `2020-03`, `2020-03-22`, a range `2001/2003` (exported for the ReDoS test). */
export const scalarDate = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/

/**
 * A date written as a scalar (`issued: 2006`, `issued: 2020-03-22`, which
 * pandoc reads as dates) as a CSL date object; any other value as it is.
 */
export function normalizeDate(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return {'date-parts': [[value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]]}
  }
  if (typeof value === 'number' && Number.isInteger(value)) return {'date-parts': [[value]]}
  if (typeof value !== 'string') return value
  const parts = value.trim().split('/')
  const dates = parts.map((part) => scalarDate.exec(part.trim()))
  if (parts.length <= 2 && dates.every((match) => match !== null)) {
    return {'date-parts': dates.map((match) => (match as RegExpExecArray).slice(1).filter((part) => part !== undefined).map(Number))}
  }
  return {raw: value}
}
