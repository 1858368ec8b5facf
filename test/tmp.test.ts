import {readFileSync, readdirSync} from 'node:fs'
import {test} from 'vitest'
import {render, loadSources} from '../src/index.js'
const dir = 'test/fixtures/cases/citations/'
test('x', async () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(dir + name, 'utf8')
    const bib = /bibliography: (\S+)/.exec(text)?.[1]
    const sources = bib ? (await loadSources({bibliography: bib}, async (p) => readFileSync(dir + p, 'utf8'))).items : undefined
    console.log('=== ' + name + '\n' + render(text, {sources, bibliography: true}))
  }
})
