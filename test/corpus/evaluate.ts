// Precision and recall of argmark's prose rules on the labelled corpus:
// sentences (sentences.yaml, held-out.yaml), scored per document, and
// paragraphs (paragraphs*.yaml), scored per labelled passage. No imports, so
// scripts/eval-lint.js can load this file after stripping its types.

/** The paragraph sets (`test/corpus/<name>.yaml`), oldest first. */
export const paragraphSets = [
  'paragraphs',
  'paragraphs-held-out',
  'paragraphs-final',
  'paragraphs-blind',
  'paragraphs-unseen',
  'paragraphs-unseen-2',
  'paragraphs-unseen-3',
  'paragraphs-unseen-4',
  'paragraphs-unseen-5',
  'paragraphs-unseen-6',
  'paragraphs-unseen-7',
  'paragraphs-unseen-8',
  'paragraphs-unseen-9',
  'paragraphs-unseen-10',
  'paragraphs-unseen-11',
  'paragraphs-unseen-12',
  'paragraphs-unseen-13',
  'paragraphs-unseen-14',
  'paragraphs-unseen-15',
  'paragraphs-unseen-16',
  'paragraphs-unseen-17',
  'paragraphs-unseen-18',
  'paragraphs-unseen-19',
  'paragraphs-unseen-20',
  'paragraphs-unseen-21',
  'paragraphs-unseen-22',
  'paragraphs-unseen-23',
  'paragraphs-unseen-24',
  'paragraphs-unseen-25',
  'paragraphs-unseen-26',
  'paragraphs-unseen-27',
  'paragraphs-unseen-28',
  'paragraphs-unseen-29',
  'paragraphs-unseen-30',
  'paragraphs-unseen-31',
  'paragraphs-unseen-32',
  'paragraphs-unseen-33',
  'paragraphs-unseen-34',
  'paragraphs-unseen-35',
  'paragraphs-unseen-36',
  'paragraphs-unseen-37',
  'paragraphs-unseen-38',
  'paragraphs-unseen-39',
  'paragraphs-unseen-40',
  'paragraphs-unseen-41',
  'paragraphs-unseen-42',
  'paragraphs-unseen-43',
  'paragraphs-unseen-44',
  'paragraphs-unseen-45',
  'paragraphs-unseen-46',
  'paragraphs-unseen-47',
  'paragraphs-unseen-48',
  'paragraphs-unseen-49',
  'paragraphs-unseen-50',
  'paragraphs-unseen-51',
  'paragraphs-unseen-52',
  'paragraphs-unseen-53',
  'paragraphs-unseen-54',
  'paragraphs-unseen-55',
  'paragraphs-unseen-56',
  'paragraphs-unseen-57',
  'paragraphs-unseen-58',
  'paragraphs-unseen-59',
  'paragraphs-unseen-60',
  'paragraphs-unseen-61',
  'paragraphs-unseen-62',
  'paragraphs-unseen-63',
  'paragraphs-unseen-64',
  'paragraphs-unseen-65',
  'paragraphs-unseen-66',
  'paragraphs-unseen-67',
  'paragraphs-unseen-68',
  'paragraphs-unseen-69',
  'paragraphs-unseen-70',
  'paragraphs-unseen-71',
  'paragraphs-unseen-72',
  'paragraphs-unseen-73',
  'paragraphs-unseen-74',
  'paragraphs-unseen-75',
  'paragraphs-unseen-76',
  'paragraphs-unseen-77',
  'paragraphs-unseen-78',
  'paragraphs-unseen-79',
  'paragraphs-unseen-80',
  'paragraphs-unseen-81',
  'paragraphs-unseen-82',
  'paragraphs-unseen-83',
  'paragraphs-unseen-84',
  'paragraphs-unseen-85',
  'paragraphs-unseen-86',
  'paragraphs-unseen-87',
  'paragraphs-unseen-88',
  'paragraphs-unseen-89',
  'paragraphs-unseen-90',
  'paragraphs-unseen-91',
  'paragraphs-unseen-92',
  'paragraphs-unseen-93',
  'paragraphs-unseen-94',
  'paragraphs-unseen-95',
  'paragraphs-unseen-96',
  'paragraphs-unseen-97',
  'paragraphs-unseen-98',
  'paragraphs-unseen-99',
  'paragraphs-unseen-100',
  'paragraphs-unseen-101'
] as const

