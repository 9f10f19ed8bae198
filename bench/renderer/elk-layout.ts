// The diagram's former layout, kept only as the benchmark's baseline (bench/renderer/run.ts
// compares it with renderer/heap/layout.ts): ELK's layered algorithm (left to right, one port per slot so
// targets line up with the slots that point at them, frames alone in the first partition) and
// taking ELK's orthogonal routes for the arrows, so a long arrow runs through the gaps ELK kept
// for it instead of across boxes. From the second step on, the previous positions seed ELK's
// interactive strategies, so boxes that persist keep their layer and their order within it and
// new boxes are placed next to whoever points at them: the picture changes only where the heap did.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { inPortY, type Diagram, type DiagramNode } from '../../renderer/heap/model';
import type { PlacedDiagram, Point } from '../../renderer/heap/layout';

const FRAME_GAP = 14;

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '18',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

const INTERACTIVE_OPTIONS: LayoutOptions = {
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.semiInteractive': 'true',
};

/** The ELK input for a diagram; `seeds` (previous positions) switch on the interactive strategies. */
export function toElkGraph(diagram: Diagram, seeds: ReadonlyMap<string, Point> | null): ElkNode {
  const seedFor = seeds ? seedPositions(diagram, seeds) : null;
  // objects freed this step are pinned where they were (they fade out there), not laid out
  const children: ElkNode[] = diagram.nodes.filter((n) => n.state !== 'freed').map((n) => {
    const seed = seedFor?.get(n.key);
    return {
      id: n.key,
      width: n.width,
      height: n.height,
      ...(seed ? { x: seed.x, y: seed.y } : {}),
      layoutOptions: {
        'elk.portConstraints': 'FIXED_POS',
        // the semi-interactive crossing minimisation reads the wanted order from this option
        ...(seed ? { 'elk.position': `(${seed.x}, ${seed.y})` } : {}),
        // frames alone in the first column, whatever else has no incoming arrow (a zombie cycle)
        'elk.partitioning.partition': n.state === 'frame' ? '0' : '1',
      },
      ports: [
        ...n.ports.map((p) => ({
          id: p.id,
          x: p.layoutX,
          y: p.layoutY,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': p.side === 'east' ? 'EAST' : 'SOUTH' },
        })),
        ...(n.state === 'frame' ? [] : [{ id: `${n.key}:in`, x: 0, y: inPortY(n), width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } }]),
      ],
    };
  });
  const edges: ElkExtendedEdge[] = diagram.edges.map((e) => ({ id: e.id, sources: [e.port], targets: [`${e.target}:in`] }));
  return {
    id: 'heap',
    layoutOptions: seeds ? { ...BASE_OPTIONS, ...INTERACTIVE_OPTIONS } : BASE_OPTIONS,
    children,
    edges,
  };
}

/**
 * Previous positions for nodes that persist; a new node starts just right of the first node that
 * points at it (so the interactive layering puts it one layer further), or below everything.
 */
export function seedPositions(diagram: Diagram, previous: ReadonlyMap<string, Point>): Map<string, Point> {
  const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
  const seeds = new Map<string, Point>();
  for (const n of diagram.nodes) {
    const p = previous.get(n.key);
    if (p) seeds.set(n.key, p);
  }
  let bottom = Math.max(0, ...[...seeds.entries()].map(([k, p]) => p.y + (byKey.get(k)?.height ?? 0)));
  // repeat so chains of new nodes (a new list holding new objects) are seeded one after another
  for (let pass = 0; pass < 4; pass++) {
    for (const e of diagram.edges) {
      if (seeds.has(e.target)) continue;
      const from = seeds.get(e.source);
      const src = byKey.get(e.source);
      if (!from || !src) continue;
      const port = src.ports.find((p) => p.id === e.port);
      seeds.set(e.target, { x: from.x + src.width + 60, y: from.y + (port?.y ?? 0) });
    }
  }
  for (const n of diagram.nodes) {
    if (seeds.has(n.key)) continue;
    seeds.set(n.key, { x: n.state === 'frame' ? 0 : 200, y: bottom + 20 });
    bottom += n.height + 20;
  }
  return seeds;
}

