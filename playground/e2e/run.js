// End-to-end tests of the built playground in headless Chromium (Debian's
// `chromium`, driven by playwright-core). Run by `npm run test:e2e`, which
// builds the page first; not part of `npm test`. Each test saves a
// screenshot under test-results/; the keystroke → messages latency on the
// seed is written to test-results/latency.json.
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import path from 'node:path'
import {after, before, test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'

const root = fileURLToPath(new URL('../../', import.meta.url))
const site = path.join(root, 'playground/dist')
const results = path.join(root, 'test-results')
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml'}

/** @type {import('node:http').Server} */
let server
/** @type {import('playwright-core').Browser} */
let browser
let base = ''

before(async () => {
  assert.ok(existsSync(path.join(site, 'index.html')), 'playground/dist is missing: run `npm run build:playground`')
  assert.ok(executablePath, 'Chromium is missing: `apt-get install -y chromium` (or set CHROMIUM_PATH)')
  mkdirSync(results, {recursive: true})
  // A static server, as any static host serves the built page.
  server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(site, name.endsWith('/') ? name + 'index.html' : name)
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    const type = /** @type {Record<string, string>} */ (types)[path.extname(file)] ?? 'application/octet-stream'
    response.writeHead(200, {'content-type': type}).end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  base = 'http://127.0.0.1:' + (typeof address === 'object' && address ? address.port : 0) + '/'
  browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
})

after(async () => {
  await browser?.close()
  server?.close()
})

/** A page with the playground loaded and checked (messages and views up to date). */
async function open(url = base) {
  const page = await browser.newPage({viewport: {width: 1600, height: 1000}})
  const errors = /** @type {string[]} */ ([])
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.goto(url)
  try {
    await settled(page)
  } catch (error) {
    throw new Error('The page did not settle; its errors: ' + JSON.stringify(errors), {cause: error})
  }
  return {page, errors}
}

/** Wait until the messages and the views answer the current document. */
async function settled(/** @type {import('playwright-core').Page} */ page, views = true) {
  await page.waitForFunction((views) => {
    const app = document.getElementById('app')
    if (!app || app.dataset.docVersion === '0') return false
    return app.dataset.messagesVersion === app.dataset.docVersion && (!views || app.dataset.viewsVersion === app.dataset.docVersion)
  }, views, {timeout: 30_000})
}

/** Type at the end of the draft. */
/**
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
async function typeAtEnd(page, text) {
  await page.click('.cm-content')
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

const messages = (/** @type {import('playwright-core').Page} */ page) => page.locator('#messages li').allTextContents()
const shot = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) => page.screenshot({path: path.join(results, 'playground-' + name + '.png')})

