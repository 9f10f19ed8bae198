// The level screen's heap diagram panel: a caption and, under it, the diagram (renderer/heap's
// HeapCanvas: its own canvas inside the panel, so the pointer reaches it). A step that carries
// no snapshot leaves the diagram out and says so.
import type { Snapshot } from '../../../electron/api';
import { HeapCanvas } from '../../heap/HeapCanvas';
import type { HeapView } from '../../heap/HeapView';
import { el } from '../../utils/dom';
import type { StepInfo } from '../../utils/traceStep';

const EMPTY_TEXT = 'The heap diagram appears here as the replay unlocks.';

export class HeapArea {
  readonly element: HTMLElement;
  private readonly caption = el('h2', { class: 'heap-caption', text: 'Memory' });
  private readonly placeholder = el('p', { class: 'heap-placeholder', text: EMPTY_TEXT });
  private readonly body = el('div', { class: 'heap-body' });
  private canvas: HeapCanvas | null = null;
  private shownStep = -1;

  constructor(className = 'heap-area') {
    this.element = el('div', { class: className }, this.caption, this.body, this.placeholder);
  }

  /** Shows a step's heap; the change is animated when the step directly follows the one shown. */
  showStep(step: StepInfo | null): void {
    const previous = this.shownStep;
    if (step && step.index === previous && this.canvas && !this.canvas.element.hidden) return;
    this.shownStep = step?.index ?? -1;
    // a step's snapshot is the state at the end of the step: its line has just run
    this.caption.textContent = step ? `Memory · step ${step.index + 1}${step.line !== null ? ` · after line ${step.line}` : ''}` : 'Memory';
    const snapshot = step?.snapshot as Snapshot | null | undefined;
    if (!snapshot) {
      this.placeholder.textContent = step ? 'This step carries no heap snapshot.' : EMPTY_TEXT;
      this.placeholder.hidden = false;
      if (this.canvas) this.canvas.element.hidden = true;
      return;
    }
    this.placeholder.hidden = true;
    const canvas = this.ensureCanvas();
    canvas.element.hidden = false;
    void canvas.view.showSnapshot(snapshot, { animate: previous >= 0 && Math.abs(this.shownStep - previous) === 1 });
  }

  get step(): number {
    return this.shownStep;
  }

  /** The diagram, once a step with a snapshot was shown. */
  get diagram(): HeapView | null {
    return this.canvas?.view ?? null;
  }

  setCaption(text: string): void {
    this.caption.textContent = text;
  }

  destroy(): void {
    this.canvas?.destroy();
    this.canvas = null;
  }

  private ensureCanvas(): HeapCanvas {
    if (this.canvas) return this.canvas;
    this.canvas = new HeapCanvas();
    this.body.append(this.canvas.element);
    return this.canvas;
  }
}
