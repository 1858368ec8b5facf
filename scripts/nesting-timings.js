// Times parse and render on hostile nesting shapes (issue 15), for the
// numbers in docs/security.md. Run after `npm run build`:
//   node scripts/nesting-timings.js <shape> <size> [r]
// Shapes: brackets, list, quote, dir, cites, manycites, lazy, listlazy, em, nestedem, images, clock (`10:30 ` n times in one paragraph), textdir (`a:b `).
import {parse, render} from '../dist/index.js'

const [shape = 'brackets', sizeText = '1000', withRender] = process.argv.slice(2)
const size = Number(sizeText)
const repeat = (count, make) => Array.from({length: count}, (_, index) => make(index)).join('')
const shapes = {
  brackets: (n) => '['.repeat(n) + '@a' + ']'.repeat(n) + '\n',
  list: (n) => repeat(n, (index) => '  '.repeat(index) + '- item ' + index + '\n'),
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
  textdir: (n) => 'At ' + 'a:b '.repeat(n) + 'end.\n'
}
const document = shapes[shape](size)
let start = performance.now()
const {file} = parse(document)
const parsed = performance.now() - start
let rendered = 0
let length = 0
if (withRender === 'r') {
  start = performance.now()
  length = render(document, {to: 'text'}).length
  rendered = performance.now() - start
}
console.log(
  shape, size, 'bytes', document.length, 'parse', parsed.toFixed(0), 'ms', withRender === 'r' ? 'render ' + rendered.toFixed(0) + ' ms, ' + length + ' chars' : '',
  [...new Set(file.messages.map((message) => message.ruleId))].join(' ')
)
