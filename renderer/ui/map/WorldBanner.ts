// A world's title on the map: a ribbon with the world's name and its star total.
import { Container, Graphics, Text } from 'pixi.js';
import { PALETTE } from '../../utils/palette';

export class WorldBanner extends Container {
  private readonly ribbon = new Graphics();
  private readonly title: Text;
  private readonly total: Text;

  constructor(worldNumber: number, title: string, accent: number) {
    super();
    this.title = new Text({
      text: `World ${worldNumber} · ${title}`,
      style: { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 26, fontWeight: 'bold', fill: PALETTE.text, stroke: { color: PALETTE.night, width: 5, alpha: 0.5 } },
    });
    this.title.anchor.set(0.5);
    this.title.y = -10;
    this.total = new Text({ text: '', style: { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 18, fontWeight: 'bold', fill: PALETTE.gold } });
    this.total.anchor.set(0.5);
    this.total.y = 20;
    const width = Math.max(380, this.title.width + 90);
    this.ribbon.poly([-width / 2 - 30, -24, -width / 2, -24, -width / 2, 24, -width / 2 - 30, 24, -width / 2 - 16, 0]).fill(accent);
    this.ribbon.poly([width / 2 + 30, -24, width / 2, -24, width / 2, 24, width / 2 + 30, 24, width / 2 + 16, 0]).fill(accent);
    this.ribbon.roundRect(-width / 2, -36, width, 72, 16).fill({ color: PALETTE.ink, alpha: 0.85 }).stroke({ width: 3, color: accent });
    this.addChild(this.ribbon, this.title, this.total);
  }

  setStars(earned: number, possible: number): void {
    this.total.text = `★ ${earned} / ${possible}`;
  }
}
