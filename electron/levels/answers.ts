// What the level system needs from the engine: the correct answer to every question of a
// level, the explanation of the events that decide it, and the trace to replay. Answers are
// never written by hand; they come from running the level's program in the engine.
//
// NOT YET IMPLEMENTED against the engine: `electron/engine/index.ts` does not export a trace
// or snapshot API yet, so `engineSolver` is null and `levels:answer` replies
// `engine-unavailable`. Implement `LevelSolver` here once the engine exposes its trace.
import type { PlayerAnswer } from '../api';
import type { LevelDefinition } from './schema';

export interface SolvedQuestion {
  /** the correct answer, in the same shape the player submits */
  readonly correct: PlayerAnswer;
  /** the engine's one-line explanations of the events that decided the answer */
  readonly explanation: string;
  /**
   * The first trace step whose snapshot or events would give the answer away; the player may
   * read steps [0, revealStep) while this question is open.
   */
  readonly revealStep: number;
}

export interface LevelSolution {
  readonly questions: readonly SolvedQuestion[];
  readonly stepCount: number;
  /** one step of the engine's trace, as JSON-safe data for the renderer */
  step(index: number): unknown;
}

export interface LevelSolver {
  /** Runs the level's program; throws when the program cannot run in the engine. */
  solve(level: LevelDefinition): LevelSolution;
}

/** The engine-backed solver, null until the engine's trace API exists. */
export const engineSolver: LevelSolver | null = null;
