import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Io} from './io.js'

/** Read a draft named on the command line, or say in one line why not. */
export async function readDocument(name: string, io: Io, command = ''): Promise<VFile | undefined> {
  try {
    const value = await readFile(path.resolve(io.cwd, name), 'utf8')
    return new VFile({path: name, cwd: io.cwd, value})
  } catch (error) {
    const prefix = command ? 'argmark ' + command : 'argmark'
    io.stderr(prefix + ': cannot read `' + name + '`: ' + ((error as NodeJS.ErrnoException).code ?? String(error)) + '\n')
    return undefined
  }
}
