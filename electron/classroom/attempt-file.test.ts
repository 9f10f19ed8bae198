// The challenges in play on disk: a round trip keeps answers and hints with their times, a
// version-1 file (hint counts only) is read, and a damaged file is kept aside, never overwritten.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttempts, saveAttempts } from './attempt-file';
import { newAttempt, recordAnswer, takeHint } from './challenge';
import { answerKey } from './solved-answers';
import { makePack, START } from './test-fixtures';

const { pack, solutions } = makePack({ hints: true, attemptsPerQuestion: 3 });
const packOf = (id: string) => (id === pack.id ? pack : undefined);

function playedAttempt() {
  const attempt = newAttempt(pack, 'Ana', START);
  takeHint(attempt, 'counting', START + 4_000);
  const key = answerKey(solutions[0]!, 0);
  recordAnswer(attempt, 'counting', 0, key.correct, key, START + 9_000);
  return attempt;
}

describe('challenges.json', () => {
  it('round-trips an attempt with its answers and hints', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rq-attempts-'));
    const attempt = playedAttempt();
    await saveAttempts(dir, new Map([['p1', attempt]]));
    const loaded = (await loadAttempts(dir, packOf)).get('p1')!;
    expect(loaded.hints).toEqual([{ levelId: 'counting', index: 0, atMs: 4_000 }]);
    expect(loaded.answers).toEqual(attempt.answers);
    expect([...loaded.statuses]).toEqual([...attempt.statuses]);
  });

  it('reads a version-1 file: its hint counts become hints taken at the start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rq-attempts-'));
    await saveAttempts(dir, new Map([['p1', playedAttempt()]]));
    const file = path.join(dir, 'challenges.json');
    const v2 = JSON.parse(await readFile(file, 'utf8'));
    const { hints: _hints, ...rest } = v2.attempts[0];
    await writeFile(file, JSON.stringify({ version: 1, attempts: [{ ...rest, hintsShown: [['counting', 1]] }] }));
    const loaded = (await loadAttempts(dir, packOf)).get('p1')!;
    expect(loaded.hints).toEqual([{ levelId: 'counting', index: 0, atMs: 0 }]);
    expect(loaded.answers).toHaveLength(1);
  });

  it('keeps a damaged file aside instead of overwriting it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rq-attempts-'));
    await writeFile(path.join(dir, 'challenges.json'), '{"version": 3');
    expect((await loadAttempts(dir, packOf)).size).toBe(0);
    expect((await readdir(dir)).filter((f) => f.startsWith('challenges.unreadable-'))).toHaveLength(1);
  });
});
