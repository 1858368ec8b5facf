import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {englishSpeaker} from '../../src/lint/prose/speaker.js'
import type {Span} from '../../src/lint/prose/span.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {inPartyVoice} from '../../src/lint/prose/voice.js'

// Fourth round of the prose detectors: whose voice a number is in, what a
// number names, and more kinds of vague source and unnamed speaker. Every
// example is written for this file (none comes from a labelled set).

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

describe('the writer as a party: figures given, not reported', () => {
  test.each([
    // Plans, wishes, offers and the writer's method.
    ['Next spring we will plant 3,000 oak saplings along the canal.'],
    ['We want to train 40 more lifeguards before the summer.'],
    ['We are recruiting 12 apprentices for the bakery this autumn.'],
    ['We offer £14.20 an hour and free parking to every driver.'],
    ['Our survey team visited 22 farms in the valley in June.'],
    ['We interviewed 60 shop owners on the high street.'],
    // Terms set for the reader.
    ['You will spend at least 40 days on placement during the degree.'],
    ['Your membership covers up to 6 guests at any one event.'],
    ['Travel costs of up to £45 per trip can be claimed back from the office.'],
    // What a proposal or a design would do.
    ['The new reservoir would flood 120 hectares of pasture.'],
    ['The bridge will carry 2 lanes of traffic and a cycle path.']
  ])('%s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    // Achievements and outcomes in the writer's own voice are still claims.
    ['Since 2019 we have housed 1,350 families in the borough.', ['1,350 families']],
    ['Last year our helpline had to turn away 480 callers.', ['480 callers']],
    ['Each summer we welcome 65,000 visitors to the gardens.', ['65,000 visitors']],
    // Findings.
    ['We found 310 cases of the blight across the county.', ['310 cases']],
    // Shares, multiples and changes are claims in every voice.
    ['We will cut our heating bills by 25% this winter.', ['by 25%']],
    ['Our members are twice as likely to vote as non-members.', ['twice as likely']],
    // The reader addressed, but the number is about the world in a relative clause.
    ['You will manage the depots that ship 18,000 crates a week.', ['18,000 crates']],
    // A forecast, not a design.
    ['Demand will reach 900 megawatts by the end of the decade.', ['900 megawatts']],
    // A hedged future is a claim about what may happen.
    ['Repairs could cost £3 million if the roof fails.', ['£3 million']]
  ])('%s is still a statistic', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })

  test('inPartyVoice reads only kinds a party gives of its own doing', () => {
    const text = 'We will plant 3,000 saplings and raise cover by 5%.'
    const count: Span = {start: text.indexOf('3,000'), end: text.indexOf(' and'), kind: 'count'}
    const change: Span = {start: text.indexOf('by 5%'), end: text.length - 1, kind: 'change'}
    expect(inPartyVoice(text, count, 0, text.length)).toBe(true)
    expect(inPartyVoice(text, change, 0, text.length)).toBe(false)
  })
})

describe('what a number names', () => {
  test.each([
    // Versions and version ranges.
    ['Quillpad 2.5 ships with a dark theme.'],
    ['Builds from 3.1 onwards are signed.'],
    ['It needs Lua 5.4 or later.'],
    // Labels.
    ['Patients with type 1 diabetes need insulin.'],
    ['Trains for the coast leave from platform 9.'],
    // Clock times in a list, and a minute of a match.
    ['Buses leave the square at 7.45 and 16.15 on weekdays.'],
    ['The visitors scored on 38 minutes through a long throw.'],
    // Thresholds and conditions.
    ['The school closes when snow exceeds 20 cm on the drive.'],
    ['Screening is offered to anyone with a 15% or greater risk.'],
    // One priced thing offered.
    ['A £12 donation buys a winter coat for a child.'],
    ['The bakery sells a sourdough loaf for £4.'],
    // An instruction on a verb in -y.
    ['Apply 30 g of feed per plant after the first frost.'],
    ['Carry two spare tubes on the longer rides.'],
    // A crowd setting a scene.
    ['Hundreds of swifts circled the church tower.'],
    // Opening hours, a specification, a term of a loan, a small count in a description.
    ['The café is open daily, 8.30 to 15.45.'],
    ['The drone has a 12 MP camera and a 2,400 mAh battery.'],
    ['The loan is offered at 6.9% APR.'],
    ['The cottage has 3 bedrooms and a garden.'],
    ['The dish serves 6 and keeps for a week.'],
    // A rule of play.
    ['Each player draws 3 cards per turn.']
  ])('%s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    ['Sales were thin, a quarter lower than in spring.', ['a quarter lower']],
    ['The app is opened about 40,000 times a day.', ['40,000 times a day']],
    ['Flats here let in an average of six days.', ['an average of six days']],
    ['The closure will strand thousands of commuters.', ['thousands of commuters']],
    ['Absence here is half the regional average.', ['half the regional average']],
    ['The glacier is shrinking, peaking at 40 metres of loss a year.', ['peaking at 40 metres']],
    ['Staff voted by 214 to 37 to strike.', ['voted by 214 to 37']],
    ['It is thought that a tenth of the wells are dry.', ['a tenth of']],
    ['Against this background, the share rose from 8% to 11%.', ['rose from 8% to 11%']],
    ['Sea levels rose 4 mm last year.', ['rose 4 mm']],
    // `route` as a verb is no label (`Route 66` is one by its capital).
    ['The hubs route 52,000 letters a night.', ['52,000 letters']],
    ['Burglaries saw a 3,400 rise last year.', ['3,400']],
    ['The panel reaches 900 nits outdoors.', ['900 nits']]
  ])('%s', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })
})