type Elk = InstanceType<typeof ELK>;
let elk: Elk | null = null;
const inThread = (): Elk => new ELK();
let makeElk: () => Elk = inThread;

/** The browser runs ELK in a Web Worker (a 300-object layout takes a second or more). */
export function useElkWorker(workerUrl: string): void {
  makeElk = () => new ELK({ workerUrl });
  elk = null;
}

/** Runs ELK; if the worker cannot start (a CSP, a protocol without workers), runs it in this thread. */
async function runElk(graph: ElkNode): Promise<ElkNode> {
  try {
    elk ??= makeElk();
    return await elk.layout(graph);
  } catch (error) {
    if (makeElk === inThread) throw error;
    console.warn('heap layout: ELK worker failed, laying out on the main thread', error);
    makeElk = inThread;
    elk = inThread();
    return elk.layout(graph);
  }
}

/** Above this many boxes ELK's crossing minimisation gets one pass instead of seven. */
const QUICK_LAYOUT_NODES = 100;

/**
 * Places a diagram. `previous` (the step shown before) seeds the layout; when a step changes
 * no box's size and no arrow (only counts, states or the line), its placement is reused as is.
 */
export async function layoutDiagram(diagram: Diagram, previous: PlacedDiagram | null = null): Promise<PlacedDiagram> {
  if (previous && sameStructure(previous.diagram, diagram)) {
    return { ...previous, diagram };
  }
  const seeds = previous && previous.positions.size > 0 ? previous.positions : null;
  const graph = toElkGraph(diagram, seeds);
  if (diagram.nodes.length > QUICK_LAYOUT_NODES) graph.layoutOptions = { ...graph.layoutOptions, 'elk.layered.thoroughness': '1' };
  const result = await runElk(graph);
  const raw = new Map<string, Point>();
  for (const c of result.children ?? []) raw.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
  const rawRoutes = new Map<string, Point[]>();
  for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
    const section = e.sections?.[0];
    if (section) rawRoutes.set(e.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
  }
  return placeDiagram(diagram, raw, rawRoutes, previous);
}

/** Same boxes with the same sizes and ports, same arrows: the placement still fits. */
export function sameStructure(a: Diagram, b: Diagram): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!, y = b.nodes[i]!;
    if (x.key !== y.key || x.width !== y.width || x.height !== y.height || x.ports.length !== y.ports.length) return false;
    for (let p = 0; p < x.ports.length; p++) if (x.ports[p]!.id !== y.ports[p]!.id || x.ports[p]!.y !== y.ports[p]!.y) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i]!, y = b.edges[i]!;
    if (x.id !== y.id || x.target !== y.target) return false;
  }
  return true;
}

const OBJECTS_GAP = 48;

/**
 * From ELK's coordinates to the picture's: frames stacked at the top left in call order, the
 * objects translated as one block so that, from the second step on, the boxes that persist stay
 * where they were (the median shift is undone: ELK re-packs, the player should not see it).
 * Routes move with the objects; an arrow from a frame keeps ELK's path but its first horizontal
 * run is moved to the frame's row.
 */
