// The diagram model built from real engine traces (the engine runs here in the test; the
// renderer itself only imports its types).
import { describe, expect, it } from 'vitest';
import { traceProgram } from '../../electron/engine/trace/trace-program';
import type { Snapshot } from '../../electron/api';
import { buildDiagram, frameKey, objectKey, type Diagram, type DiagramNode } from './model';

function after(source: string, line: number, occurrence = 1): Snapshot {
  const trace = traceProgram(source);
  return trace.snapshot(trace.stepAfterLine(line, occurrence));
}

const node = (d: Diagram, pred: (n: DiagramNode) => boolean) => {
  const found = d.nodes.filter(pred);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const edgesFrom = (d: Diagram, key: string) => d.edges.filter((e) => e.source === key);

describe('buildDiagram', () => {
  it('draws [[0] * 3] * 3 as one inner list that all three outer slots point at', () => {
    const snap = after('grid = [[0] * 3] * 3\n', 1);
    const d = buildDiagram(snap);
    const outer = node(d, (n) => n.title === 'list' && n.refcount === 1);
    const inner = node(d, (n) => n.title === 'list' && n.refcount === 3);
    expect(outer.body).toMatchObject({ kind: 'sequence', indexed: true });
    const slots = edgesFrom(d, outer.key);
    expect(slots.map((e) => e.target)).toEqual([inner.key, inner.key, inner.key]);
    expect(slots.every((e) => e.style === 'slot')).toBe(true);
    // the inner slots all point at the one cached 0, drawn once as a chip
    const zero = node(d, (n) => n.cached && n.body.kind === 'atom' && n.body.text === '0');
    expect(zero.refcount).toBeNull();
    expect(edgesFrom(d, inner.key).map((e) => [e.target, e.style])).toEqual([
      [zero.key, 'cached'], [zero.key, 'cached'], [zero.key, 'cached'],
    ]);
    // the module frame lists the global `grid`
    const frame = d.nodes[0]!;
    expect(frame).toMatchObject({ key: frameKey(snap.frames[0]!.id), title: '<module>', state: 'frame' });
    expect(edgesFrom(d, frame.key)).toEqual([expect.objectContaining({ target: outer.key, style: 'name' })]);
  });

  it('gives every edge a port on its source box and a target that is drawn', () => {
    const d = buildDiagram(after('a = [1, (2, 3), {"k": [4]}]\nb = a[1]\n', 2));
    const keys = new Set(d.nodes.map((n) => n.key));
    for (const e of d.edges) {
      expect(keys.has(e.target)).toBe(true);
      const src = d.nodes.find((n) => n.key === e.source)!;
      const port = src.ports.find((p) => p.id === e.port)!;
      expect(port).toBeDefined();
      expect(port.x).toBeGreaterThan(0);
      expect(port.x).toBeLessThanOrEqual(src.width);
      expect(port.y).toBeLessThanOrEqual(src.height);
    }
    expect(new Set(d.edges.map((e) => e.id)).size).toBe(d.edges.length);
  });

  it('marks a self-referencing list awaiting the collector as unreachable, with its self-arrow', () => {
    const d = buildDiagram(after('a = []\na.append(a)\ndel a\n', 3));
    const zombie = node(d, (n) => n.title === 'list');
    expect(zombie.state).toBe('unreachable');
    expect(zombie.refcount).toBe(1);
    expect(edgesFrom(d, zombie.key)).toEqual([expect.objectContaining({ target: zombie.key })]);
  });

  it('shows a function frame with its locals and the for loop iterator as a hidden holder', () => {
    const src = 'def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\nf([1, 2, 3])\n';
    const snap = after(src, 4, 2);
    const d = buildDiagram(snap);
    const frame = node(d, (n) => n.title === 'f');
    expect(frame.body.kind).toBe('frame');
    if (frame.body.kind !== 'frame') return;
    expect(frame.body.rows.filter((r) => !r.hidden).map((r) => r.label)).toEqual(['xs', 't', 'x']);
    const hidden = frame.body.rows.filter((r) => r.hidden);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.label).toContain('iterator');
    const iterEdge = d.edges.find((e) => e.port === hidden[0]!.port)!;
    expect(iterEdge.style).toBe('hidden');
    const iterator = d.nodes.find((n) => n.key === iterEdge.target)!;
    expect(iterator.title).toBe('list_iterator');
    // the iterator's target is the list xs names
    const xsEdge = edgesFrom(d, frame.key).find((e) => e.port.endsWith(':n:xs'))!;
    expect(edgesFrom(d, iterator.key).map((e) => e.target)).toEqual([xsEdge.target]);
    // the frame's function is a faint meta arrow
    expect(edgesFrom(d, frame.key).some((e) => e.style === 'meta')).toBe(true);
  });

  it('writes cached dict keys inline and draws instance attributes as rows', () => {
    const src = 'class P:\n    def __init__(self):\n        self.name = "ann"\nd = {"who": P(), (1, 2): 5000}\n';
    const d = buildDiagram(after(src, 4));
    const dict = node(d, (n) => n.title === 'dict');
    expect(dict.body.kind).toBe('rows');
    if (dict.body.kind !== 'rows') return;
    expect(dict.body.rows.map((r) => r.label)).toEqual(["'who'", '(1, 2)']);
    // 'who' is an interned str: inline; the tuple key is an object of its own: an arrow
    expect(dict.body.rows.map((r) => r.keyPort !== null)).toEqual([false, true]);
    const who = d.nodes.find((n) => n.body.kind === 'atom' && n.body.text === "'who'");
    if (who) expect(edgesFrom(d, dict.key).some((e) => e.target === who.key)).toBe(false);
    const instance = node(d, (n) => n.title === 'P');
    // the class is named in the title: no row and no arrow to it
    expect(instance.body.kind === 'rows' && instance.body.rows.map((r) => r.label)).toEqual(['name']);
    expect(edgesFrom(d, instance.key).some((e) => e.style === 'meta')).toBe(false);
  });

  it('keeps objects freed during the step, in the freed state', () => {
    const d = buildDiagram(after('a = [1000]\na = None\n', 2));
    const freed = node(d, (n) => n.title === 'list');
    expect(freed.state).toBe('freed');
    expect(d.nodes.some((n) => n.key === objectKey(freed.objectId!))).toBe(true);
  });
});

