import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenameOp } from './atomic-file';
import { realRename } from './atomic-file';
import { decodeProgress, encodeProgress } from './format';
import { BACKUP_FILE, MAIN_FILE } from './load';
import { ProgressStore } from './store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'refquest-progress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readMain = () => readFile(path.join(dir, MAIN_FILE), 'utf8');
const readBackup = () => readFile(path.join(dir, BACKUP_FILE), 'utf8');

/** A store with one player "Ada" who finished level `a` with 2 stars. */
async function storeWithAda(options = {}): Promise<ProgressStore> {
  const store = await ProgressStore.open(dir, options);
  await store.createProfile('Ada');
  await store.recordCompletion('a', 2, 'b');
  return store;
}

describe('ProgressStore basics', () => {
  it('starts empty without notices in an empty folder', async () => {
    const store = await ProgressStore.open(dir);
    expect(store.profiles()).toEqual([]);
    expect(store.notices).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps profiles, stars, unlocks, attempts and hints across reopen', async () => {
    const store = await storeWithAda();
    await store.recordAttempt('a');
    await store.recordHint('a');
    await store.recordMistake('a');
    const bea = await store.createProfile('Bea');
    expect(store.activeProfile()?.id).toBe(bea.id);
    await store.recordCompletion('a', 3, null);

    const reopened = await ProgressStore.open(dir);
    expect(reopened.profiles().map((p) => [p.name, p.totalStars])).toEqual([['Ada', 2], ['Bea', 3]]);
    expect(reopened.activeProfile()?.name).toBe('Bea');
    const ada = reopened.profiles().find((p) => p.name === 'Ada');
    await reopened.selectProfile(ada!.id);
    expect(reopened.levelProgress('a')).toMatchObject({ completed: true, bestStars: 2, attempts: 1, hintsUsed: 1, mistakes: 1 });
    expect(reopened.levelProgress('b').unlocked).toBe(true);
    expect(reopened.notices).toEqual([]);
  });

  it('keeps the best stars, not the latest', async () => {
    const store = await storeWithAda();
    await store.recordCompletion('a', 1, null);
    expect(store.levelProgress('a').bestStars).toBe(2);
  });

  it('refuses a duplicate player name and an unknown profile id', async () => {
    const store = await storeWithAda();
    await expect(store.createProfile(' ada ')).rejects.toThrow(/already exists/);
    await expect(store.selectProfile('p-nope')).rejects.toThrow(/no player/);
  });

  it('keeps the previous version as .bak on every save', async () => {
    const store = await storeWithAda();
    const before = await readMain();
    await store.recordHint('a');
    expect(await readBackup()).toBe(before);
    expect(await readMain()).not.toBe(before);
  });
});

describe('ProgressStore crash safety', () => {
  it('a crash between write and rename loses nothing', async () => {
    let failRename = false;
    const flaky: RenameOp = {
      rename: async (from, to) => {
        if (failRename) throw new Error('simulated crash before rename');
        await realRename.rename(from, to);
      },
    };
    const store = await storeWithAda({ renameOp: flaky });
    const committed = await readMain();
    failRename = true;
    await expect(store.recordCompletion('b', 3, 'c')).rejects.toThrow(/simulated crash/);
    expect(await readMain()).toBe(committed);

    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.levelProgress('a')).toMatchObject({ completed: true, bestStars: 2 });
  });

  it('ignores and removes a half-written temporary file left by a crash', async () => {
    await storeWithAda();
    const committed = await readMain();
    await writeFile(path.join(dir, `${MAIN_FILE}.tmp-999-0`), '{"version": 1, "profi');
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.activeProfile()?.name).toBe('Ada');
    expect(await readMain()).toBe(committed);
    expect((await readdir(dir)).some((name) => name.includes('.tmp-'))).toBe(false);
  });
});

