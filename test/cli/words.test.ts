import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {reportGithub, reportJunit} from '../../src/cli/reporters.js'
import {summarize} from '../../src/cli/summary.js'
import {parse} from '../../src/index.js'
import {shorten} from '../../src/lint/prose/run.js'
import {lint} from '../../src/index.js'

describe('the check summary', () => {
  test('counts in the plural, evidence as a mass noun, one in the singular', () => {
    const {graph} = parse(
      ':claim[A]{#a}\n\n:claim[B]{#b}\n\n:factor[F]{#f explains=a}\n\n:factor[G]{#g explains=a}\n\n' +
        ':evidence[E]{#e type=example supports=a}\n\n:evidence[E2]{#e2 type=example supports=b}\n\n:objection[O]{#o attacks=a}\n'
    )
    expect(summarize(graph)).toEqual([
      '7 nodes: 2 claims, 2 factors, 2 evidence, 1 objection',
      '5 relations: 2 explains, 2 supports, 1 attacks',
      '`a` is explained by 2 factors:',
      '  (no group): f, g'
    ])
  })

  test('a misspelled target is said to be unknown, not listed as a node', () => {
    const {graph} = parse(':claim[Dearth]{#dearth}\n\n:factor[Funding]{#funding explains=dearht group=money}\n')
    expect(summarize(graph)).toEqual([
      '2 nodes: 1 claim, 1 factor',
      '1 relation: 1 explains (1 to an unknown id)',
      'the unknown id `dearht` is explained by 1 factor:',
      '  money: funding'
    ])
  })
})

describe('quoted words in messages', () => {
  test('a long finding keeps whole words at both ends, with an ellipsis between', () => {
    const text = 'the organisations that work with migrants every day see the effects of policy long before anyone else'
    const short = shorten(text)
    expect(short).toBe('the organisations that work … long before anyone else')
    for (const word of short.replace(' … ', ' ').split(' ')) expect(text.split(' ')).toContain(word)
    expect(shorten('  a short  one\n')).toBe('a short one')
    // One very long word is not cut either.
    expect(shorten('x'.repeat(80))).toBe('x'.repeat(80))
  })

  test('an unattributed quotation is quoted in whole words', () => {
    const [message] = lint('One observer wrote that "the organisations that work with migrants every day see the effects of policy first".\n', {
      rules: {'unattributed-quotation': 'error'}
    }).filter((each) => each.ruleId === 'unattributed-quotation')
    expect(message?.reason).toMatch(/^Unexpected quotation "the organisations that … effects of policy first", /)
  })
})

describe('reporters for CI', () => {
  const file = new VFile({path: 'drafts/a,b:c.md'})
  file.message('Unexpected 100% of\nthings', {place: {start: {line: 2, column: 3}, end: {line: 2, column: 9}}, ruleId: 'some-rule', source: 'argmark'}).fatal = true
  file.message('A warning', {place: {line: 4, column: 1}, ruleId: 'other', source: 'kit'})
  const info = file.message('A note without place')
  info.fatal = undefined

  test('github: one workflow command per message, data and properties escaped as the runner reads them', () => {
    expect(reportGithub([file]).split('\n')).toEqual([
      '::error file=drafts/a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=9,title=argmark%3Asome-rule::Unexpected 100%25 of%0Athings',
      '::warning file=drafts/a%2Cb%3Ac.md,line=4,col=1,title=kit%3Aother::A warning',
      '::notice file=drafts/a%2Cb%3Ac.md::A note without place'
    ])
  })

  test('junit: escaped XML, a failure per message with its severity, a passing case for a clean file', () => {
    const clean = new VFile({path: 'clean <&>.md'})
    const xml = reportJunit([file, clean])
    expect(xml).toContain('<testsuites name="argmark" tests="4" failures="3" errors="0" time="0">')
    expect(xml).toContain('<failure type="error" message="Unexpected 100% of&#10;things">'.replace('&#10;', '\n'))
    expect(xml).toContain('<failure type="warning" message="A warning">')
    expect(xml).toContain('<failure type="info" message="A note without place">')
    expect(xml).toContain('<testcase name="clean &lt;&amp;&gt;.md" classname="clean &lt;&amp;&gt;.md" time="0"/>')
  })

  test('-S (silent) keeps errors only, and -q (quiet) leaves out clean files, as vfile-reporter does', () => {
    const clean = new VFile({path: 'clean.md'})
    expect(reportGithub([file], {silent: true}).split('\n')).toEqual([
      '::error file=drafts/a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=9,title=argmark%3Asome-rule::Unexpected 100%25 of%0Athings'
    ])
    const silent = reportJunit([file, clean], {silent: true})
    expect(silent).toContain('<testsuites name="argmark" tests="1" failures="1" errors="0" time="0">')
    expect(silent).not.toContain('type="warning"')
    expect(silent).not.toContain('clean.md')
    const quiet = reportJunit([file, clean], {quiet: true})
    expect(quiet).toContain('<testsuites name="argmark" tests="3" failures="3" errors="0" time="0">')
    expect(quiet).not.toContain('clean.md')
  })
})
