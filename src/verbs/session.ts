import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RootContent} from 'mdast'
import {endsClosed, shiftNodes} from '../extract/block-parse.js'
import {blockStarts, countLines, frontMatterEnd, isBlockStart, lineEnd, opensMetadata, startsListItem} from '../extract/blocks.js'
import type {Definitions} from '../extract/definitions.js'
import {changedDefinitions, guessDefinitions, mentionsAny, mergeDefinitions, noDefinitions, sameDefinitions} from '../extract/definitions.js'
import {resolveKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import {catalogFor} from '../lint/catalog.js'
import {supportTypes} from '../lint/graph-index.js'
import type {PresetName, RulesConfig, RuleSettings} from '../lint/config.js'
import {runRules} from '../lint/run-rules.js'
import {resolveSources} from '../sources/resolve.js'
import {argmarkControl} from '../util/comment-control.js'
import {sortMessages} from '../util/sort-messages.js'
import {lastIndexAtMost} from '../util/search.js'
import {lint} from './lint.js'
import type {KitOptions, SourcesOptions} from './options.js'
import {proseContexts} from './session-context.js'
import {assembleGraph, directiveTree, footnoteTree, keepNumbers, numberSegments} from './session-graph.js'
import type {GraphRun, SegmentChange} from './session-remap.js'
import {moveGraphMessages} from './session-remap.js'
import type {SessionSegment} from './session-segment.js'
import {checkSegment, readSegment, shiftMessage} from './session-segment.js'

/** Options of `createSession`: what `lint` takes, and the document's path. */
export interface SessionOptions extends RuleSettings, KitOptions, SourcesOptions {
  /** The document's path, put on every message as `lint` puts a VFile's. */
  readonly path?: string | undefined
}

/** One change to a session's text: `[start, end)` (0-based UTF-16 offsets into the text before it) becomes `text`. */
export interface SessionEdit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** What the session did on its last update, to see that it was incremental. */
export interface SessionStats {
  /** Segments (runs of top-level blocks) parsed again, and segments in the document. */
  readonly parsed: number
  readonly segments: number
  /** Whether the whole document was linted again (see `createSession`). */
  readonly whole: boolean
  /**
   * Whether the graph rules ran again on the whole graph (`'all'`), or their
   * last messages were kept, moved to where their nodes, relations and
   * citations now are (`'none'`: the change left everything they read the same).
   */
  readonly graphRules: 'all' | 'none'
}

/** An editor session: the messages of a document after each change. */
export interface Session {
  /**
   * Give the document's new text, or the edits that make it from the last
   * (applied in order, each on the text the one before left): resolves to
   * the messages `lint` gives for that text with the session's options,
   * sorted by place.
   */
  update(change: string | readonly SessionEdit[]): Promise<VFileMessage[]>
  /** The document's text as of the last update. */
  readonly text: string
  /** What the last update did. */
  readonly stats: SessionStats
}

/**
 * Start an editor session (`createSession({kit, preset, rules, sources})`):
 * each `update` re-checks the document as `lint` does, reading again only
 * the top-level blocks the change touched. The document lives as segments
 * (runs of top-level blocks) read on their own: an edit parses its blocks
 * again (and those that name a link or footnote label whose definition it
 * added or removed), their prose rules run again, the graph is put together
 * from the segments' graphs and the graph rules run on it; untouched
 * segments only move; control comments are applied on the whole tree. A
 * document whose blocks cannot be checked apart (a kit with rules of its
 * own, which may read anything; a definition inside a container directive)
 * is linted whole on each update.
 */
export function createSession(options: SessionOptions = {}): Session {
  const kit = resolveKit(options.kit)
  const path = options.path
  const fallback: PresetName = 'recommended'
  const {prose, graph, notes} = splitSettings(kit, options)
  let text = ''
  let segments: SessionSegment[] = []
  let definitions: Definitions = {links: new Set(), footnotes: new Set()}
  let messages: VFileMessage[] = []
  let stats: SessionStats = {parsed: 0, segments: 0, whole: false, graphRules: 'all'}
  let started = false
  // The graph rules' messages of the last check, and the segments they were for.
  let lastGraph: GraphRun | undefined
  // What the prose rules of each segment read of the others, kept as segments come and go.
  const contexts = proseContexts(supportTypes(kit))
  // What changed since the last check: the segments read again and those
  // they replace, or `undefined` when the next check starts over (the first,
  // after definitions made segments be read again, after a whole lint).
  let change: SegmentChange | undefined
  // Each segment's checked messages placed where it is (`null`: it has
  // none; `undefined`: not known yet), one a segment, in order.
  let placements: Array<Placed | null | undefined> = []
  // How many segments hold a definition inside a container directive,
  // footnotes, control comments, nodes without a position.
  const tally = {definitionInDirective: 0, notes: 0, control: 0, unplaced: 0}

  // Read `[from, to)` of `source` as segments (each starting at a block
  // start that is not a block quote), and tell whether the last one ends
  // with nothing open.
  function read(source: string, from: number, to: number, line: number): {read: SessionSegment[]; closed: boolean} {
    const starts = segmentStarts(source, from, to)
    const result: SessionSegment[] = []
    let index = 0
    let closed = true
    while (index < starts.length) {
      const start = starts[index]!
      let next = index + 1
      let more = 1
      for (;;) {
        const end = next < starts.length ? starts[next]! : to
        // Read on an update, a segment's text is a copy: a slice would keep
        // that version of the whole document alive as long as the segment.
        const segment = readSegment(started ? detach(source.slice(start, end)) : source.slice(start, end), {start, line}, opensMetadata(source, start), definitions, kit, path)
        const last = next >= starts.length
        closed = end >= source.length || endsClosed(segment.tree, segment.text, startsListItem(source, end))
        if (closed || last) {
          result.push(segment)
          line += countLines(source, start, end)
          break
        }
        next = Math.min(starts.length, next + more)
        more *= 2
      }
      index = next
    }
    return {read: result, closed}
  }

  // `changed`: where the change lies when the caller said (one edit), so
  // that the texts need not be compared: a prefix and a suffix both texts
  // share (at most the longest).
  function replace(source: string, changed?: {readonly prefix: number; readonly suffix: number}): number {
    if (!started) {
      text = source
      definitions = source.includes(']:') ? guessDefinitions(source) : noDefinitions
      segments = read(source, 0, source.length, 1).read
      started = true
      placements = Array.from(segments, () => undefined)
      change = undefined
      return segments.length + settleDefinitions(source)
    }
    const old = text
    let prefix = 0
    let suffix = 0
    const shortest = Math.min(old.length, source.length)
    if (changed) {
      prefix = changed.prefix
      suffix = changed.suffix
    } else {
      while (prefix < shortest && old.charCodeAt(prefix) === source.charCodeAt(prefix)) prefix++
      while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === source.charCodeAt(source.length - 1 - suffix)) suffix++
    }
    const delta = source.length - old.length

    // The segments the change touches; with the one before when it touches
    // the start of a segment's first line, which decides whether the segment
    // still starts a block and whether it continues a list or code before it
    // (a list marker is at most 9 digits, a delimiter and a space).
    let first = segmentAt(segments, prefix)
    const firstSegment = segments[first]!
    if (first > 0 && prefix <= firstSegment.start + Math.min(listMarkerReach, lineEnd(firstSegment.text, 0))) first--
    let last = segmentAt(segments, Math.max(prefix, old.length - suffix - 1))
    // Front matter that appears, goes or moves its end changes where the
    // first block ends: read from the start to past both ends.
    const oldFrontMatter = frontMatterEnd(old)
    const newFrontMatter = frontMatterEnd(source)
    if (oldFrontMatter !== newFrontMatter) {
      first = 0
      while (last < segments.length - 1 && segments[last]!.end < Math.max(oldFrontMatter, newFrontMatter - delta)) last++
    }
    // The region ends where a block still starts: a change that removed the
    // blank line before the next segment joins it to the region.
    while (last < segments.length - 1 && !isBlockStart(source, segments[last]!.end + delta)) last++
    const from = segments[first]!.start
    const line = segments[first]!.line
    let parsed = 0
    let region: {read: SessionSegment[]; closed: boolean}
    let more = 1
    for (;;) {
      const to = segments[last]!.end + delta
      region = read(source, from, to, line)
      parsed += region.read.length
      if (region.closed || last === segments.length - 1) break
      last = Math.min(segments.length - 1, last + more)
      more *= 2
    }
    const oldLines = countLines(old, from, segments[last]!.end)
    const newLines = countLines(source, from, segments[last]!.end + delta)
    for (let index = last + 1; index < segments.length; index++) {
      const segment = segments[index]!
      segment.start += delta
      segment.end += delta
      segment.line += newLines - oldLines
    }
    const removed = segments.slice(first, last + 1)
    const definedBefore = removed.some(holdsDefinitions)
    // In place: no copy of the document's segments on each update.
    segments = replaceRun(segments, first, last + 1, region.read)
    placements = replaceRun(placements, first, last + 1, region.read.map(() => undefined))
    text = source
    // One change between checks (`update` checks after each).
    change = change && change.removed.length + change.added.length === 0 ? {index: first, removed, added: region.read} : undefined

    // Definitions change only where a segment read again held or holds one.
    if (!definedBefore && !region.read.some(holdsDefinitions)) return parsed
    return parsed + settleDefinitions(source)
  }

  // Definitions are document-wide: segments read with labels that turn out
  // defined or not (a change added or removed one, or a guess was wrong) are
  // read again if they name one. How many were.
  function settleDefinitions(source: string): number {
    const now = documentDefinitions(segments)
    if (sameDefinitions(now, definitions)) return 0
    const changed = changedDefinitions(now, definitions)
    definitions = now
    let parsed = 0
    segments = segments.map((segment, index) => {
      if (!mentionsAny(segment.text, 0, segment.text.length, changed)) return segment
      change = undefined
      placements[index] = undefined
      parsed++
      const frontMatter = opensMetadata(source, segment.start)
      return readSegment(segment.text, {start: segment.start, line: segment.line}, frontMatter, definitions, kit, path)
    })
    return parsed
  }

  // The footnote rules' messages: document-wide (a reference anywhere uses a
  // definition), from every segment's footnote skeleton, run on each check
  // (linear in the footnotes, not in the text).
  function footnoteMessages(lineCount: number): VFileMessage[] {
    if (tally.notes === 0) return []
    const file = new VFile({value: text, path})
    file.data.argmarkGraph = {nodes: [], relations: [], citations: [], sources: [], meta: {}}
    file.data.argmarkKit = kit
    runRules(footnoteTree(segments, {line: lineCount + 1, column: 1, offset: text.length}), file, notes, fallback)
    return file.messages.filter((message) => message.ruleId !== undefined && footnoteRules.has(message.ruleId))
  }

  function check(): {messages: VFileMessage[]; whole: boolean; graphRules: 'all' | 'none'} {
    if (change) {
      for (const segment of change.removed) countSegment(tally, segment, -1)
      for (const segment of change.added) countSegment(tally, segment, 1)
    } else {
      tally.definitionInDirective = tally.notes = tally.control = tally.unplaced = 0
      for (const segment of segments) countSegment(tally, segment, 1)
    }
    if (kit.rules.length > 0 || tally.definitionInDirective > 0) {
      change = undefined
      return {messages: lint(new VFile({value: text, path}), {...options, kit}), whole: true, graphRules: 'all'}
    }
    // The segments whose prose rules may read something else now: those
    // read again, and those whose nodes' backing or support changed.
    let recheck: number[] | undefined
    if (change && keepNumbers(change.removed, change.added)) {
      for (const segment of change.removed) contexts.remove(segment)
      for (const segment of change.added) contexts.add(segment)
      const changed = contexts.changed()
      if (!changed.style) {
        recheck = change.added.map((_, index) => change!.index + index)
        for (const segment of changed.segments) recheck.push(segmentAt(segments, segment.start))
      }
    } else {
      numberSegments(segments)
      contexts.clear()
      for (const segment of segments) contexts.add(segment)
      contexts.changed()
    }
    for (const index of recheck ?? segments.keys()) {
      const segment = segments[index]!
      const context = contexts.contextOf(segment)
      const ids = segment.generated.map((node) => node.id).join(' ') + '\n' + context.key
      if (!segment.checked || segment.checked.ids !== ids) {
        segment.checked = {ids, ...checkSegment(segment, prose, fallback, kit, path, context)}
        placements[index] = undefined
      }
    }
    const reading: VFileMessage[] = []
    const proseMessages: VFileMessage[] = []
    const file = new VFile({value: text, path})
    // Line endings in the text: the segments cover it, so those before the last and in it.
    const lastSegment = segments[segments.length - 1]
    const lineCount = lastSegment ? lastSegment.line - 1 + countLines(lastSegment.text, 0, lastSegment.text.length) : 0
    // Graph rules run again only when the graph changed more than where its
    // parts are (see `moveGraphMessages`).
    const moved = lastGraph && change ? moveGraphMessages(lastGraph, change, text.length, lineCount) : undefined
    change = {index: 0, removed: [], added: []}
    if (moved) {
      file.messages = moved
    } else {
      const assembled = assembleGraph(segments)
      file.data.argmarkGraph = assembled
      file.data.argmarkKit = kit
      if (segments[0]?.frontMatter) file.data.argmarkFrontMatter = segments[0].frontMatter
      resolveSources({graph: assembled, file}, options.sources)
      const end = {line: lineCount + 1, column: 1, offset: text.length}
      runRules(directiveTree(segments, end), file, graph, fallback)
    }
    lastGraph = {length: text.length, lineCount, messages: [...file.messages]}
    // Settings that cannot be used are reported by every run of the rules:
    // once is enough, where `lint` reports them.
    const settingsProblems = new Set<string>()
    for (const message of file.messages) if (isSettingsProblem(message)) settingsProblems.add(message.reason)

    for (let index = 0; index < placements.length; index++) {
      let placed = placements[index]
      if (placed === null) continue
      const segment = segments[index]!
      if (!placed || placed.checked !== segment.checked || placed.start !== segment.start || placed.line !== segment.line) {
        placed = placements[index] = place(segment)
        if (!placed) continue
      }
      for (const message of placed.reading) reading.push(message)
      for (const message of placed.prose) proseMessages.push(message)
      for (const message of placed.problems) {
        if (settingsProblems.has(message.reason)) continue
        settingsProblems.add(message.reason)
        proseMessages.push(message)
      }
    }
    file.messages = [...reading, ...file.messages, ...footnoteMessages(lineCount), ...proseMessages]
    if (tally.control > 0) applyControls(segments, file, kit, tally.unplaced > 0)
    return {messages: sortMessages(file.messages), whole: false, graphRules: moved ? 'none' : 'all'}
  }

  return {
    get text() {
      return text
    },
    get stats() {
      return stats
    },
    async update(change) {
      const source = typeof change === 'string' ? change : applyEdits(text, change)
      if (started && source === text) return messages
      const parsed = replace(source, started && typeof change !== 'string' && change.length === 1 ? editBounds(text, change[0]!) : undefined)
      const result = check()
      messages = result.messages
      stats = {parsed, segments: segments.length, whole: result.whole, graphRules: result.graphRules}
      return messages
    }
  }
}

