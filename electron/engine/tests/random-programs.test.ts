// Property: programs drawn at random from a grammar of the subset's memory operations
// (binding, aliasing, containers, deletion, cycles, __del__, gc.collect, refcounts, calls)
// print the same under the engine as under CPython. The programs come from a fixed seed, so
// CPython's results are cached between runs; set REFQUEST_FUZZ_SEED to explore new ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runProgram } from '../index';
import { finalLine, oracleResults } from './python-oracle';

type Kind = 'list' | 'dict' | 'node' | 'tuple';
const VARS = ['a', 'b', 'c', 'd', 'e'];

/** Turns a list of choices into a program, tracking what each name holds so every line makes sense. */
export function renderProgram(choices: readonly number[]): string {
  const lines = [
    'import sys, gc',
    'class Node:',
    '    def __init__(self, n):',
    '        self.n = n',
    '        self.link = None',
    '    def __repr__(self):',
    "        return 'Node(%d)' % self.n if False else 'Node(' + str(self.n) + ')'",
    '    def __del__(self):',
    "        print('del', self.n)",
    'def grow(item, bag=[]):',
    '    bag.append(item)',
    '    return bag',
  ];
  const held = new Map<string, Kind>();
  let counter = 0;
  let i = 0;
  const next = (n: number): number => (choices[i++ % Math.max(choices.length, 1)] ?? 0) % n;
  const pick = (): string => VARS[next(VARS.length)]!;
  const pickHeld = (kinds?: Kind[]): string | null => {
    const names = VARS.filter((v) => held.has(v) && (!kinds || kinds.includes(held.get(v)!)));
    return names.length ? names[next(names.length)]! : null;
  };
  const steps = Math.min(choices.length, 40);
  for (let s = 0; s < steps; s++) {
    const x = pick();
    const y = pickHeld();
    switch (next(14)) {
      case 0: lines.push(`${x} = [${y ?? ''}]`); held.set(x, 'list'); break;
      case 1: lines.push(`${x} = Node(${++counter})`); held.set(x, 'node'); break;
      case 2: if (y) { lines.push(`${x} = ${y}`); held.set(x, held.get(y)!); } break;
      case 3: { const l = pickHeld(['list']); if (l && y) lines.push(`${l}.append(${y})`); break; }
      case 4: if (held.has(x)) { lines.push(`del ${x}`); held.delete(x); } break;
      case 5: { const n = pickHeld(['node']); if (n && y) lines.push(`${n}.link = ${y}`); break; }
      case 6: if (y) lines.push(`print(sys.getrefcount(${y}))`); break;
      case 7: lines.push('print(gc.collect())'); break;
      case 8: { const z = pickHeld(); if (y && z) lines.push(`print(${y} is ${z}, ${y} == ${z})`); break; }
      case 9: if (y) { lines.push(`${x} = {'k': ${y}}`); held.set(x, 'dict'); } break;
      case 10: if (y) { lines.push(`${x} = (${y}, ${y})`); held.set(x, 'tuple'); } break;
      case 11: if (y) { lines.push(`${x} = grow(${y})`); held.set(x, 'list'); } break;
      case 12: { const l = pickHeld(['list']); if (l) lines.push(`print(len(${l}), sys.getsizeof(${l}))`); break; }
      case 13: { const l = pickHeld(['list', 'tuple']); if (l) lines.push(`for item in ${l}:\n    print(sys.getrefcount(${l}))`); break; }
    }
  }
  lines.push("print('end')");
  for (const v of VARS) if (held.has(v)) lines.push(`del ${v}`);
  // nothing may outlive the program: the order of __del__ at interpreter shutdown is its own topic
  lines.push("item = None", "grow.__defaults__[0].clear()", 'print(gc.collect())');
  return lines.join('\n') + '\n';
}

const seed = Number(process.env.REFQUEST_FUZZ_SEED ?? 20261125);
const programs = fc.sample(fc.array(fc.nat({ max: 1000 }), { minLength: 10, maxLength: 60 }), { seed, numRuns: 120 }).map(renderProgram);
const dir = join(tmpdir(), `refquest-fuzz-${seed}`);
mkdirSync(dir, { recursive: true });
const files = programs.map((p, k) => {
  const file = join(dir, `p${k}.py`);
  writeFileSync(file, p);
  return file;
});
const oracle = await oracleResults(files);

describe(`random programs (seed ${seed}) print the same in the engine as in CPython`, () => {
  files.forEach((file, k) => {
    test(`program ${k}`, () => {
      const py = oracle.get(file)!;
      const ours = runProgram(programs[k]!);
      expect({ stdout: ours.stdout, exit: ours.exitCode, last: ours.exitCode ? finalLine(ours.stderr) : '' }, programs[k])
        .toEqual({ stdout: py.stdout, exit: py.exitCode, last: py.exitCode ? finalLine(py.stderr) : '' });
    });
  });
});
