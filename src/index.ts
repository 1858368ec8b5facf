// The verbs and their types.
export type {Input, ParseResult} from './extract/parse.js'
export type {ParseOptions} from './verbs/parse.js'
export {parse} from './verbs/parse.js'
export type {CheckOptions} from './verbs/check.js'
export {check} from './verbs/check.js'
export type {LintOptions} from './verbs/lint.js'
export {lint} from './verbs/lint.js'
export type {RenderOptions} from './verbs/render.js'
export {render, renderParsed} from './verbs/render.js'
export type {FormatOptions} from './verbs/format.js'
export {format} from './verbs/format.js'
export type {Session, SessionEdit, SessionOptions, SessionStats} from './verbs/session.js'
export {createSession} from './verbs/session.js'
export type {KitOptions, SourcesOptions} from './verbs/options.js'
export type {GraphExporter, GraphFormat, GraphOutput} from './export/export-graph.js'
export {exportGraph, graphFormats} from './export/export-graph.js'
export type {ExportOptions, MapDirection} from './export/options.js'
export type {ImportResult} from './export/import-result.js'
export {importAif} from './export/import-aif.js'
export type {ArgdownImportOptions} from './export/import-argdown.js'
export {importArgdown} from './export/import-argdown.js'
export type {AifDocument, AifEdge, AifNode, AifScheme} from './export/aif.js'
export {aifSchemes} from './export/aif.js'

// Kits: kinds, relations, rules.
export {defaultKit, evidenceTypes} from './kit/default-kit.js'
export type {AnyKit, KindInfo, Kit, KitGraph, KitNode, KitRelationType, KitSpec} from './kit/define-kit.js'
export {defineKit} from './kit/define-kit.js'
export type {AnyNode, AttributeShape, BaseNode, KindDefinition, KindMapStyle, MapShape, NodeOf, NodeOfKinds} from './kit/kind.js'
export {defaultRelationTypes} from './kit/relation.js'
export type {RelationRule, RelationTypeDefinition} from './kit/relation.js'
export type {KitRule, KitRuleEntry, LintRulePlugin, RuleFamily, RuleLevel, RulePresets} from './kit/rule.js'
export type {GraphRuleContext, GraphRulePlace, GraphRuleReport, GraphRuleSpec} from './lint/graph-rule.js'
export {defineGraphRule} from './lint/graph-rule.js'

// The graph's shape.
export type {ArgumentGraph, GraphMeta, Relation} from './kit/graph.js'
export type {CitationMode, GraphCitation, GraphCitationItem} from './kit/citation.js'
export type {CslDate, CslItem, CslName} from './kit/csl.js'

// Sources.
export type {LoadedSources, SourceLoader, SourceOptions} from './sources/load.js'
export {loadSources} from './sources/load.js'
export type {ResolvedSources, SourcesStatus} from './sources/resolve.js'
export {resolveSources} from './sources/resolve.js'

// Rule settings and presets.
export type {PresetName, RuleOptionsMap, RuleConfig, RuleSettings, RulesConfig, Severity} from './lint/config.js'
export type {Preset} from './lint/presets.js'
export {core, recommended, strict} from './lint/presets.js'
export type {EmptyFactorGroupOptions} from './lint/rules/empty-factor-group.js'
export type {OrphanEvidenceOptions} from './lint/rules/orphan-evidence.js'
export type {UnansweredObjectionOptions} from './lint/rules/unanswered-objection.js'
export type {UnsupportedClaimOptions} from './lint/rules/unsupported-claim.js'
export type {UnsupportedRecommendationOptions} from './lint/rules/unsupported-recommendation.js'
export type {UnattributedQuotationOptions} from './lint/rules/unattributed-quotation.js'
export type {UncitedStatisticOptions} from './lint/rules/uncited-statistic.js'
export type {UnsupportedSuperlativeOptions} from './lint/rules/unsupported-superlative.js'
export type {VagueAttributionOptions} from './lint/rules/vague-attribution.js'

// The unified plugins behind the verbs, for pipelines of your own.
export type {ArgmarkOptions} from './extract/plugin.js'
export {remarkArgmark} from './extract/plugin.js'
export {remarkArgmarkSyntax} from './syntax/plugin.js'
export type {ArgmarkSourcesOptions} from './sources/plugin.js'
export {argmarkSources} from './sources/plugin.js'
export type {ArgmarkLintOptions} from './lint/plugin.js'
export {argmarkLint} from './lint/plugin.js'
export type {RemarkNotesOptions} from './render/plugin.js'
export {remarkArgmarkNotes} from './render/plugin.js'
export type {NotesOptions, RenderFormat, Renderer} from './render/render.js'
export {renderers, renderTree} from './render/render.js'

// Lower-level pieces (bibliography readers, citation syntax), kept here until they move to subpaths.
export type {SourcesResult} from './sources/csl.js'
export {parseBibtex, parseCslJson, parseCslYaml, sourceParsers} from './sources/index.js'
export {cslDateSchema, cslItemSchema, cslNameSchema} from './kit/csl.js'
export type {Citation, CitationItem, ParsedLocator} from './syntax/citation/index.js'
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
