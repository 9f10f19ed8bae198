// The editor's drafts become level files: expressions split as Python reads them, ids kebab-case
// and distinct, the kinds' fields in the schema's shape, prompts written out.
import { describe, expect, it } from 'vitest';
import { fillField, questionProblem, splitExpressions, toLevels } from './levelDraft';
import type { LevelDraft } from './levelDraft';

describe('splitExpressions', () => {
  it('splits at top-level commas only', () => {
    expect(splitExpressions("a, grid[0], d[1, 2], s[','], f(x, y) ,")).toEqual(['a', 'grid[0]', 'd[1, 2]', "s[',']", 'f(x, y)']);
    expect(splitExpressions('  ')).toEqual([]);
  });
});

describe('fillField', () => {
  it('replaces a single expression and appends to a list once', () => {
    expect(fillField('refcount', 'a', 'b')).toBe('b');
    expect(fillField('alias', 'grid[0]', 'grid[1]')).toBe('grid[0], grid[1]');
    expect(fillField('alias', 'grid[0], grid[1]', 'grid[1]')).toBe('grid[0], grid[1]');
  });
});

describe('toLevels', () => {
  const draft = (title: string): LevelDraft => ({
    title,
    intro: '',
    hint: '',
    code: 'a = [1]\nb = a',
    questions: [
      { kind: 'refcount', line: 2, fields: ['a'] },
      { kind: 'alias', line: 2, fields: ['a, b'] },
      { kind: 'output', line: 1, fields: [] },
    ],
  });

  it('gives distinct kebab-case ids, a final newline and the schema shape of each kind', () => {
    const [first, second, third] = toLevels([draft('Shared List!'), draft('Shared list'), draft('')]);
    expect([first!.id, second!.id, third!.id]).toEqual(['shared-list', 'shared-list-2', 'level-3']);
    expect(third!.title).toBe('Level 3');
    expect(first!.code).toBe('a = [1]\nb = a\n');
    expect(first!.questions).toEqual([
      { kind: 'refcount', after: 2, expr: 'a', prompt: 'After line 2 runs, how many references point to the object `a`?' },
      { kind: 'alias', after: 2, targets: ['a', 'b'], prompt: 'After line 2 runs, which of these are the same object?' },
      { kind: 'output', line: 1, prompt: 'What does line 1 print?' },
    ]);
  });

  it('writes draw-the-heap (all names, or the ones listed) and spot-the-leak questions', () => {
    const [level] = toLevels([{ title: 'Ring', intro: '', hint: '', code: 'a = []\na.append(a)\ndel a', questions: [
      { kind: 'heap', line: 2, fields: [''] },
      { kind: 'heap', line: 2, fields: ['a'] },
      { kind: 'leak', line: 3, fields: [] },
    ] }]);
    expect(level!.questions).toEqual([
      { kind: 'heap', after: 2, prompt: 'Draw the heap after line 2 runs: connect every name and every slot to its object.' },
      { kind: 'heap', after: 2, names: ['a'], prompt: 'Draw the heap after line 2 runs: connect every name and every slot to its object.' },
      { kind: 'leak', after: 3, prompt: 'Spot the leak: which of these objects survive line 3 only as unreachable cycles, waiting for the garbage collector?' },
    ]);
    expect(questionProblem({ kind: 'heap', line: 2, fields: ['a[0]'] }, 3)).toBe('`a[0]` is not a name (the drawing starts from names)');
    expect(fillField('heap', 'a', 'b')).toBe('a, b');
  });

  it('says what a question still lacks', () => {
    expect(questionProblem({ kind: 'alias', line: 2, fields: ['a'] }, 2)).toBe('list at least two names or slots');
    expect(questionProblem({ kind: 'refcount', line: 3, fields: ['a'] }, 2)).toBe('choose a line between 1 and 2');
    expect(questionProblem({ kind: 'collect', line: 1, fields: [] }, 2)).toBeNull();
  });
});
