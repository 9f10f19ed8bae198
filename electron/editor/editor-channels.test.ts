// The editor's channels and the dialog-chosen paths through the real handler table: the engine's
// diagnostics at their line, the trace to scrub, the answers (compared with CPython itself), and
// classroom channels refusing any file the dialogs did not return.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgOf, Channel, Reply, ResultOf } from '../api';
import { countingLevel, gridLevel } from '../classroom/test-fixtures';
import { createDispatch } from '../ipc/register';
import { ScriptedDialogs } from '../ipc/scripted-dialogs';
import { createHandlers, openServices } from '../ipc/services';
import { testEngine } from '../worker/test-engine';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');
const SENDER = { url: 'app://refquest/index.html', isMainFrame: true };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'refquest-editor-ipc-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function app(withDialogs: boolean) {
  const files = path.join(root, 'files');
  await mkdir(files, { recursive: true });
  const services = await openServices({ userDataDir: path.join(root, 'user'), levelsDir: LEVELS_DIR, engine: testEngine() });
  const host = withDialogs ? { dialogs: new ScriptedDialogs(files) } : undefined;
  const dispatch = createDispatch(createHandlers(services, host), { kind: 'origin', origin: 'app://refquest' });
  const call = <C extends Channel>(channel: C, arg: ArgOf<C>) => dispatch(channel, arg, SENDER) as Promise<Reply<ResultOf<C>>>;
  const ok = async <C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> => {
    const reply = await call(channel, arg);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  return { call, ok, files };
}

const python = (code: string) => execFileSync('python3', ['-c', code], { encoding: 'utf8' });

