import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'
import {englishSourceLink} from '../../src/lint/prose/support.js'

// Round 25 of the prose rules: a sentence that goes on with the findings of
// the person just cited, by a possessive pronoun, by `she also found`, or by
// the cited name itself. Each case is in our own wording; every row fails on
// the code before this round but the guards.

describe('the cited person\'s work, named by a possessive pronoun', () => {
  test('`Her analysis also found …` right after the cited sentence reports the same source', () => {
    expect(count('uncited-statistic', 'The auditor sampled 900 invoices (Marsh 2024, Table 2). Her analysis also found that 14% were paid twice.')).toBe(0)
    expect(count('uncited-statistic', 'The auditor sampled 900 invoices (Marsh 2024, Table 2). His survey shows that 14% were paid twice.')).toBe(0)
  })

  test('`She also found …`: a past verb of finding with `also` or `further`', () => {
    expect(count('uncited-statistic', 'The auditor sampled 900 invoices (Marsh 2024, Table 2). She also found that 14% were paid twice.')).toBe(0)
    expect(count('uncited-statistic', 'The auditor sampled 900 invoices (Marsh 2024, Table 2). He further estimated that 14% were paid twice.')).toBe(0)
  })

  test('guard: `she said` alone may be another occasion; no cited sentence before covers nothing', () => {
    expect(count('uncited-statistic', 'The auditor sampled 900 invoices (Marsh 2024, Table 2). She said that 14% were paid twice.')).toBe(1)
    expect(count('uncited-statistic', 'The auditor sampled invoices last spring. Her analysis also found that 14% were paid twice.')).toBe(1)
  })
})

describe('the cited name opening the next sentence as its reporter', () => {
  test('the name of a reference written in the text', () => {
    expect(count('uncited-statistic', 'Ferry use fell after the fare rise (Okonjo 2022). Okonjo also found that 30% of riders switched to buses.')).toBe(0)
    expect(count('uncited-statistic', 'Ferry use fell after the fare rise, as Okonjo (2022) shows. Okonjo’s team estimate that 30% of riders switched to buses.')).toBe(0)
    expect(count('vague-attribution', 'Ferry use fell after the fare rise (Okonjo 2022). Okonjo\'s researchers say that riders switched to buses.')).toBe(0)
  })

  test('the name at the start of a citation key', () => {
    expect(count('uncited-statistic', 'Ferry use fell after the fare rise [@okonjo2022]. Okonjo also found that 30% of riders switched to buses.')).toBe(0)
  })

  test('guard: another name, or a name nothing before cites, is not covered', () => {
    expect(count('uncited-statistic', 'Ferry use fell after the fare rise (Okonjo 2022). Petrescu also found that 30% of riders switched to buses.')).toBe(1)
    expect(count('uncited-statistic', 'Ferry use fell after Okonjo raised the fares. Okonjo also found that 30% of riders switched to buses.')).toBe(1)
  })

  test('the language module gives the name it opens on, and none for a class of people', () => {
    expect(englishSourceLink('Okonjo also found that riders switched.').reporter).toBe('Okonjo')
    expect(englishSourceLink('O’Hara and Lund report that riders switched.').reporter).toBe('O’Hara')
    expect(englishSourceLink('Okonjo\'s team estimate that riders switched.').reporter).toBe('Okonjo')
    expect(englishSourceLink('Riders switched to buses.').reporter).toBeUndefined()
    expect(englishSourceLink('okonjo found that riders switched.').reporter).toBeUndefined()
    // A pronoun or a determiner opening the sentence is no name.
    expect(englishSourceLink('It also found that riders switched.').reporter).toBeUndefined()
    expect(englishSourceLink('They report that riders switched.').reporter).toBeUndefined()
  })
})
