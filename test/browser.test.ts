import {build} from 'esbuild'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))

describe('the core runs in a browser', () => {
  test('dist/index.js bundles for the browser with no Node built-in', async () => {
    expect(existsSync(entry), 'dist/index.js is missing: run `npm run build`').toBe(true)
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true
    })
    expect(result.errors).toEqual([])
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('node_modules/fs'))).toEqual([])
    expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:/)
    // The bundle is the whole public API: lint rules and the CSL engine are in it.
    expect(result.outputFiles[0]?.text).toContain('argmark:vague-attribution')
    expect(result.outputFiles[0]?.text).toContain('makeCitationCluster')
  })
})
