// The command line as a user runs it: `tsx electron/engine/cli.ts run|trace FILE`, compared
// with `python3 FILE` on the same temporary files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTraceFile } from './trace/trace-file';

const dir = mkdtempSync(join(tmpdir(), 'refquest-cli-'));
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'electron', 'engine', 'cli.ts');

function file(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

function engine(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function python(path: string) {
  const r = spawnSync('python3', [path], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1]!;
}

const PROGRAMS = {
  'aliasing.py': 'a = [1, 2]\nb = a\nb.append(3)\nprint(a, a is b)\ngrid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n',
  'refcounts.py': 'import sys\nx = [1]\ny = [x, x]\nprint(sys.getrefcount(x) - 1)\ndef f(v):\n    return sys.getrefcount(v) - 1\nprint(f(x))\n',
  'cycle.py': 'import gc\nclass N:\n    def __del__(self):\n        print("del", self.name)\nn = N()\nn.name = "a"\nn.me = n\ndel n\nprint(gc.collect())\nd = {i: str(i) for i in range(5)}\nprint(d, sum(d))\n',
};

describe('engine CLI', { timeout: 60_000 }, () => {
  it('run prints what python3 prints', () => {
    for (const [name, source] of Object.entries(PROGRAMS)) {
      const path = file(name, source);
      const want = python(path);
      expect(want.status).toBe(0);
      const got = engine('run', path);
      expect({ name, stdout: got.stdout, status: got.status }).toEqual({ name, stdout: want.stdout, status: 0 });
    }
  });

  it('an uncaught exception ends stderr with CPython\'s last line and exits 1', () => {
    const path = file('boom.py', 'xs = [1, 2]\nprint("before")\nprint(xs[5])\n');
    const want = python(path);
    const got = engine('run', path);
    expect(got.status).toBe(1);
    expect(got.stdout).toBe(want.stdout);
    expect(lastLine(got.stderr)).toBe(lastLine(want.stderr));
    expect(lastLine(got.stderr)).toBe('IndexError: list index out of range');
  });

  it('a construct outside the subset exits 2 with a message naming it', () => {
    const path = file('with.py', 'x = 1\nwith open("f") as fh:\n    pass\n');
    const got = engine('run', path);
    expect(got.status).toBe(2);
    expect(got.stderr).toMatch(/unsupported: .*with.* at line 2/);
    expect(got.stdout).toBe('');
  });

  it('trace writes a trace file (refquest-trace/2) that the reader turns back into steps and their events', () => {
    const path = file('trace.py', 'a = [1]\nb = a\ndel a\nprint(b)\n');
    const got = engine('trace', path);
    expect(got.status).toBe(0);
    const trace = readTraceFile(JSON.parse(got.stdout));
    expect(trace.result.stdout).toBe('[1]\n');
    const line2 = trace.steps.find((s) => s.kind === 'line' && s.line === 2)!;
    expect(line2.events.map((e) => e.explanation)).toContainEqual(expect.stringMatching(/^`b = a`: b now refers to list #\d+, refcount 1 → 2$/));
    // and `snapshot` rebuilds a step from the file
    const tracePath = file('trace.json', got.stdout);
    const snap = engine('snapshot', tracePath, String(line2.index));
    expect(snap.status).toBe(0);
    expect(JSON.parse(snap.stdout)).toEqual(trace.snapshot(line2.index));
    expect(engine('snapshot', path, '0').stderr).toMatch(/is not valid JSON|Unexpected token/);
  });

  it('trace --max-steps stops with a clear message and exit 3', () => {
    const path = file('loop.py', 'i = 0\nwhile True:\n    i += 1\n');
    const got = engine('trace', path, '--max-steps', '100');
    expect(got.status).toBe(3);
    expect(got.stderr).toMatch(/stopped after 100 steps/);
    const trace = readTraceFile(JSON.parse(got.stdout));
    expect(trace.stopped).toMatch(/stopped after 100 steps/);
    expect(trace.steps.filter((s) => s.kind === 'line')).toHaveLength(100);
  });
});
