import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, test} from 'vitest'
import {check, format} from '../../src/index.js'
import {sortMessages} from '../../src/check/check.js'
import {loadSources} from '../../src/sources/index.js'
import type {LintOptions} from '../../src/lint/lint.js'
import {lint} from '../../src/lint/lint.js'
import {recommended} from '../../src/lint/presets.js'
import {lintRules} from '../../src/lint/registry.js'

const folder = new URL('../../docs/rules/', import.meta.url)
const pages = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md')
const emitted = new Set<string>()

// Every rule id the source reports, found in the source itself.
const sources = readdirSync(new URL('../../src/', import.meta.url), {recursive: true, encoding: 'utf8'})
for (const path of sources.filter((name) => name.endsWith('.ts'))) {
  const source = readFileSync(new URL('../../src/' + path, import.meta.url), 'utf8')
  for (const match of source.matchAll(/ruleId: '([a-z-]+)'/g)) emitted.add(match[1]!)
}

// A bibliography example is loaded as `sources.bib`; its messages land on it.
async function loadBibliography(text: string): Promise<VFile[]> {
  return (await loadSources({bibliography: 'sources.bib'}, async () => text)).files
}

// A lint rule's page shows `lint` with the first preset the rule is in, or
// with the options of the section's `json` block (for settings problems).
function lintOptions(rule: string, json: string | undefined): LintOptions | undefined {
  if (json !== undefined) return JSON.parse(json) as LintOptions
  if (!lintRules.has(rule)) return undefined
  return {preset: Object.hasOwn(recommended.rules, rule) ? 'recommended' : 'strict'}
}

// Run a page's example the way the page says it was run.
async function run(rule: string, document: string, lang: string, options?: LintOptions): Promise<string> {
  if (lang === 'bibtex') return reporter(await loadBibliography(document), {color: false})
  const file = new VFile({path: 'example.md', value: document})
  if (options) {
    file.messages = lint(file, options)
  } else if (rule === 'format-skipped') {
    format(file)
    file.messages = sortMessages(file.messages)
  } else {
    file.messages = check(file)
  }
  return reporter([file], {color: false})
}

function block(page: string, heading: string, lang: string): string | undefined {
  const section = page.split(/^## /m).find((part) => part.startsWith(heading))
  const match = section?.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))
  return match?.[1]
}

describe('rule documentation', () => {
  test('every rule argmark emits has a page, listed in the index, and every page a rule', () => {
    const index = readFileSync(new URL('README.md', folder), 'utf8')
    expect(pages.map((name) => name.slice(0, -3)).sort()).toEqual([...emitted].sort())
    for (const rule of emitted) expect(index).toContain('(' + rule + '.md)')
  })

  test.each(pages.filter((name) => name !== 'internal-error.md'))('%s: the invalid example prints what the page shows', async (name) => {
    const rule = name.slice(0, -3)
    const page = readFileSync(new URL(name, folder), 'utf8')
    const lang = block(page, 'Invalid', 'bibtex') === undefined ? 'markdown' : 'bibtex'
    const invalid = block(page, 'Invalid', lang)
    const shown = block(page, 'Invalid', 'text')
    expect(invalid, 'an Invalid example').toBeDefined()
    expect(shown, 'the output of the Invalid example').toBeDefined()
    const options = lintOptions(rule, block(page, 'Invalid', 'json'))
    expect((await run(rule, invalid!, lang, options)).trim()).toBe(shown!.trim())
  })

  test.each(pages)('%s: the valid example raises no message of the rule', async (name) => {
    const rule = name.slice(0, -3)
    const page = readFileSync(new URL(name, folder), 'utf8')
    const bibliography = block(page, 'Valid', 'bibtex')
    if (bibliography !== undefined) {
      const files = await loadBibliography(bibliography)
      expect(files.flatMap((file) => file.messages)).toEqual([])
      return
    }
    const valid = block(page, 'Valid', 'markdown')
    expect(valid, 'a Valid markdown example').toBeDefined()
    const file = new VFile({path: 'example.md', value: valid!})
    const options = lintOptions(rule, block(page, 'Valid', 'json'))
    const messages = options
      ? lint(file, options)
      : rule === 'format-skipped' ? (format(file), file.messages) : check(file)
    expect(messages.filter((message) => message.ruleId === rule)).toEqual([])
  })
})
