import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import type {Diagnostic} from './failures.js'
import {configurationDiagnostic} from './failures.js'

// unified-language-server reads `requireConfig` from whatever the client
// answers to `workspace/configuration`; the protocol lets a client answer
// `null`, and the server then throws and exits. This module, imported before
// unified-language-server, wraps the `createConnection` it will use (the
// copy of vscode-languageserver it resolves) so that a settings answer that
// is not an object reads as `{}`: no settings, the defaults. It also makes a
// configuration file the engine cannot read (a `.argmarkrc` that does not
// parse) one `invalid-rule-config` diagnostic of one line, as `argmark lint`
// reports it, instead of the engine's message with its stack and no code.

interface Workspace {
  getConfiguration: (...args: unknown[]) => Promise<unknown>
}

interface Connection {
  workspace: Workspace
  sendDiagnostics: (params: {diagnostics: Diagnostic[]}) => unknown
}

interface ServerModule {
  createConnection: (...args: unknown[]) => Connection
}

const guarded = Symbol.for('argmark.settingsGuard')

/** Settings as the server reads them: an object, else `{}` (for a list, each item). */
export function settingsOrDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => settingsOrDefaults(item))
  return typeof value === 'object' && value !== null ? value : {}
}

function guardSettings(): void {
  const require = createRequire(fileURLToPath(import.meta.resolve('unified-language-server')))
  const server = require('vscode-languageserver/node.js') as ServerModule & {[guarded]?: true}
  if (server[guarded]) return
  server[guarded] = true
  const createConnection = server.createConnection
  server.createConnection = function (...args: unknown[]) {
    const connection = createConnection(...args)
    const workspace = connection.workspace
    const getConfiguration = workspace.getConfiguration.bind(workspace)
    workspace.getConfiguration = async (...request: unknown[]) => settingsOrDefaults(await getConfiguration(...request))
    const sendDiagnostics = connection.sendDiagnostics.bind(connection)
    connection.sendDiagnostics = (params) => sendDiagnostics({...params, diagnostics: params.diagnostics.map(configurationDiagnostic)})
    return connection
  }
}

guardSettings()
