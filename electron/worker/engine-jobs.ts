// The engine work main hands to a worker (electron/worker/engine-workers.ts), as plain data both
// ways: a job names what to run, runJob runs it with the ordinary, synchronous engine modules.
// Everything a user's input reaches goes through here: a level's solve and its trace steps,
// make-this-heap judging, a pack's check, grading, and the editor's four channels.
import type { PlayerAnswer } from '../api';
import type { GradeReport } from '../classroom/api-types';
import { gradeResults, type ResultFileInput } from '../classroom/grading';
import { PACK_CHECK_MILLIS } from '../classroom/limits';
import { checkPack, solvePack, type CheckedPack, type PackProgress } from '../classroom/pack-check';
import type { ChallengePack } from '../classroom/pack-format';
import type { EditorAnswerCheck, EditorSolveResult, EditorTraceSlice, ProgramCheck } from '../editor/api-types';
import { checkProgram } from '../editor/check-program';
import { EditedTraces } from '../editor/edited-traces';
import { EditedLevelChecker, EditedLevelRefused, solveEditedLevel } from '../editor/solve-edited';
import { engineSolver, plainSolution, type LevelSolution } from '../levels/answers';
import { judgeMake, type MakeJudgement, type MakeQuestion } from '../levels/mechanics/make-puzzle';
import { cachedTrace, stepView } from '../levels/mechanics/trace-cache';
import type { LevelDefinition } from '../levels/schema';

export type EngineJob =
  | { readonly kind: 'solve-level'; readonly level: LevelDefinition }
  | { readonly kind: 'trace-steps'; readonly code: string; readonly from: number; readonly count: number }
  | { readonly kind: 'judge-make'; readonly question: MakeQuestion; readonly order: readonly number[] }
  | { readonly kind: 'check-pack'; readonly input: Uint8Array | string }
  | { readonly kind: 'solve-pack'; readonly pack: ChallengePack }
  /** grading against a stored pack, or a pack file checked in full first */
  | {
      readonly kind: 'grade';
      readonly pack: { readonly stored: ChallengePack } | { readonly input: Uint8Array | string };
      readonly files: readonly ResultFileInput[];
      /** main's clock (the teacher view's "dated in the future" flag, tests fix it) */
      readonly nowMs: number;
    }
  | { readonly kind: 'editor-check'; readonly code: string }
  | { readonly kind: 'editor-trace'; readonly code: string; readonly from: number; readonly count: number }
  | { readonly kind: 'editor-solve'; readonly level: LevelDefinition }
  | { readonly kind: 'editor-check-answer'; readonly level: LevelDefinition; readonly question: number; readonly answer: PlayerAnswer };

export type JobKind = EngineJob['kind'];

/** A check-answer the engine refuses (the level cannot be played, a wrong answer shape). */
export type CheckAnswerOutcome = { readonly ok: true; readonly check: EditorAnswerCheck } | { readonly ok: false; readonly refusal: string };

/** A grade report, or why the pack to grade against is refused. */
export type GradeOutcome = { readonly ok: true; readonly report: GradeReport } | { readonly ok: false; readonly problems: readonly string[] };

export interface JobResults {
  'solve-level': LevelSolution;
  'trace-steps': readonly unknown[];
  'judge-make': MakeJudgement;
  'check-pack': CheckedPack;
  'solve-pack': CheckedPack;
  'grade': GradeOutcome;
  'editor-check': ProgramCheck;
  'editor-trace': EditorTraceSlice;
  'editor-solve': EditorSolveResult;
  'editor-check-answer': CheckAnswerOutcome;
}

export type JobResult<J extends EngineJob> = JobResults[J['kind']];

/**
 * How long main lets one job run before it kills the worker. The engine's own budgets (2 s of
 * wall clock per program run, 20 s per pack) stop a well-behaved run first; this deadline is for
 * the single operation no budget can interrupt (a big-int power, a huge string). A level solve
 * runs its program twice (the probe and the trace), so it gets two program budgets and slack.
 */
export const JOB_DEADLINE_MS: Readonly<Record<JobKind, number>> = {
  'solve-level': 10_000,
  'trace-steps': 10_000,
  'judge-make': 5_000,
  'check-pack': PACK_CHECK_MILLIS + 10_000,
  'solve-pack': PACK_CHECK_MILLIS + 10_000,
  'grade': PACK_CHECK_MILLIS + 20_000,
  'editor-check': 5_000,
  'editor-trace': 10_000,
  'editor-solve': 10_000,
  'editor-check-answer': 10_000,
};

const plainPack = (checked: CheckedPack): CheckedPack => (checked.ok ? { ...checked, solutions: checked.solutions.map(plainSolution) } : checked);

/** Per worker: the editor's last trace and last solved level, as the editor reads them again and again. */
const editedTraces = new EditedTraces();
const editedChecker = new EditedLevelChecker(engineSolver);

/** Runs one job in this thread (a worker's); `progress` hears of each level a pack check starts. */
export function runJob<J extends EngineJob>(job: J, progress: (p: PackProgress) => void = () => {}): JobResult<J> {
  return run(job, progress) as JobResult<J>;
}

function run(job: EngineJob, progress: (p: PackProgress) => void): JobResults[JobKind] {
  switch (job.kind) {
    case 'solve-level':
      return plainSolution(engineSolver.solve(job.level));
    case 'trace-steps': {
      const trace = cachedTrace(job.code);
      const steps = [];
      for (let index = job.from; index < Math.min(trace.stepCount, job.from + job.count); index++) steps.push(stepView(trace, index));
      return steps;
    }
    case 'judge-make':
      return judgeMake(job.question, job.order);
    case 'check-pack':
      return plainPack(checkPack(job.input, engineSolver, progress));
    case 'solve-pack':
      return plainPack(solvePack(job.pack, engineSolver, progress));
    case 'grade': {
      // the judges of make-this-heap questions are functions: the pack is solved here, where they run
      const checked = 'stored' in job.pack ? solvePack(job.pack.stored, engineSolver, progress) : checkPack(job.pack.input, engineSolver, progress);
      if (!checked.ok) return checked;
      return { ok: true, report: gradeResults(checked.pack, checked.solutions, job.files, { nowMs: job.nowMs }) };
    }
    case 'editor-check':
      return checkProgram(job.code);
    case 'editor-trace':
      return editedTraces.slice(job.code, job.from, job.count);
    case 'editor-solve':
      return solveEditedLevel(job.level, engineSolver);
    case 'editor-check-answer':
      try {
        return { ok: true, check: editedChecker.check(job.level, job.question, job.answer) };
      } catch (error) {
        if (error instanceof EditedLevelRefused) return { ok: false, refusal: error.message };
        throw error;
      }
  }
}
