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
  // A message without a place is not at `1:1` (vfile-message's name for
  // it): `String(message)` is its file (when it has one) and its reason.
  if (!place) message.name = message.file ?? ''
  message.url = rulesUrl + options.ruleId + '.md'
  message.fatal = options.severity !== 'warning'
  if (options.expected && options.expected.length > 0) {
    message.expected = [...options.expected]
  }
  return message
}

/**
 * Report a failure inside argmark (or a library it uses) as a message, so no
 * verb throws on a document: `what` is the step that failed. The error's
 * stack is kept for `--debug` (see `failureStack`).
 */
export function reportInternalError(
  file: VFile,
  what: 'parsing' | 'linting' | 'formatting',
  error: unknown,
  expected: string
): VFileMessage {
  const message = report(file, {
    ruleId: 'internal-error',
    place: undefined,
    reason:
      'Unexpected failure while ' + what + ' (' + String(error) + '), expected ' + expected +
      '; please report this document'
  })
  if (error instanceof Error) keepFailureStack(message, error)
  return message
}

// The stack of the error behind an `internal-error`, outside the message:
// reporters print a message's `cause` and `stack` (vfile-reporter, and the
// language server in each diagnostic), and the stack is for `--debug` only.
const failureStacks = new WeakMap<VFileMessage, string>()

/**
 * Keep the stack of `error` (an `Error` with a stack; a string is a stack
 * already, as a worker thread sends it) as the one behind `message`.
 */
export function keepFailureStack(message: VFileMessage, error: unknown): void {
  const stack = typeof error === 'string' ? error : error instanceof Error ? error.stack : undefined
  if (typeof stack === 'string' && stack !== '') failureStacks.set(message, stack)
}

/** The stack of the error behind an `internal-error` message, for `--debug`; `undefined` when none was kept. */
export function failureStack(message: VFileMessage): string | undefined {
  return failureStacks.get(message)
}

function toPlace(place: ReportOptions['place']): Position | Point | undefined {
  if (!place) return undefined
  if ('line' in place) return place
  if ('start' in place) return place
  return place.position
}

/** `` `a`, `b` or `c` `` for a reason. */
export function listCode(values: readonly string[], conjunction = 'or'): string {
  return listWords(values.map((value) => '`' + value + '`'), conjunction)
}

/** `a, b or c`: words as a reason lists them. */
export function listWords(values: readonly string[], conjunction = 'or'): string {
  if (values.length < 2) return values.join('')
  return values.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + values.at(-1)
}
