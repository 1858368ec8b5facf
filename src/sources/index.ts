export {parseBibtex} from './bibtex.js'
export {
  cslDateSchema,
  cslItemSchema,
  cslNameSchema,
  parseCslJson,
  parseCslYaml,
  type CslDate,
  type CslItem,
  type CslName,
  type SourcesResult
} from './csl.js'
export {loadSources, sourceParsers, type LoadedSources, type SourceLoader, type SourceOptions} from './load.js'
