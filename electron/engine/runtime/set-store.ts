// Storage behind set and frozenset objects: one reference per element. Iteration order is the
// store's order; the cycle and refcount behaviour does not depend on it.
import { DictStore, type KeyEq } from './dict-store';
import type { PyObj } from './objects';

export class SetStore {
  private readonly inner = new DictStore();

  get size(): number { return this.inner.size; }
  get version(): number { return this.inner.version; }

  has(item: PyObj, hashKey: string, eq: KeyEq | null): boolean {
    return this.inner.find(item, hashKey, eq) >= 0;
  }
  /** Adds `item` (taking the caller's reference) and returns true, or returns false if present. */
  add(item: PyObj, hashKey: string, eq: KeyEq | null): boolean {
    if (this.inner.find(item, hashKey, eq) >= 0) return false;
    this.inner.set(item, hashKey, eq, item);
    return true;
  }
  /** Removes `item`, handing the stored reference to the caller, or returns null. */
  remove(item: PyObj, hashKey: string, eq: KeyEq | null): PyObj | null {
    const pos = this.inner.find(item, hashKey, eq);
    if (pos < 0) return null;
    return this.inner.removeAt(pos, hashKey)[0];
  }
  takeAll(): PyObj[] { return this.inner.takeAll().map((e) => e[0]); }
  items(): PyObj[] { return this.inner.entries().map((e) => e[0]); }
  nextPosition(from: number): number { return this.inner.nextPosition(from); }
  itemAt(pos: number): PyObj { return this.inner.keyAt(pos); }
}
