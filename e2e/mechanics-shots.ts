// Screenshots of the puzzle mechanics and of the whole campaign map, for `npm run shots`:
//   07-map-all-worlds: the map with every world, the window stretched to the map's full height;
//   08-draw-the-heap-wrong / 09-draw-the-heap-right, 10-make-this-heap-wrong, 11-spot-the-leak.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchGame } from './host';
import { board, check, drawArrow, objectsLike } from './mechanics-player';
import { mechanicsLevelsDir } from './mechanics-levels';
import { createPlayer, mapLevel, question, verdictOf } from './player';

type Shoot = (name: string) => Promise<void>;

export async function takeMechanicsShots(dir: string): Promise<string[]> {
  const saved: string[] = [];
  const { dir: levelsDir, levels } = await mechanicsLevelsDir();
  // the full campaign map
  const campaign = await launchGame();
  try {
    const { page } = campaign;
    await createPlayer(page, 'Map');
    await page.locator('.map-screen button').first().waitFor();
    // the tallest scroller on the map screen is the whole map: make the window that tall
    const height = await page.evaluate<number>("Math.max(...[...document.querySelectorAll('.map-screen *')].map((n) => n.scrollHeight))");
    await page.setViewportSize({ width: 1280, height: Math.min(16_000, height + 80) });
    await page.waitForTimeout(1500);
    const file = path.join(dir, '07-map-all-worlds.png');
    await page.screenshot({ path: file });
    saved.push(file);
  } finally {
    await campaign.close();
  }
  const session = await launchGame({ levelsDir });
  const { page } = session;
  const shoot: Shoot = async (name) => {
    await page.waitForTimeout(900);
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file });
    saved.push(file);
  };
  try {
    await createPlayer(page, 'Ada');
    const [heap, make, leak] = levels;
    await mapLevel(page, heap!.title).click();
    await board(page).getByText(/Draw the heap/).waitFor();
    const rows = await objectsLike(page, /list \[0, 0\]$/);
    const pairs = await objectsLike(page, /: list$/);
    await drawArrow(page, 'row', rows[0]!);
    await drawArrow(page, 'pair', pairs[0]!);
    await drawArrow(page, `${pairs[0]}[0]`, rows[0]!);
    await drawArrow(page, `${pairs[0]}[1]`, rows[1]!);
    await check(page, 1);
    await verdictOf(page, 1).filter({ hasText: 'Not quite' }).waitFor();
    await shoot('08-draw-the-heap-wrong');
    await drawArrow(page, `${pairs[0]}[1]`, rows[0]!);
    await check(page, 1);
    await page.getByRole('dialog', { name: 'Level complete' }).waitFor();
    await page.getByRole('button', { name: 'Back to map' }).click();

    await mapLevel(page, make!.title).click();
    await board(page).getByText('The target heap').waitFor();
    await board(page).getByRole('button', { name: 'Add line: grid = [[0] * 3] * 3' }).click();
    await board(page).getByRole('button', { name: 'Add line: grid[1][1] = 1' }).click();
    await check(page, 1);
    await verdictOf(page, 1).filter({ hasText: 'Not quite' }).waitFor();
    await shoot('09-make-this-heap-wrong');
    await board(page).getByRole('button', { name: 'Remove line: grid = [[0] * 3] * 3' }).click();
    await board(page).getByRole('button', { name: 'Add line: grid = [[0] * 3 for _ in range(3)]' }).click();
    await board(page).getByRole('button', { name: 'Move up: grid = [[0] * 3 for _ in range(3)]' }).click();
    await check(page, 1);
    await page.getByRole('dialog', { name: 'Level complete' }).waitFor();
    await page.getByRole('button', { name: 'Back to map' }).click();

    await mapLevel(page, leak!.title).click();
    const card = question(page, 1);
    await card.getByRole('checkbox').first().check();
    await shoot('10-spot-the-leak');
  } finally {
    await session.close();
    await rm(levelsDir, { recursive: true, force: true });
  }
  return saved;
}
