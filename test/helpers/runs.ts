/**
 * How many cases a property test runs. `npm test` runs a fifth of a property's full count (at
 * least 10), to stay quick; `npm run test:slow` (vitest.slow.config.ts sets SKILLC_TEST_SLOW) runs
 * the full count; SKILLC_FUZZ_RUNS runs a long campaign (`npm run fuzz`). SKILLC_FUZZ_SEED
 * replays the cases of a failure that fast-check reported.
 */
const FUZZ_RUNS = Number(process.env.SKILLC_FUZZ_RUNS ?? 0);
const SEED = process.env.SKILLC_FUZZ_SEED === undefined ? undefined : Number(process.env.SKILLC_FUZZ_SEED);

/** Whether this is the slow run (`npm run test:slow`). */
export const SLOW = Boolean(process.env.SKILLC_TEST_SLOW);

/** fast-check parameters for a property whose full count is `full` runs. */
export function propertyRuns(full: number): { numRuns: number; seed?: number } {
  const numRuns = FUZZ_RUNS || (SLOW ? full : Math.max(10, Math.ceil(full / 5)));
  return { numRuns, ...(SEED === undefined ? {} : { seed: SEED }) };
}

/** A test timeout for a property of `numRuns` cases that take up to `perRun` ms each (0, no limit, for a long campaign). */
export function propertyTimeout(numRuns: number, perRun: number, floor = 30_000): number {
  return FUZZ_RUNS ? 0 : Math.max(floor, numRuns * perRun);
}
