// The engine's public face. Everything outside electron/engine imports from here.
export type { Module } from './ast';
export { SourceError } from './source-error';

export interface RunOptions {
  /** stop with a clear message after this many steps (default 100,000) */
  readonly maxSteps?: number;
  /** record the step-by-step trace (slower; off for plain runs) */
  readonly trace?: boolean;
}

export interface RunResult {
  /** exactly what `python3 file.py` writes to stdout */
  readonly stdout: string;
  /** a traceback whose last line is CPython's final line, e.g. `IndexError: list index out of range` */
  readonly stderr: string;
  /** 0 ok, 1 uncaught exception (or syntax error, as CPython), 2 construct outside the subset */
  readonly exitCode: 0 | 1 | 2;
}
