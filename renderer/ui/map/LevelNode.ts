// One level on the map: a round button (locked with a padlock, open and glowing, or completed
// with its stars), the level's title under it, and its animations (hover, focus, pulse, shake,
// unlock burst).
import { Container, FillGradient, Graphics, Text } from 'pixi.js';
import type { LevelState, Stars } from '../../../electron/api';
import { PALETTE } from '../../utils/palette';

const RADIUS = 34;
const UNLOCK_MS = 1400;
const SHAKE_MS = 450;

export class LevelNode extends Container {
  private readonly glow = new Graphics();
  private readonly disc = new Graphics();
  private readonly focusRing = new Graphics();
  private readonly padlock = new Graphics();
  private readonly stars = new Graphics();
  private readonly numberText: Text;
  private readonly burst = new Graphics();
  private state: LevelState = 'locked';
  private hovered = false;
  private focused = false;
  private clock = Math.random() * 1000;
  private unlockElapsed = -1;
  private shakeElapsed = -1;
  private homeX = 0;
  private zoom = 1;

  constructor(number: number, title: string) {
    super();
    this.numberText = new Text({
      text: String(number),
      style: { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 28, fontWeight: 'bold', fill: PALETTE.text, stroke: { color: 0x000000, width: 4, alpha: 0.25 } },
    });
    this.numberText.anchor.set(0.5);
    const titleText = new Text({
      text: title,
      style: {
        fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 15, fontWeight: 'bold', fill: PALETTE.text,
        stroke: { color: PALETTE.night, width: 4, alpha: 0.6 }, align: 'center', wordWrap: true, wordWrapWidth: 170,
      },
    });
    titleText.anchor.set(0.5, 0);
    titleText.y = RADIUS + 22;
    this.drawPadlock();
    this.addChild(this.glow, this.burst, this.disc, this.focusRing, this.numberText, this.padlock, this.stars, titleText);
  }

  place(x: number, y: number): void {
    this.homeX = x;
    this.position.set(x, y);
  }

  setState(state: LevelState, stars: Stars): void {
    this.state = state;
    this.drawDisc();
    this.drawStars(state === 'completed' ? stars : null);
    this.padlock.visible = state === 'locked';
    this.numberText.visible = state !== 'locked';
  }

  setHovered(hovered: boolean): void {
    this.hovered = hovered;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.focusRing.clear();
    if (focused) this.focusRing.circle(0, 0, RADIUS + 9).stroke({ width: 4, color: 0xffffff, alpha: 0.95 });
  }

  /** The "you just unlocked me" animation: the padlock flies off and rings burst out. */
  playUnlock(): void {
    this.unlockElapsed = 0;
    this.padlock.visible = true;
    this.padlock.alpha = 1;
  }

  /** A refusal wiggle, for clicking a locked level. */
  shake(): void {
    this.shakeElapsed = 0;
  }

  update(deltaMs: number): void {
    this.clock += deltaMs;
    const target = this.hovered || this.focused ? 1.14 : 1;
    this.zoom += (target - this.zoom) * Math.min(1, deltaMs / 80);
    for (const part of [this.disc, this.numberText, this.padlock, this.focusRing]) part.scale.set(this.zoom);
    this.drawGlow();
    this.updateShake(deltaMs);
    this.updateUnlock(deltaMs);
  }

  private updateShake(deltaMs: number): void {
    if (this.shakeElapsed < 0) return;
    this.shakeElapsed += deltaMs;
    const t = this.shakeElapsed / SHAKE_MS;
    this.x = this.homeX + (t >= 1 ? 0 : Math.sin(t * Math.PI * 8) * 9 * (1 - t));
    if (t >= 1) this.shakeElapsed = -1;
  }

  private updateUnlock(deltaMs: number): void {
    if (this.unlockElapsed < 0) return;
    this.unlockElapsed += deltaMs;
    const t = Math.min(1, this.unlockElapsed / UNLOCK_MS);
    this.padlock.y = -t * 60;
    this.padlock.alpha = 1 - t;
    this.padlock.rotation = t * 0.8;
    this.burst.clear();
    for (let ring = 0; ring < 3; ring++) {
      const r = Math.max(0, t - ring * 0.15);
      if (r > 0 && r < 1) this.burst.circle(0, 0, RADIUS + r * 90).stroke({ width: 6 * (1 - r), color: PALETTE.gold, alpha: 1 - r });
    }
    if (t >= 1) {
      this.unlockElapsed = -1;
      this.padlock.visible = this.state === 'locked';
      this.padlock.position.set(0, 0);
      this.padlock.rotation = 0;
      this.padlock.alpha = 1;
    }
  }

  private drawGlow(): void {
    this.glow.clear();
    const pulse = this.state === 'open' ? 0.35 + 0.25 * Math.sin(this.clock / 260) : 0;
    const hover = this.hovered || this.focused ? 0.35 : 0;
    const alpha = Math.max(pulse, hover);
    if (alpha <= 0) return;
    const colour = this.state === 'completed' ? PALETTE.done : this.state === 'open' ? PALETTE.gold : 0xffffff;
    this.glow.circle(0, 0, RADIUS + 16).fill({ color: colour, alpha: alpha * 0.45 });
    this.glow.circle(0, 0, RADIUS + 8).fill({ color: colour, alpha: alpha * 0.6 });
  }

  private drawDisc(): void {
    const [light, deep] =
      this.state === 'completed' ? [PALETTE.done, PALETTE.doneDeep] : this.state === 'open' ? [PALETTE.open, PALETTE.openDeep] : [PALETTE.locked, PALETTE.lockedDeep];
    const shine = new FillGradient({
      type: 'linear', start: { x: 0, y: 0 }, end: { x: 0, y: 1 }, textureSpace: 'local',
      colorStops: [{ offset: 0, color: 0xffffff }, { offset: 0.25, color: light }, { offset: 1, color: deep }],
    });
    this.disc.clear();
    this.disc.ellipse(0, RADIUS + 4, RADIUS * 0.9, 9).fill({ color: 0x000000, alpha: 0.25 });
    this.disc.circle(0, 4, RADIUS).fill(deep);
    this.disc.circle(0, 0, RADIUS).fill(shine);
    this.disc.circle(0, 0, RADIUS).stroke({ width: 3, color: 0xffffff, alpha: 0.7 });
  }

  private drawPadlock(): void {
    this.padlock.clear();
    this.padlock.arc(0, -6, 10, Math.PI, 0).stroke({ width: 5, color: 0xe6e8f2 });
    this.padlock.roundRect(-14, -6, 28, 22, 5).fill(0xe6e8f2);
    this.padlock.circle(0, 3, 3.5).fill(PALETTE.lockedDeep);
    this.padlock.rect(-1.5, 4, 3, 7).fill(PALETTE.lockedDeep);
  }

  private drawStars(earned: Stars | null): void {
    this.stars.clear();
    if (earned === null) return;
    for (let i = 0; i < 3; i++) {
      const x = (i - 1) * 24;
      const y = -RADIUS - 4 + (i === 1 ? -6 : 0);
      this.stars.star(x, y, 5, 11, 5).fill(i < earned ? PALETTE.gold : PALETTE.starOff).stroke({ width: 2, color: PALETTE.night, alpha: 0.6 });
    }
  }
}
