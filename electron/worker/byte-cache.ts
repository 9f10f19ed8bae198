// A least-recently-used cache bounded by bytes, not by entries: main keeps the engine's answers
// for levels and packs (small), and this makes sure that many of them, or one huge one, cannot
// grow main's heap past a fixed size. The size of a value is its JSON text's UTF-16 bytes: a
// fair measure for the plain data these caches hold (no functions, no shared structure).
export class ByteBoundedCache<K, V> {
  private readonly entries = new Map<K, { readonly value: V; readonly bytes: number }>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number = (value) => 2 * (JSON.stringify(value)?.length ?? 0),
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps the value unless it alone is over the cap; drops the least recently used to make room. */
  set(key: K, value: V): void {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    while (this.total + bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as K;
      this.delete(oldest);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }
}
