// The sizing of CPython 3.11's dicts (Objects/dictobject.c), for `sys.getsizeof(dict)`.
// Dicts iterate in insertion order, so no probing needs emulating: what varies is the keys
// object behind the dict (its log2 size, its kind, its usable/nentries counters) and when it
// is replaced. Keys are identified by a caller-chosen token: equal tokens must mean equal
// Python keys (e.g. the hash plus a canonical value, or a heap id for identity-hashed objects).
//
// sizeof = 64 (PyDictObject 48 + GC header 16)
//        + split table:    8 * (shared nentries + shared usable)   (keys are the class's)
//        + own keys object: 32 + index bytes + usable * (24 general | 16 all-str entries)

export type KeyToken = string | number | bigint;

/** sys.getsizeof({}) */
export const DICT_BASE_SIZE = 64;
const KEYS_HEADER_SIZE = 32;
const LOG_MINSIZE = 3;
/** SHARED_KEYS_MAX_SIZE: at most this many attribute names share one class-wide keys object */
const SHARED_KEYS_MAX_SIZE = 30;
/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE */
const SHARED_KEYS_LOG2 = 6;

/** USABLE_FRACTION: two thirds of the slots hold entries */
const usableFraction = (size: number): number => Math.floor((size << 1) / 3);

/**
 * `calculate_log2_keysize` as 3.11 computes it on 64-bit Linux:
 * `bit_length(((minsize | 8) - 1) | 7)`. This is not always the smallest power of two
 * >= minsize: 3 gives 16 slots and 16 gives 32, and CPython really allocates that.
 */
export function calculateLog2KeySize(minSize: number): number {
  const bits = ((minSize | 8) - 1) | 7;
  return bits.toString(2).length;
}

/** `estimate_log2_keysize`: a table that holds n entries without resizing */
export function estimateLog2KeySize(n: number): number {
  return calculateLog2KeySize(Math.floor((n * 3 + 1) / 2));
}

