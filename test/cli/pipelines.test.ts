import {spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {JSDOM} from 'jsdom'
import {beforeAll, describe, expect, test} from 'vitest'

// argmark in a writing pipeline and in CI, driven as a user drives it: the
// built command, standard input and output, folders and globs, flags and reports.
const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')
// APA 7th edition, kept in the repository: `npm test` needs Node alone, not Debian's CSL styles.
const apa = path.join(root, 'test/fixtures/styles/apa.csl')

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the built command; `input` is piped to standard input, else standard input is /dev/null (as in CI). */
function argmark(args: string[], cwd: string, input?: string): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    ...(input === undefined ? {stdio: ['ignore', 'pipe', 'pipe']} : {input})
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'argmark-pipeline-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), text)
  }
  return folder
}

const refs = JSON.stringify([{id: 'doe99', type: 'book', title: 'A book', author: [{family: 'Doe', given: 'Jane'}], issued: {'date-parts': [[1999]]}}])
const cited = ':claim[Aid follows need]{#aid} [@doe99, p. 3].\n'
const unknownKey = ':claim[Aid follows need]{#aid} [@doe98, p. 3].\n'
const broken = ':claim[A]{#a supports=nowher}\n\n:claim[B]{#nowhere}\n'

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})


// Found as a new user would: with one draft in error and another clean, the
// run once ended with exit code 13 and printed nothing (the error's file
// reached unified-engine's queue after the queue had been flushed without it).
describe('several drafts, one of them in error', () => {
  const files = {'err.md': ':claim[x]{#a}\n\n:evidence[e]{#e supports=zz}', 'a.md': ':claim[x]{#a}\n'}

  test.each([
    ['check', ['check', 'err.md', 'a.md']],
    ['check, the other order', ['check', 'a.md', 'err.md']],
    ['lint', ['lint', 'err.md', 'a.md']],
    ['render into a folder', ['render', 'err.md', 'a.md', '-o', 'out/']]
  ])('%s: every draft reported, the error shown, exit 1', (_name, args) => {
    for (let run = 0; run < 3; run++) {
      const result = argmark(args, workspace(files))
      expect(result.code, result.stdout + result.stderr).toBe(1)
      expect(result.stdout + result.stderr).toContain('unknown-reference')
    }
  })
})

