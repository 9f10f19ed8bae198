// The engine's budgets hold inside one operation: a string, list or int past the memory cap is
// refused before it is built, a power whose time alone passes the deadline is stopped before it
// starts, output past the limit is never written, and a program nested too deep to compile is
// CPython's own RecursionError. None of these may escape as a JavaScript error.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index';

const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';
const python = (code: string) => execFileSync('python3', ['-c', code], { encoding: 'utf8' });

describe('budgets inside one operation', () => {
  it.each([
    "x = 'a'.zfill(10 ** 9)",
    "x = 'ab'.center(10 ** 9)",
    "x = 'ab'.rjust(10 ** 9, '*')",
    "x = format(5, '999999999')",
    "x = format(1.5, '.999999999f')",
    "x = '%999999999d' % 5",
    "x = f'{5:>999999999}'",
    "x = 'x' * 10 ** 9",
    "x = [0] * 10 ** 9",
    "x = ('ab' * 10 ** 6).replace('a', 'x' * 300)",
    "x = ('a\\tb' * 10 ** 6).expandtabs(10 ** 6)",
    'x = 10 ** 10 ** 10',
    'x = 1 << 10 ** 10',
  ])('%s is the simulator\'s MemoryError, raised before anything is built', (code) => {
    const started = performance.now();
    const run = runProgram(code);
    expect(run.exitCode).toBe(1);
    expect(lastLine(run.stderr)).toMatch(/^MemoryError: the simulator's memory cap \(256 MB\) would be exceeded by /);
    // refused up front: no gigabyte was built first (a generous bound for a loaded machine)
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('catches that MemoryError like any other', () => {
    expect(runProgram("try:\n    x = 'a'.zfill(10 ** 9)\nexcept MemoryError:\n    print('too big')\n").stdout).toBe('too big\n');
  });

  it.each(['x = 10 ** 10 ** 8', 'x = pow(7, 10 ** 8)', 'x = 9 ** 9 ** 9'])('%s stops at once when its time alone would pass the deadline', (code) => {
    const started = performance.now();
    const run = runProgram(code, { maxMillis: 2_000 });
    expect(run).toMatchObject({ exitCode: 3, stoppedBy: 'time' });
    expect(lastLine(run.stderr)).toMatch(/^RefQuest: stopped: an int of about [\d,]+ digits would take longer than the 2-second limit/);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('still computes big ints that fit, as CPython does', () => {
    const code = 'x = 7 ** 100_000\nprint(x % 1000)\ny = 3 ** (2 * 10 ** 5) * 5 ** 10 ** 5\nprint(y % 10 ** 9)\nprint((1 << 100_000) % 997)\n';
    expect(runProgram(code).stdout).toBe(python(code));
  });

  it('writes no output past the limit', () => {
    const run = runProgram("s = 'x' * 1000\nwhile True:\n    print(s)\n", { maxSteps: 10_000_000, maxMillis: 60_000 });
    expect(run.exitCode).toBe(3);
    expect(lastLine(run.stderr)).toBe('RefQuest: stopped: the program printed more than 8,000,000 characters');
    expect(run.stdout.length).toBe(8_000_000);
  });

  it('refuses a program nested deeper than CPython compiles, exactly where CPython does', () => {
    for (const terms of [2999, 3000, 20_000]) {
      const code = `x = ${Array(terms).fill('1').join(' + ')}\nprint(x)\n`;
      const run = runProgram(code);
      let expected: string;
      try {
        expected = python(code);
      } catch (error) {
        expected = lastLine((error as { stderr: string }).stderr);
      }
      expect(run.exitCode === 0 ? run.stdout : lastLine(run.stderr)).toBe(expected);
    }
    expect(runProgram(`x = ${Array(20_000).fill('1').join(' + ')}\n`).stderr).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
  });
});

describe('the engine CLI on a pipe', () => {
  it('writes all of a long output through `| cat`, as python3 does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'refquest-cli-pipe-'));
    try {
      const file = path.join(dir, 'big.py');
      await writeFile(file, "x = 'abcdefghij' * 50\nfor i in range(5000):\n    print(i, x)\n");
      const repo = path.resolve(import.meta.dirname, '../../..');
      const viaEngine = execSync(`npm run -s engine -- run ${JSON.stringify(file)} | cat | wc -c`, { cwd: repo, encoding: 'utf8' });
      const viaPython = execSync(`python3 ${JSON.stringify(file)} | cat | wc -c`, { encoding: 'utf8' });
      expect(Number(viaEngine)).toBe(Number(viaPython));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
