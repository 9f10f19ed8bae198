// The checker's first wall: a level's program goes to CPython only once the engine has run it
// and accepted it. The engine has no os, no open, no exec (engine/README), so a program that
// reaches for them is refused here, before any interpreter with those powers sees it. A program
// that fails only because the engine lacks a builtin CPython has (NameError: name 'open' ...)
// is refused too: in CPython it would do what the engine could not.
import { execFileSync } from 'node:child_process';
import type { EngineRun } from './check';

const lastLine = (text: string): string => text.trimEnd().split('\n').pop() ?? '';

/** Why CPython must not be given this program, or null when the engine accepted it. */
export function engineRefusal(run: EngineRun, cpythonBuiltins: ReadonlySet<string>): string | null {
  if (run.exitCode === 2 || run.exitCode === 3) return `the engine cannot run it (so CPython is not asked): ${lastLine(run.stderr)}`;
  const missing = /^NameError: name '([A-Za-z_]\w*)' is not defined/.exec(lastLine(run.stderr));
  if (run.exitCode === 1 && missing && cpythonBuiltins.has(missing[1]!)) {
    return `it calls ${missing[1]}, a builtin the simulator does not provide (so CPython is not asked)`;
  }
  return null;
}

/** The names in CPython's builtins module (asked once; no level code involved). */
export function cpythonBuiltins(): Set<string> {
  const text = execFileSync('python3', ['-I', '-c', 'import builtins, json; print(json.dumps(dir(builtins)))'], { encoding: 'utf8', timeout: 30_000 });
  return new Set(JSON.parse(text) as string[]);
}
