// `node bench/stages.js [MiB] [runs] [dist folder]`: where `lint` spends its
// CPU time on the annotated draft (default 1 MiB, 3 runs, `dist/`), stage by
// stage and rule by rule, next to bare remark (whole document) and Argdown's
// parse and model of the same argument: CPU milliseconds of this process,
// medians, as JSON. Run `npm run build` first. Each stage runs on what the
// stage before gave, as `lint` runs them (every rule in a processor of its
// own: rules that share a cached reading, such as the prose rules' blocks,
// pay for it in the first that reads it). Not a test: nothing is asserted.
const dist = new URL(process.argv[4] ?? '../dist', import.meta.url).href.replace(/\/$/, '') + '/'
const {shapes, argdownDocument} = await import('./generate.js')
const {parseBlocks} = await import(dist + 'extract/block-parse.js')
const {parseWithinLimits} = await import(dist + 'syntax/nesting-parse.js')
const {extractDocument} = await import(dist + 'extract/plugin.js')
const {toFile} = await import(dist + 'extract/parse.js')
const {resolveKit} = await import(dist + 'kit/default-kit.js')
const {resolveSources} = await import(dist + 'sources/resolve.js')
const {catalogFor} = await import(dist + 'lint/catalog.js')
const {resolveSettings} = await import(dist + 'lint/settings.js')
const {argmarkControl} = await import(dist + 'util/comment-control.js')
const {sortMessages} = await import(dist + 'util/sort-messages.js')
const {lint} = await import(dist + 'index.js')
const {unified} = await import('unified')
const remarkParse = (await import('remark-parse')).default
const remarkGfm = (await import('remark-gfm')).default
const remarkDirective = (await import('remark-directive')).default
const {ArgdownApplication, ModelPlugin, ParserPlugin} = await import('@argdown/core')
const mib = Number(process.argv[2] ?? 1), reps = Number(process.argv[3] ?? 3)
const doc = shapes.annotated(mib * 2 ** 20)
const ad = argdownDocument(Buffer.byteLength(doc))
const argdown = new ArgdownApplication()
argdown.addPlugin(new ParserPlugin(), 'parse-input'); argdown.addPlugin(new ModelPlugin(), 'build-model')
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()
const cpu = (f) => { const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); return [(u.user + u.system) / 1000, r] }
const samples = {}
const add = (k, v) => (samples[k] ??= []).push(v)
for (let i = 0; i < reps; i++) {
  add('remark (bare, whole document)', cpu(() => remark.parse(doc))[0])
  add('argdown', cpu(() => argdown.run({input: ad, process: ['parse-input', 'build-model']}))[0])
  add('lint (the verb)', cpu(() => lint(doc))[0])
  // The stages lint runs, one by one.
  const kit = resolveKit()
  const file = toFile(doc)
  const [tGuard, tree] = cpu(() => parseWithinLimits(file, (v) => parseBlocks(v).tree))
  add('1 parse: parseBlocks within the nesting guard', tGuard)
  const [tExtract, graph] = cpu(() => extractDocument(tree, file, kit))
  add('2 extract (graph)', tExtract)
  add('3 resolveSources', cpu(() => resolveSources({graph, tree, file}))[0])
  const catalog = catalogFor(file.data.argmarkKit)
  const resolved = resolveSettings({}, catalog, 'recommended')
  const configurable = [...catalog.entries.values()].filter((e) => e.configurable).map((e) => e.id)
  for (const [entry, setting] of resolved.rules) {
    const p = unified().use(entry.rule, [setting.severity, setting.options])
    add('4 rule ' + entry.id, cpu(() => p.runSync(tree, file))[0])
  }
  const p = unified().use(() => argmarkControl({known: configurable, sources: catalog.sources}))
  add('5 control comments', cpu(() => p.runSync(tree, file))[0])
  add('6 sort messages', cpu(() => sortMessages(file.messages))[0])
  process.stderr.write('run ' + (i + 1) + ' of ' + reps + '\n')
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const out = {}
for (const [k, v] of Object.entries(samples)) out[k] = Math.round(med(v))
console.log(JSON.stringify({mib, reps, load: (await import('node:os')).loadavg(), medians: out}, null, 1))
