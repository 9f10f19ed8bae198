// Heap objects. Every Python value is one of these, with an id, a type and a reference count
// that follows CPython's: each holder (a frame slot, a container slot, an attribute, a value on
// an evaluation stack, a hidden holder such as a running iterator) owns one reference.
import type { CodeObject } from '../compiler/code';
import type { Frame } from '../vm/frame';
import type { DictStore } from './dict-store';
import type { SetStore } from './set-store';
import type { SharedKeys } from '../values/dict-table';
import type { TypeCompanions } from './type-companions';

export const enum Flag {
  /** a shared object CPython caches or keeps alive (small int, interned str, constant, singleton) */
  Cached = 1,
  /** freed: its memory is gone; any further use is an engine bug */
  Freed = 2,
  /** `__del__` already ran (CPython runs a finalizer at most once) */
  Finalized = 4,
  /** a container the cycle collector tracks */
  GcTracked = 8,
  /** found unreachable by the last analysis: held only by cycles, awaiting the collector */
  Unreachable = 16,
  /** a string in the interned table */
  Interned = 32,
  /** an instance's attribute dict that CPython 3.11 keeps inside the object (no own GC entry) */
  Managed = 64,
  /** an object of a type the cycle collector can track (CPython's Py_TPFLAGS_HAVE_GC) */
  GcType = 128,
}

interface Base {
  readonly id: number;
  rc: number;
  flags: number;
  cls: PyType;
  /** weak references to this object, oldest first */
  weakrefs: PyWeakref[] | null;
}

export interface PyInt extends Base { readonly kind: 'int'; readonly value: bigint }
export interface PyFloat extends Base { readonly kind: 'float'; readonly value: number }
export interface PyStr extends Base { readonly kind: 'str'; readonly value: string }
export interface PyNone extends Base { readonly kind: 'none' }
export interface PyEllipsis extends Base { readonly kind: 'ellipsis' }
export interface PyNotImplemented extends Base { readonly kind: 'notimplemented' }
export interface PyList extends Base {
  readonly kind: 'list';
  items: PyObj[];
  /** CPython's over-allocated capacity, which sys.getsizeof reports */
  allocated: number;
}
export interface PyTuple extends Base { readonly kind: 'tuple'; readonly items: PyObj[] }
export interface PyDict extends Base { readonly kind: 'dict'; readonly store: DictStore }
export interface PySet extends Base { readonly kind: 'set'; readonly store: SetStore; readonly frozen: boolean }
export interface PyRange extends Base {
  readonly kind: 'range';
  readonly start: bigint;
  readonly stop: bigint;
  readonly step: bigint;
}
export interface PySlice extends Base {
  readonly kind: 'slice';
  readonly start: PyObj;
  readonly stop: PyObj;
  readonly step: PyObj;
}
export interface PyCell extends Base { readonly kind: 'cell'; contents: PyObj | null }
export interface PyFunction extends Base {
  readonly kind: 'function';
  readonly code: CodeObject;
  readonly globals: PyDict;
  defaults: PyTuple | null;
  kwdefaults: PyDict | null;
  /** a tuple of cells, as `__closure__` */
  closure: PyTuple | null;
  name: string;
  qualname: string;
  /** function attributes (`f.x = 1`), created on first use */
  dict: PyDict | null;
}
/** A function implemented by the engine. `self` is set for methods bound to a builtin object. */
export interface PyBuiltin extends Base {
  readonly kind: 'builtin';
  readonly name: string;
  readonly impl: BuiltinImpl;
  readonly self: PyObj | null;
  /** for method descriptors of builtin types (`list.append`), the type they belong to */
  readonly owner: PyType | null;
}
export interface PyMethod extends Base { readonly kind: 'method'; readonly func: PyObj; readonly self: PyObj }
export interface PyType extends Base {
  readonly kind: 'type';
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[];
  readonly dict: PyDict;
  /** engine-defined types (int, list, Exception, ...) as opposed to `class` statements */
  readonly builtin: boolean;
  /** names declared in `__slots__` (including inherited ones, in layout order), or null */
  slotNames: string[] | null;
  /** whether instances carry a `__dict__` */
  hasDict: boolean;
  /** whether instances can be weakly referenced */
  supportsWeakref: boolean;
  /** the keys its instances' attribute dicts share (CPython's split tables), for sys.getsizeof */
  sharedKeys?: SharedKeys;
  /** for class statements: the tuples and descriptors CPython's type owns, kept as counts */
  companions?: TypeCompanions;
  /** for builtin types: the kind of object their instances are */
  readonly instanceKind: PyObj['kind'] | 'instance';
  /** cached lookup of `__del__` etc. is done through the mro; this marks exception types */
  isException: boolean;
}
export interface PyInstance extends Base {
  readonly kind: 'instance';
  /** the instance `__dict__`, materialized as a dict object; null when the class has __slots__ only */
  dict: PyDict | null;
  /** `__slots__` values in layout order (null = unset) */
  slots: (PyObj | null)[] | null;
  /** exceptions: their args tuple and the traceback machinery (null for other instances) */
  exc: ExceptionState | null;
}
export interface ExceptionState {
  args: PyTuple;
  cause: PyObj | null;
  context: PyObj | null;
  suppressContext: boolean;
  traceback: PyTraceback | null;
  /** NameError.name / AttributeError.name, AttributeError.obj: C members, owned references */
  name?: PyObj | null;
  obj?: PyObj | null;
}
export interface PyModule extends Base { readonly kind: 'module'; readonly name: string; readonly dict: PyDict }
export interface PyGenerator extends Base {
  readonly kind: 'generator';
  /** the suspended frame; null once the generator has finished and released it */
  frame: Frame | null;
  running: boolean;
  readonly name: string;
  readonly qualname: string;
}
export interface PyWeakref extends Base {
  readonly kind: 'weakref';
  referent: PyObj | null;
  readonly callback: PyObj | null;
}
export interface PyIterator extends Base {
  readonly kind: 'iterator';
  readonly iter: IteratorState;
}
export interface PyDictView extends Base {
  readonly kind: 'dictview';
  readonly dict: PyDict;
  readonly which: 'keys' | 'values' | 'items';
}
export interface PyProperty extends Base {
  readonly kind: 'property';
  readonly which: 'property' | 'staticmethod' | 'classmethod';
  readonly fget: PyObj | null;
  readonly fset: PyObj | null;
}
export interface PySuper extends Base { readonly kind: 'super'; readonly type: PyType; readonly obj: PyObj }
/**
 * A frame object (PyFrameObject), made when a traceback needs one. While its frame runs it
 * only points at it; when the frame ends while the object is still referenced, the object
 * takes over the frame's locals, which therefore stay alive as long as the traceback does.
 */
