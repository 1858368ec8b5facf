import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 29 of the prose rules: vague attributions, superlatives and
// quotations. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('a verb of habit or aspect before the reporting verb', () => {
  test('`tend to`, `have tended to`, `continue to`, `commonly assert`, `have again reported`', () => {
    expect(found(detectVagueAttributions, 'Seasoned anglers tend to say the upper pool fishes best in June.')).toEqual(['Seasoned anglers tend to say'])
    expect(found(detectVagueAttributions, 'Critics have tended to treat the novel as a satire on the trade.')).toEqual(['Critics have tended to treat'])
    expect(found(detectVagueAttributions, 'Returning walkers continue to describe the ridge as the finest in the park.')).toEqual([
      'Returning walkers continue to describe'
    ])
    expect(found(detectVagueAttributions, 'Scheme developers commonly assert that the pumps halve running costs.')).toEqual(['Scheme developers commonly assert'])
    expect(found(detectVagueAttributions, 'Farmers beside the lower dyke have again reported slumping banks.')).toEqual([
      'Farmers beside the lower dyke have again reported'
    ])
  })

  test('`to` right after a noun is an infinitive, not a clause: `No problems to report`', () => {
    expect(found(detectVagueAttributions, 'No problems to report this week.')).toEqual([])
  })

  test('guard: `tend to` with no reporting verb, `assert` with a noun object, `nothing to say`', () => {
    expect(found(detectVagueAttributions, 'Prices tend to rise before the holidays.')).toEqual([])
    expect(found(detectVagueAttributions, 'The council asserted its rights over the verge.')).toEqual([])
    expect(found(detectVagueAttributions, 'Nothing further to say on the matter.')).toEqual([])
  })
})

describe('concerns raised by a class of groups', () => {
  test('`<class of groups> have raised concerns about` lends a worry to unnamed bodies', () => {
    expect(found(detectVagueAttributions, "Parents' groups have raised concerns about the new bus times.")).toEqual(["Parents' groups have raised concerns"])
    expect(found(detectVagueAttributions, 'Cycling organisations raised concerns over the junction design.')).toEqual(['Cycling organisations raised concerns'])
  })

  test('guard: people at a meeting raising concerns about a thing, and `raise concerns that` by anyone', () => {
    expect(found(detectVagueAttributions, 'Several callers raised concerns about the cost of parking.')).toEqual([])
    expect(found(detectVagueAttributions, 'Shopkeepers raised concerns that the works would close the road.')).toEqual(['Shopkeepers raised concerns'])
  })
})

describe('plurals that lend no claim', () => {
  test('a meeting record: bare `Members` and a past verb, when the paragraph names the body', () => {
    expect(found(detectVagueAttributions, 'The Panel received the annual report. Members noted that waiting times had fallen.')).toEqual([])
  })

  test('guard: `Members say` is a standing view, and bare `Members` with no body named stays vague', () => {
    expect(found(detectVagueAttributions, 'The Panel meets monthly. Members say the new rota is unfair.')).toEqual(['Members say'])
    expect(found(detectVagueAttributions, 'Members noted that waiting times had fallen.')).toEqual(['Members noted'])
  })

  test('a past participle qualifying its noun, then the finite verb', () => {
    expect(found(detectVagueAttributions, 'Design changes agreed at the March review have cut the cost by a tenth.')).toEqual([])
  })

  test('guard: a reporting verb in the past with a phrase of time and a clause after it stays vague', () => {
    expect(found(detectVagueAttributions, 'Residents reported in May that the culvert had blocked.')).toEqual(['Residents reported'])
  })

  test("the writer's own informants, met at the writer's own sessions or walks", () => {
    expect(found(detectVagueAttributions, 'Landlords at our advice clinics often tell us the deposit rules are confusing.')).toEqual([])
    expect(found(detectVagueAttributions, 'Outreach went on through the winter. Older teenagers told us the park is unlit. We logged nothing on any of our three patrols.')).toEqual([])
  })

  test('guard: a class telling `us` with no fieldwork of the writer named stays vague', () => {
    expect(found(detectVagueAttributions, 'Landlords have told us the deposit rules are confusing.')).toEqual(['Landlords have told'])
  })
})

