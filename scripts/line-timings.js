// Times every verb on a document that is one single-line paragraph (issue 15:
// the 10 MB single line of the hostile corpus), for the numbers in
// docs/security.md. Run after `npm run build`:
//   node --max-old-space-size=12000 scripts/line-timings.js <kind> <megabytes> [verbs]
// Kinds: words (`wordN prose text here. `), cites (a sentence with a
// `[@kN, p. 3]` citation every ~50 bytes, 500 keys, rendered with a CSL-JSON
// bibliography of 500 books), nospace (`wordwordN` without a space). Verbs
// (comma-separated): parse, check, lint, render (Markdown), format; all by
// default. Times are CPU time of this process (user + system: steadier than
// wall time on a shared machine) and wall time.
import {check, format, lint, parse, render} from '../dist/index.js'

const [kind = 'words', megabytes = '1', verbList = 'parse,check,lint,render,format'] = process.argv.slice(2)
const size = Number(megabytes) * 1_000_000
const make = (unit) => {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = unit(index)
    parts.push(part)
    length += part.length
  }
  return parts.join('') + '\n'
}
const units = {
  words: (index) => 'word' + (index % 97) + ' prose text here. ',
  cites: (index) => 'Sentence number ' + (index % 1000) + ' says something here [@k' + (index % 500) + ', p. 3]. ',
  nospace: (index) => 'wordword' + (index % 97)
}
if (!units[kind]) throw new Error('Unknown kind: ' + kind)
const document = make(units[kind])
const sources =
  kind === 'cites'
    ? Array.from({length: 500}, (_, index) => ({
        id: 'k' + index,
        type: 'book',
        title: 'Title ' + index,
        author: [{family: 'Doe' + index, given: 'J'}],
        issued: {'date-parts': [[2000 + (index % 20)]]}
      }))
    : undefined
const verbs = {
  parse: () => parse(document).file.messages,
  check: () => check(document),
  lint: () => lint(document),
  render: () => render(document, {to: 'markdown', sources}),
  format: () => format(document)
}
console.log(kind, (document.length / 1e6).toFixed(2) + ' MB')
for (const verb of verbList.split(',')) {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const result = verbs[verb]()
  const used = process.cpuUsage(cpu)
  const summary = typeof result === 'string' ? result.length + ' chars' : [...new Set(result.map((message) => message.ruleId))].join(' ') || 'no messages'
  console.log('  ' + verb.padEnd(7), 'cpu', ((used.user + used.system) / 1e6).toFixed(2) + ' s', 'wall', ((performance.now() - wall) / 1000).toFixed(2) + ' s', '|', summary)
}
