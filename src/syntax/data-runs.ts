import {autolink, characterEscape, characterReference, codeText, hardBreakEscape, htmlText, labelEnd, labelStartImage, labelStartLink, lineEnding} from 'micromark-core-commonmark'
import {codes} from 'micromark-util-symbol'
import type {Construct, Event, Extension, Resolver, TokenizeContext} from 'micromark-util-types'

/**
 * micromark's text content starts its resolving with `resolveAllText`, which
 * joins each run of adjacent `data` tokens into one, with one `splice` of
 * the whole event list per run. With GFM's constructs every word starts a
 * new data token, so a paragraph holding n inline constructs (text
 * directives `a:b`, citations...) has about n runs and costs n × events:
 * 25,000 text directives in one paragraph took about 5 s a parse, 50,000
 * about 16 s (GFM and remark-directive alone: 7 and 23 s).
 *
 * This gives each text construct of `extension` a `resolveTo` (after its
 * own, if any), which micromark calls each time the construct matches, with
 * the events so far: it joins the runs that came since the last such call in
 * one pass (`mergeDataRuns`), so that every run is joined once, and
 * `resolveAllText` finds at most the runs after the last construct. Joining
 * is the same whenever it happens (the first token of a run takes the last
 * one's end; a run cut by a call is joined by a later one), so the events and
 * the tree are the same as micromark's (`test/syntax/data-runs.test.ts`).
 */
export function mergeDataRunsIn(extension: Extension): Extension {
  const text = extension.text
  if (!text) return extension
  const wrapped = new Map<Construct, Construct>()
  const wrap = (construct: Construct): Construct => {
    let result = wrapped.get(construct)
    if (!result) {
      const own = construct.resolveTo
      const resolveTo: Resolver = (events, context) => {
        const resolved = own ? own(events, context) : events
        mergeDataRuns(resolved, Math.min(joined.get(context) ?? 0, resolved.length))
        joined.set(context, resolved.length)
        return resolved
      }
      result = {...construct, resolveTo}
      wrapped.set(construct, result)
    }
    return result
  }
  const record: NonNullable<Extension['text']> = {}
  for (const [code, value] of Object.entries(text)) {
    if (value === undefined) continue
    record[code as unknown as number] = Array.isArray(value) ? value.map(wrap) : wrap(value as Construct)
  }
  return {...extension, text: record}
}

/**
 * `mergeDataRunsIn` for micromark's own text constructs (all but emphasis,
 * which `emphasisDepth` replaces): each is turned off by name and added back
 * after the extensions' constructs at its character, as micromark orders it,
 * under a new name and joining runs. A run ended by a link, a label start, an
 * escape, a code span, a character reference, an autolink, HTML or a line
 * ending was otherwise joined by `resolveAllText` with one splice each:
 * `[a]` 20,000 times in one paragraph took 2.7 s in it, `a] [b](u) ` 11 s.
 * Put it before the other extensions, so that what they add after a
 * construct (GFM's footnote calls after a label end) stays after it. Escapes
 * and character references are added back to strings too, unchanged. A
 * construct another extension turns off by name stays off.
 */
export function mergeDataRunsInCore(): Extension {
  const text: Record<number, Construct[]> = {
    [codes.carriageReturnLineFeed]: [lineEnding],
    [codes.carriageReturn]: [lineEnding],
    [codes.lineFeed]: [lineEnding],
    [codes.exclamationMark]: [labelStartImage],
    [codes.ampersand]: [characterReference],
    [codes.lessThan]: [autolink, htmlText],
    [codes.leftSquareBracket]: [labelStartLink],
    [codes.backslash]: [hardBreakEscape, characterEscape],
    [codes.rightSquareBracket]: [labelEnd],
    [codes.graveAccent]: [codeText]
  }
  const again = (construct: Construct): Construct => ({...coreConstruct(construct), add: 'after'})
  const names = new Set(Object.values(text).flat().map((construct) => construct.name!))
  const extension = mergeDataRunsIn({
    text: Object.fromEntries(Object.entries(text).map(([code, constructs]) => [code, constructs.map(again)]))
  })
  return {
    ...extension,
    disable: {null: [...names]},
    string: {[codes.ampersand]: again(characterReference), [codes.backslash]: again(characterEscape)}
  }
}

/**
 * micromark's own construct `construct` (one `mergeDataRunsInCore` turns off
 * by name and adds back) under the name `<name>Again`, for constructs that
 * check or attempt it inside their own (a citation skips an autolink or a
 * character reference): micromark passes over a construct whose name is
 * turned off even when it is attempted directly. It stays off where another
 * extension turns it off (MDX's autolinks).
 */
export function coreConstruct(construct: Construct): Construct {
  const name = construct.name!
  return {
    ...construct,
    name: name + 'Again',
    tokenize(effects, ok, nok) {
      return offElsewhere(this, name) ? nok : construct.tokenize.call(this, effects, ok, nok)
    }
  }
}

/**
 * Whether an extension other than `mergeDataRunsInCore` turns off micromark's
 * construct `name` (MDX turns off autolinks and HTML): the name is then in the
 * parser's list of names turned off twice, and the construct added back stays
 * off too.
 */
function offElsewhere(context: TokenizeContext, name: string): boolean {
  const names = context.parser.constructs.disable.null
  if (!names) return false
  let twice = off.get(names)
  if (!twice) {
    const seen = new Set<string>()
    twice = new Set<string>()
    for (const each of names) (seen.has(each) ? twice : seen).add(each)
    off.set(names, twice)
  }
  return twice.has(name)
}

// The names each parser's extensions turn off more than once.
const off = new WeakMap<readonly string[], Set<string>>()

// How many events of a tokenizer's list have had their runs joined.
const joined = new WeakMap<TokenizeContext, number>()

/**
 * Join each run of adjacent `data` tokens of `events` from index `from`
 * (0-based) into its first token, which takes the last one's end (what
 * micromark's `resolveAllText` does), in place, in one pass. Returns `events`.
 */
export function mergeDataRuns(events: Event[], from = 0): Event[] {
  let write = from
  let index = from
  while (index < events.length) {
    const event = events[index]!
    if (event[1].type !== 'data') {
      events[write++] = event
      index++
      continue
    }
    let end = index + 1
    while (end < events.length && events[end]![1].type === 'data') end++
    if (end - index > 2) {
      event[1].end = events[end - 1]![1].end
      events[write++] = event
      events[write++] = events[index + 1]!
    } else {
      for (let at = index; at < end; at++) events[write++] = events[at]!
    }
    index = end
  }
  events.length = write
  return events
}
