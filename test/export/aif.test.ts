import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import type {AifDocument} from '../../src/export/index.js'
import {check, defaultKit, exportGraph, importAif, parse} from '../../src/index.js'
import {toAifDocument} from '../../src/export/aif.js'
import {normalizeNodeText} from '../../src/export/draft.js'
import {graphArbitrary} from './arbitraries.js'
import {runs} from '../fuzz.js'

const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')
const dialogue = readFileSync(new URL('../fixtures/aif/dialogue.json', import.meta.url), 'utf8')
const defaultKinds = ['claim', 'factor', 'evidence', 'objection', 'recommendation']
const defaultTypes = ['supports', 'attacks', 'explains', 'qualifies']

/** Every breach of AIF's structural rules: no I→I edge, every S-node with a predecessor and a successor. */
function aifProblems(document: AifDocument): string[] {
  const types = new Map(document.nodes.map((node) => [node.nodeID, node.type]))
  const problems: string[] = []
  const into = new Set<string>()
  const out = new Set<string>()
  for (const edge of document.edges) {
    if (!types.has(edge.fromID) || !types.has(edge.toID)) problems.push('edge ' + edge.edgeID + ' to an unknown node')
    if (types.get(edge.fromID) === 'I' && types.get(edge.toID) === 'I') problems.push('I→I edge ' + edge.edgeID)
    out.add(edge.fromID)
    into.add(edge.toID)
  }
  for (const node of document.nodes) {
    if (node.type === 'I') continue
    if (!into.has(node.nodeID)) problems.push(node.type + ' ' + node.nodeID + ' without a predecessor')
    if (!out.has(node.nodeID)) problems.push(node.type + ' ' + node.nodeID + ' without a successor')
  }
  const ids = document.nodes.map((node) => node.nodeID)
  if (new Set(ids).size !== ids.length) problems.push('duplicate node ids')
  return problems
}

/** An AIF graph up to its ids: I-node texts in order, and each S-node as `type scheme premise→conclusion` (I-node indexes), sorted. */
function canonical(document: AifDocument): {texts: string[]; arguments: string[]} {
  const index = new Map(document.nodes.filter((node) => node.type === 'I').map((node, position) => [node.nodeID, position]))
  const from = new Map(document.edges.map((edge) => [edge.toID, edge.fromID]))
  const to = new Map(document.edges.map((edge) => [edge.fromID, edge.toID]))
  return {
    texts: document.nodes.filter((node) => node.type === 'I').map((node) => normalizeNodeText(node.text)),
    arguments: document.nodes
      .filter((node) => node.type !== 'I')
      .map((node) => node.type + ' ' + node.scheme + ' ' + String(index.get(from.get(node.nodeID)!)) + '→' + String(index.get(to.get(node.nodeID)!)))
      .sort()
  }
}

describe('AIF export', () => {
  test('the seed: an I-node per node, an S-node per relation, the structural rules hold', () => {
    const {graph} = parse(seed)
    const document = JSON.parse(exportGraph(graph, 'aif')) as AifDocument
    expect(aifProblems(document)).toEqual([])
    expect(document.nodes.filter((node) => node.type === 'I')).toHaveLength(graph.nodes.length)
    const counts: Record<string, number> = {}
    for (const node of document.nodes) if (node.type !== 'I') counts[node.type + ' ' + node.scheme] = (counts[node.type + ' ' + node.scheme] ?? 0) + 1
    expect(counts).toEqual({'RA Default Inference': 130, 'MA Default Rephrase': 14, 'RA Cause To Effect': 7, 'CA Default Conflict': 2})
    expect(document.schemefulfillments).toHaveLength(153)
    const thesis = document.nodes.find((node) => node.nodeID === String(graph.nodes.findIndex((node) => node.id === 'thesis') + 1))!
    expect(thesis.text).toBe(graph.nodes.find((node) => node.id === 'thesis')!.text)
  })

  test('generated graphs with hostile texts: the structural rules hold, and importing the AIF gives back the same graph', () => {
    let checked = 0
    fc.assert(
      fc.property(graphArbitrary({kinds: defaultKinds, relationTypes: defaultTypes}), (generated) => {
        // Kinds come back through argmark's extension: only relations the kit allows from the
        // source's kind (others are not part of a graph argmark reads).
        const kindOf = (id: string) => generated.nodes[Number(id.slice(1))]!.kind
        const allowed = (relation: {from: string; to: string; type: string}) => defaultKit.kind(kindOf(relation.from))!.relations.get(relation.type)?.to.includes(kindOf(relation.to)) === true
        const graph = {...generated, relations: generated.relations.filter(allowed)}
        const document = toAifDocument(graph)
        expect(aifProblems(document)).toEqual([])
        const {markdown, file} = importAif(JSON.stringify(document))
        expect(file.messages).toEqual([])
        const imported = parse(markdown).graph
        // Every relation is one the default kit allows.
        expect(check(markdown).filter((message) => message.ruleId === 'invalid-relation')).toEqual([])
        expect(canonical(toAifDocument(imported))).toEqual(canonical(document))
        checked++
      }),
      runs(200)
    )
    expect(checked).toBe(runs(200).numRuns)
  })
})

