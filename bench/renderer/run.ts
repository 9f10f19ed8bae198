// Renderer benchmark (figures, not a timed test), measured in Debian's Chromium on the built dev
// page (software GL here): for heaps of about 30, 300 and 1,000 objects in four shapes, the
// first draw in a fresh view (model, layout, Pixi, GPU), the frames drawn and the CPU used while
// the diagram stands still, the frames while a step animates, and the time per step while
// scrubbing across 100 steps. `npx tsx bench/renderer/run.ts`, or call runRendererBench().
// BENCH_RENDER_SIZES=30,300 limits the sizes.
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DevWindow, FirstDrawTimings, FrameStats, ScrubStats } from '../../renderer/heap/dev-api';
import { openDevPage } from './browser';
import { BENCH_SHAPES, BENCH_SIZES, sizedSampleName, traceSizedSample } from './sized-samples';

export interface RendererBenchRow {
  readonly sample: string;
  readonly firstDraw: FirstDrawTimings;
  readonly idleFrames: number;
  readonly idleCpuMsPerSecond: number;
  readonly animation: FrameStats;
  readonly scrub: ScrubStats;
}

const IDLE_MS = 2000;
/** steps per scrub (BENCH_SCRUB_STEPS; 100 by default) */
const SCRUB_STEPS = Number(process.env.BENCH_SCRUB_STEPS ?? 100);
const SIZES = (process.env.BENCH_RENDER_SIZES ?? BENCH_SIZES.join(',')).split(',').map(Number);

/** CPU time the page's renderer process spent (Chrome's TaskDuration) during `during()`, per wall second. */
async function cpuPerSecond(page: Page, during: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await read();
  const t0 = performance.now();
  await during();
  const seconds = (performance.now() - t0) / 1000;
  const after = await read();
  await cdp.detach();
  return ((after - before) * 1000) / seconds;
}

export async function runRendererBench(log: (line: string) => void = console.log): Promise<RendererBenchRow[]> {
  const dev = await openDevPage();
  const rows: RendererBenchRow[] = [];
  try {
    const page = dev.page;
    const f = (n: number) => n.toFixed(1).padStart(7);
    log('renderer (Chromium, software GL; ms unless said)');
    log('  sample         objects arrows | model  layout    pixi    draw   first | idle frames  idle cpu ms/s | anim mean    p95  step total | scrub mean    p95    max');
    for (const size of SIZES) {
      for (const shape of BENCH_SHAPES) {
        const name = sizedSampleName(shape, size);
        const last = traceSizedSample(shape, size).focus;
        const firstDraw = await page.evaluate(([n, s]) => (globalThis as unknown as DevWindow).heapDev.timeFirstDraw(n, s), [name, last] as const);
        let idleFrames = 0;
        const idleCpu = await cpuPerSecond(page, async () => {
          idleFrames = await page.evaluate(([ms]) => (globalThis as unknown as DevWindow).heapDev.idleFrames(ms), [IDLE_MS] as const);
        });
        const animation = await page.evaluate(([n, s]) => (globalThis as unknown as DevWindow).heapDev.timeAnimation(n, s), [name, last - 1] as const);
        const scrub = await page.evaluate(([n, c]) => (globalThis as unknown as DevWindow).heapDev.timeScrub(n, 0, c), [name, SCRUB_STEPS] as const);
        rows.push({ sample: name, firstDraw, idleFrames, idleCpuMsPerSecond: idleCpu, animation, scrub });
        const t = firstDraw;
        log(`  ${name.padEnd(14)} ${String(t.objects).padStart(7)} ${String(t.edges).padStart(6)} | ${f(t.modelMs)} ${f(t.layoutMs)} ${f(t.applyMs)} ${f(t.drawMs)} ${f(t.totalMs)} | ${String(idleFrames).padStart(11)} ${f(idleCpu).padStart(14)} | ${f(animation.meanMs)} ${f(animation.p95Ms)} ${f(animation.totalMs).padStart(11)} | ${f(scrub.meanMs).padStart(10)} ${f(scrub.p95Ms)} ${f(scrub.maxMs)}`);
      }
    }
    log(`  idle: frames drawn and renderer-process CPU over ${IDLE_MS / 1000} s of a still diagram; anim: frame intervals while the last step animates;`);
    log(`  scrub: per step over ${SCRUB_STEPS} steps shown one after another, each drawn before the next.`);
    return rows;
  } finally {
    await dev.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runRendererBench();
}
