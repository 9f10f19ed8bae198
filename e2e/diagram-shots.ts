// Screenshots of the heap diagram in the level editor (issue 11): a 200-node linked list, a
// mixed heap of about 30 objects, and the spot-the-leak boss's program before and after its
// `del` line; the same picture with cached objects switched off for the list. Called by
// e2e/shots.ts; each shot is named diagram-*.png.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openClassroom } from './classroom-player';
import { launchGame, REPO_ROOT } from './host';
import { createPlayer } from './player';

const CHAIN = 'class Node:\n    def __init__(self, value, nxt):\n        self.value = value\n        self.next = nxt\nhead = None\nfor i in range(200):\n    head = Node(i, head)\ndone = True\n';
const MIXED = [
  'class Person:',
  '    def __init__(self, name, scores):',
  '        self.name = name',
  '        self.scores = scores',
  'people = []',
  'by_name = {}',
  'for i in range(5):',
  '    p = Person("p" + str(i), [i * 1000 + 1, i * 1000 + 2])',
  '    people.append(p)',
  '    by_name[p.name] = p',
  'pair = (people[0], "first")',
  'done = True',
  '',
].join('\n');

async function writeProgram(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Program editor' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  await page.getByRole('status', { name: 'Program check' }).filter({ hasText: 'The engine runs this program' }).waitFor({ timeout: 120_000 });
}

/** Shows the step `back` steps before the last one. */
async function stepFromEnd(page: Page, back: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Step' });
  // the replay reads a long trace in pages, more at its end: go to the end until it stops growing
  let max = -1;
  await slider.focus();
  for (let same = 0; same < 3; ) {
    await page.keyboard.press('End');
    await page.waitForTimeout(1000);
    const now = Number(await slider.getAttribute('max'));
    same = now === max ? same + 1 : 0;
    max = now;
  }
  await slider.focus();
  await page.keyboard.press('End');
  for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(1500);
}

export async function takeDiagramShots(dir: string): Promise<string[]> {
  const session = await launchGame();
  const page = session.page;
  const saved: string[] = [];
  const shoot = async (name: string) => {
    const file = path.join(dir, `diagram-${name}.png`);
    await page.screenshot({ path: file });
    saved.push(file);
  };
  try {
    await createPlayer(page, 'Shots');
    await openClassroom(page);
    await page.getByRole('button', { name: '✎ Level editor' }).click();
    await writeProgram(page, CHAIN);
    await stepFromEnd(page, 1);
    await shoot('200-node-list');
    await page.getByRole('button', { name: /^Show cached objects/ }).click();
    await page.waitForTimeout(1500);
    await shoot('200-node-list-cached-off');
    await page.getByRole('button', { name: /^Show cached objects/ }).click();
    await page.getByRole('button', { name: 'Show the whole diagram' }).click();
    await page.waitForTimeout(800);
    await shoot('200-node-list-fit-all');
    await page.getByRole('button', { name: 'Back to the readable size' }).click();

    await writeProgram(page, MIXED);
    await stepFromEnd(page, 1);
    await shoot('mixed-30');

    const boss = parse(await readFile(path.join(REPO_ROOT, 'levels/cycles-and-gc/09-spot-the-leak.yaml'), 'utf8')) as { code: string };
    await writeProgram(page, boss.code);
    for (const back of [1, 2, 3]) {
      await stepFromEnd(page, back);
      await shoot(`spot-the-leak-end-minus-${back}`);
    }
  } finally {
    await session.close();
  }
  return saved;
}
