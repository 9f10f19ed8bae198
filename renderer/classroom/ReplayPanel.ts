// The replay shared by the challenge and the editor: step controls over a PagedTrace, the
// step's events, the heap diagram (HeapArea, a DOM widget inside its slot) and the program's
// line marker.
import { HeapArea } from '../ui/level/HeapArea';
import { StepControls } from '../ui/level/StepControls';
import { StepLog } from '../ui/level/StepLog';
import { messageOf } from '../utils/api';
import { el } from '../utils/dom';
import type { StepInfo } from '../utils/traceStep';
import { PagedTrace } from './PagedTrace';
import type { StepPager } from './PagedTrace';

const PLAY_STEP_MS = 750;

/** The program view whose line follows the replay (the level's CodeView, the editor's ProgramEditor). */
export interface LineMarker {
  markLine(line: number | null): void;
}

/** What draws a step's heap: the level screen's HeapArea, or the editor's pickable one. */
export interface StepHeap {
  readonly element: HTMLElement;
  showStep(step: StepInfo | null): void;
  destroy(): void;
}

export class ReplayPanel {
  readonly heapSlot = el('div', { class: 'heap-slot' });
  readonly controls: StepControls;
  readonly log = new StepLog();
  /** why the replay cannot be read, when it cannot */
  readonly message = el('p', { class: 'muted replay-message', role: 'status' });
  private trace: PagedTrace;
  private code: LineMarker | null = null;
  private playing = false;
  private playClock = 0;
  /** told whenever the step shown changes */
  onStep: (step: StepInfo | null) => void = () => {};

  constructor(
    pager: StepPager,
    readonly heap: StepHeap = new HeapArea(),
  ) {
    this.trace = new PagedTrace(pager);
    this.heapSlot.append(heap.element);
    this.controls = new StepControls({
      seek: (index) => {
        this.playing = false;
        this.seek(index);
      },
      togglePlay: () => this.togglePlay(),
    });
  }

  get step(): StepInfo | null {
    return this.trace.step;
  }

  get paged(): PagedTrace {
    return this.trace;
  }

  /** Starts over with another program's steps (the editor after an edit). */
  reset(pager: StepPager): void {
    this.trace = new PagedTrace(pager);
    this.playing = false;
  }

  attachCode(code: LineMarker): void {
    this.code = code;
  }

  /** Reads steps up to `readable` and shows `at` (default: the last one readable). */
  async sync(readable: number, at?: number): Promise<void> {
    try {
      await this.trace.sync(readable);
      this.message.textContent = '';
    } catch (error) {
      this.message.textContent = `The replay is not available: ${messageOf(error)}`;
    }
    this.seek(at ?? this.trace.readableSteps - 1);
  }

  seek(index: number): void {
    this.trace.seek(index);
    this.render();
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    this.playClock += deltaMs;
    if (this.playClock < PLAY_STEP_MS) return;
    this.playClock = 0;
    if (this.trace.index >= this.trace.readableSteps - 1) {
      this.playing = false;
      this.render();
      return;
    }
    this.seek(this.trace.index + 1);
  }

  stop(): void {
    this.playing = false;
  }

  private togglePlay(): void {
    this.playing = !this.playing;
    if (this.playing && this.controls.atEnd) this.trace.seek(0);
    this.playClock = 0;
    this.render();
  }

  private render(): void {
    const step = this.trace.step;
    this.code?.markLine(step?.line ?? null);
    this.heap.showStep(step);
    this.log.show(step);
    this.controls.render(this.trace.index, this.trace.readableSteps, step?.line ?? null, this.playing);
    this.onStep(step);
  }
}