/** `new_keys_object`: the index array uses 1, 2, 4 or 8 bytes per slot */
function indexBytesLog2(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/** `_PyDict_KeysSize` */
export function keysObjectSize(log2Size: number, unicode: boolean): number {
  return KEYS_HEADER_SIZE + 2 ** indexBytesLog2(log2Size) + usableFraction(2 ** log2Size) * (unicode ? 16 : 24);
}

/**
 * A class's shared keys (`ht_cached_keys`, `_PyDict_NewKeysForClass`): the attribute names of
 * its instances. `usable` starts at 30 and shrinks by one for every instance created
 * (`init_inline_values`), so instance dicts get smaller as a class gains instances.
 */
export class SharedKeys {
  readonly names: KeyToken[] = [];
  usable = SHARED_KEYS_MAX_SIZE;

  /** call when an instance of the class is created */
  onNewInstance(): void {
    if (this.usable > 1) this.usable--;
  }

  /** `shared_keys_usable_size` */
  get usableSize(): number {
    return this.names.length + this.usable;
  }

  /** `insert_into_dictkeys`: false when the name does not fit (the dict then becomes combined) */
  addName(token: KeyToken): boolean {
    if (this.names.includes(token)) return true;
    if (this.usable <= 0) return false;
    this.names.push(token);
    this.usable--;
    return true;
  }
}

interface KeysObject {
  readonly log2Size: number;
  readonly unicode: boolean;
  usable: number;
  /** entry slots in order; undefined for deleted entries (nentries = entries.length) */
  readonly entries: (KeyToken | undefined)[];
}

/** what `dict_merge` / `set_merge`-style callers read from a dict */
export interface DictKeyRef {
  readonly token: KeyToken;
  /** PyUnicode_CheckExact(key) */
  readonly isStr: boolean;
}

export class DictSizing {
  /** undefined: the shared empty keys (Py_EMPTY_KEYS) */
  private keys: KeysObject | undefined;
  /** set while this is a split instance dict */
  private shared: SharedKeys | undefined;
  /** the live keys in insertion order, with their str-ness */
  private live = new Map<KeyToken, boolean>();

  /** `PyDict_New()`: `{}`, `dict()` */
  static empty(): DictSizing {
    return new DictSizing();
  }

  /** `dict_new_presized`: what BUILD_MAP n / BUILD_CONST_KEY_MAP n allocate before inserting */
  static presized(minUsed: number, allStr: boolean): DictSizing {
    const dict = new DictSizing();
    if (minUsed <= usableFraction(8)) return dict;
    const log2 = minUsed > usableFraction(1 << 17) ? 17 : estimateLog2KeySize(minUsed);
    dict.keys = newKeys(log2, allStr);
    return dict;
  }

  /**
   * A dict display `{k: v, ...}` without `**`, as Python/compile.c compiler_dict builds it:
   * up to 16 items are one presized BUILD_MAP; longer displays go in chunks of 17 items added
   * to an empty dict, merged in order with DICT_UPDATE, and a final presized chunk.
   */
  static fromDisplay(keys: readonly DictKeyRef[]): DictSizing {
    const chunks: { readonly keys: readonly DictKeyRef[]; readonly presized: boolean }[] = [];
    let start = 0;
    let elements = 0;
    for (let index = 0; index < keys.length; index++) {
      if (elements * 2 > 30) {
        chunks.push({ keys: keys.slice(start, index + 1), presized: false });
        start = index + 1;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) chunks.push({ keys: keys.slice(start), presized: true });
    if (chunks.length === 0) return DictSizing.empty();
    const built = chunks.map((chunk) => {
      const dict = chunk.presized
        ? DictSizing.presized(chunk.keys.length, chunk.keys.every((key) => key.isStr))
        : DictSizing.empty();
      for (const key of chunk.keys) dict.set(key.token, key.isStr);
      return dict;
    });
    const [first, ...rest] = built;
    for (const chunk of rest) first!.update(chunk);
    return first!;
  }

  /**
   * The empty dict `dict.fromkeys(source)` fills (`_PyDict_FromKeys`): from an exact dict or set
   * it is first resized to hold `count` keys (str-only when the source dict's keys are; a set
   * source gets a general table), so its size differs from growing key by key.
   */
  static forFromKeys(source: 'dict' | 'set', count: number, sourceUnicodeKeys = false): DictSizing {
    const dict = new DictSizing();
    dict.resize(estimateLog2KeySize(count), source === 'dict' && sourceUnicodeKeys);
    return dict;
  }

  /** `dict.fromkeys(iterable)` (`_PyDict_FromKeys`); for a dict source pass its `unicodeKeys` */
  static fromKeys(source: 'dict' | 'set' | 'iterable', keys: readonly DictKeyRef[], sourceUnicodeKeys = false): DictSizing {
    const dict = source === 'iterable' ? new DictSizing() : DictSizing.forFromKeys(source, keys.length, sourceUnicodeKeys);
    for (const key of keys) dict.set(key.token, key.isStr);
    return dict;
  }

  /** an instance `__dict__` (split table) of a class whose names are `shared` */
  static instanceDict(shared: SharedKeys): DictSizing {
    const dict = new DictSizing();
    dict.shared = shared;
    return dict;
  }

  get size(): number {
    return this.live.size;
  }

  get isSplit(): boolean {
    return this.shared !== undefined;
  }

  /** log2 of the keys object's slot count (0 for the shared empty keys) */
  get log2Size(): number {
    if (this.shared !== undefined) return SHARED_KEYS_LOG2;
    return this.keys?.log2Size ?? 0;
  }

  /** whether the keys object is the compact str-only kind (16-byte entries) */
  get unicodeKeys(): boolean {
    return this.shared !== undefined || (this.keys?.unicode ?? true);
  }

  /** `dict.__sizeof__` (`_PyDict_SizeOf`) plus the GC header, i.e. sys.getsizeof */
  sizeof(): number {
    if (this.shared !== undefined) return DICT_BASE_SIZE + 8 * this.shared.usableSize;
    if (this.keys === undefined) return DICT_BASE_SIZE;
    return DICT_BASE_SIZE + keysObjectSize(this.keys.log2Size, this.keys.unicode);
  }

  /** `d[key] = value` (`PyDict_SetItem` -> insert_to_emptydict / insertdict) */
  set(token: KeyToken, isStr: boolean): void {
    if (this.shared !== undefined) return this.setSplit(token, isStr);
    if (this.keys === undefined) {
      this.keys = newKeys(LOG_MINSIZE, isStr);
      this.append(token, isStr);
      return;
    }
    if (this.keys.unicode && !isStr) this.resize(calculateLog2KeySize(this.live.size * 3), false);
    if (this.live.has(token)) return;
    if (this.keys.usable <= 0) this.resize(calculateLog2KeySize(this.live.size * 3), true);
    this.append(token, isStr);
  }

  /** `del d[key]`, `d.pop(key)`: the entry becomes a hole; nothing shrinks */
  delete(token: KeyToken): boolean {
    if (!this.live.delete(token)) return false;
    if (this.keys !== undefined) {
      const index = this.keys.entries.indexOf(token);
      this.keys.entries[index] = undefined;
    }
    return true;
  }

  /** `d.popitem()`: removes the last entry; a split dict becomes combined first */
  popitem(): KeyToken | undefined {
    if (this.live.size === 0) return undefined;
    if (this.shared !== undefined) this.resize(SHARED_KEYS_LOG2, true);
    const entries = this.keys!.entries;
    let index = entries.length - 1;
    while (entries[index] === undefined) index--;
    const token = entries[index]!;
    entries.length = index;
    this.live.delete(token);
    return token;
  }

  /** `d.clear()`: back to the shared empty keys */
  clear(): void {
    this.keys = undefined;
    this.shared = undefined;
    this.live.clear();
  }

  /** the live keys in insertion order */
  *keyRefs(): IterableIterator<DictKeyRef> {
    for (const [token, isStr] of this.live) yield { token, isStr };
  }

  /** `d.copy()`, `dict(d)` is `update` into an empty dict (`PyDict_Copy`) */
  copy(): DictSizing {
    const copy = new DictSizing();
    if (this.live.size === 0) return copy;
    if (this.shared !== undefined) {
      copy.shared = this.shared;
      copy.live = new Map(this.live);
      return copy;
    }
    const keys = this.keys!;
    if (this.live.size >= Math.floor((keys.entries.length * 2) / 3)) {
      copy.cloneKeysOf(this);
      return copy;
    }
    copy.update(this);
    return copy;
  }

  /** `d.update(other)`, `d |= other`, DICT_UPDATE, `dict(other)` (`dict_merge`) */
  update(other: DictSizing): void {
    if (other === this || other.live.size === 0) return;
    if (this.live.size === 0 && other.shared === undefined && other.keys !== undefined) {
      const keys = other.keys;
      if (other.live.size === keys.entries.length && (keys.log2Size === LOG_MINSIZE || usableFraction(2 ** keys.log2Size / 2) < other.live.size)) {
        this.shared = undefined;
        this.cloneKeysOf(other);
        return;
      }
    }
    // Py_EMPTY_KEYS has dk_log2_size 0: an empty target is always presized for the other
    const log2Size = this.shared !== undefined ? SHARED_KEYS_LOG2 : (this.keys?.log2Size ?? 0);
    const capacity = usableFraction(2 ** log2Size);
    if (capacity < other.live.size) {
      this.resize(estimateLog2KeySize(this.live.size + other.live.size), other.unicodeKeys);
    }
    for (const key of [...other.keyRefs()]) this.set(key.token, key.isStr);
  }

  private append(token: KeyToken, isStr: boolean): void {
    const keys = this.keys!;
    keys.entries.push(token);
    keys.usable--;
    this.live.set(token, isStr);
  }

  private cloneKeysOf(other: DictSizing): void {
    const keys = other.keys!;
    this.keys = { log2Size: keys.log2Size, unicode: keys.unicode, usable: keys.usable, entries: [...keys.entries] };
    this.live = new Map(other.live);
  }

  /** `dictresize`: a fresh keys object holding only the live entries; str-only kind is kept only if asked */
  private resize(log2Size: number, unicode: boolean): void {
    const keepUnicode = unicode && this.unicodeKeys;
    this.shared = undefined;
    this.keys = newKeys(log2Size, keepUnicode);
    this.keys.entries.push(...this.live.keys());
    this.keys.usable -= this.live.size;
  }

  /** insertdict on a split table: names go into the class's shared keys while they fit */
  private setSplit(token: KeyToken, isStr: boolean): void {
    const shared = this.shared!;
    if (!isStr) {
      this.resize(calculateLog2KeySize(this.live.size * 3), false);
      this.set(token, isStr);
      return;
    }
    if (this.live.has(token)) return;
    if (shared.names.includes(token) || shared.addName(token)) {
      this.live.set(token, true);
      return;
    }
    this.resize(calculateLog2KeySize(this.live.size * 3), true);
    this.set(token, isStr);
  }
}

function newKeys(log2Size: number, unicode: boolean): KeysObject {
  return { log2Size, unicode, usable: usableFraction(2 ** log2Size), entries: [] };
}
