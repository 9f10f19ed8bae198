import { describe, expect, it } from 'vitest';
import type { PlayerAnswer } from '../api';
import { emptyLevelProgress } from '../progress/format';
import type { LevelSolution } from './answers';
import { answerShapeProblem, isCorrect, levelStates, normaliseOutput, starsFor, unlockedSteps } from './rules';
import type { LevelQuestion } from './schema';

describe('levelStates', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('opens only the first level for a new player', () => {
    expect([...levelStates(ids, () => undefined).values()]).toEqual(['open', 'locked', 'locked', 'locked']);
  });
  it('opens the level after a completed one, and keeps explicit unlocks', () => {
    const records = { a: { ...emptyLevelProgress(), completed: true }, d: { ...emptyLevelProgress(), unlocked: true } };
    const states = levelStates(ids, (id) => records[id as keyof typeof records]);
    expect([...states.values()]).toEqual(['completed', 'open', 'locked', 'open']);
  });
});

describe('starsFor', () => {
  it('gives 3 for a clean win and takes one per mistake or hint, down to 0', () => {
    expect([starsFor(0, 0), starsFor(1, 0), starsFor(0, 2), starsFor(2, 2)]).toEqual([3, 2, 1, 0]);
  });
});

describe('answer checking', () => {
  const alias: LevelQuestion = { kind: 'alias', after: 1, targets: ['x', 'y', 'z'] };
  it('compares alias partitions regardless of order', () => {
    const correct: PlayerAnswer = { kind: 'alias', groups: [['x', 'z'], ['y']] };
    expect(isCorrect({ kind: 'alias', groups: [['y'], ['z', 'x']] }, { correct })).toBe(true);
    expect(isCorrect({ kind: 'alias', groups: [['x', 'y', 'z']] }, { correct })).toBe(false);
  });
  it('rejects labels a question does not offer, duplicates, and partial partitions', () => {
    expect(answerShapeProblem(alias, { kind: 'alias', groups: [['x', 'w'], ['y', 'z']] })).toMatch(/"w"/);
    expect(answerShapeProblem(alias, { kind: 'alias', groups: [['x', 'x'], ['y', 'z']] })).toMatch(/more than once/);
    expect(answerShapeProblem(alias, { kind: 'alias', groups: [['x', 'y']] })).toMatch(/exactly one group/);
    expect(answerShapeProblem(alias, { kind: 'identity', same: true })).toMatch(/expects a alias answer/);
    expect(answerShapeProblem(alias, { kind: 'alias', groups: [['x', 'y'], ['z']] })).toBeNull();
  });
  it('compares output ignoring trailing spaces, CRLF and the final newline only', () => {
    expect(normaliseOutput('[1, 2]  \r\nok\n\n')).toBe('[1, 2]\nok');
    expect(isCorrect({ kind: 'output', text: '[1, 2]' }, { correct: { kind: 'output', text: '[1, 2]\n' } })).toBe(true);
    expect(isCorrect({ kind: 'output', text: '[1,2]' }, { correct: { kind: 'output', text: '[1, 2]\n' } })).toBe(false);
  });
  it('compares freed sets and counts', () => {
    const correct: PlayerAnswer = { kind: 'freed', freed: ['a', 'b'], unreachable: [] };
    expect(isCorrect({ kind: 'freed', freed: ['b', 'a'], unreachable: [] }, { correct })).toBe(true);
    expect(isCorrect({ kind: 'freed', freed: ['a'], unreachable: ['b'] }, { correct })).toBe(false);
    expect(isCorrect({ kind: 'collect', collected: 2 }, { correct: { kind: 'collect', collected: 2 } })).toBe(true);
    expect(isCorrect({ kind: 'refcount', count: 3 }, { correct: { kind: 'refcount', count: 4 } })).toBe(false);
  });
});

describe('unlockedSteps (the trace gate)', () => {
  const solution: LevelSolution = {
    stepCount: 10,
    publicQuestions: [],
    questions: [
      { correct: { kind: 'identity', same: true }, explanation: '', revealStep: 6, shownStep: 7 },
      { correct: { kind: 'identity', same: true }, explanation: '', revealStep: 3, shownStep: 4 },
    ],
  };
  const closed = { state: 'closed', mistakes: 0, outcome: { verdict: 'right', correct: { kind: 'identity', same: true }, explanation: '' } } as const;
  const open = { state: 'open', mistakes: 0 } as const;
  it('stops before the earliest step that reveals an open answer', () => {
    expect(unlockedSteps(solution, [open, open])).toBe(3);
    expect(unlockedSteps(solution, [closed, open])).toBe(3);
    expect(unlockedSteps(solution, [closed, closed])).toBe(10);
  });
  it('shows no further than the answered questions\' lines while another is open', () => {
    // the later state could give the open question away (a print of a list changed meanwhile)
    expect(unlockedSteps(solution, [open, closed])).toBe(4);
  });
});
