import {Worker} from 'node:worker_threads'
import {describe, expect, test} from 'vitest'
import type {HostileCase} from './cases.js'
import {hostileCases} from './cases.js'

// Each case runs in a worker thread on the built library (dist/, which
// `pretest` builds): a case that overruns its budget is stopped and fails
// alone, instead of holding the suite. The budget is a hang guard, generous
// on a shared 2-core machine, not a benchmark (see bench/ for speed).

interface Seen {
  verb: string
  ruleId: string | undefined
  line: number | undefined
  column: number | undefined
  reason: string
}

interface Outcome {
  messages: Seen[]
  throws: string[]
  outputs: Record<string, number>
  unsafeHtml: string[]
  lost: Record<string, string[]>
}

/**
 * The words of a document's prose: its text without the annotation syntax
 * that is not prose (front matter, attribute blocks, directive names,
 * citation keys, note labels, link destinations and raw HTML, which the
 * outputs drop on purpose).
 */
export function proseOf(document: string): string {
  return document
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, ' ')
    // Raw HTML is dropped from every output on purpose (remark-rehype without
    // `allowDangerousHtml`), words and all: an HTML block line, and what a
    // script, style, iframe or SVG element holds, are not prose.
    .replace(/^<[A-Za-z][^\n]*$/gm, ' ')
    .replace(/<(script|style|iframe|svg)\b[^]*?<\/\1>/gi, ' ')
    .replace(/<[^<>\n]*>/g, ' ')
    .replace(/\{[^{}\n]*\}/g, ' ')
    .replace(/:+[A-Za-z][\w-]*/g, ' ')
    .replace(/@[\w:.#$%&+?<>~/-]+/g, ' ')
    .replace(/\[\^[^\]\s]*\]/g, ' ')
    .replace(/\]\([^()\n]*\)/g, '] ')
    .replace(/^\[[^\]\n]*\]:.*$/gm, ' ')
    // A character reference joins the letters around it into one word: drop
    // the words that hold one (word by word: `\S*&…` backtracks over a long
    // run without spaces once per character, and a 1 MB word took minutes).
    .split(/(\s+)/)
    .map((word) => (/&#?\w+;/.test(word) ? ' ' : word))
    .join('')
    // Locator labels: a style writes `p. 4` as `4` in a note.
    .replace(/\b(?:p|pp)\.(?=\s*\d)/g, ' ')
}

function run(hostile: HostileCase, document: string): Promise<Outcome | 'hang'> {
  const worker = new Worker(new URL('worker.js', import.meta.url), {
    workerData: {
      document,
      prose: proseOf(document),
      verbs: hostile.verbs,
      bibtex: hostile.bibtex?.(),
      style: hostile.style
    }
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate()
      resolve('hang')
    }, (hostile.budget ?? 60) * 1000)
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(outcome)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

describe('hostile inputs', () => {
  test('the corpus has at least 40 cases, each named once', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(40)
    expect(new Set(hostileCases.map((hostile) => hostile.name)).size).toBe(hostileCases.length)
  })

  for (const hostile of hostileCases) {
    test(hostile.name, {timeout: ((hostile.budget ?? 60) + 30) * 1000}, async () => {
      const document = hostile.document()
      const outcome = await run(hostile, document)
      expect(outcome, 'finished within ' + String(hostile.budget ?? 60) + ' s').not.toBe('hang')
      if (outcome === 'hang') return
      // Never throws, never fails inside.
      expect(outcome.throws).toEqual([])
      expect(outcome.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
      // Every message has a place inside the document (those of a bibliography, inside it).
      const lines = document.split(/\r\n|\r|\n/).length
      // (A style's message has no place: the style is not part of the document.)
      for (const message of outcome.messages.filter((message) => message.verb !== 'bibliography' && message.ruleId !== 'invalid-style')) {
        expect(message.line, message.ruleId + ': ' + message.reason).toBeGreaterThanOrEqual(1)
        expect(message.line!).toBeLessThanOrEqual(lines)
      }
      // What malformed input must report.
      const ids = new Set(outcome.messages.map((message) => message.ruleId))
      for (const id of hostile.reports ?? []) expect([...ids], id).toContain(id)
      if (hostile.reportsOnly) expect([...ids].sort()).toEqual([...hostile.reportsOnly].sort())
      // No word of the prose is lost, unless a message says why.
      for (const [output, lost] of Object.entries(outcome.lost)) {
        if (hostile.lossExplainedBy !== undefined && ids.has(hostile.lossExplainedBy)) continue
        expect(lost, 'words lost in ' + output).toEqual([])
      }
      // Nothing executable survives in HTML.
      expect(outcome.unsafeHtml).toEqual([])
    })
  }
})
