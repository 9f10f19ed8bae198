// The interpreter's state and its object factory. Every constructor here returns a new
// reference that the caller owns; containers take ownership of the item references they are
// given. Cached objects (small ints, one-character latin-1 strings, the empty string and
// tuple, None, True, False) are shared exactly where CPython shares them.
import type { Recorder } from '../trace/recorder';
import { DictStore } from './dict-store';
import { BudgetExceeded, PyException } from './errors';
import { Heap } from './heap';
import { Flag, type PyDict, type PyFloat, type PyInstance, type PyInt, type PyList, type PyObj, type PyStr, type PyTuple, type PyType } from './objects';
import { SetStore } from './set-store';
import type { BuiltinTypes } from './types';
import type { KwArgs, PyGenerator } from './objects';
import type { TypeCall } from './classes';
import type { Frame } from '../vm/frame';
import { iterateToArray, tupleFromIterable, rangeLengthOf } from './iteration';
import { truthy } from './compare';
import { instantiateException } from './classes';
import { hashOf } from './hashing';
import { intModPow } from '../values/int-ops';
import { instanceDict } from './attributes';
import { dictSetStr } from './dict-ops';
import { listAppend } from './list-ops';
import { setAdd } from './set-ops';
import { ignoredMessage } from './finalizers';
import { exceptionStr } from './repr';
import { intObjectBytes } from '../values/int-size';

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** How a resumed generator stopped: it yielded a value, or returned one. */
export interface GeneratorStep {
  readonly yielded: boolean;
  readonly value: PyObj;
}

export interface Budgets {
  maxSteps: number;
  /** the simulated heap's size cap, in bytes as sys.getsizeof would count them */
  maxBytes: number;
  /**
   * wall-clock time a run may take: the step budget counts lines, but one line can do
   * unbounded work (`sum(range(10**10))`, a loop copying a million-item list), and a run
   * must never hold the main process longer than this
   */
  maxMillis: number;
}

/** what a raised MemoryError's traceback and handler may use beyond the cap */
const MEMORY_RESERVE_BYTES = 16 * 1024 * 1024;

/** how much work (iterations, allocations) passes between two looks at the clock */
const WORK_PER_CLOCK_CHECK = 4096;

/**
 * The one-character strings CPython 3.11 has interned at start-up as objects of their own, not
 * the latin-1 singletons (measured: `sys.intern(chr(c)) is not chr(c)` in `python3 FILE.py`).
 * Interning any other character interns its singleton.
 */
const STARTUP_INTERNED_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';

export class Runtime {
  readonly heap = new Heap();
  types!: BuiltinTypes;
  None!: PyObj;
  True!: PyInt;
  False!: PyInt;
  Ellipsis!: PyObj;
  NotImplemented!: PyObj;
  emptyTuple!: PyTuple;
  emptyStr!: PyStr;
  private readonly smallInts: PyInt[] = [];
  private readonly latin1Chars: PyStr[] = [];
  readonly interned = new Map<string, PyStr>();
  /** the exception being handled (sys.exc_info()), with its reference */
  handledException: PyObj | null = null;
  stdout = '';
  steps = 0;
  depth = 0;
  recursionLimit = 1000;
  budgets: Budgets = { maxSteps: 100_000, maxBytes: 256 * 1024 * 1024, maxMillis: 5_000 };
  private deadline = Infinity;
  private workDone = 0;
  private nextClockCheck = WORK_PER_CLOCK_CHECK;
  private makingMemoryError = false;
  private inMemoryReserve = false;
  modules = new Map<string, PyObj>();
  /** printed output beyond this many characters stops the program (a runaway print loop) */
  maxOutputChars = 8_000_000;

  // wired by the interpreter at bootstrap
  call!: (callable: PyObj, args: readonly PyObj[], kwargs: KwArgs | null) => PyObj;
  resumeGenerator!: (gen: PyGenerator, sent: PyObj | null) => PyObj | null;
  resumeFull!: (gen: PyGenerator, sent?: PyObj | null, thrown?: PyInstance | null) => GeneratorStep;
  construct!: (type: PyType, args: readonly PyObj[], kwargs: KwArgs | null) => PyObj;
  runClassBody!: (body: PyObj & { kind: 'function' }, ns: PyDict) => PyObj | null;
  currentFrame!: () => Frame | null;
  /** recursion the engine's own code does (repr of nested containers, comparisons): counted like frames */
  enterRecursion!: (suffix: string) => void;
  leaveRecursion!: () => void;
  currentGlobals!: () => PyDict;
  currentLocals!: () => PyDict;
  buildClass!: PyObj;
  builtins!: PyDict;
  readonly typeCalls = new Map<PyType, TypeCall>();
  onLine: ((frame: Frame, line: number) => void) | null = null;

