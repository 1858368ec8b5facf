import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'

// Round 12 of the prose rules (superlatives, quotations and their speakers,
// vague attributions). Each case is paired with a twin on the other side, in
// our own wording.

describe('absolutes of the writer’s own practice, an instruction, a question or a crowd’s belief', () => {
  test.each([
    // The writer's own plan; `every` over the world.
    ['We will be writing to every new subscriber in the spring.', 'Flooding reached every new estate in the valley last spring.', 'every new'],
    // The members of the writer's own body; every member state of a union is a claim.
    ['Every member finished the navigation course by March.', 'Every member state has ratified the treaty.', 'Every member'],
    // A repeated occasion of the writer's people's work; every place of a kind.
    ['Crew members now carry a spare radio on every patrol.', 'Crew members found litter on every beach.', 'every beach'],
    // An instruction; a finding.
    ['Drill a pilot hole, then drive a screw into every rafter.', 'Rot has spread into every rafter of the barn.', 'every rafter'],
    // An instruction and the thing not to do; a participle after `never` tells of the world.
    ['Dab, never scrub, and rinse with cool water.', 'Wool, never washed, keeps its oils.', 'never'],
    // A question someone asks; the same words as a claim.
    ['A listener asks why his boiler never fires first time.', 'The old boiler never fires first time.', 'never'],
    // Inside a belief lent to an unnamed crowd (which vague-attribution reports); said outright.
    ['It is widely believed that bees never sleep.', 'Bees never sleep.', 'never'],
    ['Anglers broadly agree that the pike is the fiercest fish in the lake.', 'The pike is the fiercest fish in the lake.', 'the fiercest']
  ])('%s', (practice, claim, words) => {
    expect(found(detectSuperlatives, practice)).toEqual([])
    expect(found(detectSuperlatives, claim)).toEqual([words])
  })
})

describe('what stays a claim past the criteria of practice', () => {
  test.each([
    // A gerund opening its sentence is its subject, not an instruction.
    ['Keeping a diary helps in every case.', 'every case'],
    // `every` over places of the world, in a report with no plan, instruction or body of the writer's.
    ['Rain has fallen in every county since Monday.', 'every county'],
    // A belief told by a named body is not a crowd's.
    ['The Met Office says that this is the wettest May in the region.', 'the wettest']
  ])('%s', (claim, words) => {
    expect(found(detectSuperlatives, claim)).toEqual([words])
  })
})

describe('superlatives that rank nothing of the world', () => {
  test.each([
    // An idiom of the least owed; the least of a measure.
    ['A warm coat is the least you can give a volunteer.', 'This is the least reliable bus in the county.', 'the least reliable'],
    // One of the writer's own body picked out; with a comparison class it ranks again, and without the writer's body it is a claim.
    ['Our branch presented its longest-serving volunteer with a clock.', 'Our branch has its lowest membership in the county.', 'its lowest'],
    ['Our branch presented its longest-serving volunteer with a clock.', 'The branch presented its longest-serving volunteer with a clock.', 'its longest-serving'],
    // A report that none came in; none of a kind ranks above.
    ['No harm has been reported after the storm.', 'No rival has matched its range.', 'No rival has']
  ])('%s', (picked, claim, words) => {
    expect(found(detectSuperlatives, picked)).toEqual([])
    expect(found(detectSuperlatives, claim)).toEqual([words])
  })
})

describe('universals of fact', () => {
  test.each([
    // Every one of a kind, in the present or the future; one group's past is narrative.
    ['A hen may lay hundreds of eggs, but every one of them will be infertile without a cockerel.', 'every one of them will', 'We met the volunteers, and every one of them was cheerful.'],
    // None of a kind with a relative clause can be so; a plain relative clause claims nothing absolute.
    ['Glass is the menace, since no bale that contains any can be recycled.', 'no bale that contains any can be recycled', 'Glass is the menace, since a bale that contains any is rejected.'],
    // After a procedure's noun, `never` with no comma before it tells what happens; the way not taken after a comma is procedure.
    ['Calls to the council’s housing line are never answered.', 'never', 'Refund requests go through the box office, never directly to the artists.']
  ])('%s', (claim, words, other) => {
    expect(found(detectSuperlatives, claim)).toEqual([words])
    expect(found(detectSuperlatives, other)).toEqual([])
  })
})

describe('a report that none came in', () => {
  test('is the writer’s own news, not a claim lent to others', () => {
    expect(count('vague-attribution', 'No damage has been reported after the storm.')).toBe(0)
    expect(count('vague-attribution', 'Similar damage has been reported in other towns.')).toBe(1)
  })
})

describe('who `he` or `she` stands for', () => {
  test.each([
    // An unnamed person the sentence before opens on; a name there, or a name in apposition.
    [
      'A listener writes in about her hens. "They stopped laying the week the clocks went back," she says.',
      'Mira Osei writes in about her hens. "They stopped laying the week the clocks went back," she says.'
    ],
    [
      'A listener writes in about her hens. "They stopped laying the week the clocks went back," she says.',
      'A listener, Mira Osei, writes in about her hens. "They stopped laying the week the clocks went back," she says.'
    ]
  ])('%s', (unnamed, named) => {
    expect([count('quotation-without-citation', unnamed), count('unattributed-quotation', unnamed)]).toEqual([0, 1])
    expect([count('quotation-without-citation', named), count('unattributed-quotation', named)]).toEqual([1, 0])
  })
})

describe('an example of a kind of text in quotation marks', () => {
  test.each([
    // Mentioned after a plural kind and `like` or `such as`; said by someone, or compared with after a verb of seeming.
    ['Anagrams such as "Dirty room seen from the dormitory (9)" take practice.', 'A setter told us, "dirty room seen from the dormitory (9)" took her a week.'],
    ['Headlines like "Town hall wastes millions on new chairs" sell papers.', 'The new manager, a former ranger, sounds like "a man who has read every manual twice."']
  ])('%s', (example, words) => {
    expect(count('unattributed-quotation', example) + count('quotation-without-citation', example)).toBe(0)
    expect(count('unattributed-quotation', words) + count('quotation-without-citation', words)).toBe(1)
  })
})
