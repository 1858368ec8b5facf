import type {ParseArgsConfig} from 'node:util'
import {parseArgs} from 'node:util'
import type {Io} from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{args: string[]; allowPositionals: true; allowNegative: true; strict: true; options: O}>
>

/**
 * Parse a command's arguments, or say in one line what was wrong (plus the
 * command's usage) and give `undefined`: the caller exits with 2.
 */
export function parseCommandArguments<const O extends Options>(
  command: string,
  argv: string[],
  options: O,
  usage: string,
  io: Io
): Parsed<O> | undefined {
  try {
    return parseArgs({args: argv, allowPositionals: true, allowNegative: true, strict: true, options})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1]
    const reason =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? 'unexpected option `' + option + '`'
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
          ? 'unexpected use of `' + option + '` (' + firstSentence((error as Error).message) + ')'
          : firstSentence((error as Error).message)
    io.stderr('argmark ' + command + ': ' + reason + ', expected the options below\n\n' + usage)
    return undefined
  }
}

function firstSentence(message: string): string {
  return (message.split(/\.\s/)[0] ?? message).replace(/\.$/, '')
}