  stderr = '';
  closeGenerator!: (gen: PyGenerator) => boolean;
  finishGenerator!: (gen: PyGenerator) => void;

  /** Stores an attribute straight into an instance's dict (reference taken). */
  setAttrDirect(obj: PyInstance, name: string, value: PyObj): void {
    const d = instanceDict(this, obj);
    if (!d) {
      this.decref(value);
      return;
    }
    const old = dictSetStr(this, d, name, value);
    if (old) this.decref(old);
  }

  /** Adds to a set, taking the item's reference. */
  setAddOwned(set: PyObj & { kind: 'set' }, item: PyObj): void {
    setAdd(this, set, item);
    this.decref(item);
  }

  /** Appends to a list, taking the item's reference. */
  listPush(list: PyList, item: PyObj): void {
    listAppend(this, list, item);
    this.decref(item);
  }

  /** An exception that cannot propagate (in __del__, a weakref callback): reported on stderr. */
  reportIgnored(e: unknown, where: string): void {
    this.stderr += ignoredMessage(this, e, where);
  }

  describeException(exc: PyInstance): string {
    return exceptionStr(this, exc);
  }

  /** observers for tools that watch a run (the level solver's probes) */
  onOutput: ((text: string) => void) | null = null;
  onGcCollect: ((found: number) => void) | null = null;

  /**
   * sys.stdout's buffer as io.TextIOWrapper keeps it: the first pending write is held as is,
   * a second one turns the pending data into a list (a GC allocation the automatic collector
   * counts) until 8 KiB are pending and get flushed.
   */
  private pendingWrites: 0 | 1 | 2 = 0;
  private pendingBytes = 0;

  private wroteBefore = false;

  /** One call of sys.stdout.write (print makes one per argument, separator and end). */
  writePiece(text: string): void {
    if (!this.wroteBefore) {
      // the first write to stdout leaves one GC object behind in CPython 3.11 (measured)
      this.wroteBefore = true;
      this.heap.phantomAllocation();
    }
    if (this.pendingWrites === 1) {
      this.heap.phantomList();
      this.pendingWrites = 2;
    } else if (this.pendingWrites === 0) this.pendingWrites = 1;
    this.pendingBytes += utf8Length(text);
    if (this.pendingBytes >= 8192) {
      if (this.pendingWrites === 2) this.heap.phantomListFree();
      this.pendingWrites = 0;
      this.pendingBytes = 0;
    }
    this.write(text);
  }

  write(text: string): void {
    // output past the limit is never written (nor held): what fits is, then the run stops
    const room = this.maxOutputChars - this.stdout.length;
    const fits = text.length <= room ? text : text.slice(0, Math.max(0, room));
    if (fits !== '') {
      this.onOutput?.(fits);
      this.stdout += fits;
      this.recorder?.output(fits);
    }
    if (fits !== text) {
      throw new BudgetExceeded('memory', `stopped: the program printed more than ${this.maxOutputChars.toLocaleString('en-US')} characters`);
    }
  }

  keyError(key: PyObj): PyException {
    return new PyException(this.exception(this.types.KeyError, [this.incref(key)]));
  }

  instantiateException(v: PyObj): PyInstance {
    return instantiateException(this, v);
  }

  iterateToArray(o: PyObj): PyObj[] {
    return iterateToArray(this, o);
  }

  tupleFromIterable(o: PyObj): PyTuple {
    return tupleFromIterable(this, o);
  }

  truthy(o: PyObj): boolean {
    return truthy(this, o);
  }

  rangeLength(r: PyObj & { kind: 'range' }): bigint {
    return rangeLengthOf(r.start, r.stop, r.step);
  }

  /** A list holding exactly these items (references taken), sized as `list(iterable)` would be. */
  listFromSequence(items: PyObj[]): PyList {
    return this.list(items, items.length);
  }

  modPow(base: bigint, exp: bigint, mod: bigint): bigint {
    return intModPow(base, exp, mod);
  }

