// The editor's heap diagram: the heap at the chosen step (renderer/heap/HeapView, used through
// its public API), where every object can be picked; a pick is turned into an expression that
// reaches the object, for the question being written.
import { Container, Graphics, Text } from 'pixi.js';
import type { Snapshot } from '../../../electron/engine/trace/model';
import { HeapView } from '../../heap/HeapView';
import type { SlotRect } from '../../ui/level/HeapArea';
import { PALETTE } from '../../utils/palette';
import type { StepInfo } from '../../utils/traceStep';
import type { StepHeap } from '../ReplayPanel';
import { expressionFor } from './objectPath';

const CAPTION_HEIGHT = 38;
const INSET = 10;

export class PickingHeap extends Container implements StepHeap {
  private readonly frame = new Graphics();
  private readonly caption: Text;
  private readonly diagram = new HeapView({ width: 400, height: 300 });
  private snapshot: Snapshot | null = null;
  private shown = -1;
  private rect: SlotRect = { x: 0, y: 0, width: 0, height: 0 };

  constructor(onPick: (expression: string | null, objectId: number) => void) {
    super();
    this.caption = new Text({ text: 'Memory', style: { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fontSize: 17, fontWeight: 'bold', fill: PALETTE.gold } });
    this.caption.position.set(16, 9);
    this.diagram.position.set(INSET, CAPTION_HEIGHT);
    this.diagram.visible = false;
    this.diagram.onPickObject((objectId) => {
      if (!this.snapshot) return;
      this.diagram.setSelected([objectId]);
      onPick(expressionFor(this.snapshot, objectId), objectId);
    });
    this.addChild(this.frame, this.caption, this.diagram);
  }

  place(rect: SlotRect): void {
    if (rect.x === this.rect.x && rect.y === this.rect.y && rect.width === this.rect.width && rect.height === this.rect.height) return;
    this.rect = rect;
    this.position.set(rect.x, rect.y);
    this.frame.clear().roundRect(0, 0, rect.width, rect.height, 18).fill({ color: PALETTE.ink, alpha: 0.9 }).stroke({ width: 2, color: 0x3f8a6e });
    this.diagram.resize(Math.max(50, rect.width - 2 * INSET), Math.max(50, rect.height - CAPTION_HEIGHT - INSET));
  }

  showStep(step: StepInfo | null): void {
    if (step?.index === this.shown) return;
    const previous = this.shown;
    this.shown = step?.index ?? -1;
    this.caption.text = step ? `Memory · step ${step.index + 1}${step.line !== null ? ` · after line ${step.line}` : ''} · click an object to use it` : 'Memory';
    this.snapshot = (step?.snapshot as Snapshot | null | undefined) ?? null;
    this.diagram.visible = this.snapshot !== null;
    if (!this.snapshot) return;
    this.diagram.setSelected([]);
    this.diagram.setPickable(this.snapshot.objects.filter((object) => object.state !== 'freed').map((object) => object.id));
    void this.diagram.showSnapshot(this.snapshot, { animate: previous >= 0 && Math.abs(this.shown - previous) === 1 });
  }

  /** The snapshot shown (for the names the teacher can pick). */
  get current(): Snapshot | null {
    return this.snapshot;
  }
}
