// Spot the leak: the candidates are the objects alive just before the question's line, each
// named by an expression that reached it then (`a`, `c[1]`, `node.me`); the answer is the ones
// that, once the line has run, survive only as unreachable cycles. The candidates come from a
// state the replay already shows, so listing them gives nothing away.
import type { LeakCandidate, PlayerAnswer } from '../../api';
import type { Snapshot } from '../../engine/trace/model';
import type { Trace } from '../../engine/trace/trace-program';
import { dataNames, heapGraph, shortRepr } from './heap-graph';
import { firstStepOf, stepAfter } from './trace-cache';

export type LeakAnswer = Extract<PlayerAnswer, { kind: 'leak' }>;

/** Objects that can take part in a cycle the collector looks at. */
const LEAF_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'bytes', 'complex', 'module', 'function', 'type', 'builtin_function_or_method', 'code', 'range']);

/** `[0]`, `['k']`, `.x` appended to an expression. */
const pathStep = (key: string): string => key;

/** Every non-cached, cycle-capable object reachable from a name, with the shortest expression that reaches it. */
export function namedObjects(snapshot: Snapshot): LeakCandidate[] {
  const graph = heapGraph(snapshot, dataNames(snapshot));
  const info = new Map(snapshot.objects.map((o) => [o.id, o]));
  const paths = new Map<number, string>();
  const queue: number[] = [];
  for (const [name, id] of graph.bindings) {
    if (!paths.has(id)) {
      paths.set(id, name);
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const slot of graph.objects.get(id)?.slots ?? []) {
      if (slot.target === null || paths.has(slot.target)) continue;
      paths.set(slot.target, `${paths.get(id)}${pathStep(slot.key)}`);
      queue.push(slot.target);
    }
  }
  const candidates: LeakCandidate[] = [];
  for (const [id, label] of paths) {
    const o = info.get(id);
    if (!o || o.cached || LEAF_TYPES.has(o.type)) continue;
    candidates.push({ label, objectId: id, type: o.type, repr: shortRepr(o.repr) });
  }
  return candidates;
}

export interface LeakPuzzle {
  readonly candidates: readonly LeakCandidate[];
  readonly correct: LeakAnswer;
  readonly explanation: string;
}

const quoted = (labels: readonly string[]) => labels.map((l) => `\`${l}\``).join(', ');

export function leakPuzzle(trace: Trace, after: number): LeakPuzzle {
  const before = firstStepOf(trace, after) - 1;
  const candidates = before >= 0 ? namedObjects(trace.snapshot(before)) : [];
  const afterLine = trace.snapshot(stepAfter(trace, after));
  const state = new Map(afterLine.objects.map((o) => [o.id, o.state]));
  const leaked = candidates.filter((c) => state.get(c.objectId) === 'unreachable').map((c) => c.label);
  const freed = candidates.filter((c) => (state.get(c.objectId) ?? 'freed') === 'freed').map((c) => c.label);
  const alive = candidates.filter((c) => state.get(c.objectId) === 'reachable').map((c) => c.label);
  const parts = [
    leaked.length ? `${quoted(leaked)} survive${leaked.length === 1 ? 's' : ''} only through a cycle: unreachable, awaiting the collector` : 'nothing is left as an unreachable cycle',
    freed.length ? `${quoted(freed)} ${freed.length === 1 ? 'is' : 'are'} freed` : null,
    alive.length ? `${quoted(alive)} still reachable` : null,
  ].filter(Boolean);
  return { candidates, correct: { kind: 'leak', objects: leaked }, explanation: `After line ${after}: ${parts.join('; ')}.` };
}
