// The methods of str: argument handling and CPython's errors here; the string work itself is
// the value layer's (values/strings.ts), tested character by character against CPython.
import type { KwArgs, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { defineMethods } from '../runtime/types';
import { iterateToArray } from '../runtime/iteration';
import { lookupInMro } from '../runtime/attributes';
import { numeric } from '../runtime/arith';
import { formatMethodObject } from '../runtime/string-format';
import * as V from '../values/strings';
import { asIndex, checkCall, type Convention } from './args';

type Impl = (args: readonly PyObj[], kwargs: KwArgs | null, self: PyObj | null) => PyObj;

export function installStrMethods(rt: Runtime): void {
  const str = (v: string) => rt.str(v);
  const list = (parts: string[]) => rt.list(parts.map(str));
  // an exact str whose method changed nothing returns itself (unicode_result_unchanged, do_strip)
  const sameOrNew = (result: string, me: PyObj): PyObj => (result === self(me) && me.cls === rt.types.str ? rt.incref(me) : str(result));
  // a split that found nothing to split on puts the string itself in the list (split_whitespace, splitlines)
  const splitResult = (parts: string[], me: PyObj): PyObj => (parts.length === 1 ? rt.list([sameOrNew(parts[0]!, me)]) : list(parts));
  const self = (o: PyObj | null) => (o as PyObj & { value: string }).value;
  /** `must`: the message up to the type, e.g. "must be str" (", not int" follows) */
  const text = (o: PyObj | undefined, must: string): string => {
    if (!o || o.kind !== 'str') throw rt.typeError(`${must}, not ${o ? o.cls.name : 'NoneType'}`);
    return o.value;
  };
  /** an Argument Clinic `str` parameter: _PyArg_BadArgument names None as "None" */
  const clinicText = (o: PyObj | undefined, must: string): string => {
    if (o && o.kind === 'str') return o.value;
    throw rt.typeError(`${must}, not ${!o || o === rt.None ? 'None' : o.cls.name}`);
  };
  /** start/end of find, count, startswith...: _PyEval_SliceIndex, converted before the needle is checked */
  const sliceIndex = (o: PyObj | undefined): number | null => {
    if (!o || o === rt.None) return null;
    if (o.kind !== 'int') throw rt.typeError('slice indices must be integers or None or have an __index__ method');
    return Number(o.value);
  };
  const optText = (o: PyObj | undefined, must: string): string | null => (!o || o === rt.None ? null : text(o, must));
  const call = <T>(f: () => T): T => numeric(rt, f);
  const named = (args: readonly PyObj[], kwargs: KwArgs | null, i: number, name: string): PyObj | undefined => args[i] ?? kwargs?.get(name);

  const split = (fromRight: boolean): Impl => (args, kwargs, me) => {
    // the clinic converts maxsplit (Py_ssize_t) while parsing; sep is checked in the body
    const max = named(args, kwargs, 1, 'maxsplit');
    const maxsplit = max ? Number(asIndex(rt, max)) : -1;
    const sep = optText(named(args, kwargs, 0, 'sep'), 'must be str or None');
    return splitResult(call(() => (fromRight ? V.strRsplit : V.strSplit)(self(me), sep, maxsplit)), me!);
  };
  const find = (fromRight: boolean, raise: boolean): Impl => (args, _k, me) => {
    const [start, end] = [sliceIndex(args[1]), sliceIndex(args[2])];
    const needle = text(args[0], 'must be str');
    const at = call(() => (raise ? V.strIndexOf : V.strFind)(self(me), needle, start, end, fromRight));
    return rt.int(BigInt(at));
  };
  const affix = (atEnd: boolean): Impl => (args, _k, me) => {
    const name = atEnd ? 'endswith' : 'startswith';
    const x = args[0]!;
    const [start, end] = [sliceIndex(args[1]), sliceIndex(args[2])];
    const bad = (o: PyObj) => rt.typeError(`${name} first arg must be str or a tuple of str, not ${o.cls.name}`);
    const badItem = (o: PyObj) => rt.typeError(`tuple for ${name} must only contain str, not ${o.cls.name}`);
    const prefixes = x.kind === 'tuple' ? x.items.map((i) => (i.kind === 'str' ? i.value : (() => { throw badItem(i); })())) : x.kind === 'str' ? x.value : (() => { throw bad(x); })();
    return rt.bool(V.strStartsWith(self(me), prefixes, start, end, atEnd));
  };
  const strip = (side: 'both' | 'left' | 'right', name: string): Impl => (args, _k, me) => {
    const chars = args[0];
    if (chars && chars !== rt.None && chars.kind !== 'str') throw rt.typeError(`${name} arg must be None or str`);
    return sameOrNew(V.strStrip(self(me), chars && chars.kind === 'str' ? chars.value : null, side), me!);
  };
  const pad = (align: 'center' | 'left' | 'right', _name: string): Impl => (args, _k, me) => {
    const width = Number(asIndex(rt, args[0]!));
    const fill = args[1] ? text(args[1], 'The fill character must be a unicode character') : ' ';
    if (V.strLen(fill) !== 1) throw rt.typeError('The fill character must be exactly one character long');
    const s = self(me);
    if (width <= V.strLen(s)) return rt.incref(me!);
    return str(V.strPad(s, width, fill, align));
  };
  const plain = (_name: string, f: (s: string) => string): Impl => (_a, _k, me) => str(f(self(me)));
  const test = (_name: string, f: (s: string) => boolean): Impl => (_a, _k, me) => rt.bool(f(self(me)));
  const partition = (fromRight: boolean): Impl => (args, _k, me) => {
    const [a, b, c] = call(() => V.strPartition(self(me), text(args[0], 'must be str'), fromRight));
    // not found: the string itself is one of the three parts (partition / rpartition in stringlib)
    const whole = (part: string) => (part === self(me) ? sameOrNew(part, me!) : str(part));
    return rt.tuple([whole(a), str(b), whole(c)]);
  };

  const methods: Record<string, Impl> = {
    split: split(false),
    rsplit: split(true),
    splitlines(args, kwargs, me) {
      const keep = named(args, kwargs, 0, 'keepends'); // bool(accept={int}): an int is required
      return splitResult(V.strSplitlines(self(me), keep ? asIndex(rt, keep) !== 0n : false), me!);
    },
    join(args, _k, me) {
      // PySequence_Fast(seq, "can only join an iterable"): what has no iterator gets this message
      if (!hasIterator(args[0]!)) throw rt.typeError('can only join an iterable');
      const items = iterateToArray(rt, args[0]!);
      try {
        const parts = items.map((o, i) => {
          if (o.kind !== 'str') throw rt.typeError(`sequence item ${i}: expected str instance, ${o.cls.name} found`);
          return o.value;
        });
        // joining one exact str returns that very object, as CPython does
        if (items.length === 1 && items[0]!.cls === rt.types.str) return rt.incref(items[0]!);
        return str(V.strJoin(self(me), parts));
      } finally {
        rt.heap.decrefAll(items);
      }
    },
    strip: strip('both', 'strip'),
    lstrip: strip('left', 'lstrip'),
    rstrip: strip('right', 'rstrip'),
    replace(args, _k, me) {
      const count = args[2] ? Number(asIndex(rt, args[2])) : -1;
      const old = clinicText(args[0], 'replace() argument 1 must be str');
      const replacement = clinicText(args[1], 'replace() argument 2 must be str');
      // replace() in unicodeobject.c: nothing to do (count 0, the same object for old and new,
      // or old not found) returns the string itself (unicode_result_unchanged)
      if (count === 0 || args[0] === args[1] || (old !== '' && !self(me).includes(old))) return sameOrNew(self(me), me!);
      return str(V.strReplace(self(me), old, replacement, count));
    },
    find: find(false, false),
    rfind: find(true, false),
    index: find(false, true),
    rindex: find(true, true),
    count(args, _k, me) {
      const [start, end] = [sliceIndex(args[1]), sliceIndex(args[2])];
      return rt.int(BigInt(V.strCount(self(me), text(args[0], 'must be str'), start, end)));
    },
    startswith: affix(false),
    endswith: affix(true),
    upper: plain('upper', V.strUpper),
    lower: plain('lower', V.strLower),
    casefold: plain('casefold', V.strCasefold),
    capitalize: plain('capitalize', V.strCapitalize),
    title: plain('title', V.strTitle),
    swapcase: plain('swapcase', V.strSwapcase),
    isdigit: test('isdigit', V.strIsdigit),
    isdecimal: test('isdecimal', V.strIsdecimal),
    isnumeric: test('isnumeric', V.strIsnumeric),
    isalpha: test('isalpha', V.strIsalpha),
    isalnum: test('isalnum', V.strIsalnum),
    isspace: test('isspace', V.strIsspace),
    isupper: test('isupper', V.strIsupper),
    islower: test('islower', V.strIslower),
    istitle: test('istitle', V.strIstitle),
    isidentifier: test('isidentifier', V.strIsidentifier),
    isascii: test('isascii', V.strIsascii),
    isprintable: test('isprintable', V.strIsprintable),
    center: pad('center', 'center'),
    ljust: pad('left', 'ljust'),
    rjust: pad('right', 'rjust'),
    zfill(args, _k, me) {
      const s = self(me);
      const width = Number(asIndex(rt, args[0]!));
      return width <= V.strLen(s) ? rt.incref(me!) : str(V.strZfill(s, width));
    },
    partition: partition(false),
    rpartition: partition(true),
    expandtabs(args, kwargs, me) {
      const size = named(args, kwargs, 0, 'tabsize');
      return sameOrNew(V.strExpandtabs(self(me), size ? Number(asIndex(rt, size)) : 8), me!);
    },
    removeprefix(args, _k, me) {
      const p = clinicText(args[0], 'removeprefix() argument must be str');
      const s = self(me);
      return p && s.startsWith(p) ? str(s.slice(p.length)) : rt.incref(me!);
    },
    removesuffix(args, _k, me) {
      const p = clinicText(args[0], 'removesuffix() argument must be str');
      const s = self(me);
      return p && s.endsWith(p) ? str(s.slice(0, s.length - p.length)) : rt.incref(me!);
    },
    format: (args, kwargs, me) => formatMethodObject(rt, self(me), args, kwargs),
    __str__: (_a, _k, me) => rt.incref(me!),
    __len__: (_a, _k, me) => rt.int(BigInt(V.strLen(self(me)))),
  };
  // every method first checks its call the way its CPython counterpart does
  const checked: Record<string, Impl> = {};
  for (const [name, impl] of Object.entries(methods)) {
    const conv = STR_CONVENTIONS[name];
    checked[name] = conv ? (args, kwargs, me) => impl(checkCall(rt, `str.${name}`, conv, args, kwargs) as PyObj[], null, me) : impl;
  }
  defineMethods(rt, rt.types.str, checked);
}

const ITERABLE_KINDS: ReadonlySet<PyObj['kind']> = new Set(['list', 'tuple', 'str', 'range', 'dict', 'dictview', 'set', 'iterator', 'generator']);

/** whether PyObject_GetIter would find a way to iterate `o` (tp_iter, or __getitem__) */
function hasIterator(o: PyObj): boolean {
  if (ITERABLE_KINDS.has(o.kind)) return true;
  return o.kind === 'instance' && (lookupInMro(o.cls, '__iter__') !== null || lookupInMro(o.cls, '__getitem__') !== null);
}

const NOARGS: Convention = { kind: 'noargs' };
const O: Convention = { kind: 'O' };
const FIND: Convention = { kind: 'tuple', min: 1, max: 3 };
const PAD: Convention = { kind: 'positional', min: 1, max: 2 };
const STRIP: Convention = { kind: 'positional', min: 0, max: 1 };
const SPLIT: Convention = { kind: 'keywords', params: ['sep', 'maxsplit'], required: 0 };

/** Objects/unicodeobject.c and its clinic: how each str method takes its arguments */
const STR_CONVENTIONS: Readonly<Record<string, Convention>> = {
  split: SPLIT, rsplit: SPLIT, splitlines: { kind: 'keywords', params: ['keepends'], required: 0 },
  join: O, strip: STRIP, lstrip: STRIP, rstrip: STRIP, replace: { kind: 'positional', min: 2, max: 3 },
  find: FIND, rfind: FIND, index: FIND, rindex: FIND, count: FIND, startswith: FIND, endswith: FIND,
  upper: NOARGS, lower: NOARGS, casefold: NOARGS, capitalize: NOARGS, title: NOARGS, swapcase: NOARGS,
  isdigit: NOARGS, isdecimal: NOARGS, isnumeric: NOARGS, isalpha: NOARGS, isalnum: NOARGS, isspace: NOARGS,
  isupper: NOARGS, islower: NOARGS, istitle: NOARGS, isidentifier: NOARGS, isascii: NOARGS, isprintable: NOARGS,
  center: PAD, ljust: PAD, rjust: PAD, zfill: O, partition: O, rpartition: O, removeprefix: O, removesuffix: O,
  expandtabs: { kind: 'keywords', params: ['tabsize'], required: 0 },
  __len__: { kind: 'wrapper', count: 0 }, __str__: { kind: 'wrapper', count: 0 },
};
