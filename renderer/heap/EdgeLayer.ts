// All the arrows in sight, drawn into one Graphics on each frame of a tween (their routes come from the
// layout, blended while boxes move). Routes are ELK's orthogonal paths with rounded corners;
// arrows are drawn over the boxes on a dark casing so one that must cross a box stays readable.
import { Graphics } from 'pixi.js';
import type { Point } from './layout';
import type { DiagramEdge } from './model';
import { palette } from './palette';
import { arrowHead } from './shapes';

export interface EdgeDraw {
  readonly edge: DiagramEdge;
  readonly alpha: number;
  readonly points: readonly Point[];
}

const WIDTH: Record<DiagramEdge['style'], number> = { name: 2.2, slot: 2, hidden: 2, cached: 1.2, meta: 1.2 };
const CORNER = 9;

export class EdgeLayer extends Graphics {
  /** Draws the arrows that pass through `window` (all of them without one). */
  redraw(edges: readonly EdgeDraw[], window?: { left: number; top: number; right: number; bottom: number }): void {
    this.clear();
    for (const d of edges) {
      if (d.alpha <= 0.01 || d.points.length < 2) continue;
      if (window && !crosses(d.points, window)) continue;
      const color = palette.edges[d.edge.style];
      const faint = d.edge.style === 'cached' || d.edge.style === 'meta';
      const alpha = d.alpha * (faint ? 0.7 : 0.95);
      const pts = d.points;
      if (!faint) {
        this.tracePath(pts);
        this.stroke({ width: WIDTH[d.edge.style] + 3, color: palette.board, alpha: alpha * 0.7, cap: 'round', join: 'round' });
      }
      if (d.edge.style === 'meta') this.dashed(pts);
      else this.tracePath(pts);
      this.stroke({ width: WIDTH[d.edge.style], color, alpha, cap: 'round', join: 'round' });
      const end = pts.at(-1)!;
      const before = lastDistinct(pts);
      arrowHead(this, end.x, end.y, end.x - before.x, end.y - before.y, faint ? 6 : 8);
      this.fill({ color, alpha });
    }
  }

  /** A polyline with rounded corners, stopping short of the end so the arrowhead caps it. */
  private tracePath(pts: readonly Point[]): void {
    this.moveTo(pts[0]!.x, pts[0]!.y);
    for (let i = 1; i < pts.length - 1; i++) {
      const a = pts[i]!, b = pts[i + 1]!;
      const r = Math.min(CORNER, segment(pts[i - 1]!, a) / 2, segment(a, b) / 2);
      if (r > 0.5) this.arcTo(a.x, a.y, b.x, b.y, r);
      else this.lineTo(a.x, a.y);
    }
    const end = pts.at(-1)!;
    const before = lastDistinct(pts);
    const len = segment(before, end) || 1;
    this.lineTo(end.x - ((end.x - before.x) / len) * 4, end.y - ((end.y - before.y) / len) * 4);
  }

  private dashed(pts: readonly Point[], dash = 5, gap = 4): void {
    let carry = 0;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!, b = pts[i]!;
      const len = segment(a, b);
      for (let d = carry; d < len; d += dash + gap) {
        const e = Math.min(len, d + dash);
        this.moveTo(a.x + ((b.x - a.x) * d) / len, a.y + ((b.y - a.y) * d) / len);
        this.lineTo(a.x + ((b.x - a.x) * e) / len, a.y + ((b.y - a.y) * e) / len);
        carry = d + dash + gap - len;
      }
    }
  }
}

function crosses(pts: readonly Point[], w: { left: number; top: number; right: number; bottom: number }): boolean {
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!, b = pts[i]!;
    if (Math.max(a.x, b.x) >= w.left && Math.min(a.x, b.x) <= w.right && Math.max(a.y, b.y) >= w.top && Math.min(a.y, b.y) <= w.bottom) return true;
  }
  return false;
}

const segment = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

function lastDistinct(pts: readonly Point[]): Point {
  const end = pts.at(-1)!;
  for (let i = pts.length - 2; i >= 0; i--) if (segment(pts[i]!, end) > 0.5) return pts[i]!;
  return { x: end.x - 1, y: end.y };
}
