// What CPython itself says about a level's program, so the specs can play the right answers
// without typing any CPython result by hand: python3 runs the level's code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface LevelFacts {
  readonly title: string;
  readonly code: string;
  /** `left is right` after the first `afterLine` lines have run */
  isSame(afterLine: number, left: string, right: string): boolean;
  /** everything the program prints, as CPython prints it */
  readonly stdout: string;
}

export function levelFacts(file: string): LevelFacts {
  const level = parse(readFileSync(file, 'utf8')) as { title: string; code: string };
  const run = (source: string) => execFileSync('python3', ['-c', source], { encoding: 'utf8' });
  const lines = level.code.split('\n');
  return {
    title: level.title,
    code: level.code,
    stdout: run(level.code),
    isSame: (afterLine, left, right) => {
      const prefix = lines.slice(0, afterLine).join('\n');
      const probe = `import io, contextlib\nwith contextlib.redirect_stdout(io.StringIO()):\n    exec(${JSON.stringify(prefix)})\nprint(${left} is ${right})`;
      return run(probe).trim() === 'True';
    },
  };
}
