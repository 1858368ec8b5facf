import {describe, expect, test} from 'vitest'
import type {FigureModel} from '../../src/lint/prose/statistic-model.js'
import {figureFeatures, findingOdds, readSentence} from '../../src/lint/prose/statistic-model.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {statisticModel} from '../../src/lint/prose/statistic-weights.js'
import type {LintOptions} from '../../src/index.js'
import {lintFor} from '../rules/lint-helpers.js'

const found = (text: string, model?: FigureModel) => detectStatistics(text, model).map((span) => text.slice(span.start, span.end))

describe('the learned model of a figure’s role', () => {
  const text = 'Each team may field up to 15 players, the rules say.'
  const figure = {start: text.indexOf('15'), end: text.indexOf('15') + 2, kind: 'count'}

  test('a sentence is read once into words, numbers as `#`, and clause marks; its first word is a feature of each figure', () => {
    const sentence = readSentence(text, 0, text.length)
    expect(sentence.tokens.map((token) => token.word)).toEqual(['each', 'team', 'may', 'field', 'up', 'to', '#', 'players', ',', 'the', 'rules', 'say'])
    expect(sentence.tokens[6]).toEqual({word: '#', start: 26, end: 28})
    expect(figureFeatures(sentence, figure).filter((feature) => feature.startsWith('f:'))).toEqual(['f:each'])
  })

  test('a figure’s features: its kind and words, its neighbours, and its clause up to a clause mark', () => {
    const features = figureFeatures(readSentence(text, 0, text.length), figure)
    expect(features.slice(0, 7)).toEqual(['k:count', 'b1:to', 'b2:up', 'bb:up_to', 'a1:players', 'a2:,', 's:#'])
    expect(features.filter((feature) => feature.startsWith('n:'))).toEqual(['n:may', 'n:field', 'n:up', 'n:to', 'n:players', 'n:,', 'n:the', 'n:rules'])
    // The clause stops at the comma after `players`; before the figure it runs to the sentence's start.
    expect(features.filter((feature) => feature.startsWith('c:'))).toEqual(['c:to', 'c:up', 'c:field', 'c:may', 'c:team', 'c:each', 'c:players'])
  })

  test('the log-odds are the bias and the weights of the figure’s features', () => {
    const model: FigureModel = {bias: 1, threshold: 0, weights: {'f:each': 0.5, 'b1:to': -3, 'c:rules': 9}}
    const sentence = readSentence(text, 0, text.length)
    expect(findingOdds(model, sentence, figure)).toBe(-1.5)
    // The sentence's first word weighs in: 1 + 0.5.
    expect(findingOdds({...model, weights: {'f:each': 0.5}}, sentence, figure)).toBe(1.5)
  })

  test('with a model, the detector drops a figure the cues keep when its log-odds fall under the threshold', () => {
    const sentence = 'Membership rose to 4,000 last year. Turnout fell by 12%.'
    const model: FigureModel = {bias: 0, threshold: 0, weights: {'a1:last': -1}}
    expect(found(sentence)).toEqual(['rose to 4,000', 'fell by 12%'])
    expect(found(sentence, model)).toEqual(['fell by 12%'])
  })

  test('a figure and its other end or baseline are one statistic: kept whole when the model reads either as a finding', () => {
    // The end after `to` is read as no finding; the one after `from` is.
    const model: FigureModel = {bias: 0, threshold: 0, weights: {'b1:to': -1}}
    expect(found('Bread prices rose from £1.10 to £1.60 a loaf.')).toEqual(['£1.10 to £1.60'])
    expect(found('Bread prices rose from £1.10 to £1.60 a loaf.', model)).toEqual(['£1.10 to £1.60'])
    expect(found('Rents rose to £900 a month, up from £700 in 2020.')).toEqual(['£900 a month, up from £700'])
    expect(found('Rents rose to £900 a month, up from £700 in 2020.', model)).toEqual(['£900 a month, up from £700'])
    // Neither end read as a finding: the statistic goes.
    expect(found('Rents rose to £900 a month, up from £700 in 2020.', {...model, weights: {'b1:to': -1, 'b1:from': -1}})).toEqual([])
  })

  test('the shipped model keeps a writer’s result and drops the headcount of its own event', () => {
    // The weights trained in the twenty-ninth round sit near their threshold on an own event's
    // headcount (the sets' labels disagree on it): with `the raffle raised £412` after it they keep
    // `60 families`, with `the appeal raised £1,250` they drop it, as here.
    const sentence = 'Our garden party brought together 60 families, and the appeal raised £1,250.'
    expect(found(sentence)).toEqual(['60 families', '£1,250'])
    expect(found(sentence, statisticModel)).toEqual(['£1,250'])
  })
})

