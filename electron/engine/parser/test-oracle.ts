// Test-only helpers: run CPython on a batch of programs, and put our AST in the JSON shape that
// cpython_ast.py produces, so the two can be compared with one deep equality.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Module } from '../ast';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Runs `script` (a file beside this one) with `input` as JSON on stdin; returns its JSON. */
export function runPythonJson<T>(script: string, input: unknown): T {
  const result = spawnSync('python3', [HERE + script], {
    input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python3 ${script} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export type CPythonResult =
  | { readonly ok: unknown }
  | { readonly outside: string }
  | { readonly error: { readonly type: string; readonly msg: string; readonly lineno: number; readonly offset: number } };

export function cpythonParse(sources: readonly string[]): CPythonResult[] {
  return runPythonJson<CPythonResult[]>('cpython_ast.py', sources);
}

/** Our Module as plain JSON: bigints as strings, bytes as arrays, comprehensions without spans. */
export function canonical(module: Module): unknown {
  const json = JSON.stringify(module, (key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Uint8Array) return [...value];
    if (typeof value === 'number' && !Number.isFinite(value)) return 'inf';
    if (key === 'generators' && Array.isArray(value)) {
      // CPython's comprehension nodes carry no positions
      return value.map((g: Record<string, unknown>) => ({ target: g['target'], iter: g['iter'], ifs: g['ifs'] }));
    }
    return value;
  });
  return JSON.parse(json);
}
