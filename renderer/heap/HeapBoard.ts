// The diagram for the keyboard and for screen readers: a list of every object in the picture
// (one tab stop; the arrow keys, Home and End move through it), each with an accessible name
// (its type, value, refcount and the names that refer to it), in reading order; the object in
// focus is centred in the canvas and ringed. Enter picks it when the diagram takes picks. A
// search box finds an object by a name that refers to it, its type or its value.
import { describe, type HeapView } from './HeapView';
import type { PlacedDiagram } from './layout';
import type { DiagramNode } from './model';

interface Entry {
  readonly objectId: number;
  readonly label: string;
  /** lower-case words the search matches: names, type, value */
  readonly search: string;
}

export class HeapBoard {
  readonly list: HTMLDivElement;
  readonly search: HTMLInputElement;
  private entries: Entry[] = [];
  private options: HTMLElement[] = [];
  private active = -1;
  private readonly idPrefix = `heap-board-${Math.random().toString(36).slice(2, 8)}`;

  constructor(private readonly view: HeapView) {
    this.list = document.createElement('div');
    this.list.className = 'heap-object-list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Objects in the diagram');
    this.list.tabIndex = 0;
    this.list.addEventListener('keydown', (e) => this.onKey(e));
    this.list.addEventListener('focus', () => {
      if (this.active < 0 && this.options.length > 0) this.activate(0);
    });
    this.search = document.createElement('input');
    this.search.type = 'search';
    this.search.className = 'heap-search';
    this.search.placeholder = 'Find…';
    this.search.setAttribute('aria-label', 'Find an object by name, type or value');
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.find(this.search.value, true);
      }
    });
    this.search.addEventListener('input', () => this.find(this.search.value, false));
    view.onShown((placed) => this.rebuild(placed));
  }

  /** Jumps to the next object matching `text` (after the one active, with `next`); returns its id. */
  find(text: string, next: boolean): number | null {
    const q = text.trim().toLowerCase();
    if (!q) return null;
    const start = next ? this.active + 1 : Math.max(0, this.active);
    for (let k = 0; k < this.entries.length; k++) {
      const i = (start + k) % this.entries.length;
      if (this.entries[i]!.search.includes(q)) {
        this.activate(i);
        return this.entries[i]!.objectId;
      }
    }
    return null;
  }

  private rebuild(placed: PlacedDiagram): void {
    const keep = this.entries[this.active]?.objectId;
    const names = namesByTarget(placed);
    const objects = placed.diagram.nodes.filter((n) => n.objectId !== null);
    // reading order: top to bottom, then left to right
    objects.sort((a, b) => {
      const pa = placed.positions.get(a.key)!, pb = placed.positions.get(b.key)!;
      return pa.y - pb.y || pa.x - pb.x;
    });
    this.entries = objects.map((n) => {
      const named = names.get(n.key) ?? [];
      const label = `${describe(n)}${named.length > 0 ? `, named ${named.join(', ')}` : ''}${n.state === 'freed' ? ', freed' : n.state === 'unreachable' ? ', unreachable' : ''}`;
      return { objectId: n.objectId!, label, search: `${named.join(' ')} ${valueText(n)} ${n.title}`.toLowerCase() };
    });
    this.options = this.entries.map((entry, i) => {
      const option = document.createElement('div');
      option.id = `${this.idPrefix}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.objectId = String(entry.objectId);
      option.textContent = entry.label;
      option.addEventListener('click', () => {
        this.activate(i);
        this.view.pick(entry.objectId);
      });
      return option;
    });
    this.list.replaceChildren(...this.options);
    this.active = -1;
    const again = keep === undefined ? -1 : this.entries.findIndex((e) => e.objectId === keep);
    if (again >= 0) this.mark(again);
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (n === 0) return;
    const moves: Record<string, number> = { ArrowDown: this.active + 1, ArrowRight: this.active + 1, ArrowUp: this.active - 1, ArrowLeft: this.active - 1, Home: 0, End: n - 1, PageDown: this.active + 10, PageUp: this.active - 10 };
    if (e.key in moves) {
      e.preventDefault();
      this.activate(Math.max(0, Math.min(n - 1, moves[e.key]!)));
    } else if ((e.key === 'Enter' || e.key === ' ') && this.active >= 0) {
      e.preventDefault();
      this.view.pick(this.entries[this.active]!.objectId);
    }
  }

  private mark(i: number): void {
    if (this.active >= 0) this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = i;
    const option = this.options[i];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', option.id);
  }

  private activate(i: number): void {
    this.mark(i);
    const entry = this.entries[i];
    if (!entry) return;
    this.view.centreOn(entry.objectId);
    this.view.setFocused(entry.objectId);
  }
}

/** For each object, the frame names that refer to it directly. */
function namesByTarget(placed: PlacedDiagram): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const e of placed.diagram.edges) {
    const m = /:n:(.+)$/.exec(e.port);
    if (!e.source.startsWith('f') || !m) continue;
    const list = names.get(e.target) ?? [];
    list.push(m[1]!);
    names.set(e.target, list);
  }
  return names;
}

function valueText(n: DiagramNode): string {
  return n.body.kind === 'atom' ? n.body.text : '';
}
