// Storage behind set and frozenset objects: CPython 3.11's own set table (values/set-table.ts),
// so iteration order, repr order, set.pop() and sys.getsizeof match CPython for members whose
// hashes we compute exactly (int, float, str, tuple, frozenset, bool). Objects hashed by
// identity get a hash derived from their lookup key: the order of such sets is not CPython's
// (it depends on memory addresses there) and is never shown by tests. Each member holds one
// reference, managed by the callers (set-ops.ts).
import { hashFloat, hashFrozenset, hashInt, hashPointer, hashStr, hashTuple } from '../values/hash';
import { SetTable, type SetSource } from '../values/set-table';
import type { KeyEq } from './dict-store';
import { primitiveKey } from './keys';
import type { PyObj } from './objects';

interface MemberKey {
  readonly key: string;
  readonly eq: KeyEq | null;
}

/** the lookup keys of members (and probes) that are not builtin immutable values */
const customKeys = new WeakMap<PyObj, MemberKey>();

/** Records how a non-primitive object compares, so the table's equality callback can use it. */
export function rememberKey(o: PyObj, key: string, eq: KeyEq | null): void {
  if (primitiveKey(o) === null) customKeys.set(o, { key, eq });
}

function keyOf(o: PyObj): MemberKey | undefined {
  const k = primitiveKey(o);
  return k !== null ? { key: k, eq: null } : customKeys.get(o);
}

/** Python equality between members whose hashes are equal (identity already checked). */
export function membersEqual(a: PyObj, b: PyObj): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (!ka || !kb || ka.key !== kb.key) return false;
  const eq = ka.eq ?? kb.eq;
  return eq ? eq(a, b) : true;
}

const strHashes = new Map<string, bigint>();

function strHash(s: string): bigint {
  let h = strHashes.get(s);
  if (h === undefined) {
    h = hashStr(s);
    if (strHashes.size > 50_000) strHashes.clear();
    strHashes.set(s, h);
  }
  return h;
}

/** CPython's hash() of a builtin immutable value, or null for other objects. */
export function primitiveHash(o: PyObj): bigint | null {
  switch (o.kind) {
    case 'int': return hashInt(o.value);
    case 'float': return hashFloat(o.value, o.id);
    case 'str': return strHash(o.value);
    case 'none': case 'ellipsis': return hashPointer(o.id * 16);
    case 'tuple': {
      const hashes: bigint[] = [];
      for (const x of o.items) {
        const h = primitiveHash(x);
        if (h === null) return null;
        hashes.push(h);
      }
      return hashTuple(hashes);
    }
    case 'set': {
      if (!o.frozen) return null;
      const hashes: bigint[] = [];
      for (const e of o.store.table.entries()) hashes.push(e.hash);
      return hashFrozenset(hashes);
    }
    default:
      return null;
  }
}

/** The hash a member is stored under: CPython's for builtin values, else derived from its key. */
export function memberHash(o: PyObj, hashKey: string): bigint {
  // an instance with a user __hash__ is looked up as 'h' + that hash (keys.ts customKey): it is
  // stored under its own hash, so the set's layout and order follow it as in CPython
  if (o.kind === 'instance' && /^h-?\d+$/.test(hashKey)) return BigInt(hashKey.slice(1));
  return primitiveHash(o) ?? strHash(hashKey);
}

export function newSetTable(): SetTable<PyObj> {
  return new SetTable<PyObj>(membersEqual);
}

export class SetStore {
  table: SetTable<PyObj> = newSetTable();
  /** bumps on every change, so iterators and snapshots can tell */
  version = 0;
  private snapshot: PyObj[] | null = null;

  get size(): number { return this.table.size; }

  has(item: PyObj, hashKey: string, eq: KeyEq | null): boolean {
    rememberKey(item, hashKey, eq);
    return this.table.has(item, memberHash(item, hashKey));
  }

  /** Adds `item` (taking the caller's reference) and returns true, or returns false if present. */
  add(item: PyObj, hashKey: string, eq: KeyEq | null): boolean {
    rememberKey(item, hashKey, eq);
    const added = this.table.add(item, memberHash(item, hashKey));
    if (added) this.changed();
    return added;
  }

  /** Removes `item`, handing the stored reference to the caller, or returns null. */
  remove(item: PyObj, hashKey: string, eq: KeyEq | null): PyObj | null {
    rememberKey(item, hashKey, eq);
    return this.removeHashed(item, memberHash(item, hashKey));
  }

  /** Removes the member equal to `item` (of hash `hash`), handing its reference over. */
  removeHashed(item: PyObj, hash: bigint): PyObj | null {
    if (!this.table.has(item, hash)) return null;
    const stored = this.findStored(item, hash);
    this.table.discard(item, hash);
    this.changed();
    return stored;
  }

  /** the member equal to `item` (which may be another object: 1 and 1.0) */
  private findStored(item: PyObj, hash: bigint): PyObj {
    for (const e of this.table.entries()) {
      if (e.hash === hash && (e.value === item || membersEqual(e.value, item))) return e.value;
    }
    return item;
  }

  /** `set.pop()`: CPython's member from the finger on, its reference handed over; null if empty. */
  pop(): PyObj | null {
    const e = this.table.pop();
    if (!e) return null;
    this.changed();
    return e.value;
  }

  /** Empties the store, handing every reference to the caller in table order. */
  takeAll(): PyObj[] {
    const out = [...this.table];
    this.table.clear();
    this.changed();
    return out;
  }

  /** members in CPython's iteration order */
  items(): PyObj[] {
    return [...this.table];
  }

  /** sys.getsizeof of the set object */
  sizeof(): number {
    return this.table.sizeof();
  }

  /** this store as the operand of a table operation */
  source(): SetSource<PyObj> {
    return { kind: 'set', table: this.table };
  }

  /** Takes a freshly built table (no references adjusted: the caller does that). */
  adopt(table: SetTable<PyObj>): void {
    this.table = table;
    this.changed();
  }

  /** Must follow any direct mutation of `table`. */
  changed(): void {
    this.version++;
    this.snapshot = null;
  }

  /** Iterator positions: index into the current iteration order; -1 past the end. */
  nextPosition(from: number): number {
    this.snapshot ??= [...this.table];
    return from < this.snapshot.length ? from : -1;
  }
  itemAt(pos: number): PyObj {
    this.snapshot ??= [...this.table];
    return this.snapshot[pos]!;
  }
}
