import {describe, expect, test} from 'vitest'
import {loadSources} from '../../src/index.js'
import {cslItemSchema, parseBibtex, parseCslJson, parseCslYaml, sourceParsers} from '../../src/sources/index.js'

describe('sources from the public entry', () => {
  test('each format parses to the same CSL item', async () => {
    const fromBibtex = parseBibtex('@book{florini2000, editor = {Florini, Ann M.}, title = {The Third Force}, year = {2000}}')
    const fromJson = parseCslJson(JSON.stringify(fromBibtex.items))
    const fromYaml = parseCslYaml('references:\n  - ' + JSON.stringify(fromBibtex.items[0]))
    expect(fromBibtex.messages).toEqual([])
    expect(fromBibtex.items[0]).toMatchObject({id: 'florini2000', type: 'book', editor: [{family: 'Florini', given: 'Ann M.'}]})
    expect(fromJson.items).toEqual(fromBibtex.items)
    expect(fromYaml.items).toEqual(fromBibtex.items)
    expect(cslItemSchema.safeParse(fromBibtex.items[0]).success).toBe(true)
    expect(Object.keys(sourceParsers).sort()).toEqual(['bib', 'bibtex', 'json', 'yaml', 'yml'])
    const loaded = await loadSources({bibliography: 'a.json'}, async () => JSON.stringify(fromBibtex.items))
    expect(loaded.items.map((item) => item.id)).toEqual(['florini2000'])
  })
})
