// The whole answer loop through the real handler table and the engine's solver.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, ArgOf, Reply, ResultOf } from '../api';
import { testEngine } from '../worker/test-engine';
import type { EngineWorkers } from '../worker/engine-workers';
import { createDispatch } from './register';
import { createHandlers, openServices } from './services';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');
const SENDER = { url: 'app://refquest/index.html', isMainFrame: true };

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'refquest-handlers-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

async function client(engine: EngineWorkers | null = testEngine()) {
  const services = await openServices({ userDataDir: userData, levelsDir: LEVELS_DIR, engine });
  const dispatch = createDispatch(createHandlers(services), { kind: 'origin', origin: 'app://refquest' });
  const call = <C extends Channel>(channel: C, arg: ArgOf<C>) => dispatch(channel, arg, SENDER) as Promise<Reply<ResultOf<C>>>;
  const ok = async <C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> => {
    const reply = await call(channel, arg);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  return { call, ok, services };
}

describe('level handlers', () => {
  it('needs a player before a level opens', async () => {
    const { call } = await client();
    expect(await call('levels:open', { levelId: 'two-labels' })).toMatchObject({ ok: false, error: { code: 'no-profile' } });
  });

  it('plays the first level: gated trace, wrong then right, stars, next level unlocked, kept after restart', async () => {
    const { ok, call } = await client();
    await ok('profiles:create', { name: 'Ada' });

    const map = await ok('levels:list', {});
    const first = map.worlds[0]!.levels;
    expect(first.map((l) => l.state)).toEqual(['open', ...first.slice(1).map(() => 'locked')]);
    expect(await call('levels:open', { levelId: 'rebinding' })).toMatchObject({ ok: false, error: { code: 'locked' } });

    const view = await ok('levels:open', { levelId: 'two-labels' });
    expect(view.questions.map((q) => q.kind)).toEqual(['identity', 'output']);
    expect(JSON.stringify(view)).not.toMatch(/correct|explanation|\[1, 2, 3\]/);
    expect(view.unlockedSteps).toBe(2); // the state after line 2 would answer question 0

    const early = await ok('levels:trace', { levelId: 'two-labels', from: 0, count: 100 });
    expect(early.steps.map((s) => s.index)).toEqual([0, 1]);
    expect(early.fullyUnlocked).toBe(false);

    const wrong = await ok('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: false } });
    expect(wrong).toEqual({ verdict: 'wrong', triesLeft: 2, unlockedSteps: 2 });
    const right = await ok('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } });
    expect(right).toMatchObject({ verdict: 'right', correct: { kind: 'identity', same: true }, completed: null });
    expect(right.unlockedSteps).toBe(3); // up to the state after question 0's line, not beyond
    expect(await call('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } }))
      .toMatchObject({ ok: false, error: { code: 'conflict' } });

    const last = await ok('levels:answer', { levelId: 'two-labels', question: 1, answer: { kind: 'output', text: '[1, 2, 3]' } });
    expect(last).toMatchObject({ verdict: 'right', completed: { stars: 2, bestStars: 2, unlockedLevelId: 'rebinding' } });
    const full = await ok('levels:trace', { levelId: 'two-labels', from: 0, count: 100 });
    expect(full.fullyUnlocked).toBe(true);

    const restarted = await client();
    const again = await restarted.ok('levels:list', {});
    expect(again.worlds[0]!.levels.slice(0, 2).map((l) => [l.state, l.stars])).toEqual([['completed', 2], ['open', 0]]);
    expect(again.worlds[0]!.starsEarned).toBe(2);
    const progress = await restarted.ok('progress:get', {});
    expect(progress.levels['two-labels']).toMatchObject({ completed: true, bestStars: 2, attempts: 1, mistakes: 1 });
  });

  it('reveals the answer after the last try, and hints cost stars', async () => {
    const { ok } = await client();
    await ok('profiles:create', { name: 'Bo' });
    await ok('levels:open', { levelId: 'two-labels' });
    const hint = await ok('levels:hint', { levelId: 'two-labels' });
    expect(hint).toMatchObject({ index: 0, remaining: 2 });
    expect(hint.hint).toMatch(/binds a name/);
    for (let i = 0; i < 2; i++) await ok('levels:answer', { levelId: 'two-labels', question: 1, answer: { kind: 'output', text: '[1, 2]' } });
    const revealed = await ok('levels:answer', { levelId: 'two-labels', question: 1, answer: { kind: 'output', text: '[1, 2]' } });
    expect(revealed).toMatchObject({ verdict: 'revealed', correct: { kind: 'output' } });
    const done = await ok('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } });
    expect(done).toMatchObject({ completed: { stars: 0 } });
    const reopened = await ok('levels:open', { levelId: 'two-labels' });
    expect(reopened.status.every((s) => s.state === 'open')).toBe(true); // a fresh attempt
  });

  it('refuses answers that do not fit the question', async () => {
    const { ok, call } = await client();
    await ok('profiles:create', { name: 'Cy' });
    expect(await call('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } }))
      .toMatchObject({ ok: false, error: { code: 'conflict' } }); // not opened yet
    await ok('levels:open', { levelId: 'two-labels' });
    expect(await call('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'refcount', count: 2 } }))
      .toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await call('levels:answer', { levelId: 'two-labels', question: 7, answer: { kind: 'refcount', count: 2 } }))
      .toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('says plainly that answers need the engine when no solver exists', async () => {
    const { ok, call } = await client(null);
    await ok('profiles:create', { name: 'Di' });
    const view = await ok('levels:open', { levelId: 'two-labels' });
    expect(view.unlockedSteps).toBe(0);
    expect(await call('levels:answer', { levelId: 'two-labels', question: 0, answer: { kind: 'identity', same: true } }))
      .toMatchObject({ ok: false, error: { code: 'engine-unavailable' } });
  });
});

describe('profile handlers', () => {
  it('creates, lists and selects players', async () => {
    const { ok, call } = await client();
    const afterAda = await ok('profiles:create', { name: 'Ada' });
    const afterBo = await ok('profiles:create', { name: '  Bo ' });
    expect(afterBo.profiles.map((p) => p.name)).toEqual(['Ada', 'Bo']);
    expect(afterBo.activeProfileId).toBe(afterBo.profiles[1]!.id);
    const selected = await ok('profiles:select', { profileId: afterAda.profiles[0]!.id });
    expect(selected.activeProfileId).toBe(afterAda.profiles[0]!.id);
    expect(await call('profiles:create', { name: 'ada' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('profiles:select', { profileId: 'p-none' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('profiles:create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });
});
