import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import semver from 'semver'
import {beforeAll, describe, expect, test} from 'vitest'

// The package as npm publishes it and as a new user installs it.
const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string
  engines: {node: string}
  exports: Record<string, string | {types: string; default: string}>
  bin: Record<string, string>
}
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

interface Packed {
  size: number
  unpackedSize: number
  files: Array<{path: string; size: number}>
}

let packed: Packed

beforeAll(() => {
  expect(existsSync(path.join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build`').toBe(true)
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
  packed = (JSON.parse(json) as Packed[])[0]!
})

describe('the tarball', () => {
  test('holds the licence, the readme, the build, the docs and the seed, and nothing else', () => {
    const paths = packed.files.map((file) => file.path).sort()
    const tops = new Set(paths.map((file) => (file.includes('/') ? file.split('/')[0] + '/' : file)))
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'dist/', 'docs/', 'package.json', 'seeds/'])
    expect(paths.filter((file) => file.startsWith('seeds/'))).toEqual(['seeds/civil-society-migration-policy.md', 'seeds/sources.bib'])
    // The docs as text (the seed's picture is on the repository's page).
    expect(paths.filter((file) => file.startsWith('docs/') && !file.endsWith('.md'))).toEqual([])
    expect(paths).toContain('docs/cli.md')
    // One module per source module, and its declarations; no source maps.
    expect(paths.filter((file) => file.startsWith('dist/') && !/\.(?:js|d\.ts)$/.test(file))).toEqual([])
    expect(paths.filter((file) => file.endsWith('.map'))).toEqual([])
  })

  test('every export and bin it names is in it', () => {
    const paths = new Set(packed.files.map((file) => file.path))
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const targets = typeof target === 'string' ? [target] : [target.types, target.default]
      for (const each of targets) expect(paths.has(each.replace(/^\.\//, '')), subpath + ' → ' + each).toBe(true)
    }
    for (const target of Object.values(manifest.bin)) expect(paths.has(target.replace(/^\.\//, '')), target).toBe(true)
    expect(readFileSync(path.join(root, 'dist/cli/argmark.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  // 343 kB when the prose detectors, citation fidelity and maps landed; 407 kB
  // with the prose rules' third round (dist/lint is 254 kB unpacked) and the
  // editor sessions, lint cache and worker threads; 434 kB with documents
  // written for pandoc; 480 kB with the prose rules' fourth round (a model of
  // whose voice a figure is in), CSL locales by language, metadata blocks
  // anywhere, the raw-HTML message and the sessions' kept graph messages;
  // 504 kB with the prose rules' fifth round (the paragraph's register), the
  // messages on dropped footnotes, the `lint --cache` run record and more of
  // pandoc's citation behaviours; 543 kB with the prose rules' sixth round
  // (descriptive numbers, a superlative's voice: src/lint/prose 22 kB more),
  // the sessions' per-segment contexts, citeproc-js's cite and variable hooks
  // (links, titles, legal locators), escapes, the linear parse-latin steps and
  // data runs, and the measured runs in docs/performance.md and
  // docs/rules/README.md; 595 kB with the prose rules' seventh and eighth
  // rounds (amounts set, numbers that label, reported results, superlatives
  // that pick out: dist/lint/prose is 276 kB unpacked), pandoc's TeX math, the
  // emphasis depth counted while micromark reads, the session and CSL engine
  // split into modules (more declaration files), and the complete recorded
  // bench run and two more blind sets' figures in docs/performance.md and
  // docs/rules/README.md; 644 kB with the prose rules' ninth to eleventh
  // rounds (specifications, records, sayings, speakers: nine new modules,
  // dist/lint/prose is 385 kB unpacked), linear footnote calls and data runs,
  // and three more blind sets' figures in docs/rules/README.md (98 kB
  // unpacked, most of it measurement history); 622 kB with that history moved
  // to eval/HISTORY.md, in the repository and not in the package
  // (docs/rules/README.md is 25 kB: the current figures and the latest first
  // ones); 668 kB with the prose rules' twelfth to sixteenth rounds (a
  // sentence's role and a figure's frame, records, phrases: dist/lint/prose is
  // 485 kB unpacked) and their rule-page and docs/lint.md text; 705 kB with
  // the seventeenth to twenty-second rounds (dist/lint is 654 kB unpacked,
  // docs/rules 163 kB). 740 kB leaves about 5% room. The seed (82 kB with its
  // bibliography) and docs (497 kB unpacked) are 579 kB of the 2.26 MB unpacked.
  // 745 kB with import/export fidelity (argmark's data carried through AIF and
  // Argdown, the lossy-export page); 762 kB with the twenty-fifth round too
  // (its statistic, superlative and support modules, the model trained again
  // on 28 sets: 2,310 weights, 62 kB unpacked), the guard around every rule
  // and the byte-order-mark fix, and their docs: 770 kB. 782 kB with the
  // twenty-sixth round (its statistic, attribution and superlative readings,
  // the model trained again on 29 sets: 2,376 weights), the fixes of a
  // reviewer's trial (a table's coverage, numbered references and superscript
  // notes, the undefined-footnote rule and its page) and two more sets' first
  // figures in docs/rules/README.md: 800 kB. 800.2 kB with the twenty-seventh
  // round (the model trained again on 31 sets: 2,506 weights), a kit's
  // definition checked where it is made (src/kit/validate-spec.ts and the
  // kit docs), the fixes of two new users' trials and two more sets' first
  // figures: 820 kB. 821.1 kB with the twenty-eighth round (the model trained
  // again on 33 sets: 2,608 weights), session.graph, attribute decoding of
  // literals, unions and tuples, pandoc's locator ranges and in-text note
  // places, and two more sets' first figures: 830 kB. 836.6 kB with the
  // twenty-ninth round (an inquiry's own size and set standards in their own
  // modules, the model trained again on 35 sets: 2,688 weights), pandoc's
  // heading identifiers and abbreviations, and two more sets' first figures:
  // 850 kB. 849.7 kB with the thirtieth round (figures a scheme sets in their
  // own module, the model trained again on 37 sets: 2,821 weights), pandoc's
  // plain tables and note capitals, and two more sets' first figures: 870 kB.
  // About 872 kB with the thirty-first round (the writer's own record, hearsay,
  // conditions, forecasts and a clause's coverage in their own modules, the
  // model trained again on 39 sets: 2,940 weights), reference links in
  // citation affixes, a standalone title as inline Markdown, and two more
  // sets' first figures: 890 kB. 883.8 kB with the thirty-second round (the
  // withdrawn superlatives in their own module, the model trained again on 41
  // sets: 3,011 weights), the front matter's abstract read as prose and cited
  // (abstract-source.ts, abstract-blocks.ts, move-points.ts), before two more
  // sets' first figures: 910 kB. 899.8 kB with the thirty-third round (plans,
  // age bands and published results in their own modules, policies that are
  // not superlatives, the model trained again on 43 sets: 3,106 weights) and
  // the abstract read with the body's definitions, before two more sets'
  // first figures: 925 kB. 934.4 kB with the thirty-fourth and thirty-fifth
  // rounds (designs, tariffs, conditions, names and tallies of figures, owned,
  // reported, beaten and asked superlatives, consultees and participles in
  // their own modules, the model trained again on 47 sets: 3,347 weights),
  // metadata blocks that do not parse, misplaced control comments, notes and
  // math in citation affixes and ranges of years, before two more sets'
  // first figures: 950 kB. 949.8 kB with the thirty-sixth round (offers,
  // material and picks among figures, outcome and study superlatives,
  // officers and decisions in their own modules, the model trained again on
  // 49 sets: 3,439 weights), pandoc's Ibid. chains and suffixes written right
  // after the key, and two more sets' first figures: 970 kB. 971.6 kB with the
  // thirty-seventh round (figures present and bounds, universal superlatives,
  // repeated, habitual and counted attributions, passives of regard and
  // citations before a contrast in their own modules, the model trained
  // again on 51 sets: 3,538 weights), pandoc's superscript and subscript,
  // strikethrough paired in one pass, and two more sets' first figures: 990 kB.
  // 986.2 kB with the thirty-eighth round and pandoc's escaped space; 999.7 kB
  // with the thirty-ninth (what-ifs, significance levels, occasions of
  // attribution and superlatives in their own modules, the model trained again
  // on 55 sets: 3,797 weights, 104 kB of dist unpacked) and two more sets'
  // first figures: 1,020 kB. 1,007.9 kB with the fortieth (tracks, races,
  // setups and setters, the model trained again on 57 sets: 3,875 weights)
  // and two more sets' first figures: the budget stays 1,020 kB. 1,020.1 kB
  // with the forty-first (abbreviated units of time, surveys' frames and
  // measuring places, the writer's own stock, reputations in the passive,
  // `every` in a relative clause and offers' terms, the model trained again on
  // 59 sets: 3,974 weights, 108.6 kB of dist unpacked) and two more sets'
  // first figures: 1,040 kB. 1,033.5 kB with the forty-second (coverage of
  // named studies, a programme's and a body's stock of superlatives, the
  // model trained again on 61 sets: 4,059 weights); 1,047.1 kB with the
  // forty-third (gapped conjuncts, particulars and definitions, own rules and
  // caps, described habits and told inquiries, the model trained again on 63
  // sets: 4,217 weights, 115 kB of dist unpacked) before two more sets' first
  // figures: 1,070 kB. 1,060.0 kB with the forty-fourth (a superlative's
  // ranks, absolutes and hedges in their own modules, sources named only by
  // their kind, counts that did something, legal levels and class ratings,
  // the model trained again on 65 sets: 4,286 weights, 117 kB of dist
  // unpacked) and two more sets' first figures: 1,090 kB, under 3% room, as
  // each round adds 10 to 14 kB. 1,088.9 kB with the forty-fifth to
  // forty-ninth rounds (rankings with no superlative word, a service's own
  // rules, an event's own field, the writer's own method and a size a rule
  // allows in their own modules, the model trained again on 75 sets: 4,910
  // weights, 135 kB of dist unpacked) and ten more sets' first figures: five
  // rounds added 29 kB, about 6 kB each; 1,110 kB leaves room for three more.
  // 1,109.3 kB with the fiftieth to fifty-second rounds (levels, peaks and
  // splits of a counted whole, speakers who wrote to say, the model trained
  // again on 81 sets: 5,301 weights, 146 kB of dist unpacked, 33 kB gzipped)
  // and six more sets' first figures, after docs/lint.md's per-set list of
  // the model's first figures moved to eval/HISTORY.md (not shipped, -1 kB
  // packed): the three rounds took the room they were given, 7 kB each, and
  // 1,130 kB gives three more. 1,126.9 kB with the fifty-third to
  // fifty-fifth (5,565 weights, 153 kB of dist, 34.6 kB gzipped); 1,123.2 kB
  // with the weights written as lines of a template literal (86.6 kB of dist,
  // the same model), which leaves room for the next round without raising it.
  // 1,128.0 kB with the fifty-sixth (5,698 weights, 88.7 kB of dist, and its
  // rule-page and docs text): under 2 kB of room, so the next round moves the
  // per-set tables of docs/rules/README.md to eval/HISTORY.md (not shipped)
  // or writes the weights with fewer decimals, measured, before it retrains.
  // The fifty-seventh moved them (each set's in-sample figures, the corpus
  // test's guards and the list of sets: 1,128.9 kB to 1,124.4 kB and then
  // 1.2 kB less), and took 1,128.0 kB with its rules, its weights (5,828,
  // 90.9 kB of dist), pandoc's note punctuation and cite groups and format's
  // escapes: the next round checks its room before it retrains. The
  // fifty-eighth took 1,131.8 kB before retraining (its rules: 3.2 kB with
  // render's and format's changes since) and 1,132.5 kB after (5,941
  // weights): over. What else the pages ship is what a reader of the rules
  // needs (the model's costs, the labels that disagree, the latest figures),
  // so the budget is raised by what three rounds take, about 6 kB each:
  // 1,150 kB. The fifty-ninth and sixtieth took 1,144.0 kB; the sixty-first
  // 1,150.4 kB (its rules, 6,239 weights, 97.6 kB of dist, two sets' first
  // figures, and format's escapes of carets, tildes and bare URLs): over, the
  // three rounds having taken the 17.9 kB they were given, so it is raised
  // again by what three rounds take: 1,170 kB.
  test('is small: under 1,170 kB packed', () => {
    expect(packed.size).toBeLessThan(1_170_000)
  })

  test('publint finds nothing to fix', () => {
    const result = spawnSync(bin('publint'), ['--strict'], {cwd: root, encoding: 'utf8'})
    expect(result.stdout + result.stderr).toContain('All good!')
    expect(result.status).toBe(0)
  })

  test('are the types wrong? no, for ESM users', () => {
    const result = spawnSync(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], {cwd: root, encoding: 'utf8'})
    const report = JSON.parse(result.stdout) as {problems?: unknown[]; analysis?: {problems?: unknown[]}}
    expect(result.status).toBe(0)
    const problems = (report.analysis?.problems ?? report.problems ?? []) as Array<{resolutionKind?: string}>
    // The esm-only profile ignores node10 and CommonJS resolution; nothing else may fail.
    expect(problems.filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs')).toEqual([])
  })
})

describe('engines', () => {
  test('the Node running the tests is one argmark declares', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true)
  })

  test('every dependency that is installed with argmark accepts every Node argmark accepts', () => {
    const tree = execFileSync('npm', ['ls', '--omit=dev', '--omit=peer', '--all', '--parseable'], {cwd: root, encoding: 'utf8'})
    const narrower: string[] = []
    for (const folder of new Set(tree.split('\n').filter(Boolean))) {
      const file = path.join(folder, 'package.json')
      if (!existsSync(file)) continue
      const {name, version, engines} = JSON.parse(readFileSync(file, 'utf8')) as {name: string; version: string; engines?: {node?: string}}
      if (name === 'argmark' || !engines?.node) continue
      if (!semver.subset(manifest.engines.node, engines.node)) narrower.push(name + '@' + version + ' wants ' + engines.node)
    }
    expect(narrower).toEqual([])
  })
})

describe('a project that installs the tarball', () => {
  test('installs without engine warnings, imports every entry, type-checks, and runs the bin', {timeout: 240_000}, () => {
    const project = mkdtempSync(path.join(tmpdir(), 'argmark-consumer-'))
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().split('\n').at(-1)!
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', './' + tarball, 'zod@^4'], {cwd: project, encoding: 'utf8'})
    expect(install.status, install.stderr).toBe(0)
    expect(install.stderr).not.toContain('EBADENGINE')
    // `@argdown/core` is an optional peer: not installed unless asked for.
    expect(existsSync(path.join(project, 'node_modules/@argdown/core'))).toBe(false)

    writeFileSync(
      path.join(project, 'use.ts'),
      [
        "import {check, parse, type ArgumentGraph, type CheckOptions} from 'argmark'",
        "import {parseBibtex, type SourcesStatus} from 'argmark/sources'",
        "import {remarkCitation, type Citation} from 'argmark/citation'",
        "import {remarkTexMath, type InlineMath} from 'argmark/math'",
        "import {renderers, type Renderer} from 'argmark/render'",
        "import {core, type Preset} from 'argmark/lint'",
        "import {graphFormats, type AifDocument} from 'argmark/export'",
        "const options: CheckOptions = {sources: parseBibtex('@book{doe99, title={A}, year={1999}}').items}",
        "const graph: ArgumentGraph = parse(':claim[Funding is scarce]{#funding} [@doe99].').graph",
        "const status: SourcesStatus = 'given'",
        'const citation: Citation | undefined = undefined',
        "const math: InlineMath = {type: 'inlineMath', value: 'x^2'}",
        'const renderer: Renderer = renderers.text',
        'const preset: Preset = core',
        'const aif: AifDocument | undefined = undefined',
        'console.log(JSON.stringify({',
        "  messages: check(':claim[x]{#x} [@doe99] [@nobody].', options).map(String),",
        '  nodes: graph.nodes.map((node) => node.id),',
        '  more: [status, citation, typeof renderer, Object.keys(preset).length > 0, aif, typeof remarkCitation, Object.keys(graphFormats), typeof remarkTexMath, math.value]',
        '}))',
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: false, types: [], outDir: 'out'}, files: ['use.ts']})
    )
    const typed = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], {cwd: project, encoding: 'utf8'})
    expect(typed.stdout + typed.stderr).toBe('')
    const ran = spawnSync(process.execPath, ['out/use.js'], {cwd: project, encoding: 'utf8'})
    expect(ran.stderr).toBe('')
    const result = JSON.parse(ran.stdout) as {messages: string[]; nodes: string[]; more: unknown[]}
    expect(result.nodes).toEqual(['funding'])
    expect(result.messages).toEqual(['1:26-1:32: Unexpected citation key `nobody`, expected a key of the bibliography'])
    expect(result.more).toEqual(['given', null, 'function', true, null, 'function', ['json', 'mermaid', 'dot', 'svg', 'aif', 'argdown'], 'function', 'x^2'])

    writeFileSync(path.join(project, 'draft.md'), ':claim[Funding is scarce]{#funding}\n\n:evidence[Donors said so]{#said type=testimony supports=funding}\n')
    const argmark = path.join(project, 'node_modules/.bin/argmark')
    const checked = spawnSync(argmark, ['check', 'draft.md'], {cwd: project, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(checked.stdout).toContain('2 nodes: 1 claim, 1 evidence')
    expect(checked.stderr).toBe('draft.md: no issues found\n')
    expect(checked.status).toBe(0)
    expect(spawnSync(argmark, ['--version'], {cwd: project, encoding: 'utf8'}).stdout).toBe(manifest.version + '\n')

    // Without the optional peer, importing Argdown says what to install, in one line.
    writeFileSync(path.join(project, 'map.argdown'), '[A]: Something.\n')
    const imported = spawnSync(argmark, ['import', 'map.argdown'], {cwd: project, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(imported.stderr).toMatch(/error\s+Unexpected Argdown without `@argdown\/core` .*expected it installed beside argmark \(`npm install @argdown\/core`\)/)
    expect(imported.status).toBe(1)
  })
})
