// Insertion-ordered hash storage behind dict objects (and instance __dict__s). Keys are looked
// up by a canonical key string computed by the runtime (see keys.ts): equal builtin values get
// equal strings, so most lookups never call Python code. Keys of classes that define their
// own __eq__/__hash__ share a bucket string per hash and are told apart by `eq`.
import type { PyObj } from './objects';
import { DictSizing } from '../values/dict-table';

export type KeyEq = (a: PyObj, b: PyObj) => boolean;

export class DictStore {
  /** entries in insertion order; deleted entries become holes until compaction */
  private keys: (PyObj | null)[] = [];
  private values: (PyObj | null)[] = [];
  private index = new Map<string, number | number[]>();
  private holes = 0;
  /** bumps on every insertion or deletion, so iterators can detect "changed size" */
  version = 0;
  /** CPython's table sizing, which sys.getsizeof reports */
  sizing: DictSizing = DictSizing.empty();

  sizeof(): number {
    return this.sizing.sizeof();
  }

  get size(): number {
    return this.keys.length - this.holes;
  }

  /** entry positions in use, holes included (`dk_nentries`): what keyAt/valueAt index */
  get entryCount(): number {
    return this.keys.length;
  }

  /** the entry position of `key`, or -1 */
  find(key: PyObj, hashKey: string, eq: KeyEq | null): number {
    const at = this.index.get(hashKey);
    if (at === undefined) return -1;
    if (typeof at === 'number') {
      if (eq === null) return at;
      return eq(this.keys[at]!, key) ? at : -1;
    }
    for (const i of at) if (eq === null || eq(this.keys[i]!, key)) return i;
    return -1;
  }

  get(key: PyObj, hashKey: string, eq: KeyEq | null): PyObj | undefined {
    const i = this.find(key, hashKey, eq);
    return i < 0 ? undefined : this.values[i]!;
  }

  /**
   * Sets the value and returns the previous one (whose reference the caller now owns), or
   * undefined for a new key, in which case the store took the key's reference too.
   */
  set(key: PyObj, hashKey: string, eq: KeyEq | null, value: PyObj): PyObj | undefined {
    const i = this.find(key, hashKey, eq);
    if (i >= 0) {
      const old = this.values[i]!;
      this.values[i] = value;
      return old;
    }
    const pos = this.keys.length;
    this.sizing.set(hashKey, hashKey.charCodeAt(0) === 115 /* 's': a str key */);
    this.keys.push(key);
    this.values.push(value);
    const at = this.index.get(hashKey);
    if (at === undefined) this.index.set(hashKey, pos);
    else if (typeof at === 'number') this.index.set(hashKey, [at, pos]);
    else at.push(pos);
    this.version++;
    return undefined;
  }

  /** Removes the entry at `pos`, handing its key and value references to the caller. */
  removeAt(pos: number, hashKey: string): [PyObj, PyObj] {
    const key = this.keys[pos]!;
    const value = this.values[pos]!;
    this.keys[pos] = null;
    this.values[pos] = null;
    this.holes++;
    this.sizing.delete(hashKey);
    const at = this.index.get(hashKey)!;
    if (typeof at === 'number') this.index.delete(hashKey);
    else {
      at.splice(at.indexOf(pos), 1);
      if (at.length === 1) this.index.set(hashKey, at[0]!);
    }
    this.version++;
    if (this.holes > 32 && this.holes * 2 > this.keys.length) this.compact();
    return [key, value];
  }

  /** Empties the store, handing every key and value reference to the caller in entry order. */
  takeAll(): [PyObj, PyObj][] {
    const out = this.entries();
    this.keys = [];
    this.values = [];
    this.index.clear();
    this.holes = 0;
    this.version++;
    this.sizing.clear();
    return out;
  }

  entries(): [PyObj, PyObj][] {
    const out: [PyObj, PyObj][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k) out.push([k, this.values[i]!]);
    }
    return out;
  }

  /** Positions usable by iterators: entry i, skipping holes; returns -1 past the end. */
  nextPosition(from: number): number {
    for (let i = from; i < this.keys.length; i++) if (this.keys[i]) return i;
    return -1;
  }
  keyAt(pos: number): PyObj { return this.keys[pos]!; }
  valueAt(pos: number): PyObj { return this.values[pos]!; }
  replaceValueAt(pos: number, value: PyObj): PyObj {
    const old = this.values[pos]!;
    this.values[pos] = value;
    return old;
  }
  lastPosition(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i]) return i;
    return -1;
  }

  private compact(): void {
    const entries = this.entries();
    const hashKeys = new Map<number, string>();
    for (const [hk, at] of this.index) {
      if (typeof at === 'number') hashKeys.set(at, hk);
      else for (const i of at) hashKeys.set(i, hk);
    }
    const order: string[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i]) order.push(hashKeys.get(i)!);
    this.keys = entries.map((e) => e[0]);
    this.values = entries.map((e) => e[1]);
    this.index.clear();
    this.holes = 0;
    order.forEach((hk, pos) => {
      const at = this.index.get(hk);
      if (at === undefined) this.index.set(hk, pos);
      else if (typeof at === 'number') this.index.set(hk, [at, pos]);
      else at.push(pos);
    });
  }
}
