// The classroom channels through the real handler table and dispatch (argument validation,
// sender check), with the engine as solver: a teacher exports a pack, a student imports and
// plays it, saves a result, and the teacher grades it and exports CSV.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgOf, Channel, Reply, ResultOf } from '../api';
import { createDispatch } from '../ipc/register';
import { createHandlers, openServices } from '../ipc/services';
import { testEngine } from '../worker/test-engine';
import { countingLevel, gridLevel } from './test-fixtures';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');
const SENDER = { url: 'app://refquest/index.html', isMainFrame: true };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'refquest-classroom-ipc-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function app(name: string, reopen = false) {
  if (!reopen) await mkdir(path.join(root, name));
  const services = await openServices({ userDataDir: path.join(root, name), levelsDir: LEVELS_DIR, engine: testEngine() });
  // the real date: packs exported here are stamped with it, and a result from before its pack is flagged
  let clock = Date.now();
  services.classroom.now = () => clock;
  const dispatch = createDispatch(createHandlers(services), { kind: 'origin', origin: 'app://refquest' });
  const call = <C extends Channel>(channel: C, arg: ArgOf<C>) => dispatch(channel, arg, SENDER) as Promise<Reply<ResultOf<C>>>;
  const ok = async <C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> => {
    const reply = await call(channel, arg);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  return { call, ok, services, tick: (ms: number) => (clock += ms) };
}

