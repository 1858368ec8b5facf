import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, test} from 'vitest'
import {check, parse, remarkArgmark} from '../../src/index.js'
import {argmarkLint, core} from '../../src/lint/index.js'
import {parseBibtex} from '../../src/sources/index.js'
import type {LintOptions} from '../../src/index.js'
import {lint} from '../../src/index.js'
import {ruleModules} from '../../src/lint/catalog.js'
import {recommended, strict} from '../../src/lint/presets.js'
import {internalErrors} from '../helpers.js'
import {places} from '../rules/lint-helpers.js'
import {runs} from '../fuzz.js'

// Two problems of two lint rules and one core problem.
const draft = [
  '---\nreferences:\n- id: x\n  type: book\n---',
  ':claim[Little has been done]{#dearth}',
  ':evidence[Few groups]{#few type=example}',
  ':claim[States avoid it]{#avoid supports=dearht} [@x, p. 1].'
].join('\n\n') + '\n'

function ids(options?: LintOptions, document = draft): Array<string | undefined> {
  return lint(document, options).map((message) => message.ruleId)
}

describe('severity and options', () => {
  test('the default is the recommended preset, as warnings; core messages keep their severity', () => {
    const messages = lint(draft)
    expect(messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['unsupported-claim', 7, false],
      ['orphan-evidence', 9, false],
      ['unknown-reference', 11, true]
    ])
  })

  test('off, warn and error in every spelling', () => {
    for (const off of ['off', 0, false] as const) {
      expect(ids({rules: {'unsupported-claim': off}})).toEqual(['orphan-evidence', 'unknown-reference'])
    }
    for (const warn of ['warn', 'on', 1, true] as const) {
      expect(lint(draft, {preset: 'strict', rules: {'unsupported-claim': warn}})[0]?.fatal).toBe(false)
    }
    for (const error of ['error', 2] as const) {
      expect(lint(draft, {rules: {'unsupported-claim': error}})[0]?.fatal).toBe(true)
    }
    expect(lint(draft, {rules: {'unsupported-claim': ['error']}})[0]?.fatal).toBe(true)
  })

  test('[severity, options] passes the options to the rule', () => {
    const document = ':claim[A]{#a} [@x, p. 1].\n'
    const sources = [{id: 'x', type: 'book'}]
    const ids = (options: LintOptions, text: string) => lint(text, {...options, sources}).map((message) => message.ruleId)
    expect(ids({}, document)).toEqual([])
    expect(ids({rules: {'unsupported-claim': ['warn', {citations: false}]}}, document)).toEqual(['unsupported-claim'])
  })

  test('settings it cannot use are reported, without a place, and never thrown', () => {
    const messages = lint(draft, {
      preset: 'strcit' as 'strict',
      rules: {'unsuported-claim': 'warn', 'orphan-evidence': 'loud' as 'warn', 'duplicate-id': [7 as 2]}
    })
    const problems = messages.filter((message) => message.ruleId === 'invalid-rule-config')
    expect(problems.map((message) => message.reason)).toEqual([
      'Unexpected preset `strcit`, expected `core`, `recommended` or `strict` (did you mean `strict`?)',
      'Unexpected rule `unsuported-claim` in the settings, expected a rule id (did you mean `unsupported-claim`?)',
      'Unexpected severity `"loud"` for `orphan-evidence`, expected `off`, `warn` or `error` (or `[severity, options]`)',
      'Unexpected severity `7` for `duplicate-id`, expected `off`, `warn` or `error` (or `[severity, options]`)'
    ])
    expect(problems.every((message) => message.line === undefined && message.fatal === true)).toBe(true)
    // The recommended preset is used in the unknown one's place.
    expect(messages.filter((message) => message.ruleId === 'unsupported-claim')).toHaveLength(1)
  })

  test('settings are typed for argmark’s rules, any id allowed', () => {
    const options: LintOptions = {
      rules: {'unsupported-claim': ['warn', {citations: false}], 'duplicate-id': 'off', 'x-custom': 'warn'}
    }
    // @ts-expect-error: `citations` is a boolean.
    const wrong: LintOptions = {rules: {'unsupported-claim': ['warn', {citations: 'no'}]}}
    expect(ids(options)).toContain('invalid-rule-config')
    expect(lint(draft, wrong).map((message) => message.reason)).toContain(
      'Unexpected value `"no"` for `citations` for `unsupported-claim`, expected `true` or `false`'
    )
  })

  test('lint never throws, whatever the options', () => {
    const odd = [{rules: null}, {rules: {'orphan-evidence': ['warn', 'x']}}, {preset: 5}, {preset: {}}, {rules: {'unsupported-claim': [[]]}}, {rules: 'x'}]
    for (const options of odd) {
      const messages = lint(draft, options as unknown as LintOptions)
      expect(messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
    }
    expect(lint(draft, {preset: 5} as unknown as LintOptions).at(-1)?.reason).toBe(
      'Unexpected preset `5`, expected `core`, `recommended` or `strict`'
    )
    expect(lint(draft, {rules: {'duplicate-id': ['error', {x: 1}] as never}}).at(-1)?.reason).toBe(
      'Unexpected option `x` for `duplicate-id`, expected no options'
    )
    expect(lint(draft, {rules: {'unknown-directive': ['error', {x: 1}] as never}}).at(-1)?.reason).toBe(
      'Unexpected options for `unknown-directive`, expected a severity alone: messages raised while reading take no options'
    )
  })
})

