import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixes fast-check's seed for every property test (see test/fuzz.ts).
    setupFiles: ['test/fuzz.ts'],
    // A wide search (`npm run test:fuzz`, ARGMARK_FUZZ=<factor>) runs each property
    // <factor> times as often, so each test may take that much longer.
    testTimeout: 60_000 * Math.max(1, Number(process.env['ARGMARK_FUZZ'] ?? 0) || 1)
  }
})
