// The small per-step changes (a refcount, a global name rebound, an object freed, a frame pushed
// or popped, one slot of a big container written) as int quadruples in one growable Int32Array:
// a loop rebinding `i` every step costs 16 bytes per step here instead of a small array object,
// and appending to a 100,000-item list costs one Slot entry, not a copy of the list.

const STRIDE = 4;

export const enum Change {
  /** a = object, b = refcount */
  Refcount = 0,
  /** a = name index, b = object id (0 = deleted) */
  Global = 1,
  /** a = object freed this step */
  Freed = 2,
  /** a = frame id */
  Pushed = 3,
  Popped = 4,
  /** a = object, b = position in its refs, c = the id there now (0 = an empty dict entry) */
  Slot = 5,
  /** a = object, b = its refs' new length (only ever shorter: longer is told by Slot entries) */
  Length = 6,
  /** a = object, b = its sys.getsizeof */
  Size = 7,
}

export interface ChangeLogData {
  readonly ints: readonly number[];
  readonly names: readonly string[];
}

export class ChangeLog {
  private data = new Int32Array(STRIDE * 64);
  private used = 0;
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();

  get count(): number {
    return this.used;
  }

  get bytes(): number {
    return this.used * STRIDE * 4;
  }

  add(tag: Change, a: number, b = 0, c = 0): void {
    if ((this.used + 1) * STRIDE > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const o = this.used++ * STRIDE;
    this.data[o] = tag;
    this.data[o + 1] = a;
    this.data[o + 2] = b;
    this.data[o + 3] = c;
  }

  /** A global binding: `id` 0 = deleted. */
  global(name: string, id: number): void {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    this.add(Change.Global, i, id);
  }

  /** The log as plain data for a trace file: STRIDE ints per change, and the global names they index. */
  toData(): ChangeLogData {
    return { ints: Array.from(this.data.subarray(0, this.used * STRIDE)), names: this.names.slice() };
  }

  static fromData(d: ChangeLogData): ChangeLog {
    if (d.ints.length % STRIDE !== 0) throw new Error(`trace file: changes.ints holds ${d.ints.length} ints, not a multiple of ${STRIDE}`);
    const log = new ChangeLog();
    log.data = new Int32Array(Math.max(d.ints.length, STRIDE * 64));
    log.data.set(d.ints);
    log.used = d.ints.length / STRIDE;
    d.names.forEach((n, i) => log.nameIndex.set(n, i));
    log.names.push(...d.names);
    return log;
  }

  tag(i: number): Change {
    return this.data[i * STRIDE]! as Change;
  }

  a(i: number): number {
    return this.data[i * STRIDE + 1]!;
  }

  b(i: number): number {
    return this.data[i * STRIDE + 2]!;
  }

  c(i: number): number {
    return this.data[i * STRIDE + 3]!;
  }

  name(i: number): string {
    return this.names[this.a(i)]!;
  }
}
