/** One YAML block Argdown could not read: front matter or a statement's data, at its place. */
export interface ArgdownDataError {
  /** `front matter` (the `===` block) or `data` (a `{…}` block after a statement or argument). */
  readonly block: 'front matter' | 'data'
  readonly line: number
  readonly column: number
  /** js-yaml's reason, one line. */
  readonly reason: string
}

/** What one run of `@argdown/core` gives: its response, and the YAML blocks it could not read. */
export interface ArgdownRun {
  readonly response: unknown
  readonly dataErrors: readonly ArgdownDataError[]
}

interface Token {
  image: string
  startLine?: number
  startColumn?: number
}

type Listener = (request: unknown, response: Record<string, unknown>, token: Token, parentNode: unknown) => void

/** What Argdown's DataPlugin strips before the YAML of each block. */
export const frontMatterStart = /^\s*={3,}/
/** A data block written over several lines starts `{` and a line break. */
export const blockDataStart = /^\{[ \t]*(?:\n\r|\n)/

/**
 * The optional peer `@argdown/core`, imported by a name held in a variable:
 * bundlers (esbuild, Vite, webpack) leave such an import to run time instead
 * of resolving it, so a browser program built from the root entry bundles
 * without the package installed (reading Argdown then rejects, as in Node
 * without it). Resolves to the module; rejects when it cannot be loaded.
 */
function loadArgdownCore(): Promise<typeof import('@argdown/core')> {
  const name = '@argdown/core'
  return import(/* webpackIgnore: true */ /* @vite-ignore */ name) as Promise<typeof import('@argdown/core')>
}

let application: Promise<{run(request: Record<string, unknown>): unknown}> | undefined

/**
 * `@argdown/core`'s application with its parser, data and model plugins,
 * loaded on first use (rejects when the package is not installed). Its
 * DataPlugin's listeners are guarded: js-yaml throws on a block that is not
 * YAML, which Argdown's walker swallows and stops the walk at (a malformed
 * front matter left the whole model empty, without a message). A guarded
 * listener records the error at its line and column and the walk goes on.
 */
async function argdownApplication() {
  application ??= loadArgdownCore().then(({ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin}) => {
    const app = new ArgdownApplication()
    const data = new DataPlugin()
    const listeners = data.tokenListeners as unknown as Record<string, Listener>
    for (const [name, listener] of Object.entries(listeners)) {
      listeners[name] = (request, response, token, parentNode) => {
        try {
          listener(request, response, token, parentNode)
        } catch (error) {
          const errors = (response.argmarkDataErrors ??= []) as ArgdownDataError[]
          errors.push(dataError(name === 'FrontMatter' ? 'front matter' : 'data', token, error))
        }
      }
    }
    app.addPlugin(new ParserPlugin(), 'parse-input')
    app.addPlugin(data, 'build-model')
    app.addPlugin(new ModelPlugin(), 'build-model')
    return app
  })
  try {
    return await application
  } catch (error) {
    application = undefined
    throw error
  }
}

/**
 * Parse Argdown text and build its model (statements, arguments, relations,
 * front matter). `@argdown/core` logs its exceptions to the console by
 * default; here they stay on the response (`exceptions`) for the caller to
 * report. Rejects only when `@argdown/core` cannot be loaded.
 */
export async function runArgdown(text: string): Promise<ArgdownRun> {
  const app = await argdownApplication()
  const response = app.run({input: text, process: ['parse-input', 'build-model'], logExceptions: false}) as Record<string, unknown>
  return {response, dataErrors: (response.argmarkDataErrors as ArgdownDataError[] | undefined) ?? []}
}

// Where js-yaml's error is in the source: its offset in the YAML Argdown read, after what it stripped.
function dataError(block: ArgdownDataError['block'], token: Token, error: unknown): ArgdownDataError {
  const yamlError = error as {reason?: unknown; message?: unknown; mark?: {position?: unknown}}
  const reason = String(typeof yamlError.reason === 'string' ? yamlError.reason : yamlError.message ?? error).split('\n')[0]!
  const image = token.image
  const skipped = (block === 'front matter' ? frontMatterStart : blockDataStart).exec(image)?.[0].length ?? 0
  const position = typeof yamlError.mark?.position === 'number' ? Math.min(image.length, skipped + yamlError.mark.position) : 0
  let line = token.startLine ?? 1
  let column = token.startColumn ?? 1
  for (let index = 0; index < position; index++) {
    if (image[index] === '\n') {
      line++
      column = 1
    } else column++
  }
  return {block, line, column, reason}
}
