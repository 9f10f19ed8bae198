// An exact model of CPython 3.11's set table (Objects/setobject.c): open addressing with
// LINEAR_PROBES=9 then perturbed probing, dummy slots left by deletions, the resize policy,
// and the loops each set operation uses to build its result. Iteration order, `set.pop()`
// order and `sys.getsizeof(set)` therefore match CPython for any members whose hashes are
// known. Members are opaque `T` (e.g. heap references); the caller supplies their hashes
// (see hash.ts) and an equality callback, called only for members with equal hashes.
//
// How the compiler builds sets matters too (Python/compile.c, starunpack_helper):
//   {a, b, c} with 3+ constant members -> BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1,
//                                         see `SetTable.fromDisplay(eq, members, true)`
//   any other display {x, y}           -> BUILD_SET n: members added left to right
//   {x for x in it}, set(it)           -> added one by one (set(a_set) copies its layout)

/** a member together with its hash, as CPython's setentry holds it */
export interface SetEntry<T> {
  readonly value: T;
  readonly hash: bigint;
}

/** `Py_EQ` between two members whose hashes are equal; identity is checked before calling */
export type SetEquals<T> = (a: T, b: T) => boolean;

/** what a set operation reads from: the branch CPython takes depends on the operand's type */
export type SetSource<T> =
  | { readonly kind: 'set'; readonly table: SetTable<T> }
  /** an exact dict: its keys in insertion order with their stored hashes */
  | { readonly kind: 'dict'; readonly entries: readonly SetEntry<T>[] }
  /** any other iterable (list, tuple, range, generator...): its items in iteration order */
  | { readonly kind: 'iterable'; readonly entries: readonly SetEntry<T>[] };

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
/** sizeof(PySetObject) + the GC header: sys.getsizeof(set()) on 64-bit 3.11 */
export const SET_BASE_SIZE = 216;
/** sizeof(setentry): key pointer + hash */
const SET_ENTRY_SIZE = 16;

const EMPTY = 0;
const ACTIVE = 1;
const DUMMY = 2;

export class SetTable<T> {
  private values: (T | undefined)[] = [];
  private hashes: bigint[] = [];
  private states = new Uint8Array(PySet_MINSIZE);
  private mask = PySet_MINSIZE - 1;
  /** slots that are active or dummy */
  private fill = 0;
  private used = 0;
  /** where set.pop() resumes its search */
  private finger = 0;

  constructor(private readonly equals: SetEquals<T>) {
    this.resetTo(PySet_MINSIZE);
  }

  /** `make_new_set`: `set(source)` / `frozenset(source)`; no source gives `set()` */
  static from<T>(equals: SetEquals<T>, source?: SetSource<T>): SetTable<T> {
    const table = new SetTable(equals);
    if (source !== undefined) table.update(source);
    return table;
  }

  /**
   * A set display `{...}`; `allConstant` when every member is a literal constant.
   * With 3+ constant members the compiler folds them into a frozenset constant that
   * merge_consts_recursive rebuilds once from its own iteration order; SET_UPDATE then merges
   * it into a new set. The code object's constructor (intern_string_constants) rebuilds it
   * once more when interning replaced one of its identifier-like str members, i.e. when an
   * equal str was already interned and alive in the process (used as a name in the program,
   * a single letter, a stdlib identifier...): pass `internedMember` for that case. Observed
   * against python3: int-only and fresh-string displays take exactly one rebuild.
   */
  static fromDisplay<T>(
    equals: SetEquals<T>,
    members: readonly SetEntry<T>[],
    allConstant: boolean,
    internedMember = false,
  ): SetTable<T> {
    if (members.length > 2 && allConstant) {
      let folded = SetTable.from(equals, { kind: 'iterable', entries: members });
      const rebuilds = internedMember ? 2 : 1;
      for (let pass = 0; pass < rebuilds; pass++) {
        folded = SetTable.from(equals, { kind: 'iterable', entries: [...folded.entries()] });
      }
      return SetTable.from(equals, { kind: 'set', table: folded });
    }
    const table = new SetTable(equals);
    for (const member of members) table.add(member.value, member.hash);
    return table;
  }

