// The engine's public face. Everything outside electron/engine imports from here.
import { runSource } from './run';

export type { Module } from './ast';
export { SourceError } from './source-error';
export { runSource, type ProgramOptions, type ProgramResult } from './run';

export interface RunOptions {
  /** stop with a clear message after this many steps (default 100,000) */
  readonly maxSteps?: number;
  /** stop with a clear message after this many milliseconds (default 5,000) */
  readonly maxMillis?: number;
}

export interface RunResult {
  /** exactly what `python3 file.py` writes to stdout */
  readonly stdout: string;
  /** a traceback whose last line is CPython's final line, e.g. `IndexError: list index out of range` */
  readonly stderr: string;
  /** 0 ok, 1 uncaught exception (or syntax error, as CPython), 2 construct outside the subset, 3 stopped by a budget */
  readonly exitCode: 0 | 1 | 2 | 3;
  /** with exit code 3: which budget stopped it, steps, time or memory (null: the JS stack ran out) */
  readonly stoppedBy?: 'steps' | 'memory' | 'time' | null;
}

/** Runs a whole program as `python3 file.py` would. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const { stdout, stderr, exitCode, stoppedBy } = runSource(source, options);
  return { stdout, stderr, exitCode, ...(stoppedBy !== undefined ? { stoppedBy } : {}) };
}
