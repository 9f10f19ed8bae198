// ─── HEAP DIAGRAM SLOT ──────────────────────────────────────────────────────────────────────
// The level screen's place for the heap diagram (renderer/heap/HeapView, built separately).
// This class owns the slot: its frame, its size, and which step it shows. It speaks to the
// diagram only through HeapView's public API: new HeapView(opts), showSnapshot(snapshot,
// {animateFrom}), resize(w, h), onPickObject(cb).
// Until HeapView lands, the slot shows a plain caption instead of the diagram.
// ────────────────────────────────────────────────────────────────────────────────────────────
import { Container, Graphics, Text } from 'pixi.js';
import type { StepInfo } from '../../utils/traceStep';
import { PALETTE } from '../../utils/palette';

export interface SlotRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class HeapArea extends Container {
  private readonly frame = new Graphics();
  private readonly diagramLayer = new Container();
  private readonly caption: Text;
  private rect: SlotRect = { x: 0, y: 0, width: 0, height: 0 };
  private shownStep = -1;

  constructor() {
    super();
    this.caption = new Text({
      text: 'The heap diagram appears here as the replay unlocks.',
      style: { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 16, fill: 0xb8bedc, align: 'center', wordWrap: true, wordWrapWidth: 360 },
    });
    this.caption.anchor.set(0.5);
    this.addChild(this.frame, this.diagramLayer, this.caption);
  }

  place(rect: SlotRect): void {
    if (rect.x === this.rect.x && rect.y === this.rect.y && rect.width === this.rect.width && rect.height === this.rect.height) return;
    this.rect = rect;
    this.position.set(rect.x, rect.y);
    this.frame.clear();
    this.frame.roundRect(0, 0, rect.width, rect.height, 18).fill({ color: PALETTE.ink, alpha: 0.82 }).stroke({ width: 2, color: 0x4a5490 });
    this.caption.position.set(rect.width / 2, rect.height / 2);
  }

  /** Shows a step; `animate` when it follows the previous step, so the change is played. */
  showStep(step: StepInfo | null): void {
    if (!step) {
      this.shownStep = -1;
      this.caption.text = 'The heap diagram appears here as the replay unlocks.';
      return;
    }
    this.shownStep = step.index;
    this.caption.text = step.line !== null ? `Step ${step.index + 1}: line ${step.line}` : `Step ${step.index + 1}`;
  }

  get step(): number {
    return this.shownStep;
  }
}
