// Times `render` of many citations against a 10,000-entry CSL-JSON
// bibliography (issue 15), and writes the same input for pandoc, for the
// numbers in docs/security.md. Run after `npm run build`:
//   node scripts/citeproc-timings.js <spread|cluster> <distinct|repeated> <count> <default|fullnote|authordate> [folder]
// spread: one sentence per citation (`[@kN, p. M]`), one paragraph; cluster:
// one `[@k0; @k1; …]`. distinct: key i for citation i; repeated: 100 keys
// cycled. Styles: argmark's default (a note style), chicago-fullnote-bibliography,
// chicago-author-date (test/fixtures/styles). With a folder, writes doc.md
// and bib.json there; time pandoc on them with
//   pandoc --citeproc --bibliography bib.json --csl <style.csl> -t markdown doc.md -o out.md
// Times are CPU time of this process (user + system) and wall time.
import {readFileSync, writeFileSync} from 'node:fs'
import {render} from '../dist/index.js'

const [layout = 'spread', keys = 'distinct', countText = '1000', styleName = 'default', folder] = process.argv.slice(2)
const count = Number(countText)
const bibliography = Array.from({length: 10_000}, (_, index) => ({
  id: 'k' + index,
  type: 'book',
  title: 'A book title number ' + index,
  author: [{family: 'Author' + (index % 3000), given: 'Jane'}],
  issued: {'date-parts': [[1950 + (index % 70)]]},
  publisher: 'Press ' + (index % 50),
  'publisher-place': 'City'
}))
const key = (index) => 'k' + (keys === 'distinct' ? index : index % 100)
const document =
  layout === 'cluster'
    ? 'Many sources [' + Array.from({length: count}, (_, index) => '@' + key(index)).join('; ') + '].\n'
    : Array.from({length: count}, (_, index) => 'Sentence ' + index + ' says this [@' + key(index) + ', p. ' + ((index % 300) + 1) + '].').join(' ') + '\n'
const styleFiles = {fullnote: 'chicago-fullnote-bibliography.csl', authordate: 'chicago-author-date.csl'}
const style = styleFiles[styleName] ? readFileSync(new URL('../test/fixtures/styles/' + styleFiles[styleName], import.meta.url), 'utf8') : undefined
if (folder) {
  writeFileSync(folder + '/doc.md', document)
  writeFileSync(folder + '/bib.json', JSON.stringify(bibliography))
}
const cpu = process.cpuUsage()
const wall = performance.now()
const output = render(document, {to: 'markdown', sources: bibliography, style, bibliography: true})
const used = process.cpuUsage(cpu)
console.log(layout, keys, count, styleName, 'cpu', ((used.user + used.system) / 1e6).toFixed(2) + ' s', 'wall', ((performance.now() - wall) / 1000).toFixed(2) + ' s', '|', output.length + ' chars')
