import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-ninth round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a sum raised by people the writer thanks, or
// names apart with a comma (`thank you to the guild, who raised £950`), is a
// result of fundraising, as `the raffle raised £612` is; it no longer reads as
// a group defined by what it raised (`pupils who raised £50 get a badge`).
// Each found row failed on the base commit; each guard row keeps the reading
// of the base and passes before and after. Rows are in our own wording.

describe('a sum raised by those thanked read anew', () => {
  test.each([
    // Thanks in the sentence, then `who raised`.
    ['Thank you to everyone in the village who raised £1,730 at the spring fete for the school roof.', ['£1,730']],
    ['Our thanks go to the bell ringers of St Mary\'s, who have raised £4,100 for the new frame.', ['£4,100']],
    ['Congratulations to the walkers who raised £2,905 on the coast path in June.', ['£2,905']],
    // Named apart with a comma, no thanks.
    ['The youth choir, who raised £860 at their carol concert, will sing again at Easter.', ['£860']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a group defined by what it raised, with no thanks and no comma.
    ['guard: Pupils who raised £50 receive a certificate.', []],
    ['guard: Members who raised £200 get a free ticket.', []],
    // Guard: a threshold stays one with thanks, `or more` after the sum.
    ['guard: Thank you to all who raised £50 or more.', []],
    // Guard: other verbs in a `who` clause keep the reading of the base.
    ['guard: Residents who own 2 cars pay more.', []],
    ['guard: Thank you to everyone who gave £10 a month.', []],
    ['guard: The objectors, who own four of the six neighbouring plots, are opposed.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