const listMarkerReach = 12

// What one edit leaves of `text` on both sides (see `applyEdits`).
function editBounds(text: string, edit: SessionEdit): {prefix: number; suffix: number} {
  const start = Math.max(0, Math.min(edit.start, text.length))
  const end = Math.max(start, Math.min(edit.end, text.length))
  return {prefix: start, suffix: text.length - end}
}

/** Apply edits in order, each to the text the one before left. */
export function applyEdits(text: string, edits: readonly SessionEdit[]): string {
  let result = text
  for (const edit of edits) {
    const start = Math.max(0, Math.min(edit.start, result.length))
    const end = Math.max(start, Math.min(edit.end, result.length))
    result = result.slice(0, start) + edit.text + result.slice(end)
  }
  return result
}

// Block starts in `[from, to)`, never right before a block quote (a prose
// rule reads a block quote with the paragraph before it): `from` first.
function segmentStarts(source: string, from: number, to: number): number[] {
  const starts = blockStarts(source.slice(from, to), from === 0)
  const result: number[] = []
  for (const start of starts) {
    if (start === 0 || source.charCodeAt(from + start) !== 0x3e) result.push(from + start)
  }
  return result
}

// The index of the segment that holds `offset` (the last one at the end).
function segmentAt(segments: readonly SessionSegment[], offset: number): number {
  return lastIndexAtMost(segments, offset, (segment) => segment.start)
}

