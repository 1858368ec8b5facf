import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {check, format, parse} from '../src/index.js'
import {parseBibtex} from '../src/sources/index.js'

const seedUrl = new URL('../seeds/civil-society-migration-policy.md', import.meta.url)
const seed = readFileSync(seedUrl, 'utf8')
const bibliography = readFileSync(new URL('../seeds/sources.bib', import.meta.url), 'utf8')

describe('the seed argument', () => {
  const {graph} = parse(seed)
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const kinds = (kind: string) => graph.nodes.filter((node) => node.kind === kind)

  test('checks clean against its bibliography', () => {
    const sources = parseBibtex(bibliography)
    expect(sources.messages.map(String)).toEqual([])
    expect(check(seed, {sources: sources.items}).map(String)).toEqual([])
  })

  test('checked without its bibliography, says the keys went unchecked', () => {
    expect(check(seed).map((message) => message.ruleId)).toEqual(['missing-bibliography'])
  })

  test('every citation of a statistic or quotation backs its node', () => {
    const backed = new Set(graph.citations.map((citation) => citation.node))
    const evidence = kinds('evidence') as Array<{id: string; type: string}>
    const needing = evidence.filter((node) => node.type === 'statistic' || node.type === 'quotation')
    expect(needing.length).toBeGreaterThan(40)
    expect(needing.filter((node) => !backed.has(node.id)).map((node) => node.id)).toEqual([])
    expect(graph.citations).toHaveLength(89)
  })

  test('has at least 60 nodes, of every kind, and one thesis', () => {
    expect(graph.nodes.length).toBeGreaterThanOrEqual(60)
    for (const kind of ['claim', 'factor', 'evidence', 'objection', 'recommendation']) {
      expect(kinds(kind).length, kind).toBeGreaterThan(0)
    }
    expect(kinds('claim').filter((node) => (node as {thesis?: boolean}).thesis === true)).toHaveLength(1)
    expect(kinds('recommendation')).toHaveLength(5)
  })

  test('explains the dearth claim by issue-area and policy-network factors', () => {
    const factors = graph.relations
      .filter((relation) => relation.type === 'explains' && relation.to === 'dearth')
      .map((relation) => byId.get(relation.from) as {kind: string; group?: string; id: string})
    expect(factors.every((factor) => factor.kind === 'factor')).toBe(true)
    const inGroup = (group: string) => factors.filter((factor) => factor.group === group).map((factor) => factor.id)
    expect(inGroup('issue-area')).toEqual(['sensitivities', 'broad-scope', 'funding'])
    expect(inGroup('policy-network')).toEqual([
      'definition-under-way',
      'regional-mechanisms',
      'ngos-operational',
      'state-relations'
    ])
    expect(factors).toHaveLength(7)
  })

  test('carries statistics and quotations as evidence, and the critics objection answered', () => {
    const evidence = kinds('evidence') as Array<{type: string}>
    expect(evidence.filter((node) => node.type === 'statistic').length).toBeGreaterThan(0)
    expect(evidence.filter((node) => node.type === 'quotation').length).toBeGreaterThan(0)
    const objection = kinds('objection')[0]!
    expect(graph.relations.some((relation) => relation.type === 'attacks' && relation.to === objection.id)).toBe(true)
  })

  test('every recommendation is supported by a claim', () => {
    for (const recommendation of kinds('recommendation')) {
      const supporters = graph.relations.filter(
        (relation) => relation.type === 'supports' && relation.to === recommendation.id
      )
      expect(supporters.some((relation) => byId.get(relation.from)?.kind === 'claim'), recommendation.id).toBe(true)
    }
  })

  test('cites only keys of sources.bib, and cites every one of them', () => {
    // Read independently of argmark's parsers: a plain scan of both files.
    const bibKeys = new Set([...bibliography.matchAll(/^@\w+\{([^,\s]+),/gm)].map((match) => match[1]!))
    const cited = new Set([...seed.matchAll(/(?<![\w.])-?@([A-Za-z0-9_][\w:.#$%&+?<>~/-]*[A-Za-z0-9_])/g)].map((match) => match[1]!))
    expect(new Set(graph.citations.flatMap((citation) => citation.items.map((item) => item.key)))).toEqual(cited)
    expect(bibKeys.size).toBeGreaterThan(20)
    expect([...cited].filter((key) => !bibKeys.has(key))).toEqual([])
    expect([...bibKeys].filter((key) => !cited.has(key))).toEqual([])
  })

  test('is canonical: format gives it back unchanged, citations unescaped', () => {
    expect(format(seed)).toBe(seed)
    expect(seed).toContain('[@unpd2002, p. 1]')
  })

  test('format is idempotent on it', () => {
    const once = format(seed)
    expect(format(once)).toBe(once)
    expect(parse(once).graph.nodes.map((node) => [node.id, node.kind, node.text])).toEqual(
      graph.nodes.map((node) => [node.id, node.kind, node.text])
    )
  })
})
