import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 52 of the prose rules, superlatives and vague sources.
// Superlatives, no longer reported: `every` over a business's own stock sent
// out or handed over with what comes with it (`Every kayak goes out with a
// spray deck`, `Every boiler is commissioned with a logbook`): the writer's
// own practice, not a claim of the world; a pick of the writer's own named in
// apposition after the person's age (`our youngest sailor, eleven-year-old
// Kit Mabey`), as it is without the age. Vague sources, reported anew: a
// class telling the writer of itself when what it tells ranks the writer's
// offering above every other (`Guests tell us they come back for the
// garden more than anything`, `they would not drink anywhere else`): praise
// lent to the class, not a report of its own doings.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('every one of a business\'s own stock sent out with what comes with it', () => {
  test('`Every kayak goes out with`', () => {
    // The hire centre's own practice for each of its kayaks.
    expect(superlatives('Every kayak goes out with a spray deck, a paddle leash and a whistle.')).toEqual([])
  })

  test('`Every boiler is commissioned with`', () => {
    // A handover the installer gives with each boiler it fits.
    expect(superlatives('Every boiler is commissioned with a logbook and a first service date.')).toEqual([])
  })

  test('`Every hire bike leaves the shop with`', () => {
    // `leaves the shop with`, a word before the noun.
    expect(superlatives('Every hire bike leaves the shop with a lock and a pump.')).toEqual([])
  })

  test('`Every canoe is hired with`', () => {
    // `is hired with`: what the centre hands over with each canoe.
    expect(superlatives('Every canoe is hired with a buoyancy aid and a spare paddle.')).toEqual([])
  })

  test('guard: every one of a kind born with a thing', () => {
    // No dispatch or handover: a claim about all children.
    expect(superlatives('Every child is born with a set of reflexes.')).toEqual(['Every child'])
  })

  test('guard: every one of a kind in the country fitted with a thing', () => {
    // A class of the world, over the country.
    expect(superlatives('Every house in the country is fitted with a smoke alarm.')).toEqual(['Every house'])
  })
})

describe('a class telling the writer it ranks the writer\'s offering above all', () => {
  test('`tell us they come back for … more than anything`', () => {
    // The class's praise of the garden, ranked above everything: lent to guests no one names.
    expect(vague('Guests tell us they come back for the walled garden more than anything.')).toEqual(['Guests tell'])
  })

  test('`tell us they would not drink anywhere else`', () => {
    // The same with `anywhere else`.
    expect(vague('Regulars tell us they would not drink anywhere else.')).toEqual(['Regulars tell'])
  })

  test('guard: a class telling the writer of its own doings', () => {
    // First-hand testimony of what the guests did, no ranking (round 48's reading).
    expect(vague('Guests tell us they came back for the walled garden.')).toEqual([])
  })

  test('guard: a ranking in the next sentence', () => {
    // The sentence of the telling holds no ranking; the next is not read with it.
    expect(vague('Many members tell us they joined after a bank turned them down. They love the club more than anything.')).toEqual([])
  })
})

describe('a pick of the writer\'s own named in apposition after the person\'s age', () => {
  test('`our youngest sailor, eleven-year-old Kit Mabey`', () => {
    // The club's own youngest, named: a pick, not a ranking of the world.
    expect(superlatives('At the autumn rally our youngest sailor, eleven-year-old Kit Mabey, won the first race.')).toEqual([])
  })

  test('`run by our oldest volunteer, 91-year-old Joan Pell`', () => {
    // The same with the age in figures, past the sentence's opening.
    expect(superlatives('The tea stall is run by our oldest volunteer, 91-year-old Joan Pell, on Saturdays.')).toEqual([])
  })

  test('guard: a country\'s oldest, named with the age', () => {
    // No possessive of the writer's or a body's: a ranking over a land's people.
    expect(superlatives("Britain's oldest man, 112-year-old John Tinn, died in May.")).toEqual(['oldest'])
  })
})
