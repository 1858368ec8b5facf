import {statSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Io} from './io.js'

/** What a command writes for one file: the text, and the extension a file of it gets. */
export interface Output {
  readonly file: VFile
  readonly text: string
  /** With the dot: `.html`. */
  readonly extension: string
}

/** Whether `-o` names a folder: it ends with a separator or is one. */
export function isFolderTarget(target: string, cwd: string): boolean {
  if (target.endsWith('/') || target.endsWith(path.sep)) return true
  try {
    return statSync(path.resolve(cwd, target)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Write outputs: to standard output without `-o` (one document, or several
 * one after the other when `many` allows it); with `-o`, to that file for one
 * input, or into that folder (made when missing) for several or when it is a
 * folder, each file at its path from the inputs' common folder with the
 * output's extension. Resolves to the exit code (0, 1 when a file cannot be
 * written, 2 when the command line asks for something that cannot be done)
 * and the paths written.
 */
export async function writeOutputs(
  command: string,
  outputs: readonly Output[],
  target: string | undefined,
  io: Io,
  many: boolean
): Promise<{code: number; written: string[]}> {
  if (target === undefined) {
    if (outputs.length > 1 && !many) {
      io.stderr('argmark ' + command + ': unexpected ' + outputs.length + ' drafts without `-o <folder>`, expected one draft or an output folder\n')
      return {code: 2, written: []}
    }
    for (const output of outputs) io.stdout(output.text)
    return {code: 0, written: []}
  }

  const absolute = path.resolve(io.cwd, target)
  const folder = outputs.length > 1 || isFolderTarget(target, io.cwd)
  const inputs = outputs.map((output) => (output.file.path ? path.resolve(io.cwd, output.file.path) : path.join(io.cwd, 'stdin.md')))
  const base = commonFolder(inputs.map((input) => path.dirname(input)))
  let code = 0
  const written: string[] = []
  for (const [index, output] of outputs.entries()) {
    const input = inputs[index]!
    const relative = path.relative(base, input)
    const destination = folder ? path.join(absolute, relative.slice(0, relative.length - path.extname(relative).length) + output.extension) : absolute
    const shown = path.relative(io.cwd, destination) || destination
    if (destination === input) {
      io.stderr('argmark ' + command + ': unexpected output `' + shown + '` that is its own input, expected another file or folder for `-o`\n')
      code = Math.max(code, 2)
      continue
    }
    try {
      await mkdir(path.dirname(destination), {recursive: true})
      await writeFile(destination, output.text)
      written.push(destination)
    } catch (error) {
      io.stderr('argmark ' + command + ': cannot write `' + shown + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '\n')
      code = Math.max(code, 1)
    }
  }
  return {code, written}
}

/** The deepest folder that holds all of `folders` (absolute). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0] ?? '/'
  for (const folder of folders.slice(1)) {
    while (common !== path.dirname(common) && folder !== common && !folder.startsWith(common + path.sep)) common = path.dirname(common)
  }
  return common
}
