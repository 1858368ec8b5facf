import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {check, parse} from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const draft = /## An annotated draft\n\n```markdown\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''

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
    expect(shown).toContain('"position":{"start":{"line":13,"column":9,"offset":279},"end":{"line":13,"column":120,"offset":390}}')
    expect(graph.nodes.map((node) => node.kind)).toEqual(['claim', 'factor', 'evidence', 'objection'])
    const messages = check(draft).map(String)
    expect(messages).toHaveLength(1)
    expect(readme).toContain("['" + messages[0] + "']")
    expect(readme).toContain(messages[0]!.replace(/^(\S+): /, '$1 error ') + ' unknown-reference argmark')
  })
})
