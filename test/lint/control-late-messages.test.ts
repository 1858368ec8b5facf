import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createSession, render} from '../../src/index.js'

// Control comments act on what rendering and exporting report too (`raw-html-dropped`,
// `citeproc-warning`, `lossy-export`), though those messages come after rendering changed the
// tree: the rule engine keeps the comments with the nodes they act on.

function renderedMessages(document: string) {
  const file = new VFile({value: document})
  render(file, {to: 'text'})
  return file.messages.map((message) => [message.ruleId, message.line])
}

describe('control comments and the messages of render', () => {
  test('`argmark-disable <id>` turns a render message off from the comment on, and `argmark-enable` back on', () => {
    const document = 'Before <b>x</b>.\n\n<!-- argmark-disable raw-html-dropped -->\n\nAfter <i>y</i>.\n\n<!-- argmark-enable raw-html-dropped -->\n\nLast <u>z</u>.\n'
    expect(renderedMessages(document)).toEqual([['raw-html-dropped', 1], ['raw-html-dropped', 9]])
  })

  test('`argmark-ignore <id>` turns it off for the next block only', () => {
    const document = '<!-- argmark-ignore raw-html-dropped -->\n<div>one</div>\n\n<div>two</div>\n'
    expect(renderedMessages(document)).toEqual([['raw-html-dropped', 4]])
  })

  test('a comment without ids turns every message off, render messages too', () => {
    expect(renderedMessages('<!-- argmark-disable -->\n\nText <b>x</b> [@nokey].\n')).toEqual([])
  })

  test('guard: an id nobody knows is reported once, when the rules run, not again for render messages', () => {
    const messages = renderedMessages('<!-- argmark-disable no-such-rule -->\n\nText <b>x</b>.\n')
    expect(messages).toEqual([['known', 1], ['raw-html-dropped', 3]])
  })

  test('guard: without a comment, and with a comment naming another rule, render messages stay', () => {
    expect(renderedMessages('Text <b>x</b>.\n')).toEqual([['raw-html-dropped', 1]])
    expect(renderedMessages('<!-- argmark-disable uncited-statistic -->\n\nText <b>x</b>.\n')).toEqual([['raw-html-dropped', 3]])
  })
})

describe('control comments and the messages of `argmark export`', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const bin = path.join(root, 'dist/cli/argmark.js')
  const exported = (document: string) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-control-'))
    writeFileSync(path.join(folder, 'draft.md'), document)
    const result = spawnSync(process.execPath, [bin, 'export', 'draft.md', '--format', 'argdown'], {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    return result.stderr
  }
  const draft = ':claim[Aid follows need]{#aid}\n\nOthers disagree [@smith2004].\n'

  test('`argmark-disable lossy-export` turns the export message off', () => {
    expect(exported(draft)).toContain('lossy-export')
    expect(exported('<!-- argmark-disable lossy-export -->\n\n' + draft)).not.toContain('lossy-export')
  })
})

describe('after a hostile trial', () => {
  test('a VFile used again for another text is not held to the comments of the first', () => {
    const file = new VFile({value: '<!-- argmark-disable -->\n\n<div>x</div>\n'})
    render(file, {to: 'text'})
    expect(file.messages).toEqual([])
    file.value = '<div>y</div>\n'
    file.messages = []
    render(file, {to: 'text'})
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['raw-html-dropped', 1]])
  })

  test('an editor session reports an id nobody knows once, as lint does, before and after an edit', async () => {
    const session = createSession()
    const ids = (messages: readonly {ruleId?: string | undefined; line?: number | undefined}[]) => messages.map((message) => [message.ruleId, message.line])
    expect(ids(await session.update('<!-- argmark-disable nope -->\n\nText.\n'))).toEqual([['known', 1]])
    expect(ids(await session.update([{start: 35, end: 35, text: ' more'}]))).toEqual([['known', 1]])
    expect(ids(await session.update('> <!-- argmark-ignore nope -->\n> Quote.\n\nText.\n'))).toEqual([['known', 1]])
  })
})