  hashOf(o: PyObj): bigint {
    return hashOf(this, o);
  }

  get recorder(): Recorder | null {
    return this.heap.recorder;
  }

  incref<T extends PyObj>(o: T): T {
    this.heap.incref(o);
    return o;
  }

  decref(o: PyObj): void {
    this.heap.decref(o);
  }

  xdecref(o: PyObj | null | undefined): void {
    if (o) this.heap.decref(o);
  }

  /** Builds an object record with a fresh id and rc 1. */
  make<T extends PyObj>(fields: Omit<T, 'id' | 'rc' | 'flags' | 'weakrefs'>, gcCounted: boolean, bytes = 32): T {
    const obj = { id: this.heap.newId(), rc: 1, flags: 0, weakrefs: null, ...fields } as unknown as T;
    this.chargeMemory(bytes);
    return this.heap.register(obj, gcCounted, bytes);
  }

  /** Flags an object as shared by CPython's caches (never asked about, never freed). */
  cache<T extends PyObj>(o: T): T {
    o.flags |= Flag.Cached;
    return o;
  }

  chargeMemory(bytes: number): void {
    const wanted = this.heap.bytesInUse + bytes;
    if (wanted > this.budgets.maxBytes && !this.makingMemoryError) {
      // after a MemoryError, the reserve lets its traceback and the handler run (CPython keeps
      // memory for that too); it closes again once usage is back under the cap
      if (!this.inMemoryReserve || wanted > this.budgets.maxBytes + MEMORY_RESERVE_BYTES) throw this.memoryError(bytes);
    } else if (this.inMemoryReserve && wanted <= this.budgets.maxBytes) {
      this.inMemoryReserve = false;
    }
    // allocating is work too: copying a big list allocates in proportion to what it copies
    this.chargeWork(1 + (bytes >> 6));
  }

  /**
   * Before one operation that nothing can interrupt once it starts (a big-int power or product):
   * charges the memory of its result, and stops the run now if the operation's estimated time
   * alone would pass the deadline (halved, so a fast machine is not refused what it can do).
   */
  chargeBeforeBuilding(bytes: number, estimatedMillis: number, what: string): void {
    if (!Number.isFinite(bytes)) throw this.memoryError(Number.MAX_SAFE_INTEGER);
    this.chargeMemory(bytes);
    if (performance.now() + estimatedMillis / 2 > this.deadline) {
      const seconds = (this.budgets.maxMillis / 1000).toLocaleString('en-US');
      throw new BudgetExceeded('time', `stopped: ${what} would take longer than the ${seconds}-second limit for the whole program`);
    }
  }

  /** Starts the wall-clock budget: from now on, chargeWork stops the run at the deadline. */
  startClock(): void {
    this.deadline = performance.now() + this.budgets.maxMillis;
  }

  /**
   * Counts work (a line, an iteration, an allocation); every few thousand units, looks at the
   * clock and stops a run that has passed its deadline, wherever it is (a builtin's loop too).
   */
  chargeWork(units: number): void {
    this.workDone += units;
    if (this.workDone < this.nextClockCheck) return;
    this.nextClockCheck = this.workDone + WORK_PER_CLOCK_CHECK;
    if (performance.now() > this.deadline) {
      const seconds = (this.budgets.maxMillis / 1000).toLocaleString('en-US');
      throw new BudgetExceeded('time', `stopped after ${seconds} seconds: the program runs too long for the simulator (it may loop forever)`);
    }
  }

  memoryError(bytes: number): PyException {
    const mb = Math.round(this.budgets.maxBytes / (1024 * 1024));
    // the exception itself takes a few objects beyond the cap (CPython keeps MemoryErrors in
    // reserve for the same reason); refusing them would recurse until the stack runs out
    this.makingMemoryError = true;
    this.inMemoryReserve = true;
    try {
      return this.error(this.types.MemoryError, `the simulator's memory cap (${mb} MB) would be exceeded by allocating ${bytes} bytes`);
    } finally {
      this.makingMemoryError = false;
    }
  }

  int(value: bigint): PyInt {
    if (value >= -5n && value <= 256n) {
      const o = this.smallInts[Number(value) + 5]!;
      o.rc++;
      return o;
    }
    return this.make<PyInt>({ kind: 'int', value, cls: this.types.int }, false, intObjectBytes(value));
  }

