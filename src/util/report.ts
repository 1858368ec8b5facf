import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Where the rule documentation lives; each rule has `<id>.md` there. */
export const rulesUrl = 'https://github.com/argmark/argmark/blob/main/docs/rules/'

/** Everything a diagnostic says. */
export interface ReportOptions {
  /** Rule id: `duplicate-id`, `unknown-reference`, … */
  readonly ruleId: string
  /** “Unexpected X, expected Y”. */
  readonly reason: string
  /** The offending words; a node, position or point. */
  readonly place: Node | Position | Point | undefined
  /** Replacements for the text at `place`, when a fix exists. */
  readonly expected?: readonly string[]
  /** An error (default) or a warning. */
  readonly severity?: 'error' | 'warning'
}

/**
 * Add an argmark message to a file. `fatal: true` marks an error and
 * `fatal: false` a warning, as vfile-reporter and unified-engine read them.
 */
export function report(file: VFile, options: ReportOptions): VFileMessage {
  const place = toPlace(options.place)
  // A VFileMessage is an Error, whose constructor captures a stack trace that
  // vfile-message then replaces with `''`: capturing none saves about half of
  // what a message costs (2,563 messages in a lint of the annotated 1 MiB
  // draft: 255 ms, now 123 ms). Restored right after, synchronously.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(options.reason, {
      place,
      ruleId: options.ruleId,
      source: 'argmark'
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.url = rulesUrl + options.ruleId + '.md'
  message.fatal = options.severity !== 'warning'
  if (options.expected && options.expected.length > 0) {
    message.expected = [...options.expected]
  }
  return message
}

/**
 * Report a failure inside argmark (or a library it uses) as a message, so no
 * verb throws on a document: `what` is the step that failed.
 */
export function reportInternalError(
  file: VFile,
  what: 'parsing' | 'linting' | 'formatting',
  error: unknown,
  expected: string
): VFileMessage {
  return report(file, {
    ruleId: 'internal-error',
    place: undefined,
    reason:
      'Unexpected failure while ' + what + ' (' + String(error) + '), expected ' + expected +
      '; please report this document'
  })
}

function toPlace(place: ReportOptions['place']): Position | Point | undefined {
  if (!place) return undefined
  if ('line' in place) return place
  if ('start' in place) return place
  return place.position
}

/** `` `a`, `b` or `c` `` for a reason. */
export function listCode(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((value) => '`' + value + '`')
  if (quoted.length < 2) return quoted.join('')
  return quoted.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + quoted.at(-1)
}
