// The version tables: which differences count (a 32-bit build's sizes do not), what the checker
// demands of a level (a table generated for its current code; a note exactly when a version
// differs), and that the shipped tables are what the Pythons on this machine answer today.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlayerAnswer } from '../../api';
import { canonical } from '../canonical-answer';
import { campaignOrder, loadCatalog, type CatalogLevel } from '../catalog';
import type { LevelQuestion } from '../schema';
import { generateTables, plainOutput, staleTables } from './generate';
import { findInterpreters } from './interpreters';
import { otherVersionsOf, versionsThatDiffer } from './other-versions';
import { differences, formatTable, GENERATED_BY, levelHash, parseTable, TABLE_FORMAT, type VersionTable } from './version-table';
import { versionProblems } from './version-rules';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../../levels');

const questions: LevelQuestion[] = [
  { kind: 'refcount', after: 2, expr: 'x' },
  { kind: 'size', after: 2, exprs: ['x'] },
];
const CODE = 'x = []\ny = x\n';
const count = (n: number): PlayerAnswer => ({ kind: 'refcount', count: n });
const bytes = (n: number): PlayerAnswer => ({ kind: 'size', bytes: n });

function table(versions: VersionTable['versions'], code = 'x = []\ny = x\n'): VersionTable {
  return { format: TABLE_FORMAT, generatedBy: GENERATED_BY, levelHash: levelHash({ code, questions }), versions };
}

function level(versions: VersionTable | undefined, versionNote?: string): CatalogLevel {
  return {
    worldId: 'w',
    path: 'levels/w/01-a.yaml',
    definition: {
      id: 'a', title: 'A', concepts: ['c'], difficulty: 1, intro: 'I.', code: 'x = []\ny = x\n', questions,
      hints: ['h1', 'h2'], explain: 'E.', ...(versionNote ? { versionNote } : {}),
    },
    ...(versions ? { versions } : {}),
  };
}

const v311 = { python: '3.11.7', bits: 64 as const, answers: [count(2), bytes(56)] };

describe('version differences', () => {
  it('reports a version whose answer differs, and not one that agrees', () => {
    const t = table({ '3.11': v311, '3.10': { python: '3.10.13', bits: 64, answers: [count(3), bytes(56)] }, '3.12': { ...v311, python: '3.12.1' } });
    const found = differences(t, { code: CODE, questions }, canonical);
    expect(found[0]!.map((d) => [d.version, d.answer])).toEqual([['3.10', count(3)]]);
    expect(found[1]).toEqual([]);
  });

  it("leaves out a 32-bit build's sizes but keeps its counts", () => {
    const t = table({ '3.11': v311, '3.14': { python: 'Pyodide', bits: 32, answers: [count(1), bytes(28)] } });
    const found = differences(t, { code: CODE, questions }, canonical);
    expect(found[0]!.map((d) => d.version)).toEqual(['3.14']);
    expect(found[1]).toEqual([]);
  });

  it("leaves out a 32-bit build's output when the program prints sizes", () => {
    const printed: LevelQuestion[] = [{ kind: 'output', line: 2 }];
    const out = (text: string): PlayerAnswer => ({ kind: 'output', text });
    const t = table({ '3.11': { ...v311, answers: [out('56\n')] }, '3.14': { python: 'Pyodide', bits: 32, answers: [out('28\n')] } });
    expect(differences(t, { code: 'import sys\nprint(sys.getsizeof([]))\n', questions: printed }, canonical)).toEqual([[]]);
    expect(differences(t, { code: 'print(56)\n', questions: printed }, canonical)[0]!.map((d) => d.version)).toEqual(['3.14']);
  });

  it('skips a version that could not answer', () => {
    const t = table({ '3.11': v311, '3.13': { python: '3.13.0', bits: 64, answers: [null, { error: 'NameError: x' }] } });
    expect(differences(t, { code: CODE, questions }, canonical)).toEqual([[], []]);
  });

  it('round-trips the file format', () => {
    const t = table({ '3.11': v311 });
    expect(parseTable(formatTable(t))).toEqual({ table: t });
    expect(parseTable('{"format": 99}')).toEqual({ problem: 'format 99, expected 1' });
    expect(parseTable('not json')).toMatchObject({ problem: expect.stringContaining('not JSON') });
  });
});

describe("an output answer comes from the plain run's lines", () => {
  it('takes the same lines from the plain run when tracing changed what was printed', () => {
    // line 8 printed "5\n" under the tracer, "4\n" without it (CPython 3.10)
    expect(plainOutput('5\n2\n', '4\n2\n', [[0, 2]])).toBe('4\n');
    expect(plainOutput('a\nb\nc\n', 'a\nB\nc\n', [[2, 4], [4, 6]])).toBe('B\nc\n');
    expect(plainOutput('same\n', 'same\n', [[0, 5]])).toBe('same\n');
    // the plain run's shutdown prints more after the program's own lines
    expect(plainOutput('bye one\n', 'bye one\nbye two\n', [[0, 8]])).toBe('bye one\n');
  });

  it('gives up when the runs differ in lines or a slice splits a line', () => {
    expect(plainOutput('1\n2\n', '3\n', [[0, 2]])).toBeNull();
    expect(plainOutput('ab\n', 'xy\n', [[1, 3]])).toBeNull();
  });
});

describe('what the checker requires of a level', () => {
  const differing = table({ '3.11': v311, '3.10': { python: '3.10.13', bits: 64, answers: [count(3), bytes(56)] } });
  const agreeing = table({ '3.11': v311, '3.12': { ...v311, python: '3.12.1' } });

  it('a table, generated for the current code and questions', () => {
    expect(versionProblems(level(undefined)).map((p) => p.text)).toEqual([
      'levels/w/01-a.versions.json: missing: run `npm run -s levels -- versions --write`',
    ]);
    const stale = table({ '3.11': v311 }, 'x = [1]\n');
    expect(versionProblems(level(stale)).map((p) => p.text)[0]).toContain('out of date');
  });

  it('a versionNote exactly when a version differs', () => {
    expect(versionProblems(level(differing)).map((p) => p.text)).toEqual([
      'levels/w/01-a.yaml: versionNote: other Python versions answer questions[0] (3.10) differently: say why, once, in versionNote',
    ]);
    expect(versionProblems(level(differing, 'Because 3.10 kept the argument.'))).toEqual([]);
    expect(versionProblems(level(agreeing, 'A note.')).map((p) => p.text)).toEqual([
      'levels/w/01-a.yaml: versionNote: no other Python version answers differently: the note would mislead',
    ]);
  });

  it('gives the game the differing answers with the note, per question', () => {
    const l = level(differing, 'Because.');
    expect(otherVersionsOf(l, 0)).toEqual({ note: 'Because.', answers: [{ version: '3.10', answer: count(3) }] });
    expect(otherVersionsOf(l, 1)).toBeNull();
    expect(versionsThatDiffer(l)).toEqual(['3.10']);
  });
});

describe('the shipped version tables', () => {
  it('are what the Pythons on this machine answer (missing versions are skipped, and said so)', async () => {
    const levels = campaignOrder(await loadCatalog(LEVELS_DIR));
    const interpreters = findInterpreters();
    for (const i of interpreters) if (i.kind === 'missing') console.warn(`version table check: Python ${i.version} skipped: ${i.reason}`);
    const fresh = await generateTables(LEVELS_DIR, levels, interpreters);
    expect(staleTables(LEVELS_DIR, levels, fresh), 'run `npm run -s levels -- versions --write`').toEqual([]);
  }, 900_000);
});
