// A puzzle diagram in the DOM: names on the left, object boxes (with their slots) on the right,
// SVG arrows from every name and slot to its object. Read-only (a make-this-heap target) or
// drawable (draw the heap): pick a name or slot, then the object it refers to; pick a drawn
// source again to take its arrow back. Every control is a real button with a label, so the
// board is played by keyboard and screen reader as well as by mouse.
import type { SketchEdge, SketchObject } from '../../../electron/api';
import { el } from '../../utils/dom';
import './mechanics.css';

export type SourceMark = 'missing' | 'wrong' | 'extra';

export interface BoardModel {
  readonly names: readonly string[];
  readonly objects: readonly SketchObject[];
}

const SVG = 'http://www.w3.org/2000/svg';

export class HeapBoard {
  readonly element: HTMLElement;
  private readonly svg = document.createElementNS(SVG, 'svg');
  private readonly sources = new Map<string, HTMLElement>();
  private readonly boxes = new Map<string, HTMLElement>();
  private readonly arrows = new Map<string, string>();
  private selected: string | null = null;
  private marks: ReadonlyMap<string, SourceMark> = new Map();
  private enabled = true;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly model: BoardModel,
    private readonly options: { readonly drawable: boolean; readonly caption: string; readonly onChange?: () => void },
  ) {
    const names = el('div', { class: 'board-names', role: 'group', 'aria-label': 'Names' }, ...model.names.map((name) => this.sourceElement(name, name, 'name')));
    const objects = el('div', { class: 'board-objects', role: 'group', 'aria-label': 'Objects' }, ...model.objects.map((o) => this.objectElement(o)));
    this.svg.classList.add('board-arrows');
    this.svg.setAttribute('aria-hidden', 'true');
    this.element = el('div', { class: `heap-board ${options.drawable ? 'drawable' : 'read-only'}`, role: 'group', 'aria-label': options.caption },
      el('p', { class: 'board-caption', text: options.caption }), el('div', { class: 'board-body' }, names, objects));
    this.element.append(this.svg);
    this.observer = new ResizeObserver(() => this.drawArrows());
    this.observer.observe(this.element);
    this.refresh();
  }

  /** The arrows drawn so far, as `source -> object label`. */
  get edges(): SketchEdge[] {
    return [...this.arrows].map(([from, to]) => ({ from, to }));
  }

  setEdges(edges: readonly SketchEdge[]): void {
    this.arrows.clear();
    for (const e of edges) this.arrows.set(e.from, e.to);
    this.refresh();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.select(null);
    for (const button of this.element.querySelectorAll('button')) button.disabled = !enabled;
  }

  /** Marks sources after a wrong answer (cleared by the next change). */
  mark(marks: ReadonlyMap<string, SourceMark>): void {
    for (const [source, node] of this.sources) {
      node.classList.remove('mark-missing', 'mark-wrong', 'mark-extra');
      const m = marks.get(source);
      if (m) node.classList.add(`mark-${m}`);
    }
    this.marks = marks;
    this.drawArrows();
  }

  focus(): void {
    this.element.querySelector<HTMLButtonElement>('button')?.focus();
  }

  destroy(): void {
    this.observer.disconnect();
  }

  private sourceElement(source: string, text: string, kind: 'name' | 'slot'): HTMLElement {
    const node = this.options.drawable
      ? el('button', { type: 'button', class: `board-source ${kind}`, 'data-source': source })
      : el('span', { class: `board-source ${kind}`, 'data-source': source });
    node.append(el('span', { class: 'source-text', text }), el('span', { class: 'source-target' }));
    if (node instanceof HTMLButtonElement) node.addEventListener('click', () => this.pickSource(source));
    this.sources.set(source, node);
    return node;
  }

  private objectElement(o: SketchObject): HTMLElement {
    const title = `${o.label} · ${o.type}`;
    const header = this.options.drawable
      ? el('button', { type: 'button', class: 'board-object-head', 'aria-label': `Object ${o.label}: ${o.type}${o.repr ? ` ${o.repr}` : ''}` }, title)
      : el('div', { class: 'board-object-head' }, title);
    if (header instanceof HTMLButtonElement) header.addEventListener('click', () => this.pickObject(o.label));
    const body = el('div', { class: 'board-slots' });
    if (o.slots.length === 0) body.append(el('span', { class: 'board-leaf', text: o.repr || '(empty)' }));
    for (const slot of o.slots) {
      if (slot.value !== null) body.append(el('span', { class: 'board-slot inline' }, el('span', { class: 'slot-key', text: slot.key }), el('span', { class: 'slot-value', text: slot.value })));
      else body.append(this.sourceElement(`${o.label}${slot.key}`, slot.key, 'slot'));
    }
    const box = el('div', { class: `board-object type-${o.type.replace(/[^a-z0-9_-]/gi, '')}`, 'data-label': o.label }, header, body);
    this.boxes.set(o.label, box);
    return box;
  }

  private pickSource(source: string): void {
    if (!this.enabled) return;
    if (this.selected === source) {
      // picking a chosen source again takes its arrow back
      this.arrows.delete(source);
      this.select(null);
      this.changed();
      return;
    }
    this.select(source);
  }

  private pickObject(label: string): void {
    if (!this.enabled || this.selected === null) return;
    this.arrows.set(this.selected, label);
    this.select(null);
    this.changed();
  }

  private select(source: string | null): void {
    this.selected = source;
    for (const [key, node] of this.sources) {
      node.classList.toggle('selected', key === source);
      if (node instanceof HTMLButtonElement) node.setAttribute('aria-pressed', String(key === source));
    }
    this.element.classList.toggle('picking', source !== null);
  }

  private changed(): void {
    this.mark(new Map());
    this.refresh();
    this.options.onChange?.();
  }

  private refresh(): void {
    for (const [source, node] of this.sources) {
      const target = this.arrows.get(source);
      node.querySelector('.source-target')!.textContent = target ? `→ ${target}` : '→ ?';
      if (node instanceof HTMLButtonElement) node.setAttribute('aria-label', `${source} refers to ${target ? `object ${target}` : 'nothing yet'}`);
    }
    this.drawArrows();
  }

  private drawArrows(): void {
    const marks = this.marks;
    const origin = this.element.getBoundingClientRect();
    this.svg.setAttribute('width', String(origin.width));
    this.svg.setAttribute('height', String(origin.height));
    this.svg.replaceChildren();
    for (const [source, target] of this.arrows) {
      const from = this.sources.get(source)?.getBoundingClientRect();
      const to = this.boxes.get(target)?.getBoundingClientRect();
      if (!from || !to || from.width === 0) continue;
      const x1 = from.right - origin.left;
      const y1 = from.top + from.height / 2 - origin.top;
      // into the target's nearer side: its left edge, or its right edge when it lies behind the source
      const backwards = to.left - origin.left < x1;
      const x2 = backwards ? to.right - origin.left - 6 : to.left - origin.left + 6;
      const y2 = to.top - origin.top + 12;
      const bend = Math.max(30, Math.abs(x2 - x1) / 2);
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', `M${x1},${y1} C${x1 + bend},${y1} ${backwards ? x2 + bend : x2 - bend},${y2} ${x2},${y2}`);
      path.setAttribute('class', `arrow ${marks.get(source) ?? ''}`);
      const head = document.createElementNS(SVG, 'circle');
      head.setAttribute('cx', String(x2));
      head.setAttribute('cy', String(y2));
      head.setAttribute('r', '4');
      head.setAttribute('class', `arrow-head ${marks.get(source) ?? ''}`);
      this.svg.append(path, head);
    }
  }
}
