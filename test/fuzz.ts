import fc from 'fast-check'

// Property tests in `npm test` run with one fixed seed, so a run is the same
// every time and CI cannot turn red at random. `npm run test:fuzz` runs them
// with a new seed and many more runs (ARGMARK_FUZZ=<factor>), printing the
// seed so a counterexample can be reproduced (ARGMARK_FUZZ_SEED=<seed>) and
// kept as a fixed test.
const factor = Number(process.env['ARGMARK_FUZZ'] ?? 0)
const seed = Number(process.env['ARGMARK_FUZZ_SEED'] ?? (factor > 0 ? Date.now() % 2 ** 31 : 20_261_130))

fc.configureGlobal({seed})
if (factor > 0) console.log('fast-check seed ' + seed + ', runs ×' + factor)

/** The parameters of one property: `numRuns` in `npm test`, times the fuzz factor in `npm run test:fuzz`. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return {numRuns: factor > 0 ? numRuns * factor : numRuns}
}
