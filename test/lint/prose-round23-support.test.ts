import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 23 of the prose rules: support named in words. Each case is in our
// own wording; every row fails on the code before this round but the guards.

describe('a named body\'s data after `according to` is a source', () => {
  test('the body by its name or acronym, then its data', () => {
    expect(count('uncited-statistic', 'Juries convict in about two thirds of trials, according to the Ministry of Justice\'s annual statistics.')).toBe(0)
    expect(count('uncited-statistic', 'The town grew by 14% in a decade, according to ONS estimates.')).toBe(0)
    expect(count('uncited-statistic', 'Around 40% of ferry crossings ran late, according to the Harbour Authority\'s monthly figures.')).toBe(0)
  })

  test('guard: the body alone says who, not where; a kind of data or a class names no source', () => {
    expect(count('uncited-statistic', 'Admissions for burns rose by 31% in a decade, according to NHS Digital.')).toBe(1)
    expect(count('uncited-statistic', 'Admissions for burns rose by 31% in a decade, according to official figures.')).toBe(1)
    expect(count('uncited-statistic', 'Loans rose by 31% in a year, according to the library\'s own count.')).toBe(1)
    expect(count('uncited-statistic', 'Admissions for burns rose by 31% in a decade, according to Jane Hill.')).toBe(1)
  })
})

describe('the next sentence, supported, says where the figure comes from', () => {
  test('`These figures are published by …`, `That figure comes from <Name>\'s report`', () => {
    expect(count('uncited-statistic', 'Our pass rate was 91% in 2025. These figures are published by the Examining Board (Examining Board 2026).')).toBe(0)
    expect(count('uncited-statistic', 'Around 120,000 tonnes of carpet go to landfill each year. That figure comes from Zero Waste Scotland\'s carpet report.[^1]\n\n[^1]: Zero Waste Scotland (2019). Carpet Waste, p. 4.')).toBe(0)
    expect(count('uncited-statistic', 'Our pass rate was 91% in 2025. The numbers were compiled by the county office (County Office 2026).')).toBe(0)
  })

  test('guard: a cited next sentence that does not point back leaves the figure uncited', () => {
    expect(count('uncited-statistic', 'Our pass rate was 91% in 2025. The Examining Board publishes every centre\'s results (Examining Board 2026).')).toBe(1)
    expect(count('uncited-statistic', 'Our pass rate was 91% in 2025. These figures are published by the Examining Board.')).toBe(1)
    // Where it comes from must be a name: `from memory` is not one.
    expect(count('uncited-statistic', 'Our pass rate was 91% in 2025. That rate is from memory, and the board\'s guide has the rules (Board 2026).')).toBe(1)
  })
})
