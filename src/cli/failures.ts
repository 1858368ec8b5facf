import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {failureStack, rulesUrl} from '../util/report.js'

/** What went wrong before a file could be checked, said in one line each. */
export interface Failures {
  /** The files that were read and checked: what the report shows. */
  readonly checked: VFile[]
  /** Configuration that cannot be used (a configuration file, a kit): each once; the command exits 2. */
  readonly configuration: string[]
  /** Files that could not be read or processed: one line each; the command exits 1. */
  readonly files: string[]
  /** With `--debug`: the stacks behind the lines above, and behind the checked files' `internal-error` messages. */
  readonly stacks: string[]
}

// unified-engine's messages about configuration files and the plugins they name.
const configurationError = /^(?:Cannot (?:parse|read) (?:given )?file `|Cannot import `|Cannot find module `|Expected (?:preset|a list or object of plugins))/

// A line of a stack trace, and the `Error: ` before an error's message in one.
const stackLine = /^\s+at /
const errorName = /^\w*Error: /

/** Every regex of this module, for the ReDoS test. */
export const failurePatterns: readonly RegExp[] = [configurationError, stackLine, errorName]

/** A language server diagnostic, as far as `configurationDiagnostic` reads it. */
export interface Diagnostic {
  message: string
  code?: string | number
  source?: string
  codeDescription?: {href: string}
}

/**
 * A diagnostic as the language server sends it: one the engine gave for a
 * configuration file it cannot read (a `.argmarkrc` that does not parse: its
 * reason, then the cause's stack, and no code) becomes `invalid-rule-config`
 * with its reasons on one line, as `argmark lint` reports it; any other is
 * returned as it is.
 */
export function configurationDiagnostic<T extends Diagnostic>(diagnostic: T): T {
  if (diagnostic.code !== undefined) return diagnostic
  const reasons = diagnostic.message
    .split('\n')
    .filter((line) => line !== '' && !stackLine.test(line))
    .map((line) => line.replace(errorName, ''))
    .filter((line) => line !== 'Cannot process file')
  if (!reasons.some((reason) => configurationError.test(reason))) return diagnostic
  return {
    ...diagnostic,
    message: 'Cannot read configuration: ' + reasons.join(': '),
    code: 'invalid-rule-config',
    source: 'argmark',
    codeDescription: {href: rulesUrl + 'invalid-rule-config.md'}
  }
}

/**
 * Sort the files a run gave back: those it checked, and those it could not
 * read or configure, as one line each (unified-engine's own messages carry
 * the causes, with stacks, that a report would print over many lines). An
 * ignored file is a failure only when it was `named` on the command line (as
 * its path from the working folder), not when a glob found it.
 */
export function takeFailures(files: readonly VFile[], named: ReadonlySet<string>): Failures {
  const checked: VFile[] = []
  const configuration = new Set<string>()
  const lines: string[] = []
  const stacks: string[] = []
  for (const file of files) {
    const name = '`' + (file.path || '<stdin>') + '`'
    const kit = file.messages.filter((message) => message.ruleId === 'invalid-kit' && message.source === 'argmark')
    for (const message of kit) configuration.add(lowerFirst(message.reason))
    const failure = file.messages.find((message) => message.fatal === true && !message.ruleId && !message.source)
    if (kit.length > 0) continue
    if (!failure) {
      checked.push(file)
      for (const message of file.messages) {
        const stack = failureStack(message)
        if (stack) stacks.push(stack)
      }
      continue
    }
    const chain = causes(failure)
    if (chain.some((reason) => configurationError.test(reason))) {
      configuration.add('cannot read configuration: ' + chain.filter((reason) => reason !== 'Cannot process file').join(': '))
    } else if (failure.reason === 'No such file or folder' || failure.reason === 'Cannot find file') {
      lines.push('cannot read ' + name + ': ' + (errorCode(failure.cause) ?? 'ENOENT'))
    } else if (failure.reason.startsWith('Cannot process specified file: it’s ignored')) {
      if (!named.has(path.normalize(file.path))) continue
      lines.push('unexpected ignored file ' + name + ', expected a file no ignore file or `--ignore-pattern` names (or `--no-ignore`)')
    } else {
      const code = errorCode(failure.cause)
      lines.push('cannot read ' + name + ': ' + (code ?? chain.filter((reason) => reason !== 'Cannot process file').join(': ')))
    }
    const stack = deepest(failure)
    if (stack) stacks.push(stack)
  }
  return {checked, configuration: [...configuration], files: lines, stacks}
}

/** The first line of a message and of each of its causes, innermost last. */
function causes(message: VFileMessage): string[] {
  const reasons: string[] = [firstLine(message.reason)]
  let cause: unknown = message.cause
  for (let depth = 0; cause && depth < 10; depth++) {
    const text = cause instanceof Error ? cause.message : String(cause)
    // parse-json repeats the file's text after its reason.
    const line = firstLine(text)
    const repeated = line.indexOf(' while parsing ')
    reasons.push(repeated === -1 ? line : line.slice(0, repeated))
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return reasons
}

function deepest(message: VFileMessage): string | undefined {
  let cause: unknown = message.cause
  let stack: string | undefined
  for (let depth = 0; cause && depth < 10; depth++) {
    if (cause instanceof Error && cause.stack) stack = cause.stack
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return stack
}

function errorCode(cause: unknown): string | undefined {
  for (let depth = 0; cause && depth < 10; depth++) {
    const code = (cause as NodeJS.ErrnoException).code
    if (typeof code === 'string') return code
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return undefined
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}
