// The differential fuzzer's fixed seed in `npm test`: programs generated from the whole subset
// (generate.ts) must print what CPython prints. CPython's results come from fresh python3 runs,
// cached by program text. Programs still known to differ are listed, with their mechanism, in
// expected-differences.json: a listed program must still differ (so the list only shrinks),
// any other must match. After a fix, `run.ts --prune` drops the entries that now match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runProgram } from '../../index';
import { oracleResults } from '../python-oracle';
import { firstDifference, observed, verdict } from './compare';
import { EXPECTED, FIXED_COUNT, FIXED_SEED } from './expected';
import { generateProgram } from './generate';

const programs = Array.from({ length: FIXED_COUNT }, (_, k) => generateProgram(FIXED_SEED, k));
const dir = join(tmpdir(), `refquest-fuzz-${FIXED_SEED}`);
mkdirSync(dir, { recursive: true });
const files = programs.map((program, k) => {
  const file = join(dir, `p${k}.py`);
  writeFileSync(file, program.source);
  return file;
});
const oracle = await oracleResults(files);

describe(`fuzzed programs (seed ${FIXED_SEED}) print the same in the engine as in CPython`, () => {
  test('the generated programs run under python3 (exit 0, or 1 with a traceback)', () => {
    const broken = files.filter((file) => ![0, 1].includes(oracle.get(file)!.exitCode));
    expect(broken).toEqual([]);
  });

  programs.forEach((program, k) => {
    test(`program ${k}`, () => {
      const python = oracle.get(files[k]!)!;
      const engine = runProgram(program.source);
      const known = EXPECTED.get(k);
      if (known !== undefined) {
        expect(verdict(python, engine), `program ${k} now matches CPython: run.ts --prune drops it (${known})`).toBe('differs');
      } else {
        const message = `${program.source}\n${firstDifference(python, engine)}`;
        expect(observed(engine), message).toEqual(observed(python));
      }
    });
  });
});
