// The small per-step changes (a refcount, a global name rebound, an object freed, a frame pushed
// or popped) as int triples in one growable Int32Array: a loop rebinding `i` every step costs
// 12 bytes per step here instead of a small array object.

const STRIDE = 3;

export const enum Change {
  Refcount = 0,
  Global = 1,
  Freed = 2,
  Pushed = 3,
  Popped = 4,
}

export class ChangeLog {
  private data = new Int32Array(STRIDE * 4096);
  private used = 0;
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();

  get count(): number {
    return this.used;
  }

  get bytes(): number {
    return this.used * STRIDE * 4;
  }

  add(tag: Change, a: number, b = 0): void {
    if ((this.used + 1) * STRIDE > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const o = this.used++ * STRIDE;
    this.data[o] = tag;
    this.data[o + 1] = a;
    this.data[o + 2] = b;
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

  tag(i: number): Change {
    return this.data[i * STRIDE]! as Change;
  }

  a(i: number): number {
    return this.data[i * STRIDE + 1]!;
  }

  b(i: number): number {
    return this.data[i * STRIDE + 2]!;
  }

  name(i: number): string {
    return this.names[this.a(i)]!;
  }
}
