// Layout only, in Node (the main thread's cost, no drawing): the rule-based layout the diagram
// uses (renderer/heap/layout.ts) against the ELK layered layout it replaced
// (bench/renderer/elk-layout.ts, run in this thread as elk.bundled.js did in the app), on the
// benchmark's 30/300/1,000-object heaps. Also counts arrows that pass through a box.
// `npx tsx bench/renderer/layout-bench.ts`; BENCH_RENDER_SIZES limits the sizes.
import path from 'node:path';
import { placeDiagram, type PlacedDiagram } from '../../renderer/heap/layout';
import { buildDiagram } from '../../renderer/heap/model';
import { layoutDiagram as elkLayout } from './elk-layout';
import { BENCH_SHAPES, BENCH_SIZES, traceSizedSample } from './sized-samples';

const SIZES = (process.env.BENCH_RENDER_SIZES ?? BENCH_SIZES.join(',')).split(',').map(Number);

/** Arrows whose path runs through the inside of a box other than its own ends. */
export function boxCrossings(p: PlacedDiagram): number {
  let count = 0;
  for (const e of p.diagram.edges) {
    const route = p.routes.get(e.id) ?? [];
    let crossed = false;
    for (const n of p.diagram.nodes) {
      if (crossed || n.key === e.source || n.key === e.target) continue;
      const b = p.positions.get(n.key)!;
      for (let i = 1; i < route.length && !crossed; i++) {
        const a = route[i - 1]!, c = route[i]!;
        if (Math.max(a.x, c.x) > b.x + 2 && Math.min(a.x, c.x) < b.x + n.width - 2 && Math.max(a.y, c.y) > b.y + 2 && Math.min(a.y, c.y) < b.y + n.height - 2) crossed = true;
      }
    }
    if (crossed) count++;
  }
  return count;
}

export async function runLayoutBench(log: (line: string) => void = console.log): Promise<void> {
  log('layout only (Node, main thread)        boxes arrows |  rule ms  crossing |   ELK ms  crossing');
  for (const size of SIZES) {
    for (const shape of BENCH_SHAPES) {
      const sample = traceSizedSample(shape, size);
      const diagram = buildDiagram(sample.steps[sample.focus]!);
      placeDiagram(diagram); // warm the JIT
      const t0 = performance.now();
      const rule = placeDiagram(diagram);
      const t1 = performance.now();
      const elk = await elkLayout(diagram);
      const t2 = performance.now();
      const f = (n: number) => n.toFixed(1).padStart(8);
      log(`  ${sample.name.padEnd(36)} ${String(diagram.nodes.length).padStart(5)} ${String(diagram.edges.length).padStart(6)} | ${f(t1 - t0)} ${String(boxCrossings(rule)).padStart(9)} | ${f(t2 - t1)} ${String(boxCrossings(elk)).padStart(9)}`);
    }
  }
  log('  crossing: arrows that pass through a box that is neither their source nor their target');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runLayoutBench();
}
