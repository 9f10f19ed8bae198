// dict.update semantics (dict_update_arg / PyDict_Merge / PyDict_MergeFromSeq2): from a dict,
// from any object with keys(), or from an iterable of key/value pairs.
import { getAttr, lookupInMro, typeName } from './attributes';
import { dictGet, dictSet } from './dict-ops';
import { getIter, iterNext, iterateToArray } from './iteration';
import type { PyDict, PyObj } from './objects';
import type { Runtime } from './runtime';
import { getItem, userMethod } from './sequences';

export interface MergeOptions {
  /** `{**x}` (DICT_UPDATE): only mappings; others raise "'int' object is not a mapping" */
  readonly mappingOnly?: boolean;
  /**
   * `f(**x)` (DICT_MERGE): the callee as CPython names it (`__main__.f()`); duplicate keys and
   * non-mappings raise its TypeErrors
   */
  readonly kwargsFor?: string;
}

/**
 * `target.update(source)` (dict.update / dict_update_arg semantics: a dict, an object with
 * keys(), or an iterable of pairs); entries in the source's order, a replaced value released
 * at once.
 */
export function dictMergeInto(rt: Runtime, target: PyDict, source: PyObj, options: MergeOptions = {}): void {
  const callee = options.kwargsFor;
  if (callee !== undefined) {
    if (!hasKeys(rt, source)) throw rt.typeError(`${callee} argument after ** must be a mapping, not ${typeName(source)}`);
    const keys = source.kind === 'dict' ? source.store.entries().map(([k]) => k) : [];
    for (const k of keys) {
      if (dictGet(rt, target, k) !== undefined) {
        throw rt.typeError(`${callee} got multiple values for keyword argument '${k.kind === 'str' ? k.value : '?'}'`);
      }
    }
  } else if (options.mappingOnly && !hasKeys(rt, source)) {
    throw rt.typeError(`'${typeName(source)}' object is not a mapping`);
  }
  if (source.kind === 'dict' && !userMethod(source, '__iter__')) {
    // dict_merge presizes the target for the source (or clones its table) before inserting
    target.store.sizing.update(source.store.sizing);
    // a snapshot: updating a dict from itself must not see its own changes
    for (const [k, v] of source.store.entries()) dictSet(rt, target, k, v);
    return;
  }
  if (hasKeys(rt, source)) {
    mergeFromMapping(rt, target, source);
    return;
  }
  mergeFromPairs(rt, target, source);
}

function hasKeys(rt: Runtime, o: PyObj): boolean {
  if (o.kind === 'dict') return true;
  if (o.kind !== 'instance') return false;
  return lookupInMro(o.cls, 'keys') !== null;
}

/** PyDict_Merge on a mapping: `for k in b.keys(): a[k] = b[k]`. */
function mergeFromMapping(rt: Runtime, target: PyDict, source: PyObj): void {
  const keysMethod = getAttr(rt, source, 'keys');
  let keysResult: PyObj;
  try {
    keysResult = rt.call(keysMethod, [], null);
  } finally {
    rt.decref(keysMethod);
  }
  const keys = (() => {
    try {
      return iterateToArray(rt, keysResult);
    } finally {
      rt.decref(keysResult);
    }
  })();
  try {
    for (const k of keys) {
      const v = getItem(rt, source, k);
      try {
        dictSet(rt, target, k, v);
      } finally {
        rt.decref(v);
      }
    }
  } finally {
    rt.heap.decrefAll(keys);
  }
}

/** PyDict_MergeFromSeq2: each item must be a 2-item iterable. */
function mergeFromPairs(rt: Runtime, target: PyDict, source: PyObj): void {
  const it = getIter(rt, source);
  try {
    let index = 0;
    for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it), index++) {
      try {
        const pair = pairOf(rt, item, index);
        try {
          dictSet(rt, target, pair[0]!, pair[1]!);
        } finally {
          rt.heap.decrefAll(pair);
        }
      } finally {
        rt.decref(item);
      }
    }
  } finally {
    rt.decref(it);
  }
}

function pairOf(rt: Runtime, item: PyObj, index: number): PyObj[] {
  let pair: PyObj[];
  try {
    pair = iterateToArray(rt, item);
  } catch (e) {
    if (isTypeError(rt, e)) {
      throw rt.typeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
    }
    throw e;
  }
  if (pair.length !== 2) {
    rt.heap.decrefAll(pair);
    throw rt.valueError(`dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
  }
  return pair;
}

function isTypeError(rt: Runtime, e: unknown): boolean {
  const exc = (e as { exc?: PyObj }).exc;
  if (!exc || !exc.cls.mro.includes(rt.types.TypeError)) return false;
  rt.decref(exc);
  return true;
}
