#!/usr/bin/env node
import process from 'node:process'
import {hasConnection, languageServerUsage, startLanguageServer} from './language-server.js'

// The server loads its processor from this module by URL (see
// language-server.ts), so this module exports it.
export {argmarkEngine} from './language-server.js'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(languageServerUsage)
} else if (hasConnection(args)) {
  startLanguageServer(import.meta.url)
} else {
  // vscode-languageserver would throw a stack trace here.
  process.stderr.write(
    'argmark-language-server: missing connection, expected `--stdio`, `--node-ipc`, `--socket=<port>` or `--pipe=<name>`\n\n' +
      languageServerUsage
  )
  process.exitCode = 2
}