  intFromNumber(n: number): PyInt {
    return this.int(BigInt(n));
  }

  float(value: number): PyFloat {
    return this.make<PyFloat>({ kind: 'float', value, cls: this.types.float }, false, 24);
  }

  str(value: string): PyStr {
    if (value.length === 0) return this.incref(this.emptyStr);
    if (value.length === 1) {
      const code = value.charCodeAt(0);
      if (code < 256) return this.incref(this.latin1Chars[code]!);
    }
    return this.make<PyStr>({ kind: 'str', value, cls: this.types.str }, false, 49 + value.length);
  }

  /** A new str object even for one character (what long_to_decimal_string and friends make). */
  freshStr(value: string): PyStr {
    if (value.length === 0) return this.incref(this.emptyStr);
    return this.make<PyStr>({ kind: 'str', value, cls: this.types.str }, false, 49 + value.length);
  }

  /** The interned string for `value` (sys.intern, identifier-like literals). */
  intern(value: string): PyStr {
    let s = this.interned.get(value);
    if (!s) {
      s = this.str(value);
      if (s.rc === 1 || !(s.flags & Flag.Cached)) {
        s.flags |= Flag.Interned | Flag.Cached;
      }
      this.interned.set(value, s);
      return this.incref(s);
    }
    return this.incref(s);
  }

  bool(b: boolean): PyInt {
    return this.incref(b ? this.True : this.False);
  }

  none(): PyObj {
    return this.incref(this.None);
  }

  list(items: PyObj[], allocated = items.length): PyList {
    return this.make<PyList>({ kind: 'list', items, allocated, cls: this.types.list }, true, 56 + 8 * allocated);
  }

  tuple(items: PyObj[]): PyTuple {
    if (items.length === 0) return this.incref(this.emptyTuple);
    return this.make<PyTuple>({ kind: 'tuple', items, cls: this.types.tuple }, true, 40 + 8 * items.length);
  }

  dict(): PyDict {
    return this.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: this.types.dict }, true, 64);
  }

  set(frozen = false): PyObj & { kind: 'set' } {
    return this.make({ kind: 'set', store: new SetStore(), frozen, cls: frozen ? this.types.frozenset : this.types.set }, true, 216);
  }

  /** A new exception instance of `type` with `args` (references taken). */
  exception(type: PyType, args: PyObj[]): PyInstance {
    const argsTuple = this.tuple(args);
    const exc = this.make<PyInstance>({
      kind: 'instance',
      cls: type,
      dict: null,
      slots: null,
      exc: { args: argsTuple, cause: null, context: null, suppressContext: false, traceback: null },
    }, true, 72);
    if (!type.builtin) this.incref(type);
    return exc;
  }

  /** The exception to throw for a builtin error with CPython's message. */
  error(type: PyType, message: string | null): PyException {
    return new PyException(this.exception(type, message === null ? [] : [this.str(message)]));
  }

  typeError(message: string): PyException {
    return this.error(this.types.TypeError, message);
  }

  valueError(message: string): PyException {
    return this.error(this.types.ValueError, message);
  }

  /** Sets up the caches; called once the builtin types exist. */
  initCaches(): void {
    for (let v = -5; v <= 256; v++) {
      this.smallInts.push(this.cache(this.make<PyInt>({ kind: 'int', value: BigInt(v), cls: this.types.int }, false, 28)));
    }
    this.emptyStr = this.cache(this.make<PyStr>({ kind: 'str', value: '', cls: this.types.str }, false, 49));
    this.interned.set('', this.emptyStr);
    for (let c = 0; c < 256; c++) {
      const s = this.cache(this.make<PyStr>({ kind: 'str', value: String.fromCharCode(c), cls: this.types.str }, false, 50));
      this.latin1Chars.push(s);
      if (STARTUP_INTERNED_CHARS.includes(s.value)) {
        // start-up code (3.11's deep-frozen modules) interned its own object for this letter,
        // so a literal 'a' is that object while 'xa'[1] is the latin-1 singleton (get_latin1_char)
        const own = this.cache(this.make<PyStr>({ kind: 'str', value: s.value, cls: this.types.str }, false, 50));
        own.flags |= Flag.Interned;
        this.interned.set(s.value, own);
      }
    }
    this.emptyTuple = this.cache(this.make<PyTuple>({ kind: 'tuple', items: [], cls: this.types.tuple }, false, 40));
  }
}
