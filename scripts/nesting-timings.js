// Times parse, lint and render on hostile shapes (issue 15), for the numbers
// in docs/security.md. Run after `npm run build`:
//   node scripts/nesting-timings.js <shape> <size> [r|l|rl]
// `r` adds render (text), `l` adds lint (strict preset). Times are CPU time
// of this process (process.cpuUsage: user + system), steadier than wall time
// on a shared machine.
// Shapes: brackets, list, tablist (tab-indented), quote, dir, cites (one
// cluster), manycites (one paragraph of separate citations), lazy, listlazy,
// em, nestedem, images, clock (`10:30 ` n times in one paragraph), textdir
// (`a:b `), line (a single line of n words), closers (a word then n `]`),
// bracketwords (`[a]` n times in one paragraph).
import {lint, parse, render} from '../dist/index.js'

const [shape = 'brackets', sizeText = '1000', verbs = ''] = process.argv.slice(2)
const size = Number(sizeText)
const repeat = (count, make) => Array.from({length: count}, (_, index) => make(index)).join('')
const shapes = {
  brackets: (n) => '['.repeat(n) + '@a' + ']'.repeat(n) + '\n',
  list: (n) => repeat(n, (index) => '  '.repeat(index) + '- item ' + index + '\n'),
  tablist: (n) => repeat(n, (index) => '\t'.repeat(index) + '- tab' + index + '\n'),
  quote: (n) => '> '.repeat(n) + 'x\n' + 'lazy\n'.repeat(n),
  dir: (n) => ':::claim\n'.repeat(n) + 'x\n',
  cites: (n) => 'Text [' + repeat(n, (index) => (index ? '; ' : '') + '@k' + index) + '].\n',
  manycites: (n) => repeat(n, (index) => 'Sentence ' + index + ' [@k' + index + ', p. 3]. ') + '\n',
  lazy: (n) => '> x\n' + 'lazy words\n'.repeat(n),
  listlazy: (n) => '- x\n' + 'lazy words\n'.repeat(n),
  em: (n) => '*_'.repeat(n) + 'x' + '_*'.repeat(n) + '\n',
  nestedem: (n) => repeat(n, (index) => (index % 2 ? '_' : '*') + 'w' + index + ' ') + 'core' + repeat(n, (index) => ' e' + (n - 1 - index) + ((n - 1 - index) % 2 ? '_' : '*')) + '\n',
  images: (n) => '![a '.repeat(n) + 'x' + '](y)'.repeat(n) + ' tail\n',
  clock: (n) => 'At ' + '10:30 '.repeat(n) + 'end.\n',
  textdir: (n) => 'At ' + 'a:b '.repeat(n) + 'end.\n',
  line: (n) => repeat(n, (index) => 'word' + (index % 97) + ' prose text here. ') + '\n',
  closers: (n) => 'Closed' + ']'.repeat(n) + ' words.\n',
  bracketwords: (n) => 'See ' + '[a]'.repeat(n) + ' words.\n'
}
const document = shapes[shape](size)
const cpu = (run) => {
  const start = process.cpuUsage()
  const result = run()
  const used = process.cpuUsage(start)
  return [result, (used.user + used.system) / 1000]
}
const [{file}, parsed] = cpu(() => parse(document))
const parts = [shape, size, 'bytes', document.length, 'parse', parsed.toFixed(0), 'ms']
if (verbs.includes('l')) {
  const [messages, linted] = cpu(() => lint(document, {preset: 'strict'}))
  parts.push('lint', linted.toFixed(0), 'ms (' + messages.length + ' messages)')
}
if (verbs.includes('r')) {
  const [output, rendered] = cpu(() => render(document, {to: 'text'}))
  parts.push('render', rendered.toFixed(0), 'ms (' + output.length + ' chars)')
}
console.log(...parts, '|', [...new Set(file.messages.map((message) => message.ruleId))].join(' '))
