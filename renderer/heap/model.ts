// Snapshot -> diagram model: the boxes (frames on the left, objects on the right), their sizes,
// the ports every reference leaves from, and the edges. Pure and canvas-free: the layout runs
// on it in Node tests, and the Pixi views only draw what it says.
//
// Choices that keep the picture readable:
// - a dict key that is a cached atom (an interned str, a small int) is written inline in its
//   row; other keys get an arrow like any reference;
// - "meta" references (a frame's function, an instance's class, a class's base) are drawn as
//   faint dotted arrows, and dropped when they point at a cached builtin (`object`, `int`...);
// - a cached object appears only when a drawn arrow points at it.
import type { ObjectState, ObjectView, RefHolder, Snapshot } from '../../electron/api';
import {
  BADGE_WIDTH, CELL_WIDTH, HEADER_HEIGHT, PADDING, ROW_HEIGHT, SLOT_HEIGHT, SLOT_WIDTH, SLOTS_PER_ROW,
  SMALL_FONT_SIZE, clip, textWidth,
} from './metrics';

export type EdgeStyle = 'name' | 'slot' | 'hidden' | 'cached' | 'meta';

/**
 * Where an arrow leaves a box: the dot at (x, y) is drawn (relative to the box); the layout
 * engine routes from (layoutX, layoutY) on the box's border, on the east side for rows and the
 * south side for a sequence's slots.
 */
export interface Port {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly side: 'east' | 'south';
  readonly layoutX: number;
  readonly layoutY: number;
}

/** Where arrows arrive: the left side of a box, level with its title. */
export function inPortY(node: Pick<DiagramNode, 'height'>): number {
  return Math.min(HEADER_HEIGHT / 2 + 1, node.height / 2);
}

export interface Row {
  readonly label: string;
  /** port of the value cell, null when the row holds nothing drawable */
  readonly port: string | null;
  /** a dict key drawn as an arrow (a key object that is not a cached atom) */
  readonly keyPort: string | null;
  /** a hidden holder (a loop's iterator, an evaluation-stack value) rather than a name */
  readonly hidden: boolean;
  /** a cached value written in the cell instead of an arrow (cached objects switched off) */
  readonly inline?: string;
}

export type NodeBody =
  | { readonly kind: 'frame'; readonly line: number; readonly rows: readonly Row[]; readonly labelWidth: number }
  | { readonly kind: 'sequence'; readonly indexed: boolean; readonly slots: readonly string[]; readonly inline?: readonly (string | null)[] }
  | { readonly kind: 'rows'; readonly rows: readonly Row[]; readonly labelWidth: number }
  | { readonly kind: 'atom'; readonly text: string };

export type NodeState = ObjectState | 'frame';

export interface DiagramNode {
  /** stable across steps: `f<frame id>` or `o<object id>` */
  readonly key: string;
  readonly objectId: number | null;
  readonly title: string;
  readonly refcount: number | null;
  readonly state: NodeState;
  readonly cached: boolean;
  readonly body: NodeBody;
  readonly width: number;
  readonly height: number;
  readonly ports: readonly Port[];
}

export interface DiagramEdge {
  /** stable across steps: the port it leaves from */
  readonly id: string;
  readonly source: string;
  readonly port: string;
  readonly target: string;
  readonly style: EdgeStyle;
}

