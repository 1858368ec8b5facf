import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 34 of the prose rules. Superlatives and absolutes that claim nothing
// of the world: a programme's own measure broken down by group, the
// writer's own place or holding, a selection a process makes, all of a set
// the paragraph has named reported done, a group named by a superlative
// alone, a first within someone's past story, a measure of surprise, an
// admission of not knowing, an idiom of no surprise, and `never` in a tip, a
// house instruction or the reader's condition; a superlative the source just
// cited is named again for (`, the team adds`). A first claimed as a noun
// (`a first for any …`) is a claim. Vague sources: studies in the present
// perfect whatever noun names their kind, `Staff will tell you`, a received
// explanation or assumption; not a class telling the writer how much they
// enjoy a thing. Quotations: `have been telling` with a bare plural is an
// unnamed speaker; a role with `the` in a relative clause with no pronoun
// names one. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('a first claimed as a noun', () => {
  test('`a first for any …`, `a first in …`', () => {
    expect(found(detectSuperlatives, 'All the letters have been transcribed, a first for any Welsh parish archive.')).toEqual(['a first for any'])
    expect(found(detectSuperlatives, 'The ward runs its own night clinic, a first in the county.')).toEqual(['a first in the'])
  })

  test('guard: a first draft, a first for me', () => {
    expect(found(detectSuperlatives, 'She sent a first draft to the editor on Monday.')).toEqual([])
    expect(found(detectSuperlatives, 'Riding a tandem was a first for me.')).toEqual([])
  })
})

describe('picked out of the writer’s own figures, place, process or set', () => {
  test('a programme’s own measure broken down by group: `Attendance was lowest in …`', () => {
    expect(found(detectSuperlatives, 'The clinic saw 412 children this term (Table 2). Attendance was lowest in the two northern villages.')).toEqual([])
    expect(found(detectSuperlatives, 'Take-up of the free meals was highest among infant pupils.')).toEqual([])
  })

  test('the writer’s own place or holding: `the oldest barrel in this cellar`', () => {
    expect(found(detectSuperlatives, 'The oldest barrel in this cellar was coopered in 1952.')).toEqual([])
    expect(found(detectSuperlatives, 'The heaviest anchor in our collection came from a Baltic trader.')).toEqual([])
  })

  test('a selection a process makes: `lets only the finest grains through`', () => {
    expect(found(detectSuperlatives, 'The mesh lets only the finest grains through to the lower tray.')).toEqual([])
  })

  test('all of a set the paragraph named, reported done: `Every letter has been transcribed`', () => {
    expect(found(detectSuperlatives, 'The parish letters came to us in 2019. Every letter has been transcribed by volunteers.')).toEqual([])
  })

  test('guard: a measure of the world by region, the largest in the country, every of a set not named before', () => {
    expect(found(detectSuperlatives, 'Unemployment was highest in the north.')).toEqual(['was highest'])
    expect(found(detectSuperlatives, 'The oldest barrel in this country was coopered in 1952.')).toEqual(['The oldest'])
    expect(found(detectSuperlatives, 'The archive opened in 2019. Every letter has been transcribed by volunteers.')).toEqual(['Every letter'])
  })
})

describe('a group named, someone’s story, surprise, not knowing, an idiom', () => {
  test('a group named by a superlative alone: `the worst carry on regardless`', () => {
    expect(found(detectSuperlatives, 'Fines catch careless drivers, but the worst continue to speed through the village.')).toEqual([])
  })

  test('a first within someone’s past story: `was the first time anyone … had`', () => {
    expect(found(detectSuperlatives, 'She said the survey was the first time anyone from the trust had checked the loft.')).toEqual([])
  })

  test('a measure of surprise: `better than any of us had hoped`', () => {
    expect(found(detectSuperlatives, 'The harvest came in better than any of us had hoped.')).toEqual([])
  })

  test('not knowing yet: `No one is yet sure whether`, `nobody knows why`', () => {
    expect(found(detectSuperlatives, 'No one is yet sure whether the leak has stopped.')).toEqual([])
    expect(found(detectSuperlatives, 'Nobody knows why the swifts left early.')).toEqual([])
  })

  test('the idiom `will surprise nobody`', () => {
    expect(found(detectSuperlatives, 'The delay will surprise nobody who has used the ferry.')).toEqual([])
  })

  test('guard: `the first time anyone has` claimed, `better than any other`, `nobody` ranked', () => {
    expect(found(detectSuperlatives, 'It is the first time anyone has rowed the loch in winter.')).toEqual(['is the first time a'])
    expect(found(detectSuperlatives, 'This loam drains better than any other soil.')).toEqual(['better than any other'])
    expect(found(detectSuperlatives, 'Nobody bakes a finer loaf.')).toEqual(['Nobody'])
  })
})

