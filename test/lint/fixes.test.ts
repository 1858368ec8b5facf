/**
 * Fixes that fix: every `expected` a message offers, put in place of the
 * words the message points at, makes that message go away. Checked for every
 * rule and reading message of the catalog, over the examples of its docs
 * page and over the citation cases (test/fixtures/cases/citations/). The
 * hint of `unused-source` (a citation in its reason, not an `expected`: its
 * place is the source, not where the citation goes) is checked by citing
 * the source as the hint says.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import type {CslItem, LintOptions} from '../../src/index.js'
import {check, lint, loadSources} from '../../src/index.js'
import {builtinCatalog, readingMessages, ruleModules} from '../../src/lint/catalog.js'

const docs = new URL('../../docs/rules/', import.meta.url)
const cases = new URL('../fixtures/cases/citations/', import.meta.url)
const ids = [...Object.keys(ruleModules), ...Object.keys(readingMessages)]

interface Document {
  readonly name: string
  readonly text: string
  readonly sources?: readonly CslItem[] | undefined
  readonly options?: LintOptions | undefined
}

/** The messages of a document, as its page or case says it is checked. */
function messages(document: Document, text = document.text): VFileMessage[] {
  const file = new VFile({path: 'example.md', value: text})
  return document.options ? lint(file, {...document.options, sources: document.sources}) : check(file, {sources: document.sources})
}

/** The text with `replacement` put where `message` points. */
function applied(text: string, message: VFileMessage, replacement: string): string | undefined {
  const place = location(text)
  const start = message.place && 'start' in message.place ? message.place.start : undefined
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  if (!start || !end) return undefined
  const from = place.toOffset(start)
  const to = place.toOffset(end)
  if (from === undefined || to === undefined) return undefined
  return text.slice(0, from) + replacement + text.slice(to)
}

/** Markdown examples of a rule's page, with the options its page runs them with. */
function pageDocuments(id: string): Document[] {
  const page = readFileSync(new URL(id + '.md', docs), 'utf8')
  const entry = builtinCatalog.entries.get(id)
  const options: LintOptions | undefined =
    entry && entry.presets.core === 'off' ? {preset: entry.presets.recommended === 'off' ? 'strict' : 'recommended'} : undefined
  return [...page.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match, index) => ({name: id + '.md #' + (index + 1), text: match[1] as string, options}))
}

async function caseDocuments(): Promise<Document[]> {
  const names = readdirSync(cases).filter((name) => name.endsWith('.md'))
  return Promise.all(
    names.map(async (name) => {
      const text = readFileSync(new URL(name, cases), 'utf8')
      const bibliography = /^bibliography: (\S+)$/m.exec(text)?.[1]
      const sources = bibliography
        ? (await loadSources({bibliography}, async (path) => readFileSync(new URL(path, cases), 'utf8'))).items
        : undefined
      return {name, text, sources, options: {preset: 'strict'} as LintOptions}
    })
  )
}

const documents = [...ids.flatMap((id) => pageDocuments(id)), ...(await caseDocuments())]

describe('every expected fixes its message', () => {
  const offered = new Set<string>()

  test.each(documents.map((document) => [document.name, document] as const))('%s', (_, document) => {
    for (const message of messages(document)) {
      if (!message.expected || message.expected.length === 0 || !message.ruleId) continue
      offered.add(message.ruleId)
      const count = messages(document).filter((other) => other.ruleId === message.ruleId).length
      for (const replacement of message.expected) {
        const fixed = applied(document.text, message, replacement)
        expect(fixed, message.ruleId + ': `' + replacement + '` needs a place with a start and an end').toBeDefined()
        const after = messages(document, fixed).filter((other) => other.ruleId === message.ruleId)
        expect(after.length, message.ruleId + ' after `' + replacement + '` in ' + document.name + ':\n' + fixed).toBe(count - 1)
        expect(after.map(String)).not.toContain(String(message))
      }
    }
  })

  test('the rules that offer fixes were all tried', () => {
    expect([...offered].sort()).toEqual(['unknown-attribute', 'unknown-citation-key', 'unknown-directive', 'unknown-reference'])
  })
})

describe('the unused-source hint cites the source', () => {
  test.each(documents.map((document) => [document.name, document] as const))('%s', (_, document) => {
    for (const message of messages(document)) {
      if (message.ruleId !== 'unused-source') continue
      const citation = /expected a citation such as `(\[@[^`]+\])`/.exec(message.reason)?.[1]
      expect(citation, message.reason).toBeDefined()
      const cited = document.text + '\n\nCited ' + citation + '.\n'
      const after = messages(document, cited).filter((other) => other.ruleId === 'unused-source')
      expect(after.map((other) => other.reason)).not.toContain(message.reason)
    }
  })

  test('a key that is not a simple key is cited braced (case 08)', async () => {
    const document = (await caseDocuments()).find((item) => item.name.startsWith('08-'))!
    const reasons = messages(document).filter((message) => message.ruleId === 'unused-source').map((message) => message.reason)
    expect(reasons).toEqual([
      'Unexpected source `duquette_share--income_2019` that is never cited, expected a citation such as `[@{duquette_share--income_2019}]` or the source removed'
    ])
  })
})
