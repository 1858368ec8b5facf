import {describe, expect, test} from 'vitest'
import {found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 19 of the prose rules (vague attributions and superlatives), by
// kind. Each case is in our own wording; every row fails on the code before
// this round but the named guards.

describe('vague sources: a consensus by consent, a demand or a return filed, a hearing told', () => {
  test('`by common consent` and `by general agreement` lend a claim to an unnamed consensus', () => {
    expect(found(detectVagueAttributions, 'The mill was, by common consent, the finest on the river.')).toEqual(['by common consent'])
    expect(found(detectVagueAttributions, 'By general agreement the old bridge is beyond repair.')).toEqual(['By general agreement'])
  })

  test('`insist on` and a thing is a demand made, not a claim reported', () => {
    expect(found(detectVagueAttributions, 'Planning officers insist on timber windows in the old town.')).toEqual([])
  })

  test('guard: `insist that` reports a claim (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'Planning officers insist that timber windows last longer.')).toEqual(['Planning officers insist'])
  })

  test('`declare` with a noun of money is a return filed, not a claim reported', () => {
    expect(found(detectVagueAttributions, 'Similar cafés in the town usually declare card takings of about two thirds of turnover.')).toEqual([])
    expect(found(detectVagueAttributions, 'Most landlords declare their rental income late.')).toEqual([])
  })

  test('`We were told that` in a paragraph a tribunal or a court writes is the hearing told by the parties', () => {
    const text = 'The Tribunal heard this appeal over two days in March. We were told that the firm has since closed its Leeds office.'
    expect(found(detectVagueAttributions, text)).toEqual([])
  })

  test('guard: `We were told that` with no hearing named stays vague (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'The walk took two days in March. We were told that the path has since closed.')).toEqual(['We were told that'])
  })
})

describe('superlatives: a first to reach a named body; the writer’s own measured catch; a memory; `one of` an owner’s best', () => {
  test('`the first` a kind `to` do something to a named body is a first-ever claim', () => {
    expect(found(detectSuperlatives, 'This was the first case to reach the Tribunal under the new code.')).toEqual(['was the first'])
  })

  test('guard: `the first` step to take, with no name after it, is not (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'This is the first step to take when a pipe bursts.')).toEqual([])
  })

  test('`our` and a superlative with its measure given is the writer’s own data, not a ranking of the world', () => {
    expect(found(detectSuperlatives, 'Whatever the weather, our longest eel this spring measured 84 cm from snout to tail.')).toEqual([])
    expect(found(detectSuperlatives, 'At the autumn count, our biggest pike weighed 9 kg.')).toEqual([])
  })

  test('guard: a possessive superlative with no measure still ranks (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'Yesterday we landed our heaviest carp ever.')).toEqual(['our heaviest'])
  })

  test('a superlative bounded by what its tellers can remember ranks within their memory, not the record', () => {
    expect(found(detectSuperlatives, 'Ferry crews call it the roughest winter they can remember.')).toEqual([])
    expect(found(detectSuperlatives, 'It was the wettest June anyone could recall.')).toEqual([])
  })

  test('`one of` before an owner and its superlative hedges it like `one of the best`', () => {
    expect(found(detectSuperlatives, 'The reprint became one of the publisher’s best-selling titles.')).toEqual([])
  })

  test('guard: an owner’s superlative with no `one of` still ranks (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'The reprint became the publisher’s best-selling title.')).toEqual(['best'])
  })

  test('a superlative before a plural at the start of a clause someone told picks members of a group out', () => {
    expect(found(detectSuperlatives, 'A warden told us the oldest oaks would have to come down.')).toEqual([])
  })

  test('guard: before a singular it still ranks (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'A warden told us the oldest oak would have to come down.')).toEqual(['the oldest'])
  })
})
