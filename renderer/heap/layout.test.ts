// The rule-based layout and the step diff on real traces: no overlaps, frames in a column,
// arrows that do not cross boxes, chains along their links, and a picture that stays put from
// one step to the next.
import { describe, expect, it } from 'vitest';
import { traceProgram } from '../../electron/engine/trace/trace-program';
import { diffDiagrams } from './diff';
import { CHAIN_WRAP, layoutDiagram, type PlacedDiagram } from './layout';
import { buildDiagram } from './model';

function overlaps(p: PlacedDiagram): string[] {
  const boxes = p.diagram.nodes.map((n) => ({ key: n.key, ...p.positions.get(n.key)!, w: n.width, h: n.height }));
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) bad.push(`${a.key}/${b.key}`);
    }
  }
  return bad;
}

async function placeAll(source: string): Promise<PlacedDiagram[]> {
  const trace = traceProgram(source);
  const placed: PlacedDiagram[] = [];
  for (let s = 0; s < trace.stepCount; s++) {
    placed.push(await layoutDiagram(buildDiagram(trace.snapshot(s)), placed.at(-1) ?? null));
  }
  return placed;
}

const CALLS = `def inner(v):
    box = [v, v]
    return box
def outer(n):
    acc = []
    for i in range(n):
        acc.append(inner(i * 1000))
    return acc
grid = [[0] * 3] * 3
res = outer(3)
del grid
`;

/** Arrows (other than their own ends' boxes) passing through a box's inside. */
function boxCrossings(p: PlacedDiagram): string[] {
  const bad: string[] = [];
  for (const e of p.diagram.edges) {
    const route = p.routes.get(e.id)!;
    for (const n of p.diagram.nodes) {
      if (n.key === e.source || n.key === e.target) continue;
      const b = p.positions.get(n.key)!;
      for (let i = 1; i < route.length; i++) {
        const a = route[i - 1]!, c = route[i]!;
        const x0 = Math.min(a.x, c.x), x1 = Math.max(a.x, c.x), y0 = Math.min(a.y, c.y), y1 = Math.max(a.y, c.y);
        if (x1 > b.x + 2 && x0 < b.x + n.width - 2 && y1 > b.y + 2 && y0 < b.y + n.height - 2) bad.push(`${e.id} through ${n.key}`);
      }
    }
  }
  return bad;
}

