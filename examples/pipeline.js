// An author's pipeline: read a draft, check its argument, report, and write the
// canonical Markdown, with argmark's plugins inside an ordinary unified chain.
// Run: node examples/pipeline.js seeds/civil-society-migration-policy.md
import {readFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import process from 'node:process'
import {loadSources, parse, remarkArgmark} from 'argmark'
import {argmarkLint} from 'argmark/lint'
import {argmarkSources} from 'argmark/sources'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const path = process.argv[2] ?? 'seeds/civil-society-migration-policy.md'
const file = new VFile({path, value: await readFile(path, 'utf8')})

// The bibliography the front matter names, read relative to the draft as pandoc does.
const {meta} = parse(String(file.value)).graph
const {items, files} = await loadSources({bibliography: meta.bibliography}, (name) => readFile(join(dirname(path), name), 'utf8'), file)

// Check (the `core` preset) with those sources, then write the document back.

const processor = unified()
  .use(remarkParse)
  .use(remarkArgmark)
  .use(argmarkSources, {sources: items})
  .use(argmarkLint, {preset: 'core'})
  .use(remarkStringify, {bullet: '-'})

const result = await processor.process(file)
const graph = file.data.argmarkGraph
const evidence = graph.nodes.filter((node) => node.kind === 'evidence')
console.log(`${path}: ${graph.nodes.length} nodes, ${evidence.length} of them evidence, ${graph.citations.length} citations of ${graph.sources.length} sources`)
console.log(reporter([file, ...files]))
console.log(String(result).split('\n').slice(0, 3).join('\n'))
