/**
 * The citation cases (test/fixtures/cases/citations/, copied from the shared
 * cases: inputs argmark got wrong when tried as a new user would), each
 * through `argmark render` in Markdown, HTML and plain text, with its own
 * `references` or `.bib`, argmark's default notes style. Each test names the
 * behaviour the case's `<!-- expected: … -->` asks for. Cases 03, 08 and 16 are
 * also compared with pandoc's output (recorded in test/fixtures/pandoc/cases/
 * by scripts/pandoc-fixtures.js, Chicago full notes with Ibid.).
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {renderCommand} from '../../src/cli/render-command.js'

const cases = fileURLToPath(new URL('../fixtures/cases/citations/', import.meta.url))
const styles = fileURLToPath(new URL('../fixtures/styles/', import.meta.url))
const recorded = fileURLToPath(new URL('../fixtures/pandoc/cases/', import.meta.url))
const formats = ['markdown', 'html', 'text'] as const
type Format = (typeof formats)[number]

async function render(name: string, to: Format, ...options: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await renderCommand([name, '--to', to, ...options], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: cases
  })
  return {code, stdout, stderr}
}

/**
 * Every format's output of a case, without the case's `<!-- expected: … -->`
 * comment (Markdown keeps an author's HTML comments, as pandoc's gfm writer
 * does).
 */
async function all(name: string, ...options: string[]): Promise<Record<Format, string>> {
  const result = {} as Record<Format, string>
  for (const to of formats) {
    const {code, stdout, stderr} = await render(name, to, ...options)
    expect(code, stderr).toBe(0)
    result[to] = stdout.replace(/<!-- expected:[^>]*-->\n*/, '')
  }
  return result
}

/** The notes of `text` output, by number. */
function notes(text: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const part of text.split(/\n\n(?=\[\d+\] )/).slice(1)) {
    const match = /^\[(\d+)\] ([\s\S]*)$/.exec(part.trim())
    if (match) found.set(match[1]!, match[2]!.replace(/\s+/g, ' ').trim())
  }
  return found
}

