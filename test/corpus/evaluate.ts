// Precision and recall of argmark's prose rules on the labelled corpus
// (sentences.yaml). Type imports only, so scripts/eval-lint.js can load this
// file after stripping its types.

/** The prose rules the corpus is labelled for. */
export const proseRuleIds = [
  'uncited-statistic',
  'unattributed-quotation',
  'vague-attribution',
  'unsupported-superlative'
] as const

export type ProseRuleId = (typeof proseRuleIds)[number]

/** One labelled document of the corpus. */
export interface CorpusEntry {
  readonly register: string
  readonly text: string
  /** The rule ids a reader says it should trigger. */
  readonly labels: readonly string[]
}

/** What a predictor says about one document: the rule ids it reports. */
export type Predictor = (text: string) => Iterable<string>

export interface RuleScore {
  readonly rule: ProseRuleId
  readonly tp: number
  readonly fp: number
  readonly fn: number
  /** `tp / (tp + fp)`; 1 when nothing was predicted. */
  readonly precision: number
  /** `tp / (tp + fn)`; 1 when nothing was labelled. */
  readonly recall: number
}

/** A document a rule got wrong: reported without a label (`fp`) or labelled and missed (`fn`). */
export interface Miss {
  readonly rule: ProseRuleId
  readonly kind: 'fp' | 'fn'
  readonly entry: CorpusEntry
}

export interface Evaluation {
  readonly scores: readonly RuleScore[]
  readonly misses: readonly Miss[]
}

/** The corpus file's shape (`{register: [{s, l}]}`) as entries; throws on a malformed entry. */
export function corpusEntries(data: unknown): CorpusEntry[] {
  const entries: CorpusEntry[] = []
  if (typeof data !== 'object' || data === null) throw new Error('Expected a mapping of registers')
  for (const [register, list] of Object.entries(data)) {
    if (!Array.isArray(list)) throw new Error('Expected a list of entries in `' + register + '`')
    for (const item of list as unknown[]) {
      const {s, l} = (item ?? {}) as {s?: unknown; l?: unknown}
      if (typeof s !== 'string' || !Array.isArray(l) || !l.every((id) => proseRuleIds.includes(id as ProseRuleId))) {
        throw new Error('Malformed entry in `' + register + '`: ' + JSON.stringify(item))
      }
      entries.push({register, text: s, labels: l as string[]})
    }
  }
  return entries
}

/** Score a predictor per rule, one document per entry. */
export function evaluate(entries: readonly CorpusEntry[], predict: Predictor): Evaluation {
  const counts = new Map(proseRuleIds.map((rule) => [rule, {tp: 0, fp: 0, fn: 0}]))
  const misses: Miss[] = []
  for (const entry of entries) {
    const predicted = new Set(predict(entry.text))
    for (const rule of proseRuleIds) {
      const count = counts.get(rule)!
      const labelled = entry.labels.includes(rule)
      const reported = predicted.has(rule)
      if (labelled && reported) count.tp++
      else if (reported) {
        count.fp++
        misses.push({rule, kind: 'fp', entry})
      } else if (labelled) {
        count.fn++
        misses.push({rule, kind: 'fn', entry})
      }
    }
  }
  const scores = proseRuleIds.map((rule) => {
    const {tp, fp, fn} = counts.get(rule)!
    return {rule, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn)}
  })
  return {scores, misses}
}

/** The scores as a Markdown table. */
export function formatTable(scores: readonly RuleScore[]): string {
  const rows = scores.map(
    (score) =>
      '| `' + score.rule + '` | ' + score.tp + ' | ' + score.fp + ' | ' + score.fn + ' | ' +
      score.precision.toFixed(3) + ' | ' + score.recall.toFixed(3) + ' |'
  )
  return ['| rule | TP | FP | FN | precision | recall |', '|---|---|---|---|---|---|', ...rows].join('\n')
}
