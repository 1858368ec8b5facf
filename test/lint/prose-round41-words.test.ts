import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 41 of the prose rules. Vague sources: an estimate or a count of no
// one named, a whole crowd after `according to`, a study or a figure known
// only by its reach, a move expected of a party (`follow suit`), a
// reputation in the present passive (`is supposed to`), `we're told`, a
// saying kept up (`keep telling us`), a link drawn (`have linked … to`), a
// class narrowed by a street, an occasion, a day or a plural acronym, a class
// `there`, bare `police`, a collective noun after the noun of its workplace;
// not a class inside an indirect question. Quotations: one unnamed relative
// is an unnamed speaker. Superlatives: `every` in a relative clause, a
// comparative against a thing's own long past, a first tied to a named place
// after `on`; not the terms of an offer, a share of a class that never
// does something, `a record` as a thing, a superlative after `seems`,
// a verbless `No other …` note. Each case is in our own wording; every row
// fails on the code before this round but the guards.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('an estimate or a count of no one named', () => {
  test('`by one count`', () => {
    // A tally kept by nobody the text names, as `by one estimate`.
    expect(vague('By one count the canal had sixty working locks before the railway came.')).toEqual(['By one count'])
  })
})

describe('a whole crowd after `according to`', () => {
  test('`according to just about everyone`', () => {
    // Everyone in a field, no one in it named.
    expect(vague('Cider sales are up this autumn, according to just about everyone in the orchards.')).toEqual(['according to just about everyone'])
  })
})

describe('a study or a figure known only by its reach', () => {
  test('a much-shared survey that claims; a widely cited figure', () => {
    // `claims` reports as `found` does, from a survey nobody names.
    expect(vague('A much-shared survey claims that most dog owners never read the label.')).toEqual(['A much-shared survey claims'])
    // A figure known only for how often it is repeated.
    expect(vague('One widely cited figure puts the number of empty shops at a fifth.')).toEqual(['One widely cited figure'])
  })
})

describe('a move expected of a party', () => {
  test('`are expected to follow suit`', () => {
    // Doing as others did, predicted of a class, whoever it is.
    expect(vague('Two banks have cut their rates, and lenders are expected to follow suit.')).toEqual(['are expected to'])
  })

  test('guard: a code to follow', () => {
    // `follow the code`: a duty laid on people.
    expect(vague('Members are expected to follow the club code at all times.')).toEqual([])
  })
})

describe('a reputation in the present passive', () => {
  test('`is supposed to` before a claim', () => {
    // `supposed to` as `said to`: who supposes it goes unnamed.
    expect(vague('Nettle tea is supposed to ease hay fever.')).toEqual(['is supposed to'])
  })

  test('guard: a duty or a timetable', () => {
    // A person before it: a duty.
    expect(vague('You are supposed to wear a lanyard on site.')).toEqual([])
    // A verb of timing after it: a schedule.
    expect(vague('The ferry is supposed to leave at six.')).toEqual([])
  })
})

describe('`we are told` as an aside or with its clause', () => {
  test('`we’re told,` and `I’m told that`', () => {
    // A claim passed on to the writer, between commas.
    expect(vague('Most allotment holders, we’re told, give up within two seasons.')).toEqual(['we’re told'])
    // The contracted form before `that`.
    expect(vague('I’m told that the old mill once ground flour for the whole valley.')).toEqual(['I’m told'])
  })

  test('guard: an instruction', () => {
    // `told to`: what the writer was asked to do.
    expect(vague('We’re told to queue at the side door.')).toEqual([])
  })
})

describe('a saying kept up', () => {
  test('`keep telling us`, `kept saying`', () => {
    // A claim a class repeats.
    expect(vague('Customers keep telling us the new loaves go stale by noon.')).toEqual(['Customers keep telling'])
    // In the past.
    expect(vague('Drivers kept saying the junction was dangerous in fog.')).toEqual(['Drivers kept saying'])
  })
})

describe('a link drawn between two things', () => {
  test('`have linked … to`, `link … with`', () => {
    // A finding of an association, from a class of researchers.
    expect(vague('Scientists have linked the decline to warmer springs.')).toEqual(['Scientists have linked'])
    // In the present, from a class of studies.
    expect(vague('Studies link poor sleep with slower recovery.')).toEqual(['Studies link'])
  })

  test('guard: a past deed', () => {
    // `linked … with` in the past: something done, not a finding.
    expect(vague('Volunteers linked the two trailers with a tow bar.')).toEqual([])
  })
})

describe('a class narrowed by a street, an occasion, a day or a plural acronym', () => {
  test('capitals that name no body', () => {
    // A street: where the class lives.
    expect(vague('Residents of Mill Lane say the lorries start before dawn.')).toEqual(['Residents of Mill Lane say'])
    // An occasion in lower case after a name, and a day.
    expect(vague('Growers at the RHS show on Sunday kept saying the season was late.')).toEqual(['Growers at the RHS show on Sunday kept saying'])
    // A plural acronym: a class of things studied.
    expect(vague('Trials of SSRIs have found small effects in mild cases.')).toEqual(['Trials of SSRIs have found'])
  })

  test('guard: a named firm', () => {
    // Staff of a named body speak for it.
    expect(vague('Analysts at Barclays say rates will fall.')).toEqual([])
  })
})

