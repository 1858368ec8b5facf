import {describe, expect, test} from 'vitest'
import {defaultKit} from '../../src/index.js'
import {lint} from '../../src/index.js'
import {lintFor, places} from './lint-helpers.js'

const rule = 'unsupported-claim'

describe(rule, () => {
  test('a claim that evidence, a factor or a claim supports or explains passes', () => {
    const document = [
      ':::claim{#dearth thesis}\nLittle has been done.\n:::',
      ':claim[States avoid the subject]{#avoid supports=dearth} [@chs2003, p. 4].',
      ':factor[Funding goes to services]{#funding explains=avoid} [@a, p. 1].',
      ':claim[Donors shy away]{#donors} [@b, p. 2].',
      ':evidence[Two in three grants fund services]{#grants type=example supports=donors}'
    ].join('\n\n')
    expect(lintFor(rule, document)).toEqual([])
  })

  test('a claim with no support is reported at its id, the thesis as a thesis', () => {
    const messages = lintFor(rule, ':::claim{#dearth thesis}\nLittle has been done.\n:::\n\nAnd :claim[states avoid it]{#avoid}.\n')
    expect(places(messages)).toEqual(['1:10', '5:29'])
    expect(messages[0]?.reason).toBe(
      'Unexpected thesis `dearth` with no support, expected evidence, a factor or a claim that supports or explains it, or a citation'
    )
    expect(messages[1]?.reason).toMatch(/^Unexpected claim `avoid` with no support/)
    expect(messages[1]?.place).toMatchObject({start: {line: 5, column: 29}, end: {line: 5, column: 35}})
    expect(messages[0]?.url).toBe('https://github.com/argmark/argmark/blob/main/docs/rules/unsupported-claim.md')
    expect(messages[0]?.source).toBe('argmark')
    expect(messages[0]?.fatal).toBe(false)
  })

  test('a claim without an id is reported at its opening', () => {
    expect(places(lintFor(rule, 'Intro.\n\n:::claim\nLittle.\n:::\n'))).toEqual(['3:1'])
  })

  test('a citation inside the claim, or right after it in the sentence, supports it', () => {
    expect(lintFor(rule, ':::claim{#a}\nLittle has been done [@chs2003, p. 4].\n:::\n')).toEqual([])
    expect(lintFor(rule, 'So :claim[little has been done]{#a} [@chs2003, p. 4].\n')).toEqual([])
  })

  test('a citation elsewhere in the paragraph does not', () => {
    expect(places(lintFor(rule, 'So :claim[little has been done]{#a}. Others agree [@chs2003].\n'))).toEqual(['1:33'])
  })

  test('with `citations: false` a citation is not support', () => {
    const document = ':::claim{#a}\nLittle has been done [@chs2003, p. 4].\n:::\n'
    expect(lintFor(rule, document, {rules: {[rule]: ['warn', {citations: false}]}})).toHaveLength(1)
  })

  test('qualifies and attacks are not support', () => {
    const document = ':claim[A]{#a}\n\n:claim[B]{#b qualifies=a} [@x, p. 1].\n\n:objection[C]{#c attacks=a}\n'
    expect(places(lintFor(rule, document))).toEqual(['1:11'])
  })

  test('a cycle of claims is circular-support, not unsupported-claim', () => {
    const messages = lint(':claim[A]{#a supports=b}\n\n:claim[B]{#b supports=a}\n', {rules: {[rule]: 'warn'}})
    expect(messages.map((message) => message.ruleId)).toEqual(['circular-support'])
  })

  test('`kinds` extends the rule to kinds of a custom kit', () => {
    const kit = defaultKit.extend({kinds: {hypothesis: {relations: {supports: ['claim']}}}})
    const document = ':hypothesis[H]{#h}\n\n:claim[C]{#c} [@x, p. 1].\n'
    expect(lintFor(rule, document, {kit, rules: {[rule]: 'warn'}})).toEqual([])
    expect(places(lintFor(rule, document, {kit, rules: {[rule]: ['warn', {kinds: ['claim', 'hypothesis']}]}}))).toEqual(['1:16'])
  })

  test('a custom kit’s acyclic relation types are support', () => {
    const kit = defaultKit.extend({
      relationTypes: {...defaultKit.relationTypes, grounds: {acyclic: true}},
      kinds: {datum: {relations: {grounds: ['claim']}}}
    })
    expect(lintFor(rule, ':claim[C]{#c}\n\n:datum[D]{#d grounds=c}\n', {kit, rules: {[rule]: 'warn'}})).toEqual([])
  })

  test('error under strict', () => {
    expect(lintFor(rule, ':claim[A]{#a}', {preset: 'strict'})[0]?.fatal).toBe(true)
  })
})
