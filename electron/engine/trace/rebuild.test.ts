// A snapshot rebuilt from checkpoints and recorded changes equals the heap read afresh at that
// step (the recorder's test mode reads every live object and frame whole, independent of what
// the VM reported as changed), at random steps sought in random order, on every benchmark
// program. (The corpus check is not here yet: see the h13 report.)
import { describe, expect, it } from 'vitest';
import { PROGRAMS, type BenchProgram } from '../../../bench/programs';
import { runSource } from '../run';
import { traceProgram, type Trace } from './trace-program';

/** A deterministic pseudo-random stream (mulberry32), so a failure names a step that reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Loop turns that make the program run about `steps` steps past its setup. */
function turnsFor(program: BenchProgram, steps: number): number {
  const stepsOf = (turns: number) => runSource(program.source(turns), { maxSteps: 1e7, maxMillis: 120_000 }).session!.rt.steps;
  const one = stepsOf(1);
  return Math.max(1, Math.round(steps / Math.max(1, stepsOf(2) - one)));
}

function traceSampled(source: string, share: number, seed: number): Trace {
  const pick = random(seed);
  return traceProgram(source, { maxSteps: 200_000, maxMillis: 120_000, sampleLive: () => pick() < share });
}

/** Every sampled step, sought in a shuffled order, against its fresh read. */
function expectRebuiltEqualsFresh(trace: Trace, seed: number): number {
  const steps = trace.sampledSteps;
  const pick = random(seed ^ 0x5bd1e995);
  for (let i = steps.length - 1; i > 0; i--) {
    const j = Math.floor(pick() * (i + 1));
    [steps[i], steps[j]] = [steps[j]!, steps[i]!];
  }
  for (const k of steps) expect(trace.snapshot(k), `step ${k}`).toEqual(trace.liveSnapshot(k));
  return steps.length;
}

describe('rebuilt snapshots equal the heap read afresh', () => {
  for (const program of PROGRAMS) {
    it(`bench program ${program.name}`, () => {
      // about a dozen sampled steps: a fresh read of a 100,000-object heap is slow on purpose
      const trace = traceSampled(program.source(turnsFor(program, 4000)), 0.002, program.name.length);
      expect(trace.result.exitCode).toBe(0);
      expect(trace.stepCount).toBeGreaterThan(3000);
      expect(expectRebuiltEqualsFresh(trace, 7)).toBeGreaterThan(2);
    }, 300_000);
  }
});
