import * as z from 'zod'

/*
 * The CSL-JSON schemas argmark reads bibliographies into and keeps in a
 * graph's `sources`: the Citation Style Language's item, name and date
 * (https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables).
 */

/** A CSL name: a person (`family`, `given`, particles) or an institution (`literal`). */
export const cslNameSchema = z.union([
  z.looseObject({
    family: z.string(),
    given: z.string().optional(),
    'dropping-particle': z.string().optional(),
    'non-dropping-particle': z.string().optional(),
    suffix: z.string().optional()
  }),
  z.looseObject({literal: z.string()}),
  z.looseObject({given: z.string()})
])

/** A CSL date: `{'date-parts': [[2000, 3, 1]]}`, a range of two parts, or a `raw`/`literal` string. */
export const cslDateSchema = z.looseObject({
  'date-parts': z
    .array(z.array(z.union([z.number(), z.string()])).min(1).max(3))
    .min(1)
    .max(2)
    .optional(),
  raw: z.string().optional(),
  literal: z.string().optional(),
  circa: z.union([z.boolean(), z.string(), z.number()]).optional(),
  season: z.union([z.string(), z.number()]).optional()
})

const text = z.union([z.string(), z.number()])

/**
 * One CSL-JSON item as argmark holds it (`id` a string): the graph's `sources`.
 */
export const cslItemOutputSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  title: z.string().optional(),
  'title-short': z.string().optional(),
  author: z.array(cslNameSchema).optional(),
  editor: z.array(cslNameSchema).optional(),
  translator: z.array(cslNameSchema).optional(),
  issued: cslDateSchema.optional(),
  accessed: cslDateSchema.optional(),
  'container-title': z.string().optional(),
  'collection-title': z.string().optional(),
  'collection-number': text.optional(),
  page: text.optional(),
  volume: text.optional(),
  issue: text.optional(),
  number: text.optional(),
  edition: text.optional(),
  genre: z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  note: z.string().optional()
})

/**
 * One CSL-JSON item. The variables a citation style uses are typed; any other
 * CSL variable is kept as it is. A numeric `id` becomes a string.
 */
export const cslItemSchema = cslItemOutputSchema.extend({
  id: z.union([z.string().min(1), z.number()]).transform(String)
})

/** A CSL name. */
export type CslName = z.output<typeof cslNameSchema>
/** A CSL date. */
export type CslDate = z.output<typeof cslDateSchema>
/** A CSL-JSON item, with `id` always a string. */
export type CslItem = z.output<typeof cslItemSchema>
