import {nestingLimits} from './nesting-limits.js'
import type {Recorder} from './nesting-record.js'
import {note} from './nesting-record.js'

/** Runs of emphasis markers: each sequence after the limit's worth in one run is read as text. */
export function emphasisRuns(value: string, recorder: Recorder): void {
  const limit = nestingLimits.emphasis
  let index = 0
  while (index < value.length) {
    if (value[index] !== '*' && value[index] !== '_') {
      index++
      continue
    }
    let sequences = 0
    let previous = ''
    const start = index
    while (index < value.length && (value[index] === '*' || value[index] === '_')) {
      if (value[index] !== previous) sequences++
      previous = value[index]!
      index++
    }
    if (sequences <= limit) continue
    let seen = 0
    previous = ''
    for (let at = start; at < index; at++) {
      if (value[at] !== previous) seen++
      previous = value[at]!
      if (seen > limit) note(recorder, 'emphasis', seen, at, value[at]!)
    }
  }
}