describe('citation syntax as pandoc reads it', () => {
  test('01: a footnote reference inside a citation keeps its note, numbered in reading order; never a literal [^fn]', async () => {
    const out = await all('01-footnote-ref-inside-citation.md')
    expect(out.markdown).toContain('One is the loneliest number.[^1]\n')
    expect(out.markdown).toContain('[^1]: Ann Uno, “The Loneliest Number,” *Journal of Counting* (2001)[^2].\n')
    expect(out.markdown).toContain('[^2]: Two is nearly as bad (Ben Dos, “Two Can Be as Bad,” *Journal of Counting* (2002)).\n')
    expect(out.html).toContain('(2001)<sup><a href="#user-content-fn-2"')
    expect(out.html).toContain('<li id="user-content-fn-2">\n<p>Two is nearly as bad (Ben Dos,')
    expect(notes(out.text)).toEqual(
      new Map([
        ['1', 'Ann Uno, “The Loneliest Number,” Journal of Counting (2001)[2].'],
        ['2', 'Two is nearly as bad (Ben Dos, “Two Can Be as Bad,” Journal of Counting (2002)).']
      ])
    )
    for (const to of formats) expect(out[to]).not.toContain('[^fn]')
  })

  test('02: `@key{}` ends the key and the braces vanish: note 2 is "Smith, *Of Things Past*, 99 years later."', async () => {
    const out = await all('02-empty-brace-locator-leaks.md')
    expect(out.markdown).toContain('[^2]: Smith, *Of Things Past*, 99 years later.\n')
    expect(out.html).toContain('Smith, <em>Of Things Past</em>, 99 years later.')
    expect(notes(out.text).get('2')).toBe('Smith, Of Things Past, 99 years later.')
    for (const to of formats) expect(out[to]).not.toContain('{}')
  })

  test('16: Markdown in a suffix renders as Markdown: a link stays a link; a code span keeps its space, unescaped', async () => {
    const out = await all('16-suffix-link-and-code-literal.md')
    expect(out.markdown).toContain('[^1]: Ben Dos, “Two Can Be as Bad,” *Journal of Counting* (2002): 4, see [the data](https://example.com/data).\n')
    expect(out.markdown).toContain('[^2]: Ibid., 5 table 2.\n')
    expect(out.html).toContain('see <a href="https://example.com/data">the data</a>.')
    expect(notes(out.text)).toEqual(
      new Map([
        ['1', 'Ben Dos, “Two Can Be as Bad,” Journal of Counting (2002): 4, see the data.'],
        ['2', 'Ibid., 5 table 2.']
      ])
    )
    for (const to of formats) expect(out[to]).not.toMatch(/\\\[|\]\\\(|`table/)
  })

  test('16, 03 and 08 as pandoc writes them in Chicago full notes with Ibid. (recorded)', async () => {
    const style = styles + 'chicago-fullnote-bibliography-with-ibid.csl'
    // 08's key is unknown (`@duquette_share` then `--income_2019`): its suffix stays, as in pandoc.
    for (const name of ['16-suffix-link-and-code-literal', '03-suffix-comma-outside-quotes', '08-unused-source-hint-needs-braces']) {
      const {stdout} = await render(name + '.md', 'markdown', '--csl', style)
      const pandoc = readFileSync(recorded + name + '.gfm', 'utf8')
      const notesOf = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('[^'))
      expect(notesOf(stdout)).toEqual(notesOf(pandoc))
    }
  })
})

describe('in-text citations', () => {
  test('04: a bracketed suffix after `@key` is written once, in the note (note styles) or after the year (author-date)', async () => {
    const out = await all('04-intext-suffix-duplicated.md')
    expect(out.markdown).toContain('As Carl Smith[^1] argues, this holds.')
    expect(out.markdown).toContain('As Smith[^2] argues, this holds too.')
    expect(notes(out.text)).toEqual(
      new Map([
        ['1', 'Of Things Past (Boston: Acme, 1999), among others.'],
        ['2', 'Ibid., 33, emphasis added.'],
        ['3', 'See Rita Kearney, “Introduction,” in On Translation (London: Routledge, 2006), xvi for this.']
      ])
    )
    expect(out.html).toContain('As Carl Smith<sup>')
    const apa = await render('04-intext-suffix-duplicated.md', 'text', '--csl', styles + 'apa.csl')
    expect(apa.stdout).toContain('As Smith (1999, among others) argues, this holds.')
    expect(apa.stdout).toContain('As Smith (1999, p. 33, emphasis added) argues, this holds too.')
    expect(apa.stdout).toContain('[1] See Kearney (2006, xvi) for this.')
  })

  test('05: the author is named in the text even when the note is Ibid.', async () => {
    const out = await all('05-intext-ibid-drops-author.md')
    expect(out.markdown).toContain('John Doe[^1] says one thing.\n\nDoe[^2] says another.\n\nDoe[^3] says a third.\n')
    expect(out.text).toContain('John Doe[1] says one thing.\n\nDoe[2] says another.\n\nDoe[3] says a third.\n')
    expect(out.html).toContain('<p>Doe<sup>')
    expect([...notes(out.text).values()]).toEqual(['First Book (Boston: Acme, 2005).', 'Ibid., 30.', 'Ibid., with emphasis.'])
  })
})

describe('punctuation at note boundaries', () => {
  test('03: a comma from a suffix goes inside the closing quote (en-US): note 3 is Uno, “The Loneliest Number,” and others.', async () => {
    const out = await all('03-suffix-comma-outside-quotes.md')
    expect(out.markdown).toContain('[^3]: Uno, “The Loneliest Number,” and others.\n')
    expect(out.html).toContain('Uno, “The Loneliest Number,” and others.')
    expect(notes(out.text).get('3')).toBe('Uno, “The Loneliest Number,” and others.')
  })
})

describe('bibliography input', () => {
  test('07: CSL-YAML `issued: 2006` and `issued: 2020-03-22` are dates; the items are kept and cited, with no message', async () => {
    for (const to of formats) {
      const {code, stdout, stderr} = await render('07-csl-yaml-scalar-issued.md', to)
      expect(code).toBe(0)
      expect(stderr).not.toMatch(/invalid-bibliography|unknown-citation-key/)
      expect(stdout).not.toContain('?)')
    }
    const {stdout} = await render('07-csl-yaml-scalar-issued.md', 'text')
    expect(notes(stdout)).toEqual(
      new Map([
        ['1', 'Rita Kearney, “Introduction,” in On Translation (London: Routledge, 2006), 3.'],
        ['2', 'Al Roe, Dated (March 22, 2020).']
      ])
    )
  })

  test('09: `\\\'{\\i}`, `\\\'\\i nez` and `{\\\'\\i}` all become Martínez with U+00ED, no space kept after `\\i`', async () => {
    const out = await all('09-dotless-i-accent.md')
    for (const to of formats) {
      expect(out[to].match(/Mart\u00EDnez/g)?.length, to).toBe(3)
      expect(out[to]).not.toMatch(/Mart.\u0301|ı|Martí nez/u)
    }
    expect(notes(out.text).get('1')).toBe('José Martínez, Uno (1990); Ana Martínez, Dos (1991); Eva Martínez, Tres (1992).')
  })

  test('11: a chapter in the default notes style: “Title.” In *Book* …, with its pages 45–67', async () => {
    const out = await all('11-default-style-chapter.md', '--append-bibliography')
    expect(out.markdown).toContain('Roe, Rita. “A Chapter on Settlements.” In *The Big Book of Sites*, ed. Pat Poe and Max Moe, 45–67. Boston: Acme, 2013.')
    expect(out.markdown).toContain('[^1]: Rita Roe, “A Chapter on Settlements,” in *The Big Book of Sites*, ed. Pat Poe and Max Moe (Boston: Acme, 2013), 45–67.')
    expect(out.html).toContain('“A Chapter on Settlements.” In <em>The Big Book of Sites</em>')
    expect(out.text).toContain('45–67')
  })

  test('13: BibTeX `and others` is "et al.", never an author named others', async () => {
    const out = await all('13-bibtex-and-others.md', '--append-bibliography')
    for (const to of formats) expect(out[to], to).not.toMatch(/\bothers\b/)
    expect(notes(out.text)).toEqual(
      new Map([
        ['1', 'John Smith et al., “A Title,” Journal (2020).'],
        ['2', 'Ann Alpha, Bo Beta, et al., “Another Title,” Journal (2018).']
      ])
    )
    const apa = await render('13-bibtex-and-others.md', 'text', '--csl', styles + 'apa.csl', '--append-bibliography')
    expect(apa.stdout).toContain('One (Smith et al., 2020) and two (Alpha et al., 2018).')
    expect(apa.stdout).toContain('Alpha, A., Beta, B., et al. (2018). Another title. Journal.')
    // One name shown: CSL's contextual rule puts no comma before "et al.".
    expect(apa.stdout).toContain('Smith, J. et al. (2020). A title. Journal.')
  })
})

describe('fix hints', () => {
  test('08: the unused-source hint for a key that needs braces suggests [@{duquette_share--income_2019}]', async () => {
    for (const to of formats) {
      const {stderr} = await render('08-unused-source-hint-needs-braces.md', to)
      expect(stderr).toContain('expected a citation such as `[@{duquette_share--income_2019}]` or the source removed')
      expect(stderr).toContain('Unexpected citation key `duquette_share`, expected a key of the bibliography (did you mean `duquette_share--income_2019`?)')
    }
  })
})
