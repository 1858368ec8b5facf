import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lintCommand} from '../../src/cli/lint-command.js'

// A terminal cannot be faked for a child process here, so the command runs in
// process with an `io` that says it writes to one.
describe('argmark lint on a terminal', () => {
  test('shows progress on one line and clears it before the report', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-progress-'))
    mkdirSync(path.join(cwd, 'drafts'))
    for (let index = 0; index < 60; index++) writeFileSync(path.join(cwd, 'drafts', 'd' + index + '.md'), '# Draft ' + index + '\n')
    let stderr = ''
    const code = await lintCommand(['--quiet', 'drafts'], {stdout: () => {}, stderr: (text) => (stderr += text), cwd, isTTY: true})
    expect(code).toBe(0)
    expect(stderr).toContain('\rargmark: linted 25 files…')
    expect(stderr).toContain('\rargmark: linted 50 files…')
    // Cleared at the end: the last carriage return clears the line.
    expect(stderr.slice(stderr.lastIndexOf('\r'))).toBe('\r\u001B[K')
  })

  test('shows no progress when not on a terminal, or with a JSON report', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-progress-'))
    for (let index = 0; index < 30; index++) writeFileSync(path.join(cwd, 'd' + index + '.md'), '# Draft\n')
    let plain = ''
    await lintCommand(['.'], {stdout: () => {}, stderr: (text) => (plain += text), cwd})
    expect(plain).not.toContain('linted')
    let json = ''
    await lintCommand(['--report', 'json', '.'], {stdout: () => {}, stderr: (text) => (json += text), cwd, isTTY: true})
    expect(() => JSON.parse(json)).not.toThrow()
  })
})
