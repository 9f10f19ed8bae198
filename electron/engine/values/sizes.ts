// `sys.getsizeof` for 64-bit CPython 3.11. getsizeof is `__sizeof__` plus the 16-byte GC
// header for objects the cycle collector tracks (Python/sysmodule.c, _PySys_GetSizeOf).
// Sets and dicts have their own models: SetTable.sizeof() and DictSizing.sizeof().

/** PyGC_Head: added by getsizeof for every GC-capable object */
export const GC_HEADER_SIZE = 16;
/** `float`: PyFloatObject */
export const FLOAT_SIZE = 24;
/** `None`, `object()`, NotImplemented, Ellipsis: a bare PyObject */
export const BARE_OBJECT_SIZE = 16;
/** `range(...)`: rangeobject (start, stop, step, length), whatever the bounds */
export const RANGE_SIZE = 48;
/** a Python function: PyFunctionObject + GC header, whatever its code, defaults or closure */
export const FUNCTION_SIZE = 152;
/** an instance of a plain class (managed `__dict__` and `__weakref__`) + GC header */
export const INSTANCE_WITH_DICT_SIZE = 56;
/** PyGenObject up to its frame's `localsplus` + GC header; see `generatorSize` */
export const GENERATOR_BASE_SIZE = 168;

const PyLong_SHIFT = 30n;

/** `int.__sizeof__` (long_sizeof): 24 + 4 bytes per 30-bit digit, one digit even for 0 */
export function intSize(value: bigint): number {
  let magnitude = value < 0n ? -value : value;
  let digits = 0;
  while (magnitude > 0n) {
    magnitude >>= PyLong_SHIFT;
    digits++;
  }
  return 24 + 4 * Math.max(digits, 1);
}

/** `True` and `False` are ints: 28 */
export function boolSize(value: boolean): number {
  return intSize(value ? 1n : 0n);
}

/**
 * `str.__sizeof__` (unicode__sizeof__) for a fresh compact string: ASCII strings are a
 * 48-byte PyASCIIObject + len + 1; others a 72-byte PyCompactUnicodeObject + (len + 1) *
 * (1, 2 or 4 bytes per code point by the largest one). A string whose UTF-8 form was
 * requested (e.g. by some C APIs) would be larger; the engine assumes fresh strings.
 */
export function strSize(text: string): number {
  let length = 0;
  let maxChar = 0;
  for (const char of text) {
    length++;
    maxChar = Math.max(maxChar, char.codePointAt(0)!);
  }
  if (maxChar < 0x80) return 48 + length + 1;
  const kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
  return 72 + (length + 1) * kind;
}

/** `bytes.__sizeof__`: PyBytesObject header (32 + trailing NUL) + the bytes */
export function bytesSize(length: number): number {
  return 33 + length;
}

/** `tuple.__sizeof__` + GC header: 40 + 8 per item (`()` is 40) */
export function tupleSize(length: number): number {
  return 24 + 8 * length + GC_HEADER_SIZE;
}

/** `list.__sizeof__` + GC header: 56 + 8 per allocated slot (see ListAllocation) */
export function listSize(allocated: number): number {
  return 40 + 8 * allocated + GC_HEADER_SIZE;
}

/** an instance of a class with `__slots__` and no `__dict__`: header + one pointer per slot + GC */
export function slotsInstanceSize(slotCount: number): number {
  return BARE_OBJECT_SIZE + 8 * slotCount + GC_HEADER_SIZE;
}

/**
 * `gen_sizeof` in Objects/genobject.c: the generator embeds its frame, whose `localsplus`
 * holds co_nlocalsplus slots (locals, cells and free variables, each once; a generator
 * expression has its `.0` iterator as a local) and co_stacksize stack slots.
 */
export function generatorSize(nLocalsPlus: number, stackSize: number): number {
  return GENERATOR_BASE_SIZE + 8 * (nLocalsPlus + stackSize);
}

/** a list's length and its over-allocated capacity, as PyListObject keeps them */
export interface ListState {
  readonly size: number;
  readonly allocated: number;
  /** `ob_item != NULL`: whether the list owns an item buffer (changes `extend` on empty lists) */
  readonly hasBuffer: boolean;
}

/** how `list(x)` / `extend(x)` sees its argument (Objects/listobject.c, list_extend) */
export type ListSource =
  /** an exact list or tuple: copied with a known length */
  | { readonly kind: 'sequence'; readonly length: number }
  /** any other iterable: `hint` is PyObject_LengthHint (len(), __length_hint__, else 8) */
  | { readonly kind: 'iterable'; readonly length: number; readonly hint: number };

/** a list whose length hint comes from len() or __length_hint__ (range, dict, set, str...) */
export const sizedIterable = (length: number): ListSource => ({ kind: 'iterable', length, hint: length });
/** a generator, map, filter, zip...: no hint, so CPython guesses 8 */
export const unsizedIterable = (length: number): ListSource => ({ kind: 'iterable', length, hint: 8 });

const EMPTY_LIST: ListState = { size: 0, allocated: 0, hasBuffer: false };

