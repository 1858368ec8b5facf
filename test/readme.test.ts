import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {check, parse} from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const draft = /## An annotated draft\n\n```markdown\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
const bin = fileURLToPath(new URL('../dist/cli/argmark.js', import.meta.url))

describe('README', () => {
  test('shows the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start')
    expect(readme).toContain('npm test')
  })

  test('its example draft gives the graph and message it shows', () => {
    expect(draft).toContain(':::claim{#dearth thesis}')
    const {graph} = parse(draft)
    const shown = JSON.stringify(graph.nodes[2])
    expect(readme).toContain("text: 'about 175 million people lived outside their country of birth'")
    expect(shown).toContain('"position":{"start":{"line":19,"column":9,"offset":457},"end":{"line":19,"column":120,"offset":568}}')
    expect(readme).toContain('position: {start: {line: 19, column: 9, offset: 457}, end: {line: 19, column: 120, offset: 568}}')
    expect(graph.nodes.map((node) => node.kind)).toEqual(['claim', 'factor', 'evidence', 'objection'])
    const messages = check(draft).map(String)
    expect(messages).toHaveLength(1)
    expect(readme).toContain("['" + messages[0] + "']")
  })

  test('`npx argmark check draft.md` prints what it shows, and exits 1', () => {
    const shownOutput = /`npx argmark check draft\.md` prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(shownOutput).toBeDefined()
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-readme-'))
    writeFileSync(path.join(folder, 'draft.md'), draft)
    const result = spawnSync(process.execPath, [bin, 'check', 'draft.md'], {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.stdout + result.stderr).toBe(shownOutput)
    expect(result.status).toBe(1)
  })
})
