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

  it('recovers from .bak when the main file fails the schema', async () => {
    const store = await storeWithAda();
    await store.recordHint('a');
    await writeFile(path.join(dir, MAIN_FILE), JSON.stringify({ version: 1, activeProfileId: 3, profiles: [] }));
    const reopened = await ProgressStore.open(dir);
    expect(reopened.notices[0]!.message).toMatch(/activeProfileId/);
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
