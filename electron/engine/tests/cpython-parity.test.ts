// Engine vs CPython: every program of the corpus runs through python3 (the oracle) and through
// the engine; stdout, exit status and the final traceback line must be identical.
// No expected output is typed by hand: python3 computes it (cached by program text).
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runProgram } from '../index';
import { knownDifferences, nowMatches } from './known-differences';
import { finalLine, listPrograms, oracleResults, PROGRAMS_DIR } from './python-oracle';

// Fail the whole file loudly, not test by test, while the engine has no entry point.
if (typeof runProgram !== 'function') {
  throw new Error('electron/engine/index.ts does not export runProgram(source, options?)');
}

const MIN_PROGRAMS = 320;
const programs = listPrograms();
const oracle = await oracleResults(programs);

function topicOf(file: string): string {
  return relative(PROGRAMS_DIR, file).split(sep)[0]!;
}

/** what both interpreters must agree on; stderr matters by its last line, and only on failure */
interface Observed {
  readonly stdout: string;
  readonly exitCode: number;
  readonly finalStderrLine: string;
}

function observe(stdout: string, stderr: string, exitCode: number): Observed {
  return { stdout, exitCode, finalStderrLine: exitCode === 0 ? '' : finalLine(stderr) };
}

describe('the corpus itself', () => {
  test(`holds at least ${MIN_PROGRAMS} programs`, () => {
    expect(programs.length).toBeGreaterThanOrEqual(MIN_PROGRAMS);
  });

  test('every program runs to completion under python3 (exit 0, or 1 with a traceback)', () => {
    const broken = programs.filter((file) => {
      const run = oracle.get(file)!;
      return !(run.exitCode === 0 || (run.exitCode === 1 && finalLine(run.stderr) !== ''));
    });
    expect(broken.map((file) => relative(PROGRAMS_DIR, file))).toEqual([]);
  });

  test('only syntax/ programs fail to compile, and all of them do', () => {
    const misplaced = programs.filter((file) => {
      const isSyntaxError = /^(SyntaxError|IndentationError|TabError)\b/.test(
        finalLine(oracle.get(file)!.stderr),
      );
      return isSyntaxError !== (topicOf(file) === 'syntax');
    });
    expect(misplaced.map((file) => relative(PROGRAMS_DIR, file))).toEqual([]);
  });
});

describe('engine matches CPython 3.11', () => {
  for (const file of programs) {
    const name = relative(PROGRAMS_DIR, file).split(sep).join('/');
    test(name, async () => {
      const run = oracle.get(file)!;
      const expected = observe(run.stdout, run.stderr, run.exitCode);
      const result = await runProgram(readFileSync(file, 'utf8'));
      const actual = observe(result.stdout, result.stderr, result.exitCode);
      // a program listed in known-differences.json must still differ, so the list only shrinks
      if (knownDifferences.has(name)) expect(actual, nowMatches(name)).not.toEqual(expected);
      else expect(actual).toEqual(expected);
    });
  }
});
