// The map's scenery: one gradient band per world, soft hills and sparkles, and the winding
// path through every level in campaign order.
import { Container, FillGradient, Graphics } from 'pixi.js';
import type { MapLayout } from '../../utils/mapLayout';
import { PALETTE, worldTheme } from '../../utils/palette';

/** A deterministic sprinkle, so the scenery does not jump between redraws. */
function* scatter(seed: number, count: number): Generator<[number, number, number]> {
  let state = seed * 9301 + 49297;
  const next = () => (state = (state * 9301 + 49297) % 233280) / 233280;
  for (let i = 0; i < count; i++) yield [next(), next(), next()];
}

const cubic = (t: number, p0: number, p1: number, p2: number, p3: number): number =>
  (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;

export class MapBackdrop extends Container {
  private readonly bands = new Graphics();
  private readonly path = new Graphics();

  constructor() {
    super();
    this.addChild(this.bands, this.path);
  }

  draw(layout: MapLayout): void {
    this.drawBands(layout);
    this.drawPath(layout);
  }

  private drawBands(layout: MapLayout): void {
    const g = this.bands.clear();
    layout.bands.forEach((band, index) => {
      const theme = worldTheme(index);
      const gradient = new FillGradient({
        type: 'linear', start: { x: 0, y: 0 }, end: { x: 0, y: 1 }, textureSpace: 'local',
        colorStops: [{ offset: 0, color: theme.top }, { offset: 1, color: theme.bottom }],
      });
      g.rect(0, band.top, layout.width, band.height).fill(gradient);
      // rolling hills along each side of the band
      for (const [u, v, w] of scatter(index + 1, 7)) {
        const side = u < 0.5 ? -40 + u * 260 : layout.width + 40 - (1 - u) * 260;
        g.ellipse(side, band.top + 120 + v * (band.height - 160), 90 + w * 110, 60 + w * 50).fill({ color: theme.accent, alpha: 0.08 + w * 0.06 });
      }
      for (const [u, v, w] of scatter(index + 11, 40)) {
        g.star(u * layout.width, band.top + v * band.height, 4, 2 + w * 3, 1).fill({ color: 0xffffff, alpha: 0.15 + w * 0.3 });
      }
      g.rect(0, band.top + band.height - 4, layout.width, 8).fill({ color: PALETTE.night, alpha: 0.35 });
    });
  }

  private drawPath(layout: MapLayout): void {
    const g = this.path.clear();
    const nodes = layout.nodes;
    if (nodes.length < 2) return;
    const trace = () => {
      g.moveTo(nodes[0]!.x, nodes[0]!.y);
      for (let i = 1; i < nodes.length; i++) {
        const a = nodes[i - 1]!;
        const b = nodes[i]!;
        const midY = (a.y + b.y) / 2;
        g.bezierCurveTo(a.x, midY, b.x, midY, b.x, b.y);
      }
    };
    trace();
    g.stroke({ width: 30, color: PALETTE.night, alpha: 0.3, cap: 'round', join: 'round' });
    trace();
    g.stroke({ width: 20, color: PALETTE.path, alpha: 0.9, cap: 'round', join: 'round' });
    // stepping stones along the path
    for (let i = 1; i < nodes.length; i++) {
      const a = nodes[i - 1]!;
      const b = nodes[i]!;
      for (let k = 1; k < 4; k++) {
        const t = k / 4;
        const midY = (a.y + b.y) / 2;
        const x = cubic(t, a.x, a.x, b.x, b.x);
        const y = cubic(t, a.y, midY, midY, b.y);
        g.circle(x, y, 3.5).fill({ color: 0xc9a45c, alpha: 0.8 });
      }
    }
  }
}