describe('superlatives and records', () => {
  test("a level against a body's own history: `the busiest we have ever had`", () => {
    expect(found(detectSuperlatives, 'The spring fair was the busiest we have ever had, with queues at the gate.')).toEqual(['the busiest'])
    expect(found(detectSuperlatives, 'Bookings have been the highest we have ever seen, and the courses are full.')).toEqual(['the highest'])
  })

  test('guard: one person’s experience, or a length not a level, stays unflagged', () => {
    expect(found(detectSuperlatives, 'The climb was the longest we have ever walked, and our legs ached.')).toEqual([])
  })

  test("compared across the writer's professional checks: `than any other … we have audited`", () => {
    expect(found(detectSuperlatives, 'Its error rate was higher than in any other scheme we have audited.')).toEqual(['higher than in any other'])
  })

  test('a first in living memory, and a state held every year since a year', () => {
    expect(found(detectSuperlatives, 'Otters have bred on the lower river for the first time in living memory.')).toEqual(['first time in living memory'])
    expect(found(detectSuperlatives, 'The lake has been above its target level, as set in the plan, every year since 2012.')).toEqual(['every year since 2012'])
  })

  test('guard: a passive of something done every year, and `almost every year`', () => {
    expect(found(detectSuperlatives, 'The regatta has been held every year since 1998.')).toEqual([])
    expect(found(detectSuperlatives, 'Rents rose almost every year since 2001.')).toEqual([])
  })

  test('none of a kind ever: the span holds the subject', () => {
    expect(found(detectSuperlatives, 'No house near the haul road has ever flooded.')).toEqual(['No house near the haul road has ever'])
  })

  test('a superlative after its noun, after a linking verb: `the package most exposed to`', () => {
    expect(found(detectSuperlatives, 'Roofing remains the trade most exposed to labour shortages.')).toEqual(['the trade most exposed'])
  })

  test('guard: `most` as a quantifier after the noun', () => {
    expect(found(detectSuperlatives, 'This is the beach most people in town prefer.')).toEqual([])
  })

  test("a survey's most common answer is picked out only as its sentence's subject", () => {
    expect(found(detectSuperlatives, 'Most guests arrive by train, and noise is the most common complaint.')).toEqual(['the most common'])
    expect(found(detectSuperlatives, 'We asked 80 guests. The most common answer, from a quarter, was noise.')).toEqual([])
  })

  test("nobody reacting on one occasion, ranked within the writer's own collection, and the largest part of a total broken down", () => {
    expect(found(detectSuperlatives, 'The wind got up after lunch, and nobody complained about stopping early.')).toEqual([])
    expect(found(detectSuperlatives, 'The bequest has filled the most annoying gaps in our holdings.')).toEqual([])
    expect(found(detectSuperlatives, 'The review saved £40,000. The largest single saving came from dropping the second lift.')).toEqual([])
  })

  test('guard: `nobody` with a verb that is no reaction stays an absolute', () => {
    expect(found(detectSuperlatives, 'Nobody builds a better bike for the money.')).toEqual(['Nobody'])
  })
})

describe('`the same survey` names its source back over two sentences', () => {
  test('a finding three sentences after the cited survey is covered', () => {
    const text =
      'Our autumn survey covered 400 homes (Table 1). Loft insulation was the most common upgrade. Most owners had done it themselves. The same survey found that draughty doors remain the single biggest complaint.'
    expect(count('unsupported-superlative', text)).toBe(1)
  })

  test('guard: a pointer that is no `same` does not reach that far', () => {
    const text =
      'Our autumn survey covered 400 homes (Table 1). Loft insulation was common. Most owners had done it themselves. These figures show that 38% of homes were draughty.'
    expect(count('uncited-statistic', text)).toBe(1)
  })
})

describe('quotations whose speaker goes unnamed', () => {
  test('a note someone left, a visitor described by a participle, an owner’s note, members of the public', () => {
    expect(count('unattributed-quotation', 'Someone pinned a card on the kiln saying "whoever fired glaze on Monday owes us a shelf," which seems fair.')).toBe(1)
    expect(count('unattributed-quotation', 'One customer, handed back her mended coat, told the tailor: "I nearly gave this to the charity shop."')).toBe(1)
    expect(count('unattributed-quotation', "An early reader's note in the margin calls it 'the fayrest tale in all this boke'.")).toBe(1)
    expect(count('unattributed-quotation', 'The objectors described lorries at night and, in one letter, "a roar like a jet over the roof".')).toBe(1)
  })

  test('guard: a saying introduced as one, and a named speaker', () => {
    expect(count('unattributed-quotation', 'As the old saying goes, "many hands make light work in the field."')).toBe(0)
    expect(count('quotation-without-citation', 'The warden, Ruth Abell, said the path was "the worst she had seen in a decade of work."')).toBe(1)
  })

  test('a stock metaphor in quotes is no one’s words', () => {
    expect(count('unattributed-quotation', "A parents' representative called the crossing 'a disaster waiting to happen'.")).toBe(0)
    expect(count('unattributed-quotation', "A parents' representative called the crossing 'a danger to every child who uses it'.")).toBe(1)
  })
})
