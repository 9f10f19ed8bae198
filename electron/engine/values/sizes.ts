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
/** an instance of a plain class: header, `__weakref__` slot, GC header, managed-dict pre-header */
export const INSTANCE_WITH_DICT_SIZE = 56;
/** the dict and values pointers CPython 3.11 keeps before an object with a managed `__dict__` */
export const MANAGED_DICT_PRE_HEADER = 16;
/** a builtin type: sizeof(PyTypeObject) */
export const STATIC_TYPE_SIZE = 424;
/** a class: sizeof(PyHeapTypeObject) + GC header */
export const HEAP_TYPE_SIZE = 920;
/** ht_cached_keys: a shared-keys table of 2**6 slots with 42 unicode entries (_PyDict_NewKeysForClass) */
export const CACHED_KEYS_SIZE = 768;
/** list, tuple, str, range, reversed, map and filter iterators (two or three words + GC header) */
export const SEQUENCE_ITERATOR_SIZE = 48;
/** dict key/value/item iterators (dictiterobject) and enumerate (enumobject) */
export const DICT_ITERATOR_SIZE = 72;
/** set iterators (setiterobject) and zip (zipobject) */
export const SET_ITERATOR_SIZE = 64;
/** dict_keys / dict_values / dict_items (_PyDictViewObject) */
export const DICT_VIEW_SIZE = 40;
export const MODULE_SIZE = 72;
export const CELL_SIZE = 40;
/** a bound method (PyMethodObject) */
export const METHOD_SIZE = 64;
/** a builtin function or bound builtin method (PyCFunctionObject) */
export const BUILTIN_FUNCTION_SIZE = 72;
export const WEAKREF_SIZE = 80;
export const SLICE_SIZE = 56;
export const PROPERTY_SIZE = 80;
/** staticmethod and classmethod objects */
export const STATIC_OR_CLASS_METHOD_SIZE = 48;
export const SUPER_SIZE = 56;
export const TRACEBACK_SIZE = 56;

/** PyBaseExceptionObject (dict, args, notes, traceback, context, cause, suppress_context) */
const BASE_EXCEPTION_LAYOUT = 72;
/** builtin exceptions with fields of their own (Include/cpython/pyerrors.h) */
const EXCEPTION_LAYOUTS: Readonly<Record<string, number>> = {
  StopIteration: 80, SystemExit: 80, NameError: 80, UnboundLocalError: 80, AttributeError: 88,
  ImportError: 96, ModuleNotFoundError: 96, OSError: 112, SyntaxError: 136,
};

/** The basic size (without GC header) of an instance of the builtin exception `name`. */
export function exceptionLayoutSize(name: string): number {
  return EXCEPTION_LAYOUTS[name] ?? BASE_EXCEPTION_LAYOUT;
}

/** frame_sizeof: the frame object up to its embedded frame's `localsplus` + GC header, then one slot per local, cell, free variable and stack entry. */
export function frameSize(nLocalsPlus: number, stackSize: number): number {
  return 136 + 8 * (nLocalsPlus + stackSize);
}
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
