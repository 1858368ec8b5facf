import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {argmarkCheck} from '../check/plugin.js'
import {remarkArgmark} from '../extract/plugin.js'
import type {ArgmarkLintOptions} from '../lint/config.js'
import {argmarkLint} from '../lint/plugin.js'
import {format} from '../syntax/format.js'
import {argmarkDiskSources} from './disk-sources.js'

/**
 * What unified-engine needs to find argmark's files and settings, shared by
 * `argmark lint` and the language server: `.argmarkrc` (`.json`, `.yml`,
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

/**
 * Lint with the `preset` and `rules` a configuration file gives in its
 * `settings` (unified-engine's place for settings, which the engine and the
 * language server both read): `{"settings": {"preset": "strict", "rules":
 * {"unused-source": "off"}}}`. Options passed here win.
 */
const argmarkLintFromSettings: Plugin<[ArgmarkLintOptions?], Root> = function (this: Processor, options) {
  const settings = (this.data('settings') ?? {}) as {preset?: unknown; rules?: unknown}
  const fromSettings = {
    preset: settings.preset as ArgmarkLintOptions['preset'],
    rules: settings.rules as ArgmarkLintOptions['rules']
  }
  return argmarkLint.call(this, {
    ...fromSettings,
    ...options,
    rules: {...fromSettings.rules, ...options?.rules}
  })
}

/**
 * Write a file the way `format` writes it (canonical annotated Markdown, or
 * the document unchanged when its markup does not parse).
 */
const argmarkFormatCompiler: Plugin<[], Root, string> = function () {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  self.compiler = function (_tree, file) {
    const copy = new VFile({path: file.path, value: String(file.value)})
    const value = format(copy)
    for (const message of copy.messages) if (message.ruleId === 'format-skipped') file.messages.push(message)
    return value
  }
}

/**
 * The processor `argmark lint` and the language server run over each file:
 * parse, load sources from disk, check, lint with the file's settings; it
 * writes files back canonically.
 */
export function argmarkEngineProcessor(lintOptions?: ArgmarkLintOptions, onFile?: () => void) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkArgmark)
    .use(argmarkDiskSources)
    .use(argmarkCheck)
    .use(argmarkLintFromSettings, lintOptions)
    .use(argmarkFormatCompiler)
  if (onFile) processor.use(() => () => void onFile())
  // Not frozen: freezing runs argmarkLint, which `use`s the rules of no
  // settings, and every copy the engine makes would keep them.
  return processor
}
