// All the arrows, drawn into one Graphics from the boxes' current positions, so they follow
// every move of a tween. Forward arrows are S-curves from the slot's dot to the target's left
// side; arrows to a box on the left (a cycle, a self-reference) loop over and land on its top.
import { Graphics } from 'pixi.js';
import type { Point } from './layout';
import { HEADER_HEIGHT } from './metrics';
import type { DiagramEdge, DiagramNode } from './model';
import { palette } from './palette';
import { arrowHead, dottedCubic, type Cubic } from './shapes';

export interface EdgeDraw {
  readonly edge: DiagramEdge;
  readonly alpha: number;
  /** while a rebound reference swings: the old target and how far the swing has gone (0..1) */
  readonly swingFrom?: string;
  readonly swing?: number;
}

export interface NodeLookup {
  node(key: string): DiagramNode | undefined;
  position(key: string): Point | undefined;
}

const WIDTH: Record<DiagramEdge['style'], number> = { name: 2.2, slot: 2, hidden: 2, cached: 1.2, meta: 1.2 };

export class EdgeLayer extends Graphics {
  redraw(edges: readonly EdgeDraw[], nodes: NodeLookup): void {
    this.clear();
    for (const d of edges) {
      if (d.alpha <= 0.01) continue;
      const curve = this.curveFor(d, nodes);
      if (!curve) continue;
      const color = palette.edges[d.edge.style];
      const alpha = d.alpha * (d.edge.style === 'cached' || d.edge.style === 'meta' ? 0.75 : 0.95);
      if (d.edge.style === 'meta') dottedCubic(this, curve);
      else this.moveTo(curve.x0, curve.y0).bezierCurveTo(curve.x1, curve.y1, curve.x2, curve.y2, curve.x3, curve.y3);
      this.stroke({ width: WIDTH[d.edge.style], color, alpha, cap: 'round' });
      arrowHead(this, curve.x3, curve.y3, curve.x3 - curve.x2, curve.y3 - curve.y2, d.edge.style === 'cached' || d.edge.style === 'meta' ? 6 : 8);
      this.fill({ color, alpha });
    }
  }

  private curveFor(d: EdgeDraw, nodes: NodeLookup): Cubic | null {
    const src = nodes.node(d.edge.source);
    const srcPos = nodes.position(d.edge.source);
    const port = src?.ports.find((p) => p.id === d.edge.port);
    if (!src || !srcPos || !port) return null;
    const sx = srcPos.x + port.x;
    const sy = srcPos.y + port.y;
    const end = targetPoint(d.edge.target, nodes);
    if (!end) return null;
    let tx = end.x;
    let ty = end.y;
    if (d.swingFrom !== undefined && d.swing !== undefined && d.swing < 1) {
      const old = targetPoint(d.swingFrom, nodes);
      if (old) {
        tx = old.x + (tx - old.x) * d.swing;
        ty = old.y + (ty - old.y) * d.swing;
      }
    }
    const target = nodes.node(d.edge.target);
    const targetPos = nodes.position(d.edge.target);
    if (target && targetPos && tx < sx + 16) {
      // backwards (a cycle or a self-reference): leave to the right, come down onto the target's top
      const topX = targetPos.x + Math.min(24, target.width / 2);
      const topY = targetPos.y;
      const lift = 40 + Math.min(80, Math.abs(sy - topY) * 0.3);
      return { x0: sx, y0: sy, x1: sx + 60, y1: Math.min(sy, topY) - lift, x2: topX, y2: topY - lift, x3: topX, y3: topY - 1 };
    }
    const bend = Math.max(30, (tx - sx) * 0.45);
    return { x0: sx, y0: sy, x1: sx + bend, y1: sy, x2: tx - bend, y2: ty, x3: tx - 1, y3: ty };
  }
}

function targetPoint(key: string, nodes: NodeLookup): Point | null {
  const n = nodes.node(key);
  const p = nodes.position(key);
  if (!n || !p) return null;
  return { x: p.x, y: p.y + Math.min(HEADER_HEIGHT / 2 + 1, n.height / 2) };
}
