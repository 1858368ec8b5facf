import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, test} from 'vitest'
import {check, lint, loadSources, parse} from '../../src/index.js'

// One behaviour everywhere: the same drafts through the API and the built
// command give the same messages, when both have the same sources (the API
// reads no files: a caller gives it what `loadSources` loaded, as the command
// does for a draft that names a bibliography).
const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

const refs = JSON.stringify([{id: 'doe99', type: 'book', title: 'A book'}])
const inline = '---\nreferences:\n- id: doe99\n  type: book\n  title: A book\n---\n\n'
const drafts: Record<string, string> = {
  'cites, no sources at all': 'Aid follows need [@doe99].\n\n:claim[A]{#a} [@doe98, p. 2].\n',
  'inline references, a key they lack': inline + ':claim[Aid follows need]{#aid} [@doe98, p. 3].\n',
  'inline references, every key known': inline + ':claim[Aid follows need]{#aid} [@doe99, p. 3].\n',
  'a bibliography, a key it lacks': '---\nbibliography: refs.json\n---\n\n:claim[Aid follows need]{#aid} [@doe98, p. 3] and [@doe99].\n',
  'a bibliography that cannot be read': '---\nbibliography: gone.bib\n---\n\n:claim[Aid follows need]{#aid} [@doe98, p. 3].\n',
  'relations and prose': ':claim[A]{#a supports=nowher}\n\n:claim[B]{#nowhere}\n\nStudies show that migration doubled.\n',
  'the README draft': /## An annotated draft\n\n```markdown\n([\s\S]*?)```/.exec(readme)![1]!
}

interface Seen {
  ruleId: string | null | undefined
  line: number | null | undefined
  column: number | null | undefined
  fatal: boolean | null | undefined
  reason: string
}

const seen = (message: Pick<VFileMessage, 'reason'> & {ruleId?: string | null | undefined; line?: number | null | undefined; column?: number | null | undefined; fatal?: boolean | null | undefined}): Seen => ({
  ruleId: message.ruleId,
  line: message.line ?? null,
  column: message.column ?? null,
  fatal: message.fatal,
  reason: message.reason
})

let folder: string

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  folder = mkdtempSync(path.join(tmpdir(), 'argmark-same-'))
  writeFileSync(path.join(folder, 'refs.json'), refs)
  for (const [index, text] of Object.values(drafts).entries()) writeFileSync(path.join(folder, 'draft-' + index + '.md'), text)
})

/** The messages of the built command's JSON report for one draft. */
function command(verb: 'check' | 'lint', name: string): Seen[] {
  const result = spawnSync(process.execPath, [bin, verb, '--report', 'json', name], {cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  const report = JSON.parse(result.stderr) as Array<{path: string; messages: Seen[]}>
  return report.filter((file) => file.path === name).flatMap((file) => file.messages.map(seen))
}

/** The messages of the API for one draft, with the sources its front matter names loaded as `loadSources` loads them. */
async function api(verb: 'check' | 'lint', name: string): Promise<Seen[]> {
  const file = new VFile({path: name, value: await readFile(path.join(folder, name), 'utf8')})
  const {meta} = parse(String(file.value)).graph
  const sources = meta.bibliography === undefined ? undefined : await loadSources(meta, (bibliography) => readFile(path.join(folder, bibliography), 'utf8'), file)
  return (verb === 'check' ? check(file, {sources}) : lint(file, {sources})).map(seen)
}

describe.each(Object.keys(drafts).map((label, index) => ({label, name: 'draft-' + index + '.md'})))('$label', ({name}) => {
  test('check: the API and `argmark check` give the same messages', async () => {
    expect(command('check', name)).toEqual(await api('check', name))
  })

  test('lint: the API and `argmark lint` give the same messages', async () => {
    expect(command('lint', name)).toEqual(await api('lint', name))
  })
})

describe('what a missing bibliography means, from both', () => {
  test('citing with no sources at all: one missing-bibliography warning, no key called unknown', async () => {
    const messages = await api('check', 'draft-0.md')
    expect(messages.map((message) => message.ruleId)).toEqual(['missing-bibliography'])
    expect(command('check', 'draft-0.md').map((message) => message.ruleId)).toEqual(['missing-bibliography'])
  })

  test('inline references with no bibliography are complete: an unknown key is an error in both', async () => {
    // (and the source it never cites is unused)
    expect((await api('check', 'draft-1.md')).map((message) => message.ruleId)).toEqual(['unused-source', 'unknown-citation-key'])
    expect(command('check', 'draft-1.md').map((message) => message.ruleId)).toEqual(['unused-source', 'unknown-citation-key'])
  })

  test('a bibliography the API was not given is not loaded: keys unchecked, said once', () => {
    expect(check(drafts['a bibliography, a key it lacks']!).map((message) => message.ruleId)).toEqual(['missing-bibliography'])
  })
})
