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
