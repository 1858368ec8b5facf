import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The eleventh round's criteria for `uncited-statistic`, read from the ninth
// unseen set and tried here on sentences of other registers. Each row pairs
// a sentence whose figure specifies or sets (a size, a make-up, a design, a
// rule, a pass mark, a sum a contract names, a price of one thing, the
// writer's own fleet, a warned delay, a performance's length) with its
// nearest neighbour that measures the world, so a criterion drawn too wide
// fails as surely as one that is missing.

describe('figures that specify or set, and their neighbours that measure', () => {
  test.each([
    // The size of a part, after a word of use or in a list of sizes; not a quantity of rain.
    ['The shelves are fixed with 6 mm and 8 mm screws.', 'The valley was soaked with 30 mm of rain in an hour.', ['30 mm']],
    // The size of one made thing after an article and a word; not a weight lost.
    ['A standard 50 g ball makes one mitten.', 'A hedgehog loses 50 g over a hard winter.', ['50 g']],
    // A share of what a material is made of; not a share of sales.
    ['The fabric is a mix of 60% linen and 40% cotton.', 'Linen now accounts for 60% of the mill’s sales.', ['60%']],
    ['The jacket is made from 30% recycled nylon.', 'The workforce is made up of 30% agency staff.', ['30%']],
    // Any figure in the clause of a design's verb; not a finding about floods.
    ['The culvert is sized for a 1 in 50 year flood plus 30% for climate change.', 'After the flood, 1 in 3 homes on the lane took water.', ['1 in 3 homes']],
    ['The culvert is sized for a 1 in 50 year flood plus 30% for climate change.', 'The road, designed for 8,000 vehicles a day, now carries 19,000.', ['19,000']],
    // What a rule limits something to; not what was recorded.
    ['The permit limits noise from the yard to 55 decibels at night.', 'Noise from the yard was 55 decibels at night.', ['55 decibels']],
    // A limit needs a rule or a body that sets it; a cause that limits is a claim.
    ['Club rules limit each angler to 4 fish a day.', 'The drought limits yields to 2 tonnes per hectare.', ['2 tonnes per hectare']],
    // What a rule awards, up to a limit; not what entries earned.
    ['The panel awards up to 40 marks for design and 20 for finish.', 'Entries in past years earned up to 40 marks for design.', ['up to 40 marks']],
    // A pass mark; not how many passed.
    ['The pass mark for the written paper is 30 out of 40.', 'Only 30 out of 40 candidates passed the written paper.', ['30 out of 40 candidates']],
    // A score needed for a result; not how many reached it.
    ['Candidates need 18 out of 24 for a distinction.', 'Last year 18 out of 24 candidates earned a distinction.', ['18 out of 24 candidates']],
    // The parts an assessment scores; not places counted.
    ['The assessor marks 12 competencies in one visit.', 'The assessor visited 12 nurseries in one week.', ['12 nurseries']],
    // A sum a contract names by its kind; not a sum owed.
    ['The lodger paid a deposit of £950 when the lease began.', 'The lodger paid £950 in arrears when the lease ended.', ['£950']],
    // The price of one thing; not a recurring cost, nor a typical one.
    ['A replacement hinge costs around £15 and takes minutes to fit.', 'A season pass costs around £400 a year.', ['£400']],
    ['A replacement hinge costs around £15 and takes minutes to fit.', 'A typical repair costs around £150 in the city.', ['£150']],
    ['A replacement hinge costs around £15 and takes minutes to fit.', 'A pint now costs over £6 in the city centre.', ['£6']],
    ['Dealers ask over £300 for a boxed one.', 'Dealers ask over £300 for a week of storage.', ['£300']],
    // The writer's own fleet and what it covers; another body's is a claim.
    ['Our fleet of 11 sweepers cleans 400 km of streets.', 'The city’s fleet of 11 sweepers cleans 400 km of streets.', ['11 sweepers', '400 km']],
    // A delay a notice warns of; not delays that happened.
    ['There may be delays of up to 20 minutes while the bridge is shut.', 'Commuters faced delays of up to 20 minutes every day last winter.', ['delays of up to 20 minutes']],
    ['Drivers may experience delays of up to 10 minutes at the lights.', 'Patients could face waits of up to 18 weeks for a scan.', ['waits of up to 18 weeks']],
    // The length of one named performance; not a total of them.
    ['A peal of 5,088 Stedman Caters was rung on Sunday.', 'A total of 5,088 changes were rung at the tower this year.', ['A total of 5,088 changes']],
    // A performance, not any group one of something names: a force is counted.
    ['A quarter peal of 1,260 Grandsire Doubles was rung.', 'The general sent a force of 5,000 Royal Navy sailors north.', ['5,000']],
    // A capitalised name inside a sentence is not a change; a verb is.
    ['The band rang Grandsire Doubles after the service.', 'After the service, attendance doubled.', ['doubled']],
    // A date and a length of time are not one in n.
    ['The peal was rung on Sunday 3 May in 3 hours and 5 minutes.', 'Ringers there say 3 in 5 towers lack a band.', ['3 in 5']],
    // A noun ending in -ss is not a plural count.
    ['A 22 mm press fitting is quicker than solder.', 'Merchants sold 22 presses in May.', ['22 presses']],
    // A dimension named after the unit the span ends before; not a rise.
    ['The kiln base, about 2 m wide, was lifted in one piece.', 'The river rose about 2 m in an hour.', ['rose about 2 m']],
    // A size named by its dimension, `of`; not an average.
    ['The hat fits a head circumference of 56 cm.', 'The average head circumference at birth is now 35 cm.', ['35 cm']],
    // A threshold a rule draws with `shallower than`; not a change of depth.
    ['The rule bans trawling in water shallower than 15 metres.', 'The bay has silted up by 15 metres since the dredging stopped.', ['15 metres']],
    // A vague crowd in a relative clause describing a thing; not the crowd a change affects.
    ['It is a footpath that thousands of walkers use each summer.', 'The closure will affect thousands of walkers each summer.', ['thousands of walkers']],
    // Grams are a unit: a weight claimed of the past is measured; a tin's size names it.
    ['A 300 g tin serves four.', 'Early cameras of this kind weighed under 300 g.', ['300 g']]
  ])('%s', (quiet, flagged, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(flagged)).toEqual(spans)
  })
})
