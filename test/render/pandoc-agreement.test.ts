/**
 * argmark's rendered notes against pandoc's (`pandoc --citeproc --csl <style>
 * -f markdown -t plain`, the reference, smart punctuation on as pandoc's
 * Markdown reader has it), on the drafts in test/fixtures/render/
 * (agreement-1…4 written once by a seeded generator over the seed
 * bibliography's keys, with every bracketed and in-text form, author notes
 * with and without citations, and many repeats; agreement-5 written by hand
 * for the forms the others lack; agreement-6 written by hand, before the
 * smart-punctuation work was measured, for apostrophes, dashes, ellipses,
 * quotations inside evidence, suffixes with Markdown and in-text citations
 * after notes).
 *
 * pandoc's outputs are recorded in test/fixtures/pandoc/agreement/ (see
 * scripts/pandoc-fixtures.js, which records them again and compares them with
 * the installed pandoc), so this suite needs no pandoc. Both read the same CSL
 * items (the seed bibliography as argmark converted it, recorded as
 * test/fixtures/render/seed-sources.json), so only formatting is compared.
 * For note styles each note is compared; for in-text styles each citation
 * (the block of text it sits in, and every footnote). At least 98% must agree
 * per style; docs/render.md lists each remaining difference and why.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {parseCslJson} from '../../src/sources/index.js'

const styles = fileURLToPath(new URL('../fixtures/styles/', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures/render/', import.meta.url))
const recorded = fileURLToPath(new URL('../fixtures/pandoc/agreement/', import.meta.url))
const drafts = [1, 2, 3, 4, 5, 6].map((n) => 'agreement-' + n)
const sources = parseCslJson(readFileSync(path.join(fixtures, 'seed-sources.json'), 'utf8')).items

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

/** Citations written in a block of the draft. */
function citationsIn(block: string): number {
  return block.match(/(?:^|[\s[;*-])@(?:\{|\p{L}|\d|_)/gu)?.length ?? 0
}

interface Agreement {
  agreed: number
  total: number
  differences: string[]
  /** Equal and compared, per draft. */
  drafts: Map<string, [number, number]>
}

function compare(style: string, kind: 'note' | 'in-text'): Agreement {
  const xml = readFileSync(styles + style + '.csl', 'utf8')
  const result: Agreement = {agreed: 0, total: 0, differences: [], drafts: new Map()}
  for (const name of drafts) {
    const draft = readFileSync(path.join(fixtures, name + '.md'), 'utf8')
    const theirs = split(readFileSync(path.join(recorded, name + '.' + style + '.txt'), 'utf8'))
    const ours = split(render(draft, {to: 'text', style: xml, sources}))
    const before = [result.agreed, result.total]
    for (const [number, note] of theirs.notes) {
      result.total++
      if (ours.notes.get(number) === note) result.agreed++
      else result.differences.push(name + ' [' + number + ']\n  pandoc:  ' + note + '\n  argmark: ' + ours.notes.get(number))
    }
    if (kind === 'in-text') {
      // Footnotes were counted above; the body's blocks map one to one to the draft's.
      const written = draft.split(/\n\n+/).filter((block) => !block.startsWith('[^'))
      for (const [index, block] of written.entries()) {
        const count = citationsIn(block)
        result.total += count
        if (theirs.blocks[index] === ours.blocks[index]) result.agreed += count
        else if (count > 0) result.differences.push(name + ' block ' + index + '\n  pandoc:  ' + theirs.blocks[index] + '\n  argmark: ' + ours.blocks[index])
      }
    }
    result.drafts.set(name, [result.agreed - (before[0] ?? 0), result.total - (before[1] ?? 0)])
  }
  return result
}

describe('agreement with pandoc --citeproc', () => {
  const cases = [
    ['chicago-note-bibliography', 'note', 0.98],
    ['chicago-fullnote-bibliography', 'note', 0.98],
    ['apa', 'in-text', 0.98],
    ['modern-language-association', 'in-text', 0.98]
  ] as const

  for (const [style, kind, floor] of cases) {
    test(style + ': at least ' + (floor * 100).toFixed(1) + '% of ' + (kind === 'note' ? 'notes' : 'citations') + ' equal', () => {
      const {agreed, total, differences, drafts: perDraft} = compare(style, kind)
      // The corpus is large enough to mean something.
      expect(total).toBeGreaterThanOrEqual(150)
      const ratio = agreed / total
      console.info(style + ': ' + agreed + '/' + total + ' equal (' + (ratio * 100).toFixed(1) + '%); ' +
        [...perDraft].map(([name, [equal, compared]]) => name + ' ' + equal + '/' + compared).join(', '))
      if (process.env.ARGMARK_SHOW_DIFFERENCES) console.info(differences.join('\n'))
      expect(ratio, style + ': ' + agreed + '/' + total + '\n' + differences.join('\n')).toBeGreaterThanOrEqual(floor)
    })
  }
})
