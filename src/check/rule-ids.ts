/**
 * The messages parsing and checking report, configurable like lint rules.
 * `internal-error` is not: a failure inside argmark always shows.
 */
export const coreRuleIds: readonly string[] = [
  'malformed-directive',
  'unknown-directive',
  'unclosed-container',
  'invalid-front-matter',
  'invalid-attribute',
  'unknown-attribute',
  'malformed-id',
  'duplicate-id',
  'unknown-reference',
  'invalid-relation',
  'circular-support',
  'unknown-citation-key',
  'unused-source',
  'quotation-without-locator',
  'statistic-without-citation',
  'invalid-bibliography',
  'duplicate-source'
]
