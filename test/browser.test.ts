import {build} from 'esbuild'
import type {Metafile, Plugin} from 'esbuild'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/**
 * The budget of a browser program that only parses, minified (bytes). 364 kB
 * when the command line and packaging landed; 421 kB once inline references
 * are read as pandoc reads CSL-YAML (Markdown and smart punctuation in their
 * text, which brings remark-smartypants and parse-latin, about 35 kB) and with
 * pandoc's Markdown (inline notes, heading attributes); 430.2 kB with smart
 * punctuation's linear inner-word step (src/util/latin.ts, 0.4 kB more than
 * remark-smartypants' own transform); 433.4 kB with escaped characters kept
 * as typed (src/syntax/escapes.ts), data runs joined in one pass
 * (src/syntax/data-runs.ts) and parse-latin's other two quadratic steps made
 * linear; 438.8 kB with pandoc's TeX math (src/syntax/math/)
 * and the emphasis depth counted while micromark reads
 * (src/syntax/emphasis-depth.ts); 442.6 kB with the parsing fixes of a
 * reviewer's trial (a repeated id in front-matter references, a numbered note
 * after a full stop ending its sentence); 447.5 kB with a kit's definition
 * checked where it is made (src/kit/validate-spec.ts, 4.5 kB, and the
 * did-you-mean of a mistyped key: `defineKit` and `extend` are on the parse
 * path, since the default kit is built and extended with them); 451.3 kB with
 * attribute decoding of literals, unions and tuples and the other attributes'
 * outputs kept beside an invalid one (src/kit/attribute.ts,
 * src/extract/validate-attributes.ts), readable expected types, and keys
 * that are lists reported in the front matter; 460.1 kB with the front
 * matter's further checks (aliases, a broken metadata block in the body:
 * 1.6 kB), pandoc's abstract read as the document's own source
 * (src/extract/abstract-*.ts, 1.8 kB), inline notes cut in one pass over a
 * text's escapes (1 kB), the abbreviations a sentence does not end on (1 kB)
 * and escaped characters kept through citations (0.7 kB). zod (102 kB) and
 * yaml (98 kB) are less than half of it.
 */
const parseOnlyBudget = 470_000

/**
 * An esbuild plugin that makes packages unresolvable, as in an app that did
 * not install them (`@argdown/core` is an optional peer, here a devDependency).
 */
function absent(names: readonly string[]): Plugin {
  return {
    name: 'absent',
    setup(builder) {
      builder.onResolve({filter: /^@argdown\/core$/}, (args) =>
        names.includes(args.path) ? {errors: [{text: 'Could not resolve "' + args.path + '" (not installed)'}]} : undefined
      )
    }
  }
}

/** Bundle a program that imports argmark by its package name, as an app would, for the browser. */
async function bundle(contents: string, plugins: Plugin[] = []) {
  const result = await build({
    plugins,
    stdin: {contents, resolveDir: root, loader: 'js'},
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true
  })
  return {size: result.outputFiles[0]!.contents.length, text: result.outputFiles[0]!.text, packages: packagesIn(result.metafile)}
}

/** The packages that put code in the bundle (argmark's own files count as `argmark`). */
function packagesIn(metafile: Metafile): Set<string> {
  const packages = new Set<string>()
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue
      packages.add(/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'argmark')
    }
  }
  return packages
}

beforeAll(() => {
  expect(existsSync(entry), 'dist/index.js is missing: run `npm run build`').toBe(true)
})

describe('the core runs in a browser', () => {
  test('the whole root entry bundles for the browser with no Node built-in', async () => {
    const {text, packages} = await bundle("export * from 'argmark'")
    expect([...packages].filter((name) => name.startsWith('node:') || name === 'fs')).toEqual([])
    expect(text).not.toMatch(/from\s*["']node:/)
    // The whole public API: lint rules and the CSL engine are in it.
    expect(text).toContain('argmark:vague-attribution')
    expect(text).toContain('makeCitationCluster')
  })

  test(`a program that only parses stays under ${parseOnlyBudget / 1000} kB minified, without the BibTeX converter, citeproc or the map tools`, async () => {
    const {size, packages} = await bundle("import {parse} from 'argmark'\nconsole.log(parse(':claim[x]{#x}').graph)")
    expect(size).toBeLessThan(parseOnlyBudget)
    for (const heavy of ['biblatex-csl-converter', 'xregexp', 'citeproc', '@argdown/core', '@viz-js/viz', 'mdast-util-to-markdown']) {
      expect(packages.has(heavy), heavy).toBe(false)
    }
    expect(packages.has('micromark-extension-directive')).toBe(true)
  })

  test('the root entry bundles without the optional peer `@argdown/core` installed', async () => {
    const parsed = await bundle("import {parse} from 'argmark'\nconsole.log(parse(':claim[x]{#x}').graph)", [absent(['@argdown/core'])])
    expect(parsed.packages.has('@argdown/core')).toBe(false)
    const all = await bundle("export * from 'argmark'", [absent(['@argdown/core'])])
    expect(all.packages.has('@argdown/core')).toBe(false)
    expect(all.text).toContain('argmark:vague-attribution')
  })

  test('check and lint leave out the BibTeX converter and citeproc; render brings citeproc alone', async () => {
    for (const verb of ['check', 'lint']) {
      const {packages} = await bundle(`import {${verb}} from 'argmark'\nconsole.log(${verb}('x'))`)
      expect(['biblatex-csl-converter', 'citeproc', '@viz-js/viz'].filter((name) => packages.has(name)), verb).toEqual([])
    }
    const rendered = await bundle("import {render} from 'argmark'\nconsole.log(render('x'))")
    expect(rendered.packages.has('citeproc')).toBe(true)
    expect(rendered.packages.has('biblatex-csl-converter')).toBe(false)
  })

  test('the BibTeX converter comes with `argmark/sources` when a program reads BibTeX', async () => {
    const {packages} = await bundle("import {parseBibtex} from 'argmark/sources'\nconsole.log(parseBibtex('@book{a, title={A}}'))")
    expect(packages.has('biblatex-csl-converter')).toBe(true)
  })
})