describe('presets', () => {
  const reviewerRules = (preset: {rules: Record<string, string>}) =>
    Object.keys(preset.rules).filter((id) => !Object.hasOwn(core.rules, id))

  test('core is what check runs; recommended adds warnings, strict errors and strict-only rules', () => {
    expect(reviewerRules(recommended).every((id) => recommended.rules[id] === 'warn')).toBe(true)
    expect(reviewerRules(strict).every((id) => strict.rules[id] === 'error')).toBe(true)
    for (const [id, level] of Object.entries(core.rules)) {
      expect([recommended.rules[id], strict.rules[id]]).toEqual([level, level])
    }
    for (const id of Object.keys(recommended.rules)) expect(strict.rules).toHaveProperty(id)
    expect(reviewerRules(strict).filter((id) => !Object.hasOwn(recommended.rules, id)).sort()).toEqual([
      'quotation-without-citation',
      'unanswered-objection',
      'unsupported-superlative'
    ])
  })

  test('every rule a preset names is in the catalog, and every rule of the catalog is in strict', () => {
    expect(Object.keys(strict.rules).filter((id) => !Object.hasOwn(ruleModules, id))).toEqual([])
    expect(Object.keys(ruleModules).filter((id) => !Object.hasOwn(strict.rules, id))).toEqual([])
  })

  test('strict turns on unanswered-objection, as an error', () => {
    const document = ':claim[A]{#a} [@x, p. 1].\n\n:objection[B]{#b attacks=a}\n'
    const sources = [{id: 'x', type: 'book'}]
    expect(lint(document, {sources})).toEqual([])
    const messages = lint(document, {preset: 'strict', sources})
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['unanswered-objection', true]])
  })

  test('rules override the preset', () => {
    expect(ids({preset: 'strict', rules: {'orphan-evidence': 'off', 'unsupported-claim': 'off'}})).toEqual(['unknown-reference'])
  })
})

