// The public types, used as a TypeScript user would use them. Type assertions
// are checked by `tsc --noEmit` (part of `npm test`) and by vitest's expectTypeOf.
import type {Position} from 'unist'
import {lintRule} from 'unified-lint-rule'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, test} from 'vitest'
import {z} from 'zod'
import {baseNodeSchema} from '../src/kit/kind.js'
import {citationItemSchema, citationSchema} from '../src/kit/citation.js'
import {metaSchema, relationSchema} from '../src/kit/graph.js'
import type {
  ArgmarkOptions,
  GraphRulePlace,
  GraphRuleReport,
  GraphRuleSpec,
  KitOptions,
  KitRule,
  ParseOptions,
  RuleFamily,
  RuleLevel,
  RulePresets,
  RuleSettings,
  SourcesOptions,
  AnyKit,
  ArgumentGraph,
  CslItem,
  GraphCitation,
  GraphCitationItem,
  KitNode,
  KitRelationType,
  AnyNode,
  AttributeShape,
  BaseNode,
  CitationMode,
  CslDate,
  CslName,
  FormatOptions,
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
  RenderFormat,
  RenderOptions,
  NodeOf,
  NodeOfKinds,
  ParseResult,
  PresetName,
  Relation,
  RelationRule,
  RelationTypeDefinition,
  RuleConfig,
  RuleOptionsMap,
  RulesConfig,
  Severity,
  SourceOptions
} from '../src/index.js'
import type {
  ArgmarkSourcesOptions,
  ResolvedSources,
  SourcesStatus,
  SourcesResult
} from '../src/sources/index.js'
import type {
  ArgmarkLintOptions,
  EmptyFactorGroupOptions,
  OrphanEvidenceOptions,
  Preset,
  UnansweredObjectionOptions,
  QuotationWithoutCitationOptions,
  UnattributedQuotationOptions,
  UncitedStatisticOptions,
  UnsupportedClaimOptions,
  UnsupportedRecommendationOptions,
  UnsupportedSuperlativeOptions,
  VagueAttributionOptions
} from '../src/lint/index.js'
import type {GraphExporter} from '../src/export/index.js'
import type {RemarkNotesOptions, Renderer} from '../src/render/index.js'
import type {ParsedLocator} from '../src/syntax/citation/index.js'
import {
  defineGraphRule,
  defaultKit,
  defineKit,
  exportGraph,
  format,
  lint,
  loadSources,
  parse,
  render,
  renderParsed
} from '../src/index.js'
import {
  cslItemSchema,
  cslDateSchema,
  cslNameSchema,
  parseBibtex,
  resolveSources
} from '../src/sources/index.js'
import {graphFormats} from '../src/export/index.js'
import {parseLocator} from '../src/syntax/citation/index.js'
import {recommended, strict} from '../src/lint/index.js'
import {remarkArgmarkNotes, renderers, renderTree} from '../src/render/index.js'

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
    const config: RuleConfig<UncitedStatisticOptions> = [severity, {scope: 'sentence', model: true}]
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
    expect(renderParsed(parse(draft), options)).toBe(rendered)
    const parsed = parse(draft)
    resolveSources(parsed, sources)
    const tree = renderTree(parsed, options)
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'footnoteDefinition'])
    const format: RenderFormat = 'text'
    const writer: Renderer = renderers[format]
    expect(writer(tree, {})).toBe('Aid follows need.[1]\n\n[1] Jane Doe, A Book, 3.\n')
  })

  test('remarkArgmarkNotes takes the notes options and sources', () => {
    const notes: NotesOptions = {bibliography: false}
    const options: RemarkNotesOptions = {...notes, sources}
    expectTypeOf<Parameters<typeof remarkArgmarkNotes>[0]>().toEqualTypeOf<RemarkNotesOptions | undefined>()
    expect(options.sources).toHaveLength(1)
  })
})

