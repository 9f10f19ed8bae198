// The three puzzle mechanics on real engine traces: draw the heap (compared up to relabeling,
// with its differences), make this heap (any program that ends in the target state), spot the
// leak (the unreachable cycles), and what the public view shows of each.
import { describe, expect, it } from 'vitest';
import { engineSolver } from '../answers';
import { publicQuestions } from '../public-view';
import { answerDiff, answerShapeProblem, isCorrect } from '../rules';
import type { LevelDefinition, LevelQuestion } from '../schema';

const level = (code: string, questions: LevelQuestion[]): LevelDefinition => ({
  id: 'test', title: 'T', concepts: ['x'], difficulty: 1, intro: 'i', code, questions, hints: ['h'], explain: 'e',
});

describe('draw the heap', () => {
  const def = level('grid = [[0] * 3] * 3\nrow = grid[0]\n', [{ kind: 'heap', after: 2 }]);
  const solved = engineSolver.solve(def);
  const correct = solved.questions[0]!.correct;
  const [question] = publicQuestions(def);

  it('offers a palette with decoys and no arrows', () => {
    if (question?.kind !== 'heap') throw new Error('expected a heap question');
    expect(question.names).toEqual(['grid', 'row']);
    const rows = question.palette.filter((o) => o.slots.every((s) => s.value === '0'));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(question)).not.toContain('"edges"');
  });

  it('accepts the right drawing with other look-alike objects, and reports a split row', () => {
    if (correct.kind !== 'heap') throw new Error('expected a heap answer');
    const outer = correct.edges.find((e) => e.from === 'grid')!.to;
    const row = correct.edges.find((e) => e.from === 'row')!.to;
    const otherRow = `${row.replace(/\d+$/, '')}2`;
    const otherOuter = `${outer.replace(/\d+$/, '')}2`;
    const relabelled = {
      kind: 'heap' as const,
      edges: [{ from: 'grid', to: otherOuter }, { from: 'row', to: otherRow }, ...[0, 1, 2].map((i) => ({ from: `${otherOuter}[${i}]`, to: otherRow }))],
    };
    expect(isCorrect(relabelled, { correct })).toBe(true);
    const split = { kind: 'heap' as const, edges: relabelled.edges.map((e) => (e.from.endsWith('[2]') ? { ...e, to: `${otherRow.replace(/\d+$/, '')}3` } : e)) };
    expect(isCorrect(split, { correct })).toBe(false);
    expect(answerDiff(split, { correct })).toEqual({ kind: 'heap', missing: [], wrong: [`${otherOuter}[2]`], extra: [] });
    const partial = { kind: 'heap' as const, edges: [{ from: 'grid', to: outer }, { from: 'nobody', to: row }] };
    expect(answerDiff(partial, { correct })).toEqual({ kind: 'heap', missing: ['row', `${outer}[0]`, `${outer}[1]`, `${outer}[2]`], wrong: [], extra: ['nobody'] });
  });

  it('refuses a source drawn twice', () => {
    expect(answerShapeProblem(def.questions[0]!, { kind: 'heap', edges: [{ from: 'a', to: 'A1' }, { from: 'a', to: 'A2' }] })).toMatch(/twice/);
  });
});

describe('make this heap', () => {
  const make: LevelQuestion = {
    kind: 'make',
    target: { code: 'a = [1]\nb = [a, a]\n' },
    lines: ['b = [a, a]', 'a = [1]', 'b = [a, [1]]', 'c = a'],
  };
  const def = level('x = 1\ny = 2\nz = 3\n', [make]);
  const key = engineSolver.solve(def).questions[0]!;
  const { correct } = key;

  it('answers with the reference order and judges by running the program', () => {
    expect(correct).toEqual({ kind: 'make', order: [1, 0] });
    expect(isCorrect({ kind: 'make', order: [1, 0] }, key)).toBe(true);
    // another order that ends in the same heap is right too: the rebinding frees [a, [1]]
    expect(isCorrect({ kind: 'make', order: [1, 2, 0] }, key)).toBe(true);
    expect(isCorrect({ kind: 'make', order: [1, 2] }, key)).toBe(false);
    expect(() => isCorrect({ kind: 'make', order: [1, 0] }, { correct })).toThrow(/needs its judge/);
    const diff = answerDiff({ kind: 'make', order: [1, 2] }, key);
    expect(diff?.kind === 'make' && diff.notes.join(' ')).toMatch(/b\[1\]/);
    const extra = answerDiff({ kind: 'make', order: [1, 0, 3] }, key);
    expect(extra?.kind === 'make' && extra.notes.join(' ')).toMatch(/no name `c`/);
    const crash = answerDiff({ kind: 'make', order: [0, 1] }, key);
    expect(crash?.kind === 'make' && crash.notes.join(' ')).toMatch(/NameError/);
  });

  it('shows the target drawing, never the reference program', () => {
    const [question] = publicQuestions(def);
    if (question?.kind !== 'make') throw new Error('expected a make question');
    expect(question.target.names).toEqual(['a', 'b']);
    expect(question.target.edges).toHaveLength(4);
    expect(JSON.stringify(question)).not.toContain('target": {"code');
  });
});

describe('spot the leak', () => {
  const def = level('import gc\ngc.disable()\na = []\nb = [a]\na.append(b)\nc = [a]\nd = []\ndel a, b, c, d\n', [{ kind: 'leak', after: 8 }]);

  it('finds the ring, and the public view lists candidates from the state before the line', () => {
    const correct = engineSolver.solve(def).questions[0]!.correct;
    expect(correct).toEqual({ kind: 'leak', objects: ['a', 'b'] });
    const [question] = publicQuestions(def);
    if (question?.kind !== 'leak') throw new Error('expected a leak question');
    expect(question.candidates.map((c) => c.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(JSON.stringify(question.candidates)).not.toMatch(/unreachable|freed|reachable/);
    expect(isCorrect({ kind: 'leak', objects: ['b', 'a'] }, { correct })).toBe(true);
    expect(isCorrect({ kind: 'leak', objects: ['a', 'b', 'c'] }, { correct })).toBe(false);
  });
});
