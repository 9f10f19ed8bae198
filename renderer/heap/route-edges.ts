// The arrows' paths once the boxes are placed (layout.ts): orthogonal, leaving a row's dot to
// the right (a list's slot downwards), turning in the gap beside the box they leave (each arrow
// of a box in its own lane), and entering the target from the left, level with its title, or
// from above. A few such shapes are tried per arrow, in order of directness, and the first that
// crosses no box is kept (else the one crossing the fewest); boxes are found through a grid of
// buckets, so a 1,000-arrow heap routes in milliseconds.
import type { Point } from './layout';
import { inPortY, type Diagram, type DiagramNode } from './model';

export interface Box {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const LANE = 5;
const LANES = 6;
const CELL = 160;

class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  private stamp = 0;
  private readonly seen = new Map<Box, number>();

  constructor(boxes: readonly Box[]) {
    for (const b of boxes) {
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++) {
        for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) {
          const k = `${cx},${cy}`;
          const list = this.cells.get(k) ?? [];
          list.push(b);
          this.cells.set(k, list);
        }
      }
    }
  }

  /** Boxes (other than `skip`) whose inside an axis-aligned segment passes through. */
  crossings(a: Point, b: Point, skip: ReadonlySet<string>): number {
    const x0 = Math.min(a.x, b.x), x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y), y1 = Math.max(a.y, b.y);
    const stamp = ++this.stamp;
    let count = 0;
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        for (const box of this.cells.get(`${cx},${cy}`) ?? []) {
          if (this.seen.get(box) === stamp || skip.has(box.key)) continue;
          this.seen.set(box, stamp);
          const inset = 2;
          if (x1 > box.x + inset && x0 < box.x + box.width - inset && y1 > box.y + inset && y0 < box.y + box.height - inset) count++;
        }
      }
    }
    return count;
  }
}

function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out.at(-2);
    // drop the middle of three points on one line
    if (last && before && ((Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01) || (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

export function routeEdges(
  diagram: Diagram,
  positions: ReadonlyMap<string, Point>,
  blockRight: ReadonlyMap<string, number>,
  boxes: readonly Box[],
): Map<string, Point[]> {
  const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
  const index = new BoxIndex(boxes);
  const frameRight = Math.max(0, ...diagram.nodes.filter((n) => n.state === 'frame').map((n) => positions.get(n.key)!.x + n.width));
  const farRight = Math.max(0, ...boxes.map((b) => b.x + b.width));
  const laneOf = new Map<string, number>();
  let frameLane = 0;
  const perSource = new Map<string, number>();
  for (const e of diagram.edges) {
    const src = byKey.get(e.source);
    if (src?.state === 'frame') laneOf.set(e.id, frameLane++);
    else {
      const k = perSource.get(e.source) ?? 0;
      laneOf.set(e.id, k);
      perSource.set(e.source, k + 1);
    }
  }

  const routes = new Map<string, Point[]>();
  for (const e of diagram.edges) {
    const src = byKey.get(e.source), tgt = byKey.get(e.target);
    const sp = positions.get(e.source), tp = positions.get(e.target);
    const port = src?.ports.find((p) => p.id === e.port);
    if (!src || !tgt || !sp || !tp || !port) continue;
    const lane = laneOf.get(e.id) ?? 0;
    const laneX = src.state === 'frame' ? frameRight + 8 + LANE * (lane % (LANES * 2)) : (blockRight.get(src.key) ?? sp.x + src.width) + 8 + LANE * (lane % LANES);
    const candidates = shapes(src, tgt, sp, tp, port, lane, laneX);
    // last resort: out past everything on the right, and back in from above
    candidates.push(...shapes(src, tgt, sp, tp, port, lane, farRight + 10 + LANE * (lane % LANES)).slice(-3));
    const skip = new Set([src.key, tgt.key]);
    let best: Point[] | null = null;
    let bestCount = Infinity;
    for (const c of candidates) {
      let count = 0;
      for (let i = 1; i < c.length && count < bestCount; i++) count += index.crossings(c[i - 1]!, c[i]!, skip);
      if (count < bestCount) {
        best = c;
        bestCount = count;
        if (count === 0) break;
      }
    }
    routes.set(e.id, simplify(best ?? candidates[0]!));
  }
  return routes;
}

/** The paths tried for one arrow, most direct first. */
function shapes(src: DiagramNode, tgt: DiagramNode, sp: Point, tp: Point, port: DiagramNode['ports'][number], lane: number, laneX: number): Point[][] {
  const dot = { x: sp.x + port.x, y: sp.y + port.y };
  const border = { x: sp.x + port.layoutX, y: sp.y + port.layoutY };
  const inY = tp.y + inPortY(tgt);
  const west = { x: tp.x, y: inY };
  const top = { x: tp.x + Math.min(18, tgt.width / 2), y: tp.y };
  const above = tp.y - 7 - (lane % 3) * 3;
  const below = tp.y + tgt.height + 7 + (lane % 3) * 3;
  const approachX = tp.x - 10 - (lane % 3) * 3;
  const list: Point[][] = [];
  if (port.side === 'south') {
    const bandY = sp.y + src.height + 7 + (lane % 4) * 4;
    if (tp.y > border.y + 8) {
      // a value on the shelf under the list: straight down, or down, across and down
      list.push([dot, border, { x: dot.x, y: tp.y - 9 }, { x: top.x, y: tp.y - 9 }, top]);
    }
    const out = [dot, border, { x: dot.x, y: bandY }, { x: laneX, y: bandY }];
    if (laneX < tp.x - 4) list.push([...out, { x: laneX, y: inY }, west]);
    list.push([...out, { x: laneX, y: above }, { x: approachX, y: above }, { x: approachX, y: inY }, west]);
    list.push([...out, { x: laneX, y: above }, { x: top.x, y: above }, top]);
    list.push([...out, { x: laneX, y: below }, { x: approachX, y: below }, { x: approachX, y: inY }, west]);
    return list;
  }
  const out = [dot, border, { x: laneX, y: border.y }];
  // a value on the shelf under a chain's node: round the corner and down onto it
  if (tp.y >= sp.y + src.height && tp.x < laneX) list.push([...out, { x: laneX, y: tp.y - 9 }, { x: top.x, y: tp.y - 9 }, top]);
  if (laneX < tp.x - 4) list.push([...out, { x: laneX, y: inY }, west]);
  list.push([...out, { x: laneX, y: above }, { x: approachX, y: above }, { x: approachX, y: inY }, west]);
  list.push([...out, { x: laneX, y: above }, { x: top.x, y: above }, top]);
  list.push([...out, { x: laneX, y: below }, { x: approachX, y: below }, { x: approachX, y: inY }, west]);
  if (tp.y > border.y) list.push([...out, { x: laneX, y: tp.y - 9 }, { x: top.x, y: tp.y - 9 }, top]);
  return list;
}
