// Recording a big list's or dict's change as the slots it wrote, not as a new copy of it. The VM
// says which positions a mutation may have touched (Recorder.touchedAt); only those are compared
// with the previous record, so appending to a 100,000-item list costs one comparison and one
// Slot entry, whatever the list's length.
import type { PyDict, PyList, PyObj } from '../runtime/objects';
import { isNull } from '../vm/null';
import type { ObjRecord, RefHolder } from './model';

/** Containers with at least this many refs are recorded by slots; smaller ones as whole records. */
export const SLOT_RECORD_MIN = 16;

/** Where a slot comparison reports to. */
export interface SlotSink {
  /** flat [object, position, id]: appended to */
  readonly slots: number[];
  /** flat [object, length]: appended to */
  readonly lengths: number[];
  /** a target now referenced: it needs a record of its own */
  known(target: PyObj): void;
  /** a reference that went away or appeared, for the step's events */
  diff(kind: 'bind' | 'unbind', holder: RefHolder, obj: number): void;
  /** the repr a dict key is named by */
  keyText(id: number): string;
}

export function isSlotRecorded(o: PyObj, prev: ObjRecord): o is PyList | PyDict {
  if (prev.labels !== null || (o.kind !== 'list' && o.kind !== 'dict')) return false;
  const length = o.kind === 'list' ? o.items.length : 2 * o.store.entryCount;
  return prev.refs.length >= SLOT_RECORD_MIN || length >= SLOT_RECORD_MIN;
}

/** The refs length of a slot-recorded container. */
function refsLength(o: PyList | PyDict): number {
  return o.kind === 'list' ? o.items.length : 2 * o.store.entryCount;
}

/** The object at refs position `i` (NULL-free: 0 for a dict hole). */
function targetAt(o: PyList | PyDict, i: number): PyObj | null {
  if (o.kind === 'list') return o.items[i]!;
  const pos = i >> 1;
  const key = o.store.keyAt(pos);
  if (!key) return null;
  return i & 1 ? o.store.valueAt(pos) : key;
}

/**
 * Compares positions [from, to) of `o` (item or entry positions; to the end when the length
 * changed) with `prev` and reports the differences. At most `maxEvents` positions become events:
 * past that, the refcount events tell the rest.
 */
export function compareSlots(o: PyList | PyDict, prev: ObjRecord, from: number, to: number, sink: SlotSink, maxEvents: number): void {
  const perItem = o.kind === 'list' ? 1 : 2;
  const length = refsLength(o);
  const before = prev.refs;
  const lo = Math.max(0, from * perItem);
  const hi = length !== before.length ? Math.max(length, before.length) : Math.min(length, to * perItem);
  let events = 0;
  for (let i = lo; i < hi; i++) {
    const t = i < length ? targetAt(o, i) : null;
    const id = t === null || isNull(t) ? 0 : t.id;
    const old = i < before.length ? before[i]! : 0;
    if (i < length && (id !== old || i >= before.length)) {
      sink.slots.push(prev.id, i, id);
      if (t !== null && id !== 0) sink.known(t);
    }
    if (id === old || events >= maxEvents) continue;
    events++;
    if (old !== 0) sink.diff('unbind', holderAt(prev.id, o.kind, i, before[i - (i % perItem)]!, sink), old);
    if (id !== 0) sink.diff('bind', holderAt(prev.id, o.kind, i, o.kind === 'dict' ? targetAt(o, i - (i % 2))!.id : 0, sink), id);
  }
  if (length < before.length) sink.lengths.push(prev.id, length);
}

function holderAt(owner: number, kind: 'list' | 'dict', i: number, keyId: number, sink: SlotSink): RefHolder {
  if (kind === 'list') return { kind: 'item', owner, index: i };
  const key = sink.keyText(keyId);
  return i % 2 === 0 ? { kind: 'dict-key', owner, key } : { kind: 'dict-value', owner, key };
}
