// Reading a pack someone handed over: bounded JSON, the strict schema, then the engine. Every
// level's program must finish within the step budget and every question must be answerable;
// the answers computed here are the only ones the challenge ever uses.
import { runProgram } from '../engine/index';
import { compileSource } from '../engine/run';
import { createSession } from '../engine/session';
import { SourceError } from '../engine/source-error';
import type { LevelSolution, LevelSolver } from '../levels/answers';
import { UnsolvableLevel } from '../levels/answers';
import { parseBoundedJson, DEFAULT_BOUNDS } from './bounded-json';
import { describeIssues, envelopeProblem } from './file-envelope';
import { PACK_CHECK_MILLIS, PACK_RUN_MILLIS, PACK_STEP_BUDGET } from './limits';
import { PACK_FORMAT, PACK_VERSION, packSchema, packStringCap } from './pack-format';
import type { ChallengePack } from './pack-format';
import { isPlayableKind } from './solved-answers';

export type PackReading =
  | { readonly ok: true; readonly pack: ChallengePack }
  | { readonly ok: false; readonly problems: readonly string[] };

export type CheckedPack =
  | { readonly ok: true; readonly pack: ChallengePack; readonly solutions: readonly LevelSolution[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const PACK_KIND = { format: PACK_FORMAT, version: PACK_VERSION, noun: 'pack' } as const;

/** Parses and validates a pack file's bytes; the engine is not involved yet. */
export function readPack(input: Uint8Array | string): PackReading {
  const parsed = parseBoundedJson(input, { ...DEFAULT_BOUNDS, maxStringChars: packStringCap });
  if (!parsed.ok) return { ok: false, problems: [parsed.message] };
  const envelope = envelopeProblem(parsed.value, PACK_KIND);
  if (envelope) return { ok: false, problems: [envelope] };
  const result = packSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  return { ok: true, pack: result.data };
}

const levelName = (index: number, title: string) => `level ${index + 1} ("${title}")`;

/** A SyntaxError (which also exits 1, like a runtime error) refuses the level before it runs. */
function compileProblem(code: string): string | null {
  try {
    compileSource(code, createSession(), 'program.py');
    return null;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    if (error.reason === 'unsupported') return `the program is outside the engine's Python subset: ${error.message}`;
    return `the program does not compile: ${error.pythonType}: ${error.detail}${error.line > 0 ? ` (line ${error.line})` : ''}`;
  }
}

/** Why the engine refuses to run this level at all, or null. */
function runProblem(code: string, index: number, title: string): string | null {
  const uncompiled = compileProblem(code);
  if (uncompiled) return `${levelName(index, title)}: ${uncompiled}`;
  const run = runProgram(code, { maxSteps: PACK_STEP_BUDGET, maxMillis: PACK_RUN_MILLIS });
  if (run.stoppedBy != null && run.exitCode !== 3) return `${levelName(index, title)}: the program was stopped by the ${run.stoppedBy} budget`;
  switch (run.exitCode) {
    case 0:
      return null;
    case 1:
      // the simulator's memory cap stands in for memory CPython would have had: what follows is not CPython's
      if (/^MemoryError: the simulator/m.test(run.stderr)) return `${levelName(index, title)}: the program needs more memory than the simulator's cap: ${run.stderr.trim().split('\n').pop()}`;
      return null; // an uncaught exception is fine as long as every question's line runs first (the solver checks)
    case 2:
      return `${levelName(index, title)}: the program is outside the engine's Python subset: ${run.stderr.trim()}`;
    case 3:
      if (run.stoppedBy === 'time') return `${levelName(index, title)}: the program does not finish within ${PACK_RUN_MILLIS / 1000} seconds`;
      if (run.stoppedBy === 'steps') return `${levelName(index, title)}: the program does not finish within ${PACK_STEP_BUDGET.toLocaleString('en-US')} steps`;
      return `${levelName(index, title)}: the program is stopped by the engine: ${run.stderr.trim().split('\n').pop()}`;
    default: {
      const never: never = run.exitCode;
      return never;
    }
  }
}

/** Which level of how many a pack check is on (for the import's progress bar). */
export interface PackProgress {
  readonly level: number;
  readonly levels: number;
  readonly title: string;
}

/** Runs every level in the engine and computes its answers; any level that fails refuses the pack. */
export function solvePack(pack: ChallengePack, solver: LevelSolver, progress: (p: PackProgress) => void = () => {}): CheckedPack {
  const problems: string[] = [];
  const solutions: LevelSolution[] = [];
  const deadline = performance.now() + PACK_CHECK_MILLIS;
  for (const [index, level] of pack.levels.entries()) {
    progress({ level: index, levels: pack.levels.length, title: level.title });
    if (performance.now() > deadline) {
      problems.push(`checking the pack took over ${PACK_CHECK_MILLIS / 1000} seconds, so it is refused (levels ${index + 1} to ${pack.levels.length} were not checked)`);
      break;
    }
    const problem = levelProblem(level, index, solver, solutions);
    if (problem) problems.push(problem);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack, solutions };
}

/** Checks one level, adding its solution; or says why the pack cannot use it. */
function levelProblem(level: ChallengePack['levels'][number], index: number, solver: LevelSolver, solutions: LevelSolution[]): string | null {
  const unplayable = level.questions.findIndex((q) => !isPlayableKind(q.kind));
  if (unplayable >= 0) {
    return `${levelName(index, level.title)}: question ${unplayable + 1} is a ${level.questions[unplayable]!.kind} question, which challenges cannot ask yet`;
  }
  const refused = runProblem(level.code, index, level.title);
  if (refused) return refused;
  try {
    solutions.push(solver.solve(level));
    return null;
  } catch (error) {
    const why = error instanceof UnsolvableLevel ? error.message : `the engine failed: ${(error as Error).message}`;
    return `${levelName(index, level.title)}: ${why}`;
  }
}

/** readPack, then solvePack: the whole check a pack passes before it is stored or graded against. */
export function checkPack(input: Uint8Array | string, solver: LevelSolver, progress?: (p: PackProgress) => void): CheckedPack {
  const reading = readPack(input);
  return reading.ok ? solvePack(reading.pack, solver, progress) : reading;
}
