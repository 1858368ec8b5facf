import type {Definitions} from '../extract/definitions.js'
import {resolveKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import {supportTypes} from '../lint/graph-index.js'
import type {LintOptions} from './lint.js'
import type {ProseContexts} from './session-context.js'
import {proseContexts} from './session-context.js'
import type {Placed} from './session-place.js'
import type {GraphRun, SegmentChange} from './session-remap.js'
import type {SessionSegment} from './session-segment.js'
import type {SessionSettings} from './session-settings.js'
import {splitSettings} from './session-settings.js'

/**
 * What an editor session keeps between updates (see `createSession`): its
 * settings, and the document as segments with what was worked out of them;
 * the steps of an update change it in place.
 */
export interface SessionState {
  readonly kit: AnyKit
  /** The document's path, put on every message. */
  readonly path: string | undefined
  /** The caller's options, for a whole `lint`. */
  readonly options: LintOptions
  /** The rule settings of the prose, graph and footnote runs (see `splitSettings`). */
  readonly settings: SessionSettings
  /** The document's text as of the last update. */
  text: string
  /** The document's segments (runs of top-level blocks), in order. */
  segments: SessionSegment[]
  /** The document's link and footnote definitions, as the segments were read with. */
  definitions: Definitions
  /** Whether the first text was read. */
  started: boolean
  /** The graph rules' messages of the last check, and the segments they were for. */
  lastGraph: GraphRun | undefined
  /** What the prose rules of each segment read of the others, kept as segments come and go. */
  readonly contexts: ProseContexts
  /**
   * What changed since the last check: the segments read again and those
   * they replace, or `undefined` when the next check starts over (the first,
   * after definitions made segments be read again, after a whole lint).
   */
  change: SegmentChange | undefined
  /**
   * Each segment's checked messages placed where it is (`null`: it has
   * none; `undefined`: not known yet), one a segment, in order.
   */
  placements: Array<Placed | null | undefined>
  /** How many segments hold what needs a check of its own (see `SessionTally`). */
  readonly tally: SessionTally
}

/** A session's state before its first text: `options` are `createSession`'s. */
export function sessionState(options: LintOptions & {readonly path?: string | undefined}): SessionState {
  const kit = resolveKit(options.kit)
  return {
    kit,
    path: options.path,
    options,
    settings: splitSettings(kit, options),
    text: '',
    segments: [],
    definitions: {links: new Set(), footnotes: new Set()},
    started: false,
    lastGraph: undefined,
    contexts: proseContexts(supportTypes(kit)),
    change: undefined,
    placements: [],
    tally: {definitionInDirective: 0, notes: 0, control: 0, unplaced: 0}
  }
}

/**
 * How many of a session's segments hold a definition inside a container
 * directive, footnotes, control comments, nodes without a position.
 */
export interface SessionTally {
  definitionInDirective: number
  notes: number
  control: number
  unplaced: number
}

/** Add a segment to the session's tally (`sign` 1) or take it out (-1). */
export function countSegment(tally: SessionTally, segment: SessionSegment, sign: 1 | -1): void {
  if (segment.definitionInDirective) tally.definitionInDirective += sign
  if (segment.notes.length > 0) tally.notes += sign
  if (segment.hasControl) tally.control += sign
  if (segment.unplaced) tally.unplaced += sign
}

/** Count the segments an update changed (`removed`, `added`), or, without a change, all `segments` anew. */
export function updateTally(
  tally: SessionTally,
  segments: readonly SessionSegment[],
  change: {readonly removed: readonly SessionSegment[]; readonly added: readonly SessionSegment[]} | undefined
): void {
  if (change) {
    for (const segment of change.removed) countSegment(tally, segment, -1)
    for (const segment of change.added) countSegment(tally, segment, 1)
  } else {
    tally.definitionInDirective = tally.notes = tally.control = tally.unplaced = 0
    for (const segment of segments) countSegment(tally, segment, 1)
  }
}

/**
 * Whether the session's document is checked whole rather than by segments:
 * a kit with rules of its own (a kit rule may read anything) or a link or
 * footnote definition inside a container directive (micromark makes such a
 * definition known to some blocks and not others).
 */
export function readsWhole(state: SessionState): boolean {
  return state.kit.rules.length > 0 || state.tally.definitionInDirective > 0
}
