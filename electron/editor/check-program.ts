// "Does the engine take this program?", for the editor's live diagnostics: a syntax error or a
// construct outside the subset at its line and column, else a run under the pack step budget
// (an uncaught exception or a program that never ends is reported too: a pack would be refused
// or its questions unanswerable).
import { PACK_RUN_MILLIS, PACK_STEP_BUDGET } from '../classroom/limits';
import { compileSource, runSource } from '../engine/run';
import { createSession } from '../engine/session';
import { SourceError } from '../engine/source-error';
import type { ProgramCheck, ProgramProblem } from './api-types';

const FILENAME = 'program.py';

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

function compileProblem(code: string): ProgramProblem | null {
  try {
    compileSource(code, createSession(), FILENAME);
    return null;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const message = error.reason === 'unsupported' ? error.detail : `${error.pythonType}: ${error.detail}`;
    return { kind: error.reason, line: error.line > 0 ? error.line : null, col: error.col, message };
  }
}

/** The innermost `line N` of a traceback: where the exception was raised. */
function raisedAt(stderr: string): number | null {
  const lines = [...stderr.matchAll(/line (\d+)/g)].map((match) => Number(match[1]));
  return lines.length > 0 ? lines[lines.length - 1]! : null;
}

export function checkProgram(code: string): ProgramCheck {
  const refused = compileProblem(code);
  if (refused) return { ok: false, error: refused };
  const run = runSource(code, { maxSteps: PACK_STEP_BUDGET, maxMillis: PACK_RUN_MILLIS, filename: FILENAME });
  switch (run.exitCode) {
    case 0:
      return { ok: true, stdout: run.stdout };
    case 1:
      return { ok: false, error: { kind: 'runtime', line: raisedAt(run.stderr), col: 0, message: lastLine(run.stderr) } };
    case 2: // outside the subset, found while running (an import, a builtin the engine lacks)
      return { ok: false, error: { kind: 'unsupported', line: raisedAt(run.stderr), col: 0, message: lastLine(run.stderr).replace(/ at line \d+$/, '') } };
    case 3:
      return { ok: false, error: { kind: 'runtime', line: null, col: 0, message: lastLine(run.stderr).replace(/^RefQuest: /, '') } };
    default: {
      const never: never = run.exitCode;
      return never;
    }
  }
}