/**
 * Honour the document's control comments as `lint` does. remark-message-
 * control reads the comments, the node after each (for `ignore`) and the
 * gaps nodes without a position leave: the segments that hold comments are
 * moved into place and given to it with the first node after each (the
 * whole tree when a node has no position), then moved back.
 */
function applyControls(segments: readonly SessionSegment[], file: VFile, kit: AnyKit, whole: boolean): void {
  const catalog = catalogFor(kit)
  const known = [...catalog.entries.values()].filter((entry) => entry.configurable).map((entry) => entry.id)
  const moved: Array<{nodes: RootContent[]; lines: number; offset: number}> = []
  const children: RootContent[] = []
  segments.forEach((segment, index) => {
    if (!whole && !segment.hasControl) return
    const lines = segment.line - 1
    const offset = segment.start
    moved.push({nodes: segment.tree.children, lines, offset})
    children.push(...segment.tree.children)
    const after = segments[index + 1]
    const next = after?.tree.children[0]
    if (!whole && after && next && !after.hasControl) {
      moved.push({nodes: [next], lines: after.line - 1, offset: after.start})
      children.push(next)
    }
  })
  for (const {nodes, lines, offset} of moved) shiftNodes(nodes, lines, offset)
  try {
    const text = String(file.value)
    const end = {line: countLines(text, 0, text.length) + 1, column: 1, offset: text.length}
    argmarkControl({known, sources: catalog.sources})({type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}, file)
  } finally {
    for (const {nodes, lines, offset} of moved) shiftNodes(nodes, -lines, -offset)
  }
}