describe('layoutDiagram', () => {
  it('places frames in one left column in call order and objects to their right, without overlaps', async () => {
    const all = await placeAll(CALLS);
    const withThree = all.filter((p) => p.diagram.nodes.filter((n) => n.state === 'frame').length === 3);
    expect(withThree.length).toBeGreaterThan(0);
    for (const p of all) {
      expect(overlaps(p)).toEqual([]);
      const frames = p.diagram.nodes.filter((n) => n.state === 'frame');
      const ys = frames.map((f) => p.positions.get(f.key)!.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(frames.every((f) => p.positions.get(f.key)!.x === 0)).toBe(true);
      const column = Math.max(0, ...frames.map((f) => f.width));
      for (const n of p.diagram.nodes) {
        if (n.state !== 'frame' && frames.length > 0) expect(p.positions.get(n.key)!.x).toBeGreaterThan(column);
      }
      expect(p.width).toBeGreaterThan(0);
      // every arrow has a route from its dot to the left side of its target, inside the picture
      for (const e of p.diagram.edges) {
        const route = p.routes.get(e.id)!;
        const src = p.diagram.nodes.find((n) => n.key === e.source)!;
        const port = src.ports.find((q) => q.id === e.port)!;
        const sp = p.positions.get(e.source)!, tp = p.positions.get(e.target)!;
        expect(route[0]).toEqual({ x: sp.x + port.x, y: sp.y + port.y });
        const end = route.at(-1)!;
        const tgt = p.diagram.nodes.find((n) => n.key === e.target)!;
        // on the target's left side or on its top
        expect((end.x === tp.x && end.y >= tp.y && end.y <= tp.y + tgt.height) || (end.y === tp.y && end.x >= tp.x && end.x <= tp.x + tgt.width)).toBe(true);
        for (const q of route) {
          expect(q.x).toBeGreaterThanOrEqual(0);
          expect(q.y).toBeGreaterThanOrEqual(0);
          expect(q.x).toBeLessThanOrEqual(p.width);
          expect(q.y).toBeLessThanOrEqual(p.height);
        }
      }
    }
    expect(withThree[0]!.diagram.nodes.filter((n) => n.state === 'frame').map((f) => f.title)).toEqual(['<module>', 'outer', 'inner']);
    for (const p of all) expect(boxCrossings(p)).toEqual([]);
  });

  it('lays a linked list out along its links, in wrapped lines, each value under its node, no arrow through a box', async () => {
    const source = 'class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.next = nxt\nhead = None\nfor i in range(20):\n    head = Node(i * 1000 + 7, head)\n';
    const trace = traceProgram(source);
    const p = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(7, 20))));
    const nodes = p.diagram.nodes.filter((n) => n.title === 'Node');
    expect(nodes).toHaveLength(20);
    // follow head -> next -> next...
    const isNode = new Set(nodes.map((n) => n.key));
    const next = new Map(p.diagram.edges.filter((e) => e.port.includes(':a:next:') && isNode.has(e.target)).map((e) => [e.source, e.target]));
    const head = p.diagram.edges.find((e) => e.source.startsWith('f') && e.port.endsWith(':n:head'))!.target;
    const order = [head];
    while (next.has(order.at(-1)!)) order.push(next.get(order.at(-1)!)!);
    const pos = order.map((k) => p.positions.get(k)!);
    for (let i = 1; i < pos.length; i++) {
      if (i % CHAIN_WRAP === 0) expect(pos[i]!.y).toBeGreaterThan(pos[i - 1]!.y);
      else {
        expect(pos[i]!.y).toBe(pos[i - 1]!.y);
        expect(pos[i]!.x).toBeGreaterThan(pos[i - 1]!.x);
      }
    }
    for (const e of p.diagram.edges.filter((x) => x.port.includes(':a:v:'))) {
      expect(p.positions.get(e.target)!.y).toBeGreaterThan(p.positions.get(e.source)!.y);
      expect(p.positions.get(e.target)!.x).toBe(p.positions.get(e.source)!.x);
    }
    expect(overlaps(p)).toEqual([]);
    expect(boxCrossings(p)).toEqual([]);
  });

  it('places a 1,000-object heap without overlaps, in well under a second', async () => {
    const source = 'grid = [[r * 1000 + c + 300 for c in range(31)] for r in range(31)]\n';
    const trace = traceProgram(source, { maxSteps: 100_000 });
    const diagram = buildDiagram(trace.snapshot(trace.stepCount - 1));
    expect(diagram.nodes.length).toBeGreaterThan(900);
    const t0 = performance.now();
    const p = await layoutDiagram(diagram);
    const ms = performance.now() - t0;
    expect(overlaps(p)).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps persisting objects in their order from step to step (almost always)', async () => {
    const all = await placeAll(CALLS);
    let compared = 0;
    const flips: string[] = [];
    for (let s = 1; s < all.length; s++) {
      const before = all[s - 1]!, after = all[s]!;
      const common = after.diagram.nodes.filter((n) => n.state !== 'frame' && before.positions.has(n.key)).map((n) => n.key);
      // objects that were in one column keep their vertical order
      for (const a of common) {
        for (const b of common) {
          const pa = before.positions.get(a)!, pb = before.positions.get(b)!;
          if (a >= b || pa.x !== pb.x) continue;
          const qa = after.positions.get(a)!, qb = after.positions.get(b)!;
          if (qa.x !== qb.x) continue;
          compared++;
          if (Math.sign(qa.y - qb.y) !== Math.sign(pa.y - pb.y)) flips.push(`${a}/${b} at step ${s}`);
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
    // a frame returning hands its objects to the caller's names: a rare swap is tweened
    expect(flips.length / compared).toBeLessThan(0.05);
  });

  it('moves nothing when a step changes only the current line', async () => {
    const source = 'x = [1000, 2000]\ny = x\nprint(len(y))\nprint(len(x))\n';
    const trace = traceProgram(source);
    const a = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(3))));
    const b = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(4))), a);
    const diff = diffDiagrams(a, b);
    // only the frame is redrawn: its header shows the line
    expect(diff).toMatchObject({ enter: [], exit: [], move: [], redraw: ['f' + trace.snapshot(0).frames[0]!.id], edgeEnter: [], edgeExit: [], edgeRetarget: [] });
  });

  it('keeps a zombie cycle out of the frame column', async () => {
    const trace = traceProgram('a = [1, 2]\na.append(a)\nb = [3000]\ndel a\n');
    const p = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(4))));
    const frame = p.diagram.nodes.find((n) => n.state === 'frame')!;
    const zombie = p.diagram.nodes.find((n) => n.state === 'unreachable')!;
    expect(p.positions.get(zombie.key)!.x).toBeGreaterThan(frame.width);
    expect(overlaps(p)).toEqual([]);
  });
});

describe('diffDiagrams', () => {
  it('reports a rebound name as a retargeted edge, the new object entering and the freed one redrawn', async () => {
    const trace = traceProgram('a = [1000]\nb = a\nb = [2000]\na = 5\n');
    const s2 = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(2))));
    const s3 = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(3))), s2);
    const d3 = diffDiagrams(s2, s3);
    const newList = s3.diagram.nodes.find((n) => n.title === 'list' && !s2.positions.has(n.key))!;
    expect(d3.enter).toContain(newList.key);
    expect(d3.edgeRetarget).toEqual([expect.objectContaining({ toTarget: newList.key })]);
    // the first list's refcount went from 2 to 1: redrawn in place
    const first = s2.diagram.nodes.find((n) => n.title === 'list')!;
    expect(d3.redraw).toContain(first.key);

    const s4 = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepAfterLine(4))), s3);
    const d4 = diffDiagrams(s3, s4);
    expect(s4.diagram.nodes.find((n) => n.key === first.key)?.state).toBe('freed');
    expect(d4.redraw).toContain(first.key);
    expect(d4.edgeExit).toEqual(expect.arrayContaining([expect.stringContaining(`${first.key}:i:0`)]));
  });

  it('from nothing, everything enters', async () => {
    const trace = traceProgram('a = [1000]\n');
    const p = await layoutDiagram(buildDiagram(trace.snapshot(trace.stepCount - 1)));
    const d = diffDiagrams(null, p);
    expect(d.enter).toEqual(p.diagram.nodes.map((n) => n.key));
    expect(d.edgeEnter).toHaveLength(p.diagram.edges.length);
  });
});
