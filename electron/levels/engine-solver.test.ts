// The engine solver's answers on small levels. (Every shipped level's answers are cross-checked
// with CPython by the level checker: electron/levels/checker/campaign.test.ts.)
import { describe, expect, it } from 'vitest';
import { engineSolver, UnsolvableLevel } from './answers';
import { cachedTrace, stepView } from './mechanics/trace-cache';
import type { LevelDefinition } from './schema';


describe('engine solver', () => {
  const level = (code: string, questions: LevelDefinition['questions']): LevelDefinition => ({
    id: 'probe', title: 'Probe', concepts: ['test'], difficulty: 1, intro: 'x', code, questions, hints: ['h'], explain: 'e',
  });

  it('counts references after a line, as sys.getrefcount(x) - 1 does in CPython', () => {
    const sol = engineSolver.solve(level('a = [1]\nb = [a, a]\nc = a\n', [
      { kind: 'refcount', after: 1, expr: 'a' },
      { kind: 'refcount', after: 3, expr: 'a' },
    ]));
    expect(sol.questions.map((q) => q.correct)).toEqual([{ kind: 'refcount', count: 1 }, { kind: 'refcount', count: 4 }]);
  });

  it('tells freed-at-once from awaiting-the-collector, and what gc.collect() returns', () => {
    const sol = engineSolver.solve(level('import gc\nx = []\ny = [x]\nx.append(x)\ndel x, y\nn = gc.collect()\n', [
      { kind: 'freed', line: 5, candidates: ['x', 'y'] },
      { kind: 'collect', line: 6 },
    ]));
    expect(sol.questions[0]!.correct).toEqual({ kind: 'freed', freed: ['y'], unreachable: ['x'] });
    expect(sol.questions[1]!.correct).toEqual({ kind: 'collect', collected: 1 });
  });

  it('hides the steps that would give an answer away', () => {
    const code = 'a = [0]\nb = a\nprint(a is b)\n';
    const sol = engineSolver.solve(level(code, [{ kind: 'identity', after: 2, left: 'a', right: 'b' }]));
    const revealed = sol.questions[0]!.revealStep;
    const trace = cachedTrace(code);
    expect((stepView(trace, revealed) as { line: number }).line).toBe(2);
    expect((stepView(trace, revealed - 1) as { line: number }).line).toBe(1);
  });

  it('refuses to ask the refcount of a cached object', () => {
    expect(() => engineSolver.solve(level('n = 5\n', [{ kind: 'refcount', after: 1, expr: 'n' }]))).toThrow(UnsolvableLevel);
  });

  it('reports a program that stops before the question\'s line finishes', () => {
    expect(() => engineSolver.solve(level('a = 1\nb = a.missing\n', [{ kind: 'identity', after: 2, left: 'a', right: 'b' }]))).toThrow(/AttributeError/);
  });
});