describe('ProgressStore recovery', () => {
  it('recovers a corrupt main file from .bak, says so, and keeps the damaged file', async () => {
    const store = await storeWithAda();
    await store.recordHint('a'); // .bak now holds Ada with the completion but no hint
    await writeFile(path.join(dir, MAIN_FILE), '{"version": 1, "profiles": [garbage');

    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices).toHaveLength(1);
    expect(reopened.notices[0]!.severity).toBe('warning');
    expect(reopened.notices[0]!.message).toMatch(/restored from the backup/);
    expect(reopened.levelProgress('a')).toMatchObject({ completed: true, bestStars: 2, hintsUsed: 0 });
    const names = await readdir(dir);
    const aside = names.find((n) => n.startsWith('progress.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, aside!), 'utf8')).toContain('garbage');
    expect(decodeProgress(await readMain()).kind).toBe('ok'); // written back at once
  });

  it('recovers from .bak when the main file fails the schema beyond repair', async () => {
    const store = await storeWithAda();
    await store.recordHint('a');
    await writeFile(path.join(dir, MAIN_FILE), JSON.stringify({ version: 1, activeProfileId: 3, profiles: 'lost' }));
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices[0]!.message).toMatch(/could not be read: .*It was restored from the backup copy/);
    expect(reopened.activeProfile()?.name).toBe('Ada');
  });

  it('both files corrupt: reported, starts fresh, both kept aside', async () => {
    await writeFile(path.join(dir, MAIN_FILE), 'not json');
    await writeFile(path.join(dir, BACKUP_FILE), '{"version": 1}');
    const store = await ProgressStore.open(dir);
    expect(store.profiles()).toEqual([]);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.severity).toBe('error');
    expect(store.notices[0]!.message).toMatch(/Starting with no progress/);
    const names = (await readdir(dir)).sort();
    expect(names.filter((n) => n.startsWith('progress.corrupt-'))).toHaveLength(2);
    expect(names).not.toContain(MAIN_FILE);
    expect(names).not.toContain(BACKUP_FILE);
  });

  it('an unknown future version is refused with a message and never overwritten', async () => {
    const future = JSON.stringify({ version: 2, somethingNew: true });
    await writeFile(path.join(dir, MAIN_FILE), future);
    const store = await ProgressStore.open(dir);
    expect(store.savingEnabled).toBe(false);
    expect(store.notices[0]!.message).toMatch(/newer version/);
    await store.createProfile('Cy');
    expect(await readMain()).toBe(future);
    expect(await readdir(dir)).toEqual([MAIN_FILE]);
  });

  it('decodes what it encodes, and rejects a file without a version', () => {
    const current = { version: 1 as const, activeProfileId: null, profiles: [] };
    expect(decodeProgress(encodeProgress(current))).toEqual({ kind: 'ok', data: current });
    expect(decodeProgress(JSON.stringify({ activeProfileId: null, profiles: [] })).kind).toBe('invalid');
    expect(decodeProgress('[]').kind).toBe('invalid');
  });
});

describe('ProgressStore repairs, not resets', () => {
  it('a UTF-8 BOM on a valid file changes nothing', async () => {
    await storeWithAda();
    await writeFile(path.join(dir, MAIN_FILE), `\uFEFF${await readMain()}`);
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.profiles().map((p) => [p.name, p.totalStars])).toEqual([['Ada', 2]]);
  });

  it('one bad field is mended and named; the rest of the player and the other players are kept', async () => {
    const store = await storeWithAda();
    await store.createProfile('Bea');
    const data = JSON.parse(await readMain());
    data.profiles[0].levels.a.bestStars = 7;
    data.profiles[0].levels.b.attempts = -1;
    await writeFile(path.join(dir, MAIN_FILE), JSON.stringify(data));
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices).toEqual([{
      severity: 'warning',
      message: expect.stringMatching(/^Your progress file progress\.json was damaged in 2 places and has been repaired: player "Ada", level a: bestStars was 7, now 0; player "Ada", level b: attempts was -1, now 0\. The file as found was kept as progress\.repaired-.*\.json\.$/),
    }]);
    expect(reopened.profiles().map((p) => p.name)).toEqual(['Ada', 'Bea']);
    const ada = reopened.profiles().find((p) => p.name === 'Ada')!;
    await reopened.selectProfile(ada.id);
    expect(reopened.levelProgress('a')).toMatchObject({ completed: true, bestStars: 0 });
    expect(reopened.levelProgress('b').unlocked).toBe(true);
    expect((await readdir(dir)).filter((f) => f.startsWith('progress.repaired-'))).toHaveLength(1);
    // the mended file was written back: the next start has nothing to report
    expect((await ProgressStore.open(dir)).notices).toEqual([]);
  });

  it('a damaged name, id or selected player is mended', async () => {
    await storeWithAda();
    const data = JSON.parse(await readMain());
    data.profiles[0].name = '';
    data.activeProfileId = 'p-gone';
    await writeFile(path.join(dir, MAIN_FILE), JSON.stringify(data));
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices[0]!.message).toContain('player 1: name was "", now "Player 1"');
    expect(reopened.notices[0]!.message).toContain('the selected player was "p-gone" is not one of the players, so none is selected');
    expect(reopened.profiles().map((p) => [p.name, p.totalStars])).toEqual([['Player 1', 2]]);
  });

  it('fields this version does not know are kept on save', async () => {
    await storeWithAda();
    const data = JSON.parse(await readMain());
    data.theme = 'dark';
    data.profiles[0].avatar = 'cat';
    data.profiles[0].levels.a.bestTimeMs = 4_200;
    await writeFile(path.join(dir, MAIN_FILE), JSON.stringify(data));
    const reopened = await ProgressStore.open(dir);
    await reopened.recordHint('a');
    const saved = JSON.parse(await readMain());
    expect([saved.theme, saved.profiles[0].avatar, saved.profiles[0].levels.a.bestTimeMs]).toEqual(['dark', 'cat', 4_200]);
  });
});
