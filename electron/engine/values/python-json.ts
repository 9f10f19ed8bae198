// Test helper: run a Python script in one python3 process (hash seed 0), JSON on stdin and
// JSON back on stdout, so a whole batch of CPython cases costs one process start.
import { execFileSync } from 'node:child_process';

export function python(script: string, input: unknown): unknown {
  const stdout = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  return JSON.parse(stdout);
}
