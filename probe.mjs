import {ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin} from '@argdown/core'
const app = new ArgdownApplication()
app.addPlugin(new ParserPlugin(), 'parse-input')
app.addPlugin(new DataPlugin(), 'build-model')
app.addPlugin(new ModelPlugin(), 'build-model')
const input = `[dearth]: Civil society did little. {kind: claim, thesis: true}
  + [stock]
  - <crit>

# issue-area

[funding]: Donors fund services. {kind: factor}
  +> [dearth]

[stock]: about 175 "million" [x] #hash; people {kind: evidence, type: statistic}

<crit>: Regional processes coordinate restriction.
  -> [funding]
  <- [stock]
`
const r = app.run({input, process: ['parse-input', 'build-model']})
console.log(r.parserErrors, r.exceptions)
for (const [k, s] of Object.entries(r.statements)) console.log(k, JSON.stringify({title: s.title, text: s.getCanonicalText?.() ?? s.members?.at(-1)?.text, data: s.data, section: s.section?.title, rels: s.relations.map(x=>[x.from.title, x.type, x.to.title])}))
for (const [k, s] of Object.entries(r.arguments)) console.log('ARG', k, s.getCanonicalMember?.()?.text, s.section?.title, s.data)
console.log(r.relations.map(x=>[x.from.title, x.from.type, x.relationType, x.to.title]))
console.log(r.sections.map(s=>[s.title, s.level, s.id]))