/** `list_resize`: keep the buffer while newSize is within [allocated/2, allocated], else over-allocate */
function resize(list: ListState, newSize: number): ListState {
  const { allocated } = list;
  if (allocated >= newSize && newSize >= allocated >> 1) return { ...list, size: newSize };
  let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
  // do not over-allocate when the growth is closer to the over-allocated size than to the old
  if (newSize - list.size > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
  if (newSize === 0) newAllocated = 0;
  return { size: newSize, allocated: newAllocated, hasBuffer: true };
}

/** `list_preallocate_exact`: rounded up to an even count (the allocator's 16-byte granularity) */
function preallocateExact(list: ListState, count: number): ListState {
  return { ...list, allocated: (count + 1) & ~1, hasBuffer: true };
}

/** `list_new_prealloc` (slices, concatenation, repetition, copy): exactly `size` slots */
function exact(size: number): ListState {
  return size <= 0 ? EMPTY_LIST : { size, allocated: size, hasBuffer: true };
}

/** `list_extend` */
function extend(list: ListState, source: ListSource): ListState {
  if (source.kind === 'sequence') {
    if (source.length === 0) return list;
    if (!list.hasBuffer) return { ...preallocateExact(list, source.length), size: source.length };
    return resize(list, list.size + source.length);
  }
  let state = list;
  if (!state.hasBuffer) {
    if (source.hint > 0) state = preallocateExact(state, source.hint);
  } else {
    state = { ...resize(state, state.size + source.hint), size: state.size };
  }
  for (let item = 0; item < source.length; item++) {
    state = state.size < state.allocated ? { ...state, size: state.size + 1 } : resize(state, state.size + 1);
  }
  return state.size < state.allocated ? resize(state, state.size) : state;
}

/** `list_ass_slice`: replace `removed` items by `inserted` ones; emptying frees the buffer */
function replaceSlice(list: ListState, removed: number, inserted: number): ListState {
  const change = inserted - removed;
  if (list.size + change === 0) return EMPTY_LIST;
  return change === 0 ? list : resize(list, list.size + change);
}

/**
 * How each list operation changes `allocated` in CPython 3.11. The interpreter keeps a
 * ListState per list and passes it through these on every mutation; `listSize(allocated)`
 * is then `sys.getsizeof`.
 */
export const ListAllocation = {
  empty: (): ListState => EMPTY_LIST,

  /**
   * A list display `[a, b, ...]` (Python/compile.c, starunpack_helper): 3+ constants become
   * BUILD_LIST 0 + LIST_EXTEND of a constant tuple (exact, rounded to even); more than 30
   * items become BUILD_LIST 0 + LIST_APPEND each; otherwise BUILD_LIST n (exactly n).
   */
  display(length: number, allConstant: boolean): ListState {
    if (length > 2 && allConstant) return extend(EMPTY_LIST, { kind: 'sequence', length });
    if (length > 30) return ListAllocation.appendMany(EMPTY_LIST, length);
    return exact(length);
  },

  /** `list(x)`, `sorted(x)`, `[*x]`: extend of a new empty list */
  fromIterable: (source: ListSource): ListState => extend(EMPTY_LIST, source),

  /** a list comprehension: appends to an empty list */
  comprehension: (length: number): ListState => ListAllocation.appendMany(EMPTY_LIST, length),

  append: (list: ListState): ListState => resize(list, list.size + 1),

  appendMany(list: ListState, count: number): ListState {
    let state = list;
    for (let item = 0; item < count; item++) state = resize(state, state.size + 1);
    return state;
  },

  /** `insert` (ins1) grows exactly like append */
  insert: (list: ListState): ListState => resize(list, list.size + 1),

  /** `extend(x)`, `+= x` */
  extend,

  /** `pop(index)`: popping the last item resizes; any other goes through list_ass_slice */
  pop: (list: ListState, index: number): ListState =>
    index === list.size - 1 ? resize(list, list.size - 1) : replaceSlice(list, 1, 0),

  /** `remove(x)`, `del a[i]`, `del a[i:j]`: `count` items removed by list_ass_slice */
  deleteItems: (list: ListState, count: number): ListState => (count === 0 ? list : replaceSlice(list, count, 0)),

  /** `a[i:j] = items` with step 1 */
  assignSlice: (list: ListState, removed: number, inserted: number): ListState => replaceSlice(list, removed, inserted),

  /** `del a[i:j:k]` with k != 1: the size is lowered first, then list_resize(size) */
  deleteExtendedSlice(list: ListState, count: number): ListState {
    if (count <= 0) return list;
    const shrunk = { ...list, size: list.size - count };
    return resize(shrunk, shrunk.size);
  },

  /** `clear()`, `del a[:]` on a whole list */
  clear: (): ListState => EMPTY_LIST,

  /** `a * n`, `a[i:j]`, `a[::k]`, `a + b`, `a.copy()`: a new list of exactly `length` slots */
  exact,

  /** `a *= n` (list_inplace_repeat) */
  inplaceRepeat(list: ListState, times: number): ListState {
    if (list.size === 0 || times === 1) return list;
    if (times < 1) return EMPTY_LIST;
    return resize(list, list.size * times);
  },
};