describe('core messages as rules', () => {
  test('off drops them; warn and error set fatal', () => {
    expect(ids({rules: {'unknown-reference': 'off'}})).toEqual(['unsupported-claim', 'orphan-evidence'])
    expect(lint(draft, {rules: {'unknown-reference': 'warn'}})[2]?.fatal).toBe(false)
    expect(lint(draft, {preset: 'core', rules: {'unknown-reference': 'warn'}}).map((message) => [message.ruleId, message.fatal])).toEqual([
      ['unknown-reference', false]
    ])
    const directive = lint('See :clam[x]{#a}.\n', {rules: {'unknown-directive': 'error'}})
    expect(directive.map((message) => [message.ruleId, message.fatal])).toEqual([['unknown-directive', true]])
  })

  test('the citation checks are configurable too', () => {
    const document = ':claim[A]{#a} [@x].\n'
    expect(ids({}, document)).toEqual(['missing-bibliography'])
    expect(ids({rules: {'missing-bibliography': 'off'}}, document)).toEqual([])
    expect(lint(document, {sources: []}).map((message) => message.ruleId)).toEqual(['unknown-citation-key'])
    expect(lint(document, {sources: [], rules: {'unknown-citation-key': 'off'}})).toEqual([])
  })

  test('internal-error is not a setting', () => {
    expect(ids({rules: {'internal-error': 'off'}}, draft)).toContain('invalid-rule-config')
    expect(lint(draft, {rules: {'internal-error': 'off'}}).at(-1)?.reason).toBe(
      'Unexpected rule `internal-error` in the settings, expected a rule id that can be configured'
    )
  })

  test('lint with nothing to lint is check, sorted the same way', () => {
    const document = ':claim[A]{#a supports=z}\n\n:clam[x]\n\n:claim[B]{#a}\n'
    const off = Object.fromEntries(Object.keys(ruleModules).filter((id) => !Object.hasOwn(core.rules, id)).map((id) => [id, 'off' as const]))
    expect(lint(document, {rules: off}).map(String)).toEqual(check(document).map(String))
    expect(lint(document, {preset: 'core'}).map(String)).toEqual(check(document).map(String))
  })
})

describe('comment controls', () => {
  test('argmark-disable turns a rule off from there on, argmark-enable back on', () => {
    const document = [
      ':evidence[A]{#a type=example}',
      '<!-- argmark-disable orphan-evidence -->',
      ':evidence[B]{#b type=example}',
      '<!-- argmark-enable orphan-evidence -->',
      ':evidence[C]{#c type=example}'
    ].join('\n\n')
    expect(places(lint(document))).toEqual(['1:14', '9:14'])
  })

  test('argmark-disable without ids turns every argmark rule off, core ones too', () => {
    const document = ':evidence[A]{#a type=example}\n\n<!-- argmark-disable -->\n\n:evidence[B]{#b type=example supports=nowhere}\n'
    expect(places(lint(document))).toEqual(['1:14'])
  })

  test('argmark-ignore turns rules off for the next node only, inline too', () => {
    const document = [
      '<!-- argmark-ignore orphan-evidence unknown-reference -->',
      ':evidence[A]{#a type=example} :evidence[B]{#b type=example supports=nowhere}',
      ':evidence[C]{#c type=example} <!-- argmark-ignore --> :evidence[D]{#d type=example}'
    ].join('\n\n')
    // The inline comment ignores the text node after it, which ends before D.
    expect(places(lint(document))).toEqual(['5:14', '5:68'])
  })

  test('a message at the very end of a file can be controlled and is kept otherwise', () => {
    expect(places(lint(':factor[F]{#f explains=x group=g}', {rules: {'unknown-reference': 'off'}}))).toEqual([])
    expect(places(lint(':claim[A]{#a} [@x, p. 1].\n\n:factor[F]{#f explains=a group=g}', {sources: [{id: 'x', type: 'book'}]}))).toEqual(['3:26'])
  })

  test('an unknown id in a comment is reported by remark-message-control; comments of other tools are left alone', () => {
    const messages = lint('<!-- argmark-disable orphan-evidense -->\n\n<!--lint disable-->\n\n:evidence[A]{#a type=example}\n')
    expect(messages.map((message) => [message.source, message.ruleId])).toEqual([
      ['unified-message-control', 'known'],
      ['argmark', 'orphan-evidence']
    ])
  })

  test('messages without a place keep none, and stay last', () => {
    const messages = lint('<!-- argmark-disable orphan-evidence -->\n\n:claim[A]{#a}\n', {rules: {bogus: 'warn'}})
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['unsupported-claim', 3],
      ['invalid-rule-config', undefined]
    ])
  })

  test('a comment that looks like the control name used inside is harmless', () => {
    const messages = lint('<!--argmark-comment-control frobnicate-->\n\n:claim[A]{#a}\n')
    expect(internalErrors(messages)).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['unsupported-claim', 3]])
  })
})

