import path from 'node:path'
import type {VFile} from 'vfile'
import {resolveKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {RuleSettings} from '../lint/config.js'
import type {ConfigOptions, KitReference} from './config.js'
import {configFor, KitError, loadKit} from './config.js'
import type {Io} from './io.js'

/** How a command finds the kit and settings of each file. */
export interface CommandContext {
  readonly io: Io
  /** `--kit <module>`: wins over the configuration's `kit`. */
  readonly kit?: KitReference | undefined
  /** How configuration files are found. */
  readonly config: ConfigOptions
}

/** The `--kit` option every subcommand takes, as a reference relative to the working directory. */
export function kitOption(value: string | undefined, io: Io): KitReference | undefined {
  return value === undefined ? undefined : {specifier: value, from: '`--kit`', base: io.cwd}
}

/**
 * Load the `--kit` a command was given before it starts, so a kit that
 * cannot be used is one line on stderr: whether it loaded (or none was given).
 */
export async function kitLoads(command: string, kit: KitReference | undefined, io: Io): Promise<boolean> {
  if (!kit) return true
  try {
    await loadKit(kit)
    return true
  } catch (error) {
    io.stderr('argmark ' + command + ': ' + (error instanceof KitError ? error.message : firstLine(error)) + '\n')
    return false
  }
}

/**
 * The kit and settings for a file: `--kit`, else the `kit` of the nearest
 * configuration, else `defaultKit`; the configuration's `settings`. Rejects
 * with a `KitError` (or the configuration's own error) in one line.
 */
export async function kitAndSettings(filePath: string, context: CommandContext): Promise<{kit: AnyKit; settings: RuleSettings}> {
  // Standard input is read as if it were a file in the working folder.
  const config = await configFor(filePath || path.join(context.config.cwd, 'stdin.md'), context.config)
  const reference = context.kit ?? config.kit
  const kit = resolveKit(reference ? await loadKit(reference) : undefined)
  return {kit, settings: config.settings}
}

/**
 * Run `task` for a file with its kit and settings; a kit or configuration
 * that cannot be used is one line on stderr and `undefined` (the command
 * exits 2).
 */
export async function withKit<T>(
  command: string,
  file: VFile,
  context: CommandContext,
  task: (kit: AnyKit, settings: RuleSettings) => Promise<T>
): Promise<T | undefined> {
  let found: {kit: AnyKit; settings: RuleSettings}
  try {
    found = await kitAndSettings(file.path || path.join(context.io.cwd, 'stdin.md'), context)
  } catch (error) {
    const reason = error instanceof KitError ? error.message : 'cannot read configuration: ' + firstLine(error)
    context.io.stderr('argmark ' + command + ': ' + reason + '\n')
    return undefined
  }
  return task(found.kit, found.settings)
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? text
}