describe('`never` in a tip, a house instruction or the reader’s condition', () => {
  test('an infinitive of advice: `never to rely on`', () => {
    expect(found(detectSuperlatives, 'Her advice is to test on scrap first and never to rely on the dial.')).toEqual([])
  })

  test('the reader in a condition: `If you have never …`', () => {
    expect(found(detectSuperlatives, 'If you have never sailed before, start with the harbour course.')).toEqual([])
  })

  test('where a thing goes: `goes in the caddy, never in the bin`', () => {
    expect(found(detectSuperlatives, 'Food waste goes in the green caddy, never in the black bin.')).toEqual([])
  })

  test('guard: `never` of the world', () => {
    expect(found(detectSuperlatives, 'The river never floods in summer.')).toEqual(['never'])
  })
})

describe('a superlative the source just cited is named again for', () => {
  test('`, the team adds`', () => {
    expect(count('unsupported-superlative', 'The museum team counted 41,000 visitors in the year (Figure 3). School parties make up the largest share, the team adds.')).toBe(0)
  })

  test('guard: no source named again', () => {
    expect(count('unsupported-superlative', 'The museum team counted 41,000 visitors in the year (Figure 3). School parties make up the largest share.')).toBe(1)
  })
})

describe('vague sources', () => {
  test('studies in the present perfect, whatever noun names their kind', () => {
    expect(found(detectVagueAttributions, 'Cohort studies have shown that night shifts raise blood pressure.')).toEqual(['Cohort studies have shown'])
  })

  test('the hearsay idiom with a collective noun: `Staff will tell you`', () => {
    expect(found(detectVagueAttributions, 'Staff will tell you that the east tower is haunted.')).toEqual(['Staff will tell'])
  })

  test('a received explanation or assumption: `is usually explained as`, `are often assumed to`', () => {
    expect(found(detectVagueAttributions, 'The carved hare is usually explained as a pun on the mason’s name.')).toEqual(['is usually explained as'])
    expect(found(detectVagueAttributions, 'Small farms are often assumed to use fewer sprays.')).toEqual(['are often assumed to'])
  })

  test('not vague: a class telling the writer how much they or their own family enjoy a thing', () => {
    expect(found(detectVagueAttributions, 'Grandparents have told us how much their grandchildren enjoy the story hour.')).toEqual([])
  })

  test('guard: exit surveys, a rule of assumption, a class telling a claim, a delay explained', () => {
    expect(found(detectVagueAttributions, 'Exit surveys have shown that visitors stay longer.')).toEqual([])
    expect(found(detectVagueAttributions, 'Students are assumed to have read the handbook.')).toEqual([])
    expect(found(detectVagueAttributions, 'Grandparents have told us how unsafe the crossing is.')).toEqual(['Grandparents have told'])
    expect(found(detectVagueAttributions, 'The hare is usually explained as a pun by the county historian.')).toEqual([])
  })
})

describe('who a quotation is given to', () => {
  test('a bare plural with `have been telling`: unnamed', () => {
    const text = "Regulars have been telling us that the new bar stools are 'the comfiest seats in the whole town'."
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a role with `the` in a relative clause with no pronoun: named', () => {
    const text = "We raised £4,000 in a week, a total the governors call 'far beyond anything we had planned for'."
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('guard: a class in the same relative clause stays unnamed', () => {
    const text = "The lane flooded again, a problem the residents call 'a disgrace that nobody will fix'."
    expect(count('unattributed-quotation', text)).toBe(1)
  })
})
