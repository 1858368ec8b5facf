// The public types, used as a TypeScript user would use them. Type assertions
// are checked by `tsc --noEmit` (part of `npm test`) and by vitest's expectTypeOf.
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, test} from 'vitest'
import {z} from 'zod'
import type {
  AnyKit,
  AnyNode,
  ArgmarkLintOptions,
  AttributeShape,
  BaseNode,
  CitationMode,
  CslDate,
  CslName,
  EmptyFactorGroupOptions,
  FormatOptions,
  GraphExporter,
  GraphFormat,
  GraphMeta,
  Input,
  KindDefinition,
  KindInfo,
  Kit,
  KitGraph,
  KitSpec,
  LoadedSources,
  NotesOptions,
  RenderOptions,
  NodeOf,
  NodeOfKinds,
  OrphanEvidenceOptions,
  ParsedLocator,
  ParseResult,
  Preset,
  PresetName,
  Relation,
  RelationRule,
  RelationTypeDefinition,
  RuleConfig,
  RuleOptionsMap,
  RulesConfig,
  Severity,
  SourceOptions,
  SourcesResult,
  UnansweredObjectionOptions,
  QuotationWithoutCitationOptions,
  UnattributedQuotationOptions,
  UncitedStatisticOptions,
  UnsupportedClaimOptions,
  UnsupportedRecommendationOptions,
  UnsupportedSuperlativeOptions,
  VagueAttributionOptions
} from '../src/index.js'
import {
  cslDateSchema,
  cslNameSchema,
  defaultKit,
  defineKit,
  exportGraph,
  format,
  graphFormats,
  lint,
  loadSources,
  parse,
  parseBibtex,
  parseLocator,
  recommended,
  remarkArgmarkNotes,
  render,
  renderParsed,
  renderTree,
  strict
} from '../src/index.js'

describe('kit types', () => {
  const attributes = {confidence: z.number().min(0).max(1)} satisfies AttributeShape
  const relation: RelationRule = {to: ['claim'], required: true}
  const hypothesis = {description: 'A claim to be tested.', attributes, relations: {tests: relation}} satisfies KindDefinition
  const tests: RelationTypeDefinition = {description: 'The source puts the target to the test.'}
  const spec = {kinds: {hypothesis, claim: {}}, relationTypes: {tests}} satisfies KitSpec
  const kit = defineKit(spec)

  test('a kit infers its nodes and graph', () => {
    const typed: Kit<typeof spec.kinds> = kit
    expect(typed.kindNames).toEqual(['hypothesis', 'claim'])
    type Hypothesis = NodeOf<'hypothesis', typeof hypothesis>
    expectTypeOf<Hypothesis['confidence']>().toEqualTypeOf<number>()
    expectTypeOf<Hypothesis['tests']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<NodeOfKinds<typeof spec.kinds>>().toEqualTypeOf<Hypothesis | NodeOf<'claim', {}>>()
    expectTypeOf<Hypothesis>().toExtend<BaseNode<'hypothesis'>>()
    const {graph} = parse(':hypothesis[Aid follows need]{#h confidence=0.4 tests=c}\n\n:claim[c]{#c}', {kit})
    expectTypeOf(graph).toEqualTypeOf<KitGraph<typeof kit>>()
    expect(graph.nodes[0]).toMatchObject({kind: 'hypothesis', confidence: 0.4, tests: ['c']})
  })

  test('kind info describes what a kind accepts', () => {
    const info: KindInfo | undefined = kit.kind('hypothesis')
    expect([...info!.attributes.keys()].sort()).toEqual(['class', 'confidence', 'tests'])
    expect(info!.relations.get('tests')).toEqual({to: ['claim'], required: true})
  })

  test('a node of an unknown kit is an AnyNode; relations and meta are plain data', () => {
    const someKit: AnyKit = defaultKit
    const {graph} = parse('---\ntitle: T\n---\n\n:claim[a]{#a supports=b}\n\n:claim[b]{#b}', {kit: someKit})
    const node: AnyNode = graph.nodes[0]!
    expect(node.id).toBe('a')
    const relation: Relation = graph.relations[0]!
    expect(relation).toMatchObject({from: 'a', to: 'b', type: 'supports'})
    const meta: GraphMeta = graph.meta
    expectTypeOf(meta.title).toEqualTypeOf<string | undefined>()
    expect(meta.title).toBe('T')
  })
})

