// Python Tutor's own example programs, unedited (programs/pytutor/README.md): written for another
// tool, by other people. Each must print exactly what CPython prints, or be refused clearly
// (exit 2, a message naming the construct). A wrong result is a failure unless it is listed in
// known-differences.json, and a listed program that stops being wrong is a failure too.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runProgram, type RunResult } from '../index';
import { knownDifferences, nowMatches } from './known-differences';
import { finalLine, listPrograms, oracleResults, PROGRAMS_DIR, type PythonRun } from './python-oracle';

const PYTUTOR_DIR = join(PROGRAMS_DIR, 'pytutor');
const programs = listPrograms(PYTUTOR_DIR, '.txt');
const oracle = await oracleResults(programs);

type Outcome = 'identical' | 'refused' | 'wrong';

/** CPython's object reprs carry addresses that change from run to run: no run can match them */
function withoutAddresses(stdout: string): string {
  return stdout.replace(/ at 0x[0-9a-f]+/g, ' at 0x…');
}

function outcomeOf(expected: PythonRun, actual: RunResult): Outcome {
  if (actual.exitCode === 2 && finalLine(actual.stderr).startsWith('unsupported: ')) return 'refused';
  const same =
    withoutAddresses(actual.stdout) === withoutAddresses(expected.stdout) &&
    actual.exitCode === expected.exitCode &&
    (expected.exitCode === 0 || finalLine(actual.stderr) === finalLine(expected.stderr));
  return same ? 'identical' : 'wrong';
}

const counts: Record<Outcome, string[]> = { identical: [], refused: [], wrong: [] };

describe('Python Tutor programs: identical to CPython or refused clearly', () => {
  test(`the folder holds the 134 programs taken`, () => {
    expect(programs.length).toBe(134);
  });

  for (const file of programs) {
    const name = relative(PROGRAMS_DIR, file).split(sep).join('/');
    test(name, () => {
      const expected = oracle.get(file)!;
      const actual = runProgram(readFileSync(file, 'utf8'));
      const outcome = outcomeOf(expected, actual);
      counts[outcome].push(name);
      const detail = {
        python: { stdout: expected.stdout, exit: expected.exitCode, last: finalLine(expected.stderr) },
        engine: { stdout: actual.stdout, exit: actual.exitCode, last: finalLine(actual.stderr) },
      };
      if (knownDifferences.has(name)) {
        expect(outcome, nowMatches(name)).toBe('wrong');
      } else {
        // a wrong result shows both runs in the failure
        expect(outcome === 'wrong' ? detail : 'identical or refused').toEqual('identical or refused');
      }
    });
  }

  afterAll(() => {
    const line = (Object.keys(counts) as Outcome[]).map((k) => `${k} ${counts[k].length}`).join(', ');
    console.log(`Python Tutor programs: ${line}${counts.wrong.length ? `\n  wrong: ${counts.wrong.join(', ')}` : ''}`);
  });
});