export function placeDiagram(
  diagram: Diagram,
  raw: ReadonlyMap<string, Point>,
  rawRoutes: ReadonlyMap<string, readonly Point[]>,
  previous: PlacedDiagram | null = null,
): PlacedDiagram {
  const positions = new Map<string, Point>();
  const frames = diagram.nodes.filter((n) => n.state === 'frame');
  const laidOut = diagram.nodes.filter((n) => n.state !== 'frame' && raw.has(n.key));
  let y = 0;
  let column = 0;
  for (const f of frames) {
    positions.set(f.key, { x: 0, y });
    y = y + f.height + FRAME_GAP;
    column = Math.max(column, f.width);
  }
  const left = frames.length > 0 ? column + OBJECTS_GAP : 0;
  const minX = Math.min(...laidOut.map((n) => raw.get(n.key)!.x));
  const minY = Math.min(...laidOut.map((n) => raw.get(n.key)!.y));
  let tx = left - minX;
  let ty = -minY;
  const kept = laidOut.filter((n) => previous?.positions.has(n.key));
  if (previous && kept.length > 0) {
    tx = Math.max(tx, median(kept.map((n) => previous.positions.get(n.key)!.x - raw.get(n.key)!.x)));
    ty = median(kept.map((n) => previous.positions.get(n.key)!.y - raw.get(n.key)!.y));
  }
  const move = (p: Point): Point => ({ x: p.x + tx, y: p.y + ty });
  for (const n of laidOut) positions.set(n.key, move(raw.get(n.key)!));
  // freed this step: where it was, or (allocated and freed within the step) under the rest
  let bottom = Math.max(0, ...[...positions.entries()].map(([k, p]) => p.y + (diagram.nodes.find((n) => n.key === k)?.height ?? 0)));
  const placedBoxes = [...positions.entries()].map(([k, p]) => ({ ...p, node: diagram.nodes.find((n) => n.key === k)! }));
  const free = (p: Point, n: DiagramNode) =>
    placedBoxes.every((b) => p.x >= b.x + b.node.width || b.x >= p.x + n.width || p.y >= b.y + b.node.height || b.y >= p.y + n.height);
  for (const n of diagram.nodes) {
    if (positions.has(n.key)) continue;
    const was = previous?.positions.get(n.key);
    if (was && free(was, n)) positions.set(n.key, was);
    else {
      positions.set(n.key, { x: left, y: bottom + 16 });
      bottom += n.height + 16;
    }
    placedBoxes.push({ ...positions.get(n.key)!, node: n });
  }

  const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
  const routes = new Map<string, Point[]>();
  for (const e of diagram.edges) {
    const src = byKey.get(e.source)!;
    const tgt = byKey.get(e.target)!;
    const sp = positions.get(e.source)!;
    const tp = positions.get(e.target)!;
    const port = src.ports.find((p) => p.id === e.port)!;
    const dot = { x: sp.x + port.x, y: sp.y + port.y };
    const border = { x: sp.x + port.layoutX, y: sp.y + port.layoutY };
    const end = { x: tp.x, y: tp.y + inPortY(tgt) };
    const raw = rawRoutes.get(e.id);
    if (!raw) routes.set(e.id, plainRoute(dot, border, end));
    else if (src.state === 'frame') routes.set(e.id, [dot, ...reattachRun(raw.map(move).slice(0, -1), border, end), end]);
    else routes.set(e.id, [dot, ...raw.map(move).slice(0, -1), end]);
  }
  let width = 0;
  let height = 0;
  for (const n of diagram.nodes) {
    const p = positions.get(n.key)!;
    width = Math.max(width, p.x + n.width);
    height = Math.max(height, p.y + n.height);
  }
  for (const r of routes.values()) for (const p of r) {
    width = Math.max(width, p.x);
    height = Math.max(height, p.y);
  }
  return { diagram, positions, routes, width, height, rootRanks: new Map() };
}

/**
 * A frame's arrow as ELK routed it, with the frame somewhere else: the first horizontal run
 * (from the frame's border to the first bend) is moved to the port's row, so the path stays
 * orthogonal; a route without a bend gets one.
 */
function reattachRun(pts: readonly Point[], border: Point, end: Point): Point[] {
  const y0 = pts[0]!.y;
  let k = 1;
  while (k < pts.length && Math.abs(pts[k]!.y - y0) < 0.5) k++;
  if (k >= pts.length) {
    if (Math.abs(end.y - border.y) < 0.5) return [border];
    const midX = Math.max(border.x + 12, pts[pts.length - 1]!.x);
    return [border, { x: midX, y: border.y }, { x: midX, y: end.y }];
  }
  const bendX = Math.max(border.x + 12, pts[k - 1]!.x);
  return [border, { x: bendX, y: border.y }, { x: bendX, y: pts[k]!.y }, ...pts.slice(k + 1)];
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** A route when ELK's does not fit: out of the border, across, into the target's left side. */
function plainRoute(dot: Point, border: Point, end: Point): Point[] {
  const midX = Math.max(border.x + 16, (border.x + end.x) / 2);
  return [dot, border, { x: midX, y: border.y }, { x: midX, y: end.y }, end];
}
