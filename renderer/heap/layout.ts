// Placing a diagram's boxes by rule, the way a textbook (and Python Tutor, v5-unity/js/pytutor.ts)
// draws a heap: frames in one column on the left in call order; objects to their right, each
// "root" (an object a frame's name reaches first) starting a block, blocks stacked top to
// bottom in the order the names first reached them. Inside a block the object graph is walked
// depth first, as a sideways tree:
// - a link to an object of the same shape (a linked list's next node, a tree's child) continues
//   the row to the right, like Python Tutor's structurallyEquivalent rows, wrapping after
//   CHAIN_WRAP boxes so a 200-node list reads as lines of a page instead of one endless row;
// - the plain values a list holds (ints, strings: boxes with no arrows of their own) sit on a
//   shelf right under its slots, and those of a chain's node under the node;
// - any other object goes to the right of the first box that reaches it, its siblings stacked
//   below it, so every first-reach arrow runs right (or down to a shelf).
// Each box is placed once, where it is first reached; other arrows to it are routed around the
// boxes (route-edges.ts). Linear in the number of boxes and arrows: a 1,000-object heap is
// placed in a few milliseconds, where ELK's layered algorithm took seconds (bench/).
// Stable from step to step: blocks keep the order they had (a root's rank is remembered),
// objects freed in this step stay where they were while they fade.
import { inPortY, type Diagram, type DiagramEdge, type DiagramNode } from './model';
import { routeEdges, type Box } from './route-edges';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedDiagram {
  readonly diagram: Diagram;
  /** top-left corner of every node, by key */
  readonly positions: ReadonlyMap<string, Point>;
  /** every edge's path by edge id: from the dot in its slot to the target's border */
  readonly routes: ReadonlyMap<string, readonly Point[]>;
  readonly width: number;
  readonly height: number;
  /** the order blocks were given (root key -> rank), kept so the next step keeps it */
  readonly rootRanks: ReadonlyMap<string, number>;
}

/** room above the first row, for arrows that run over a box's top */
export const TOP = 18;
const FRAME_GAP = 14;
/** between siblings stacked in a column, and between blocks */
const V_GAP = 20;
/** between a box and the column of boxes it points to; grows with the arrows leaving it */
const H_GAP = 36;
const LANE = 5;
/** between a list's bottom and the shelf of values under it (its arrows turn in this gap) */
const SHELF_GAP = 26;
const SHELF_SPACING = 8;
/** a shelf wraps beyond this width (or the box's own, if wider) */
const SHELF_MAX_WIDTH = 420;
/** boxes per line of a chain before it wraps to the next line */
export const CHAIN_WRAP = 6;

interface Graph {
  readonly byKey: ReadonlyMap<string, DiagramNode>;
  /** a node's outgoing edges in the order of its ports */
  readonly out: ReadonlyMap<string, readonly DiagramEdge[]>;
}

function graphOf(diagram: Diagram): Graph {
  const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
  const out = new Map<string, DiagramEdge[]>();
  for (const e of diagram.edges) {
    const list = out.get(e.source) ?? [];
    list.push(e);
    out.set(e.source, list);
  }
  for (const [key, list] of out) {
    const order = new Map(byKey.get(key)!.ports.map((p, i) => [p.id, i]));
    list.sort((a, b) => (order.get(a.port) ?? 0) - (order.get(b.port) ?? 0));
  }
  return { byKey, out };
}

/** Same type and the same row labels: a linked structure's next link (Python Tutor's structurallyEquivalent). */
function sameShape(a: DiagramNode, b: DiagramNode): boolean {
  if (a.title !== b.title || a.body.kind !== 'rows' || b.body.kind !== 'rows') return false;
  const la = a.body.rows.map((r) => r.label).join('\n');
  const lb = b.body.rows.map((r) => r.label).join('\n');
  return la === lb;
}

class Placer {
  readonly positions = new Map<string, Point>();
  /** right edge of a box with its shelf: where the arrows leaving it turn */
  readonly blockRight = new Map<string, number>();
  private readonly placed = new Set<string>();

  constructor(private readonly g: Graph, skip: Iterable<string>) {
    for (const k of skip) this.placed.add(k);
  }

  has(key: string): boolean {
    return this.placed.has(key);
  }

  claim(key: string): boolean {
    if (this.placed.has(key)) return false;
    this.placed.add(key);
    return true;
  }

  private isLeaf(key: string): boolean {
    return (this.g.out.get(key)?.length ?? 0) === 0;
  }

  private targets(key: string, style?: (e: DiagramEdge) => boolean): DiagramNode[] {
    const list: DiagramNode[] = [];
    for (const e of this.g.out.get(key) ?? []) {
      if (style && !style(e)) continue;
      const t = this.g.byKey.get(e.target);
      if (t) list.push(t);
    }
    return list;
  }

