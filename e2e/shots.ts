// `npm run shots`: PNG screenshots of the game as a player sees it — the map, a level before
// answering, after a wrong answer, after a right one (with the heap diagram), the level-complete
// celebration and the map after the win, then the classroom (e2e/classroom-shots.ts: the level
// editor, a challenge in play, the teacher view), then the whole campaign map and the puzzle
// mechanics (e2e/mechanics-shots.ts) — into SHOTS_DIR (default e2e/shots/).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { GameSession } from './host';
import { launchGame, REPO_ROOT } from './host';
import { takeClassroomShots } from './classroom-shots';
import { takeMechanicsShots } from './mechanics-shots';
import { levelFacts } from './level-facts';
import { answerIdentity, answerOutput, createPlayer, mapLevel, question, verdictOf } from './player';

const FIRST_LEVEL = path.join(REPO_ROOT, 'levels', 'names-and-objects', '01-two-labels.yaml');

/** Plays the first level through the UI, saving a PNG at each moment worth seeing. */
export async function takeShots(session: GameSession, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const { page } = session;
  const saved: string[] = [];
  const shoot = async (name: string) => {
    await page.waitForTimeout(900); // let animations settle
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file });
    saved.push(file);
  };
  const facts = levelFacts(FIRST_LEVEL);
  await createPlayer(page, 'Ada');
  await mapLevel(page, facts.title).waitFor();
  await shoot('01-map');

  await mapLevel(page, facts.title).click();
  await question(page, 1).waitFor();
  await shoot('02-level-before-answer');

  const same = facts.isSame(2, 'a', 'b');
  await answerIdentity(page, 1, !same);
  await verdictOf(page, 1).filter({ hasText: 'Not quite' }).waitFor();
  await shoot('03-level-after-wrong-answer');

  await answerIdentity(page, 1, same);
  await verdictOf(page, 1).filter({ hasText: 'Right' }).waitFor();
  // the right answer replays the steps it unlocked: wait for the replay to finish
  const replay = page.getByRole('group', { name: 'Replay' });
  await replay.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 5_000 }).catch(() => undefined);
  await replay.getByRole('button', { name: 'Play' }).waitFor({ timeout: 20_000 });
  await shoot('04-level-after-right-answer');

  await answerOutput(page, 2, facts.stdout);
  await page.getByRole('dialog', { name: 'Level complete' }).waitFor();
  await shoot('05-level-complete');

  await page.getByRole('button', { name: 'Back to map' }).click();
  await mapLevel(page, facts.title).waitFor();
  await shoot('06-map-after-win');

  await takeClassroomShots(page, session.dialogDir, shoot);
  return saved;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(process.env.SHOTS_DIR ?? path.join(REPO_ROOT, 'e2e', 'shots'));
  const session = await launchGame();
  // a screenshot of a page that threw is not what players see: say so
  session.page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  try {
    const files = await takeShots(session, dir);
    files.push(...(await takeMechanicsShots(dir)));
    console.log(`wrote ${files.length} screenshots:\n${files.join('\n')}`);
  } finally {
    await session.close();
  }
}