describe('standard input and output', () => {
  test('`-` and piped input are read by check, lint, render, format and export', () => {
    const cwd = workspace({})
    const draft = '---\nreferences: ' + refs + '\n---\n\n' + cited
    for (const args of [['check', '-'], ['check']]) {
      const checked = argmark(args, cwd, draft)
      expect(checked.stdout).toBe('<stdin>\n  1 node: 1 claim\n  0 relations\n\n')
      expect(checked.stderr).toBe('<stdin>: no issues found\n')
      expect(checked.code).toBe(0)
    }
    const linted = argmark(['lint', '-'], cwd, broken)
    expect(linted.stderr).toMatch(/^<stdin>\n(?:.*\n)*1:23-1:29\s+error\s+Unexpected reference to unknown id `nowher`/)
    expect(linted.code).toBe(1)
    expect(argmark(['lint'], cwd, broken).stderr).toContain('<stdin>\n')
    expect(argmark(['render', '-', '--to', 'text'], cwd, draft)).toEqual({code: 0, stdout: 'Aid follows need.[1]\n\n[1] Jane Doe, A Book (1999), 3.\n', stderr: ''})
    expect(argmark(['format'], cwd, '* a\n* b\n')).toEqual({code: 0, stdout: '- a\n- b\n', stderr: ''})
    const exported = argmark(['export', '-'], cwd, draft)
    expect(JSON.parse(exported.stdout)).toMatchObject({nodes: [{id: 'aid'}], sources: [{id: 'doe99'}]})
    expect(exported.code).toBe(0)
  })

  test('--file-path names standard input: its configuration, bibliography and reports', () => {
    const cwd = workspace({'drafts/refs.json': refs, 'drafts/.argmarkrc.json': JSON.stringify({settings: {rules: {'unsupported-claim': 'error'}}})})
    const text = '---\nbibliography: refs.json\n---\n\n:claim[Aid follows need]{#aid}\n\n' + unknownKey
    const result = argmark(['lint', '--file-path', 'drafts/piped.md'], cwd, text.replace(':claim[Aid follows need]{#aid} [@doe98', ':claim[Other]{#other} [@doe98'))
    expect(result.stderr).toMatch(/^drafts\/piped\.md\n/)
    expect(result.stderr).toMatch(/error\s+Unexpected claim `aid` with no support/)
    expect(result.stderr).toMatch(/error\s+Unexpected citation key `doe98`.*\(did you mean `doe99`\?\)/)
  })

  test('no path and nothing piped in: check says what it expects; lint lints the current folder', () => {
    const cwd = workspace({'a.md': broken})
    const checked = argmark(['check'], cwd)
    expect(checked.code).toBe(2)
    expect(checked.stderr).toMatch(/^argmark check: expected a file, folder or glob, or `-` for standard input\n\nUsage: argmark check/)
    // An empty pipe (a script that leaves standard input open and empty) is no input.
    expect(argmark(['lint'], cwd, '').stderr).toContain('a.md\n')
    expect(argmark(['lint'], cwd).stderr).toContain('a.md\n')
  })

  test('an empty file redirected in (`< empty.md`) is an empty draft, not the current folder', () => {
    const cwd = workspace({'a.md': broken, 'empty.md': ''})
    const input = openSync(path.join(cwd, 'empty.md'), 'r')
    try {
      const result = spawnSync(process.execPath, [bin, 'lint'], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, stdio: [input, 'pipe', 'pipe']})
      expect(result.stderr).toBe('<stdin>: no issues found\n')
      expect(result.status).toBe(0)
    } finally {
      closeSync(input)
    }
  })
})