  /** Lays out `node` (already claimed) with its top-left at (x, y); returns the bottom of all it placed. */
  place(node: DiagramNode, x: number, y: number): number {
    const next = this.chainNext(node);
    if (next) return this.placeChain(node, x, y);
    const shelfOwner = node.body.kind === 'sequence';
    const bottom = this.placeBox(node, x, y, shelfOwner);
    return this.placeChildren([node], this.blockRight.get(node.key)! + this.gapAfter(node), y, bottom);
  }

  private gapAfter(node: DiagramNode): number {
    return H_GAP + LANE * Math.min(6, this.g.out.get(node.key)?.length ?? 0);
  }

  /** The box and, when it owns one, the shelf of leaf values under it; returns its bottom. */
  private placeBox(node: DiagramNode, x: number, y: number, withShelf: boolean): number {
    this.positions.set(node.key, { x, y });
    let right = x + node.width;
    let bottom = y + node.height;
    if (withShelf) {
      const leaves = this.targets(node.key, (e) => e.style !== 'meta').filter((t) => this.isLeaf(t.key) && this.claim(t.key));
      if (leaves.length > 0) {
        const maxRight = x + Math.max(node.width, SHELF_MAX_WIDTH);
        let lineY = bottom + SHELF_GAP;
        let lineBottom = lineY;
        let cursor = x;
        const slotX = new Map(node.ports.map((p) => [p.id, p.x]));
        const edges = (this.g.out.get(node.key) ?? []).filter((e) => leaves.some((l) => l.key === e.target));
        const firstEdge = new Map<string, DiagramEdge>();
        for (const e of edges) if (!firstEdge.has(e.target)) firstEdge.set(e.target, e);
        for (const leaf of leaves) {
          const wanted = node.body.kind === 'sequence' ? x + (slotX.get(firstEdge.get(leaf.key)?.port ?? '') ?? 0) - Math.min(leaf.width / 2, 15) : x;
          let lx = Math.max(cursor, wanted);
          if (lx + leaf.width > maxRight && cursor > x) {
            lineY = lineBottom + SHELF_SPACING + 6;
            lx = x;
          }
          this.positions.set(leaf.key, { x: lx, y: lineY });
          cursor = lx + leaf.width + SHELF_SPACING;
          right = Math.max(right, lx + leaf.width);
          lineBottom = Math.max(lineBottom, lineY + leaf.height);
        }
        bottom = lineBottom;
      }
    }
    this.blockRight.set(node.key, right);
    return bottom;
  }

  /** The unplaced children of `owners` (in order), stacked in a column at `x` from `y`. */
  private placeChildren(owners: readonly DiagramNode[], x: number, y: number, bottom: number): number {
    let childY = y;
    let lowest = bottom;
    for (const owner of owners) {
      const ownerY = this.positions.get(owner.key)!.y;
      for (const e of this.g.out.get(owner.key) ?? []) {
        const child = this.g.byKey.get(e.target);
        if (!child || !this.claim(child.key)) continue;
        // level with the row that points at it, when there is room
        const port = owner.ports.find((p) => p.id === e.port);
        const level = port && port.side === 'east' ? ownerY + port.y - inPortY(child) : childY;
        const top = Math.max(childY, level);
        const b = this.place(child, x, top);
        childY = b + V_GAP;
        lowest = Math.max(lowest, b);
      }
    }
    return lowest;
  }

  private chainNext(node: DiagramNode): DiagramNode | null {
    for (const t of this.targets(node.key, (e) => e.style === 'slot')) {
      if (!this.has(t.key) && sameShape(node, t)) return t;
    }
    return null;
  }

  /**
   * A run of same-shaped boxes (a linked list's nodes, a tree's leftmost path) in lines of
   * CHAIN_WRAP, each node with its values on a shelf under it; what else they point to is
   * placed under the whole run.
   */
  private placeChain(first: DiagramNode, x: number, y: number): number {
    const chain = [first];
    for (let next = this.chainNext(first); next && this.claim(next.key); next = this.chainNext(next)) chain.push(next);
    let lineY = y;
    let bottom = y;
    let cursor = x;
    chain.forEach((node, i) => {
      if (i > 0 && i % CHAIN_WRAP === 0) {
        lineY = bottom + V_GAP + 12;
        cursor = x;
      }
      const b = this.placeBox(node, cursor, lineY, true);
      bottom = Math.max(bottom, b);
      cursor = this.blockRight.get(node.key)! + this.gapAfter(node);
    });
    // the rest of each node's subtree, stacked under the run, under its own node
    let lowest = bottom;
    let childY = bottom + V_GAP;
    for (const node of chain) {
      const p = this.positions.get(node.key)!;
      const b = this.placeChildren([node], p.x + 24, childY, lowest);
      if (b > lowest) {
        lowest = b;
        childY = b + V_GAP;
      }
    }
    return lowest;
  }
}

/**
 * Places a diagram. `previous` (the step shown before) keeps the blocks in their order and the
 * freed objects where they were; when a step changes no box's size and no arrow (only counts,
 * states or the line), its placement is reused as is.
 */
