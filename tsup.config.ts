import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'cli/argmark': 'src/cli/argmark.ts',
    'cli/argmark-language-server': 'src/cli/argmark-language-server.ts',
    'cli/lint-worker': 'src/cli/lint-worker.ts'
  },
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  splitting: true
})
