// The methods of str: argument handling and CPython's errors here; the string work itself is
// the value layer's (values/strings.ts), tested character by character against CPython.
import type { KwArgs, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { defineMethods } from '../runtime/types';
import { iterateToArray } from '../runtime/iteration';
import { numeric } from '../runtime/arith';
import { formatMethodObject } from '../runtime/string-format';
import * as V from '../values/strings';
import { arity, asIndex } from './args';

type Impl = (args: readonly PyObj[], kwargs: KwArgs | null, self: PyObj | null) => PyObj;

export function installStrMethods(rt: Runtime): void {
  const str = (v: string) => rt.str(v);
  const list = (parts: string[]) => rt.list(parts.map(str));
  // an exact str whose method changed nothing returns itself (unicode_result_unchanged, do_strip)
  const sameOrNew = (result: string, me: PyObj): PyObj => (result === self(me) && me.cls === rt.types.str ? rt.incref(me) : str(result));
  // a split that found nothing to split on puts the string itself in the list (split_whitespace, splitlines)
  const splitResult = (parts: string[], me: PyObj): PyObj => (parts.length === 1 ? rt.list([sameOrNew(parts[0]!, me)]) : list(parts));
  const self = (o: PyObj | null) => (o as PyObj & { value: string }).value;
  const text = (o: PyObj | undefined, what: string): string => {
    if (!o || o.kind !== 'str') throw rt.typeError(`${what} must be str, not ${o ? o.cls.name : 'NoneType'}`);
    return o.value;
  };
  const optText = (o: PyObj | undefined, what: string): string | null => (!o || o === rt.None ? null : text(o, what));
  const optIndex = (o: PyObj | undefined): number | null => (!o || o === rt.None ? null : Number(asIndex(rt, o, 'integer')));
  const call = <T>(f: () => T): T => numeric(rt, f);
  const named = (args: readonly PyObj[], kwargs: KwArgs | null, i: number, name: string): PyObj | undefined => args[i] ?? kwargs?.get(name);

  const split = (fromRight: boolean): Impl => (args, kwargs, me) => {
    const sep = optText(named(args, kwargs, 0, 'sep'), 'must be str or None');
    const max = named(args, kwargs, 1, 'maxsplit');
    const maxsplit = max ? Number(asIndex(rt, max)) : -1;
    return splitResult(call(() => (fromRight ? V.strRsplit : V.strSplit)(self(me), sep, maxsplit)), me!);
  };
  const find = (fromRight: boolean, raise: boolean): Impl => (args, _k, me) => {
    arity(rt, fromRight ? (raise ? 'rindex' : 'rfind') : raise ? 'index' : 'find', args, 1, 3);
    const needle = text(args[0], 'must be str');
    const at = call(() => (raise ? V.strIndexOf : V.strFind)(self(me), needle, optIndex(args[1]), optIndex(args[2]), fromRight));
    return rt.int(BigInt(at));
  };
  const affix = (atEnd: boolean): Impl => (args, _k, me) => {
    const name = atEnd ? 'endswith' : 'startswith';
    arity(rt, name, args, 1, 3);
    const x = args[0]!;
    const bad = (o: PyObj) => rt.typeError(`${name} first arg must be str or a tuple of str, not ${o.cls.name}`);
    const prefixes = x.kind === 'tuple' ? x.items.map((i) => (i.kind === 'str' ? i.value : (() => { throw bad(i); })())) : x.kind === 'str' ? x.value : (() => { throw bad(x); })();
    return rt.bool(V.strStartsWith(self(me), prefixes, optIndex(args[1]), optIndex(args[2]), atEnd));
  };
  const strip = (side: 'both' | 'left' | 'right', name: string): Impl => (args, _k, me) => {
    arity(rt, name, args, 0, 1);
    return sameOrNew(V.strStrip(self(me), optText(args[0], `${name} arg`), side), me!);
  };
  const pad = (align: 'center' | 'left' | 'right', name: string): Impl => (args, _k, me) => {
    arity(rt, name, args, 1, 2);
    const fill = args[1] ? text(args[1], 'The fill character') : ' ';
    if (V.strLen(fill) !== 1) throw rt.typeError('The fill character must be exactly one character long');
    const s = self(me);
    const width = Number(asIndex(rt, args[0]!));
    if (width <= V.strLen(s)) return rt.incref(me!);
    return str(V.strPad(s, width, fill, align));
  };
  const plain = (name: string, f: (s: string) => string): Impl => (args, _k, me) => {
    arity(rt, name, args, 0, 0);
    return str(f(self(me)));
  };
  const test = (name: string, f: (s: string) => boolean): Impl => (args, _k, me) => {
    arity(rt, name, args, 0, 0);
    return rt.bool(f(self(me)));
  };
  const partition = (fromRight: boolean): Impl => (args, _k, me) => {
    arity(rt, fromRight ? 'rpartition' : 'partition', args, 1, 1);
    const [a, b, c] = call(() => V.strPartition(self(me), text(args[0], 'must be str'), fromRight));
    // not found: the string itself is one of the three parts (partition / rpartition in stringlib)
    const whole = (part: string) => (part === self(me) ? sameOrNew(part, me!) : str(part));
    return rt.tuple([whole(a), str(b), whole(c)]);
  };

  defineMethods(rt, rt.types.str, {
    split: split(false),
    rsplit: split(true),
    splitlines(args, kwargs, me) {
      const keep = named(args, kwargs, 0, 'keepends');
      return splitResult(V.strSplitlines(self(me), keep ? rt.truthy(keep) : false), me!);
    },
    join(args, _k, me) {
      arity(rt, 'join', args, 1, 1);
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
      arity(rt, 'replace', args, 2, 3);
      const count = args[2] ? Number(asIndex(rt, args[2])) : -1;
      const old = text(args[0], 'replace() argument 1');
      const replacement = text(args[1], 'replace() argument 2');
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
      arity(rt, 'count', args, 1, 3);
      return rt.int(BigInt(V.strCount(self(me), text(args[0], 'must be str'), optIndex(args[1]), optIndex(args[2]))));
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
      arity(rt, 'zfill', args, 1, 1);
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
      arity(rt, 'removeprefix', args, 1, 1);
      const p = text(args[0], 'removeprefix() argument');
      const s = self(me);
      return p && s.startsWith(p) ? str(s.slice(p.length)) : rt.incref(me!);
    },
    removesuffix(args, _k, me) {
      arity(rt, 'removesuffix', args, 1, 1);
      const p = text(args[0], 'removesuffix() argument');
      const s = self(me);
      return p && s.endsWith(p) ? str(s.slice(0, s.length - p.length)) : rt.incref(me!);
    },
    format: (args, kwargs, me) => formatMethodObject(rt, self(me), args, kwargs),
    __str__: (_a, _k, me) => rt.incref(me!),
    __len__: (_a, _k, me) => rt.int(BigInt(V.strLen(self(me)))),
  });
}
