// The heap as the puzzles see it: names -> objects, container slots -> objects, atoms (ints,
// strs, None...) drawn inside the slot that holds them, as Python Tutor does. Built from an
// engine snapshot; compared "up to relabeling": two objects are interchangeable when they look
// the same (same type, same slots, same inline values), so what a comparison checks is the
// shape of the references — who shares an object and who has its own.
import type { Reference, Snapshot } from '../../engine/trace/model';

/** Objects drawn inside the slot that refers to them (immutable leaves). */
const ATOM_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'bytes', 'complex']);
/** Objects that are arrow targets but whose insides the puzzles do not draw. */
const OPAQUE_TYPES = new Set(['module', 'function', 'type', 'builtin_function_or_method', 'method', 'cell', 'code']);

export interface GraphSlot {
  readonly key: string;
  /** the object the slot refers to, when it is drawn as an arrow */
  readonly target: number | null;
  /** the inline repr, when the slot holds an atom */
  readonly value: string | null;
}

export interface GraphObject {
  readonly id: number;
  readonly type: string;
  readonly repr: string;
  readonly refcount: number | null;
  readonly slots: readonly GraphSlot[];
  /** objects that look the same have the same look: type, slots and inline values (leaves: repr) */
  readonly look: string;
}

export interface HeapGraph {
  readonly names: readonly string[];
  /** name -> object id */
  readonly bindings: ReadonlyMap<string, number>;
  /** the objects reachable from the names through drawn slots, in discovery order */
  readonly objects: ReadonlyMap<number, GraphObject>;
  /** objects alive but unreachable (awaiting the cycle collector) */
  readonly unreachable: number;
}

const DISPLAY_LIMIT = 60;
export const shortRepr = (repr: string): string => (repr.length > DISPLAY_LIMIT ? `${repr.slice(0, DISPLAY_LIMIT - 1)}…` : repr);

function slotKey(ref: Reference): string | null {
  const h = ref.holder;
  switch (h.kind) {
    case 'item': return `[${h.index}]`;
    case 'dict-value': return `[${h.key}]`;
    case 'attribute': return `.${h.name}`;
    default: return null;
  }
}

/** The names a heap puzzle asks about by default: module-level names of data, not of modules, functions or classes. */
export function dataNames(snapshot: Snapshot): string[] {
  const types = new Map(snapshot.objects.map((o) => [o.id, o.type]));
  return Object.entries(snapshot.globals)
    .filter(([name, id]) => !name.startsWith('__') && !OPAQUE_TYPES.has(types.get(id) ?? 'module'))
    .map(([name]) => name);
}

/**
 * What an object looks like in a drawing: a leaf its repr, a container its slots (in key order)
 * with their inline values; what the arrows reach is compared by the arrows themselves.
 */
export function lookOf(type: string, repr: string, slots: readonly Pick<GraphSlot, 'key' | 'value'>[]): string {
  if (slots.length === 0) return `${type}|${repr}`;
  return `${type}|${slots.map((s) => `${s.key}=${s.value ?? '→'}`).sort().join(',')}`;
}

export function heapGraph(snapshot: Snapshot, names: readonly string[] = dataNames(snapshot)): HeapGraph {
  const info = new Map(snapshot.objects.map((o) => [o.id, o]));
  const slotsOf = new Map<number, Reference[]>();
  for (const ref of snapshot.references) {
    if (slotKey(ref) === null) continue;
    const owner = (ref.holder as { owner: number }).owner;
    slotsOf.set(owner, [...(slotsOf.get(owner) ?? []), ref]);
  }
  const isAtom = (id: number) => ATOM_TYPES.has(info.get(id)?.type ?? '');
  const bindings = new Map<string, number>();
  const locals = snapshot.frames.length > 0 ? snapshot.frames[snapshot.frames.length - 1]!.locals : {};
  for (const name of names) {
    const id = snapshot.globals[name] ?? locals[name];
    if (id !== undefined) bindings.set(name, id);
  }
  const objects = new Map<number, GraphObject>();
  const queue = [...bindings.values()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (objects.has(id)) continue;
    const o = info.get(id);
    if (!o) continue;
    const opaque = ATOM_TYPES.has(o.type) || OPAQUE_TYPES.has(o.type);
    const slots: GraphSlot[] = opaque
      ? []
      : (slotsOf.get(id) ?? []).map((ref) =>
          isAtom(ref.to)
            ? { key: slotKey(ref)!, target: null, value: info.get(ref.to)!.repr }
            : { key: slotKey(ref)!, target: ref.to, value: null },
        );
    for (const s of slots) if (s.target !== null) queue.push(s.target);
    objects.set(id, { id, type: o.type, repr: o.repr, refcount: o.refcount, slots, look: lookOf(o.type, o.repr, slots) });
  }
  const unreachable = snapshot.objects.filter((o) => o.state === 'unreachable').length;
  return { names: [...bindings.keys()], bindings, objects, unreachable };
}

