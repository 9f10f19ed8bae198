// The list of CPython's builtin names is CPython's own: python3 prints it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CPYTHON_BUILTINS } from './cpython-builtins';

describe('CPYTHON_BUILTINS', () => {
  it("is python3's dir(builtins) without the other dunders", () => {
    const printed = execFileSync('python3', ['-c', "import builtins\nfor n in dir(builtins):\n    if not n.startswith('__') or n in ('__import__', '__build_class__'): print(n)"], { encoding: 'utf8' });
    expect([...CPYTHON_BUILTINS].sort()).toEqual(printed.trim().split('\n').sort());
  });
});
