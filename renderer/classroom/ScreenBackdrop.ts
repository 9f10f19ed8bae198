// The classroom screens' background: the night gradient of the level screen, in the classroom's
// own accent (a chalkboard green), so a challenge never looks like the campaign.
import { FillGradient, Graphics } from 'pixi.js';
import { PALETTE } from '../utils/palette';

export class ScreenBackdrop extends Graphics {
  draw(width: number, height: number): void {
    const gradient = new FillGradient({
      type: 'linear', start: { x: 0, y: 0 }, end: { x: 1, y: 1 }, textureSpace: 'local',
      colorStops: [{ offset: 0, color: PALETTE.night }, { offset: 0.65, color: 0x1c3346 }, { offset: 1, color: 0x1f4a3c }],
    });
    this.clear().rect(0, 0, width, height).fill(gradient);
  }
}
