// The editor's heap diagram: the heap at the chosen step (renderer/heap's HeapCanvas), where
// every object can be picked; a pick is turned into an expression that reaches the object, for
// the question being written.
import type { Snapshot } from '../../../electron/api';
import { HeapCanvas } from '../../heap/HeapCanvas';
import { el } from '../../utils/dom';
import type { StepInfo } from '../../utils/traceStep';
import type { StepHeap } from '../ReplayPanel';
import { expressionFor } from './objectPath';

export class PickingHeap implements StepHeap {
  readonly element: HTMLElement;
  private readonly caption = el('h2', { class: 'heap-caption', text: 'Memory' });
  private readonly canvas = new HeapCanvas({ label: 'Heap diagram: click an object to use it' });
  private snapshot: Snapshot | null = null;
  private shown = -1;

  constructor(onPick: (expression: string | null, objectId: number) => void) {
    this.element = el('div', { class: 'heap-area picking' }, this.caption, el('div', { class: 'heap-body' }, this.canvas.element));
    this.canvas.element.hidden = true;
    this.canvas.view.onPickObject((objectId) => {
      if (!this.snapshot) return;
      this.canvas.view.setSelected([objectId]);
      onPick(expressionFor(this.snapshot, objectId), objectId);
    });
  }

  showStep(step: StepInfo | null): void {
    if (step?.index === this.shown) return;
    const previous = this.shown;
    this.shown = step?.index ?? -1;
    this.caption.textContent = step ? `Memory · step ${step.index + 1}${step.line !== null ? ` · after line ${step.line}` : ''} · click an object to use it` : 'Memory';
    this.snapshot = (step?.snapshot as Snapshot | null | undefined) ?? null;
    this.canvas.element.hidden = this.snapshot === null;
    if (!this.snapshot) return;
    const view = this.canvas.view;
    view.setSelected([]);
    view.setPickable(this.snapshot.objects.filter((object) => object.state !== 'freed').map((object) => object.id));
    void view.showSnapshot(this.snapshot, { animate: previous >= 0 && Math.abs(this.shown - previous) === 1 });
  }

  /** The snapshot shown (for the names the teacher can pick). */
  get current(): Snapshot | null {
    return this.snapshot;
  }

  destroy(): void {
    this.canvas.destroy();
  }
}
