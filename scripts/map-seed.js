// Regenerate docs/seed-map.svg, the seed argument's map shown in the README.
// Run: npm run map:seed
import {readFile, writeFile} from 'node:fs/promises'
import {exportGraph, parse} from '../dist/index.js'

const started = performance.now()
const {graph} = parse(await readFile(new URL('../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8'))
const svg = await exportGraph(graph, 'svg', {maxLength: 140, wrap: 36})
await writeFile(new URL('../docs/seed-map.svg', import.meta.url), svg)
console.log(`docs/seed-map.svg: ${graph.nodes.length} nodes, ${graph.relations.length} relations, ${Math.round(svg.length / 1024)} KiB, ${Math.round(performance.now() - started)} ms`)