describe('a class `there`', () => {
  test('`Colleagues there describe`', () => {
    // `there` points at a place the text named; the class in it is not named.
    expect(vague('She trained in Lyon, and teachers there describe her as fearless.')).toEqual(['teachers there describe'])
  })
})

describe('`police` with no determiner', () => {
  test('`police believe`', () => {
    // Officers of no force named.
    expect(vague('Bike thefts are rising, and police believe a gang is behind them.')).toEqual(['police believe'])
  })

  test('guard: `the police`, and a force’s statement', () => {
    // The force the text means, pointed at with `the`.
    expect(vague('Bike thefts are rising, and the police say a gang is behind them.')).toEqual([])
    // `Police said`: a force's statement on an occasion, not a belief.
    expect(vague('Police said two men had been charged.')).toEqual([])
  })
})

describe('a collective noun after the noun of its workplace', () => {
  test('`Depot staff say`', () => {
    // The workplace narrows the class as a phrase of place does.
    expect(vague('Depot staff say the new buses break down weekly.')).toEqual(['Depot staff say'])
  })

  test('guard: the writer’s own staff', () => {
    // A possessive: the writer's own people.
    expect(vague('Our staff say the new buses break down weekly.')).toEqual([])
  })
})

describe('a class inside an indirect question', () => {
  test('`why so many surveys report`', () => {
    // What the class does is the question the writer takes up, not a source.
    expect(vague('This month we ask why so many surveys report only averages.')).toEqual([])
  })

  test('guard: the same class with no question, or after `which is why`', () => {
    // Outside a question the class is a source as before.
    expect(vague('Many surveys report that averages hide the spread.')).toEqual(['Many surveys report'])
    // `which is why`: a reason given, no question asked.
    expect(vague('The soles grip on wet rock, which is why climbers swear by them.')).toEqual(['climbers swear'])
  })
})

describe('one unnamed relative as a speaker', () => {
  test('`One grieving son … saying the nurse "…"`', () => {
    const text = 'One grieving son wrote to the ward, saying the night nurse "held his hand until the very end."'
    // The son, one of a family nobody names, is the speaker; `the night nurse` is the subject of what he said.
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })
})

describe('`every` in a relative clause after a noun', () => {
  test('what a whole class does', () => {
    // `the mistake every … makes`: a universal about a class of people.
    expect(superlatives('Skipping the primer is the mistake every new decorator makes.')).toEqual(['every new decorator makes'])
  })
})

describe('a comparative against a thing’s own long past', () => {
  test('`than it has been for a century`, `in forty years`', () => {
    // A record over the span.
    expect(superlatives('The harbour is busier than it has been for a century.')).toEqual(['busier than it has been for a century'])
    expect(superlatives('The choir is stronger than it has been in forty years.')).toEqual(['stronger than it has been in forty years'])
  })
})

describe('a first tied to a named place after `on`', () => {
  test('`the first … to … on the Welsh coast`', () => {
    // A first within a named area.
    expect(superlatives('It was the first seal pup to be born on the Welsh coast this year.')).toEqual(['was the first'])
  })

  test('guard: a day is no place', () => {
    // `on the Monday`: a time.
    expect(superlatives('He was the first to arrive on the Monday.')).toEqual([])
  })
})

describe('absolutes that claim nothing of the world', () => {
  test('the terms of an offer', () => {
    // `free with every`: what the writer gives with a sale.
    expect(superlatives('A stand and a bag of feed come free with every hutch.')).toEqual([])
  })

  test('a share that never does something', () => {
    // `one in six … never`: a share counted.
    expect(superlatives('Cave diving is risky, and one in six divers who try the sump never goes back.')).toEqual([])
  })

  test('guard: a share of a measure', () => {
    // `at 40–60% humidity`: a setting, no share of a class; `never` stays an absolute.
    expect(superlatives('A cello kept at 40–60% relative humidity should never need a new bridge.')).toEqual(['never'])
  })

  test('`a record` as a thing', () => {
    // A disc with a relative clause after it.
    expect(superlatives('Send back a record you ordered if it arrives warped.')).toEqual([])
  })

  test('a superlative after `seems`', () => {
    // An impression hedged by its verb.
    expect(superlatives('The damp seems worst in the north bedrooms.')).toEqual([])
  })

  test('a verbless `No other …` note', () => {
    // A log's note that nothing else came up.
    expect(superlatives('The lift stalled once on the third floor. No other faults.')).toEqual([])
  })

  test('guard: `No other` with its verb', () => {
    // A claim that nothing else matches.
    expect(superlatives('No other bakery in town bakes on a wood fire.')).toEqual(['No other'])
  })
})
