import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 50 of the prose rules, superlatives and vague sources.
// Superlatives, reported anew: a record over a body's own past closing its
// clause (`were a record for the club.`), a first that has happened within
// living memory or since a year (`the first time that has happened in living
// memory`), and `the first` with `ever` and a participle after its noun
// (`the first woman ever elected`). No longer reported: a superlative
// picking among one event's own entries (`The best fleece at the show went
// to …`), a sum of prize money for a superlative (`£100 for the tallest
// sunflower`), and `every` as who a sum is refunded to (`refunded to every
// rider who finishes`). Vague sources, reported anew: a class with a contact
// clause of the writer's own (`Farmers we work with say`) and an
// agentless passive of accusation (`are frequently accused of`); no longer:
// a thing worrying a bare plural that closes its clause (`Rising rents
// continue to worry tenants.`), a feeling caused, no source. Each case is in
// our own wording; every row fails on the code before this round but the
// guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('a thing worrying a bare plural that closes its clause', () => {
  test('`continue to worry tenants.`', () => {
    // Rents cause the worry; no one is lent a claim.
    expect(vague('Rising rents continue to worry tenants.')).toEqual([])
  })

  test('`worry shopkeepers.`', () => {
    // The same with the verb in the present and no `continue to`.
    expect(vague('New parking charges worry shopkeepers.')).toEqual([])
  })

  test('guard: a class worrying about a thing', () => {
    // `about` opens what the class worries over: a view of the class.
    expect(vague('Shopkeepers worry about parking charges.')).toEqual(['Shopkeepers worry'])
  })

  test('guard: a plural with a verb after it', () => {
    // `teachers are leaving` is the clause the parents' worry reports.
    expect(vague('Parents worry teachers are leaving.')).toEqual(['Parents worry'])
  })
})

describe('a class with a contact clause of the writer\'s own', () => {
  test('`Farmers we work with say`', () => {
    // The writer's acquaintance does not name the class.
    expect(vague('Farmers we work with say the rain came too late.')).toEqual(['Farmers we work with say'])
  })

  test('`Colleagues I studied under believe`', () => {
    // The same with `under` left at the clause's end.
    expect(vague('Colleagues I studied under believe the method is flawed.')).toEqual(['Colleagues I studied under believe'])
  })

  test('guard: the people the writer spoke with', () => {
    // Speaking with them is the writer's own fieldwork, its informants in the first person.
    expect(vague('Potters I spoke with say the clay is poorer now.')).toEqual([])
  })
})

describe('an agentless passive of accusation', () => {
  test('`are frequently accused of`', () => {
    // Who accuses them goes unnamed.
    expect(vague('Beekeepers are frequently accused of exaggerating their losses.')).toEqual(['are frequently accused of'])
  })

  test('`have long been accused of`', () => {
    // The same in the perfect.
    expect(vague('Landlords have long been accused of neglecting repairs.')).toEqual(['have long been accused of'])
  })

  test('guard: an accuser named in the active', () => {
    // The regulator is the source.
    expect(vague('The regulator accused the firm of misleading customers.')).toEqual([])
  })
})

describe('a superlative picking among one event\'s own entries', () => {
  test('`The best fleece at the show`', () => {
    // The show's own winner, its result told.
    expect(superlatives('The best fleece at the show went to a Herdwick from Eskdale.')).toEqual([])
  })

  test('`The longest marrow in last year\'s Harrogate show`', () => {
    // The same with a year's show named.
    expect(superlatives('The longest marrow in last year’s Harrogate show measured 92 cm.')).toEqual([])
  })

  test('guard: a score at any show of a venue', () => {
    // `at an Oakhurst show` is every show there: a record claimed.
    expect(superlatives('It was the highest score recorded at an Oakhurst show.')).toEqual(['the highest'])
  })
})

describe('a sum of prize money for a superlative', () => {
  test('`£100 for the tallest sunflower`', () => {
    // The prize names what it is for; nothing is ranked.
    expect(superlatives('Entrants receive £100 for the tallest sunflower.')).toEqual([])
  })

  test('`£50 for the heaviest carp`', () => {
    // The same after `pays`.
    expect(superlatives('The club pays £50 for the heaviest carp.')).toEqual([])
  })

  test('guard: a sum after a superlative ranked across a country', () => {
    // The bull is ranked across the country; the sum is its price.
    expect(superlatives('The farm sold the heaviest bull in the country for £9,000.')).toEqual(['the heaviest'])
  })
})

describe('a record over a body\'s own past, closing its clause', () => {
  test('`were a record for the club.`', () => {
    // More than in any year of the club's past: a record claimed.
    expect(superlatives('The 412 bookings were a record for the club.')).toEqual(['a record for the club'])
  })

  test('`a record for the festival.`', () => {
    // The same for a festival.
    expect(superlatives('Takings of £8,100 were a record for the festival.')).toEqual(['a record for the festival'])
  })

  test('guard: a record kept', () => {
    // A log, not a record broken.
    expect(superlatives('We kept a record for the club.')).toEqual([])
  })
})

describe('a first that has happened within living memory or since a year', () => {
  test('`the first time that has happened in living memory`', () => {
    // A first over all the years anyone remembers.
    expect(superlatives('We lost no matches to rain this year, the first time that has happened in living memory.')).toEqual(['first time that has happened in living memory'])
  })

  test('`the first time that had happened since 1963`', () => {
    // The same over a span since a year.
    expect(superlatives('The river froze over, the first time that had happened since 1963.')).toEqual(['first time that had happened since 1963'])
  })

  test('guard: a first of the writer\'s own life', () => {
    // No span of time: the writer's own experience.
    expect(superlatives('It was the first time that has happened to me.')).toEqual([])
  })
})

describe('`the first` with `ever` and a participle after its noun', () => {
  test('`the first woman ever elected`', () => {
    // A first over all of a kind there has been.
    expect(superlatives('She was the first woman ever elected to the board.')).toEqual(['was the first'])
  })

  test('`the first pumpkin over a tonne ever grown`', () => {
    // The same with a measure between the noun and `ever`.
    expect(superlatives('This was the first pumpkin over a tonne ever grown on the allotments.')).toEqual(['was the first'])
  })

  test('guard: the writer\'s own first', () => {
    // Ranked within the writer's own experience.
    expect(superlatives('It is the first car I have ever owned.')).toEqual([])
  })
})

describe('`every` as who a sum is refunded to', () => {
  test('`refunded to every rider who finishes`', () => {
    // A promise of the scheme's own, to its own entrants.
    expect(superlatives('Deposits will be refunded to every rider who finishes the course.')).toEqual([])
  })

  test('`repaid to every competitor`', () => {
    // The same with `repaid`.
    expect(superlatives('The entry fee is repaid to every competitor if the meeting is called off.')).toEqual([])
  })

  test('guard: `every` after a verb of spreading', () => {
    // Nothing given: an absolute about the world.
    expect(superlatives('The virus has spread to every driver in the depot.')).toEqual(['every driver'])
  })
})
