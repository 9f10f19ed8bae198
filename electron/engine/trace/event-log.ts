// All of a trace's events in one growable Int32Array (7 ints per event), with holders and
// strings interned in side tables. A 100,000-step trace has some 300,000 events: as objects they
// would dominate the trace's memory and the garbage collector's time; as ints they cost 28 bytes.
import type { RawEvent, RefHolder } from './model';

const STRIDE = 7;
const KINDS = ['allocate', 'bind', 'unbind', 'incref', 'decref', 'free', 'gc-run', 'output', 'exception'] as const;
function kindCode(kind: RawEvent['kind']): number {
  switch (kind) {
    case 'allocate': return 0;
    case 'bind': return 1;
    case 'unbind': return 2;
    case 'incref': return 3;
    case 'decref': return 4;
    case 'free': return 5;
    case 'gc-run': return 6;
    case 'output': return 7;
    case 'exception': return 8;
  }
}
const NONE = -1;

export interface EventLogData {
  readonly ints: readonly number[];
  readonly holders: readonly RefHolder[];
  readonly strings: readonly string[];
}

export class EventLog {
  private data = new Int32Array(STRIDE * 64);
  private used = 0;
  private readonly holders: RefHolder[] = [];
  private readonly holderIndex = new Map<string, number>();
  /** recorders reuse holder objects for names, so most lookups hit by identity (canonical holders only) */
  private readonly holderByIdentity = new Map<RefHolder, number>();
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  /** Appends events; returns the index of the first. */
  append(events: readonly RawEvent[]): number {
    const first = this.used;
    for (const e of events) this.push(e);
    return first;
  }

  get count(): number {
    return this.used;
  }

  get bytes(): number {
    return this.used * STRIDE * 4;
  }

  /** The log as plain data for a trace file: STRIDE ints per event, and the tables they index. */
  toData(): EventLogData {
    return { ints: Array.from(this.data.subarray(0, this.used * STRIDE)), holders: this.holders.slice(), strings: this.strings.slice() };
  }

  /** A log read back from `toData`'s output (already checked for shape by the caller). */
  static fromData(d: EventLogData): EventLog {
    if (d.ints.length % STRIDE !== 0) throw new Error(`trace file: events.ints holds ${d.ints.length} ints, not a multiple of ${STRIDE}`);
    const log = new EventLog();
    log.data = new Int32Array(Math.max(d.ints.length, STRIDE * 64));
    log.data.set(d.ints);
    log.used = d.ints.length / STRIDE;
    d.holders.forEach((h, i) => log.holderIndex.set(holderKey(h), i));
    log.holders.push(...d.holders);
    d.strings.forEach((s, i) => log.stringIndex.set(s, i));
    log.strings.push(...d.strings);
    return log;
  }

  read(first: number, count: number): RawEvent[] {
    const out: RawEvent[] = [];
    for (let i = first; i < first + count; i++) out.push(this.decode(i));
    return out;
  }

  private push(e: RawEvent): void {
    if ((this.used + 1) * STRIDE > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    const o = this.used++ * STRIDE;
    d[o] = kindCode(e.kind);
    d[o + 1] = NONE; d[o + 2] = NONE; d[o + 3] = NONE; d[o + 4] = NONE; d[o + 5] = NONE; d[o + 6] = NONE;
    switch (e.kind) {
      case 'allocate':
        d[o + 1] = e.obj; d[o + 5] = this.str(e.type);
        return;
      case 'bind': case 'unbind':
        d[o + 1] = e.obj; d[o + 2] = this.holder(e.holder); d[o + 5] = this.str(e.type);
        if (e.rc) { d[o + 3] = e.rc[0]; d[o + 4] = e.rc[1]; }
        if (e.atom !== null) d[o + 6] = this.str(e.atom);
        return;
      case 'incref': case 'decref':
        d[o + 1] = e.obj; d[o + 3] = e.from; d[o + 4] = e.to; d[o + 5] = this.str(e.type);
        return;
      case 'free':
        d[o + 1] = e.obj; d[o + 3] = e.cause === 'gc' ? 1 : 0; d[o + 5] = this.str(e.type);
        return;
      case 'gc-run':
        d[o + 1] = e.explicit ? 1 : 0; d[o + 3] = e.generation; d[o + 4] = e.found;
        return;
      case 'output':
        d[o + 6] = this.str(e.text);
        return;
      case 'exception':
        d[o + 5] = this.str(e.type); d[o + 6] = this.str(e.message);
        return;
    }
  }

  private decode(i: number): RawEvent {
    const d = this.data;
    const o = i * STRIDE;
    const kind = KINDS[d[o]!]!;
    const obj = d[o + 1]!;
    const type = this.strings[d[o + 5]!] ?? '';
    switch (kind) {
      case 'allocate': return { kind, obj, type };
      case 'bind': case 'unbind': {
        const rc: readonly [number, number] | null = d[o + 3] === NONE ? null : [d[o + 3]!, d[o + 4]!];
        const atom = d[o + 6] === NONE ? null : this.strings[d[o + 6]!]!;
        return { kind, holder: this.holders[d[o + 2]!]!, obj, type, atom, rc };
      }
      case 'incref': case 'decref': return { kind, obj, type, from: d[o + 3]!, to: d[o + 4]! };
      case 'free': return { kind, obj, type, cause: d[o + 3] === 1 ? 'gc' : 'refcount' };
      case 'gc-run': return { kind, generation: d[o + 3]!, found: d[o + 4]!, explicit: obj === 1 };
      case 'output': return { kind, text: this.strings[d[o + 6]!]! };
      case 'exception': return { kind, type, message: this.strings[d[o + 6]!]! };
    }
  }

  private str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private holder(h: RefHolder): number {
    const same = this.holderByIdentity.get(h);
    if (same !== undefined) return same;
    const key = holderKey(h);
    let i = this.holderIndex.get(key);
    if (i === undefined) {
      i = this.holders.length;
      this.holders.push(h);
      this.holderIndex.set(key, i);
      this.holderByIdentity.set(h, i);
    }
    return i;
  }
}

function holderKey(h: RefHolder): string {
  switch (h.kind) {
    case 'local': return `l${h.frame}\u0000${h.name}`;
    case 'global': return `g${h.name}`;
    case 'hidden': return `h${h.frame}\u0000${h.slot}\u0000${h.label}`;
    case 'frame-function': return `F${h.frame}`;
    case 'item': return `i${h.owner}\u0000${h.index}`;
    case 'set-member': return `m${h.owner}`;
    case 'dict-key': return `k${h.owner}\u0000${h.key}`;
    case 'dict-value': return `v${h.owner}\u0000${h.key}`;
    case 'attribute': return `a${h.owner}\u0000${h.name}`;
    case 'field': return `f${h.owner}\u0000${h.field}`;
    case 'generator-local': return `G${h.owner}\u0000${h.name}`;
    case 'generator-stack': return `S${h.owner}\u0000${h.slot}\u0000${h.label}`;
  }
}
