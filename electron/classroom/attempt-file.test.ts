// The challenges in play on disk: a round trip keeps answers, hints and the integrity chain; a
// version-1 file (hint counts only) is read; a BOM is tolerated; one damaged field is repaired
// or left out and named in a notice, the other attempts kept; unknown fields survive a save;
// an unreadable file is kept aside, never overwritten, and named.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttempts, saveAttempts } from './attempt-file';
import { finishAttempt, newAttempt, recordAnswer, takeHint } from './challenge';
import { chainProblem } from './result-chain';
import { answerKey } from './solved-answers';
import { makePack, START } from './test-fixtures';

const { pack, solutions } = makePack({ hints: true, attemptsPerQuestion: 3 });
const packOf = (id: string) => (id === pack.id ? pack : undefined);

function playedAttempt(name = 'Ana') {
  const attempt = newAttempt(pack, name, START);
  takeHint(attempt, 'counting', START + 4_000);
  const key = answerKey(solutions[0]!, 0);
  recordAnswer(attempt, 'counting', 0, key.correct, key, START + 9_000);
  return attempt;
}

async function savedFile(attempts: [string, ReturnType<typeof playedAttempt>][]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rq-attempts-'));
  await saveAttempts(dir, new Map(attempts));
  const file = path.join(dir, 'challenges.json');
  return { dir, file, json: JSON.parse(await readFile(file, 'utf8')) };
}

describe('challenges.json', () => {
  it('round-trips an attempt with its answers, hints and integrity chain', async () => {
    const attempt = playedAttempt();
    const { dir } = await savedFile([['p1', attempt]]);
    const { attempts, notices } = await loadAttempts(dir, packOf);
    const loaded = attempts.get('p1')!;
    expect(notices).toEqual([]);
    expect(loaded.hints).toEqual([{ levelId: 'counting', index: 0, atMs: 4_000 }]);
    expect(loaded.answers).toEqual(attempt.answers);
    expect([...loaded.statuses]).toEqual([...attempt.statuses]);
    expect(loaded.chain).toEqual(attempt.chain);
    const result = finishAttempt(loaded, START + 20_000);
    expect(chainProblem(result, result.integrity!)).toBeNull();
  });

  it('reads a version-1 file: its hint counts become hints taken at the start, its chain is built', async () => {
    const { dir, file, json } = await savedFile([['p1', playedAttempt()]]);
    const { hints: _hints, chain: _chain, ...rest } = json.attempts[0];
    await writeFile(file, JSON.stringify({ version: 1, attempts: [{ ...rest, hintsShown: [['counting', 1]] }] }));
    const { attempts, notices } = await loadAttempts(dir, packOf);
    const loaded = attempts.get('p1')!;
    expect(notices).toEqual([]);
    expect(loaded.hints).toEqual([{ levelId: 'counting', index: 0, atMs: 0 }]);
    expect(loaded.answers).toHaveLength(1);
    const result = finishAttempt(loaded, START + 20_000);
    expect(chainProblem(result, result.integrity!)).toBeNull();
  });

  it('tolerates a UTF-8 byte order mark', async () => {
    const { dir, file } = await savedFile([['p1', playedAttempt()]]);
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    const { attempts, notices } = await loadAttempts(dir, packOf);
    expect(notices).toEqual([]);
    expect(attempts.get('p1')!.answers).toHaveLength(1);
  });

  it('one damaged answer is left out and named; the chain then shows the gap; the other player keeps everything', async () => {
    const { dir, file, json } = await savedFile([['p1', playedAttempt('Ana')], ['p2', playedAttempt('Ben')]]);
    json.attempts[0].answers[0].atMs = 'soon';
    await writeFile(file, JSON.stringify(json));
    const { attempts, notices } = await loadAttempts(dir, packOf);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/challenges\.json, was damaged and has been repaired; the file as found was kept as challenges\.damaged-.*\.json\. "Ana"'s challenge: answer 1 was damaged and is left out\./);
    expect((await readdir(dir)).filter((f) => f.startsWith('challenges.damaged-'))).toHaveLength(1);
    expect(attempts.get('p1')!.answers).toEqual([]);
    expect(attempts.get('p2')!.answers).toHaveLength(1);
    const ana = finishAttempt(attempts.get('p1')!, START + 20_000);
    expect(chainProblem(ana, ana.integrity!)).toBe('its record has answer 1, which the file no longer has (deleted)');
  });

  it('damaged question states are rebuilt from the answers; a damaged deadline is set from the pack', async () => {
    const timed = makePack({ hints: false, attemptsPerQuestion: 1 }, 30);
    const attempt = newAttempt(timed.pack, 'Cleo', START);
    const key = answerKey(timed.solutions[0]!, 0);
    recordAnswer(attempt, 'counting', 0, key.correct, key, START + 9_000);
    const { dir, file, json } = await savedFile([['p1', attempt]]);
    json.attempts[0].statuses = 'lost';
    json.attempts[0].deadlineMs = null;
    await writeFile(file, JSON.stringify(json));
    const { attempts, notices } = await loadAttempts(dir, (id) => (id === timed.pack.id ? timed.pack : undefined));
    const loaded = attempts.get('p1')!;
    expect(loaded.statuses.get('counting')).toEqual([{ state: 'closed', tries: 1, verdict: 'recorded' }]);
    expect(loaded.statuses.get('grid')).toEqual([{ state: 'open', tries: 0 }, { state: 'open', tries: 0 }]);
    expect(loaded.deadlineMs).toBe(START + 30 * 60_000);
    expect(notices[0]!.message).toContain('the state of its questions was damaged and is rebuilt from its answers');
    expect(notices[0]!.message).toContain('its deadline was damaged and is set again from the pack');
  });

  it('a damaged integrity record is not rebuilt: the result will be flagged', async () => {
    const { dir, file, json } = await savedFile([['p1', playedAttempt()]]);
    json.attempts[0].chain.links[0].hash = 'xyz';
    await writeFile(file, JSON.stringify(json));
    const { attempts, notices } = await loadAttempts(dir, packOf);
    expect(notices[0]!.message).toContain('its integrity record was damaged: the teacher will see its result flagged');
    const result = finishAttempt(attempts.get('p1')!, START + 20_000);
    expect(chainProblem(result, result.integrity!)).toMatch(/^hint 1 is not in the record|^answer 1 is not in the record/);
  });

  it('keeps fields it does not know, in the file and in each attempt, on the next save', async () => {
    const { dir, file, json } = await savedFile([['p1', playedAttempt()]]);
    await writeFile(file, JSON.stringify({ ...json, teacherNote: 'room 4', attempts: [{ ...json.attempts[0], seat: 12 }] }));
    const { attempts } = await loadAttempts(dir, packOf);
    await saveAttempts(dir, attempts);
    const again = JSON.parse(await readFile(file, 'utf8'));
    expect(again.teacherNote).toBe('room 4');
    expect(again.attempts[0].seat).toBe(12);
    expect(again.version).toBe(3);
  });

  it('keeps an unreadable file aside instead of overwriting it, and names it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rq-attempts-'));
    await writeFile(path.join(dir, 'challenges.json'), '{"version": 3');
    const { attempts, notices } = await loadAttempts(dir, packOf);
    expect(attempts.size).toBe(0);
    const aside = (await readdir(dir)).filter((f) => f.startsWith('challenges.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(notices).toEqual([{ severity: 'error', message: expect.stringMatching(new RegExp(`challenges\\.json, could not be read \\(not valid JSON: .*\\): they are lost\\. The file was kept as ${aside[0]!.replace(/\./g, '\\.')}\\.`)) }]);
  });
});
