import type {VFileMessage} from 'vfile-message'
import type {SessionSegment} from './session-segment.js'
import {shiftMessage} from './session-segment.js'

/** A segment's checked messages moved to where it is (see `place`). */
export interface Placed {
  readonly checked: NonNullable<SessionSegment['checked']>
  readonly start: number
  readonly line: number
  readonly reading: readonly VFileMessage[]
  readonly prose: readonly VFileMessage[]
  /** Settings problems among its prose messages, reported once a document. */
  readonly problems: readonly VFileMessage[]
}

/**
 * The segments' reading and prose messages where the segments now are, in
 * segment order. `placements` (one a segment: `null` when it has none,
 * `undefined` when not known yet) is kept up to date in place: a segment
 * checked again or moved is placed again. A settings problem is reported
 * once: not when `settingsProblems` holds its reason already, which it then
 * joins.
 */
export function placedMessages(
  placements: Array<Placed | null | undefined>,
  segments: readonly SessionSegment[],
  settingsProblems: Set<string>
): {reading: VFileMessage[]; prose: VFileMessage[]} {
  const reading: VFileMessage[] = []
  const prose: VFileMessage[] = []
  for (let index = 0; index < placements.length; index++) {
    let placed = placements[index]
    if (placed === null) continue
    const segment = segments[index]!
    if (!placed || placed.checked !== segment.checked || placed.start !== segment.start || placed.line !== segment.line) {
      placed = placements[index] = place(segment)
      if (!placed) continue
    }
    for (const message of placed.reading) reading.push(message)
    for (const message of placed.prose) prose.push(message)
    for (const message of placed.problems) {
      if (settingsProblems.has(message.reason)) continue
      settingsProblems.add(message.reason)
      prose.push(message)
    }
  }
  return {reading, prose}
}

/** A checked segment's messages moved to where it now is; `null` when it has none. */
function place(segment: SessionSegment): Placed | null {
  const checked = segment.checked!
  if (checked.reading.length === 0 && checked.prose.length === 0) return null
  const lines = segment.line - 1
  const prose: VFileMessage[] = []
  const problems: VFileMessage[] = []
  for (const message of checked.prose) (isSettingsProblem(message) ? problems : prose).push(shiftMessage(message, lines, segment.start))
  const reading = checked.reading.map((message) => shiftMessage(message, lines, segment.start))
  return {checked, start: segment.start, line: segment.line, reading, prose, problems}
}

/** Whether a message is about settings that cannot be used (reported by every run of the rules, with no place). */
export function isSettingsProblem(message: VFileMessage): boolean {
  return message.line === undefined && (message.ruleId === 'invalid-rule-config' || message.ruleId === 'invalid-kit')
}