// Sets measured once and not worked from: their figures are the honest ones, kept out of the total
// of the sets worked from and out of the training of uncited-statistic's model (scripts/train-statistic-model.js)
// (the fifth unseen set was worked from in the seventh round, the sixth in the
// eighth; their first figures are in eval/HISTORY.md). The seventh unseen set was worked from in
// the ninth round. The eighth unseen set was worked from in the tenth round. The ninth unseen set
// was written blind and committed (597d131) before any detector ran on it; it was worked from in
// the eleventh round (its first figures are in docs/rules/README.md). The tenth unseen set was
// written blind and committed (084c22d) before any detector ran on it; it was worked from in the
// twelfth round. The eleventh (68f6f99) was worked from in the thirteenth. The twelfth unseen set
// was written blind and committed (b251811) before any detector ran on it; it was worked from in
// the fourteenth round. The thirteenth (6e9f606), fourteenth (8ccb117) and fifteenth (5daf905) were
// written blind the same way and worked from in the fifteenth, sixteenth and seventeenth rounds.
// The sixteenth (56e7499) was worked from in the eighteenth round. The seventeenth (14ea950) was
// worked from in the nineteenth round. The eighteenth (6dcf118) was worked from in the twentieth
// round. The nineteenth (6d86702) was worked from in the twenty-first round. The twentieth
// (7f13681) was worked from in the twenty-second round. The twenty-first (7d1cc28) and
// twenty-second (65160a8) were written blind and committed before any detector ran on them; both
// were worked from in the twenty-third round (support named in words), though the model's weights
// were trained without them. The twenty-third (1599f43) was written blind and committed before any
// detector ran on it; it was worked from in the twenty-fourth round. The twenty-fourth (c965970)
// was written blind and committed before any detector ran on it; it was worked from in the
// twenty-fifth round, and the model's weights were trained again with it. The twenty-fifth
// (7555c0c) was written blind and committed before any detector ran on it; it was worked from in
// the twenty-sixth round, and the model's weights were trained again with it. The twenty-sixth
// (ae96674) and the twenty-seventh (8db8ad1) were written blind and committed before any detector
// ran on them, and measured at the same code; both were worked from in the twenty-seventh round, and
// the model's weights were trained again with them. The twenty-eighth (4e09ca0) and the
// twenty-ninth (a901299) were written blind and committed before any detector ran on them, and
// measured once at the same code after the twenty-seventh round; both were worked from in the
// twenty-eighth round, and the model's weights were trained again with them. The thirtieth
// (3a54aae) and the thirty-first (3ae283c) were written blind and committed before any detector ran
// on them, and measured once at the same code after the twenty-eighth round; both were worked from
// in the twenty-ninth round, and the model's weights were trained again with them. The
// thirty-second (f85c913) and the thirty-third (92ed4c1) were written blind and committed before
// any detector ran on them, and measured once at the same code after the twenty-ninth round; both
// were worked from in the thirtieth round, and the model's weights were trained again with them.
// The thirty-fourth (23d10d6) and the thirty-fifth (4fb9c7e) were written blind and committed
// before any detector ran on them, and measured once at the same code after the thirtieth round;
// both were worked from in the thirty-first round, and the model's weights were trained again with
// them. The thirty-sixth (1f1d3aa) and the thirty-seventh (49dea22) were written blind and
// committed before any detector ran on them, and measured once at the same code after the
// thirty-first round; both were worked from in the thirty-second round, and the model's weights were
// trained again with them. The thirty-eighth (5b9c39f) and the thirty-ninth (9e11d86) were written
// blind and committed before any detector ran on them, and measured once at the same code after the
// thirty-second round; both were worked from in the thirty-third round, and the model's weights
// were trained again with them. The fortieth (aec71cb) and the forty-first (1678041) were written
// blind and committed before any detector ran on them, and measured once at the same code after the
// thirty-third round; both were worked from in the thirty-fourth round, and the model's weights
// were trained again with them. The forty-second (abee8da) and the forty-third (a81f312) were
// written blind and committed before any detector ran on them, and measured once at the same code
// after the thirty-fourth round; both were worked from in the thirty-fifth round, and the model's
// weights were trained again with them. The forty-fourth (e5fbba4) and the forty-fifth (540ce93)
// were written blind and committed before any detector ran on them, and measured once at the same
// code after the thirty-fifth round; both were worked from in the thirty-sixth round, and the
// model's weights were trained again with them. The forty-sixth (6c2388a) and the forty-seventh
// (c5db389) were written blind and committed before any detector ran on them, and measured once at
// the same code after the thirty-sixth round; both were worked from in the thirty-seventh round,
// and the model's weights were trained again with them. The forty-eighth (c1668d3) and the
// forty-ninth (b71a6c9) were written blind and committed before any detector ran on them, and
// measured once at the same code after the thirty-seventh round; both were worked from in the
// thirty-eighth round, and the model's weights were trained again with them. The fiftieth (6a3def4)
// and the fifty-first (186d0bd) were written blind and committed before any detector ran on them,
// and measured once at the same code after the thirty-eighth round; both were worked from in the
// thirty-ninth round, and the model's weights were trained again with them. The fifty-second
// (bc314a8) and the fifty-third (a8138f8) were written blind and committed before any detector ran
// on them, and measured once at the same code after the thirty-ninth round; both were worked from
// in the fortieth round, and the model's weights were trained again with them. The fifty-fourth
// (b9c413b) and the fifty-fifth (1ed048b) were written blind and committed before any detector ran
// on them, and measured once at the same code after the fortieth round; both were worked from in
// the forty-first round, and the model's weights were trained again with them. The fifty-sixth
// (354141c) and the fifty-seventh (e687699) were written blind and committed before any detector
// ran on them, and measured once at the same code after the forty-first round; both were worked
// from in the forty-second round, and the model's weights were trained again with them. The
// fifty-eighth (162d028) and the fifty-ninth (568b899) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-second round; both were
// worked from in the forty-third round, and the model's weights were trained again with them. The
// sixtieth (f51f71b) and the sixty-first (00713dc) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-third round; both were
// worked from in the forty-fourth round, and the model's weights were trained again with them. The
// sixty-second (67d2edc) and the sixty-third (dda5717) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-fourth round; both were
// worked from in the forty-fifth round, and the model's weights were trained again with them. The
// sixty-fourth (83d3692) and the sixty-fifth (82735df) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-fifth round; both were
// worked from in the forty-sixth round, and the model's weights were trained again with them. The
// sixty-sixth (4fb4403) and the sixty-seventh (b29a558) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-sixth round; both were
// worked from in the forty-seventh round, and the model's weights were trained again with them. The
// sixty-eighth (2e45abc) and the sixty-ninth (15d195b) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-seventh round; both were
// worked from in the forty-eighth round, and the model's weights were trained again with them. The
// seventieth (71d65bd) and the seventy-first (03833ab) were written blind and committed before any
// detector ran on them, and measured once at the same code after the forty-eighth round; both were
// worked from in the forty-ninth round, and the model's weights were trained again with them. The
// seventy-second (a0ce57e) and the seventy-third (5e11068) were written blind and committed before
// any detector ran on them, and measured once at the same code after the forty-ninth round; both
// were worked from in the fiftieth round, and the model's weights were trained again with them. The
// seventy-fourth (474a04b) and the seventy-fifth (36bea21) were written blind and committed before
// any detector ran on them, and measured once at the same code after the fiftieth round; both were
// worked from in the fifty-first round, and the model's weights were trained again with them. The
// seventy-sixth (0399119) and the seventy-seventh (ed10190) were written blind and committed before
// any detector ran on them, and measured once at the same code after the fifty-first round; both
// were worked from in the fifty-second round, and the model's weights were trained again with them.
// The seventy-eighth (4dd1eff) and the seventy-ninth (2496389) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-second round;
// both were worked from in the fifty-third round, and the model's weights were trained again with
// them. The eightieth (e2c465d) and the eighty-first (2d73c40) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-third round;
// both were worked from in the fifty-fourth round, and the model's weights were trained again with
// them. The eighty-second (d1722fe) and the eighty-third (9ff3b34) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-fourth round;
// both were worked from in the fifty-fifth round, and the model's weights were trained again with
// them. The eighty-fourth (a24ed90) and the eighty-fifth (40e4a51) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-fifth round;
// both were worked from in the fifty-sixth round, and the model's weights were trained again with
// them. The eighty-sixth (7d56b9b) and the eighty-seventh (655e4e7) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-sixth round;
// both were worked from in the fifty-seventh round, and the model's weights were trained again with
// them. The eighty-eighth (c45f238) and the eighty-ninth (a938c98) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-seventh round;
// both were worked from in the fifty-eighth round, and the model's weights were trained again with
// them. The ninetieth (28f5371) and the ninety-first (38dffbe) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-eighth round;
// both were worked from in the fifty-ninth round, and the model's weights were trained again with
// them. The ninety-second (014b4f2) and the ninety-third (e1f2fb7) were written blind and committed
// before any detector ran on them, and measured once at the same code after the fifty-ninth round;
// both were worked from in the sixtieth round, and the model's weights were trained again with
// them. The ninety-fourth (f2d3a0b) and the ninety-fifth (bf1478e) were written blind and committed
// before any detector ran on them, and measured once at the same code after the sixtieth round;
// both were worked from in the sixty-first round, and the model's weights were trained again with
// them. The ninety-sixth (98894b3) and the ninety-seventh (15cc43f) were written blind and committed
// before any detector ran on them, and measured once at the same code after the sixty-first round;
// both were worked from in the sixty-second round, and the model's weights were trained again with
// them. The ninety-eighth (02478b6) and the ninety-ninth (f3f189c) were written blind and committed
// before any detector ran on them, and measured once at the same code after the sixty-second round;
// both were worked from in the sixty-third round, and the model's weights were trained again with
// them. The hundredth (1e2b60c) and the hundred-and-first (a9cc91b) were written blind and committed
// before any detector ran on them, and measured once at the same code after the sixty-third round;
// neither has been worked from.
export const notWorkedFromSets: readonly string[] = ['paragraphs-unseen-100', 'paragraphs-unseen-101']