describe('verb types', () => {
  test('parse takes an Input and gives a ParseResult', () => {
    const input: Input = new VFile({path: 'draft.md', value: ':claim[x]{#x}'})
    const result: ParseResult<typeof defaultKit> = parse(input)
    expect(result.file.path).toBe('draft.md')
  })

  test('format takes FormatOptions', () => {
    const options: FormatOptions = {stringify: {bullet: '+'}}
    expect(format('- a\n', options)).toBe('+ a\n')
  })

  test('exportGraph writes each of graphFormats', () => {
    const formatName: GraphFormat = 'json'
    const exporter: GraphExporter = graphFormats[formatName]
    const {graph} = parse(':claim[x]{#x}')
    expect(JSON.parse(exportGraph(graph, formatName))).toEqual(JSON.parse(JSON.stringify(graph)))
    expect(exporter(graph)).toBe(exportGraph(graph))
    expect(exportGraph(graph).endsWith('}\n')).toBe(true)
  })
})

describe('source and citation types', () => {
  test('CSL names and dates have schemas', () => {
    const name: CslName = cslNameSchema.parse({family: 'Risse', given: 'Thomas'})
    const date: CslDate = cslDateSchema.parse({'date-parts': [[2000]]})
    expect([name, date]).toEqual([{family: 'Risse', given: 'Thomas'}, {'date-parts': [[2000]]}])
    expect(cslNameSchema.safeParse({given: 3}).success).toBe(false)
    expect(cslDateSchema.safeParse({'date-parts': [[2000, 1, 2, 3]]}).success).toBe(false)
  })

  test('loading sources', async () => {
    const options: SourceOptions = {bibliography: 'a.bib'}
    const result: SourcesResult = parseBibtex('@book{a, title = {A}, year = {2000}}')
    const loaded: LoadedSources = await loadSources(options, async () => '@book{a, title = {A}, year = {2000}}')
    expect(loaded.items).toEqual(result.items)
  })

  test('locators and modes', () => {
    const locator: ParsedLocator = parseLocator(', pp. 33-35 and passim')
    expect(locator).toEqual({label: 'page', locator: '33-35', suffix: 'and passim'})
    const mode: CitationMode = parse('@doe99 says').graph.citations[0]!.mode
    expect(mode).toBe('in-text')
  })
})

describe('lint types', () => {
  test('settings type-check against each rule', () => {
    const severity: Severity = 'warn'
    const config: RuleConfig<UncitedStatisticOptions> = [severity, {scope: 'sentence'}]
    const rules: RulesConfig = {
      'uncited-statistic': config,
      'unattributed-quotation': ['error', {scope: 'paragraph'} satisfies UnattributedQuotationOptions],
      'quotation-without-citation': ['error', {minimumWords: 6, ignore: ['never again']} satisfies QuotationWithoutCitationOptions],
      'vague-attribution': ['warn', {} satisfies VagueAttributionOptions],
      'unsupported-superlative': ['off', {} satisfies UnsupportedSuperlativeOptions],
      'unsupported-claim': ['warn', {} satisfies UnsupportedClaimOptions],
      'orphan-evidence': ['warn', {} satisfies OrphanEvidenceOptions],
      'empty-factor-group': ['warn', {} satisfies EmptyFactorGroupOptions],
      'unanswered-objection': ['off', {} satisfies UnansweredObjectionOptions],
      'unsupported-recommendation': ['warn', {} satisfies UnsupportedRecommendationOptions],
      'unused-source': 'off'
    }
    expectTypeOf<RuleOptionsMap['uncited-statistic']>().toEqualTypeOf<UncitedStatisticOptions>()
    const preset: PresetName = 'strict'
    const options: ArgmarkLintOptions = {preset, rules}
    expect(lint('In 2002, 40% of them left.', options).map((message) => message.ruleId)).toEqual(['uncited-statistic'])
  })

  test('presets are data', () => {
    const presets: Preset[] = [recommended, strict]
    expect(Object.keys(strict.rules).length).toBeGreaterThan(Object.keys(recommended.rules).length)
    expect(presets).toHaveLength(2)
  })
})

describe('render types', () => {
  const sources = [{id: 'doe99', type: 'book', title: 'A book', author: [{family: 'Doe', given: 'Jane'}]}]
  const draft = ':claim[Aid follows need]{#aid} [@doe99, p. 3].'

  test('render, renderParsed and renderTree agree', () => {
    const options: RenderOptions = {to: 'markdown', sources}
    const rendered = render(draft, options)
    expect(rendered).toBe('Aid follows need.[^1]\n\n[^1]: Jane Doe, *A Book*, 3.\n')
    expect(renderParsed(parse(draft, {sources}), options)).toBe(rendered)
    const tree = renderTree(parse(draft, {sources}), options)
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'footnoteDefinition'])
  })

  test('remarkArgmarkNotes takes NotesOptions', () => {
    const notes: NotesOptions = {sources, bibliography: false}
    expectTypeOf<Parameters<typeof remarkArgmarkNotes>[0]>().toEqualTypeOf<NotesOptions | undefined>()
    expect(notes.sources).toHaveLength(1)
  })
})

// A position type from unist is what every place is.
expectTypeOf<ParseResult['graph']['citations'][number]['position']>().toEqualTypeOf<Position>()
