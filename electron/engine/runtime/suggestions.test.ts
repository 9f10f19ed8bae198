// calculateSuggestion against CPython's own C code: python3 raises an AttributeError on an
// object whose dir() is the candidate list and prints it with PyErr_Display (through ctypes),
// the printer that calls Python/suggestions.c; the "Did you mean" it prints is the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { python } from '../values/python-json';
import { sample } from '../values/seeded-sample';
import { calculateSuggestion } from './suggestions';

const ORACLE = String.raw`
import ctypes, io, json, sys
class O:
    def __init__(self, names): self.names = names
    def __dir__(self): return self.names
def suggestion(name, names):
    try:
        getattr(O(names), name)
    except AttributeError as e:
        buf, old = io.StringIO(), sys.stderr
        sys.stderr = buf
        try:
            ctypes.pythonapi.PyErr_Display(ctypes.py_object(type(e)), ctypes.py_object(e), ctypes.py_object(None))
        finally:
            sys.stderr = old
        line = buf.getvalue().rstrip('\n').split('\n')[-1]
        i = line.find('. Did you mean: ')
        return None if i < 0 else eval(line[i + 16:-1])
    return 'found'
json.dump([[suggestion(n, d), sorted(d)] for n, d in json.load(sys.stdin)], sys.stdout)
`;

interface Case {
  readonly name: string;
  readonly dir: readonly string[];
}

/** words near each other: shared stems, case flips, typos, non-ASCII letters, long names */
const letters = fc.constantFrom(...'abcdeABCDE_xyzé1'.split(''));
const word = fc.array(letters, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const longWord = fc.array(letters, { minLength: 38, maxLength: 46 }).map((cs) => cs.join(''));
const mutate = (w: string) =>
  fc.tuple(fc.nat(w.length), fc.constantFrom('insert', 'delete', 'swapcase', 'replace'), letters).map(([i, op, c]) => {
    if (op === 'insert') return w.slice(0, i) + c + w.slice(i);
    if (op === 'delete') return w.slice(0, i) + w.slice(i + 1) || c;
    if (op === 'swapcase') return w.slice(0, i) + (w[i] ?? '').toUpperCase() + w.slice(i + 1);
    return w.slice(0, i) + c + w.slice(i + 1);
  });
const cases: fc.Arbitrary<Case> = fc
  .tuple(fc.oneof(word, longWord), fc.array(fc.oneof(word, longWord), { maxLength: 12 }))
  .chain(([base, others]) =>
    fc.tuple(mutate(base), fc.array(mutate(base), { maxLength: 4 })).map(([name, near]) => ({
      name,
      dir: [...new Set([base, ...near, ...others])].filter((x) => x !== name),
    })),
  );

describe('calculateSuggestion equals Python/suggestions.c', () => {
  it('on words near and far from the name', () => {
    const drawn = sample(cases, 400);
    const answers = python(ORACLE, drawn.map((c) => [c.name, c.dir])) as [string | null, string[]][];
    const ours = drawn.map((c, i) => [calculateSuggestion(answers[i]![1], c.name), answers[i]![1]]);
    expect(ours).toEqual(answers);
  });

  it('offers nothing from 750 candidates or more (MAX_CANDIDATE_ITEMS)', () => {
    const many = Array.from({ length: 760 }, (_, i) => `name${i}`);
    const answers = python(ORACLE, [['name1x', many], ['name1x', many.slice(0, 749)]]) as [string | null, string[]][];
    expect(answers.map(([, d]) => calculateSuggestion(d, 'name1x'))).toEqual(answers.map(([s]) => s));
  });
});
