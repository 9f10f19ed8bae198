// Playing the game as a person would, through roles and labels only: the real handler table
// answers (levels, engine-checked answers, progress on disk); nothing is mocked.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameSession } from './host';
import { launchGame, REPO_ROOT } from './host';
import { levelFacts } from './level-facts';
import { answerIdentity, answerOutput, createPlayer, mapLevel, question, verdictOf } from './player';

const FIRST = levelFacts(path.join(REPO_ROOT, 'levels', 'names-and-objects', '01-two-labels.yaml'));
const SECOND = levelFacts(path.join(REPO_ROOT, 'levels', 'names-and-objects', '02-rebinding.yaml'));

let session: GameSession | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

const labelOf = (title: string) => mapLevel(session!.page, title).getAttribute('aria-label');

describe('playing RefQuest', () => {
  it('creates a player, refuses a locked level with the reason, wins the first level and keeps it after a restart', async () => {
    session = await launchGame();
    const { page } = session;
    await createPlayer(page, 'Ada');
    await expect.poll(() => labelOf(FIRST.title)).toBe(`Level 1: ${FIRST.title}, open`);
    await expect.poll(() => labelOf(SECOND.title)).toBe(`Level 2: ${SECOND.title}, locked`);
    await expect.poll(() => page.getByRole('button', { name: /Switch player/ }).textContent()).toBe('Player: Ada');

    // a locked level does not open, and the game says why
    await mapLevel(page, SECOND.title).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Locked' }).textContent()).toMatch(/is locked: finish the level before it first/);
    expect(await question(page, 1).count()).toBe(0);

    // the first level: wrong, then right
    await mapLevel(page, FIRST.title).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(FIRST.title);
    await expect.poll(() => page.getByRole('textbox', { name: 'Program code' }).textContent()).toContain('b.append(3)');
    const same = FIRST.isSame(2, 'a', 'b');
    await answerIdentity(page, 1, !same);
    await expect.poll(() => verdictOf(page, 1).textContent()).toBe('✗ Not quite. 2 tries left.');
    await expect.poll(() => page.getByLabel(/Stars still possible/).getAttribute('aria-label')).toBe('Stars still possible: 2 of 3');
    await answerIdentity(page, 1, same);
    await expect.poll(() => verdictOf(page, 1).textContent()).toMatch(new RegExp(`^✓ Right! ${same ? 'True' : 'False'}`));
    // the right answer opens the replay up to the question's step
    await expect.poll(() => page.getByRole('slider', { name: 'Step' }).isEnabled()).toBe(true);
    await answerOutput(page, 2, FIRST.stdout);
    const done = page.getByRole('dialog', { name: 'Level complete' });
    await expect.poll(() => done.getByRole('img').getAttribute('aria-label')).toBe('2 of 3 stars');
    await expect.poll(() => done.textContent()).toContain(`New level unlocked: ${SECOND.title}`);

    await done.getByRole('button', { name: 'Back to map' }).click();
    await expect.poll(() => labelOf(FIRST.title)).toBe(`Level 1: ${FIRST.title}, completed, 2 of 3 stars`);
    await expect.poll(() => labelOf(SECOND.title)).toBe(`Level 2: ${SECOND.title}, open`);

    // quit and come back: the same player, the same progress, no picker
    session = await session.restart();
    await expect.poll(() => labelOf(FIRST.title)).toBe(`Level 1: ${FIRST.title}, completed, 2 of 3 stars`);
    await expect.poll(() => labelOf(SECOND.title)).toBe(`Level 2: ${SECOND.title}, open`);
    expect(await session.page.getByRole('dialog', { name: 'Who is playing?' }).count()).toBe(0);
    await expect.poll(() => session!.page.getByRole('button', { name: /Switch player/ }).textContent()).toBe('Player: Ada');
  }, 150_000);

  it('names a broken level file in the notices and still loads the other levels', async () => {
    const levelsDir = await mkdtemp(path.join(tmpdir(), 'refquest-e2e-levels-'));
    scratch.push(levelsDir);
    await cp(path.join(REPO_ROOT, 'levels'), levelsDir, { recursive: true });
    const broken = path.join(levelsDir, 'names-and-objects', '06-broken.yaml');
    const good = await readFile(path.join(levelsDir, 'names-and-objects', '01-two-labels.yaml'), 'utf8');
    // a copy of a good level with one bad field: its path and field must be named
    await writeFile(broken, good.replace('id: two-labels', 'id: broken-level').replace(/^title: .*$/m, 'title: Broken').replace('after: 2', 'after: soon'));
    session = await launchGame({ levelsDir });
    const { page } = session;
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.getByRole('alert').textContent()).toMatch(/A level file could not be loaded/);
    await expect.poll(() => notices.getByRole('listitem').textContent()).toMatch(/06-broken\.yaml: questions\[0\]\.after: /);
    await createPlayer(page, 'Grace');
    await expect.poll(() => labelOf(FIRST.title)).toBe(`Level 1: ${FIRST.title}, open`);
    expect(await page.getByRole('button', { name: /^Level \d+: Broken,/ }).count()).toBe(0);
  });

  it('moves between levels with the arrow keys and opens one with Enter', async () => {
    session = await launchGame();
    const { page } = session;
    await createPlayer(page, 'Linus');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe(`Level 1: ${FIRST.title}, open`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe(`Level 2: ${SECOND.title}, locked`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(FIRST.title);
  });
});
