// The level editor's result shapes on the channel map (re-exported by electron/api.ts). Types
// only, so the renderer can import them with `import type`.
import type { PlayerAnswer, PublicQuestion, TraceStepView } from '../api';

/** Why the engine will not take a program, placed at its line (1-based) and column (0-based). */
export interface ProgramProblem {
  /** syntax: CPython would refuse it too; unsupported: outside the engine's subset; runtime: it raises or never ends */
  readonly kind: 'syntax' | 'unsupported' | 'runtime';
  /** null when the engine cannot say where (a program stopped by the step budget) */
  readonly line: number | null;
  readonly col: number;
  readonly message: string;
}

export type ProgramCheck = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly error: ProgramProblem };

/** Steps [from, from + steps.length) of the edited program's trace, with snapshots. */
export interface EditorTraceSlice {
  readonly stepCount: number;
  readonly steps: readonly TraceStepView[];
  readonly stdout: string;
  /** the traceback or refusal when the program did not end normally, else '' */
  readonly stderr: string;
}

/** The engine's answer to one question of the edited level, as the teacher reads it. */
export interface EditorAnswer {
  readonly question: number;
  readonly answer: string;
  /** the same answer as a player would give it (a test run shows it once out of tries) */
  readonly correct: PlayerAnswer;
  readonly explanation: string;
}

export type EditorSolveResult =
  | {
      readonly status: 'solved';
      readonly answers: readonly EditorAnswer[];
      /** the questions as a player sees them (a drawing's names and palette, a leak's candidates) */
      readonly questions: readonly PublicQuestion[];
    }
  /** the same refusal a student's import would give, one line per problem */
  | { readonly status: 'refused'; readonly problems: readonly string[] };

/**
 * A test run's verdict. Only a right answer comes back with the answer and its explanation: a
 * wrong guess learns that it is wrong, nothing more (the editor's author asks `editor:solve`).
 */
export type EditorAnswerCheck =
  | { readonly right: true; readonly correct: PlayerAnswer; readonly explanation: string }
  | { readonly right: false };

export type OpenPurpose = 'pack' | 'results';
export type SavePurpose = 'pack' | 'result' | 'csv';

export interface OpenedFiles {
  /** absolute paths, empty when the dialog was cancelled */
  readonly paths: readonly string[];
}

export interface SaveTarget {
  /** an absolute path, or null when the dialog was cancelled */
  readonly path: string | null;
}

/** What the app menu asked for; the renderer waits for these on app:menu-command. */
export type MenuCommand = 'import-pack' | 'open-results' | 'level-editor' | 'classroom';
