import {describe, expect, test} from 'vitest'
import {check, format, lint, parse, render} from '../../src/index.js'
import {guardNesting, nestingLimits} from '../../src/syntax/nesting.js'

function nesting(document: string) {
  return check(document)
    .filter((message) => message.ruleId === 'nesting-too-deep')
    .map((message) => [message.line, message.column, message.fatal, message.reason])
}

describe('nesting-too-deep', () => {
  test('the limits', () => {
    expect(nestingLimits).toEqual({containers: 32, brackets: 32, bracketSpan: 1000, emphasis: 64, emphasisDepth: 100, emphasisSequences: 5000, strikethroughPairs: 500, lazyLines: 100, tree: 200})
  })

  test('nesting within the limits reads as written, with no message', () => {
    const document = '> '.repeat(32) + 'Deep [[[[@a]]]] *_*_x_*_*.\n' + '- a\n  - b\n    - c\n'
    expect(nesting(document)).toEqual([])
    expect(guardNesting(document).value).toBe(document)
  })

  test('block quotes beyond 32 levels: one warning at the first marker beyond, words kept', () => {
    const document = '> '.repeat(40) + 'Deep reply.\n'
    expect(nesting(document)).toEqual([
      [
        1,
        65,
        false,
        'Unexpected block quotes, list items and directive containers nested 33 deep, expected at most 32 (reading costs depth × lines): 8 markers beyond it read as text, kept in the output'
      ]
    ])
    // The markers beyond the limit are text, given back as they were written.
    expect(render(document, {to: 'text'})).toContain('> > > > > > > > Deep reply.')
  })

  test('lists nested by indentation beyond 32 levels', () => {
    let document = ''
    for (let level = 0; level < 40; level++) document += '  '.repeat(level) + '- item' + String(level) + '\n'
    const messages = nesting(document)
    expect(messages.map(([line, column]) => [line, column])).toEqual([[33, 65]])
    const text = render(document, {to: 'text'})
    for (let level = 0; level < 40; level++) expect(text).toContain('item' + String(level))
  })

  test('unclosed directive containers beyond the limit: the fences are text', () => {
    const document = ':::claim\n'.repeat(40) + 'Core.\n'
    const {graph} = parse(document)
    expect(graph.nodes).toHaveLength(32)
    expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[33, 1]])
  })

  test('directive containers beyond the limit: one problem, one message (no malformed-directive for the fences read as text)', () => {
    for (const document of [':::claim\n'.repeat(40) + 'Core.\n', ':::claim\n'.repeat(40) + 'Core.\n' + ':::\n'.repeat(40)]) {
      const messages = lint(document).filter((message) => message.ruleId !== 'unclosed-container' && message.ruleId !== 'unsupported-claim')
      expect(messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
        [
          'nesting-too-deep',
          33,
          1,
          // 8 opening fences beyond the limit, and, when closed, the 8 closing fences that close them: a fence is one marker.
          'Unexpected block quotes, list items and directive containers nested 33 deep, expected at most 32 (reading costs depth × lines): ' +
            (document.endsWith(':::\n') ? '16' : '8') +
            ' markers beyond it read as text, kept in the output'
        ]
      ])
    }
  })

  test('a `:::claim` line that does not parse, next to containers beyond the limit, is still malformed-directive', () => {
    const document = ':::claim\n'.repeat(40) + 'Core.\n' + ':::\n'.repeat(40) + '\n:::claim{#a title="oops}\nText.\n'
    // Line 83: 40 fences, `Core.`, 40 closing fences, a blank line.
    expect(lint(document).filter((message) => message.ruleId === 'malformed-directive').map((message) => [message.line, message.column])).toEqual([[83, 1]])
  })

  describe('fenced code ends as CommonMark ends it, so what follows it is counted', () => {
    const deep = '> '.repeat(40) + 'deep\n'
    // Each left the guard reading the rest of the document as code before (5,000-deep block quotes after the first: 3.3 s a parse, 83 ms now).
    const before: Array<[string, string]> = [
      ['a fence closed inside a block quote', '> ```\n> code\n> ```\n\n'],
      ['a fence in a block quote that ends unclosed', '> ```\n> code\n\n'],
      ['a fence in a list item that a line indented less ends', '- i\n  ```\n  code\nx\n\n'],
      ['a fence in a directive container that its closing fence ends', ':::note\n```\ncode\n:::\n\n'],
      ['backticks indented as code, no fence', 'Para.\n\n    ```\n\n'],
      ['backticks with a backtick after them, no fence', '``` a`b\n\n'],
      ['a closing fence with words after it, no closing fence', '```\ncode\n``` x\n```\n\n']
    ]
    for (const [name, start] of before) {
      test(name, () => {
        const lines = start.split('\n').length
        expect(nesting(start + deep).map(([line, column]) => [line, column])).toEqual([[lines, 65]])
      })
    }

    test('block quotes and directive fences inside fenced code in containers are code, not counted', () => {
      for (const document of [
        '> ```\n> ' + '> '.repeat(40) + 'x\n> ```\n',
        '- i\n\n  ```\n  ' + '> '.repeat(40) + 'x\n  ```\n',
        '> ```\n' + '> :::claim\n'.repeat(40) + '> ```\n'
      ]) {
        expect(nesting(document)).toEqual([])
      }
    })
  })

  test('lazy lines ending in CRLF: each line break is counted once', () => {
    const document = '> Quoted\r\n' + 'lazy words\r\n'.repeat(150)
    expect(nesting(document)).toEqual([
      [
        101,
        11,
        false,
        'Unexpected more than 100 lazy lines in a row in a paragraph of a block quote or list item, expected at most 100 (reading costs lines × lines): the 50 line breaks after them are kept in the text but read as one line'
      ]
    ])
  })

  test('brackets nested beyond 32: the outer ones are text, the citation still reads', () => {
    const document = 'See ' + '['.repeat(1000) + '@doe' + ']'.repeat(1000) + '.\n'
    const {graph, file} = parse(document)
    expect(graph.citations.map((citation) => citation.items.map((item) => item.key))).toEqual([['doe']])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      // The outermost pair spans more than 1,000 characters: the first marker read as text.
      ['nesting-too-deep', 1, 5]
    ])
    const text = render(document, {to: 'text'})
    expect(text.split('[').length - 1).toBeGreaterThanOrEqual(999)
  })

  test('long runs of alternating emphasis markers', () => {
    const document = '*_'.repeat(100) + 'x' + '_*'.repeat(100) + '\n'
    expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[1, 65]])
    expect(render(document, {to: 'text'})).toContain('x')
  })

  test('more than 100 lazy lines in a block quote: read as one line, positions kept', () => {
    const document = '> Quoted\n' + 'lazy words\n'.repeat(150) + '\nAfter :claim[x]{#after}.\n'
    const {graph, file} = parse(document)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['nesting-too-deep', 101, 11]
    ])
    // Lines and columns are the document's, though line endings were masked.
    expect(graph.nodes[0]?.position.start).toMatchObject({line: 153, column: 7})
    const text = render(document, {to: 'text'})
    expect(text.match(/lazy words/g)).toHaveLength(150)
  })

  test('after lazy lines read as one line, the places kept in directives (attributes, openings) are the document’s', () => {
    const document =
      '> Quoted\n' + 'lazy words\n'.repeat(150) + '\nTwo :factor[Funding]{#f explains=t group=issue} and :factor[x]{explains=t group=net}.\n\n:claim[t]{#t}\n'
    const messages = lint(document).filter((message) => message.ruleId === 'empty-factor-group')
    // Line 153 (line 1, 150 lazy lines, a blank line), at each `group` attribute: not 103, as if the 50 joined line breaks were gone.
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [153, 36],
      [153, 75]
    ])
  })

  test('elements nested beyond 200 levels (a fallback behind the reading limits, here with the emphasis limit raised): the text inside is kept as plain text', () => {
    let open = ''
    let close = ''
    for (let level = 0; level < 300; level++) {
      const marker = level % 2 === 0 ? '*' : '_'
      open += marker + 'w' + String(level) + ' '
      close = ' e' + String(level) + marker + close
    }
    const document = open + 'core' + close + '\n'
    // The emphasis depth limit (100) stops this shape before it is read; raise it to reach the tree limit.
    const limits = nestingLimits as {emphasisDepth: number}
    limits.emphasisDepth = 1000
    try {
      const messages = nesting(document)
      expect(messages.map(([line, , fatal, reason]) => [line, fatal, reason])).toEqual([
        [
          1,
          false,
          'Unexpected elements (emphasis, links, …) nested 201 deep, expected at most 200 (writing costs a stack frame per level): the text inside kept as plain text'
        ]
      ])
      const text = render(document, {to: 'text'})
      for (let level = 0; level < 300; level++) {
        expect(text).toContain('w' + String(level) + ' ')
        expect(text).toContain(' e' + String(level))
      }
    } finally {
      limits.emphasisDepth = 100
    }
  })

  test('an unclosed bracket before a long paragraph is read as the text it is, with no message', () => {
    const document = 'Open [ ' + 'word '.repeat(5000) + 'www.example.org end\n'
    const {tree, file} = parse(document)
    expect(file.messages).toEqual([])
    expect(guardNesting(document).value).not.toBe(document)
    // Every character is given back: the paragraph is the document's text.
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    expect(render(document, {to: 'text'})).toContain('Open [ word word')
  })

  test('brackets holding brackets over more than 1,000 characters: the outer pair is text', () => {
    const document = '![a'.repeat(400) + 'x' + '](y)'.repeat(400) + ' tail\n'
    const ids = nesting(document).map(([line, column, , reason]) => [line, column, String(reason).slice(0, 60)])
    expect(ids).toEqual([[1, 2, 'Unexpected brackets holding brackets nested more than 32 dee']])
    expect(render(document, {to: 'text'})).toContain('tail')
  })

  describe('emphasis nested across runs (`*a _b *c …`)', () => {
    // `*w0 _w1 *w2 … core … e2* e1_ e0*`: `depth` levels of emphasis, each opened and closed in its own run.
    const nestedEmphasis = (depth: number): string => {
      let open = ''
      let close = ''
      for (let level = 0; level < depth; level++) {
        const marker = level % 2 === 0 ? '*' : '_'
        open += marker + 'w' + String(level) + ' '
        close = ' e' + String(level) + marker + close
      }
      return open + 'core' + close + '\n'
    }

    test('100 levels read as written, with no message', () => {
      const document = nestedEmphasis(100)
      expect(guardNesting(document).value).toBe(document)
      expect(nesting(document)).toEqual([])
      // 100 nested emphasis nodes: the innermost text is 101 levels below the paragraph.
      let node = parse(document).tree.children[0] as {type: string; children?: unknown[]}
      let levels = 0
      while (node.children?.length) {
        node = node.children.find((child) => Array.isArray((child as {children?: unknown}).children)) as typeof node ?? node.children[0] as typeof node
        if (node.type === 'emphasis') levels++
      }
      expect(levels).toBe(100)
    })

    test('beyond 100 levels: one warning at the first marker beyond, the markers beyond read as text, every word kept', () => {
      const document = nestedEmphasis(150)
      const first = document.indexOf('*w100 ')
      expect(nesting(document)).toEqual([
        [
          1,
          first + 1,
          false,
          // 50 openers and their 50 closers.
          'Unexpected emphasis and strong (open marker characters) nested 101 deep, expected at most 100 (reading costs depth × depth): 100 markers beyond it read as text, kept in the output'
        ]
      ])
      // The openers and closers beyond the limit are text, as written.
      const text = render(document, {to: 'text'})
      expect(text).toContain('*w100 _w101 ')
      expect(text).toContain(' e101_ e100*')
      expect(text).not.toContain('*w99')
      const markdown = render(document, {to: 'markdown'})
      for (let level = 0; level < 150; level++) {
        expect(text).toContain('w' + String(level) + ' ')
        expect(text).toContain(' e' + String(level))
        expect(markdown).toContain('w' + String(level) + ' ')
        expect(markdown).toContain(' e' + String(level))
      }
      // format leaves a document it read within a limit as written (format-skipped).
      expect(format(document)).toBe(document)
    })

    test('a single run of 300 markers on each side: read as text, one warning', () => {
      const document = 'A ' + '*'.repeat(300) + 'x' + '*'.repeat(300) + ' b\n'
      expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[1, 3]])
      expect(render(document, {to: 'text'})).toBe(document)
    })

    test('ordinary emphasis is unaffected, however much of it a paragraph holds', () => {
      const documents = [
        '*a* **bold** ***both*** _u_ __strong__ *a _b_ c*\n',
        // Many runs in one paragraph, each closed.
        '*a* *b* '.repeat(500) + '**c** __d__ '.repeat(500) + '\n',
        // Intraword underscores are no emphasis.
        'snake_case_name '.repeat(500) + 'a_b_c_d_e\n',
        // Intraword asterisks and multiplication.
        '2*3*4 a*b*c 5 * 6 '.repeat(300) + '\n',
        // List bullets and thematic breaks.
        '* item\n'.repeat(300) + '\n***\n\n* * *\n\n___\n' + '\n***\n'.repeat(200),
        // Openers never closed, across 300 paragraphs.
        '*open and never closed\n\n'.repeat(300),
        // Deep nesting in one paragraph, then more in the next: a blank line closes everything.
        (nestedEmphasis(90).replace(/\n$/, '') + ' *x\n\n').repeat(3),
        // Escaped markers are text.
        '\\*a '.repeat(300) + '\n',
        // A banner of asterisks in fenced code (backticks, tildes, an unclosed fence) is code.
        'Intro.\n\n```c\n/' + '*'.repeat(150) + '/\nint x;\n```\n\nEnd.\n',
        '~~~~\n' + '*'.repeat(150) + '\n~~~~\n',
        'Intro.\n\n   ```\n' + '*'.repeat(150) + ' x\n'
      ]
      for (const document of documents) {
        expect(guardNesting(document).value).toBe(document)
        expect(nesting(document)).toEqual([])
      }
    })

    describe('markers CommonMark does not read as emphasis never count', () => {
      // 150 marker characters that would open emphasis in prose (`/` before, a letter after: left-flanking).
      const run = '/' + '*'.repeat(150) + 'x'
      const types = (node: {type: string; children?: unknown[]}, found = new Set<string>()): Set<string> => {
        found.add(node.type)
        for (const child of node.children ?? []) types(child as {type: string; children?: unknown[]}, found)
        return found
      }
      // Each failed before the count moved into micromark's own reading (it scanned the text, skipping top-level fences only).
      const documents: Array<[string, string, string]> = [
        ['an inline code span', 'A `' + run + '` b.\n', 'inlineCode'],
        ['an inline code span of two backticks holding one', 'A `` ` ' + run + ' `` b.\n', 'inlineCode'],
        ['fenced code in a block quote', '> Quoted.\n>\n> ```\n> ' + run + '\n> ```\n', 'code'],
        ['fenced code in a nested list item', '- a\n  - b\n\n    ```\n    ' + run + '\n    ```\n', 'code'],
        ['fenced code in a directive container in a block quote', '> :::note\n> ~~~\n> ' + run + '\n> ~~~\n> :::\n', 'code'],
        ['fenced code in a fenced div in a list item', '1.  Item.\n\n    ::: warning\n    ```\n    ' + run + '\n    ```\n    :::\n', 'code'],
        ['indented code', 'Para.\n\n    ' + run + '\n', 'code'],
        ['indented code in a list item', '- Item.\n\n      ' + run + '\n', 'code'],
        ['an HTML block', '<div>\n' + run + '\n</div>\n', 'html'],
        ['an HTML comment block', '<!-- ' + run + '\n-->\n', 'html'],
        ['an inline HTML comment', 'A <!-- ' + run + ' --> b.\n', 'html'],
        ['an inline HTML attribute', 'A <span title="' + run + '">x</span>.\n', 'html'],
        ['an autolink', 'See <https://example.org/' + run + '> now.\n', 'link'],
        ['a GFM literal URL', 'See https://example.org/' + run + ' now.\n', 'link'],
        ['a link destination', 'See [a](/' + run + ') now.\n', 'link'],
        ['a directive attribute', ':claim[Point]{#p title="' + run + '"}\n', 'textDirective'],
        // pandoc's TeX math (docs/syntax.md, "Math"): what is between the dollars is TeX, not Markdown.
        ['inline math', 'A $' + run + '$ b.\n', 'inlineMath']
      ]
      for (const [name, document, holder] of documents) {
        test(name, () => {
          expect(nesting(document)).toEqual([])
          const found = types(parse(document).tree)
          expect(found.has(holder)).toBe(true)
          expect(found.has('emphasis') || found.has('strong')).toBe(false)
          // Every marker is kept, as written.
          expect(format(document)).toContain('*'.repeat(150))
        })
      }

      test('escaped markers (this passed before too)', () => {
        expect(nesting('A ' + '\\*'.repeat(150) + 'x b.\n')).toEqual([])
      })

      test('emphasis truly nested beyond the limit next to each of them is still reported, at its place', () => {
        const deep = 'Deep ' + '*'.repeat(150) + 'word' + '*'.repeat(150) + ' here.\n'
        for (const [, document] of documents) {
          const lines = document.split('\n').length
          expect(nesting(document + '\n' + deep).map(([line, column]) => [line, column])).toEqual([[lines + 1, 6]])
        }
        // A backtick inside a construct that opens first (an HTML attribute, a link destination) starts no code span:
        // the emphasis after it is read, and counted, though a later backtick could close a span a text scan would guess.
        for (const opener of ['<span title="`">', '[a](/`)', '<https://e.org/`>']) {
          const document = 'A ' + opener + ' ' + '*'.repeat(150) + 'word' + '*'.repeat(150) + ' b ` c.\n'
          expect(nesting(document)).toHaveLength(1)
        }
      })
    })

    test('more than 5,000 emphasis sequences in one paragraph: the rest read as text, one warning, every word kept', () => {
      // 2,500 emphasized words (5,000 sequences) read as emphasis; the 500 after them as text.
      const document = 'Start ' + '*w* '.repeat(3000) + 'end.\n'
      const first = 'Start '.length + 4 * 2500
      expect(nesting(document)).toEqual([
        [
          1,
          first + 1,
          false,
          'Unexpected more than 5000 emphasis marker sequences in one paragraph, expected at most 5000 (reading costs sequences × sequences): 1000 markers after them read as text, kept in the output'
        ]
      ])
      const emphasis = (parse(document).tree.children[0] as {children: Array<{type: string}>}).children.filter((child) => child.type === 'emphasis')
      expect(emphasis).toHaveLength(2500)
      expect(render(document, {to: 'text'})).toContain('*w* *w* end.')
      // Each paragraph has its own count.
      expect(nesting(('*w* '.repeat(2400) + '\n\n').repeat(3))).toEqual([])
    })

    test('more than 500 strikethrough pairs in one paragraph: the rest read as text, one warning, every word kept', () => {
      // 500 struck words read as strikethrough; the 100 pairs after them (400 marker characters) as text.
      const document = 'Start ' + '~~w~~ '.repeat(600) + 'end.\n'
      const first = 'Start '.length + 6 * 500
      expect(nesting(document)).toEqual([
        [
          1,
          first + 1,
          false,
          'Unexpected more than 500 strikethrough pairs (`~~…~~`) in one paragraph, expected at most 500 (reading costs pairs × events): 400 markers after them read as text, kept in the output'
        ]
      ])
      const struck = (parse(document).tree.children[0] as {children: Array<{type: string}>}).children.filter((child) => child.type === 'delete')
      expect(struck).toHaveLength(500)
      expect(render(document, {to: 'html'})).toContain('<del>w</del> ~~w~~ ~~w~~')
      // Lone closers and openers pair with nothing: no limit reached, all text, as GFM reads them.
      expect(nesting('a~~ '.repeat(2000) + '\n\n' + ' ~~a'.repeat(2000) + '\n')).toEqual([])
      // Each paragraph has its own count.
      expect(nesting(('~~w~~ '.repeat(400) + '\n\n').repeat(3))).toEqual([])
    })

    test('openers never closed in one paragraph count towards the limit, and are text either way', () => {
      const document = '*open '.repeat(150) + 'end\n'
      expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[1, 6 * 100 + 1]])
      // Unclosed openers were text before the limit too: the output is the same as written.
      expect(render(document, {to: 'text'})).toBe(document)
    })
  })
})