// ---- comparison up to relabeling ------------------------------------------------------------

/** A graph as labelled arrows: `source -> target`, sources are names or `<owner><slot key>`. */
export interface ArrowGraph {
  /** name or slot source -> object key */
  readonly arrows: ReadonlyMap<string, string>;
  /** object key -> its look (interchangeable objects share one) */
  readonly looks: ReadonlyMap<string, string>;
  /** object key -> its slot keys that need an arrow */
  readonly arrowSlots: ReadonlyMap<string, readonly string[]>;
  readonly names: readonly string[];
}

export interface GraphDifference {
  readonly missing: string[];
  readonly wrong: string[];
  readonly extra: string[];
  /** expected object key -> the given object matched to it */
  readonly matched: Map<string, string>;
}

/**
 * Compares a given arrow graph with the expected one, matching given objects to expected ones
 * as it walks from the names: a given object stands for exactly one expected object of the
 * same look, and an expected object is stood for by exactly one given object. Sources are
 * reported in the given graph's terms.
 */
export function compareArrows(given: ArrowGraph, expected: ArrowGraph, lookOfGiven: (key: string) => string | undefined): GraphDifference {
  const missing: string[] = [];
  const wrong: string[] = [];
  const matchOf = new Map<string, string>(); // given -> expected
  const matched = new Map<string, string>(); // expected -> given
  const visited = new Set<string>();
  const queue: [string, string][] = [];
  const follow = (source: string, givenTarget: string | undefined, expectedTarget: string) => {
    visited.add(source);
    if (givenTarget === undefined) return void missing.push(source);
    const look = lookOfGiven(givenTarget);
    if (look === undefined || look !== expected.looks.get(expectedTarget)) return void wrong.push(source);
    const already = matchOf.get(givenTarget);
    if (already !== undefined) {
      if (already !== expectedTarget) wrong.push(source);
      return;
    }
    if (matched.has(expectedTarget)) return void wrong.push(source);
    matchOf.set(givenTarget, expectedTarget);
    matched.set(expectedTarget, givenTarget);
    queue.push([givenTarget, expectedTarget]);
  };
  for (const name of expected.names) follow(name, given.arrows.get(name), expected.arrows.get(name)!);
  while (queue.length > 0) {
    const [g, e] = queue.shift()!;
    for (const key of expected.arrowSlots.get(e) ?? []) follow(`${g}${key}`, given.arrows.get(`${g}${key}`), expected.arrows.get(`${e}${key}`)!);
  }
  const extra = [...given.arrows.keys()].filter((source) => !visited.has(source));
  return { missing, wrong, extra, matched };
}

/** A heap graph as arrows keyed by object ids (`#12`). */
export function arrowsOf(graph: HeapGraph, keyOf: (id: number) => string = (id) => `#${id}`): ArrowGraph {
  const arrows = new Map<string, string>();
  const looks = new Map<string, string>();
  const arrowSlots = new Map<string, string[]>();
  for (const [name, id] of graph.bindings) arrows.set(name, keyOf(id));
  for (const o of graph.objects.values()) {
    looks.set(keyOf(o.id), o.look);
    const keys: string[] = [];
    for (const s of o.slots) {
      if (s.target === null) continue;
      arrows.set(`${keyOf(o.id)}${s.key}`, keyOf(s.target));
      keys.push(s.key);
    }
    arrowSlots.set(keyOf(o.id), keys);
  }
  return { arrows, looks, arrowSlots, names: graph.names };
}
