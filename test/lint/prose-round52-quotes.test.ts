import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 52 of the prose rules, quotations. Read anew as words no one names
// the speaker of (unattributed, and no longer a quotation without citation):
// words an unnamed person wrote, rang or emailed to say, `to say` the purpose
// of a verb whose subject is that person (`One walker emailed the trust to
// say …`: the speaker is the subject of the first verb, not what stands
// between); and one pupil picked out by a school year in figures (`One Year 9
// boy said`: the capital is the year's, no name). Each case is in our own
// wording; every row fails on the code before this round but the guards,
// which keep the same reading before and after.

const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('an unnamed person who wrote, rang or emailed to say the words', () => {
  test('`One long-time dog walker emailed the heath trust to say`', () => {
    // One dog walker is no one named; `the heath trust` is who heard the words, not who said them.
    expect(both("One long-time dog walker emailed the heath trust to say the new fence had 'spoiled the view from every window on the lane'.")).toEqual([1, 0])
  })

  test('`A worried parent rang the head\'s office to say`', () => {
    // The same with `rang`, an indefinite article and a longer subject.
    expect(both("A worried parent rang the head's office to say the new timetable was 'impossible for anyone who works a morning shift'.")).toEqual([1, 0])
  })

  test('`One retired teacher wrote to us to say`', () => {
    // `wrote to us`, then `to say`: the retired teacher is unnamed.
    expect(both("One retired teacher wrote to us to say the hall had 'lost all of its old charm and its warmth'.")).toEqual([1, 0])
  })

  test('guard: a named person who emailed to say the words', () => {
    // A name before the first verb names the speaker.
    expect(both("Ana Ruiz emailed the trust to say the heath was 'at its very best in the late summer evenings'.")).toEqual([0, 1])
  })

  test('guard: a role with `the` who wrote to say the words', () => {
    // `The parish clerk` is a role with `the`: named.
    expect(both("The parish clerk wrote to the council to say the plan was 'a long way from what was promised in May'.")).toEqual([0, 1])
  })
})

describe('one pupil picked out by a school year in figures', () => {
  test('`One Year 9 boy said`', () => {
    // `Year 9` is the boy's year at school, no name.
    expect(both("One Year 9 boy said the trip was 'the first time he had ever seen the sea up close'.")).toEqual([1, 0])
  })

  test('`A Year 6 girl told us`', () => {
    // The same with `A` and `told us`.
    expect(both("A Year 6 girl told us the new library was 'the quietest place she knows to read a book'.")).toEqual([1, 0])
  })

  test('`One Grade 4 pupil later said`', () => {
    // A grade and an adverb before the verb.
    expect(both("One Grade 4 pupil later said the garden was 'the best thing the school has done in years'.")).toEqual([1, 0])
  })

  test('guard: the Year 10 tutor', () => {
    // A role with `the`: named.
    expect(both("The Year 10 tutor said the course was 'much harder than anything the pupils had done before'.")).toEqual([0, 1])
  })
})
