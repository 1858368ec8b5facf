/**
 * argmark's rendered notes against pandoc's (`pandoc --citeproc --csl <style>
 * -t plain`, the reference), on the drafts in test/fixtures/render/
 * (agreement-1…4 written once by a seeded generator over the seed
 * bibliography's keys, with every bracketed and in-text form, author notes
 * with and without citations, and many repeats; agreement-5 written by hand
 * for the forms the others lack).
 *
 * Both read the same CSL items (the seed bibliography as argmark converts it,
 * written out as CSL-JSON), so only formatting is compared. For note styles
 * each note is compared; for in-text styles each citation (the block of text
 * it sits in, and every footnote). At least 95% must agree per style;
 * docs/render.md lists each remaining difference and why. pandoc and Debian's
 * citation-style-language-styles must be installed: without them this suite
 * fails.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {parseBibtex} from '../../src/sources/index.js'

const styles = '/usr/share/citation-style-language/styles/'
const fixtures = fileURLToPath(new URL('../fixtures/render/', import.meta.url))
const drafts = [1, 2, 3, 4, 5].map((n) => path.join(fixtures, 'agreement-' + n + '.md'))
const sources = parseBibtex(readFileSync(fileURLToPath(new URL('../../seeds/sources.bib', import.meta.url)), 'utf8')).items
const bibliography = path.join(mkdtempSync(path.join(tmpdir(), 'argmark-render-')), 'sources.json')
writeFileSync(bibliography, JSON.stringify(sources))

/** Body blocks and notes of `-t plain --wrap=none` text (argmark's `text` output has the same shape). */
function split(text: string): {blocks: string[]; notes: Map<string, string>} {
  const [body = '', ...rest] = text.trim().split(/\n\n(?=\[\d+\] )/)
  const notes = new Map<string, string>()
  for (const part of rest) {
    const match = /^\[(\d+)\] ([\s\S]*)$/.exec(part.trim())
    if (match) notes.set(match[1] as string, (match[2] as string).replace(/\s+/g, ' ').trim())
  }
  return {blocks: body.split('\n\n'), notes}
}

function pandoc(draft: string, style: string): string {
  const result = spawnSync(
    'pandoc',
    ['--citeproc', '--csl', style, '--bibliography', bibliography, '-M', 'suppress-bibliography=true',
      '-f', 'markdown', '-t', 'plain', '--wrap=none', draft],
    {encoding: 'utf8'}
  )
  if (result.status !== 0) throw new Error('pandoc failed: ' + (result.error?.message ?? result.stderr))
  return result.stdout
}

/** Citations written in a block of the draft. */
function citationsIn(block: string): number {
  return block.match(/(?:^|[\s[;*-])@(?:\{|\p{L}|\d|_)/gu)?.length ?? 0
}

interface Agreement {
  agreed: number
  total: number
  differences: string[]
}

function compare(style: string, kind: 'note' | 'in-text'): Agreement {
  const file = styles + style + '.csl'
  const xml = readFileSync(file, 'utf8')
  const result: Agreement = {agreed: 0, total: 0, differences: []}
  for (const draft of drafts) {
    const theirs = split(pandoc(draft, file))
    const ours = split(render(readFileSync(draft, 'utf8'), {to: 'text', style: xml, sources}))
    const name = path.basename(draft)
    for (const [number, note] of theirs.notes) {
      result.total++
      if (ours.notes.get(number) === note) result.agreed++
      else result.differences.push(name + ' [' + number + ']\n  pandoc:  ' + note + '\n  argmark: ' + ours.notes.get(number))
    }
    if (kind === 'in-text') {
      // Footnotes were counted above; the body's blocks map one to one to the draft's.
      const written = readFileSync(draft, 'utf8').split(/\n\n+/).filter((block) => !block.startsWith('[^'))
      for (const [index, block] of written.entries()) {
        const count = citationsIn(block)
        result.total += count
        if (theirs.blocks[index] === ours.blocks[index]) result.agreed += count
        else if (count > 0) result.differences.push(name + ' block ' + index + '\n  pandoc:  ' + theirs.blocks[index] + '\n  argmark: ' + ours.blocks[index])
      }
    }
  }
  return result
}

describe('agreement with pandoc --citeproc', () => {
  const cases = [
    ['chicago-note-bibliography', 'note', 0.95],
    ['chicago-fullnote-bibliography', 'note', 0.95],
    ['apa', 'in-text', 0.95],
    ['modern-language-association', 'in-text', 0.95]
  ] as const

  for (const [style, kind, floor] of cases) {
    test(style + ': at least ' + (floor * 100).toFixed(1) + '% of ' + (kind === 'note' ? 'notes' : 'citations') + ' equal', () => {
      const {agreed, total, differences} = compare(style, kind)
      // The corpus is large enough to mean something.
      expect(total).toBeGreaterThanOrEqual(150)
      const ratio = agreed / total
      console.info(style + ': ' + agreed + '/' + total + ' equal (' + (ratio * 100).toFixed(1) + '%)')
      expect(ratio, style + ': ' + agreed + '/' + total + '\n' + differences.join('\n')).toBeGreaterThanOrEqual(floor)
    })
  }
})