describe('robustness', () => {
  // Annotations, comments and prose in any order, and any string at all.
  const piece = fc.constantFrom(
    ':claim[A]{#a}', ':claim[B]{#b supports=a}', ':evidence[E]{#e type=example}', ':::factor{#f explains=a group=g}\n',
    ':::\n', '<!-- argmark-disable -->', '<!-- argmark-enable orphan-evidence -->', '<!-- argmark-ignore x -->',
    '<!--argmark-comment-control disable-->', '<!-- argmark-', '-->', ' [@key, p. 3]', '[^1]', '\n\n[^1]: Note.\n',
    '\n\n', '\n', ' 45 per cent ', '"a quoted span of many words"', ' studies show ', '> ', '---\n', 'x: [\n'
  )
  const documents = fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.array(piece, {maxLength: 40}).map((parts) => parts.join('')))

  test('lint never throws and never reports an internal error', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom<LintOptions>({}, {preset: 'strict'}), (document, options) => {
        const messages = lint(document, options)
        expect(internalErrors(messages)).toEqual([])
      }),
      runs(300)
    )
  })
})

describe('argmarkLint in a pipeline', () => {
  test('after remarkArgmark; the document is written back unchanged', async () => {
    const value = '<!-- argmark-ignore -->\n\n:evidence[A]{#a type=example}\n\n:evidence[B]{#b type=example supports=z}\n'
    const file = new VFile({path: 'draft.md', value})
    const result = await unified()
      .use(remarkParse)
      .use(remarkArgmark)
      .use(argmarkLint, {rules: {'orphan-evidence': 'error'}})
      .use(remarkStringify)
      .process(file)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['unknown-reference', 5]])
    expect(String(result)).toBe(value)
  })
})

describe('docs/api.md', () => {
  test('the lint example', () => {
    expect(lint(':claim[Little has been done]{#dearth}\n').map(String)).toEqual([
      '1:30-1:37: Unexpected claim `dearth` with no support, expected evidence, a factor or a claim that supports or explains it, or a citation'
    ])
    expect(lint(':claim[Little has been done]{#dearth}\n', {rules: {'unsupported-claim': 'off'}})).toEqual([])
  })
})

