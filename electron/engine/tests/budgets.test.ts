// Budgets: no program hangs the engine, exhausts its memory or overflows the JavaScript stack;
// each stops with a clear message (or the exception CPython would raise).
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index';

describe('budgets', () => {
  it('stops a program that loops forever at the step limit, with a clear message', () => {
    const r = runProgram('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 5_000 });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/stopped after 5,000 steps/);
  });

  it('stops one line of unbounded work at the time limit: a builtin loop, a generator, big copies', () => {
    const programs = [
      'print(sum(range(10**12)))\n',
      'print(any(x < 0 for x in range(10**12)))\n',
      'x = [0] * 10**6\nwhile True:\n    x = x + [1]\n',
    ];
    for (const program of programs) {
      const started = performance.now();
      const r = runProgram(program, { maxMillis: 300 });
      expect(r.exitCode, program).toBe(3);
      expect(r.stderr, program).toMatch(/stopped after 0\.3 seconds: the program runs too long/);
      expect(performance.now() - started, program).toBeLessThan(1_500);
    }
  });

  it('raises MemoryError (not a RecursionError) when small objects reach the memory cap', () => {
    const r = runProgram('big = [0] * 33_000_000\ntry:\n    small = [str(i) for i in range(10**6)]\nexcept MemoryError:\n    print("caught")\n');
    expect(r.stdout).toBe('caught\n');
  });

  it('keeps the output printed before the step limit', () => {
    const r = runProgram("print('start')\nwhile True:\n    pass\n", { maxSteps: 1_000 });
    expect(r.stdout).toBe('start\n');
  });

  it('raises MemoryError for a huge allocation instead of trying it', () => {
    const started = performance.now();
    const r = runProgram('x = [0] * 10**9\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^MemoryError/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('lets a program catch the MemoryError', () => {
    const r = runProgram("try:\n    x = 'ab' * 10**12\nexcept MemoryError:\n    print('too big')\n");
    expect(r.stdout).toBe('too big\n');
  });

  it('raises RecursionError for unbounded recursion (the depth is checked against CPython in the corpus)', () => {
    const r = runProgram('depth = 0\ndef f():\n    global depth\n    depth += 1\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print(depth > 900)\n');
    expect(r.stdout).toBe('True\n');
  });

  it('refuses source nested beyond reason with a syntax error, not a crash', () => {
    const r = runProgram('x = ' + '('.repeat(5_000) + '1' + ')'.repeat(5_000) + '\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError|too many nested/);
  });

  it('frees a 30,000-deep chain of lists without overflowing the stack', () => {
    const r = runProgram('head = None\nfor i in range(30000):\n    head = [head]\nhead = None\nprint("freed")\n', { maxSteps: 200_000 });
    expect(r.stdout).toBe('freed\n');
  });
});