describe('uncited-statistic with `model`', () => {
  const options = (model: unknown): LintOptions => ({rules: {'uncited-statistic': ['warn', {model}]}}) as LintOptions

  test('is on by default (since the fiftieth round) and off with `model: false`', () => {
    const draft = 'Our garden party brought together 60 families, and the appeal raised £1,250.'
    expect(lintFor('uncited-statistic', draft).map((message) => message.reason.split('`')[1])).toEqual(['£1,250'])
    expect(lintFor('uncited-statistic', draft, options(true)).map((message) => message.reason.split('`')[1])).toEqual(['£1,250'])
    expect(lintFor('uncited-statistic', draft, options(false)).map((message) => message.reason.split('`')[1])).toEqual(['60 families', '£1,250'])
  })

  test('what it costs: figures the word cues read as statistics that the model, by default, drops', () => {
    // Short sentences with little around the figure: a frequency and a forecast market's size.
    // docs/lint.md counts such rows; `model: false` keeps them.
    // The fifty-sixth round's weights dropped a share a document shows with no name to it too
    // (`The survey export shows that 27% of flats had no heating.`); the fifty-seventh's to the
    // sixty-first's kept it; the sixty-second's drop it again (`model: false` keeps it).
    const draft =
      'Stocks are less than half what they were, and buses are late at least once a day.\n\nThe market for heat pumps will reach €14 billion by 2031.'
    const words = (settings?: LintOptions) => lintFor('uncited-statistic', draft, settings).map((message) => message.reason.split('`')[1])
    expect(words()).toEqual(['less than half'])
    expect(words(options(false))).toEqual(['less than half', 'at least once a day', '€14 billion'])
    const exported = 'The survey export shows that 27% of flats had no heating.'
    expect(lintFor('uncited-statistic', exported)).toEqual([])
    expect(lintFor('uncited-statistic', exported, options(false)).length).toBe(1)
  })

  test('a value that is not a boolean is reported, and the rule runs with its default, the model', () => {
    const messages = lintFor('uncited-statistic', 'Turnout fell by 12%.', options('yes'))
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected statistic `fell by 12%` without a citation in its sentence, expected a citation such as `[@key, p. N]` after it',
      'Unexpected value `"yes"` for `model` for `uncited-statistic`, expected `true` or `false`'
    ])
  })
})

// Found by a new user's trial: fractions past a fifth, a product's version as a sentence's subject,
// an ordinal after a change's verb, a duration after `in`, and two kinds the rule page names as left
// alone. Guard rows: a count after `rose from`, one in n, a change after a scoped sum, and an
// instruction with a decimal.
describe('figures a new user’s trial found misread', () => {
  test.each([
    ['A sixth of the slates are missing.', ['A sixth of']],
    ['Roughly an eighth of the hedges were cut.', ['an eighth of']],
    ['Prices fell by a seventh over the winter.', ['fell by a seventh']],
    ['Version 2.1 of the app rose 40% in downloads.', ['rose 40%']],
    ['Quillpad 2.5 downloads rose 40% last year.', ['rose 40%']],
    ['The club rose from 31st to 17th in the rankings.', []],
    ['The club rose from 31 members to 40.', ['rose from 31 members']],
    ["The women's eight won in 6 minutes 48 seconds.", []],
    ['One patient in 6 waited longer than a year.', ['One patient in 6']],
    // Kinds the rule page names as left alone, in the trial's words: the most a room takes, and a
    // threshold opening the sentence that scopes a requirement.
    ['The hall can take up to 40 people at a time.', []],
    ['Works over £10,000 need the trustees’ approval.', []],
    ['Spending on repairs over £10,000 rose by a third.', ['rose by a third']]
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('an instruction with a decimal is still an instruction', () => {
    expect(found('Apply 2.5 kg of lime to each bed.')).toEqual([])
  })
})
