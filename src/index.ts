export {check} from './check/check.js'
export {argmarkCheck} from './check/plugin.js'
export type {Input, ParseResult} from './extract/parse.js'
export {parse} from './extract/parse.js'
export type {ArgmarkOptions} from './extract/plugin.js'
export {remarkArgmark} from './extract/plugin.js'
export {defaultKit, evidenceTypes} from './kit/default-kit.js'
export type {AnyKit, KindInfo, Kit, KitGraph, KitNode, KitSpec} from './kit/define-kit.js'
export {defineKit} from './kit/define-kit.js'
export type {ArgumentGraph, GraphCitation, GraphCitationItem, GraphMeta, Relation} from './kit/graph.js'
export type {AnyNode, AttributeShape, BaseNode, KindDefinition, NodeOf, NodeOfKinds} from './kit/kind.js'
export {defaultRelationTypes} from './kit/relation.js'
export type {RelationRule, RelationTypeDefinition} from './kit/relation.js'
export type {FormatOptions} from './syntax/format.js'
export {format} from './syntax/format.js'
export {remarkArgmarkSyntax} from './syntax/plugin.js'
export type {
  CslDate,
  CslItem,
  CslName,
  LoadedSources,
  SourceLoader,
  SourceOptions,
  SourcesResult
} from './sources/index.js'
export {
  cslDateSchema,
  cslItemSchema,
  cslNameSchema,
  loadSources,
  parseBibtex,
  parseCslJson,
  parseCslYaml,
  sourceParsers
} from './sources/index.js'
export type {Citation, CitationItem, CitationMode, ParsedLocator} from './syntax/citation/index.js'
export {
  citationFromMarkdown,
  citationSyntax,
  citationToMarkdown,
  labelForTerm,
  locatorTerms,
  parseLocator,
  remarkCitation,
  termForLabel
} from './syntax/citation/index.js'
export type {GraphExporter, GraphFormat} from './export/export-graph.js'
export {exportGraph, graphFormats} from './export/export-graph.js'
export type {
  ArgmarkLintOptions,
  PresetName,
  RuleConfig,
  RuleOptionsMap,
  RulesConfig,
  Severity
} from './lint/config.js'
export type {LintOptions} from './lint/lint.js'
export {lint} from './lint/lint.js'
export {argmarkLint} from './lint/plugin.js'
export type {Preset} from './lint/presets.js'
export {recommended, strict} from './lint/presets.js'
export type {EmptyFactorGroupOptions} from './lint/rules/empty-factor-group.js'
export type {OrphanEvidenceOptions} from './lint/rules/orphan-evidence.js'
export type {QuotationWithoutCitationOptions} from './lint/rules/quotation-without-citation.js'
export type {UnansweredObjectionOptions} from './lint/rules/unanswered-objection.js'
export type {UnsupportedClaimOptions} from './lint/rules/unsupported-claim.js'
export type {UnsupportedRecommendationOptions} from './lint/rules/unsupported-recommendation.js'
export type {UnattributedQuotationOptions} from './lint/rules/unattributed-quotation.js'
export type {UncitedStatisticOptions} from './lint/rules/uncited-statistic.js'
export type {UnsupportedSuperlativeOptions} from './lint/rules/unsupported-superlative.js'
export type {VagueAttributionOptions} from './lint/rules/vague-attribution.js'
export type {NotesOptions} from './render/plugin.js'
export {remarkArgmarkNotes} from './render/plugin.js'
export type {RenderOptions} from './render/render.js'
export {render, renderParsed, renderTree} from './render/render.js'