describe('vague attributions of more kinds', () => {
  test.each([
    ['Reviewers have likened the finale to a fever dream.', ['Reviewers have likened']],
    ['Commentators have compared him to a young Cruyff.', ['Commentators have compared']],
    ['Village lore holds that the well never runs dry.', ['Village lore holds']],
    ['Campaigners have been keen to call the scheme a failure.', ['Campaigners have been keen to call']],
    ['Parents have raised fears that the crossing is unsafe.', ['Parents have raised fears']],
    ['Doctors hold that the drug is overused.', ['Doctors hold']],
    ['Several in the trade believe the levy will go.', ['Several in the trade believe']],
    ['Chemists familiar with the process say it is safe.', ['Chemists familiar with']],
    ['A handful of curators have suggested the vase is a copy.', ['A handful of curators have suggested']],
    ['Linguists have long debated whether the dialect is dying.', ['Linguists have long debated']],
    ['Reviewers panned the sequel as lazy.', ['Reviewers panned']],
    ['Sailors are convinced the channel is cursed.', ['Sailors are convinced']]
  ])('%s', (text, expected) => {
    expect(found(detectVagueAttributions, text)).toEqual(expected)
  })

  test.each([
    // A passive: what was found is the subject, not who found it.
    ['Traces of lead have now been found in the pipes.'],
    // Concerns about something are no claim lent to anyone.
    ['Shopkeepers have raised concerns about parking.'],
    // The writer's own inquiry.
    ['In our focus groups, nurses described the rota as chaotic.'],
    // Fifth round: the people of the writer's own fieldwork (a bare `told us` by a class is vague, test/lint/prose-register.test.ts).
    ['We visited the upper valley in March. Farmers there told us the road floods every spring.'],
    // Disagreement lends no claim; a division into parts is none.
    ['Historians disagree about the date of the fire.'],
    ['Pupils are split into teams of five.'],
    // Comparing things is no report.
    ['Buyers compared prices across three markets.']
  ])('%s', (text) => {
    expect(found(detectVagueAttributions, text)).toEqual([])
  })
})

describe('unnamed speakers of more kinds', () => {
  const block = (sentence: string) => englishSpeaker(sentence, {start: sentence.length, end: sentence.length, kind: 'block'})
  test.each([
    ['A fisherman on the quay at Port Elva said:', 'unnamed'],
    ['One teacher from a village school wrote:', 'unnamed'],
    ['This card was pinned to our noticeboard in March:', 'unnamed'],
    ['A letter was sent to the paper by the Mayor of Tilby:', 'named'],
    ['The harbour master at Port Elva said:', 'named'],
    ['Someone had chalked on the pavement:', 'unnamed'],
    ['Passengers often tweeted:', 'unnamed']
  ] as const)('%s', (sentence, expected) => {
    expect(block(sentence)).toBe(expected)
  })
})

describe('absolutes and preferences', () => {
  test.each([
    ['No rival matches its battery life.', ['No rival matches']],
    ['No other ferry comes close on price.', ['No other ferry comes close']],
    ['Of all the towns, Kelby has changed most.', ['most']]
  ])('%s', (text, expected) => {
    expect(found(detectSuperlatives, text)).toEqual(expected)
  })

  test.each([
    // A rule, not a universal claim.
    ['No cycling is permitted on the pier.'],
    // Someone's wish, not a ranking of the world.
    ['We asked the pupils what they missed most.'],
    ['Choose the photos you like most.']
  ])('%s', (text) => {
    expect(found(detectSuperlatives, text)).toEqual([])
  })
})
