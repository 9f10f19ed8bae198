// Every property test draws from one fixed seed, so a red run replays exactly and CI never fails
// on a draw nobody can reproduce. Set REFQUEST_FUZZ_SEED to explore other draws.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.REFQUEST_FUZZ_SEED ?? 20261125) });
