import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixes fast-check's seed for every property test (see test/fuzz.ts).
    setupFiles: ['test/fuzz.ts'],
    testTimeout: 60_000
  }
})
