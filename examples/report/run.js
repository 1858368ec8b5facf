// An author's writing pipeline: every annotated draft in a folder becomes a
// footnoted HTML page and an SVG map of its argument, in a report folder with
// an index. Run: node examples/report/run.js [drafts folder] [report folder]
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import process from 'node:process'
import {check, exportGraph, loadSources, parse, render} from 'argmark'

const drafts = process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), 'drafts')
const out = process.argv[3] ?? 'out/report'
await mkdir(out, {recursive: true})

const entries = []
for (const name of (await readdir(drafts)).filter((name) => name.endsWith('.md')).sort()) {
  const path = join(drafts, name)
  const text = await readFile(path, 'utf8')
  const {graph} = parse(text)
  // The bibliography the front matter names, read relative to the draft.
  const {items} = await loadSources(graph.meta, (file) => readFile(join(drafts, file), 'utf8'))
  const errors = check(text, {sources: items}).filter((message) => message.fatal)
  const stem = basename(name, '.md')
  await writeFile(join(out, stem + '.html'), render(text, {to: 'html', sources: items, bibliography: true}))
  await writeFile(join(out, stem + '.svg'), await exportGraph(parse(text, {sources: items}).graph, 'svg', {maxLength: 140}))
  entries.push({stem, title: graph.meta.title ?? stem, nodes: graph.nodes.length, errors: errors.length})
  console.log(`${name}: ${graph.nodes.length} nodes, ${errors.length} errors → ${stem}.html, ${stem}.svg`)
}

const list = entries.map((entry) => `<li><a href="${entry.stem}.html">${escape(entry.title)}</a> (<a href="${entry.stem}.svg">map</a>, ${entry.nodes} nodes)</li>`)
await writeFile(join(out, 'index.html'), `<!doctype html>\n<meta charset="utf-8">\n<title>Report</title>\n<ul>\n${list.join('\n')}\n</ul>\n`)
console.log(`${out}/index.html: ${entries.length} drafts`)

function escape(text) {
  return String(text).replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
}
