// The built playground's size: every file in playground/dist gzipped (level 9),
// summed. Fails when the page passes its budget of 1.5 MB gzipped.
import {readdirSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'

const budget = 1_500_000
const folder = new URL('../dist/', import.meta.url)
const rows = []
for (const name of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
  const url = new URL(name, folder)
  let bytes
  try {
    bytes = readFileSync(url)
  } catch {
    continue // a folder
  }
  rows.push({name, raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length})
}
rows.sort((a, b) => b.gzip - a.gzip)
/** @param {number} bytes */
const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8) + ' kB'
for (const row of rows) console.log(kB(row.raw), kB(row.gzip), ' ', row.name)
const total = rows.reduce((sum, row) => sum + row.gzip, 0)
const raw = rows.reduce((sum, row) => sum + row.raw, 0)
console.log(kB(raw), kB(total), '  total (raw, gzipped); budget ' + budget / 1e6 + ' MB gzipped')
if (total >= budget) {
  console.error('The built playground is over its budget.')
  process.exitCode = 1
}