test('the seed loads: map, messages and prose', async () => {
  const {page, errors} = await open()
  const text = await page.evaluate(() => document.querySelector('.cm-content')?.textContent ?? '')
  assert.match(text, /The Role of Civil Society in Shaping International Migration Policy/)
  assert.deepEqual(await messages(page), ['No messages.'])
  assert.ok((await page.locator('#map svg g.node').count()) > 10, 'the map shows the seed’s nodes')
  assert.match(await page.locator('#prose').textContent() ?? '', /centre of the international political agenda/)
  assert.ok((await page.locator('#prose [data-footnotes] li').count()) > 5, 'the prose has footnotes')
  assert.match(await page.locator('#graph-json').textContent() ?? '', /"centre-stage"/)
  assert.match(await page.locator('#bibliography').inputValue(), /@\w+\{unpd2002,/)
  assert.deepEqual(errors, [])
  await shot(page, 'seed')
  await page.close()
})

test('axe-core finds no serious or critical violation (with messages and a quick fix shown)', async () => {
  const {page} = await open()
  await typeAtEnd(page, '\n\n:claim[Cities should ban cars outright]{#ban-cars supports=centre-stag}\n')
  await settled(page)
  assert.equal(await page.locator('#messages button.fix').count(), 1)
  await page.addScriptTag({content: readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')})
  /** @type {Array<{id: string, impact: string, nodes: number, target: unknown}>} */
  const violations = await page.evaluate(async () => {
    // @ts-expect-error: axe is the script just added
    const result = await window.axe.run(document)
    return result.violations.map((/** @type {any} */ violation) => ({id: violation.id, impact: violation.impact, nodes: violation.nodes.length, target: violation.nodes[0]?.target}))
  })
  console.log('axe violations (all impacts):', JSON.stringify(violations))
  assert.deepEqual(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), [])
  await shot(page, 'axe')
  await page.close()
})

test('a claim with no support gets its message; supporting it removes the message', async () => {
  const {page} = await open()
  await typeAtEnd(page, '\n\n:claim[Cities should ban cars outright]{#ban-cars}\n')
  await settled(page, false)
  const expected = 'Unexpected claim `ban-cars` with no support'
  assert.ok((await messages(page)).some((message) => message.includes(expected)), 'the message appears')
  assert.ok((await page.locator('.cm-lintRange-warning').count()) > 0, 'the editor marks it')
  await shot(page, 'unsupported-claim')

  await page.keyboard.type('\n:evidence[traffic deaths fell by half where cars were banned]{#car-free type=statistic supports=ban-cars} [@unpd2002, p. 3].\n')
  await settled(page, false)
  assert.deepEqual(await messages(page), ['No messages.'], 'the message goes')
  await shot(page, 'supported-claim')
  await page.close()
})

test('a citation adds a footnote to the prose', async () => {
  const {page} = await open()
  const before = await page.locator('#prose [data-footnotes] li').count()
  await typeAtEnd(page, '\n\nA sentence that cites a source [@unpd2002, p. 7].\n')
  await settled(page)
  const notes = page.locator('#prose [data-footnotes] li')
  assert.equal(await notes.count(), before + 1)
  assert.match(await notes.last().textContent() ?? '', /7/)
  assert.match(await page.locator('#prose').textContent() ?? '', /A sentence that cites a source/)
  await page.locator('#prose [data-footnotes]').scrollIntoViewIfNeeded()
  await shot(page, 'citation-footnote')
  await page.close()
})

test('a new node appears in the map SVG', async () => {
  const {page} = await open()
  assert.equal(await page.locator('#map svg').getByText('Cities should ban cars outright').count(), 0)
  await typeAtEnd(page, '\n\n:claim[Cities should ban cars outright]{#ban-cars supports=centre-stage}\n')
  await settled(page)
  assert.equal(await page.locator('#map svg').getByText('Cities should ban cars outright').count(), 1)
  assert.equal(await page.locator('#map svg g.node#argmark-ban-cars').count(), 1)
  assert.match(await page.locator('#graph-json').textContent() ?? '', /"ban-cars"/)
  await page.locator('#map svg g.node#argmark-ban-cars').scrollIntoViewIfNeeded()
  await shot(page, 'map-node')
  // A click on the node selects it in the draft.
  await page.click('#map-fit')
  await page.locator('#map svg g.node#argmark-ban-cars').click()
  assert.match(await page.evaluate(() => getSelection()?.toString() ?? ''), /^:claim\[Cities should ban cars outright\]/)
  await page.close()
})

test('a quick fix from a message applies with one click; a click on a message jumps to its line', async () => {
  const {page} = await open()
  await typeAtEnd(page, '\n\n:claim[Cities should ban cars outright]{#ban-cars supports=centre-stag}\n')
  await settled(page, false)
  const item = page.locator('#messages li', {hasText: 'unknown id `centre-stag`'})
  assert.equal(await item.count(), 1)
  // Jump: the cursor goes to the message's place.
  await page.click('.cm-content')
  await page.keyboard.press('Control+Home')
  await item.locator('button.jump').click()
  const selected = await page.evaluate(() => getSelection()?.toString())
  assert.equal(selected, 'centre-stag')
  await item.locator('button.fix').click()
  await settled(page, false)
  assert.ok(!(await messages(page)).some((message) => message.includes('centre-stag')), 'the message goes')
  const text = await page.evaluate(() => /** @type {any} */ (window).argmarkPlayground.text())
  assert.match(text, /\{#ban-cars supports=centre-stage\}\n$/)
  await shot(page, 'quick-fix')
  await page.close()
})

test('the style picker and an uploaded .csl change the prose', async () => {
  const {page} = await open()
  const notes = page.locator('#prose [data-footnotes] li')
  const withNotes = await notes.count()
  // APA is an in-text style: citations leave the notes, and the references list their sources.
  await page.selectOption('#style', 'apa')
  await page.waitForFunction(() => document.getElementById('app')?.dataset.docVersion !== '1')
  await settled(page)
  const withApa = await notes.count()
  assert.ok(withApa < withNotes, 'fewer notes with APA: ' + withApa + ' < ' + withNotes)
  assert.match(await page.locator('#prose').textContent() ?? '', /\(United Nations[^)]*2002/)
  await shot(page, 'style-apa')
  // An uploaded note style puts them back in notes.
  await page.setInputFiles('#style-file', path.join(root, 'test/fixtures/styles/chicago-note-bibliography.csl'))
  await page.waitForFunction(() => document.querySelector('#style option[value="upload"]') !== null)
  assert.equal(await page.inputValue('#style'), 'upload')
  await settled(page)
  assert.ok((await notes.count()) > withApa, 'a note style puts citations in notes again')
  await shot(page, 'style-upload')
  await page.close()
})

test('what is wrong in the bibliography is a message too', async () => {
  const {page} = await open()
  await page.selectOption('#bibliography-format', 'csl-json')
  await page.waitForFunction(() => document.getElementById('app')?.dataset.docVersion !== '1')
  await settled(page, false)
  const shown = await messages(page)
  assert.ok(shown.some((message) => message.startsWith('bibliography 1:1') && message.includes('expected a CSL-JSON array of items')), JSON.stringify(shown))
  // Without the BibTeX sources, the seed's citation keys are unknown.
  assert.ok(shown.some((message) => message.includes('Unexpected citation key `unpd2002`')))
  await page.locator('#messages li', {hasText: 'CSL-JSON array'}).locator('button.jump').click()
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bibliography')
  await shot(page, 'bibliography-message')
  await page.close()
})

test('a shared URL opens the same state', async () => {
  const {page} = await open()
  await page.selectOption('#preset', 'strict')
  await page.selectOption('#style', 'apa')
  await typeAtEnd(page, '\n\nA shared sentence [@unpd2002].\n')
  await settled(page)
  await page.click('#share')
  await page.waitForFunction(() => location.hash.startsWith('#state='))
  const url = page.url()
  const state = await page.evaluate(() => ({text: /** @type {any} */ (window).argmarkPlayground.text(), messages: document.getElementById('messages')?.textContent, prose: document.getElementById('prose')?.innerHTML}))
  await page.close()

  const shared = await open(url)
  assert.equal(await shared.page.inputValue('#preset'), 'strict')
  assert.equal(await shared.page.inputValue('#style'), 'apa')
  const opened = await shared.page.evaluate(() => ({text: /** @type {any} */ (window).argmarkPlayground.text(), messages: document.getElementById('messages')?.textContent, prose: document.getElementById('prose')?.innerHTML}))
  assert.match(opened.text ?? '', /A shared sentence \[@unpd2002\]\./)
  assert.deepEqual(opened, state)
  console.log('shared URL length:', url.length)
  await shot(shared.page, 'shared-url')
  await shared.page.close()
})

test('keystroke → messages latency on the seed (median of 25 edits)', async () => {
  const {page} = await open()
  // Type in the middle of the seed's prose, one key at a time, waiting for each answer.
  await page.locator('.cm-line', {hasText: 'That has changed.'}).first().click()
  await page.keyboard.press('End')
  for (let index = 0; index < 25; index++) {
    await page.keyboard.type(index % 5 === 4 ? ' ' : 'x')
    await settled(page, false)
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('keystroke-to-messages').map((entry) => entry.duration))
  const linting = await page.evaluate(() => performance.getEntriesByName('worker-lint').map((entry) => Number(/** @type {PerformanceMark} */ (entry).detail)))
  assert.ok(durations.length >= 20, 'at least 20 edits measured, got ' + durations.length)
  assert.equal(linting.length, durations.length)
  const median = (/** @type {number[]} */ values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN)
  const report = {
    edits: durations.length,
    median: median(durations),
    min: Math.round(Math.min(...durations)),
    max: Math.round(Math.max(...durations)),
    workerLintMedian: median(linting),
    durations: durations.map(Math.round),
    workerLint: linting.map(Math.round)
  }
  console.log('keystroke → messages (ms):', JSON.stringify(report))
  writeFileSync(path.join(results, 'latency.json'), JSON.stringify(report, null, 2) + '\n')
  await shot(page, 'latency')
  await page.close()
})
