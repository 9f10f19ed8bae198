// The challenge lock through the real handler table and dispatch: while any player's challenge
// is unfinished, the editor's and grading's channels refuse in main (the renderer is not
// trusted to hide them), and they open again once it is finished.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgOf, Channel, Reply, ResultOf } from '../api';
import { countingLevel, gridLevel } from '../classroom/test-fixtures';
import { testEngine } from '../worker/test-engine';
import { createDispatch } from './register';
import { createHandlers, openServices } from './services';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');
const SENDER = { url: 'app://refquest/index.html', isMainFrame: true };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'refquest-lock-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function app(name: string) {
  await mkdir(path.join(root, name));
  const services = await openServices({ userDataDir: path.join(root, name), levelsDir: LEVELS_DIR, engine: testEngine() });
  services.classroom.now = () => Date.now();
  const dispatch = createDispatch(createHandlers(services), { kind: 'origin', origin: 'app://refquest' });
  const call = <C extends Channel>(channel: C, arg: ArgOf<C>) => dispatch(channel, arg, SENDER) as Promise<Reply<ResultOf<C>>>;
  const ok = async <C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> => {
    const reply = await call(channel, arg);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  return { call, ok };
}

describe('the challenge lock', () => {
  it('refuses the editor and grading while a challenge is in play, under any player, until it is finished', async () => {
    const student = await app('student');
    const packPath = path.join(root, 'quiz.rqpack');
    const exported = await student.ok('classroom:export-pack', {
      levels: { kind: 'edited', levels: [countingLevel, gridLevel] },
      title: 'Week 3 quiz',
      rules: { hints: false, attemptsPerQuestion: 1 },
      path: packPath,
    });
    if (exported.status !== 'exported') throw new Error(exported.problems.join('; '));
    await student.ok('profiles:create', { name: 'Ana' });
    await student.ok('classroom:start', { packId: exported.pack.id });

    const attempts: [Channel, unknown][] = [
      ['editor:check', { code: countingLevel.code }],
      ['editor:trace', { code: countingLevel.code, from: 0, count: 10 }],
      ['editor:solve', { level: countingLevel }],
      ['editor:check-answer', { level: countingLevel, question: 0, answer: { kind: 'refcount', count: 4 } }],
      ['classroom:grade', { pack: { kind: 'stored', packId: exported.pack.id }, results: [{ kind: 'path', path: path.join(root, 'any.rqresult') }] }],
    ];
    for (const [channel, arg] of attempts) {
      const reply = await student.call(channel, arg as never);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('"Week 3 quiz" is in play (Ana)') } });
    }

    // another player on the same machine does not lift the lock
    await student.ok('profiles:create', { name: 'Teacher' });
    expect(await student.call('editor:solve', { level: countingLevel })).toMatchObject({ ok: false, error: { code: 'locked' } });

    // the challenge still plays
    const profiles = await student.ok('profiles:list', {});
    const ana = profiles.profiles.find((p) => p.name === 'Ana')!;
    await student.ok('profiles:select', { profileId: ana.id });
    await student.ok('classroom:answer', { levelId: 'counting', question: 0, answer: { kind: 'refcount', count: 4 } });
    await student.ok('classroom:finish', {});

    expect(await student.ok('editor:solve', { level: countingLevel })).toMatchObject({ status: 'solved' });
    expect(await student.ok('editor:check-answer', { level: countingLevel, question: 0, answer: { kind: 'refcount', count: 3 } })).toEqual({ right: false });
  });
});

describe('the challenge lock on campaign levels', () => {
  it('a campaign level the challenge holds cannot be opened, answered, traced or hinted until it is finished', async () => {
    const student = await app('student');
    const exported = await student.ok('classroom:export-pack', {
      levels: { kind: 'campaign', levelIds: ['two-labels'] },
      title: 'Names quiz',
      rules: { hints: true, attemptsPerQuestion: 3 },
      path: path.join(root, 'names.rqpack'),
    });
    if (exported.status !== 'exported') throw new Error(exported.problems.join('; '));
    await student.ok('profiles:create', { name: 'Ana' });
    expect(await student.ok('levels:open', { levelId: 'two-labels' })).toMatchObject({ id: 'two-labels' });
    await student.ok('classroom:start', { packId: exported.pack.id });

    const held: [Channel, unknown][] = [
      ['levels:open', { levelId: 'two-labels' }],
      ['levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } }],
      ['levels:trace', { levelId: 'two-labels', from: 0, count: 10 }],
      ['levels:hint', { levelId: 'two-labels' }],
    ];
    for (const [channel, arg] of held) {
      expect(await student.call(channel, arg as never), channel).toMatchObject({
        ok: false, error: { code: 'locked', message: 'this level is part of the challenge "Names quiz" in play (Ana): finish the challenge first' },
      });
    }
    // the campaign's other levels are not held
    expect(await student.call('levels:list', {})).toMatchObject({ ok: true });
    await student.ok('classroom:finish', {});
    expect(await student.ok('levels:open', { levelId: 'two-labels' })).toMatchObject({ id: 'two-labels' });
  });
});
