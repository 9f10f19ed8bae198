// Imported packs on disk: kept across restarts, a conflicting id refused, a damaged stored file
// reported and left in place.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineSolver } from '../levels/answers';
import { checkPack, solvePack } from './pack-check';
import { serializePack } from './pack-format';
import { PackStore } from './pack-store';
import { makePack } from './test-fixtures';

const check = (input: Uint8Array | string) => checkPack(input, engineSolver);

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'refquest-packs-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('pack store', () => {
  it('keeps imported packs across a restart, and imports the same file twice as one', async () => {
    const { pack, text } = makePack();
    const store = await PackStore.open(userData);
    expect(await store.importBytes(text, check)).toEqual({ status: 'imported', pack });
    expect((await store.importBytes(text, check)).status).toBe('already-imported');
    const reopened = await PackStore.open(userData);
    expect(reopened.list()).toEqual([pack]);
    expect((await reopened.solutionsOf(pack.id, (stored) => solvePack(stored, engineSolver))).map((s) => s.questions.length)).toEqual([1, 2]);
    expect(await readFile(path.join(userData, 'packs', `${pack.id}.rqpack`), 'utf8')).toBe(text);
  });

  it('refuses a different pack under an id already imported, leaving the stored one as it was', async () => {
    const { pack, text } = makePack();
    const store = await PackStore.open(userData);
    await store.importBytes(text, check);
    const changed = serializePack({ ...pack, title: 'Another quiz' });
    expect(await store.importBytes(changed, check)).toEqual({
      status: 'refused',
      problems: ['a different pack with the same id is already imported ("Week 3 quiz"); remove it first'],
    });
    expect(await readFile(path.join(userData, 'packs', `${pack.id}.rqpack`), 'utf8')).toBe(text);
    expect(await store.remove(pack.id)).toBe(true);
    expect((await store.importBytes(changed, check)).status).toBe('imported');
  });

  it('reports a damaged stored file by name and lists the others', async () => {
    const good = makePack();
    const store = await PackStore.open(userData);
    await store.importBytes(good.text, check);
    await writeFile(path.join(userData, 'packs', 'broken.rqpack'), '{"format": "refquest-pack", "version": 1');
    const reopened = await PackStore.open(userData);
    expect(reopened.list().map((p) => p.id)).toEqual([good.pack.id]);
    expect(reopened.problems).toEqual([expect.stringMatching(/^packs\/broken\.rqpack: the file is not valid JSON/)]);
  });
});
