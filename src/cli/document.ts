import {existsSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {resolveKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {RuleSettings} from '../lint/config.js'
import type {ConfigOptions, KitReference} from './config.js'
import {configFor, KitError, loadKit} from './config.js'
import type {Io} from './io.js'
import {isInside} from './sources.js'

// A kit named by a relative path.
const kitPath = /^\.{1,2}(?:[\\/]|$)/

/** Every regex of this module, for the ReDoS test. */
export const documentPatterns: readonly RegExp[] = [kitPath]

/** How a command finds the kit and settings of each file. */
export interface CommandContext {
  readonly io: Io
  /** `--kit <module>`: wins over the configuration's `kit`. */
  readonly kit?: KitReference | undefined
  /** How configuration files are found. */
  readonly config: ConfigOptions
  /**
   * `--allow-outside`: load a kit module a configuration file names outside
   * the project folder (`config.cwd`). `--kit` is the user's and is not confined.
   */
  readonly allowOutside?: boolean | undefined
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
  // A configuration file comes with the project, and a kit module is code:
  // one it names by path is loaded only from inside the project.
  if (!context.kit && config.kit && !context.allowOutside) confineKit(config.kit, context.config.cwd)
  const reference = context.kit ?? config.kit
  const kit = resolveKit(reference ? await loadKit(reference) : undefined)
  return {kit, settings: config.settings}
}

/**
 * Refuse (a `KitError`) a kit a configuration names by path (`./kit.mjs`,
 * `../kit.mjs`, an absolute path, a file that exists: not a package name, which resolves as
 * Node resolves packages) when its real path is outside the project folder
 * `root`.
 */
export function confineKit(reference: KitReference, root: string): void {
  const file = path.resolve(reference.base, reference.specifier)
  // As `loadKit` tells a path from a package name.
  if (!kitPath.test(reference.specifier) && !path.isAbsolute(reference.specifier) && !existsSync(file)) return
  if (isInside(root, file)) return
  throw new KitError(
    'cannot load kit `' + reference.specifier + '` (from ' + reference.from + '): it is outside the project folder `' +
      path.resolve(root) + '`; pass `--allow-outside` to load it (a kit module is code)'
  )
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
