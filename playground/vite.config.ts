import {fileURLToPath} from 'node:url'
import {defaultClientConditions, defineConfig} from 'vite'

const repository = fileURLToPath(new URL('..', import.meta.url))

// The playground: a static page built from playground/ (see docs/playground.md).
// It imports argmark from ../src, the seed from ../seeds and CSL styles from
// ../test/fixtures/styles, so the dev server may read the whole repository.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  server: {fs: {allow: [repository]}},
  // argmark runs in a Web Worker, which has no \`document\`: packages with a
  // \`worker\` export (decode-named-character-reference) must not get their DOM build.
  resolve: {conditions: ['worker', ...defaultClientConditions]},
  worker: {format: 'es'},
  // The dev server finds the worker's dependencies up front (no reload on first use).
  optimizeDeps: {entries: ['index.html', 'src/worker.ts']},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // @viz-js/viz inlines Graphviz's WebAssembly: one large chunk, loaded by the worker only.
    chunkSizeWarningLimit: 2000
  }
})
