import {describe, expect, test} from 'vitest'
import type {PositionedCite} from '../../src/render/csl/positions.js'
import {PositionTracker} from '../../src/render/csl/positions.js'

const first = 0
const subsequent = 1
const ibid = 2
const ibidWithLocator = 3

/** Positions of clusters given as [note, cites] pairs. */
function positions(clusters: Array<[number, Array<[string, string?]>]>, distance = 5) {
  const tracker = new PositionTracker(distance)
  return clusters.map(([note, items]) => {
    const cites: PositionedCite[] = items.map(([id, locator]) => ({id, locator}))
    tracker.cluster(cites, note)
    return cites.map((cite) => [cite.position, cite['near-note'] ?? false])
  })
}

describe('cite positions', () => {
  test('first, ibid, ibid-with-locator, and subsequent after a dropped locator', () => {
    expect(positions([[1, [['a', '1']]], [2, [['a', '1']]], [3, [['a', '2']]], [4, [['a']]], [5, [['a']]], [6, [['a', '3']]]])).toEqual([
      [[first, false]],
      [[ibid, true]],
      [[ibidWithLocator, true]],
      [[subsequent, true]],
      [[ibid, true]],
      [[ibidWithLocator, true]]
    ])
  })

  test('a skipped note (an author note) or a two-source note breaks the chain', () => {
    expect(positions([[1, [['a']]], [3, [['a']]]])).toEqual([[[first, false]], [[subsequent, true]]])
    expect(positions([[1, [['a'], ['b']]], [2, [['b']]]])).toEqual([[[first, false], [first, false]], [[subsequent, true]]])
  })

  test('a note that cites one source twice keeps the chain; a cluster of two cites or a note of two sources does not (pandoc)', () => {
    // `[@a, 3] and [@a, 4]`, then `[@a, 5]`: ibid-with-locator.
    expect(positions([[1, [['a', '3']]], [1, [['a', '4']]], [2, [['a', '5']]]])[2]).toEqual([[ibidWithLocator, true]])
    // `[@b] and [@a, 3]`, then `[@a, 3]`: the note cited two sources.
    expect(positions([[1, [['b']]], [1, [['a', '3']]], [2, [['a', '3']]]])[2]).toEqual([[subsequent, true]])
    // `[@a; @a, 7]`, then `[@a, 7]`: the cluster before held two cites.
    expect(positions([[1, [['a'], ['a', '7']]], [2, [['a', '7']]]])).toEqual([[[first, false], [ibidWithLocator, true]], [[subsequent, true]]])
    // `[@a]`, `[@b]`, then `[@a]` in one note: not the cluster just before.
    expect(positions([[1, [['a']]], [1, [['b']]], [1, [['a']]]])[2]).toEqual([[subsequent, true]])
  })

  test('within a cluster and within a note', () => {
    expect(positions([[1, [['a'], ['a']]]])).toEqual([[[first, false], [ibid, true]]])
    expect(positions([[1, [['a']]], [1, [['a']]]])).toEqual([[[first, false]], [[ibid, true]]])
  })

  test('near-note: within the style’s distance of the last cite of the item', () => {
    expect(positions([[1, [['a']]], [2, [['b']]], [4, [['a']]], [10, [['a']]]], 2)).toEqual([
      [[first, false]],
      [[first, false]],
      [[subsequent, false]],
      [[subsequent, false]]
    ])
    expect(positions([[1, [['a']]], [2, [['b']]], [3, [['a']]]], 2)[2]).toEqual([[subsequent, true]])
  })

  test('outside notes (in-text styles) the previous cluster counts', () => {
    expect(positions([[0, [['a']]], [0, [['a']]], [0, [['b']]], [0, [['a']]]])).toEqual([
      [[first, false]],
      [[ibid, true]],
      [[first, false]],
      [[subsequent, true]]
    ])
  })
})