describe('types from schemas', () => {
  test('graph, citation and source types are the zod schemas’ inferred types', () => {
    expectTypeOf<GraphCitation>().toEqualTypeOf<z.infer<typeof citationSchema>>()
    expectTypeOf<GraphCitationItem>().toEqualTypeOf<z.infer<typeof citationItemSchema>>()
    expectTypeOf<GraphMeta>().toEqualTypeOf<z.infer<typeof metaSchema>>()
    expectTypeOf<CslItem>().toEqualTypeOf<z.output<typeof cslItemSchema>>()
    expectTypeOf<Relation>().toEqualTypeOf<Omit<z.infer<typeof relationSchema>, 'type'> & {type: string}>()
    expectTypeOf<BaseNode['position']>().toEqualTypeOf<z.infer<typeof baseNodeSchema>['position']>()
    expectTypeOf<ArgumentGraph['sources']>().toEqualTypeOf<CslItem[]>()
  })

  test('required relations are required in the node type, the others optional', () => {
    type Node = KitNode<typeof defaultKit>
    expectTypeOf<Extract<Node, {kind: 'objection'}>['attacks']>().toEqualTypeOf<string[]>()
    expectTypeOf<Extract<Node, {kind: 'factor'}>['explains']>().toEqualTypeOf<string[]>()
    expectTypeOf<Extract<Node, {kind: 'claim'}>['supports']>().toEqualTypeOf<string[] | undefined>()
    const position = {start: {line: 1, column: 1}, end: {line: 1, column: 2}}
    const objection: Extract<Node, {kind: 'objection'}> = {id: 'o', kind: 'objection', text: 'O', position, attacks: ['a']}
    // @ts-expect-error: an objection must attack something.
    const unanchored: Extract<Node, {kind: 'objection'}> = {id: 'o', kind: 'objection', text: 'O', position}
    expect([objection.attacks, unanchored.id]).toEqual([['a'], 'o'])
  })

  test('relation types are the kit’s relation names', () => {
    type DefaultType = KitGraph<typeof defaultKit>['relations'][number]['type']
    expectTypeOf<DefaultType>().toEqualTypeOf<'supports' | 'attacks' | 'explains' | 'qualifies'>()
    expectTypeOf<KitRelationType<typeof defaultKit>>().toEqualTypeOf<DefaultType>()
    const own = defineKit({relationTypes: {infers: {acyclic: true}, rebuts: {}}, kinds: {premise: {relations: {infers: ['premise']}}}})
    expectTypeOf<KitRelationType<typeof own>>().toEqualTypeOf<'infers' | 'rebuts'>()
    const more = own.extend({kinds: {}, relationTypes: {tests: {}}})
    expectTypeOf<KitRelationType<typeof more>>().toEqualTypeOf<'infers' | 'rebuts' | 'tests'>()
    const {graph} = parse(':premise[P]{#p infers=q}\n\n:premise[Q]{#q}', {kit: own})
    const first = graph.relations[0]!
    expect(first.type).toBe('infers')
    // @ts-expect-error: `supports` is not a relation of this kit.
    const wrong: typeof first = {from: 'p', to: 'q', type: 'supports'}
    expect(wrong.type).toBe('supports')
    // The JSON Schema says so too.
    const schema = own.toJSONSchema() as {properties: {relations: {items: {properties: {type: {enum: string[]}}}}}}
    expect(schema.properties.relations.items.properties.type.enum).toEqual(['infers', 'rebuts'])
  })

  test('.default() and .transform() shape what parse returns, and the type says so', () => {
    const kit = defineKit({
      kinds: {
        estimate: {
          attributes: {
            unit: z.string().default('people'),
            value: z.number().transform((count) => Math.round(count)),
            tags: z.array(z.string()).default([])
          }
        }
      }
    })
    type Estimate = KitNode<typeof kit>
    expectTypeOf<Estimate['unit']>().toEqualTypeOf<string>()
    expectTypeOf<Estimate['value']>().toEqualTypeOf<number>()
    const {graph} = parse(':estimate[About 175 million]{#e value=174.6}', {kit})
    expect(graph.nodes[0]).toMatchObject({unit: 'people', value: 175, tags: []})
  })
})

describe('option and rule types', () => {
  test('the verbs’ options compose from the kit, sources and rule settings', () => {
    const kitOptions: KitOptions<typeof defaultKit> = {kit: defaultKit}
    const sourcesOptions: SourcesOptions = {sources: [{id: 'a', type: 'book'}]}
    const settings: RuleSettings = {preset: 'core', rules: {'unused-source': 'off'}}
    const options: ParseOptions<typeof defaultKit> = kitOptions
    expect(parse(':claim[x]{#x}', options).graph.nodes).toHaveLength(1)
    expect(lint('Text [@a].', {...kitOptions, ...sourcesOptions, ...settings})).toEqual([])
    const plugin: ArgmarkOptions = {kit: defaultKit}
    const sourcesPlugin: ArgmarkSourcesOptions = sourcesOptions
    expect([plugin.kit, sourcesPlugin.sources]).toEqual([defaultKit, sourcesOptions.sources])
  })

  test('resolveSources records how complete the sources are', () => {
    const parsed = parse('---\nbibliography: refs.bib\n---\n\n[@a]')
    const resolved: ResolvedSources | undefined = parsed.file.data.argmarkSources
    const status: SourcesStatus | undefined = resolved?.status
    expect(status).toBe('not-loaded')
    resolveSources(parsed, [{id: 'a', type: 'book'}])
    expect(parsed.file.data.argmarkSources?.status).toBe('given')
  })

  test('a kit rule and its presets are typed', () => {
    const level: RuleLevel = 'warn'
    const presets: RulePresets = {recommended: level}
    const family: RuleFamily = 'graph'
    const places: GraphRulePlace[] = []
    const spec: GraphRuleSpec<{readonly strict?: boolean}> = {
      id: 'types:every-claim',
      presets,
      family,
      check(graph, report: GraphRuleReport, options) {
        for (const node of graph.nodes) {
          places.push(node)
          if (options?.strict) report(node, 'Unexpected claim, expected none')
        }
      }
    }
    const rule: KitRule = defineGraphRule(spec)
    const kit = defaultKit.extend({kinds: {}, rules: [rule]})
    expect(lint(':claim[x]{#x} [@k].', {kit, sources: [{id: 'k', type: 'book'}], rules: {'every-claim': ['error', {strict: true}]}}).map((message) => message.ruleId)).toEqual([
      'every-claim'
    ])
    expect(places).toHaveLength(1)
  })

  test('a plain unified-lint-rule is a kit rule, with or without mdast’s Root (docs/extending.md)', () => {
    // `lintRule` without a tree type makes a rule over any unist node.
    const noTodo = lintRule({origin: 'types:no-todo', url: 'https://example.org/no-todo'}, (_tree, file) => {
      if (String(file).includes('TODO')) file.message('Unexpected `TODO`, expected none')
    })
    const kit = defaultKit.extend({kinds: {}, rules: [{rule: noTodo, presets: {strict: 'error'}, family: 'prose'}]})
    expect(lint('TODO: cite.', {kit, preset: 'strict'}).map((message) => message.ruleId)).toContain('no-todo')
  })
})

// A position type from unist is what every place is.
expectTypeOf<ParseResult['graph']['citations'][number]['position']>().toEqualTypeOf<Position>()
