// Make this heap: the target drawing goes on the board with the line pool and the program being
// built; lines are added from the pool, moved up, or taken out again.
import type { AnswerDiff, HeapSketch } from '../../../electron/api';
import { el } from '../../utils/dom';
import { HeapBoard } from '../mechanics/HeapBoard';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class MakeAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  readonly board: HTMLElement;
  private readonly order: number[] = [];
  private readonly pool = el('div', { class: 'make-pool', role: 'group', 'aria-label': 'Line pool' });
  private readonly program = el('ol', { class: 'make-program', 'aria-label': 'Your program' });
  private readonly notes = el('ul', { class: 'board-diff', 'aria-label': 'Differences' });
  private readonly target: HeapBoard;
  private enabled = true;

  constructor(private readonly lines: readonly string[], target: HeapSketch) {
    this.target = new HeapBoard({ names: target.names, objects: target.objects }, { drawable: false, caption: 'The target heap' });
    this.target.setEdges(target.edges);
    const leak = target.unreachable > 0 ? el('p', { class: 'board-note', text: `…and ${target.unreachable} object(s) left unreachable for the collector.` }) : null;
    this.board = el('div', { class: 'make-board' },
      this.target.element, leak,
      el('div', { class: 'make-columns' },
        el('section', { class: 'make-column' }, el('h4', { text: 'Lines to pick from' }), this.pool),
        el('section', { class: 'make-column' }, el('h4', { text: 'Your program' }), this.program)));
    this.element = el('div', { class: 'answer make-answer' },
      el('p', { class: 'answer-help', text: 'On the board: add lines from the pool in the order they should run. Not every line belongs.' }),
      this.notes);
    this.render();
  }

  read(): AnswerReading {
    if (this.order.length === 0) return { ok: false, problem: 'Add at least one line to your program.' };
    return { ok: true, answer: { kind: 'make', order: [...this.order] } };
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.render();
  }

  focus(): void {
    this.board.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }

  showDiff(diff: AnswerDiff): void {
    if (diff.kind !== 'make') return;
    this.notes.replaceChildren(...diff.notes.map((note) => el('li', { class: 'diff-wrong', text: note })));
  }

  private button(text: string, label: string, action: () => void): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'make-button', 'aria-label': label, text });
    b.disabled = !this.enabled;
    b.addEventListener('click', () => {
      action();
      this.notes.replaceChildren();
      this.render();
    });
    return b;
  }

  private render(): void {
    this.pool.replaceChildren(...this.lines.map((line, i) =>
      this.order.includes(i) ? null : this.button(line, `Add line: ${line}`, () => this.order.push(i))).filter((b) => b !== null));
    this.program.replaceChildren(...this.order.map((i, k) => el('li', { class: 'make-line' },
      el('code', { text: this.lines[i]! }),
      k > 0 ? this.button('↑', `Move up: ${this.lines[i]}`, () => this.order.splice(k - 1, 2, i, this.order[k - 1]!)) : null,
      this.button('✕', `Remove line: ${this.lines[i]}`, () => this.order.splice(k, 1)))));
    if (this.order.length === 0) this.program.append(el('li', { class: 'make-empty', text: 'No lines yet.' }));
  }
}
