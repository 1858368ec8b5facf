import type {CslItem} from '../../kit/csl.js'

/** The identifier variables, in the order pandoc picks the one a title links to. */
export const identifiers = ['DOI', 'PMCID', 'PMID', 'URL']

/**
 * The URL of an item's first identifier (DOI, PMCID, PMID, URL), as pandoc
 * makes it: `https://doi.org/`, PubMed Central's or PubMed's address, or
 * `https://` before the value, unless it holds `://` already.
 */
export function identifierUrl(item: CslItem): string | undefined {
  const bases: Record<string, string> = {
    DOI: 'https://doi.org/',
    PMCID: 'https://www.ncbi.nlm.nih.gov/pmc/articles/',
    PMID: 'https://www.ncbi.nlm.nih.gov/pubmed/',
    URL: 'https://'
  }
  for (const name of identifiers) {
    const raw = (item as Record<string, unknown>)[name]
    const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
    if (value !== '') return value.includes('://') ? value : bases[name] + value
  }
  return undefined
}
