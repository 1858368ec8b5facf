import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const page = readFileSync(path.join(root, 'docs/extending.md'), 'utf8')

describe('docs/extending.md', () => {
  test('the code it quotes from the example kits is in them', () => {
    const science = readFileSync(path.join(root, 'examples/science-kit/kit.mjs'), 'utf8')
    const factCheck = readFileSync(path.join(root, 'examples/fact-check-kit/kit.mjs'), 'utf8')
    const squash = (text: string) => text.replace(/\s+/g, ' ')
    for (const line of ["id: 'factcheck:rated-claim-cites'", "presets: {core: 'error'}", "if (node.kind !== 'claim' || node.rating === undefined || index.cited.has(node.id)) continue"]) {
      expect(squash(factCheck)).toContain(squash(line))
      expect(squash(page)).toContain(squash(line))
    }
    for (const line of ["tests: {to: ['hypothesis'], required: true}", "attributes: {sample: z.number().int().positive().optional()}"]) {
      expect(science).toContain(line)
      expect(page).toContain(line)
    }
  })

  test('`npx argmark lint draft.md` in the science kit prints what the page shows', () => {
    const shown = /npx argmark lint draft\.md\n```\n\n```text\n([\s\S]*?)```/.exec(page)?.[1]
    expect(shown).toBeDefined()
    const result = spawnSync(process.execPath, [path.join(root, 'dist/cli/argmark.js'), 'lint', 'draft.md'], {
      cwd: path.join(root, 'examples/science-kit'),
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(result.stderr).toBe(shown)
    expect(result.status).toBe(1)
  })
})