export interface PyFrameObject extends Base {
  readonly kind: 'frame';
  live: Frame | null;
  owned: (PyObj | null)[] | null;
  back: PyFrameObject | null;
  readonly name: string;
  readonly varnames: readonly string[];
  /** the frame's code, which frame_sizeof reads (co_nlocalsplus + co_stacksize) */
  readonly code: CodeObject;
  line: number;
}
export interface PyTraceback extends Base {
  readonly kind: 'traceback';
  frame: PyFrameObject | null;
  next: PyTraceback | null;
  readonly line: number;
}

export type IteratorState =
  | { readonly type: 'seq'; seq: PyObj | null; index: number } // list, tuple, str
  | { readonly type: 'reversed'; seq: PyObj | null; index: number }
  | { readonly type: 'range'; next: bigint; readonly step: bigint; remaining: bigint }
  | { readonly type: 'dict'; dict: PyDict | null; readonly which: 'keys' | 'values' | 'items'; pos: number; size: number; result: PyTuple | null }
  | { readonly type: 'set'; set: PySet | null; pos: number; size: number }
  | { readonly type: 'enumerate'; it: PyObj | null; count: bigint; result: PyTuple | null }
  | { readonly type: 'zip'; its: PyObj[] | null; result: PyTuple | null }
  | { readonly type: 'map'; fn: PyObj | null; its: PyObj[] | null }
  | { readonly type: 'filter'; fn: PyObj | null; it: PyObj | null };

export type PyObj =
  | PyInt | PyFloat | PyStr | PyNone | PyEllipsis | PyNotImplemented | PyList | PyTuple | PyDict
  | PySet | PyRange | PySlice | PyCell | PyFunction | PyBuiltin | PyMethod | PyType | PyInstance
  | PyModule | PyGenerator | PyWeakref | PyIterator | PyDictView | PyProperty | PySuper
  | PyFrameObject | PyTraceback;

/**
 * A builtin's body. Arguments are borrowed (the caller owns them); the result is a new
 * reference the caller now owns, as with CPython's C API.
 */
export type BuiltinImpl = (args: readonly PyObj[], kwargs: KwArgs | null, self: PyObj | null) => PyObj;
export type KwArgs = ReadonlyMap<string, PyObj>;
