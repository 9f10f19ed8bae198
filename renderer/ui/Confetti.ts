// A short burst of confetti over the whole window: the level-complete celebration.
import { Container, Graphics } from 'pixi.js';
import { PALETTE } from '../utils/palette';

interface Piece {
  readonly sprite: Graphics;
  vx: number;
  vy: number;
  spin: number;
  life: number;
}

const COLOURS = [PALETTE.gold, PALETTE.open, PALETTE.done, 0x5ab0ff, 0xff6fb5, 0xffffff];
const GRAVITY = 0.0009;
const LIFE_MS = 3200;

export class Confetti extends Container {
  private pieces: Piece[] = [];

  /** Throws `count` pieces up from two cannons at the bottom corners. */
  burst(width: number, height: number, count = 160): void {
    for (let i = 0; i < count; i++) {
      const left = i % 2 === 0;
      const sprite = new Graphics();
      const colour = COLOURS[i % COLOURS.length]!;
      if (i % 3 === 0) sprite.star(0, 0, 5, 7, 3).fill(colour);
      else sprite.rect(-5, -3, 10, 6).fill(colour);
      sprite.position.set(left ? width * 0.08 : width * 0.92, height + 10);
      this.addChild(sprite);
      const angle = (left ? -Math.PI / 3 : (-2 * Math.PI) / 3) + (Math.random() - 0.5) * 0.7;
      const speed = 0.9 + Math.random() * 0.8;
      this.pieces.push({ sprite, vx: Math.cos(angle) * speed, vy: Math.sin(angle) * speed * 1.1, spin: (Math.random() - 0.5) * 0.02, life: 0 });
    }
  }

  update(deltaMs: number): void {
    for (const piece of this.pieces) {
      piece.life += deltaMs;
      piece.vy += GRAVITY * deltaMs;
      piece.vx *= 0.995;
      piece.sprite.x += piece.vx * deltaMs;
      piece.sprite.y += piece.vy * deltaMs;
      piece.sprite.rotation += piece.spin * deltaMs;
      piece.sprite.alpha = Math.max(0, 1 - piece.life / LIFE_MS);
    }
    const done = this.pieces.filter((piece) => piece.life >= LIFE_MS);
    for (const piece of done) piece.sprite.destroy();
    if (done.length > 0) this.pieces = this.pieces.filter((piece) => piece.life < LIFE_MS);
  }
}
