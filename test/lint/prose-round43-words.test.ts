import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 43 of the prose rules, vague sources. Reported anew: `figures` of a
// field or a rank with a verb of speaking (people, not numbers), a class
// narrowed by an example after `like` or `such as`, a class's habitual
// description in quotation marks. No longer reported: a class that told the
// writer's own inquiry, a class telling the writer in its own calls or after
// its publication asked its own members, a decision on a course put for
// approval (and `generally accepted` in the active perfect), an impersonal
// passive its later clause says the writer's own pointed data bears out.
// Superlatives: an unbroken record in the negative perfect, none of the parts
// of a whole in the perfect. Quotations: the writer's own post with its
// holder named in apposition after the verb names the speaker.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('`figures` of a field or a rank with a verb of speaking', () => {
  test('`Industry figures warn`', () => {
    // People prominent in a trade, a class no one in which is named.
    expect(vague('Industry figures warn that the new levy will close small yards.')).toEqual(['Industry figures warn'])
  })

  test('`Senior racing figures insist`', () => {
    // A rank and a field before `figures`: still people.
    expect(vague('Senior racing figures insist that the course is unsafe in the wet.')).toEqual(['Senior racing figures insist'])
  })

  test('guard: figures that show are data', () => {
    // A verb of showing takes numbers, a kind of data.
    expect(vague('Industry figures show a fall in thefts from building sites.')).toEqual([])
  })
})

describe('a class narrowed by an example after `like` or `such as`', () => {
  test('a name after `like`', () => {
    // The dog is an example of the class, not a body the owners speak for.
    expect(vague('Owners of dogs like Bramble often say that the park is too small.')).toEqual(['Owners of dogs like Bramble often say'])
  })

  test('a name after `such as`', () => {
    // The same with `such as`.
    expect(vague('Carers of patients such as Edith often say that the nights are long.')).toEqual(['Carers of patients such as Edith often say'])
  })

  test('guard: a body after `at` still names the source', () => {
    // A named employer is a source, as before.
    expect(vague('Economists at Barclays say the rate will rise in spring.')).toEqual([])
  })
})

describe("a class's habitual description in quotation marks", () => {
  test('`often describe … as` and a quotation', () => {
    // The class's standing view is reported beside the words.
    expect(count('vague-attribution', "Walkers often describe the ridge as 'a knife laid on its back', and the path is narrow.")).toBe(1)
  })

  test('guard: a class that says the words', () => {
    // The quotation rules report the words alone, as before.
    expect(count('vague-attribution', "Walkers say the ridge feels like 'a knife laid on its back' in the wind.")).toBe(0)
  })

  test('guard: a description given once', () => {
    // No adverb of habit: the words only.
    expect(count('vague-attribution', "Walkers described the ridge as 'a knife laid on its back' last June.")).toBe(0)
  })
})

describe("a class that told the writer's own inquiry", () => {
  test('`told our survey`', () => {
    // The answers of the writer's own survey, its data in the first person.
    expect(vague('Childminders told our survey that fees had risen faster than wages.')).toEqual([])
  })

  test('`told my interviewers`', () => {
    // The same with the writer's interviewers as the hearers.
    expect(vague('Growers told my interviewers that the frost came late.')).toEqual([])
  })

  test('guard: a class that tells the writer as a habit', () => {
    // No inquiry named: a standing view, still reported.
    expect(vague('Childminders tell us that fees have risen faster than wages.')).toEqual(['Childminders tell'])
  })
})

describe("a class telling the writer in the writer's own calls or survey", () => {
  test('`In our weekly calls`', () => {
    // The writer's own calls are its fieldwork, even told again and again.
    expect(vague('In our weekly calls, carers continue to tell us that respite is hard to find.')).toEqual([])
  })

  test('a publication that asked its readers', () => {
    // The newsletter's own survey: those who answered are its informants.
    expect(vague('The newsletter asked readers about damp last spring, and 80 wrote back. Several tenants told us that the landlord never replied.')).toEqual([])
  })

  test('guard: no call or survey of the writer', () => {
    // A habit of telling with nothing of the writer's own: still reported.
    expect(vague('Carers continue to tell us that respite is hard to find.')).toEqual(['Carers continue to tell'])
  })
})

describe('a decision on a course put for approval', () => {
  test('`have generally accepted this method`', () => {
    // A practice of approving submissions, not a claim about the world.
    expect(vague('Inspectors have generally accepted this method for older boilers.')).toEqual([])
  })

  test('`rejected the waiver`', () => {
    // The same with a refusal.
    expect(vague('Planners rejected the waiver for the northern plot.')).toEqual([])
  })

  test('guard: accepting that a thing is so', () => {
    // A view with its clause: still reported.
    expect(vague('Economists broadly accept that the rate will rise.')).toEqual(['Economists broadly accept'])
  })

  test('guard: `generally accepted` in the impersonal passive', () => {
    // No subject: lent to no one, as before.
    expect(vague('It is generally accepted that the bridge is unsafe.')).toEqual(['It is generally accepted that'])
  })
})

describe("an impersonal passive the writer's own pointed data bears out", () => {
  test('`, and our own survey of the paths bears that out (Table 2)`', () => {
    // The writer's data stands behind the view it names back.
    expect(count('vague-attribution', 'It is often said that the north path is the steeper climb, and our own survey of the paths bears that out (Table 2).')).toBe(0)
  })

  test('guard: the own data in another clause, not said to bear it out', () => {
    // The pointer backs the survey's own figure, not the hearsay.
    expect(count('vague-attribution', 'It is often said that the north path is the steeper climb, yet our survey of the paths shows the reverse (Table 2).')).toBe(1)
  })
})

describe('an unbroken record in the negative perfect', () => {
  test('`has not missed a single`', () => {
    // As absolute as `never missed`: a record claimed.
    expect(superlatives('Our goalkeeper has not missed a single fixture in three seasons.')).toEqual(['has not missed a single fixture'])
  })

  test("`hasn't missed a` with `since`", () => {
    // The contracted form, the same record.
    expect(superlatives("The ferry hasn't missed a crossing since the new engine went in.")).toEqual(["hasn't missed a crossing"])
  })

  test('guard: a hedged record', () => {
    // `as far as we know` hedges it, as before.
    expect(superlatives('As far as we know, the ferry has not missed a crossing this year.')).toEqual([])
  })
})

describe('none of the parts of a whole, in the perfect', () => {
  test('`No part of the … has been`', () => {
    // A negative universal over a whole, in the perfect.
    expect(superlatives('No part of the coast path has been spared by the storms.')).toEqual(['No part of the coast path has'])
  })

  test('guard: a rule with its modal', () => {
    // A prohibition, not a claim, as before.
    expect(superlatives('No part of this booklet may be copied without leave.')).toEqual([])
  })
})

describe("the writer's own post with its holder named after the verb", () => {
  test('`says our head cooper, a name`', () => {
    // One person, named in apposition: a named speaker with no citation.
    const text = 'We train two apprentices a year. "Nobody learns this trade from a book, however good," says our yard foreman, Ewan Marr.'
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('guard: an indefinite speaker after the verb', () => {
    // One worker nobody names: unattributed, as before.
    const text = 'We train two apprentices a year. "Nobody learns this trade from a book, however good," said a worker in the yard.'
    expect(count('unattributed-quotation', text)).toBe(1)
  })
})
