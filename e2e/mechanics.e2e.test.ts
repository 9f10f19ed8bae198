// The three puzzle mechanics played through the UI as a person would: each with a wrong try
// whose differences the game shows, then the right one. What is right comes from CPython
// (python3 runs the programs), never from the game's API.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameSession } from './host';
import { launchGame } from './host';
import { board, check, drawArrow, objectsLike } from './mechanics-player';
import { mechanicsLevelsDir } from './mechanics-levels';
import { createPlayer, mapLevel, question, verdictOf } from './player';

let session: GameSession | undefined;
let levelsDir: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (levelsDir) await rm(levelsDir, { recursive: true, force: true });
});

const python = (source: string) => execFileSync('python3', ['-c', source], { encoding: 'utf8' }).trim();

/** CPython: which of the names are unreachable garbage once line `after` has run. */
function leakedByCPython(code: string, after: number, names: readonly string[]): string[] {
  const lines = code.split('\n');
  const before = lines.slice(0, after - 1).join('\n');
  const line = lines[after - 1]!;
  const probe = [
    'import gc, io, contextlib, json',
    `with contextlib.redirect_stdout(io.StringIO()):\n    exec(${JSON.stringify(before)})`,
    `ids = {n: id(eval(n)) for n in ${JSON.stringify(names)}}`,
    `exec(${JSON.stringify(line)})`,
    'gc.set_debug(gc.DEBUG_SAVEALL); gc.collect()',
    'found = {id(o) for o in gc.garbage}',
    'print(json.dumps([n for n, i in ids.items() if i in found]))',
  ].join('\n');
  return JSON.parse(python(probe)) as string[];
}

describe('puzzle mechanics', () => {
  it('draws the heap, makes a heap and spots a leak, each after a wrong try that shows what was wrong', async () => {
    const prepared = await mechanicsLevelsDir();
    levelsDir = prepared.dir;
    const [heapLevel, makeLevel, leakLevel] = prepared.levels as [typeof prepared.levels[0], typeof prepared.levels[0], typeof prepared.levels[0]];
    session = await launchGame({ levelsDir });
    const { page } = session;
    await createPlayer(page, 'Grace');

    // ---- draw the heap: row = [0, 0]; pair = [row, row]
    await mapLevel(page, heapLevel.title).click();
    await board(page).getByText('Draw the heap after line 2').waitFor();
    const shared = python(`row = [0, 0]\npair = [row, row]\nprint(pair[0] is row and pair[1] is row)`) === 'True';
    expect(shared).toBe(true);
    const rows = await objectsLike(page, /list \[0, 0\]$/);
    const pairs = await objectsLike(page, /: list$/);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await drawArrow(page, 'row', rows[0]!);
    await drawArrow(page, 'pair', pairs[0]!);
    await drawArrow(page, `${pairs[0]}[0]`, rows[0]!);
    await drawArrow(page, `${pairs[0]}[1]`, rows[1]!); // a copy: the trap
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toBe('✗ Not quite. 2 tries left.');
    const differences = question(page, 1).getByRole('list', { name: 'Differences' });
    await expect.poll(() => differences.textContent()).toContain(`Wrong target: ${pairs[0]}[1] points at the wrong object.`);
    await expect.poll(() => board(page).locator('.mark-wrong').count()).toBe(1);
    await drawArrow(page, `${pairs[0]}[1]`, rows[0]!);
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toMatch(/^✓ Right!/);
    await page.getByRole('dialog', { name: 'Level complete' }).waitFor();
    await page.getByRole('button', { name: 'Back to map' }).click();

    // ---- make this heap: three separate rows, a 1 in the middle one
    await mapLevel(page, makeLevel.title).click();
    await board(page).getByText('The target heap').waitFor();
    const add = (line: string) => board(page).getByRole('button', { name: `Add line: ${line}` }).click();
    await add('grid = [[0] * 3] * 3');
    await add('grid[1][1] = 1');
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toBe('✗ Not quite. 2 tries left.');
    await expect.poll(() => question(page, 1).getByRole('list', { name: 'Differences' }).textContent()).toMatch(/grid\[\d\]` refers to a different object than in the target/);
    await board(page).getByRole('button', { name: 'Remove line: grid = [[0] * 3] * 3' }).click();
    await add('grid = [[0] * 3 for _ in range(3)]');
    await board(page).getByRole('button', { name: 'Move up: grid = [[0] * 3 for _ in range(3)]' }).click();
    // CPython agrees that this program ends with three separate rows and one 1
    expect(python('grid = [[0] * 3 for _ in range(3)]\ngrid[1][1] = 1\nprint(len({id(r) for r in grid}), grid)')).toBe('3 [[0, 0, 0], [0, 1, 0], [0, 0, 0]]');
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toMatch(/^✓ Right!/);
    await page.getByRole('dialog', { name: 'Level complete' }).waitFor();
    await page.getByRole('button', { name: 'Back to map' }).click();

    // ---- spot the leak
    await mapLevel(page, leakLevel.title).click();
    const card = question(page, 1);
    await card.getByRole('group', { name: /Leaked after line/ }).waitFor();
    const candidates = await card.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.getAttribute("value") ?? ""));
    const leaked = leakedByCPython(leakLevel.code, Number(leakLevel.question['after']), candidates);
    expect(leaked.length).toBeGreaterThan(0);
    await card.getByRole('checkbox', { name: new RegExp(`^${leaked[0]} ·`) }).check();
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toBe('✗ Not quite. 2 tries left.');
    for (const label of leaked.slice(1)) await card.getByRole('checkbox', { name: new RegExp(`^${label} ·`) }).check();
    await check(page, 1);
    await expect.poll(() => verdictOf(page, 1).textContent()).toMatch(/^✓ Right! leaked: /);
  }, 240_000);
});
