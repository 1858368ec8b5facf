import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {registerOf} from '../../src/lint/prose/register.js'
import type {Span} from '../../src/lint/prose/span.js'
import {sentenceStarts} from '../../src/lint/prose/span.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'

// Fifth round of the prose detectors: the register of a whole paragraph
// (advising the reader, the writer's own body changing its settings), a
// body's decisions, items described or offered, more vague sources and more
// superlatives. Every example is written for this file (none comes from a
// labelled set).

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

describe('the register of a paragraph', () => {
  test('a paragraph that addresses the reader advises; one that reports does not', () => {
    const advice = 'Soak the lentils for an hour. You can add a bay leaf if you like.'
    expect(registerOf(advice, sentenceStarts(advice), [false, false]).advises).toBe(true)
    const report = 'The mill closed in 1982. Its workers moved to the port.'
    expect(registerOf(report, sentenceStarts(report), [false, false])).toEqual({advises: false, ownBody: false, priceList: false})
    // `Thank you` thanks; it gives the reader no advice.
    const speech = 'Thank you all for coming tonight. The hall was built by volunteers.'
    expect(registerOf(speech, sentenceStarts(speech), [false, false]).advises).toBe(false)
  })

  test.each([
    // Quantities of an instruction, in a paragraph that advises.
    ['Your seedlings need light. Sow the seeds 2 cm deep in trays of damp compost.'],
    ['If you are cooking for a crowd, use two tins. Roast at 200°C for 40 minutes.'],
    ['You may want a flask. Leave the car at the quarry and walk east along the dyke for 3 km.'],
    // What the paragraph describes, and a forecast the writer issues.
    ['Wear boots if you go. The ridge path is 9.5 km long and mostly level.'],
    ['Stay in the shade where you can. Afternoon highs are forecast to reach 36°C on Friday.'],
    // A worked conversion.
    ['You can claim relief on gifts, so £40 given becomes £50 for the charity.']
  ])('advice: %s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    // In an advising paragraph, a share, an aggregate or a general fact is still a report about the world.
    ['You should check your tyres monthly. Around 3 in 100 cars on the road have one badly worn.', ['Around 3 in 100 cars']],
    ['If you rent, read on. The average tenant in the city now pays about £1,250 a month.', ['£1,250']],
    ['Keep your cat indoors at night. Surveys show that roughly 230,000 cats are hit by cars each year.', ['roughly 230,000 cats']]
  ])('still a report in advice: %s', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })

  test.each([
    // The writer's own body changes its settings.
    ['We have rebuilt the lobby screen. The respawn timer has been reduced from 12 to 8 seconds.'],
    ['Our next update lands in March. With this patch the archer\'s range drops from 30 to 25 metres.']
  ])('own settings: %s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test('a body\'s own finding is still a claim', () => {
    const text = 'We have looked at the numbers. Our data shows the knight winning 61% of duels.'
    expect(found(detectStatistics, text)).toEqual(['61%'])
  })
})

describe('figures set, decided or offered', () => {
  test.each([
    // Decisions of a body.
    ['The board voted by five votes to four to keep the deposit rate at 3.75%.'],
    ['Three members preferred a cut of 50 basis points.'],
    // A plan's own provisions.
    ['The revised plans keep 18 of the 25 existing trees.'],
    // Rates on offer and tax terms.
    ['Maya has £6,000 in a current account paying 0.5% and asks what to do.'],
    ['Higher-rate payers can reclaim 40% tax relief through their return.'],
    // An item described or offered.
    ['Guide price £900–1,400.'],
    ['An album of 84 photographs of the harbour, 1920–1936.'],
    // A time as a label, a count of events over a period, a part of a place.
    ['The 8.45 service will be said in the side chapel.'],
    ['The batter rests three times over two days before baking.'],
    ['Fog covers the western half of the valley most mornings.']
  ])('%s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    ['Readings at the school gate were eight times the hourly limit on Monday.', ['eight times the']],
    ['A teacher on the median salary will pay about £700 more in pension contributions.', ['£700']],
    ['The change means thousands more families will lose their benefit.', ['thousands more families']],
    ['Monitors recorded 3.4 times the legal maximum near the depot.', ['3.4']]
  ])('still statistics: %s', (text, expected) => {
    expect(found(detectStatistics, text).length).toBeGreaterThan(0)
    expect(found(detectStatistics, text).join(' ')).toContain(expected[0])
  })
})

describe('vague sources', () => {
  test.each([
    ['Tenants have told us that the heating fails every winter.', 'Tenants have told'],
    ['Beekeepers have long sworn that hives facing east do better.', 'Beekeepers have long sworn'],
    ['Most surveys generally put it higher.', 'surveys generally put it higher'],
    ['The lighthouse, it was said, had not missed a night in a century.', 'it was said'],
    ['Some of you may have read in the press that the pier is to close.', 'may have read in the press']
  ])('%s', (text, expected) => {
    expect(found(detectVagueAttributions, text).join(' ')).toContain(expected)
  })

  test('the people of the writer\'s own fieldwork who told us are the writer\'s informants', () => {
    const text = 'Our team visited 9 farms in the valley in May. Growers in Ostra told us that the wells ran dry in July.'
    expect(found(detectVagueAttributions, text)).toEqual([])
  })

  test('arguing about how a thing is done claims nothing', () => {
    expect(found(detectVagueAttributions, 'Cooks argue about how long the rice should rest.')).toEqual([])
  })
})

describe('superlatives and absolutes', () => {
  test.each([
    // Advice and the writer's own experience.
    ['Nobody should leave a candle burning overnight.'],
    ['You should never feed grapes to a dog.'],
    ['The gorge is best visited early, before the coaches arrive.'],
    ['I tried every brand in the shop, and I have never liked one more.'],
    ['It is the finest stew I have ever eaten.'],
    // Ranked within the writer's own matter, or one of a counted group.
    ['This is the simplest cake in this book.'],
    ['He was the eldest of four brothers.'],
    // A saying about a class.
    ['Every gardener in the village has a theory about slugs.'],
    ['Critics of every persuasion turned up.']
  ])('not a claim: %s', (text) => {
    expect(found(detectSuperlatives, text)).toEqual([])
  })

  test.each([
    ['The school was the first building of its kind in the county.'],
    ['The bakery was the first shop opened entirely by its workers.'],
    ['She was, neighbours recall, the last ferryman on the river to row the crossing by hand.'],
    ['Older drivers are most at risk on unlit roads.'],
    ['The vicar knew the name of every dog in the village.']
  ])('a claim: %s', (text) => {
    expect(found(detectSuperlatives, text).length).toBeGreaterThan(0)
  })
})

describe('through the lint verb', () => {
  test('a recipe paragraph lints clean; its one general fact is still reported', () => {
    const text =
      'You will need 300 g of plain flour and 2 eggs. Bake at 190°C for 35 minutes. A loaf like this loses about a fifth of its weight as it bakes.'
    const messages = lint(text, {preset: 'strict'}).filter((message) => message.ruleId === 'uncited-statistic')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringContaining('about a fifth of')])
  })
})