describe('folders, globs and .argmarkignore on every command that takes files', () => {
  const files = {
    'drafts/one.md': ':claim[Aid follows need]{#aid}.\n',
    'drafts/sub/two.md': ':claim[Two]{#two}\n',
    'drafts/archive/old.md': broken,
    'drafts/notes.txt': 'not a draft',
    '.argmarkignore': 'drafts/archive/\n'
  }

  test('check, export, render and format find the same drafts', () => {
    const cwd = workspace(files)
    const checked = argmark(['check', 'drafts'], cwd)
    expect(checked.stdout.split('\n').filter((line) => line.startsWith('drafts/'))).toEqual(['drafts/one.md', 'drafts/sub/two.md'])
    expect(checked.code).toBe(0)
    expect(argmark(['check', 'drafts/**/*.md'], cwd).stdout).toBe(checked.stdout)

    const formatted = argmark(['format', '--check', 'drafts'], cwd)
    expect(formatted).toMatchObject({code: 0, stdout: ''})

    const exported = argmark(['export', 'drafts', '-o', 'graphs'], cwd)
    expect(exported).toMatchObject({code: 0, stdout: ''})
    expect(readdirSync(path.join(cwd, 'graphs'), {recursive: true}).map(String).sort()).toEqual(['one.json', 'sub', 'sub/two.json'])

    // A glob leaves out what .argmarkignore names, silently.
    const rendered = argmark(['render', 'drafts/**/*.md', '--to', 'html', '-o', 'html/'], cwd)
    expect(rendered).toMatchObject({code: 0, stdout: ''})
    expect(readFileSync(path.join(cwd, 'html/sub/two.html'), 'utf8')).toBe('<p>Two</p>\n')
    expect(readFileSync(path.join(cwd, 'html/one.html'), 'utf8')).toBe('<p>Aid follows need.</p>\n')
  })

  test('an output folder among the drafts is not read as drafts, and an output is never its own input', () => {
    const cwd = workspace(files)
    expect(argmark(['render', 'drafts', '-o', 'drafts/out'], cwd).code).toBe(0)
    // Run again: drafts/out/*.md are the outputs of the first run, not drafts.
    const again = argmark(['render', 'drafts', '-o', 'drafts/out'], cwd)
    expect(again).toMatchObject({code: 0, stdout: ''})
    expect(readdirSync(path.join(cwd, 'drafts/out'), {recursive: true}).map(String).sort()).toEqual(['one.md', 'sub', 'sub/two.md'])
    const own = argmark(['render', 'drafts', '-o', 'drafts'], cwd)
    expect(own.code).toBe(2)
    expect(own.stderr).toContain('argmark render: unexpected output `drafts/one.md` that is its own input, expected another file or folder for `-o`\n')
  })

  test('several drafts without -o: render and export say so; format prints them one after the other', () => {
    const cwd = workspace(files)
    expect(argmark(['render', 'drafts'], cwd)).toMatchObject({code: 2, stdout: '', stderr: 'argmark render: unexpected 2 drafts without `-o <folder>`, expected one draft or an output folder\n'})
    expect(argmark(['format', 'drafts'], cwd).stdout).toBe(files['drafts/one.md'] + files['drafts/sub/two.md'])
  })

  test('nothing found is one line and exit 2; a missing file one line and exit 1, the others still checked', () => {
    const cwd = workspace(files)
    expect(argmark(['lint', 'nowhere/*.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'argmark lint: no Markdown files found in `nowhere/*.md`, expected files ending in .md or .markdown that no ignore file names\n'
    })
    const missing = argmark(['check', 'drafts/one.md', 'gone.md'], cwd)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('argmark check: cannot read `gone.md`: ENOENT\ndrafts/one.md: no issues found\n')
    expect(missing.stdout).toContain('drafts/one.md\n')
    const ignored = argmark(['check', 'drafts/archive/old.md'], cwd)
    expect(ignored).toMatchObject({code: 1, stderr: 'argmark check: unexpected ignored file `drafts/archive/old.md`, expected a file no ignore file or `--ignore-pattern` names (or `--no-ignore`)\n'})
    expect(argmark(['check', '--no-ignore', 'drafts/archive/old.md'], cwd).code).toBe(1)
  })
})

describe('--bibliography and --csl', () => {
  test('--bibliography replaces the front matter\'s, as pandoc\'s option does, on check, lint, render and export', () => {
    const cwd = workspace({'refs.json': refs, 'other.json': '[]', 'drafts/a.md': '---\nbibliography: ../other.json\n---\n\n' + cited})
    // The front matter's bibliography lacks the key...
    expect(argmark(['check', 'drafts/a.md'], cwd).stderr).toMatch(/error\s+Unexpected citation key `doe99`/)
    // ...`--bibliography` (relative to the working folder) has it.
    expect(argmark(['check', '--bibliography', 'refs.json', 'drafts/a.md'], cwd)).toMatchObject({code: 0, stderr: 'drafts/a.md: no issues found\n'})
    expect(argmark(['lint', '--bibliography', 'refs.json', 'drafts/a.md'], cwd).stderr).not.toContain('citation key')
    expect(argmark(['render', '--bibliography', 'refs.json', 'drafts/a.md'], cwd).stdout).toBe('Aid follows need.[^1]\n\n[^1]: Jane Doe, *A Book* (1999), 3.\n')
    const graph = JSON.parse(argmark(['export', '--bibliography', 'refs.json', 'drafts/a.md'], cwd).stdout) as {sources: Array<{id: string}>}
    expect(graph.sources.map((source) => source.id)).toEqual(['doe99'])
    // Repeatable; a file that cannot be read is an error on each draft.
    const twice = argmark(['check', '--bibliography', 'other.json', '--bibliography', 'refs.json', 'drafts/a.md'], cwd)
    expect(twice.code).toBe(0)
    const unreadable = argmark(['check', '--bibliography', 'gone.bib', 'drafts/a.md'], cwd)
    expect(unreadable.code).toBe(1)
    // Named as it was typed, relative to the working folder.
    expect(unreadable.stderr).toMatch(/error\s+Unexpected unreadable bibliography `gone\.bib` \(ENOENT/)
  })

  test('--csl styles render and is checked by every command that reads sources', () => {
    const cwd = workspace({'refs.json': refs, 'a.md': cited, 'broken.csl': '<not a style'})
    writeFileSync(path.join(cwd, 'apa.csl'), readFileSync(apa))
    expect(argmark(['render', '--bibliography', 'refs.json', '--csl', 'apa.csl', '--to', 'text', 'a.md'], cwd).stdout).toBe('Aid follows need (Doe, 1999, p. 3).\n')
    expect(argmark(['check', '--bibliography', 'refs.json', '--csl', 'apa.csl', 'a.md'], cwd).code).toBe(0)
    expect(argmark(['check', '--csl', 'gone.csl', 'a.md'], cwd).stderr).toBe('argmark check: cannot read `gone.csl`: ENOENT\n')
    for (const command of ['check', 'lint', 'render', 'export']) {
      const bad = argmark([command, '--csl', 'broken.csl', 'a.md'], cwd)
      expect(bad.code, command).toBe(1)
      expect(bad.stderr, command).toMatch(new RegExp('^argmark ' + command + ': unexpected style `broken\\.csl` that citeproc cannot read \\(.*\\), expected a CSL style\\n$'))
    }
    // The parser's reason whole, on one line: JSON's error quotes the text with its line ending.
    writeFileSync(path.join(cwd, 'nope.csl'), 'nope\n')
    expect(argmark(['check', '--csl', 'nope.csl', 'a.md'], cwd).stderr).toMatch(/^argmark check: unexpected style `nope\.csl` that citeproc cannot read \(.*"nope .*\), expected a CSL style\n$/)
  })
})

describe('reports', () => {
  test('--report github: workflow commands, one per message, escaped', () => {
    const cwd = workspace({'drafts/a b.md': broken, 'drafts/c.md': 'Studies show, that\nmigration doubled.\n'})
    const result = argmark(['lint', '--report', 'github', 'drafts'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^::warning file=drafts\/a b\.md,line=1,col=11,endLine=1,endColumn=13,title=argmark%3Aunsupported-claim::Unexpected claim `a` with no support/),
      '::error file=drafts/a b.md,line=1,col=23,endLine=1,endColumn=29,title=argmark%3Aunknown-reference::Unexpected reference to unknown id `nowher` in `supports` of `a`, expected the id of a node (did you mean `nowhere`?) (https://github.com/argmark/argmark/blob/main/docs/rules/unknown-reference.md)',
      expect.stringMatching(/^::warning file=drafts\/a b\.md,line=3,col=11,endLine=3,endColumn=19,title=argmark%3Aunsupported-claim::Unexpected claim `nowhere` with no support/),
      expect.stringMatching(/^::warning file=drafts\/c\.md,line=1,col=1,endLine=1,endColumn=13,title=argmark%3Avague-attribution::Unexpected vague attribution `Studies show`/),
      expect.stringMatching(/^::warning file=drafts\/c\.md,line=2,col=11,endLine=2,endColumn=18,title=argmark%3Auncited-statistic::/)
    ])
    // A command that writes a document to standard output keeps it clean: the report goes to stderr.
    const rendered = argmark(['render', '--report', 'github', 'drafts/c.md'], cwd)
    expect(rendered.stdout).toBe('Studies show, that\nmigration doubled.\n')
  })

  test('--report junit: XML a CI reads, one test suite per file', () => {
    const cwd = workspace({'a.md': broken, 'clean.md': '# Fine\n', 'refs.bib': '@book{x,\n  title = {Unclosed\n', 'b.md': '---\nbibliography: refs.bib\n---\n\nText <&> "quoted".\n'})
    const result = argmark(['check', '--report', 'junit', '.'], cwd)
    expect(result.code).toBe(1)
    const xml = new JSDOM(result.stderr, {contentType: 'text/xml'}).window.document
    expect(xml.querySelector('parsererror')).toBeNull()
    const suites = [...xml.querySelectorAll('testsuite')].map((suite) => [suite.getAttribute('name'), suite.getAttribute('failures')])
    // b.md cites nothing of its bibliography; the bibliography's own problem is on it.
    expect(suites).toEqual([['a.md', '1'], ['b.md', '1'], ['clean.md', '0'], ['refs.bib', '1']])
    expect(xml.querySelector('testsuites')?.getAttribute('failures')).toBe('3')
    expect(xml.querySelector('testsuite[name="refs.bib"] failure')?.textContent).toMatch(/^refs\.bib:3:1: error Unexpected end of file in entry `x`/)
    const failure = xml.querySelector('testsuite[name="a.md"] failure')
    expect(failure?.getAttribute('type')).toBe('error')
    expect(failure?.getAttribute('message')).toMatch(/^Unexpected reference to unknown id `nowher`/)
  })

  test('--report json, --quiet, --silent and --frail work on check as on lint', () => {
    const cwd = workspace({'a.md': '---\nreferences: []\n---\n\n:claimm[x]{#x}\n', 'b.md': '# Fine\n'})
    const json = JSON.parse(argmark(['check', '--report', 'json', '.'], cwd).stderr) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(json.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([['a.md', ['unknown-directive']], ['b.md', []]])
    expect(argmark(['check', '--quiet', '.'], cwd).stderr).not.toContain('b.md')
    expect(argmark(['check', '--silent', '.'], cwd).stderr).not.toContain('unknown-directive')
    expect(argmark(['check', '.'], cwd).code).toBe(0)
    expect(argmark(['check', '--frail', '.'], cwd).code).toBe(1)
  })

  test('a reporter that is not installed is one line and exit 2', () => {
    const cwd = workspace({'a.md': '# Fine\n'})
    expect(argmark(['check', '--report', 'fancy', 'a.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'argmark check: cannot find reporter `fancy`, expected `json`, `github`, `junit` or an installed `vfile-reporter-fancy`\n'
    })
  })
})

describe('every failure is one line', () => {
  test('a configuration file that does not parse: one line on every command, exit 2; --debug adds the stack', () => {
    const cwd = workspace({'a.md': '# Fine\n', '.argmarkrc.json': '{ "settings": '})
    for (const command of ['check', 'lint', 'render', 'export', 'format']) {
      const result = argmark([command, 'a.md'], cwd)
      expect(result.code, command).toBe(2)
      expect(result.stderr, command).toMatch(new RegExp('^argmark ' + command + ': cannot read configuration: Cannot parse file `\\.argmarkrc\\.json`: [^\\n]+\\n$'))
      expect(result.stdout, command).toBe('')
    }
    expect(argmark(['lint', 'a.md', '--debug'], cwd).stderr).toContain('    at ')
  })

  test('a YAML configuration, a plugin that cannot be found and a missing --rc-path: one line each', () => {
    const yaml = workspace({'a.md': '# Fine\n', '.argmarkrc.yml': 'settings: [unclosed\n'})
    expect(argmark(['check', 'a.md'], yaml).stderr).toMatch(/^argmark check: cannot read configuration: Cannot parse file `\.argmarkrc\.yml`: [^\n]+\n$/)
    const plugin = workspace({'a.md': '# Fine\n', '.argmarkrc.json': JSON.stringify({plugins: ['no-such-plugin']})})
    expect(argmark(['lint', 'a.md'], plugin)).toMatchObject({code: 2, stderr: expect.stringMatching(/^argmark lint: cannot read configuration: [^\n]*`no-such-plugin`[^\n]*\n$/)})
    const rcPath = workspace({'a.md': '# Fine\n'})
    expect(argmark(['check', '--rc-path', 'gone.json', 'a.md'], rcPath)).toMatchObject({code: 2, stderr: expect.stringMatching(/^argmark check: cannot read configuration: Cannot read given file `gone\.json`[^\n]*\n$/)})
  })

  test('a kit that cannot be loaded, from --kit or the configuration: one line, exit 2', () => {
    const cwd = workspace({'a.md': '# Fine\n', 'sub/.argmarkrc.json': JSON.stringify({kit: './gone.mjs'}), 'sub/b.md': '# Fine\n'})
    for (const command of ['check', 'lint', 'render', 'export', 'format']) {
      expect(argmark([command, '--kit', './gone.mjs', 'a.md'], cwd), command).toMatchObject({code: 2, stdout: '', stderr: expect.stringMatching(new RegExp('^argmark ' + command + ': cannot load kit `\\./gone\\.mjs` \\(from `--kit`\\): [^\\n]+\\n$'))})
    }
    for (const command of ['check', 'render']) {
      expect(argmark([command, 'sub/b.md'], cwd), command).toMatchObject({code: 2, stdout: '', stderr: expect.stringMatching(new RegExp('^argmark ' + command + ': cannot load kit `\\./gone\\.mjs` \\(from .*\\.argmarkrc\\.json\\): [^\\n]+\\n$'))})
    }
  })
})

describe('--watch', () => {
  /** Start a watching command; resolves helpers to wait for output and to stop it. */
  function watching(args: string[], cwd: string) {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    const seen = (text: string, count = 1) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now()
        const poll = setInterval(() => {
          if (stderr.split(text).length - 1 >= count) {
            clearInterval(poll)
            resolve()
          } else if (Date.now() - started > 30_000) {
            clearInterval(poll)
            reject(new Error('timed out waiting for: ' + text + '\n' + stderr))
          }
        }, 50)
      })
    return {seen, stop: () => child.kill('SIGINT'), stderr: () => stderr}
  }

  async function until(condition: () => boolean): Promise<void> {
    const started = Date.now()
    while (!condition()) {
      if (Date.now() - started > 30_000) throw new Error('timed out')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  test('render --watch renders again when a draft or its bibliography changes, and not when it writes', async () => {
    const cwd = workspace({'drafts/a.md': '---\nbibliography: refs.json\n---\n\n' + cited, 'drafts/refs.json': refs})
    const run = watching(['render', '--watch', 'drafts', '-o', 'drafts/out/', '--to', 'text'], cwd)
    const output = path.join(cwd, 'drafts/out/a.txt')
    try {
      await run.seen('Watching')
      expect(readFileSync(output, 'utf8')).toBe('Aid follows need.[1]\n\n[1] Jane Doe, A Book (1999), 3.\n')
      writeFileSync(path.join(cwd, 'drafts/a.md'), '---\nbibliography: refs.json\n---\n\nAid follows need, :claim[always]{#always} [@doe99, p. 4].\n')
      await until(() => readFileSync(output, 'utf8').includes('always'))
      writeFileSync(path.join(cwd, 'drafts/refs.json'), refs.replace('A book', 'Another book'))
      await until(() => readFileSync(output, 'utf8').includes('Another Book'))
      // Its own outputs do not set it off again: nothing is reported after a pause.
      const before = run.stderr()
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(run.stderr()).toBe(before)
    } finally {
      run.stop()
    }
  }, 60_000)

  test('export --watch exports again when a draft changes', async () => {
    const cwd = workspace({'a.md': ':claim[One]{#one}\n'})
    const run = watching(['export', '--watch', 'a.md', '-o', 'a.json'], cwd)
    try {
      await run.seen('Watching')
      expect(JSON.parse(readFileSync(path.join(cwd, 'a.json'), 'utf8'))).toMatchObject({nodes: [{id: 'one'}]})
      writeFileSync(path.join(cwd, 'a.md'), ':claim[Two]{#two supports=gone}\n')
      await run.seen('Unexpected reference to unknown id `gone`')
      expect(JSON.parse(readFileSync(path.join(cwd, 'a.json'), 'utf8'))).toMatchObject({nodes: [{id: 'two'}]})
    } finally {
      run.stop()
    }
  }, 60_000)
})

describe('format: the configuration sets the severity of format\'s own messages, as of render\'s and export\'s', () => {
  const rc = (rules: Record<string, string>) => JSON.stringify({settings: {rules}})

  test('not-formatted as a warning reports without failing --check (but with --frail); off checks nothing', () => {
    const warned = workspace({'a.md': '* a\n', '.argmarkrc.json': rc({'not-formatted': 'warn'})})
    const check = argmark(['format', '--check', 'a.md'], warned)
    expect(check.code).toBe(0)
    expect(check.stderr).toContain('1:1 warning Unexpected `* a`, expected `- a` not-formatted argmark')
    expect(argmark(['format', '--check', '--frail', 'a.md'], warned).code).toBe(1)
    const off = workspace({'a.md': '* a\n', '.argmarkrc.json': rc({'not-formatted': 'off'})})
    expect(argmark(['format', '--check', 'a.md'], off)).toMatchObject({code: 0, stderr: ''})
    // Without settings it stays an error.
    expect(argmark(['format', '--check', 'a.md'], workspace({'a.md': '* a\n'})).code).toBe(1)
  })

  test('format-skipped as an error fails the run; off drops it, the parsing message stays', () => {
    const draft = 'Text :claim[x]{#x title="oops} more\n'
    const failing = argmark(['format', 'a.md'], workspace({'a.md': draft, '.argmarkrc.json': rc({'format-skipped': 'error'})}))
    expect(failing.code).toBe(1)
    expect(failing.stdout).toBe(draft)
    expect(failing.stderr).toMatch(/error Unexpected markup that does not parse, expected it fixed before the document is formatted +format-skipped/)
    const quiet = argmark(['format', 'a.md'], workspace({'a.md': draft, '.argmarkrc.json': rc({'format-skipped': 'off'})}))
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).not.toContain('format-skipped')
    expect(quiet.stderr).toContain('malformed-directive')
  })

  test('the reading messages take the configuration\'s severities too, as check gives them', () => {
    const draft = 'Text :claim[x]{#x title="oops} more\n'
    const off = workspace({'a.md': draft, '.argmarkrc.json': rc({'malformed-directive': 'off', 'format-skipped': 'off'})})
    expect(argmark(['format', '--frail', 'a.md'], off)).toMatchObject({code: 0, stdout: draft, stderr: ''})
    const warned = argmark(['format', 'a.md'], workspace({'a.md': draft, '.argmarkrc.json': rc({'malformed-directive': 'warn'})}))
    expect(warned.stderr).toMatch(/1:\d+ +warning .* malformed-directive/)
  })

  test('settings it cannot use are invalid-rule-config errors, as check reports them (failing the run with --frail)', () => {
    const cwd = workspace({'a.md': '- a\n', '.argmarkrc.json': rc({'not-formatted': 'bogus', 'not-formated': 'warn'})})
    const result = argmark(['format', '--check', 'a.md'], cwd)
    expect(result.code).toBe(0)
    expect(argmark(['format', '--check', '--frail', 'a.md'], cwd).code).toBe(1)
    expect(result.stderr).toContain('Unexpected severity `"bogus"` for `not-formatted`, expected `off`, `warn` or `error`')
    expect(result.stderr).toContain('Unexpected rule `not-formated` in the settings, expected a rule id (did you mean `not-formatted`?)')
  })
})
