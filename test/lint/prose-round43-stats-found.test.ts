import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// What the forty-third round finds anew for `uncited-statistic` (default
// cues): comparisons in words (`an order of magnitude`, `two and a half times
// more`, `twice what a …`), a rate in words after `at a rate of`, a person's
// part of their own whole written in digits (`29 of his 31`) and a price
// named as a market's (`The farmgate price … held at 38p`). Each
// row failed on the base commit (it was not found); each guard row keeps the
// opposite reading and passes before and after. Rows are in our own wording.

describe('a multiple of ten in words', () => {
  test.each([
    // `roughly an order of magnitude`: a comparison, with its approximation.
    ['Eels are less tolerant of the compound than carp by roughly an order of magnitude.', ['roughly an order of magnitude']],
    // `two orders of magnitude`: the same with a number in words.
    ['The new sensor is two orders of magnitude cheaper than the old one.', ['two orders of magnitude']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a multiple with a half, and twice what a thing comes to', () => {
  test.each([
    // `three and a half times more`: a multiple in words with a half.
    ['Moss is three and a half times more absorbent than the peat it replaced.', ['three and a half times more']],
    // `twice what a … spends`: a multiple of a quantity the clause states after an article.
    ['Members spend on average nearly twice what a casual visitor spends.', ['twice what a']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a rate in words after `at a rate of`', () => {
  test.each([
    // `at a rate of three a month`: a rate about the world, its noun the clause's.
    ['Rural post offices are shutting at a rate of three a month.', ['at a rate of three a month']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: `two a week` with no rate before it stays quiet, as a plan or a habit.
    ['We post two a week to members who ask.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a person's part of their own whole", () => {
  test.each([
    // `29 of his 31`: a player's tally, written in digits.
    ['The goal attack landed 29 of his 31 shots in the final.', ['29 of his 31']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a small whole in words is narrative, as the sets leave it.
    ['She won three of her four heats before the rain came.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a price named as a market's", () => {
  test.each([
    // `The farmgate price … held at`: a price found in a market, not set by the writer.
    ['The farmgate price of milk held at 38p a litre through the winter.', ['38p a litre']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a seller's own retail price is set.
    ['The retail price is £9.99.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
