// Packs: round trip, and every kind of bad pack refused with a message saying what is wrong.
import { describe, expect, it } from 'vitest';
import { engineSolver } from '../levels/answers';
import { readPack, checkPack } from './pack-check';
import { MAX_FILE_BYTES, MAX_NESTING } from './limits';
import { serializePack } from './pack-format';
import { countingLevel, makePack } from './test-fixtures';

const { pack, text } = makePack();
const asJson = () => JSON.parse(text) as Record<string, unknown> & { levels: Record<string, unknown>[] };
const problemsOf = (input: string | Uint8Array) => {
  const checked = checkPack(input, engineSolver);
  expect(checked.ok).toBe(false);
  return checked.ok ? '' : checked.problems.join('\n');
};

describe('pack round trip', () => {
  it('reads back exactly what was written, with the engine answering every question', () => {
    const checked = checkPack(text, engineSolver);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.pack).toEqual(pack);
    expect(serializePack(checked.pack)).toBe(text);
    expect(checked.solutions.map((s) => s.questions.length)).toEqual([1, 2]);
  });

  it('holds no answers: nothing the engine computed is in the file', () => {
    const checked = checkPack(text, engineSolver);
    if (!checked.ok) throw new Error('expected a valid pack');
    const output = checked.solutions[1]!.questions[1]!.correct;
    expect(output.kind).toBe('output');
    expect(text).not.toContain('[[1, 0, 0]');
    expect(text).not.toMatch(/"(correct|answer|count)"/);
  });

  it('reads a UTF-8 byte buffer with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(readPack(bytes).ok).toBe(true);
  });
});

describe('bad packs are refused with their reason', () => {
  it('an oversized file, before parsing', () => {
    const big = text.replace('"Week 3 quiz"', `"Week 3 quiz", "padding": "${'x'.repeat(MAX_FILE_BYTES)}"`);
    expect(problemsOf(big)).toBe(`the file is larger than 1 MiB (${Buffer.byteLength(big).toLocaleString('en-US')} bytes)`);
  });

  it('deeply nested data, before JSON.parse', () => {
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    expect(problemsOf(deep)).toBe(`the data is nested more than ${MAX_NESTING} levels deep`);
    const nestedInLevel = text.replace('"concepts": [', `"concepts": ${'['.repeat(20)}"x"${']'.repeat(20)}, "c2": [`);
    expect(problemsOf(nestedInLevel)).toMatch(/nested more than 16 levels/);
  });

  it('a flood of keys', () => {
    const keys = Array.from({ length: 105_000 }, (_, i) => `"${i.toString(36)}":0`).join(',');
    expect(problemsOf(`{${keys}}`)).toMatch(/more than 100,000 values/);
  });

  it('unknown fields, at the top and inside a level', () => {
    expect(problemsOf(JSON.stringify({ ...asJson(), answers: [4] }))).toMatch(/Unrecognized key: "answers"/);
    const withLevelField = asJson();
    withLevelField.levels[0] = { ...withLevelField.levels[0], solution: 4 };
    expect(problemsOf(JSON.stringify(withLevelField))).toMatch(/^levels\[0\]: Unrecognized key: "solution"/);
  });

  it('__proto__ and constructor keys are refused as unknown fields and pollute nothing', () => {
    const hostile = text.replace('"format"', '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "format"');
    expect(problemsOf(hostile)).toMatch(/Unrecognized keys?: "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a wrong format or version, saying which', () => {
    expect(problemsOf(JSON.stringify({ ...asJson(), version: 2 }))).toBe('this pack was made by a newer RefQuest (version 2); this app reads version 1');
    expect(problemsOf(JSON.stringify({ ...asJson(), version: '1' }))).toBe('unsupported pack version "1"; this app reads version 1');
    expect(problemsOf(JSON.stringify({ ...asJson(), format: 'refquest-result' }))).toBe('this is a result file, not a pack');
    expect(problemsOf(JSON.stringify({ ...asJson(), format: 'zip' }))).toMatch(/not a RefQuest pack: "format" is "zip"/);
    expect(problemsOf('[1, 2]')).toBe('this is not a RefQuest pack: expected a JSON object');
  });

  it('not JSON, or not UTF-8', () => {
    expect(problemsOf(text.slice(0, 100))).toMatch(/^the file is not valid JSON/);
    expect(problemsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBe('the file is not UTF-8 text');
  });

  it('a program that never finishes', () => {
    const looping = asJson();
    looping.levels[1] = { ...looping.levels[1], code: 'while True:\n    pass\nprint(1)\n', questions: [{ kind: 'output', line: 3 }] };
    expect(problemsOf(JSON.stringify(looping))).toBe('level 2 ("Grid"): the program does not finish within 100,000 steps');
  });

  it('a program whose one line never finishes (the step count alone would not stop it)', () => {
    const slow = asJson();
    slow.levels[0] = { ...slow.levels[0], code: 'a = [1]\nb = a\nc = sum(range(10**12))\n' };
    const started = performance.now();
    expect(problemsOf(JSON.stringify(slow))).toBe('level 1 ("Counting"): the program does not finish within 2 seconds');
    expect(performance.now() - started).toBeLessThan(6_000);
  });

  it('a program outside the engine\'s subset', () => {
    const outside = asJson();
    outside.levels[0] = { ...outside.levels[0], code: 'with open("f") as f:\n    a = [1]\nb = a\n' };
    expect(problemsOf(JSON.stringify(outside))).toMatch(/^level 1 \("Counting"\): the program is outside the engine's Python subset: .*with/);
  });

  it('a question the engine cannot answer', () => {
    const unsolvable = asJson();
    unsolvable.levels[0] = { ...unsolvable.levels[0], code: 'a = [1]\nb = a.missing\nc = a\n' };
    expect(problemsOf(JSON.stringify(unsolvable))).toMatch(/^level 1 \("Counting"\): questions\[0\]: line 3 never runs.*AttributeError/);
  });

  it('too many levels, duplicate level ids, over-long strings, a bad id', () => {
    const many = { ...asJson(), levels: Array.from({ length: 31 }, (_, i) => ({ ...countingLevel, id: `l${i}` })) };
    expect(problemsOf(JSON.stringify(many))).toMatch(/^levels: Too big: expected array to have <=30 items/);
    const twice = { ...asJson(), levels: [countingLevel, countingLevel] };
    expect(problemsOf(JSON.stringify(twice))).toBe('levels[1].id: level id "counting" appears twice');
    const longHint = { ...asJson(), levels: [{ ...countingLevel, hints: ['h'.repeat(3000)] }] };
    expect(problemsOf(JSON.stringify(longHint))).toBe('levels[0].hints[0]: text of 3,000 characters (the limit is 2,000)');
    expect(problemsOf(JSON.stringify({ ...asJson(), id: 'not-a-uuid' }))).toMatch(/^id: Invalid UUID/);
  });
});
