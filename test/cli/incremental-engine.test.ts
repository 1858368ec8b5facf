import {readFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Processor} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {engineNames} from '../../src/cli/config.js'
import {argmarkEngineProcessor} from '../../src/cli/engine.js'
import {argmarkEngine} from '../../src/cli/language-server.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seedPath = path.join(root, 'seeds/civil-society-migration-policy.md')
const seed = readFileSync(seedPath, 'utf8')

// Run a processor over one open document the way unified-language-server does.
function check(processor: Processor, text: string): Promise<VFile> {
  const file = new VFile({cwd: root, path: pathToFileURL(seedPath), value: text, data: {lspDocumentUri: pathToFileURL(seedPath).href}})
  return new Promise((resolve, reject) => {
    engine(
      {
        ...engineNames,
        extensions: [...engineNames.extensions],
        processor,
        cwd: root,
        files: [file],
        quiet: false,
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      (error) => (error ? reject(error) : resolve(file))
    )
  })
}

function seen(messages: readonly VFileMessage[]) {
  return messages
    .map((message) => [message.name, message.ruleId, message.reason, message.fatal].join(' '))
    .sort()
}

describe('the language server’s processor', () => {
  test('re-reads only the blocks an edit touched, and gives what a whole lint gives', async () => {
    const whole = argmarkEngineProcessor() as unknown as Processor
    const opened = await check(argmarkEngine as unknown as Processor, seed)
    expect(opened.data.argmarkSession?.whole).toBe(false)
    expect(seen(opened.messages)).toEqual(seen((await check(whole, seed)).messages))

    const edited = seed.replace('For a long time states', 'For a long time, as 45 per cent agree, states')
    expect(edited).not.toBe(seed)
    const changed = await check(argmarkEngine as unknown as Processor, edited)
    expect(changed.data.argmarkSession).toMatchObject({whole: false})
    expect(changed.data.argmarkSession!.parsed).toBeLessThanOrEqual(2)
    expect(changed.data.argmarkSession!.segments).toBeGreaterThan(100)
    const expected = seen((await check(whole, edited)).messages)
    expect(seen(changed.messages)).toEqual(expected)
    expect(expected.some((message) => message.includes('uncited-statistic'))).toBe(true)
  })
})
