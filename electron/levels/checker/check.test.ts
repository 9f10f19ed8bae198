// The checker catches what it claims to: a broken file (by path and field), an engine whose
// output differs from CPython's, an unsolvable question, and breaches of the campaign rules.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSource } from '../../engine/run';
import { engineSolver, type LevelSolver } from '../answers';
import { checkLevels, formatReport } from './check';
import { isModuleLevelLine } from './campaign-rules';

const scratch: string[] = [];
afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

const WORLD = 'id: w\ntitle: W\norder: 1\ndescription: A world.\n';

function levelYaml(id: string, code: string, questions: string, extra = ''): string {
  const block = code.replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n');
  return [
    `id: ${id}`, `title: Level ${id}`, 'concepts: [test]', 'difficulty: 1', 'intro: Try it.',
    `code: |\n${block}`, `questions:\n${questions}`, 'hints: ["First hint.", "Second, more specific hint."]', 'explain: Because.', extra,
  ].join('\n') + '\n';
}

/** A levels folder with one world holding the given files. */
async function levelsDir(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'refquest-check-'));
  scratch.push(root);
  const levels = path.join(root, 'levels');
  await mkdir(path.join(levels, 'w'), { recursive: true });
  await writeFile(path.join(levels, 'w', 'world.yaml'), WORLD);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(levels, 'w', name), text);
  return levels;
}

const texts = (report: Awaited<ReturnType<typeof checkLevels>>) => report.problems.map((p) => p.text);

