import {tmpdir} from 'node:os'
import {describe, expect, test} from 'vitest'
import {loadReporter} from '../../src/cli/reporters.js'

describe('--report with a reporter that is not installed', () => {
  test('names the package to install once, with a name given with or without the `vfile-reporter-` prefix', async () => {
    await expect(loadReporter('nope', tmpdir())).rejects.toThrow(/or an installed `vfile-reporter-nope`$/)
    await expect(loadReporter('vfile-reporter-nope', tmpdir())).rejects.toThrow(/or an installed `vfile-reporter-nope`$/)
  })
})
