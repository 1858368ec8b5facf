import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 25 of the prose rules: vague attributions, superlatives and quoted
// terms. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('a sentence that ends inside a closing quote ends there', () => {
  test("the writer's own informants in the sentence before a quote's end do not name the class after it", () => {
    expect(found(detectVagueAttributions, 'A warden we met on the ridge said "the path floods every spring." Shepherds have always insisted that the stiles belong to the parish.')).toEqual([
      'Shepherds have always insisted'
    ])
    expect(found(detectVagueAttributions, "One keeper we visited admitted that 'the hives are never checked.' Beekeepers have long said that the mites came from abroad.")).toEqual([
      'Beekeepers have long said'
    ])
  })

  test("guard: the informants in the span's own sentence, or after a plain full stop, still name it", () => {
    expect(count('vague-attribution', 'We interviewed two wardens. Shepherds told us that the stiles belong to the parish.')).toBe(0)
    expect(count('vague-attribution', 'Shepherds we spoke to insisted that the stiles belong to the parish.')).toBe(0)
  })
})

describe('a class narrowed by `online`', () => {
  test('`<plural> online` with a reporting or naming verb is a class of people', () => {
    expect(found(detectVagueAttributions, 'Collectors online call it the finest clock ever made in Bristol.')).toEqual(['Collectors online call'])
    expect(found(detectVagueAttributions, 'Fans online say that the sequel was rushed.')).toEqual(['Fans online say'])
  })

  test('guard: a named forum, or a figure sold online', () => {
    expect(count('vague-attribution', 'Sales online rose by a third last winter.')).toBe(0)
    expect(count('vague-attribution', 'Members online voted the motion down.')).toBe(0)
  })
})

describe('`worst` or `best` as an adverb after a verb of faring or suffering', () => {
  test('`fared worst`, `suffered worst`, `came off best` rank the subject over its kind', () => {
    expect(found(detectSuperlatives, 'Early pears fared worst after the frost.')).toEqual(['fared worst'])
    expect(found(detectSuperlatives, 'Small shops suffered worst when the bridge closed.')).toEqual(['suffered worst'])
    expect(found(detectSuperlatives, 'The village teams came off best in the cup.')).toEqual(['came off best'])
  })

  test('guard: the question of who did, a hedge, or no superlative', () => {
    expect(found(detectSuperlatives, 'It is hard to say which orchards fared worst.')).toEqual([])
    expect(found(detectSuperlatives, 'Late plums probably fared worst.')).toEqual([])
    expect(found(detectSuperlatives, 'The orchard fared well this year.')).toEqual([])
  })
})

describe('the first or the last of a role in a land', () => {
  test('`was the last <role> of <trade> in <land>` is an absolute claim over the land', () => {
    expect(count('unsupported-superlative', 'Hardy was the last professional thatcher of reed roofs in Norfolk.')).toBe(1)
    expect(count('unsupported-superlative', 'She is the first professional sculptor of pewter in Ireland.')).toBe(1)
    expect(count('unsupported-superlative', 'Mrs Pell was the last instructor of side-saddle riding in Wales.')).toBe(1)
  })

  test('guard: a last of an occasion, with no role or no land', () => {
    expect(count('unsupported-superlative', 'It was the last stop of the day in the valley.')).toBe(0)
    expect(count('unsupported-superlative', 'He was the last speaker of the evening.')).toBe(0)
  })
})

describe('a superlative compound of a public measure', () => {
  test("`the highest-rated … we have ever run`: a ranking by reviews or visits, a record even in the writer's own range", () => {
    expect(found(detectSuperlatives, 'The Mill is the highest-rated café we have ever opened, with 4.8 stars.')).toEqual(['the highest-rated'])
    expect(found(detectSuperlatives, 'The Quay is the most-visited site they have restored.')).toEqual(['the most-visited'])
  })

  test("guard: the writer's own experience without a public measure", () => {
    expect(found(detectSuperlatives, 'It was the friendliest crowd we have ever hosted.')).toEqual([])
    expect(found(detectSuperlatives, 'In my view it is the best-reviewed café in town.')).toEqual([])
  })
})

describe('the one an instruction picks and places', () => {
  test("`seat the shyest pupil at the front`: one of the reader's own set, placed", () => {
    expect(found(detectSuperlatives, 'Seat the shyest pupil at the front of the class.')).toEqual([])
    expect(found(detectSuperlatives, 'Lay out the plates, and put the tallest candle in the centre of the table.')).toEqual([])
    expect(found(detectSuperlatives, 'Keep the heaviest pans on the bottom shelf.')).toEqual([])
  })

  test('guard: a ranking placed in the world, not in a position', () => {
    expect(found(detectSuperlatives, 'The storm felled trees and put the largest hospital in the region out of action.')).toEqual(['the largest'])
    expect(found(detectSuperlatives, 'The tallest tower in the county is at the front of the square.')).toEqual(['The tallest'])
  })
})

describe('`every` as the group of a rate or in a duty a body imposes', () => {
  test('`three in every batch of 100`: a proportion, not an absolute', () => {
    expect(found(detectSuperlatives, 'About three in every batch of 100 bottles leak.')).toEqual([])
    expect(found(detectSuperlatives, 'About one in every crate of fifty apples is bruised.')).toEqual([])
    expect(found(detectSuperlatives, 'Roughly two jars in every tray of forty crack in the kiln.')).toEqual([])
  })

  test('`will require … for every`: a rule laid down, not a claim that all are so', () => {
    expect(found(detectSuperlatives, 'From June the board will require landlords to keep a log for every bedroom.')).toEqual([])
    expect(found(detectSuperlatives, 'The new law requires councils to keep a register for every licensed dog.')).toEqual([])
  })

  test('guard: all of a kind, with no rate or rule', () => {
    expect(found(detectSuperlatives, 'There is a defibrillator in every school in the county.')).toEqual(['every school'])
    expect(found(detectSuperlatives, 'Damp affects homes in every region.')).toEqual(['every region'])
    expect(found(detectSuperlatives, 'Landlords required help, and damp was found in every region.')).toEqual(['every region'])
  })
})

describe("a quotation named after it as a document's own term", () => {
  test("`“…”, the phrase used in the Regulations`: a term the instrument uses, not someone's speech", () => {
    expect(count('quotation-without-citation', 'The panel asked whether the delay was "without any reasonable excuse", the phrase used in the Regulations.')).toBe(0)
    expect(count('quotation-without-citation', 'The court applied the rule that costs be "fair and proportionate to the issues at stake" (the wording of section 12).')).toBe(0)
    expect(count('quotation-without-citation', 'The panel asked whether the works were "necessary for the safe running of the building", the test set out in the Act.')).toBe(0)
  })

  test('guard: a phrase someone used, or a quotation with no term named', () => {
    expect(count('quotation-without-citation', 'The minister called the scheme "a tax on the patient saver", a phrase she used often.')).toBe(1)
    expect(count('quotation-without-citation', 'The minister said the scheme was "a tax on the patient saver", the phrase used in her speech.')).toBe(1)
    expect(count('unattributed-quotation', 'A tenant told the hearing that "nobody can pay this much rent and eat."')).toBe(1)
  })
})
