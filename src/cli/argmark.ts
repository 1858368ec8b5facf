#!/usr/bin/env node
import {fstatSync, readFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {buffer} from 'node:stream/consumers'
import type {Io} from './io.js'
import {checkRecord, markUnrecordable, reportEnvironment, startRecording, type Recording, type RunKey} from './run-record.js'

// Piped or redirected: a pipe, a file or a socket; not a terminal, not /dev/null.
function stdinPiped(): boolean {
  try {
    const stats = fstatSync(0)
    return stats.isFIFO() || stats.isFile() || stats.isSocket()
  } catch {
    return false
  }
}

function stdinIsFile(): boolean {
  try {
    return fstatSync(0).isFile()
  } catch {
    return false
  }
}

const argv = process.argv.slice(2)
const cwd = process.cwd()
const isTTY = process.stderr.isTTY === true

// `argmark lint --cache`: the same command in the same folder with nothing it
// looked at changed prints its report again, before the engine is loaded.
let recording: Recording | undefined
const cached = argv[0] === 'lint' && argv.includes('--cache') && !argv.some((arg) => arg === '--watch' || arg === '-w' || arg === '-' || arg === '--')
if (cached) {
  const cacheFolder = path.join(cwd, 'node_modules', '.cache', 'argmark')
  let version = 'unknown'
  try {
    version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {}
  const key: RunKey = {argv, cwd, version, node: process.version, isTTY, env: reportEnvironment(process.env)}
  const record = checkRecord(cacheFolder, key, stdinPiped)
  if (record) {
    for (const [stream, value] of record.output) (stream === 1 ? process.stdout : process.stderr).write(value)
    process.exitCode = record.code
  } else {
    recording = startRecording(cacheFolder, key)
  }
}

if (process.exitCode === undefined) {
  const {run} = await import('./run.js')
  const io: Io = {
    stdout(value) {
      recording?.output(1, value)
      process.stdout.write(value)
    },
    stderr(value) {
      recording?.output(2, value)
      process.stderr.write(value)
    },
    cwd,
    isTTY,
    stdin: {
      async piped() {
        if (!stdinPiped()) {
          recording?.stdinNotPiped()
          return undefined
        }
        markUnrecordable('standard input')
        const input = await standardInput()
        // An empty pipe is no input (a script that runs argmark with standard
        // input open); an empty file redirected in (`< empty.md`) is a draft.
        return input === '' && !stdinIsFile() ? undefined : input
      },
      read() {
        markUnrecordable('standard input')
        return standardInput()
      }
    }
  }
  const code = await run(argv, io)
  recording?.finish(code)
  process.exitCode = code
}

/**
 * Standard input as UTF-8 text, a byte order mark kept (as a file read from
 * disk keeps it: `TextDecoder`, which `text()` uses, drops it), so `format
 * --check -` sees what `format` drops.
 */
async function standardInput(): Promise<string> {
  return (await buffer(process.stdin)).toString('utf8')
}
