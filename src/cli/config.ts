import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {resolve as resolveModule} from 'import-meta-resolve'
import type {ConfigTransform, Preset} from 'unified-engine'
import {Configuration} from 'unified-engine'
import type {AnyKit} from '../kit/define-kit.js'
import {isKit} from '../kit/is-kit.js'
import type {RuleSettings} from '../lint/config.js'

/**
 * What unified-engine needs to find argmark's files and settings, shared by
 * every command and the language server: `.argmarkrc` (`.json`, `.yml`,
 * `.yaml`, `.js`, `.cjs`, `.mjs`), the `argmark` field of `package.json`, and
 * `.argmarkignore`.
 */
export const engineNames = {
  rcName: '.argmarkrc',
  packageField: 'argmark',
  ignoreName: '.argmarkignore',
  pluginPrefix: 'argmark',
  extensions: ['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn', 'mkdown', 'ron']
} as const

/** Where a kit module is named, and how. */
export interface KitReference {
  /** As written (`./kit.mjs`, `my-kit`). */
  readonly specifier: string
  /** Where it was written: the configuration file's path, or `--kit`. */
  readonly from: string
  /** The folder the specifier is relative to. */
  readonly base: string
}

/** A file's argmark configuration: its kit and its settings (`preset`, `rules`). */
export interface ArgmarkConfig {
  readonly kit: KitReference | undefined
  readonly settings: RuleSettings
  /** The configuration file, if one was found. */
  readonly filePath: string | undefined
}

/** How configuration is looked up (as `argmark lint` takes it). */
export interface ConfigOptions {
  readonly cwd: string
  /** Use this file instead of searching (`--rc-path`). */
  readonly rcPath?: string | undefined
  /** Search for configuration files (default: yes; `--no-config`). */
  readonly detectConfig?: boolean | undefined
}

// A configuration's `kit` is argmark's own field beside unified-engine's
// `plugins` and `settings`: kept in the settings, with where it was written.
const kitKey = 'argmarkKit'

const transform: ConfigTransform = function (config, filePath) {
  const value = (config ?? {}) as {kit?: unknown; plugins?: Preset['plugins']; settings?: Record<string, unknown>}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('Unexpected configuration that is not an object, expected `{"kit", "settings", "plugins"}`')
  }
  const settings: Record<string, unknown> = {...value.settings}
  if (value.kit !== undefined) {
    if (typeof value.kit !== 'string' || value.kit === '') {
      throw new TypeError('Unexpected `kit` ' + JSON.stringify(value.kit) + ', expected the path or name of a kit module')
    }
    const reference: KitReference = {specifier: value.kit, from: filePath, base: path.dirname(filePath)}
    settings[kitKey] = reference
  }
  return {plugins: value.plugins, settings}
}

const configurations = new Map<string, Configuration>()

/**
 * The configuration that applies to a file, found as unified-engine finds it
 * (the nearest `.argmarkrc*` or `package.json` with an `argmark` field,
 * searching up from the file's folder; cached per folder). A file that does
 * not parse, or a `kit` that is not a string, rejects with its reason.
 */
export function configFor(filePath: string, options: ConfigOptions): Promise<ArgmarkConfig> {
  const key = JSON.stringify([options.cwd, options.rcPath ?? null, options.detectConfig ?? true])
  let configuration = configurations.get(key)
  if (!configuration) {
    configuration = new Configuration({
      cwd: options.cwd,
      rcName: engineNames.rcName,
      packageField: engineNames.packageField,
      pluginPrefix: engineNames.pluginPrefix,
      rcPath: options.rcPath,
      detectConfig: options.detectConfig ?? true,
      configTransform: transform
    })
    configurations.set(key, configuration)
  }
  const absolute = path.resolve(options.cwd, filePath)
  return new Promise((resolve, reject) => {
    configuration.load(absolute, (error, result) => {
      if (error || !result) {
        reject(error ?? new Error('Cannot load configuration for `' + filePath + '`'))
        return
      }
      const {[kitKey]: kit, ...settings} = result.settings as Record<string, unknown>
      resolve({kit: kit as KitReference | undefined, settings: settings as RuleSettings, filePath: result.filePath})
    })
  })
}

/** A kit module that cannot be used: its message is one line, ready to print. */
export class KitError extends Error {
  override name = 'KitError'
}

const kits = new Map<string, Promise<AnyKit>>()

/**
 * Load the kit a reference names: a module path relative to where it was
 * written, or a package name resolved from there (as unified-engine
 * resolves plugins), whose default export or `kit` export is a kit made with
 * `defineKit`. A kit module is code: it runs with the rights of the command.
 * Rejects with a `KitError` when it cannot be found or loaded or exports no
 * kit. A kit file is loaded again when it changes (the language server and
 * `--watch` see edits to it); otherwise once per process.
 */
export async function loadKit(reference: KitReference): Promise<AnyKit> {
  let target: string
  try {
    target = kitUrl(reference)
  } catch (error) {
    throw new KitError('cannot find kit `' + reference.specifier + '` (from ' + reference.from + '): ' + firstLine(error))
  }
  let loading = kits.get(target)
  if (!loading) {
    loading = importKit(target, reference)
    kits.set(target, loading)
  }
  return loading
}

// `./kit.mjs`, `/abs/kit.mjs` and a file that exists are paths; anything else a package.
function kitUrl(reference: KitReference): string {
  const {specifier, base} = reference
  const file = path.resolve(base, specifier)
  if (/^\.{1,2}(?:[\\/]|$)/.test(specifier) || path.isAbsolute(specifier) || existsSync(file)) {
    // The modification time in the URL makes a changed file a new module.
    let version = ''
    try {
      version = '?mtime=' + String(statSync(file).mtimeMs)
    } catch {}
    return pathToFileURL(file).href + version
  }
  return resolveModule(specifier, pathToFileURL(path.join(base, 'package.json')).href)
}

async function importKit(target: string, reference: KitReference): Promise<AnyKit> {
  const where = '`' + reference.specifier + '` (from ' + reference.from + ')'
  let module: Record<string, unknown>
  try {
    module = (await import(target)) as Record<string, unknown>
  } catch (error) {
    throw new KitError('cannot load kit ' + where + ': ' + firstLine(error))
  }
  const kit = [module['default'], module['kit']].find(isKit)
  if (!kit) {
    throw new KitError(
      'unexpected kit module ' + where + ' without a kit, expected a default export or a `kit` export made with `defineKit`'
    )
  }
  return kit
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? text
}
