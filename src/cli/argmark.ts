#!/usr/bin/env node
import process from 'node:process'
import {run} from './run.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true
})
