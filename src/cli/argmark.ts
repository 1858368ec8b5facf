#!/usr/bin/env node
import {fstatSync} from 'node:fs'
import process from 'node:process'
import {text} from 'node:stream/consumers'
import {run} from './run.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: (value) => process.stdout.write(value),
  stderr: (value) => process.stderr.write(value),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
  stdin: {
    // Piped or redirected: a pipe, a file or a socket; not a terminal, not /dev/null.
    async piped() {
      let piped = false
      try {
        const stats = fstatSync(0)
        piped = stats.isFIFO() || stats.isFile() || stats.isSocket()
      } catch {}
      return piped ? text(process.stdin) : undefined
    },
    read: () => text(process.stdin)
  }
})