describe('classroom channels', () => {
  it('keeps a challenge in play across a restart of the app', async () => {
    const teacher = await app('teacher');
    const packPath = path.join(root, 'quiz.rqpack');
    const exported = await teacher.ok('classroom:export-pack', {
      levels: { kind: 'edited', levels: [countingLevel, gridLevel] },
      title: 'Week 3 quiz',
      rules: { hints: false, attemptsPerQuestion: 1 },
      path: packPath,
    });
    if (exported.status !== 'exported') throw new Error(exported.problems.join('; '));
    const student = await app('student');
    await student.ok('profiles:create', { name: 'Ana' });
    await student.ok('classroom:import-pack', { file: { kind: 'path', path: packPath } });
    await student.ok('classroom:start', { packId: exported.pack.id });
    await student.ok('classroom:answer', { levelId: 'counting', question: 0, answer: { kind: 'refcount', count: 4 } });
    await student.services.store.flush();

    const again = await app('student', true);
    const current = await again.ok('classroom:current', {});
    expect(current).toMatchObject({ packId: exported.pack.id, profileName: 'Ana', answeredQuestions: 1, totalQuestions: 3 });
    expect((await again.call('classroom:answer', { levelId: 'counting', question: 0, answer: { kind: 'refcount', count: 3 } })).ok).toBe(false);
  });

  it('export, import, play (one right, one wrong), save, grade, CSV', async () => {
    const teacher = await app('teacher');
    const packPath = path.join(root, 'quiz.rqpack');
    const exported = await teacher.ok('classroom:export-pack', {
      levels: { kind: 'edited', levels: [countingLevel, gridLevel] },
      title: 'Week 3 quiz',
      rules: { hints: false, attemptsPerQuestion: 1 },
      timeLimitMinutes: 20,
      path: packPath,
    });
    if (exported.status !== 'exported') throw new Error(exported.problems.join('; '));
    expect(exported.pack.levels.map((l) => l.id)).toEqual(['counting', 'grid']);
    expect((await teacher.ok('classroom:packs', {})).packs.map((p) => p.id)).toEqual([exported.pack.id]);

    const student = await app('student');
    await student.ok('profiles:create', { name: 'Ana' });
    const imported = await student.ok('classroom:import-pack', { file: { kind: 'path', path: packPath } });
    expect(imported).toMatchObject({ status: 'imported', pack: { title: 'Week 3 quiz', timeLimitMinutes: 20 } });
    const view = await student.ok('classroom:start', { packId: exported.pack.id });
    expect(view.levels[1]!.questions.map((q) => q.kind)).toEqual(['alias', 'output']);
    expect(view.levels[0]!.hintCount).toBe(0);
    expect(JSON.stringify(view)).not.toContain('"count"');
    expect(await student.call('classroom:hint', { levelId: 'grid' })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'hints are switched off in this challenge' } });

    student.tick(30_000);
    expect(await student.ok('classroom:answer', { levelId: 'counting', question: 0, answer: { kind: 'refcount', count: 4 } }))
      .toMatchObject({ verdict: 'recorded', answeredQuestions: 1, totalQuestions: 3 });
    student.tick(30_000);
    await student.ok('classroom:answer', { levelId: 'grid', question: 0, answer: { kind: 'alias', groups: [['grid[0]'], ['grid[1]'], ['grid[2]']] } });
    expect(await student.call('classroom:answer', { levelId: 'grid', question: 1, answer: { kind: 'refcount', count: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'bad-argument', message: 'this question expects a output answer, not refcount' } });
    const finished = await student.ok('classroom:finish', {});
    expect(finished.suggestedFileName).toBe('Ana - Week 3 quiz.rqresult');
    expect((await student.ok('classroom:trace', { levelId: 'grid', from: 0, count: 500 })).fullyUnlocked).toBe(true);
    const resultPath = path.join(root, finished.suggestedFileName);
    expect(await student.call('classroom:save-result', { path: path.join(root, 'result.txt') })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    await student.ok('classroom:save-result', { path: resultPath });
    expect(JSON.parse(await readFile(resultPath, 'utf8'))).toMatchObject({ profileName: 'Ana', answers: [{ atMs: 30_000 }, { atMs: 60_000 }] });

    const results = [{ kind: 'path', path: resultPath }, { kind: 'path', path: path.join(root, 'missing.rqresult') }] as const;
    const report = await teacher.ok('classroom:grade', { pack: { kind: 'stored', packId: exported.pack.id }, results: [...results] });
    expect(report.students.map((s) => [s.profileName, s.totalRight, s.totalQuestions])).toEqual([['Ana', 1, 3]]);
    expect(report.questions[0]).toMatchObject({ levelId: 'grid', question: 0, missed: 1 });
    expect(report.flags).toEqual([{ file: 'missing.rqresult', kind: 'unreadable', message: 'could not be read: no such file', profileName: null }]);
    const byFile = await teacher.ok('classroom:grade', { pack: { kind: 'path', path: packPath }, results: [...results] });
    expect(byFile).toEqual(report);

    const csvPath = path.join(root, 'grades.csv');
    await teacher.ok('classroom:export-csv', { pack: { kind: 'stored', packId: exported.pack.id }, results: [...results], path: csvPath });
    const csv = await readFile(csvPath, 'utf8');
    expect(csv.split('\r\n')[1]).toBe('Ana,Ana - Week 3 quiz.rqresult,counted,,1,3,0,60,1,0,30,0,0,60');
  });

  it('a refused pack is reported and stores nothing; arguments and paths are checked', async () => {
    const student = await app('student');
    const empty = JSON.stringify({ format: 'refquest-pack', version: 1 });
    const refused = await student.ok('classroom:import-pack', { file: { kind: 'text', name: 'x.rqpack', text: empty } });
    expect(refused.status === 'refused' && refused.problems[0]).toMatch(/^id: /);
    await expect(readdir(path.join(root, 'student', 'packs'))).rejects.toThrow(/ENOENT/);
    const huge = path.join(root, 'huge.rqpack');
    await writeFile(huge, Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect(await student.ok('classroom:import-pack', { file: { kind: 'path', path: huge } }))
      .toEqual({ status: 'refused', problems: ['huge.rqpack: the file is larger than 1 MiB (2,097,152 bytes)'] });
    expect(await student.ok('classroom:import-pack', { file: { kind: 'path', path: '/etc/passwd' } }))
      .toEqual({ status: 'refused', problems: ['passwd: "passwd" is not a .rqpack file'] });
    expect(await student.call('classroom:save-result', { path: 'relative.rqresult' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await student.call('classroom:start', { packId: 'nope' })).toMatchObject({ ok: false, error: { code: 'no-profile' } });
    expect(await student.call('classroom:grade', { pack: { kind: 'stored', packId: 'x' }, results: [] })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });

  it('exports chosen campaign levels; refuses unknown ids', async () => {
    const teacher = await app('teacher');
    const out = path.join(root, 'campaign.rqpack');
    const exported = await teacher.ok('classroom:export-pack', {
      levels: { kind: 'campaign', levelIds: ['grid-trap', 'two-labels'] }, title: 'Grids', rules: { hints: true, attemptsPerQuestion: 3 }, path: out,
    });
    expect(exported).toMatchObject({ status: 'exported', pack: { levels: [{ id: 'grid-trap' }, { id: 'two-labels' }], timeLimitMinutes: null } });
    expect(await teacher.call('classroom:export-pack', {
      levels: { kind: 'campaign', levelIds: ['no-such'] }, title: 'X', rules: { hints: true, attemptsPerQuestion: 3 }, path: out,
    })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no campaign level with id "no-such"' } });
  });
});
