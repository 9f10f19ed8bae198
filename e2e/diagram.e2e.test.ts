// The heap diagram as a player and a teacher meet it: the pointer reaches its canvas (no panel
// lies over it), and a 200-node linked list written in the editor is drawn with every node
// reachable from the keyboard and by search within a second of stepping to it.
import { afterEach, describe, expect, it } from 'vitest';
import { openClassroom } from './classroom-player';
import type { GameSession } from './host';
import { launchGame } from './host';
import { createPlayer } from './player';

const CHAIN = [
  'class Node:',
  '    def __init__(self, value, nxt):',
  '        self.value = value',
  '        self.next = nxt',
  'head = None',
  'for i in range(200):',
  '    head = Node(i, head)',
  'done = True',
  '',
].join('\n');

let session: GameSession | undefined;
afterEach(async (context) => {
  // a failed run leaves its last picture for whoever reads the log
  if (context.task.result?.state === 'fail') await session?.page.screenshot({ path: 'dist/diagram-e2e-failure.png' }).catch(() => {});
  await session?.close();
  session = undefined;
});

describe('the heap diagram', () => {
  it('shows a 200-node list from the editor with every node reachable by keyboard and search, under the pointer', async () => {
    session = await launchGame();
    const page = session.page;
    await createPlayer(page, 'Ada');
    await openClassroom(page);
    await page.getByRole('button', { name: '✎ Level editor' }).click();
    await page.getByRole('textbox', { name: 'Program editor' }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(CHAIN);
    await page.getByRole('status', { name: 'Program check' }).filter({ hasText: 'The engine runs this program' }).waitFor({ timeout: 120_000 });

    const board = page.getByRole('listbox', { name: 'Objects in the diagram' });
    // the board is visually hidden (the canvas shows it), so its options are counted in the DOM
    const nodes = board.locator('[role=option]', { hasText: /^Node object/ });
    // the step after the last `head = Node(...)`: the replay's last step but one
    const slider = page.getByRole('slider', { name: 'Step' });
    // the replay reads the trace in pages: wait until its ~1,200 steps are all readable
    await expect.poll(async () => Number(await slider.getAttribute('max')), { timeout: 120_000 }).toBeGreaterThan(1000);
    await slider.focus();
    await page.keyboard.press('End');
    const t0 = Date.now();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => nodes.count(), { timeout: 30_000, interval: 25 }).toBe(200);
    const elapsed = Date.now() - t0;
    console.log(`all 200 nodes listed ${elapsed} ms after the step`);
    expect(elapsed).toBeLessThan(1000);

    // the keyboard walks the objects: End reaches the last one, Home the first
    await board.focus();
    await page.keyboard.press('End');
    const activeName = async () => {
      const id = await board.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).textContent() : null;
    };
    expect(await activeName()).not.toBeNull();
    await page.keyboard.press('Home');
    const first = await activeName();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    expect(await activeName()).not.toBe(first);
    // search by a name: `head` finds the list's first node
    const search = page.getByRole('searchbox', { name: 'Find an object by name, type or value' });
    await search.fill('head');
    await search.press('Enter');
    expect(await activeName()).toMatch(/^Node object, refcount \d+, named head$/);

    // the pointer reaches the canvas at the diagram's centre (no panel over it)
    const box = (await page.locator('.heap-canvas-surface').boundingBox())!;
    const hit = await page.evaluate(`(() => {
      const el = document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2});
      return el && el.classList.contains('heap-canvas-surface') ? 'canvas' : el?.tagName + '.' + el?.className;
    })()`);
    expect(hit).toBe('canvas');
  }, 240_000);
});