describe('AIF import', () => {
  test('an AIFdb map with dialogue becomes a draft of claims and relations', () => {
    const {markdown, file} = importAif(new VFile({path: 'dialogue.json', value: dialogue}))
    expect(markdown).toBe(
      [
        ':::claim{#regional-talks-only-coordinate attacks=states-prefer-regional-consultative}',
        'Regional talks only coordinate restriction',
        ':::',
        '',
        ':::claim{#states-prefer-regional-consultative supports=civil-society-has-done}',
        'States prefer regional consultative processes',
        ':::',
        '',
        ':::claim{#civil-society-has-done}',
        'Civil society has done little to shape migration policy',
        ':::',
        '',
        ':::claim{#donors-fund-services-not explains=civil-society-has-done}',
        'Donors fund services, not advocacy',
        ':::',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      // The S-node `510` (line 12 of the fixture, from its `{` to after its `}`); the first of the dialogue nodes (`501`, line 3).
      'dialogue.json:12:5-12:148: Unexpected edge from S-node `510` to S-node `506` (a CA on a RA), expected edges to I-nodes: argmark relations join nodes; left out',
      'dialogue.json:12:5-12:148: Unexpected CA-node `510` without a conclusion, expected an I-node on each side; left out',
      'dialogue.json:3:5-3:131: Unexpected 1 L, 1 YA, 1 TA nodes, expected I, RA, CA or MA nodes: dialogue (L, YA, TA) and preferences (PA) are left out'
    ])
    expect(check(markdown)).toEqual([])
  })

  test('OVA documents (`{AIF: …}`), numeric ids, and what is not AIF', () => {
    const ova = {AIF: {nodes: [{nodeID: 1, text: 'A', type: 'I'}, {nodeID: 2, text: 'B', type: 'I'}, {nodeID: 3, text: 'Default Rephrase', type: 'MA'}], edges: [{fromID: 1, toID: 3}, {fromID: 3, toID: 2}, {fromID: 1, toID: 2}, {fromID: 1, toID: 9}]}}
    const {markdown, file} = importAif(JSON.stringify(ova))
    expect(parse(markdown).graph.relations.map(({from, to, type}) => [from, to, type])).toEqual([['a', 'b', 'qualifies']])
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unexpected edge from I-node `1` to I-node `2`, expected an S-node between them; left out',
      'Unexpected edge {"fromID":1,"toID":9} to or from an unknown node, expected `fromID` and `toID` of nodes; left out'
    ])
    const broken = importAif('{"nodes": 3')
    expect(broken.markdown).toBe('')
    expect(broken.file.messages[0]!.fatal).toBe(true)
    expect(broken.file.messages[0]!.reason).toMatch(/^Unexpected text that is not JSON \(.+\), expected an AIF document$/)
    expect(importAif('[]').file.messages.map((message) => message.reason)).toEqual([
      'Unexpected JSON without `nodes` and `edges` arrays, expected an AIF document (AIFdb or OVA)'
    ])
  })

  test('an id in the extension that is not an id, or is taken, is a warning naming the id given (found tried as a new user would)', () => {
    const nodes = [
      {nodeID: '1', text: 'Risky thing', type: 'I', argmark: {id: 'has space', kind: 'claim'}},
      {nodeID: '2', text: 'Other', type: 'I', argmark: {id: 'x'}},
      {nodeID: '3', text: 'Again', type: 'I', argmark: {id: 'x'}},
      {nodeID: '4', text: 'Kept', type: 'I', argmark: {id: 'kept'}}
    ]
    const {markdown, file} = importAif(JSON.stringify({nodes, edges: []}))
    expect(parse(markdown).graph.nodes.map((node) => node.id)).toEqual(['risky-thing', 'x', 'again', 'kept'])
    expect(file.messages.map((message) => [message.fatal, message.reason])).toEqual([
      [false, 'Unexpected id "has space" in the `argmark` extension of I-node `1`, expected an id (a letter, then letters, digits, `_` or `-`) no other node has; imported as `risky-thing`'],
      [false, 'Unexpected id "x" in the `argmark` extension of I-node `3`, expected an id (a letter, then letters, digits, `_` or `-`) no other node has; imported as `again`']
    ])
  })
})
