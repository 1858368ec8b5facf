import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

// The examples import `argmark` itself (the package's own name), so they run
// against the build, as a user's program would.
function run(...args: string[]) {
  const result = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

describe('examples', () => {
  test('custom-kind.js adds a typed kind that is parsed and checked', () => {
    expect(run('examples/custom-kind.js').split('\n')).toEqual([
      'donors: Donors prefer funding services to funding advocacy (confidence 0.7)',
      'closed: States keep NGOs out of regional talks (confidence invalid)',
      '8:61 invalid-attribute: Unexpected value `high` for `confidence` on hypothesis, expected a number',
      '$schema type properties required additionalProperties',
      ''
    ])
  })

  test('pipeline.js checks the seed in a unified chain', () => {
    const output = run('examples/pipeline.js', 'seeds/civil-society-migration-policy.md')
    expect(output).toMatch(/^seeds\/civil-society-migration-policy\.md: \d+ nodes, \d+ of them evidence, 89 citations of 54 sources\n/)
    expect(output).toContain('---\ntitle: The Role of Civil Society in Shaping International Migration Policy')
  })

  test('science-kit/run.js reads the kit’s kinds and reports its rule through the API', () => {
    expect(run('examples/science-kit/run.js').split('\n')).toEqual([
      'method cohort (n = 420) tests retention',
      '14:52 untested-hypothesis (error): Unexpected hypothesis `small-firms` that no method tests, expected a method with `tests=small-firms`',
      'tests supports',
      ''
    ])
  })

  test('fact-check-kit/run.js reads ratings and reports the rated claim without a citation', () => {
    expect(run('examples/fact-check-kit/run.js').split('\n')).toEqual([
      'doubled: mostly-true',
      'electric: false',
      'record: unproven',
      '13:35 rated-claim-cites: Unexpected claim `electric` rated `false` without a citation, expected the source of the rating right after it, such as `[@key, p. N]`',
      ''
    ])
  })
})
