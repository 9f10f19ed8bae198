// What the handlers share about the engine workers: the pool itself (or a clear refusal when the
// host has none), its failures as API failures, and make-this-heap judging, which runs a player's
// program and so is a worker job too.
import type { PlayerAnswer } from '../api';
import type { MakeQuestion } from '../levels/mechanics/make-puzzle';
import type { AnswerKey } from '../levels/rules';
import type { LevelQuestion } from '../levels/schema';
import { EngineStopped, type EngineWorkers } from '../worker/engine-workers';
import { ApiFailure } from './failure';

export function requireEngine(engine: EngineWorkers | null, what: string): EngineWorkers {
  if (!engine) throw new ApiFailure('engine-unavailable', `${what}: the simulation engine is not available`);
  return engine;
}

/** Runs `f`, turning a stopped or failed worker job into an ApiFailure that says why. */
export async function engineWork<T>(what: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof EngineStopped) throw new ApiFailure('engine-stopped', `${what}: ${error.message}`);
    throw error;
  }
}

/**
 * The key main checks an answer against. A make-this-heap answer is judged by running the
 * player's lines, in a worker; the key then carries that one judgement (solutions that cross
 * from a worker carry no judge: see plainSolution).
 */
export async function keyFor(engine: EngineWorkers, question: LevelQuestion, answer: PlayerAnswer, key: AnswerKey): Promise<AnswerKey> {
  if (question.kind !== 'make' || answer.kind !== 'make') return key;
  const judgement = await engineWork('the program could not be judged', () =>
    engine.run({ kind: 'judge-make', question: question as MakeQuestion, order: answer.order }),
  );
  return { ...key, judgeMake: () => judgement };
}

/** Steps [from, from + count) of a program's trace, read in a worker (which keeps the trace, main never does). */
export async function traceSteps(engine: EngineWorkers | null, code: string, from: number, count: number): Promise<{ index: number; data: unknown }[]> {
  if (count <= 0) return [];
  const running = requireEngine(engine, 'the replay cannot be shown');
  const data = await engineWork('the replay cannot be shown', () => running.run({ kind: 'trace-steps', code, from, count }));
  return data.map((step, offset) => ({ index: from + offset, data: step }));
}
