import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createSession, lint, render} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('misplaced-control-comment', () => {
  const onOneLine = 'Civil society has done little.\n\n<!-- argmark-ignore raw-html-dropped --><div>Arrivals by region</div>\n'

  test('a control comment with HTML after it on its line is not read, and says so once, at the block', () => {
    expect(messagesFor('misplaced-control-comment', onOneLine).map(seen)).toEqual([
      {
        ruleId: 'misplaced-control-comment',
        line: 3,
        column: 1,
        reason:
          'Unexpected HTML after the control comment `<!-- argmark-ignore raw-html-dropped -->` on its line, expected the comment alone on its line: it is not read, and controls nothing'
      }
    ])
    // Not read, as remark-lint reads its own comments (mdast-comment-marker wants the whole node): the warning it meant to silence shows.
    const file = new VFile({value: onOneLine})
    render(file, {to: 'html'})
    expect(file.messages.map((message) => message.ruleId).sort()).toEqual(['misplaced-control-comment', 'raw-html-dropped'])
  })

  test('a disable so placed turns nothing off', () => {
    const document = '<!-- argmark-disable --><br>\n\nStudies show that 45% of migrants send money home.\n'
    const ids = lint(document, {preset: 'recommended'}).map((message) => message.ruleId)
    expect(ids).toContain('misplaced-control-comment')
    expect(ids.filter((id) => id !== 'misplaced-control-comment').length).toBeGreaterThan(0)
  })

  test('an editor session reports it as parse does', async () => {
    const session = createSession({})
    const messages = await session.update(onOneLine)
    expect(messages.filter((message) => message.ruleId === 'misplaced-control-comment').map((message) => [message.line, message.column])).toEqual([[3, 1]])
  })

  test('guard: a control comment alone on its line, other comments followed by HTML, and inline comments raise none', () => {
    expect(allMessages('Text.\n\n<!-- argmark-ignore raw-html-dropped -->\n<div>x</div>\n')).toEqual([])
    expect(allMessages('Text.\n\n<!-- a note --><div>x</div>\n')).toEqual([])
    expect(allMessages('Text <!-- argmark-ignore uncited-statistic --><b>bold</b> here.\n')).toEqual([])
    expect(allMessages('Text.\n\n<!-- argmark-disable -->   \n')).toEqual([])
  })

  test('settings and control comments act on it as on every reading message', () => {
    expect(lint(onOneLine, {rules: {'misplaced-control-comment': 'off'}}).map((message) => message.ruleId)).not.toContain('misplaced-control-comment')
    expect(lint('<!-- argmark-disable misplaced-control-comment -->\n\n' + onOneLine).map((message) => message.ruleId)).not.toContain('misplaced-control-comment')
  })
})