describe('the level checker', () => {
  it('passes a good level and counts it', async () => {
    const dir = await levelsDir({ '01-ok.yaml': levelYaml('ok', 'a = [1]\nb = a\nprint(a is b)\n', '  - { kind: refcount, after: 2, expr: a }\n  - { kind: output, line: 3 }') });
    const report = await checkLevels(dir, { rules: false });
    expect(texts(report)).toEqual([]);
    expect(formatReport(report)).toBe('ok: 1 worlds, 1 levels, 2 questions');
  }, 60_000);

  it('names a broken file by path and field, and still checks the others', async () => {
    const dir = await levelsDir({
      '01-ok.yaml': levelYaml('ok', 'a = [1]\nb = a\nprint(b)\n', '  - { kind: output, line: 3 }'),
      '02-bad.yaml': levelYaml('bad', 'a = [1]\nb = a\nprint(b)\n', '  - { kind: identity, after: soon, left: a, right: b }'),
    });
    const report = await checkLevels(dir, { rules: false });
    expect(texts(report)).toEqual(['levels/w/02-bad.yaml: questions[0].after: expected number, received string']);
    expect(report.levels).toBe(1);
  }, 60_000);

  it('reports output and exit status that differ between the engine and CPython', async () => {
    const dir = await levelsDir({ '01-ok.yaml': levelYaml('ok', 'a = [1]\nb = a\nprint(b)\n', '  - { kind: output, line: 3 }') });
    // the real engine, with its output changed after the fact: the checker must notice
    const skewed = (code: string) => {
      const r = runSource(code);
      return { stdout: r.stdout.replace('[1]', '[2]'), stderr: 'Traceback\nValueError: made up\n', exitCode: 1 };
    };
    const report = await checkLevels(dir, { rules: false, runEngine: skewed });
    expect(texts(report)).toEqual([
      'levels/w/01-ok.yaml: code: engine and CPython print differently: line 1 of the output: engine "[2]", CPython "[1]"',
      'levels/w/01-ok.yaml: code: exit status: engine 1, CPython 0 (ValueError: made up)',
    ]);
  }, 60_000);

  it('reports an unsolvable question with file and question index', async () => {
    const dir = await levelsDir({
      '01-small.yaml': levelYaml('small', 'a = [1]\nn = 5\nprint(n)\n', '  - { kind: output, line: 3 }\n  - { kind: refcount, after: 2, expr: n }'),
      '02-crash.yaml': levelYaml('crash', 'a = [1]\nb = a[5]\nprint(b)\n', '  - { kind: identity, after: 2, left: a, right: b }'),
    });
    const report = await checkLevels(dir, { rules: false });
    const found = texts(report);
    expect(found).toContainEqual(expect.stringMatching(/^levels\/w\/01-small\.yaml: questions\[1\]: unsolvable: .*cached object/));
    expect(found).toContainEqual(expect.stringMatching(/^levels\/w\/02-crash\.yaml: questions\[0\]: unsolvable: line 2 never runs to completion .*IndexError/));
  }, 60_000);

  it('pins a failure that names no question on the question that causes it', async () => {
    const dir = await levelsDir({
      '01-late.yaml': levelYaml('late', 'a = [1]\nb = a\nc = b\n', '  - { kind: identity, after: 2, left: a, right: b }\n  - { kind: identity, after: 1, left: a, right: c }'),
    });
    const found = texts(await checkLevels(dir, { rules: false }));
    expect(found).toEqual([expect.stringMatching(/^levels\/w\/01-late\.yaml: questions\[1\]: unsolvable: .*NameError/)]);
  }, 60_000);

  it('reports an engine answer that CPython contradicts', async () => {
    const dir = await levelsDir({
      '01-ok.yaml': levelYaml('ok', 'a = [1]\nb = [a, a]\nprint(b)\n', '  - { kind: output, line: 3 }\n  - { kind: refcount, after: 2, expr: a }'),
    });
    // the engine's own solution with one answer off by one: the cross-check must catch it
    const offByOne: LevelSolver = {
      solve(level) {
        const real = engineSolver.solve(level);
        const questions = real.questions.map((q) => (q.correct.kind === 'refcount' ? { ...q, correct: { kind: 'refcount' as const, count: q.correct.count + 1 } } : q));
        return { ...real, questions };
      },
    };
    const found = texts(await checkLevels(dir, { rules: false, solver: offByOne }));
    expect(found).toEqual(['levels/w/01-ok.yaml: questions[1]: engine and CPython disagree: engine {"kind":"refcount","count":4}, CPython {"kind":"refcount","count":3}']);
  }, 60_000);

  it('applies the campaign rules: size of a world, one boss last, distinct hints, main-program anchors', async () => {
    const good = (id: string, extra = '') => levelYaml(id, 'a = [1]\nb = a\nprint(b)\n', '  - { kind: output, line: 3 }', extra);
    const dir = await levelsDir({
      '01-a.yaml': good('a', 'boss: true'),
      '02-b.yaml': levelYaml('b', 'def f(x):\n    y = x\n    return y\nprint(f([1]))\n', '  - { kind: refcount, after: 2, expr: y }').replace('"Second, more specific hint."', '"first hint!"'),
      '03-c.yaml': good('c').replace('difficulty: 1', 'difficulty: 4'),
      '04-d.yaml': good('d'),
    });
    const found = texts(await checkLevels(dir));
    expect(found).toEqual(expect.arrayContaining([
      'levels/w/world.yaml: 4 levels: a world needs at least 6',
      'levels/w/01-a.yaml: boss: the boss must be the last level of its world (name its file so it sorts last)',
      'levels/w/02-b.yaml: hints[1]: repeats hints[0]: each hint must say something more specific',
      'levels/w/02-b.yaml: questions[0].after: line 2 is inside a def or class body: anchor questions on main-program lines',
      'levels/w/04-d.yaml: difficulty: 1 drops more than 1 below an earlier level of its world (4)',
    ]));
  }, 60_000);
});

describe('isModuleLevelLine', () => {
  const code = 'import gc\nfor i in range(2):\n    x = i\ndef f():\n    if True:\n        y = 1\n    return 2\nclass K:\n    z = 3\nw = 4\n';
  it.each([[1, true], [3, true], [4, true], [6, false], [7, false], [9, false], [10, true]])('line %i: %s', (line, expected) => {
    expect(isModuleLevelLine(code, line)).toBe(expected);
  });
});
