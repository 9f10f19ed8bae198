// Draw the heap: the board (names, palette objects, arrows) goes over the heap diagram; the
// card keeps the instructions and, after a wrong try, the list of differences.
import type { AnswerDiff, SketchObject } from '../../../electron/api';
import { el } from '../../utils/dom';
import { HeapBoard, type SourceMark } from '../mechanics/HeapBoard';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class HeapAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  readonly board: HTMLElement;
  private readonly heap: HeapBoard;
  private readonly differences = el('ul', { class: 'board-diff', 'aria-label': 'Differences' });

  constructor(after: number, names: readonly string[], palette: readonly SketchObject[]) {
    this.heap = new HeapBoard({ names, objects: palette }, {
      drawable: true,
      caption: `Draw the heap after line ${after}`,
      onChange: () => this.differences.replaceChildren(),
    });
    this.board = this.heap.element;
    this.element = el('div', { class: 'answer heap-answer' },
      el('p', { class: 'answer-help', text: 'On the board: pick a name or a slot, then the object it refers to. Objects with the same letter look alike; use as many as the heap has. Pick a source twice to remove its arrow.' }),
      this.differences);
  }

  read(): AnswerReading {
    const edges = this.heap.edges;
    if (edges.length === 0) return { ok: false, problem: 'Draw at least one arrow on the board.' };
    return { ok: true, answer: { kind: 'heap', edges } };
  }

  setEnabled(enabled: boolean): void {
    this.heap.setEnabled(enabled);
  }

  focus(): void {
    this.heap.focus();
  }

  showDiff(diff: AnswerDiff): void {
    if (diff.kind !== 'heap') return;
    const marks = new Map<string, SourceMark>();
    const items: HTMLElement[] = [];
    const add = (sources: readonly string[], mark: SourceMark, text: (s: string) => string) => {
      for (const s of sources) {
        marks.set(s, mark);
        items.push(el('li', { class: `diff-${mark}`, text: text(s) }));
      }
    };
    add(diff.missing, 'missing', (s) => `Missing arrow: ${s} must refer to an object.`);
    add(diff.wrong, 'wrong', (s) => `Wrong target: ${s} points at the wrong object.`);
    add(diff.extra, 'extra', (s) => `Extra arrow: the heap has no arrow from ${s}.`);
    this.differences.replaceChildren(...items);
    this.heap.mark(marks);
  }
}
