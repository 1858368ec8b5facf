import type {VFileMessage} from 'vfile-message'
import type {AnyKit, KitGraph} from '../kit/define-kit.js'
import type {defaultKit} from '../kit/default-kit.js'
import type {RuleSettings} from '../lint/config.js'
import type {KitOptions, SourcesOptions} from './options.js'
import {checkSession} from './session-check.js'
import {resolvedGraph} from './session-graph-rules.js'
import {replaceText} from './session-replace.js'
import {sessionState} from './session-state.js'

/** Options of `createSession`: what `lint` takes, and the document's path. */
export interface SessionOptions<K extends AnyKit = AnyKit> extends RuleSettings, KitOptions<K>, SourcesOptions {
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
export interface Session<K extends AnyKit = AnyKit> {
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
  /**
   * The argument graph of the text as of the last update: what `parse` gives
   * for it with the session's kit, the front matter's and the session's
   * `sources` attached as `check` attaches them. Positions are the
   * document's (1-based lines and columns, 0-based UTF-16 offsets, counted
   * after a byte order mark). Put together from the segments' graphs when
   * first read after an update (linear in the nodes; no parse), then kept
   * until the next update; an empty graph before the first update. Read
   * it, do not change it: its nodes' lists are the session's own.
   */
  readonly graph: KitGraph<K>
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
 * is linted whole on each update. `session.graph` is the graph of the
 * last text. Never throws on a document; throws a `TypeError` for a `kit`
 * or `sources` of the wrong type (as `lint` does).
 */
export function createSession<K extends AnyKit = typeof defaultKit>(options: SessionOptions<K> = {}): Session<K> {
  const state = sessionState(options)
  let messages: VFileMessage[] = []
  let graph: KitGraph<K> | undefined
  let stats: SessionStats = {parsed: 0, segments: 0, whole: false, graphRules: 'all'}
  // A byte order mark opening the text is kept apart: the segments hold the
  // text after it, so every place counts from the character after it, as
  // `lint` does (micromark drops the mark).
  let mark = ''
  return {
    get text() {
      return mark + state.text
    },
    get stats() {
      return stats
    },
    get graph() {
      graph ??= resolvedGraph(state) as KitGraph<K>
      return graph
    },
    async update(change) {
      const {started} = state
      const text = mark + state.text
      const source = typeof change === 'string' ? change : applyEdits(text, change)
      if (started && source === text) return messages
      graph = undefined
      const hadMark = mark !== ''
      mark = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : ''
      const body = mark === '' ? source : source.slice(1)
      // An edit's bounds are the text's with its mark: worked out again from the bodies when there is one.
      const bounds = started && !hadMark && mark === '' && typeof change !== 'string' && change.length === 1 ? editBounds(text, change[0]!) : undefined
      const parsed = replaceText(state, body, bounds)
      const result = checkSession(state)
      messages = result.messages
      stats = {parsed, segments: state.segments.length, whole: result.whole, graphRules: result.graphRules}
      return messages
    }
  }
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

/**
 * What one edit leaves of `text` on both sides (see `applyEdits`): the
 * length of the prefix and of the suffix it keeps.
 */
export function editBounds(text: string, edit: SessionEdit): {prefix: number; suffix: number} {
  const start = Math.max(0, Math.min(edit.start, text.length))
  const end = Math.max(start, Math.min(edit.end, text.length))
  return {prefix: start, suffix: text.length - end}
}
