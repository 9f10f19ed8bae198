// Drawing helpers Pixi v8 does not have: dashed outlines, arrowheads, the ghost
// icon of a zombie object. They only add path commands to a Graphics the caller fills/strokes.
import type { Graphics } from 'pixi.js';

/** A dashed rectangle outline, stroked by the caller's style. */
export function dashedRect(g: Graphics, x: number, y: number, w: number, h: number, dash = 6, gap = 4): void {
  const edges: [number, number, number, number][] = [
    [x, y, x + w, y],
    [x + w, y, x + w, y + h],
    [x + w, y + h, x, y + h],
    [x, y + h, x, y],
  ];
  for (const [x1, y1, x2, y2] of edges) {
    const len = Math.hypot(x2 - x1, y2 - y1);
    for (let d = 0; d < len; d += dash + gap) {
      const e = Math.min(len, d + dash);
      g.moveTo(x1 + ((x2 - x1) * d) / len, y1 + ((y2 - y1) * d) / len);
      g.lineTo(x1 + ((x2 - x1) * e) / len, y1 + ((y2 - y1) * e) / len);
    }
  }
}

/** A filled arrowhead at (x, y) pointing along the direction (dx, dy). */
export function arrowHead(g: Graphics, x: number, y: number, dx: number, dy: number, size = 7): void {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const bx = x - ux * size, by = y - uy * size;
  g.poly([x, y, bx - uy * size * 0.55, by + ux * size * 0.55, bx + uy * size * 0.55, by - ux * size * 0.55]);
}

/** A small ghost (rounded head, wavy hem, two eyes) for unreachable objects awaiting the collector. */
export function ghost(g: Graphics, x: number, y: number, size: number, body: number, eyes: number): void {
  const w = size * 0.8;
  const r = w / 2;
  const hem = y + size;
  g.moveTo(x - r, hem);
  g.lineTo(x - r, y + r);
  g.arc(x, y + r, r, Math.PI, 0);
  g.lineTo(x + r, hem);
  const waves = 3;
  for (let i = 0; i < waves; i++) {
    const x0 = x + r - (i * w) / waves;
    const x1 = x0 - w / waves;
    g.quadraticCurveTo((x0 + x1) / 2, hem - size * 0.18 * (i % 2 === 0 ? 1 : -1), x1, hem);
  }
  g.closePath();
  g.fill({ color: body });
  g.circle(x - r * 0.38, y + r * 0.9, size * 0.09).circle(x + r * 0.38, y + r * 0.9, size * 0.09).fill({ color: eyes });
}
