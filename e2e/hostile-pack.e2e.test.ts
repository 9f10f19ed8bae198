// Importing a hostile pack, as a student handed one would: the check runs in main's engine
// process, so the classroom shows which level it is on and a Cancel, main answers other calls at
// once meanwhile, the pack ends refused with the reason, and the map still plays.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPack, serializePack } from '../electron/classroom/pack-format';
import type { LevelDefinition } from '../electron/levels/schema';
import { openClassroom } from './classroom-player';
import type { GameSession } from './host';
import { launchGame, REPO_ROOT } from './host';
import { levelFacts } from './level-facts';
import { createPlayer, mapLevel, question } from './player';

const FIRST = levelFacts(path.join(REPO_ROOT, 'levels', 'names-and-objects', '01-two-labels.yaml'));
const SHOTS = process.env.REFQUEST_SHOTS_DIR;

let session: GameSession | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Fourteen levels, each a line of work the engine stops at its 2-second limit: past the 20-second pack limit together. */
function slowPack(): string {
  const levels: LevelDefinition[] = Array.from({ length: 14 }, (_, i) => ({
    id: `slow-${i + 1}`,
    title: `Slow ${i + 1}`,
    concepts: ['budgets'],
    difficulty: 1,
    intro: 'A long sum.',
    code: 'a = [1]\ntotal = sum(range(10 ** 9))\nprint(a)\n',
    questions: [{ kind: 'output', line: 3 }],
    hints: ['It never finishes in time.'],
    explain: 'Too slow.',
  }));
  return serializePack(createPack(levels, { title: 'Slow pack', rules: { hints: true, attemptsPerQuestion: 3 } }));
}

/** One round trip to main from the page, in milliseconds. */
const roundTrip = (session: GameSession) =>
  session.page.evaluate(async () => {
    const api = (globalThis as unknown as { refquest: Record<string, (arg: unknown) => Promise<unknown>> }).refquest;
    const started = performance.now();
    await api['levels:list']!({});
    return performance.now() - started;
  });

describe('a hostile pack', () => {
  it('shows progress and a refusal while main stays responsive, can be cancelled, and the map still plays', async () => {
    const files = await mkdtemp(path.join(tmpdir(), 'refquest-e2e-hostile-'));
    scratch.push(files);
    await writeFile(path.join(files, 'Slow.rqpack'), slowPack());
    session = await launchGame({ dialogDir: files });
    const { page } = session;
    await createPlayer(page, 'Ana');
    await openClassroom(page);

    const progress = page.getByRole('progressbar', { name: 'Checking the pack' });
    const status = page.getByRole('region', { name: 'Challenges' }).getByRole('status');
    await page.getByRole('button', { name: 'Import pack…' }).click();
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/^Checking Slow\.rqpack: level ([2-9]|1[0-4]) of 14 \(“Slow \d+”\)/);
    // main is free while its engine process checks the pack (a loaded 2-core machine: 2 s of slack)
    expect(await roundTrip(session)).toBeLessThan(2_000);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'hostile-pack-progress.png') });
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Slow\.rqpack was refused:• .*(took over 20 seconds|does not finish within 2 seconds)/);
    expect(await progress.isHidden()).toBe(true);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'hostile-pack-refused.png') });

    // a second try, cancelled halfway
    await page.getByRole('button', { name: 'Import pack…' }).click();
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/level \d+ of 14/);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Slow.rqpack was refused:• the check was cancelled');
    expect(await page.getByRole('list', { name: 'Imported packs' }).textContent()).toBe('No challenge imported yet.');

    // the map plays on
    await page.getByRole('button', { name: '← Map' }).click();
    await mapLevel(page, FIRST.title).click();
    await question(page, 1).waitFor();
  }, 180_000);
});