describe('buildDiagram options', () => {
  const source = 'class Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\nn = Node(5000)\nxs = [None, 1, n]\nfor x in xs:\n    pass\n';

  it('writes cached values in their cells when cached objects are off', () => {
    const trace = traceProgram(source);
    const snap = trace.snapshot(trace.stepAfterLine(6));
    const on = buildDiagram(snap);
    const off = buildDiagram(snap, { cached: false });
    expect(on.nodes.some((n) => n.cached)).toBe(true);
    expect(off.nodes.some((n) => n.cached && n.state !== 'freed')).toBe(false);
    const list = off.nodes.find((n) => n.title === 'list')!;
    expect(list.body.kind === 'sequence' && list.body.inline).toEqual(['None', '1', null]);
    const node = off.nodes.find((n) => n.title === 'Node')!;
    expect(node.body.kind === 'rows' && node.body.rows.find((r) => r.label === 'next')?.inline).toBe('None');
    // every arrow left still has its port
    for (const e of off.edges) expect(off.nodes.find((n) => n.key === e.source)!.ports.some((p) => p.id === e.port)).toBe(true);
  });

  it('drops hidden holders and what only they reach when hidden holders are off', () => {
    const trace = traceProgram(source);
    const snap = trace.snapshot(trace.stepAfterLine(8));
    const on = buildDiagram(snap);
    const off = buildDiagram(snap, { hidden: false });
    const frameOn = on.nodes.find((n) => n.state === 'frame')!;
    const frameOff = off.nodes.find((n) => n.state === 'frame')!;
    expect(frameOn.body.kind === 'frame' && frameOn.body.rows.some((r) => r.hidden)).toBe(true);
    expect(frameOff.body.kind === 'frame' && frameOff.body.rows.some((r) => r.hidden)).toBe(false);
    expect(on.nodes.some((n) => n.title === 'list_iterator')).toBe(true);
    expect(off.nodes.some((n) => n.title === 'list_iterator')).toBe(false);
  });
});
