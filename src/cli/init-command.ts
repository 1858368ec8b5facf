import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseCommandArguments} from './arguments.js'
import {KitError} from './config.js'
import {confineKit, kitLoads, kitOption} from './document.js'
import type {Io} from './io.js'

export const initUsage = `Usage: argmark init [--force] [--kit <module>]

Start a folder of drafts: write a starter .argmarkrc.json (the recommended preset, and where
to set rules) and example.md, a small annotated draft with its sources inline. With --kit,
the configuration names that kit (checked to load) and no example is written: it is in
argmark's own kinds. Existing files are kept unless --force is given.

Options:
  --force                  Overwrite existing files
  --kit <module>           Name this kit module in the configuration (relative to the working folder)
  -h, --help               Show this help

Exit codes: 0 when fine, 1 when a file cannot be written, 2 on a usage error or a kit that
cannot be loaded.
`

/** The starter configuration: unified-engine's shape, argmark's settings under `settings`. */
export const starterConfig = {
  settings: {
    preset: 'recommended',
    rules: {
      'unused-source': 'warn',
      'uncited-statistic': ['warn', {scope: 'paragraph'}]
    }
  }
}

/** The starter draft: one of each common kind, cited, so `argmark lint` passes on it. */
export const starterDraft = `---
title: Why migration policy needs civil society
references:
- id: unpd2002
  type: report
  author:
  - literal: United Nations Population Division
  title: International migration report 2002
  publisher: United Nations
  publisher-place: New York
  issued:
    date-parts: [[2002]]
---

:::claim{#thesis thesis}
States cannot manage international migration well without the organizations that work with
migrants every day.
:::

In 2002 :evidence[about 175 million people lived outside their country of birth]{#stock type=statistic supports=thesis} [@unpd2002, p. 1].

:recommendation[Governments should invite migrant organizations to regional consultations]{#invite}, since :claim[those organizations see the effects of policy first]{#first-hand supports="thesis invite"} [@unpd2002, p. 3].
`

/** \`argmark init\`: write the starter files; resolves to the exit code. */
export async function initCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArguments(
    'init',
    argv,
    {help: {type: 'boolean', short: 'h'}, force: {type: 'boolean'}, kit: {type: 'string'}},
    initUsage,
    io
  )
  if (!parsed) return 2
  if (parsed.values.help) {
    io.stdout(initUsage)
    return 0
  }

  const kit = kitOption(parsed.values.kit, io)
  if (!(await kitLoads('init', kit, io))) return 2
  // The configuration's kit is confined to the project when commands read it: say so now.
  if (kit) {
    try {
      confineKit({...kit, from: '`.argmarkrc.json`'}, io.cwd)
    } catch (error) {
      if (!(error instanceof KitError)) throw error
      io.stderr(
        'argmark init: warning: kit `' + kit.specifier + '` is outside the project folder `' + path.resolve(io.cwd) +
          '`: commands load it only with `--allow-outside` (a kit module is code)\n'
      )
    }
  }
  const config = kit ? {kit: kit.specifier, ...starterConfig} : starterConfig
  const files: Array<[string, string]> = [['.argmarkrc.json', JSON.stringify(config, null, 2) + '\n']]
  if (!kit) files.push(['example.md', starterDraft])
  let failed = false
  for (const [name, text] of files) {
    try {
      await writeFile(path.resolve(io.cwd, name), text, {flag: parsed.values.force ? 'w' : 'wx'})
      io.stdout('wrote ' + name + '\n')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      io.stderr('argmark init: ' + (code === 'EEXIST' ? '`' + name + '` exists, kept it (use --force to overwrite)' : 'cannot write `' + name + '`: ' + (code ?? String(error))) + '\n')
      failed = true
    }
  }
  return failed ? 1 : 0
}