describe('editor channels', () => {
  it('places syntax, subset and runtime errors at their line, and accepts a good program', async () => {
    const { ok } = await app(false);
    expect(await ok('editor:check', { code: 'a = [1]\nb = (\n' })).toMatchObject({ ok: false, error: { kind: 'syntax', line: 2 } });
    expect(await ok('editor:check', { code: 'x = 1\nasync def f():\n    pass\n' })).toMatchObject({
      ok: false,
      error: { kind: 'unsupported', line: 2, message: expect.stringContaining('async def') },
    });
    expect(await ok('editor:check', { code: 'a = [1]\ndef f():\n    return a[3]\nb = f()\n' })).toEqual({
      ok: false,
      error: { kind: 'runtime', line: 3, col: 0, message: 'IndexError: list index out of range' },
    });
    expect(await ok('editor:check', { code: 'while True:\n    pass\n' })).toMatchObject({ ok: false, error: { kind: 'runtime', line: null } });
    const code = 'a = [1, 2]\nprint(a)\n';
    expect(await ok('editor:check', { code })).toEqual({ ok: true, stdout: python(code) });
  });

  it('pages through the trace of the edited program with a snapshot per step', async () => {
    const { ok } = await app(false);
    const code = 'a = [1, 2]\nb = a\nprint(len(b))\n';
    const first = await ok('editor:trace', { code, from: 0, count: 2 });
    expect(first.steps.map((step) => step.index)).toEqual([0, 1]);
    expect(first.stdout).toBe(python(code));
    const rest = await ok('editor:trace', { code, from: 2, count: 500 });
    expect(rest.stepCount).toBe(first.stepCount);
    expect(2 + rest.steps.length).toBe(first.stepCount);
    type StepData = { line: number; snapshot: { globals: Record<string, number> } };
    const atPrint = [...first.steps, ...rest.steps].map((step) => step.data as StepData).find((data) => data.line === 3)!;
    expect(Object.keys(atPrint.snapshot.globals)).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it("gives the engine's answers (as CPython computes them), or the import's refusal", async () => {
    const { ok } = await app(false);
    const solved = await ok('editor:solve', { level: gridLevel });
    if (solved.status !== 'solved') throw new Error(solved.problems.join('; '));
    expect(solved.answers[1]!.answer).toBe(JSON.stringify(python(gridLevel.code).replace(/\n$/, '')));
    const sameRow = python('grid = [[0] * 3] * 3\nprint(grid[0] is grid[1] is grid[2])').trim() === 'True';
    expect(solved.answers[0]!.answer).toBe(sameRow ? '{grid[0], grid[1], grid[2]}' : '{grid[0]} {grid[1]} {grid[2]}');
    const ring = {
      ...countingLevel,
      code: 'import gc\ngc.disable()\na = []\nb = [a]\na.append(b)\nc = [1]\ndel a, b, c\n',
      questions: [{ kind: 'heap' as const, after: 5 }, { kind: 'leak' as const, after: 7 }],
    };
    const drawn = await ok('editor:solve', { level: ring });
    if (drawn.status !== 'solved') throw new Error(drawn.problems.join('; '));
    expect(drawn.answers.map((a) => a.answer)).toEqual(['a->A1 A1[0]->A2 A2[0]->A1 b->A2', 'leaks: a, b']);
    const cached = { ...countingLevel, code: 'a = 5\n', questions: [{ kind: 'refcount' as const, after: 1, expr: 'a' }] };
    expect(await ok('editor:solve', { level: cached })).toEqual({ status: 'refused', problems: [expect.stringContaining('cached object')] });
    const outside = { ...countingLevel, code: 'import os\na = [1]\n', questions: [{ kind: 'refcount' as const, after: 2, expr: 'a' }] };
    expect(await ok('editor:solve', { level: outside })).toMatchObject({ status: 'refused', problems: [expect.stringContaining('outside the engine')] });
  });
});

describe('dialog-chosen paths', () => {
  const exportArg = (file: string) => ({
    levels: { kind: 'edited' as const, levels: [countingLevel] },
    title: 'Quiz',
    rules: { hints: true, attemptsPerQuestion: 3 as const },
    path: file,
  });

  it('writes and reads only what the dialogs returned', async () => {
    const { call, ok, files } = await app(true);
    const sneaky = path.join(root, 'elsewhere.rqpack');
    const refused = await call('classroom:export-pack', exportArg(sneaky));
    expect(refused).toEqual({ ok: false, error: { code: 'bad-argument', message: '"elsewhere.rqpack" was not chosen in a Save dialog' } });
    const target = await ok('dialog:save-file', { purpose: 'pack', suggestedName: '../Quiz' });
    expect(target.path).toBe(path.join(files, 'Quiz.rqpack'));
    expect(await ok('classroom:export-pack', exportArg(target.path!))).toMatchObject({ status: 'exported' });
    expect(JSON.parse(await readFile(target.path!, 'utf8'))).toMatchObject({ format: 'refquest-pack', title: 'Quiz' });

    const unopened = await call('classroom:import-pack', { file: { kind: 'path', path: target.path! } });
    expect(unopened).toMatchObject({ ok: false, error: { message: '"Quiz.rqpack" was not chosen in an Open dialog' } });
    expect(await ok('dialog:open-files', { purpose: 'pack' })).toEqual({ paths: [target.path] });
    expect(await ok('classroom:import-pack', { file: { kind: 'path', path: target.path! } })).toMatchObject({ status: 'already-imported' });
    // a dropped file arrives as text: nothing on disk is named, nothing to check
    const text = await readFile(target.path!, 'utf8');
    expect(await ok('classroom:import-pack', { file: { kind: 'text', name: 'Quiz.rqpack', text } })).toMatchObject({ status: 'already-imported' });
  });

  it('exports campaign levels and edited levels together, campaign first', async () => {
    const { ok } = await app(true);
    const target = await ok('dialog:save-file', { purpose: 'pack', suggestedName: 'Mixed' });
    const exported = await ok('classroom:export-pack', {
      levels: { kind: 'mixed', levelIds: ['two-labels'], levels: [countingLevel] },
      title: 'Mixed',
      rules: { hints: false, attemptsPerQuestion: 1 },
      path: target.path!,
    });
    expect(exported).toMatchObject({ status: 'exported', pack: { levels: [{ id: 'two-labels' }, { id: 'counting' }] } });
  });

  it('refuses the dialog channels in a host without dialogs', async () => {
    const { call } = await app(false);
    expect(await call('dialog:open-files', { purpose: 'results' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('test run', () => {
  it('tells right from wrong with the engine and gives its answer', async () => {
    const { ok, call } = await app(false);
    const printed = python(gridLevel.code);
    expect(await ok('editor:check-answer', { level: gridLevel, question: 1, answer: { kind: 'output', text: printed } })).toMatchObject({
      right: true,
      correct: { kind: 'output', text: printed },
    });
    expect(await ok('editor:check-answer', { level: gridLevel, question: 1, answer: { kind: 'output', text: `${printed}!` } })).toEqual({ right: false });
    const mismatched = await call('editor:check-answer', { level: gridLevel, question: 1, answer: { kind: 'refcount', count: 2 } });
    expect(mismatched).toMatchObject({ ok: false, error: { code: 'bad-argument', message: 'this question expects a output answer, not refcount' } });
  });
});
