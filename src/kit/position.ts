import * as z from 'zod'

/** A place in the source: 1-indexed line and column, 0-indexed offset. */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0).optional()
})

/** Where a node starts and ends in the source (a unist `Position`). */
export const positionSchema = z.object({
  start: pointSchema,
  end: pointSchema
})
