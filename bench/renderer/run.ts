// Renderer benchmark (figures, not a timed test), measured in Debian's Chromium on the built dev
// page: time to lay out and draw a 300-object snapshot in a fresh view, and frame times while
// a step of that heap animates. `npx tsx bench/renderer/run.ts`, or call runRendererBench().
import path from 'node:path';
import type { DevWindow, FirstDrawTimings, FrameStats } from '../../renderer/heap/dev-api';
import { openDevPage } from './browser';
import { SAMPLE_SPECS, traceSample } from './samples';

export interface RendererBenchResult {
  readonly firstDraw: readonly FirstDrawTimings[];
  readonly animation: readonly FrameStats[];
  readonly idleFrameMs: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function runRendererBench(log: (line: string) => void = console.log): Promise<RendererBenchResult> {
  const big = traceSample(SAMPLE_SPECS.find((s) => s.name === 'big')!);
  // the animated step: `del extra` frees a list and its four ints while 300 objects stay
  const animatedStep = big.steps.length - 2;
  const dev = await openDevPage();
  try {
    const firstDraw: FirstDrawTimings[] = [];
    const animation: FrameStats[] = [];
    for (let run = 0; run < RUNS; run++) {
      firstDraw.push(await dev.page.evaluate(([s]) => (globalThis as unknown as DevWindow).heapDev.timeFirstDraw('big', s), [big.focus] as const));
      animation.push(await dev.page.evaluate(([s]) => (globalThis as unknown as DevWindow).heapDev.timeAnimation('big', s), [animatedStep - 1] as const));
    }
    const idle = await dev.page.evaluate(() => (globalThis as unknown as DevWindow).heapDev.idleFrameMs(20));
    const f = (n: number) => n.toFixed(1).padStart(7);
    log(`renderer (Chromium, software GL): ${firstDraw[0]!.objects} objects, ${firstDraw[0]!.edges} arrows`);
    log('  first draw, fresh view   model ms  layout ms  pixi ms  draw ms  total ms');
    firstDraw.forEach((t, i) => log(`    run ${i + 1}              ${f(t.modelMs)}   ${f(t.layoutMs)}  ${f(t.applyMs)}  ${f(t.drawMs)}   ${f(t.totalMs)}`));
    log(`  same diagram standing still (Pixi still renders every frame): one frame every ${idle.toFixed(1)} ms`);
    log('  animating one step       frames  mean ms  p95 ms  max ms  update cpu  render cpu  step total ms  (enter/exit/move)');
    animation.forEach((a, i) =>
      log(`    run ${i + 1}              ${String(a.frames).padStart(6)}  ${f(a.meanMs)} ${f(a.p95Ms)} ${f(a.maxMs)}  ${f(a.updateMeanMs)}    ${f(a.renderMeanMs)}     ${f(a.totalMs)}  (${a.changes.enter}/${a.changes.exit}/${a.changes.move})`),
    );
    return { firstDraw, animation, idleFrameMs: idle };
  } finally {
    await dev.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runRendererBench();
}
