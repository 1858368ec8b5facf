import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// A day of a month after an approximation is a date, not an amount
// (statistic-veto.ts's `isDayOfMonth`): `the week around 5 November`, `from
// about 3 May`. Found in the seventy-second blind set's first measurement
// (`Firework injuries are thought to peak in the week around 5 November`),
// a kind every register with a calendar has. The quiet rows were found
// before the change; the guards keep an approximate amount with a month
// elsewhere in the sentence, a number too large to be a day, and a
// lower-case `may`. Rows are in our own wording.

describe('a day of a month after an approximation', () => {
  test.each([
    // `around 5 November`: the day fireworks are let off, not five of anything.
    ['Burns admissions peak in the week around 5 November.', []],
    // `from about 3 May to 14 June`: a survey's dates.
    ['The bird survey runs from about 3 May to 14 June.', []],
    // An abbreviated month: `some 12 Sept`.
    ['Lambing ended early, by about 12 Sept in most flocks.', []],
    // The date goes, the amount in the same sentence stays.
    ['Around 5 November, the unit treats about 1,000 burns.', ['about 1,000 burns']]
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected)
  })
})

describe('guards: amounts with a month near them', () => {
  test.each([
    // `about 5,000 in June`: an amount, the month after `in`.
    ['Numbers rose to about 5,000 in June.', ['rose to about 5,000']],
    // `around 300 a night in December`: a rate, the month further on.
    ['Calls peak at around 300 a night in December.', ['around 300']],
    // `about 40 May`: no day of a month has forty; the figure stays an amount.
    ['Sales reached about 40 May Queen costumes last spring.', ['reached about 40 May Queen costumes']],
    // A lower-case `may` after the figure is the modal, not the month.
    ['Of the 60 who applied, about 25 may join the course.', ['about 25']]
  ])('guard: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected)
  })
})
