// Classroom integrity as a player and a teacher see it: damaged save files are repaired or kept
// aside and named in a notice; while a challenge is in play the level editor is locked; the
// teacher view shows a class's hostile result files (an edited one, a renamed copy, a name with
// a Cyrillic letter) as flagged rows beside the honest one. Screenshots of each go to SHOTS_DIR.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileOf, makePack, play, wrongFor } from '../electron/classroom/test-fixtures';
import { ProgressStore } from '../electron/progress/store';
import { challengeQuestion, openClassroom } from './classroom-player';
import type { GameSession } from './host';
import { launchGame, REPO_ROOT } from './host';
import { createPlayer } from './player';

const SHOTS = process.env.SHOTS_DIR ?? path.join(REPO_ROOT, 'e2e', 'shots');

let session: GameSession | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

async function shoot(name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await session!.page.waitForTimeout(600);
  await session!.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe('classroom integrity', () => {
  it('names damaged save files, and locks the editor while a challenge is in play', async () => {
    const userData = await tempDir('refquest-e2e-integrity-user-');
    const files = await tempDir('refquest-e2e-integrity-files-');
    const store = await ProgressStore.open(userData);
    await store.createProfile('Ana');
    await store.recordCompletion('two-labels', 2, 'rebinding');
    await store.flush();
    const progress = JSON.parse(await readFile(path.join(userData, 'progress.json'), 'utf8'));
    progress.profiles[0].levels['two-labels'].bestStars = 9;
    await writeFile(path.join(userData, 'progress.json'), JSON.stringify(progress));
    await writeFile(path.join(userData, 'challenges.json'), '{"version": 3, "attempts": [');
    await writeFile(path.join(files, 'Week 3 quiz.rqpack'), makePack().text);

    session = await launchGame({ userDataDir: userData, dialogDir: files });
    const { page } = session;
    const notices = page.locator('.notice');
    await expect.poll(() => notices.filter({ hasText: 'progress.json was damaged in 1 place and has been repaired' }).count()).toBe(1);
    await expect.poll(() => notices.filter({ hasText: 'challenges.json, could not be read' }).count()).toBe(1);
    expect(await notices.filter({ hasText: 'bestStars was 9, now 0' }).count()).toBe(1);
    await shoot('integrity-01-damaged-files-named');
    // every notice stays until dismissed
    const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();

    await openClassroom(page);
    await page.getByRole('button', { name: 'Import pack…' }).click();
    await page.getByRole('button', { name: 'Start “Week 3 quiz”' }).click();
    await challengeQuestion(page, 1).getByRole('spinbutton').fill('3');
    await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).click();
    await challengeQuestion(page, 1).getByRole('status').filter({ hasText: 'recorded' }).waitFor();
    await page.getByRole('button', { name: '← Classroom' }).click();
    await page.getByRole('button', { name: '✎ Level editor' }).click();
    await expect.poll(() => notices.filter({ hasText: 'The level editor and grading are locked while the challenge "Week 3 quiz" is in play (Ana): finish it first.' }).count()).toBe(1);
    // still the classroom, not the editor
    expect(await page.getByRole('heading', { level: 1, name: 'Classroom' }).count()).toBe(1);
    await shoot('integrity-02-editor-locked');
  }, 300_000);

  it('shows hostile result files as flagged rows beside the honest one', async () => {
    const files = await tempDir('refquest-e2e-integrity-class-');
    const { pack, text, solutions } = makePack();
    await writeFile(path.join(files, 'Week 3 quiz.rqpack'), text);
    const ada = play(pack, solutions, 'Ada', (l, _q, c) => (l === 1 ? wrongFor(c) : c));
    // all wrong, then the grid's alias answer made right by hand
    const edited = structuredClone(play(pack, solutions, 'Emi', (_l, _q, c) => wrongFor(c)));
    edited.answers[1]!.answer = solutions[1]!.questions[0]!.correct;
    const copied = { ...ada, profileName: 'Ben' };
    const lookAlike = play(pack, solutions, '\u0410da', (_l, _q, c) => c);
    for (const [name, result] of [['Ada.rqresult', ada], ['Emi.rqresult', edited], ['Ben.rqresult', copied], ['Ada (2).rqresult', lookAlike]] as const) {
      await writeFile(path.join(files, name), fileOf(name, result).contents);
    }

    session = await launchGame({ dialogDir: files });
    const { page } = session;
    await createPlayer(page, 'Ms Hopper');
    await openClassroom(page);
    await page.getByRole('button', { name: 'Import pack…' }).click();
    await page.getByRole('region', { name: 'Challenges' }).getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await page.getByRole('button', { name: '☑ Grade results' }).click();
    await page.getByRole('button', { name: 'Open result files…' }).click();
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(5); // the header and four students
    const flagged = page.getByRole('alert').filter({ hasText: 'result files flagged' });
    await expect.poll(() => flagged.textContent()).toMatch(/^⚠ 4 result files flagged: 4 shown in the table but flagged/);
    const row = (name: string) => rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    await expect.poll(() => row('Emi').textContent()).toContain('⚠ Edited after it was written');
    await expect.poll(() => row('Ben').textContent()).toContain('⚠ Same answers as another file');
    await expect.poll(() => row('\u0410da').textContent()).toContain('⚠ Look-alike name');
    await shoot('integrity-03-teacher-flags');
  }, 300_000);
});
