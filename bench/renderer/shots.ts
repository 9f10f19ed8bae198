// Screenshots of the heap diagram's dev page: every sample at its focus step, one frame in the
// middle of an animated step, and the picking marks. PNGs go to $SHOTS_DIR (default
// dist/heap-shots). `npx tsx bench/renderer/shots.ts`
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DevWindow } from '../../renderer/heap/dev-api';
import { openDevPage } from './browser';
import { SAMPLE_SPECS, traceSample } from './samples';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = path.resolve(process.env.SHOTS_DIR ?? path.join(repoRoot, 'dist', 'heap-shots'));

export async function takeShots(): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const dev = await openDevPage();
  const written: string[] = [];
  const shot = async (name: string) => {
    const file = path.join(outDir, `heap-${name}.png`);
    await dev.page.screenshot({ path: file });
    written.push(file);
  };
  try {
    for (const spec of SAMPLE_SPECS) {
      const focus = traceSample(spec).focus;
      await dev.page.evaluate(([n, s]) => (globalThis as unknown as DevWindow).heapDev.show(n, s, false), [spec.name, focus] as const);
      await shot(`${spec.name}-step${focus}`);
    }
    // mid-animation: the grid appearing (new boxes popping in), and `del a` turning a list into a zombie
    const grid = traceSample(SAMPLE_SPECS[0]!);
    await dev.page.evaluate(() => (globalThis as unknown as DevWindow).heapDev.show('grid', 0, false));
    await dev.page.evaluate(() => void (globalThis as unknown as DevWindow).heapDev.show('grid', 1, true));
    await dev.page.waitForTimeout(480);
    await shot('grid-animating-step1');
    const zombie = traceSample(SAMPLE_SPECS[1]!);
    await dev.page.evaluate(([s]) => (globalThis as unknown as DevWindow).heapDev.show('zombie', s, false), [zombie.focus - 1] as const);
    await dev.page.evaluate(([s]) => void (globalThis as unknown as DevWindow).heapDev.show('zombie', s, true), [zombie.focus] as const);
    await dev.page.waitForTimeout(260);
    await shot(`zombie-animating-step${zombie.focus}`);
    // picking: every non-cached object pickable, one selected, one highlighted
    const focusSnap = grid.steps[grid.focus]!;
    const lists = focusSnap.objects.filter((o) => !o.cached).map((o) => o.id);
    await dev.page.evaluate(([s]) => (globalThis as unknown as DevWindow).heapDev.show('grid', s, false), [grid.focus] as const);
    await dev.page.evaluate(([ids]) => (globalThis as unknown as DevWindow).heapDev.pick(ids, [ids[0]!], ids.slice(1)), [lists] as const);
    await dev.page.waitForTimeout(200);
    await shot('grid-picking');
  } finally {
    await dev.close();
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const file of await takeShots()) console.log(file);
}