describe('docs/lint.md', () => {
  test('the example prints what the page shows, with each preset', () => {
    const page = readFileSync(new URL('../../docs/lint.md', import.meta.url), 'utf8')
    const example = page.split(/^## /m).find((section) => section.startsWith('An example'))!
    const draftText = /```markdown\n([\s\S]*?)```/.exec(example)![1]!
    const shown = [...example.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!.trim())
    const printed = (['recommended', 'strict'] as const).map((preset) => {
      const file = new VFile({path: 'draft.md', value: draftText})
      file.messages = lint(file, {preset})
      return reporter([file], {color: false}).trim()
    })
    expect(printed).toEqual(shown)
  })
})

describe('the seed argument', () => {
  const seed = new URL('../../seeds/', import.meta.url)
  const document = readFileSync(new URL('civil-society-migration-policy.md', seed), 'utf8')
  const sources = parseBibtex(readFileSync(new URL('sources.bib', seed), 'utf8')).items

  test('lints clean under recommended with its sources', () => {
    expect(lint(document, {sources}).map(String)).toEqual([])
  })

  test('removing a claim’s support makes it unsupported', () => {
    const broken = document.replace('{#doubling type=statistic supports=centre-stage}', '{#doubling type=statistic}')
    const messages = lint(broken, {sources}).map((message) => message.ruleId)
    expect(messages).toContain('orphan-evidence')
  })

  test('its plain prose, with annotations, citations and notes removed, is flagged at every statistic and quotation', () => {
    const {plain, spans} = plainProse(document)
    expect(spans.filter((span) => span.type === 'statistic')).toHaveLength(9)
    // Of 43 quotation evidences, those with a quoted span of 4 words or more
    // (the rule's default `minimumWords`): reported speech and two-word
    // phrases in quotation marks are not quotations to source.
    expect(spans.filter((span) => span.type === 'quotation').length).toBeGreaterThan(30)
    // Statistics under `recommended`; quotations under `strict`, where a
    // quotation of a named speaker is `quotation-without-citation` and one of
    // no named speaker `unattributed-quotation`.
    const recommendedMessages = lint(plain)
    const strictMessages = lint(plain, {preset: 'strict'})
    const missed = spans.filter((span) => {
      const [messages, ruleIds] =
        span.type === 'statistic'
          ? [recommendedMessages, ['uncited-statistic']]
          : [strictMessages, ['unattributed-quotation', 'quotation-without-citation']]
      return !messages.some((message) => {
        const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
        return ruleIds.includes(message.ruleId ?? '') && offset !== undefined && offset >= span.start && offset < span.end
      })
    })
    expect(missed.map((span) => span.id)).toEqual([])
  })
})

interface Span {
  id: string
  type: string
  start: number
  end: number
}

// The seed as plain Markdown: citations removed (with the space before
// them), footnote references removed, text directives replaced by their
// labels, container fences dropped. Returns where each statistic, and each
// quotation of 4 words or more, ended up.
function plainProse(source: string): {plain: string; spans: Span[]} {
  const cited = parse(source).graph
  let text = source
  for (const citation of [...cited.citations].reverse()) {
    let start = citation.position.start.offset!
    if (text[start - 1] === ' ') start--
    text = text.slice(0, start) + text.slice(citation.position.end.offset!)
  }
  text = text.replace(/\[\^[\w-]+\](?!:)/g, '')

  const {graph} = parse(text)
  const lines = text.split('\n')
  const labels = new Map<string, string>()
  const edits: Array<{start: number; end: number; value: string}> = []
  for (const node of graph.nodes) {
    const {start, end} = node.position
    const written = text.slice(start.offset, end.offset)
    if (written.startsWith(':::')) {
      edits.push({start: start.offset!, end: start.offset! + lines[start.line - 1]!.length + 1, value: ''})
      const closing = lines[end.line - 1]!
      if (/^:+$/.test(closing)) edits.push({start: end.offset! - closing.length, end: end.offset!, value: ''})
    } else {
      const label = written.slice(written.indexOf('[') + 1, written.lastIndexOf(']{'))
      labels.set(node.id, label)
      edits.push({start: start.offset!, end: end.offset!, value: label})
    }
  }

  let plain = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    plain = plain.slice(0, edit.start) + edit.value + plain.slice(edit.end)
  }
  const spans: Span[] = []
  for (const node of graph.nodes) {
    const type = (node as {type?: unknown}).type
    const label = labels.get(node.id)
    if ((type !== 'statistic' && type !== 'quotation') || label === undefined) continue
    const quoted = [...label.matchAll(/["“]([^"”]*)["”]/g)].map((match) => match[1]!.split(/\s+/).filter(Boolean).length)
    if (type === 'quotation' && !quoted.some((words) => words >= 4)) continue
    const start = plain.indexOf(label)
    expect(start, node.id).toBeGreaterThanOrEqual(0)
    spans.push({id: node.id, type, start, end: start + label.length})
  }
  return {plain, spans}
}
