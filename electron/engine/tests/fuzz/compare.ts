// What a fuzzed program's two runs must agree on: the corpus's rule (stdout, exit status, the
// final traceback line on failure). A refusal (exit 2) is the engine saying "outside my
// subset", not a difference; it is counted apart so a generator drifting outside shows.
import type { RunResult } from '../../index';
import { finalLine, type PythonRun } from '../python-oracle';

export type Verdict = 'same' | 'differs' | 'refused';

export interface Observed {
  readonly stdout: string;
  readonly exitCode: number;
  readonly finalStderrLine: string;
}

export function observed(run: { stdout: string; stderr: string; exitCode: number }): Observed {
  return { stdout: run.stdout, exitCode: run.exitCode, finalStderrLine: run.exitCode === 0 ? '' : finalLine(run.stderr) };
}

export function verdict(python: PythonRun, engine: RunResult): Verdict {
  if (engine.exitCode === 2) return 'refused';
  const a = observed(python);
  const b = observed(engine);
  return a.stdout === b.stdout && a.exitCode === b.exitCode && a.finalStderrLine === b.finalStderrLine ? 'same' : 'differs';
}

/** the first output line on which the two runs part, as "python | engine" */
export function firstDifference(python: PythonRun, engine: RunResult): string {
  const a = python.stdout.split('\n');
  const b = engine.stdout.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: python ${JSON.stringify(a[i] ?? '<end>')} | engine ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return `exit python ${python.exitCode} ${finalLine(python.stderr)} | engine ${engine.exitCode} ${finalLine(engine.stderr)}`;
}
