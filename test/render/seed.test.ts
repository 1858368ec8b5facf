import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {parseBibtex} from '../../src/sources/index.js'

const read = (name: string) => readFileSync(fileURLToPath(new URL('../../seeds/' + name, import.meta.url)), 'utf8')
const sources = parseBibtex(read('sources.bib')).items

describe('the seed paper', () => {
  const file = new VFile({path: 'civil-society-migration-policy.md', value: read('civil-society-migration-policy.md')})
  const markdown = render(file, {sources})
  const notes = markdown.split('\n').filter((line) => /^\[\^\d+\]: /.test(line))

  test('renders with no unknown keys and no other problem', () => {
    expect(file.messages.filter((message) => message.ruleId === 'unknown-citation-key')).toEqual([])
    expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
    expect(markdown).not.toMatch(/\(@[^)]*\?\)/)
  })

  test('its notes read like the paper’s: full note, short note, Ibid.', () => {
    expect(notes.length).toBeGreaterThan(90)
    expect(notes[0]).toBe(
      '[^1]: United Nations, Department of Economic and Social Affairs, Population Division, *International Migration Report 2002*, ST/ESA/SER.A/220 (New York: United Nations, 2002), 1.'
    )
    expect(notes[5]).toBe(
      '[^6]: United Nations, Department of Economic and Social Affairs, Population Division, *International Migration Report 2002*, 1.'
    )
    expect(notes[6]).toBe('[^7]: Ibid.')
    expect(notes.filter((note) => /^\[\^\d+\]: Ibid\./.test(note)).length).toBeGreaterThan(10)
    // The author's own footnotes keep their words and take their place in the sequence.
    expect(notes[1]).toMatch(/^\[\^2\]: Human mobility, migration and international migration are used here as synonyms\./)
  })

  test('annotations are gone from the prose', () => {
    const body = markdown.slice(0, markdown.indexOf('[^1]:'))
    expect(body).not.toMatch(/:::|\{#|\[@/)
  })

  test('renders to HTML', () => {
    const html = render(read('civil-society-migration-policy.md'), {sources, to: 'html'})
    expect(html).toContain('<section data-footnotes class="footnotes">')
    expect(html).toContain('<li id="user-content-fn-7">\n<p>Ibid.')
  })
})