export interface Diagram {
  readonly step: number;
  /** frames outermost first, then objects by id */
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

export const frameKey = (id: number): string => `f${id}`;
export const objectKey = (id: number): string => `o${id}`;

const META_FIELDS = new Set(['class', 'base', 'generator function']);
const EMPTY_SEQUENCES = new Set(['list', 'tuple', 'set', 'frozenset']);
const SLOT_PAD_TOP = 12;
/** more arrows than this to one cached chip are written into their cells instead */
const MAX_ARROWS_TO_CHIP = 4;

interface PendingEdge {
  readonly port: string;
  readonly to: number;
  readonly style: EdgeStyle;
}

export function buildDiagram(snapshot: Snapshot, options: DiagramOptions = {}): Diagram {
  const views = new Map(snapshot.objects.map((o) => [o.id, o]));
  const owners = new Set(snapshot.references.map((r) => ownerOf(r.holder)));
  const isCachedAtom = (id: number) => views.get(id)?.cached === true && !owners.has(id);
  const pending = new Map<string, PendingEdge[]>();
  const addEdge = (nodeKey: string, e: PendingEdge) => {
    const list = pending.get(nodeKey) ?? [];
    list.push(e);
    pending.set(nodeKey, list);
  };
  const styleFor = (to: number, base: EdgeStyle): EdgeStyle => (base === 'meta' ? 'meta' : views.get(to)?.cached ? 'cached' : base);

  const nodes: DiagramNode[] = [];
  snapshot.frames.forEach((frame, index) => {
    const key = frameKey(frame.id);
    const names = index === 0 && frame.name === '<module>' ? snapshot.globals : frame.locals;
    const rows: Row[] = [];
    for (const [name, to] of Object.entries(names)) {
      const port = `${key}:n:${name}`;
      rows.push({ label: name, port, keyPort: null, hidden: false });
      addEdge(key, { port, to, style: styleFor(to, 'name') });
    }
    for (const h of frame.hidden) {
      const port = `${key}:h:${h.slot}`;
      rows.push({ label: clip(h.label, 36), port, keyPort: null, hidden: true });
      addEdge(key, { port, to: h.id, style: 'hidden' });
    }
    const fn = snapshot.references.find((r) => r.holder.kind === 'frame-function' && r.holder.frame === frame.id);
    if (fn && !views.get(fn.to)?.cached) addEdge(key, { port: `${key}:fn`, to: fn.to, style: 'meta' });
    nodes.push(frameNode(key, frame.name, frame.line, rows));
  });

  const byOwner = new Map<number, RefHolderWithTarget[]>();
  for (const r of snapshot.references) {
    const owner = ownerOf(r.holder);
    if (owner === null) continue;
    const list = byOwner.get(owner) ?? [];
    list.push({ holder: r.holder, to: r.to });
    byOwner.set(owner, list);
  }
  for (const view of snapshot.objects) {
    const key = objectKey(view.id);
    const refs = byOwner.get(view.id) ?? [];
    nodes.push(objectNode(key, view, refs, isCachedAtom, (e) => addEdge(key, { ...e, style: styleFor(e.to, e.style) })));
  }

  // cached objects appear only when a drawn arrow reaches them; meta arrows to cached builtins are dropped
  const drawnTargets = new Set<number>();
  for (const list of pending.values()) {
    for (const e of list) if (!(e.style === 'meta' && views.get(e.to)?.cached)) drawnTargets.add(e.to);
  }
  const shown = nodes.filter((n) => n.objectId === null || !n.cached || drawnTargets.has(n.objectId) || n.state === 'freed');
  const shownKeys = new Set(shown.map((n) => n.key));
  const edges: DiagramEdge[] = [];
  for (const n of shown) {
    for (const e of pending.get(n.key) ?? []) {
      const target = objectKey(e.to);
      if (shownKeys.has(target)) edges.push({ id: e.port, source: n.key, port: e.port, target, style: e.style });
    }
  }
  const diagram = { step: snapshot.step, nodes: shown, edges };
  return withoutHidden(withoutCached(diagram, options.cached ?? true), options.hidden ?? true);
}

/** What the player chose to see: hidden holders (iterators, evaluation-stack values) and cached objects. */
export interface DiagramOptions {
  readonly hidden?: boolean;
  readonly cached?: boolean;
}

/**
 * Cached objects switched off: an arrow to a cached atom (None, a small int, an interned str)
 * becomes its value written in the cell, as Python Tutor writes primitives, and the atom's box
 * goes unless an arrow still reaches it (a freed one stays while it fades). Shown or not, the
 * slots of a chip with more than MAX_ARROWS_TO_CHIP arrows get its value written in.
 */
function withoutCached(d: Diagram, show: boolean): Diagram {
  const byKey = new Map(d.nodes.map((n) => [n.key, n]));
  const incoming = new Map<string, number>();
  for (const e of d.edges) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  // even when cached objects are shown, a chip that many slots point at (a tree's None) would be
  // a hub of arrows across the picture: its slots get the value written in, names keep arrows
  const hub = (e: DiagramEdge) => (incoming.get(e.target) ?? 0) > MAX_ARROWS_TO_CHIP && !e.source.startsWith('f');
  if (show && !d.edges.some((e) => byKey.get(e.target)?.cached && hub(e))) return d;
  const inline = new Map<string, string>();
  const edges = d.edges.filter((e) => {
    const t = byKey.get(e.target);
    if (!t || !t.cached || t.body.kind !== 'atom' || t.state === 'freed' || (show && !hub(e))) return true;
    inline.set(e.port, clip(t.body.text, 5));
    return false;
  });
  const reached = new Set(edges.map((e) => e.target));
  const nodes = d.nodes
    .filter((n) => !n.cached || n.body.kind !== 'atom' || reached.has(n.key) || n.state === 'freed')
    .map((n) => (n.ports.some((p) => inline.has(p.id)) ? inlineValues(n, inline) : n));
  return { ...d, nodes, edges };
}

function inlineValues(n: DiagramNode, inline: ReadonlyMap<string, string>): DiagramNode {
  const ports = n.ports.filter((p) => !inline.has(p.id));
  const body = n.body;
  if (body.kind === 'sequence') return { ...n, ports, body: { ...body, inline: body.slots.map((id) => inline.get(id) ?? null) } };
  if (body.kind === 'rows' || body.kind === 'frame') {
    const rows = body.rows.map((r) => (r.port && inline.has(r.port) ? { ...r, port: null, inline: inline.get(r.port)! } : r));
    return { ...n, ports, body: { ...body, rows } } as DiagramNode;
  }
  return n;
}

/** Hidden holders switched off: the frames' hidden rows and a generator's stack values go, with their arrows. */
function withoutHidden(d: Diagram, show: boolean): Diagram {
  if (show) return d;
  const gone = new Set<string>();
  const nodes = d.nodes.map((n) => {
    if (n.body.kind !== 'frame' && n.body.kind !== 'rows') return n;
    const keep = n.body.rows.filter((r) => !r.hidden);
    if (keep.length === n.body.rows.length) return n;
    for (const r of n.body.rows) if (r.hidden && r.port) gone.add(r.port);
    return n.body.kind === 'frame' ? frameNode(n.key, n.title, n.body.line, keep) : rowsNode(n, keep);
  });
  const edges = d.edges.filter((e) => !gone.has(e.port));
  const reached = new Set(edges.map((e) => e.target));
  const hadArrow = new Set(d.edges.map((e) => e.target));
  // objects only a hidden holder reached go with it
  return { ...d, nodes: nodes.filter((n) => n.objectId === null || !hadArrow.has(n.key) || reached.has(n.key) || n.state !== 'reachable'), edges };
}

interface RefHolderWithTarget {
  readonly holder: RefHolder;
  readonly to: number;
}

function ownerOf(h: RefHolder): number | null {
  return 'owner' in h ? h.owner : null;
}

function objectNode(
  key: string,
  view: ObjectView,
  refs: readonly RefHolderWithTarget[],
  isCachedAtom: (id: number) => boolean,
  addEdge: (e: PendingEdge) => void,
): DiagramNode {
  const base = { key, objectId: view.id, title: view.type, refcount: view.refcount, state: view.state, cached: view.cached };
  const sequenceKind = refs.length > 0 && refs.every((r) => r.holder.kind === 'item' || r.holder.kind === 'set-member');
  if (sequenceKind || (refs.length === 0 && EMPTY_SEQUENCES.has(view.type) && !view.cached)) {
    const indexed = !refs.some((r) => r.holder.kind === 'set-member');
    const slots = refs.map((r, i) => {
      const port = `${key}:i:${i}`;
      addEdge({ port, to: r.to, style: 'slot' });
      return port;
    });
    return sequenceNode(base, indexed, slots);
  }
  if (refs.length === 0) return atomNode(base, view.repr);

  const rows: Row[] = [];
  const valueRows = new Map<string, number>();
  const pendingKeys = new Map<string, number>();
  refs.forEach((r, i) => {
    const h = r.holder;
    switch (h.kind) {
      case 'dict-key':
        pendingKeys.set(h.key, r.to);
        return;
      case 'dict-value': {
        const port = `${key}:v:${i}`;
        const keyObj = pendingKeys.get(h.key);
        const keyPort = keyObj !== undefined && !isCachedAtom(keyObj) ? `${key}:k:${i}` : null;
        if (keyPort !== null && keyObj !== undefined) addEdge({ port: keyPort, to: keyObj, style: 'slot' });
        valueRows.set(h.key, rows.length);
        rows.push({ label: clip(h.key, 18), port, keyPort, hidden: false });
        addEdge({ port, to: r.to, style: 'slot' });
        return;
      }
      case 'attribute':
      case 'generator-local': {
        const port = `${key}:a:${h.name}:${i}`;
        rows.push({ label: h.name, port, keyPort: null, hidden: false });
        addEdge({ port, to: r.to, style: 'slot' });
        return;
      }
      case 'field':
      case 'generator-stack': {
        // an instance's class is named in its title: an arrow from every instance to its class
        // would run across the whole picture (Python Tutor does not draw it either)
        if (h.kind === 'field' && h.field === 'class' && view.type !== 'type') return;
        const label = h.kind === 'field' ? h.field : h.label;
        const port = `${key}:f:${i}`;
        const meta = h.kind === 'field' && META_FIELDS.has(h.field);
        rows.push({ label: clip(label, 20), port, keyPort: null, hidden: !meta && h.kind === 'generator-stack' });
        addEdge({ port, to: r.to, style: meta ? 'meta' : 'slot' });
        return;
      }
      case 'item':
      case 'set-member': {
        const port = `${key}:i:${i}`;
        rows.push({ label: h.kind === 'item' ? `[${h.index}]` : '∈', port, keyPort: null, hidden: false });
        addEdge({ port, to: r.to, style: 'slot' });
        return;
      }
      case 'local':
      case 'global':
      case 'hidden':
      case 'frame-function':
        return;
      default: {
        const never: never = h;
        throw new Error(`unknown holder ${JSON.stringify(never)}`);
      }
    }
  });
  return rowsNode(base, rows);
}

type NodeBase = Pick<DiagramNode, 'key' | 'objectId' | 'title' | 'refcount' | 'state' | 'cached'>;

function headerWidth(title: string, refcount: number | null): number {
  return textWidth(title) + PADDING * 2 + (refcount === null ? 0 : BADGE_WIDTH + 4);
}

function rowGeometry(rows: readonly Row[], top: number, minWidth: number) {
  const labelWidth = Math.max(24, ...rows.map((r) => textWidth(r.label, r.hidden ? SMALL_FONT_SIZE : undefined))) + PADDING * 2;
  const width = Math.max(minWidth, labelWidth + CELL_WIDTH + PADDING);
  const ports: Port[] = [];
  rows.forEach((r, i) => {
    const y = top + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    if (r.keyPort) ports.push({ id: r.keyPort, x: labelWidth - 6, y, side: 'east', layoutX: width, layoutY: y - 5 });
    if (r.port) ports.push({ id: r.port, x: labelWidth + CELL_WIDTH / 2, y, side: 'east', layoutX: width, layoutY: r.keyPort ? y + 5 : y });
  });
  return { labelWidth, width, height: top + rows.length * ROW_HEIGHT + PADDING / 2, ports };
}

function frameNode(key: string, name: string, line: number, rows: readonly Row[]): DiagramNode {
  const title = name;
  const g = rowGeometry(rows, HEADER_HEIGHT + 4, Math.max(120, textWidth(`${title}  line ${line}`) + PADDING * 3));
  const ports: Port[] = [...g.ports, { id: `${key}:fn`, x: g.width - 8, y: HEADER_HEIGHT / 2, side: 'east', layoutX: g.width, layoutY: HEADER_HEIGHT / 2 }];
  return {
    key, objectId: null, title, refcount: null, state: 'frame', cached: false,
    body: { kind: 'frame', line, rows, labelWidth: g.labelWidth },
    width: g.width, height: Math.max(g.height, HEADER_HEIGHT + ROW_HEIGHT), ports,
  };
}

function rowsNode(base: NodeBase, rows: readonly Row[]): DiagramNode {
  const g = rowGeometry(rows, HEADER_HEIGHT + 2, headerWidth(base.title, base.refcount));
  return { ...base, body: { kind: 'rows', rows, labelWidth: g.labelWidth }, width: g.width, height: g.height, ports: g.ports };
}

function sequenceNode(base: NodeBase, indexed: boolean, slots: readonly string[]): DiagramNode {
  const perRow = Math.min(SLOTS_PER_ROW, Math.max(1, slots.length));
  const lines = Math.max(1, Math.ceil(slots.length / SLOTS_PER_ROW));
  const top = HEADER_HEIGHT + (indexed ? SLOT_PAD_TOP : 4);
  const width = Math.max(headerWidth(base.title, base.refcount), perRow * SLOT_WIDTH + PADDING * 2);
  const height = top + lines * SLOT_HEIGHT + PADDING / 2;
  const ports = slots.map((id, i): Port => {
    const col = i % SLOTS_PER_ROW;
    const line = Math.floor(i / SLOTS_PER_ROW);
    const x = PADDING + col * SLOT_WIDTH + SLOT_WIDTH / 2;
    // wrapped rows: later rows leave a little to the right so ports stay distinct on the border
    return { id, x, y: top + line * SLOT_HEIGHT + SLOT_HEIGHT / 2, side: 'south', layoutX: x + line * 3, layoutY: height };
  });
  return { ...base, body: { kind: 'sequence', indexed, slots }, width, height, ports };
}

function atomNode(base: NodeBase, repr: string): DiagramNode {
  const text = clip(repr, 24);
  const width = Math.max(base.cached ? 40 : headerWidth(base.title, base.refcount), textWidth(text) + PADDING * 2);
  const height = base.cached ? 30 : HEADER_HEIGHT + 24;
  return { ...base, body: { kind: 'atom', text }, width, height, ports: [] };
}

/** Slot geometry for the view: top-left of slot `i` inside a sequence node. */
export function slotOrigin(node: DiagramNode, i: number): { x: number; y: number } {
  const indexed = node.body.kind === 'sequence' && node.body.indexed;
  const top = HEADER_HEIGHT + (indexed ? SLOT_PAD_TOP : 4);
  return { x: PADDING + (i % SLOTS_PER_ROW) * SLOT_WIDTH, y: top + Math.floor(i / SLOTS_PER_ROW) * SLOT_HEIGHT };
}