/** A segment's checked messages moved to where it is (see `place`). */
interface Placed {
  readonly checked: NonNullable<SessionSegment['checked']>
  readonly start: number
  readonly line: number
  readonly reading: readonly VFileMessage[]
  readonly prose: readonly VFileMessage[]
  /** Settings problems among its prose messages, reported once a document. */
  readonly problems: readonly VFileMessage[]
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

// Add a segment to the session's tally (`sign` 1) or take it out (-1).
function countSegment(tally: {definitionInDirective: number; notes: number; control: number; unplaced: number}, segment: SessionSegment, sign: 1 | -1): void {
  if (segment.definitionInDirective) tally.definitionInDirective += sign
  if (segment.notes.length > 0) tally.notes += sign
  if (segment.hasControl) tally.control += sign
  if (segment.unplaced) tally.unplaced += sign
}

/**
 * `list` with `[from, to)` replaced by `items`: in place, unless `items` are
 * too many to pass as arguments.
 */
function replaceRun<T>(list: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length > 10_000) return [...list.slice(0, from), ...items, ...list.slice(to)]
  list.splice(from, to - from, ...items)
  return list
}

/**
 * A copy of `text` that holds no reference to a longer string: V8 makes a
 * slice of 13 or more characters a view of the string it was cut from.
 */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}

