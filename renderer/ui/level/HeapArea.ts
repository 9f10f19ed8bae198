// The level screen's heap diagram panel: a frame with a caption, and inside it the diagram
// (renderer/heap/HeapView, built separately; used only through its public API: new HeapView(),
// showSnapshot(snapshot, {animate}), resize(w, h), onPickObject). A step that carries no
// snapshot leaves the diagram out and says so.
import { Container, Graphics, Text } from 'pixi.js';
import type { Snapshot } from '../../../electron/engine/trace/model';
import { HeapView } from '../../heap/HeapView';
import { PALETTE } from '../../utils/palette';
import type { StepInfo } from '../../utils/traceStep';

export interface SlotRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const CAPTION_HEIGHT = 38;
const INSET = 10;
const EMPTY_TEXT = 'The heap diagram appears here as the replay unlocks.';

export class HeapArea extends Container {
  private readonly frame = new Graphics();
  private readonly title: Text;
  private readonly placeholder: Text;
  private diagram: HeapView | null = null;
  private rect: SlotRect = { x: 0, y: 0, width: 0, height: 0 };
  private shownStep = -1;

  constructor() {
    super();
    const style = { fontFamily: 'Trebuchet MS, Verdana, sans-serif', fill: 0xb8bedc } as const;
    this.title = new Text({ text: 'Memory', style: { ...style, fontSize: 17, fontWeight: 'bold', fill: PALETTE.gold } });
    this.title.position.set(16, 9);
    this.placeholder = new Text({ text: EMPTY_TEXT, style: { ...style, fontSize: 16, align: 'center', wordWrap: true, wordWrapWidth: 360 } });
    this.placeholder.anchor.set(0.5);
    this.addChild(this.frame, this.title, this.placeholder);
  }

  place(rect: SlotRect): void {
    if (rect.x === this.rect.x && rect.y === this.rect.y && rect.width === this.rect.width && rect.height === this.rect.height) return;
    this.rect = rect;
    this.position.set(rect.x, rect.y);
    this.frame.clear();
    this.frame.roundRect(0, 0, rect.width, rect.height, 18).fill({ color: PALETTE.ink, alpha: 0.9 }).stroke({ width: 2, color: 0x4a5490 });
    this.placeholder.position.set(rect.width / 2, rect.height / 2);
    this.diagram?.resize(...this.diagramSize());
  }

  /** Shows a step's heap; the change is animated when the step directly follows the one shown. */
  showStep(step: StepInfo | null): void {
    const previous = this.shownStep;
    if (step && step.index === previous && this.diagram?.visible) return;
    this.shownStep = step?.index ?? -1;
    // a step's snapshot is the state at the end of the step: its line has just run
    this.title.text = step ? `Memory · step ${step.index + 1}${step.line !== null ? ` · after line ${step.line}` : ''}` : 'Memory';
    const snapshot = step?.snapshot as Snapshot | null | undefined;
    if (!snapshot) {
      this.placeholder.text = step ? 'This step carries no heap snapshot.' : EMPTY_TEXT;
      this.placeholder.visible = true;
      if (this.diagram) this.diagram.visible = false;
      return;
    }
    this.placeholder.visible = false;
    const diagram = this.ensureDiagram();
    diagram.visible = true;
    void diagram.showSnapshot(snapshot, { animate: previous >= 0 && Math.abs(this.shownStep - previous) === 1 });
  }

  get step(): number {
    return this.shownStep;
  }

  private ensureDiagram(): HeapView {
    if (this.diagram) return this.diagram;
    const [width, height] = this.diagramSize();
    this.diagram = new HeapView({ width, height });
    this.diagram.position.set(INSET, CAPTION_HEIGHT);
    this.addChild(this.diagram);
    return this.diagram;
  }

  private diagramSize(): [number, number] {
    return [Math.max(50, this.rect.width - 2 * INSET), Math.max(50, this.rect.height - CAPTION_HEIGHT - INSET)];
  }
}
