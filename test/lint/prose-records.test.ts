import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import type {Span} from '../../src/lint/prose/span.js'

// Round 9 of the prose rules: hearsay passed on by a quantified class, and
// records, lasts, firsts in a span of time and unbroken runs, beside the
// offers and appeals whose `every` claims nothing. Each case is paired with
// a twin on the other side.

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

describe('hearsay with a quantifier', () => {
  test.each([
    ['A few anglers have heard that the weir is coming down.', ['A few anglers have heard'], 'The warden has heard that the weir is coming down.'],
    ['Many commuters hear that the line will close in June.', ['Many commuters hear'], 'Many commuters hear the trains from their gardens.'],
    ['Neighbours have heard that the mill would shut.', ['Neighbours have heard'], 'Neighbours heard a loud crash at midnight.'],
    // A meeting told something, in the past, is a record of the meeting; a quantifier makes it hearsay again.
    ['A few governors heard that the roof would need replacing.', ['A few governors heard'], 'Governors heard that the roof would need replacing.'],
    ['Most tenants have heard it said that rents will rise.', ['Most tenants have heard'], 'We have heard that rents will rise.']
  ])('%s', (vague, words, twin) => {
    expect(found(detectVagueAttributions, vague)).toEqual(words)
    expect(found(detectVagueAttributions, twin)).toEqual([])
  })
})

describe('records, lasts, firsts in a span of time and unbroken runs', () => {
  test.each([
    ['The frost took the lowest reading the station has logged, the coldest night we have ever measured.', 'the coldest', 'It was the friendliest welcome we have ever had.'],
    ['The steamer is the last working paddle boat on the lake.', 'the last working', 'The last boat leaves the pier at six.'],
    ['The mill keeps the last surviving water wheel in the valley.', 'the last surviving', 'The last remaining places on the course go on sale at noon.'],
    ['The ewes gave birth to the first twin lambs on the farm in twenty years.', 'first twin lambs on the farm in twenty years', 'The first lambs were born in March.'],
    ['The ewes had their first lambs on the farm in twenty years.', 'first lambs on the farm in twenty years', 'The first instalment falls due in two years.'],
    ['The orchard gave the first ripe apricots in a decade.', 'first ripe apricots in a decade', 'We will plant the first apricots in a decade, if the wall is rebuilt.'],
    ['The pair won their first away match since 1998 on Saturday.', 'first away match since 1998', 'The pair won their first away match on Saturday.'],
    ['She swam the strait in four hours, smashing the previous crossing record.', 'smashing the previous crossing record', 'She wanted to set the record straight about the crossing.'],
    ['The band rewrote the festival record for a sell-out.', 'rewrote the festival record', 'The band broke the record player during the encore.'],
    ['Ticket sales have risen every season since 2012.', 'risen every season since', 'Ticket sales are counted every season by the treasurer.']
  ])('%s', (claim, words, twin) => {
    expect(found(detectSuperlatives, claim)).toContain(words)
    expect(found(detectSuperlatives, twin)).toEqual([])
  })
})

describe('`every` in an offer or an appeal', () => {
  test.each([
    ['Flu jabs will be offered to every carer registered with the surgery.', 'Flu jabs reached every village in the county.'],
    ['A free smoke alarm is available for every household in the ward.', 'Smoke alarms were missing from every house on the street.'],
    ['Every penny you donate goes towards the new roof.', 'Every roof in the village leaks.']
  ])('%s', (offer, claim) => {
    expect(found(detectSuperlatives, offer)).toEqual([])
    expect(found(detectSuperlatives, claim)).toHaveLength(1)
  })
})
