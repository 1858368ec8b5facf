import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'

function rendered(document: string, to: 'html' | 'text' | 'markdown') {
  const file = new VFile({value: document})
  const output = render(file, {to})
  return {output, messages: file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.column, message.reason])}
}

describe('raw-html-dropped', () => {
  const document = 'Some <b>bold words</b> here.\n\n<div>A paragraph in a div.</div>\n\n<script>alert(1)</script>\n\n<!-- argmark-disable uncited-statistic -->\n'

  for (const to of ['html', 'text'] as const) {
    test('an HTML block (with its words), an inline tag and a script are dropped from ' + to + ' output, one warning each', () => {
      const {output, messages} = rendered(document, to)
      expect(output).not.toContain('A paragraph in a div')
      expect(output).not.toContain('alert')
      expect(output).toContain('bold words')
      expect(messages).toEqual([
        ['raw-html-dropped', false, 1, 6, 'Unexpected raw HTML `<b>` in ' + to + ' output, expected Markdown: the tag is dropped, the text around it kept'],
        ['raw-html-dropped', false, 3, 1, 'Unexpected raw HTML `<div>A paragraph in a div.</div>` in ' + to + ' output, expected Markdown: the HTML block is dropped, with the words in it'],
        ['raw-html-dropped', false, 5, 1, 'Unexpected raw HTML `<script>alert(1)</script>` in ' + to + ' output, expected Markdown: the HTML block is dropped, with the words in it']
      ])
    })
  }

  test('Markdown output keeps HTML as written and reports nothing', () => {
    const {output, messages} = rendered(document, 'markdown')
    // (argmark's control comment is not written back: it is not content.)
    expect(output).toBe('Some <b>bold words</b> here.\n\n<div>A paragraph in a div.</div>\n\n<script>alert(1)</script>\n')
    expect(messages).toEqual([])
  })

  test('a long HTML block is named by its first line, cut at 40 characters', () => {
    const {messages} = rendered('<div class="a-very-long-class-name-for-the-block">\nwords\n</div>\n', 'text')
    expect(messages).toEqual([
      ['raw-html-dropped', false, 1, 1, 'Unexpected raw HTML `<div class="a-very-long-class-name-for-t…` in text output, expected Markdown: the HTML block is dropped, with the words in it']
    ])
  })

  test('Markdown without HTML, and comments, raise none', () => {
    expect(rendered('Some **bold words** here.\n\n<!-- a comment -->\n', 'html').messages).toEqual([])
  })

  test('HTML after a comment in the same block is dropped too, and reported, named from where it starts', () => {
    const {output, messages} = rendered('Some words.\n\n<!-- a note --> <!-- another --><div>Arrivals by region</div>\n', 'html')
    expect(output).not.toContain('Arrivals')
    expect(messages).toEqual([
      ['raw-html-dropped', false, 3, 1, 'Unexpected raw HTML `<div>Arrivals by region</div>` in html output, expected Markdown: the HTML block is dropped, with the words in it']
    ])
  })
})

describe('raw-html-dropped takes its severity from the settings, as every reading message does', () => {
  const document = 'Some <b>bold</b> words.\n'
  test('`off` drops it, `error` makes it an error; other messages keep theirs', () => {
    const off = new VFile({value: document + '\n[@missing]\n'})
    render(off, {to: 'html', rules: {'raw-html-dropped': 'off'}})
    expect(off.messages.map((message) => message.ruleId)).toEqual(['missing-bibliography'])
    const error = new VFile({value: document})
    render(error, {to: 'html', rules: {'raw-html-dropped': 'error'}})
    expect(error.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['raw-html-dropped', true]])
  })
})
