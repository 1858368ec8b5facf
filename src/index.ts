// `argmark`: the verbs and their types, kits, and the plugins that parse.
// Lower-level pieces are on subpaths: `argmark/sources`, `argmark/citation`,
// `argmark/render`, `argmark/lint`, `argmark/export` (see docs/api.md).

// The verbs.
export type {Input, ParseResult} from './extract/parse.js'
export type {ParseOptions} from './verbs/parse.js'
export {parse} from './verbs/parse.js'
export type {CheckOptions} from './verbs/check.js'
export {check} from './verbs/check.js'
export type {LintOptions} from './verbs/lint.js'
export {lint} from './verbs/lint.js'
export type {RenderOptions} from './verbs/render.js'
export {render, renderParsed} from './verbs/render.js'
export type {NotesOptions, RenderFormat} from './render/render.js'
export type {FormatOptions} from './verbs/format.js'
export {format} from './verbs/format.js'
export type {Session, SessionEdit, SessionOptions, SessionStats} from './verbs/session.js'
export {createSession} from './verbs/session.js'
export type {KitOptions, SourcesOptions} from './verbs/options.js'
export type {GraphFormat, GraphOutput} from './export/export-graph.js'
export {exportGraph} from './export/export-graph.js'
export type {ExportOptions, MapDirection} from './export/options.js'
export type {ImportResult} from './export/import-result.js'
export type {AifImportOptions} from './export/import-aif.js'
export {importAif} from './export/import-aif.js'
export type {ArgdownImportOptions} from './export/import-argdown.js'
export {importArgdown} from './export/import-argdown.js'

// Sources for the verbs: bibliographies loaded through a reader you give.
export type {LoadedSources, SourceLoader, SourceOptions} from './sources/load.js'
export {loadSources} from './sources/load.js'

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

// Rule settings, as `check`, `lint` and `.argmarkrc` take them.
export type {PresetName, RuleConfig, RuleOptionsMap, RuleSettings, RulesConfig, Severity} from './lint/config.js'

// The unified plugins that parse, for pipelines of your own (the later
// stages' plugins are on `argmark/sources`, `argmark/lint`, `argmark/render`).
export type {ArgmarkOptions} from './extract/plugin.js'
export {remarkArgmark} from './extract/plugin.js'
export {remarkArgmarkSyntax} from './syntax/plugin.js'
