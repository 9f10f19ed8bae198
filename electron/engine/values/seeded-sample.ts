// Test support: random operands drawn from a fixed seed, so a red run can be replayed and CI
// never fails on a draw nobody can reproduce. Set REFQUEST_FUZZ_SEED to explore other draws.
import fc from 'fast-check';

const BASE_SEED = Number(process.env.REFQUEST_FUZZ_SEED ?? 20261125);
let draws = 0;

/** `count` values of `arbitrary`; each call in a file gets its own seed, in call order */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number): T[] {
  draws += 1;
  return fc.sample(arbitrary, { seed: BASE_SEED + draws * 7919, numRuns: count });
}