export function placeDiagram(diagram: Diagram, previous: PlacedDiagram | null = null): PlacedDiagram {
  if (previous && sameStructure(previous.diagram, diagram)) return { ...previous, diagram };
  const g = graphOf(diagram);
  const frames = diagram.nodes.filter((n) => n.state === 'frame');
  const freed = diagram.nodes.filter((n) => n.state === 'freed');
  const placer = new Placer(g, [...frames, ...freed].map((n) => n.key));

  let y = TOP;
  let column = 0;
  for (const f of frames) {
    placer.positions.set(f.key, { x: 0, y });
    y += f.height + FRAME_GAP;
    column = Math.max(column, f.width);
  }
  // room for the frames' arrows to turn, the same whatever their number: a new name must not
  // shift every object sideways
  const left = frames.length > 0 ? column + H_GAP + LANE * 12 : 0;

  // roots: what the frames' names reach, in the order they reach it; then whatever nothing reaches
  const reached: DiagramNode[] = [];
  const seen = new Set<string>();
  for (const f of frames) {
    for (const e of g.out.get(f.key) ?? []) {
      const t = g.byKey.get(e.target);
      if (t && t.state !== 'freed' && !seen.has(t.key)) {
        seen.add(t.key);
        reached.push(t);
      }
    }
  }
  const previousRanks = previous?.rootRanks ?? new Map<string, number>();
  const ordered = reached.map((n, i) => ({ n, rank: previousRanks.get(n.key) ?? Number.MAX_SAFE_INTEGER, i }));
  ordered.sort((a, b) => a.rank - b.rank || a.i - b.i);

  const rootRanks = new Map<string, number>();
  let nextRank = Math.max(-1, ...previousRanks.values()) + 1;
  let rowY = TOP;
  const placeRoot = (n: DiagramNode, level: number) => {
    if (!placer.claim(n.key)) return;
    rootRanks.set(n.key, previousRanks.get(n.key) ?? nextRank++);
    const bottom = placer.place(n, left, Math.max(rowY, level));
    rowY = bottom + V_GAP;
  };
  const frameLevel = new Map<string, number>();
  for (const f of frames) {
    const fp = placer.positions.get(f.key)!;
    for (const e of g.out.get(f.key) ?? []) {
      const port = f.ports.find((p) => p.id === e.port);
      const t = g.byKey.get(e.target);
      if (port && t && !frameLevel.has(t.key)) frameLevel.set(t.key, fp.y + port.y - inPortY(t));
    }
  }
  for (const { n } of ordered) placeRoot(n, frameLevel.get(n.key) ?? 0);
  const rest = diagram.nodes.filter((n) => n.state !== 'frame' && n.state !== 'freed' && !placer.has(n.key));
  rest.sort((a, b) => (previousRanks.get(a.key) ?? Number.MAX_SAFE_INTEGER) - (previousRanks.get(b.key) ?? Number.MAX_SAFE_INTEGER));
  for (const n of rest) placeRoot(n, 0);

  // freed this step: where it was if that spot is still free, else under everything
  const boxes: Box[] = [];
  for (const [key, p] of placer.positions) {
    const n = g.byKey.get(key)!;
    boxes.push({ key, x: p.x, y: p.y, width: n.width, height: n.height });
  }
  let bottom = Math.max(y, rowY);
  for (const n of freed) {
    const was = previous?.positions.get(n.key);
    const fits = was && boxes.every((b) => was.x >= b.x + b.width + 4 || b.x >= was.x + n.width + 4 || was.y >= b.y + b.height + 4 || b.y >= was.y + n.height + 4);
    const p = fits ? was : { x: left, y: bottom };
    if (!fits) bottom += n.height + V_GAP;
    placer.positions.set(n.key, p);
    boxes.push({ key: n.key, x: p.x, y: p.y, width: n.width, height: n.height });
  }

  const routes = routeEdges(diagram, placer.positions, placer.blockRight, boxes);
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height + 18);
  }
  for (const r of routes.values()) for (const p of r) {
    width = Math.max(width, p.x);
    height = Math.max(height, p.y);
  }
  return { diagram, positions: placer.positions, routes, width, height, rootRanks };
}

/** The async form HeapView awaits (the layout used to run in ELK's worker; it is now synchronous). */
export async function layoutDiagram(diagram: Diagram, previous: PlacedDiagram | null = null): Promise<PlacedDiagram> {
  return placeDiagram(diagram, previous);
}

/** Same boxes with the same sizes and ports, same arrows: the placement still fits. */
export function sameStructure(a: Diagram, b: Diagram): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!, y = b.nodes[i]!;
    if (x.key !== y.key || x.width !== y.width || x.height !== y.height || x.ports.length !== y.ports.length) return false;
    if ((x.state === 'freed') !== (y.state === 'freed')) return false;
    for (let p = 0; p < x.ports.length; p++) if (x.ports[p]!.id !== y.ports[p]!.id || x.ports[p]!.y !== y.ports[p]!.y) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i]!, y = b.edges[i]!;
    if (x.id !== y.id || x.target !== y.target) return false;
  }
  return true;
}
