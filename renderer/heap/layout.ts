// Placing a diagram's boxes with ELK's layered algorithm (left to right, one port per slot so
// targets line up with the slots that point at them), then pinning the frames into one column
// on the left in call order. From the second step on, the previous positions seed ELK's
// interactive strategies, so boxes that persist keep their layer and their order within it and
// new boxes are placed next to whoever points at them: the picture changes only where the heap did.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Diagram, DiagramNode } from './model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedDiagram {
  readonly diagram: Diagram;
  /** top-left corner of every node, by key */
  readonly positions: ReadonlyMap<string, Point>;
  readonly width: number;
  readonly height: number;
}

const FRAME_GAP = 14;
/** horizontal room between the frame column and the first objects, for the arrows to fan out */
const FRAME_TO_OBJECTS = 70;

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '10',
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
  const children: ElkNode[] = diagram.nodes.map((n) => {
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
        ...(n.state === 'frame' && !seeds ? { 'elk.layered.layering.layerConstraint': 'FIRST' } : {}),
      },
      ports: n.ports.map((p) => ({
        id: p.id,
        x: n.width,
        y: p.layoutY,
        width: 1,
        height: 1,
        layoutOptions: { 'elk.port.side': 'EAST' },
      })),
    };
  });
  const edges: ElkExtendedEdge[] = diagram.edges.map((e) => ({ id: `e:${e.id}`, sources: [e.port], targets: [e.target] }));
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

let elk: InstanceType<typeof ELK> | null = null;

export async function layoutDiagram(diagram: Diagram, previous: ReadonlyMap<string, Point> | null = null): Promise<PlacedDiagram> {
  elk ??= new ELK();
  const seeds = previous && previous.size > 0 ? previous : null;
  const result = await elk.layout(toElkGraph(diagram, seeds));
  const raw = new Map<string, Point>();
  for (const c of result.children ?? []) raw.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
  return pinFrames(diagram, raw);
}

/** Frames in one column at the left in call order; objects shifted right of it, nothing above y=0. */
export function pinFrames(diagram: Diagram, raw: ReadonlyMap<string, Point>): PlacedDiagram {
  const positions = new Map<string, Point>();
  const frames = diagram.nodes.filter((n) => n.state === 'frame');
  const objects = diagram.nodes.filter((n) => n.state !== 'frame');
  let y = 0;
  let column = 0;
  for (const f of frames) {
    positions.set(f.key, { x: 0, y });
    y += f.height + FRAME_GAP;
    column = Math.max(column, f.width);
  }
  const start = frames.length > 0 ? column + FRAME_TO_OBJECTS : 0;
  const at = (n: DiagramNode) => raw.get(n.key) ?? { x: 0, y: 0 };
  const minX = Math.min(...objects.map((n) => at(n).x));
  const minY = Math.min(...objects.map((n) => at(n).y));
  const dx = objects.length > 0 ? start - minX : 0;
  const dy = objects.length > 0 ? -minY : 0;
  let width = column;
  let height = Math.max(0, y - FRAME_GAP);
  for (const n of objects) {
    const p = at(n);
    const placed = { x: p.x + dx, y: p.y + dy };
    positions.set(n.key, placed);
    width = Math.max(width, placed.x + n.width);
    height = Math.max(height, placed.y + n.height);
  }
  return { diagram, positions, width, height };
}