/** The prose rules the corpus is labelled for. */
export const proseRuleIds = [
  'uncited-statistic',
  'unattributed-quotation',
  'quotation-without-citation',
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

/** One labelled paragraph: its Markdown and, per rule, the passages the rule should report. */
export interface ParagraphEntry {
  readonly register: string
  readonly text: string
  /** Passages by rule id: `[start, end)` offsets into `text` (0-based, UTF-16) and the words. */
  readonly passages: ReadonlyArray<{readonly rule: ProseRuleId; readonly start: number; readonly end: number; readonly words: string}>
}

/** A message as the paragraph scorer needs it: its rule and `[start, end)` offsets into the text. */
export interface Finding {
  readonly rule: string
  readonly start: number
  readonly end: number
}

/** What a predictor says about one paragraph: the findings of every rule. */
export type PassagePredictor = (text: string) => Iterable<Finding>

/** A passage missed (`fn`) or a finding that overlaps no passage of its rule (`fp`). */
export interface PassageMiss {
  readonly rule: ProseRuleId
  readonly kind: 'fp' | 'fn'
  readonly entry: ParagraphEntry
  /** The words of the passage missed or of the false finding. */
  readonly words: string
}

/**
 * The paragraph file's shape (`{register: [{p, <rule id>: [passage, …]}]}`)
 * as entries; throws on a malformed entry or a passage that does not occur
 * exactly once in its paragraph.
 */
export function paragraphEntries(data: unknown): ParagraphEntry[] {
  const entries: ParagraphEntry[] = []
  if (typeof data !== 'object' || data === null) throw new Error('Expected a mapping of registers')
  for (const [register, list] of Object.entries(data)) {
    if (!Array.isArray(list)) throw new Error('Expected a list of entries in `' + register + '`')
    for (const item of list as unknown[]) {
      const {p, ...labels} = (item ?? {}) as Record<string, unknown>
      if (typeof p !== 'string') throw new Error('Malformed entry in `' + register + '`: ' + JSON.stringify(item))
      const passages: Array<ParagraphEntry['passages'][number]> = []
      for (const [rule, words] of Object.entries(labels)) {
        if (!proseRuleIds.includes(rule as ProseRuleId) || !Array.isArray(words)) {
          throw new Error('Unexpected key `' + rule + '` in `' + register + '`: ' + JSON.stringify(p.slice(0, 60)))
        }
        for (const passage of words as unknown[]) {
          const start = typeof passage === 'string' ? p.indexOf(passage) : -1
          if (typeof passage !== 'string' || start === -1 || p.lastIndexOf(passage) !== start) {
            throw new Error('Passage ' + JSON.stringify(passage) + ' does not occur once in ' + JSON.stringify(p.slice(0, 60)))
          }
          passages.push({rule: rule as ProseRuleId, start, end: start + passage.length, words: passage})
        }
      }
      entries.push({register, text: p, passages})
    }
  }
  return entries
}

/**
 * Score a predictor per rule over labelled passages: a passage is found
 * (`tp`) when a finding of its rule overlaps it, missed (`fn`) otherwise; a
 * finding that overlaps no passage of its rule is a false alarm (`fp`).
 */
export function evaluatePassages(
  entries: readonly ParagraphEntry[],
  predict: PassagePredictor
): {scores: RuleScore[]; misses: PassageMiss[]} {
  const counts = new Map(proseRuleIds.map((rule) => [rule, {tp: 0, fp: 0, fn: 0}]))
  const misses: PassageMiss[] = []
  for (const entry of entries) {
    const findings = [...predict(entry.text)].filter((finding) => proseRuleIds.includes(finding.rule as ProseRuleId))
    const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) =>
      a.start < b.end && b.start < a.end
    for (const passage of entry.passages) {
      const count = counts.get(passage.rule)!
      if (findings.some((finding) => finding.rule === passage.rule && overlaps(finding, passage))) count.tp++
      else {
        count.fn++
        misses.push({rule: passage.rule, kind: 'fn', entry, words: passage.words})
      }
    }
    for (const finding of findings) {
      const rule = finding.rule as ProseRuleId
      if (entry.passages.some((passage) => passage.rule === rule && overlaps(finding, passage))) continue
      counts.get(rule)!.fp++
      misses.push({rule, kind: 'fp', entry, words: entry.text.slice(finding.start, finding.end)})
    }
  }
  const scores = proseRuleIds.map((rule) => {
    const {tp, fp, fn} = counts.get(rule)!
    return {rule, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn)}
  })
  return {scores, misses}
}