  get size(): number {
    return this.used;
  }

  /** number of slots (mask + 1) */
  get tableSize(): number {
    return this.mask + 1;
  }

  /** `set_sizeof`: the object, plus the slot array when it outgrew the inline smalltable */
  sizeof(): number {
    return SET_BASE_SIZE + (this.mask + 1 > PySet_MINSIZE ? (this.mask + 1) * SET_ENTRY_SIZE : 0);
  }

  /** members in table order: the order of iteration, repr and list(s) (`set_next`) */
  *entries(): IterableIterator<SetEntry<T>> {
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.states[slot] === ACTIVE) yield { value: this.values[slot]!, hash: this.hashes[slot]! };
    }
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (const entry of this.entries()) yield entry.value;
  }

  has(value: T, hash: bigint): boolean {
    return this.lookup(value, hash) >= 0;
  }

  /** `set_add_entry`; true when the member was not already present */
  add(value: T, hash: bigint): boolean {
    const mask = this.mask;
    let slot = index(hash, mask);
    let perturb = BigInt.asUintN(64, hash);
    let freeSlot = -1;
    for (;;) {
      let probes = slot + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let current = slot;
      do {
        const state = this.states[current];
        if (state === EMPTY) return this.insertAt(freeSlot, current, value, hash);
        if (state === ACTIVE && this.hashes[current] === hash && this.same(this.values[current]!, value)) {
          return false;
        }
        // CPython keeps the last dummy seen on the probe path, not the first
        if (state === DUMMY) freeSlot = current;
        current++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      slot = nextSlot(slot, perturb, mask);
    }
  }

  /** `set_discard_entry`: leaves a dummy; true when the member was present */
  discard(value: T, hash: bigint): boolean {
    const slot = this.lookup(value, hash);
    if (slot < 0) return false;
    this.values[slot] = undefined;
    this.hashes[slot] = -1n;
    this.states[slot] = DUMMY;
    this.used--;
    return true;
  }

  /** `set_pop`: the first active slot from the finger on; undefined for an empty set */
  pop(): SetEntry<T> | undefined {
    if (this.used === 0) return undefined;
    let slot = this.finger & this.mask;
    while (this.states[slot] !== ACTIVE) {
      slot++;
      if (slot > this.mask) slot = 0;
    }
    const entry = { value: this.values[slot]!, hash: this.hashes[slot]! };
    this.values[slot] = undefined;
    this.hashes[slot] = -1n;
    this.states[slot] = DUMMY;
    this.used--;
    this.finger = slot + 1;
    return entry;
  }

  /** `set_clear_internal`: back to the inline 8-slot table (the finger is kept) */
  clear(): void {
    this.resetTo(PySet_MINSIZE);
  }

  /** `set.copy()` / `set_copy`: a new set built by `set_merge` */
  copy(): SetTable<T> {
    return SetTable.from(this.equals, { kind: 'set', table: this });
  }

  /** `set_update_internal`: `s.update(x)`, `s |= x` */
  update(source: SetSource<T>): void {
    switch (source.kind) {
      case 'set':
        this.merge(source.table);
        return;
      case 'dict': {
        const dictSize = source.entries.length;
        if ((this.fill + dictSize) * 5 >= this.mask * 3) this.resize((this.used + dictSize) * 2);
        for (const entry of source.entries) this.add(entry.value, entry.hash);
        return;
      }
      case 'iterable':
        for (const entry of source.entries) this.add(entry.value, entry.hash);
        return;
      default:
        return assertNever(source);
    }
  }

  /** `set_union`: `s.union(*others)`; `s | t` is the one-operand case */
  union(...others: SetSource<T>[]): SetTable<T> {
    const result = this.copy();
    for (const other of others) {
      if (other.kind === 'set' && other.table === this) continue;
      result.update(other);
    }
    return result;
  }

  /** `set_intersection`: `s & t`, `s.intersection(t)` */
  intersection(other: SetSource<T>): SetTable<T> {
    if (other.kind === 'set' && other.table === this) return this.copy();
    const result = new SetTable(this.equals);
    if (other.kind === 'set') {
      // iterate the smaller set, probe the larger
      const [probed, iterated] = other.table.size > this.size ? [other.table, this] : [this, other.table];
      for (const entry of iterated.entries()) {
        if (probed.has(entry.value, entry.hash)) result.add(entry.value, entry.hash);
      }
      return result;
    }
    for (const entry of other.entries) {
      if (this.has(entry.value, entry.hash)) {
        result.add(entry.value, entry.hash);
        if (result.size >= this.size) break;
      }
    }
    return result;
  }

  /** `set_intersection_multi`: `s.intersection(a, b, ...)` */
  intersectionMulti(...others: SetSource<T>[]): SetTable<T> {
    if (others.length === 0) return this.copy();
    return others.reduce<SetTable<T>>((result, other) => result.intersection(other), this);
  }

  /** `set_intersection_update(_multi)`: `s &= t`; the result's table replaces ours */
  intersectionUpdate(...others: SetSource<T>[]): void {
    this.swapBodies(this.intersectionMulti(...others));
  }

  /** `set_difference`: `s - t`, `s.difference(t)` */
  difference(other: SetSource<T>): SetTable<T> {
    if (other.kind === 'iterable') return this.copyAndDifference(other);
    const otherSize = other.kind === 'set' ? other.table.size : other.entries.length;
    if (this.size >> 2 > otherSize) return this.copyAndDifference(other);
    const result = new SetTable(this.equals);
    const contains =
      other.kind === 'set'
        ? (entry: SetEntry<T>) => other.table.has(entry.value, entry.hash)
        : (entry: SetEntry<T>) => other.entries.some((key) => key.hash === entry.hash && this.same(key.value, entry.value));
    for (const entry of this.entries()) {
      if (!contains(entry)) result.add(entry.value, entry.hash);
    }
    return result;
  }

  /** `set_difference_multi`: `s.difference(a, b, ...)` */
  differenceMulti(...others: SetSource<T>[]): SetTable<T> {
    const [first, ...rest] = others;
    if (first === undefined) return this.copy();
    const result = this.difference(first);
    for (const other of rest) result.differenceUpdate(other);
    return result;
  }

  /** `set_difference_update_internal`: `s -= t`, `s.difference_update(t)` */
  differenceUpdate(other: SetSource<T>): void {
    if (other.kind === 'set' && other.table === this) {
      this.clear();
      return;
    }
    if (other.kind === 'set') {
      // when the other set is more than 8 times larger, only the common members matter
      const removing = other.table.size >> 3 > this.size ? this.intersection(other) : other.table;
      for (const entry of [...removing.entries()]) this.discard(entry.value, entry.hash);
    } else {
      for (const entry of other.entries) this.discard(entry.value, entry.hash);
    }
    // more than a quarter of the slots dummies: rebuild (the divisions are unsigned C ones)
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `set_symmetric_difference_update`: `s ^= t` */
  symmetricDifferenceUpdate(other: SetSource<T>): void {
    if (other.kind === 'set' && other.table === this) {
      this.clear();
      return;
    }
    const entries =
      other.kind === 'dict'
        ? other.entries
        : [...(other.kind === 'set' ? other.table : SetTable.from(this.equals, other)).entries()];
    for (const entry of entries) {
      if (!this.discard(entry.value, entry.hash)) this.add(entry.value, entry.hash);
    }
  }

  /** `set_symmetric_difference`: `s ^ t` is built from a copy of t, updated with s */
  symmetricDifference(other: SetSource<T>): SetTable<T> {
    const result = SetTable.from(this.equals, other);
    result.symmetricDifferenceUpdate({ kind: 'set', table: this });
    return result;
  }

  private same(a: T, b: T): boolean {
    return a === b || this.equals(a, b);
  }

  /** `set_lookkey`: the slot holding an equal member, or -1 */
  private lookup(value: T, hash: bigint): number {
    const mask = this.mask;
    let slot = index(hash, mask);
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      let probes = slot + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let current = slot;
      do {
        const state = this.states[current];
        if (state === EMPTY) return -1;
        if (state === ACTIVE && this.hashes[current] === hash && this.same(this.values[current]!, value)) {
          return current;
        }
        current++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      slot = nextSlot(slot, perturb, mask);
    }
  }

  /** the tail of `set_add_entry`: reuse the dummy found on the way, else fill and maybe grow */
  private insertAt(freeSlot: number, emptySlot: number, value: T, hash: bigint): boolean {
    if (freeSlot >= 0) {
      this.store(freeSlot, value, hash);
      this.used++;
      return true;
    }
    this.store(emptySlot, value, hash);
    this.fill++;
    this.used++;
    if (this.fill * 5 >= this.mask * 3) {
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
    }
    return true;
  }

  private store(slot: number, value: T, hash: bigint): void {
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.states[slot] = ACTIVE;
  }

  /** `set_insert_clean`: place a member known to be absent into a table without dummies */
  private insertClean(value: T, hash: bigint): void {
    const mask = this.mask;
    let slot = index(hash, mask);
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      if (this.states[slot] === EMPTY) return this.store(slot, value, hash);
      if (slot + LINEAR_PROBES <= mask) {
        for (let step = 1; step <= LINEAR_PROBES; step++) {
          if (this.states[slot + step] === EMPTY) return this.store(slot + step, value, hash);
        }
      }
      perturb >>= PERTURB_SHIFT;
      slot = nextSlot(slot, perturb, mask);
    }
  }

  private resetTo(size: number): void {
    this.values = new Array<T | undefined>(size).fill(undefined);
    this.hashes = new Array<bigint>(size).fill(0n);
    this.states = new Uint8Array(size);
    this.mask = size - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** `set_table_resize`: the smallest power of two > minUsed (at least 8), reinserted in slot order */
  private resize(minUsed: number): void {
    let newSize = PySet_MINSIZE;
    while (newSize <= minUsed) newSize *= 2;
    if (newSize === PySet_MINSIZE && this.mask + 1 === PySet_MINSIZE && this.fill === this.used) return;
    const old = [...this.entries()];
    const used = this.used;
    this.resetTo(newSize);
    for (const entry of old) this.insertClean(entry.value, entry.hash);
    this.fill = used;
    this.used = used;
  }

  /** `set_merge`: one presizing resize, then a slot copy, clean inserts, or ordinary adds */
  private merge(other: SetTable<T>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.values = [...other.values];
      this.hashes = [...other.hashes];
      this.states = other.states.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (const entry of other.entries()) this.insertClean(entry.value, entry.hash);
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    for (const entry of [...other.entries()]) this.add(entry.value, entry.hash);
  }

  /** `set_swap_bodies` as `&=` uses it: take the result's table; the finger stays ours */
  private swapBodies(result: SetTable<T>): void {
    if (result === this) return;
    this.values = result.values;
    this.hashes = result.hashes;
    this.states = result.states;
    this.mask = result.mask;
    this.fill = result.fill;
    this.used = result.used;
  }

  /** `set_difference` when copying is cheaper: copy, then remove the other's members */
  private copyAndDifference(other: SetSource<T>): SetTable<T> {
    const result = this.copy();
    result.differenceUpdate(other);
    return result;
  }
}

/** `(size_t)hash & mask` */
function index(hash: bigint, mask: number): number {
  return Number(BigInt.asUintN(32, hash)) & mask;
}

/** `i = (i * 5 + 1 + perturb) & mask`, with only perturb's low bits mattering */
function nextSlot(slot: number, perturb: bigint, mask: number): number {
  return (slot * 5 + 1 + (Number(BigInt.asUintN(32, perturb)) & mask)) & mask;
}

function assertNever(value: never): never {
  throw new Error(`unexpected set source ${JSON.stringify(value)}`);
}