function holdsDefinitions(segment: SessionSegment): boolean {
  return segment.definitions.links.size + segment.definitions.footnotes.size > 0
}

function isSettingsProblem(message: VFileMessage): boolean {
  return message.line === undefined && (message.ruleId === 'invalid-rule-config' || message.ruleId === 'invalid-kit')
}

function documentDefinitions(segments: readonly SessionSegment[]): Definitions {
  const all = {links: new Set<string>(), footnotes: new Set<string>()}
  for (const segment of segments) mergeDefinitions(all, segment.definitions)
  return all
}

// The rules that read footnotes document-wide (see `footnoteMessages`).
const footnoteRules: ReadonlySet<string> = new Set(['unused-footnote', 'duplicate-footnote'])

// The settings for the segments' prose rules, for the document's graph
// rules and for its footnote rules: the caller's, with every other rule off.
function splitSettings(kit: AnyKit, settings: RuleSettings): {prose: RuleSettings; graph: RuleSettings; notes: RuleSettings} {
  const proseRules: Record<string, 'off'> = {}
  const graphRules: Record<string, 'off'> = {}
  const noteRules: Record<string, 'off'> = {}
  for (const entry of catalogFor(kit).entries.values()) {
    if (!entry.rule) continue
    if (footnoteRules.has(entry.id)) {
      proseRules[entry.id] = 'off'
      graphRules[entry.id] = 'off'
      continue
    }
    noteRules[entry.id] = 'off'
    if (entry.family === 'prose') graphRules[entry.id] = 'off'
    else proseRules[entry.id] = 'off'
  }
  return {
    prose: {preset: settings.preset, rules: {...settings.rules, ...proseRules} as RulesConfig},
    graph: {preset: settings.preset, rules: {...settings.rules, ...graphRules} as RulesConfig},
    notes: {preset: settings.preset, rules: {...settings.rules, ...noteRules} as RulesConfig}
  }
}
