// The methods of str. Strings are sequences of code points: JS strings are UTF-16, so index
// arithmetic goes through code points wherever astral characters could be present.
import { isPySpace } from '../values/char-classes';
import type { KwArgs, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { defineMethods } from '../runtime/types';
import { iterateToArray } from '../runtime/iteration';
import { str as pyStr } from '../runtime/repr';
import { formatMethod } from '../runtime/string-format';
import { arity, asIndex } from './args';

type S = PyObj & { kind: 'str' };

function cps(s: string): string[] {
  return [...s];
}

function text(rt: Runtime, o: PyObj | undefined, what: string): string {
  if (!o || o.kind !== 'str') throw rt.typeError(`${what} must be str, not ${o ? o.cls.name : 'NoneType'}`);
  return o.value;
}

/** `start`/`end` arguments of find/count/startswith..., as slice bounds over code points. */
function bounds(rt: Runtime, length: number, start: PyObj | undefined, end: PyObj | undefined): [number, number] {
  const norm = (o: PyObj | undefined, dflt: number): number => {
    if (!o || o === rt.None) return dflt;
    let n = Number(asIndex(rt, o, 'integer'));
    if (n < 0) n = Math.max(0, n + length);
    return Math.min(n, length);
  };
  return [norm(start, 0), norm(end, length)];
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Code-point index of `needle` in `hay` from/to code-point bounds, or -1 (reverse when `last`). */
function findIn(hay: string, needle: string, start: number, end: number, last: boolean): number {
  const simple = isAscii(hay);
  const h = simple ? hay : cps(hay).join('\u0000');
  if (simple) {
    if (end - start < needle.length) return needle.length === 0 && start <= end ? (last ? end : start) : -1;
    const i = last ? hay.lastIndexOf(needle, end - needle.length) : hay.indexOf(needle, start);
    return i >= start && i + needle.length <= end ? i : -1;
  }
  const chars = cps(hay);
  const n = cps(needle);
  void h;
  const match = (i: number) => n.every((c, j) => chars[i + j] === c);
  if (last) {
    for (let i = end - n.length; i >= start; i--) if (match(i)) return i;
  } else {
    for (let i = start; i + n.length <= end; i++) if (match(i)) return i;
  }
  return -1;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const chars = cps(s);
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && isPySpace(chars[i]!.codePointAt(0)!)) i++;
    if (i >= chars.length) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let rest = chars.slice(i).join('');
      rest = rest.replace(/\s+$/u, (m) => (cps(m).every((c) => isPySpace(c.codePointAt(0)!)) ? '' : m));
      out.push(rest);
      return out;
    }
    let j = i;
    while (j < chars.length && !isPySpace(chars[j]!.codePointAt(0)!)) j++;
    out.push(chars.slice(i, j).join(''));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const reversed = cps(s).reverse().join('');
  return splitWhitespace(reversed, maxsplit).map((p) => cps(p).reverse().join('')).reverse();
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const c = cps(s);
  const strip = chars === null ? (x: string) => isPySpace(x.codePointAt(0)!) : (x: string) => chars.includes(x);
  let i = 0;
  let j = c.length;
  if (left) while (i < j && strip(c[i]!)) i++;
  if (right) while (j > i && strip(c[j - 1]!)) j--;
  return c.slice(i, j).join('');
}

function caseOf(ch: string): 'upper' | 'lower' | 'none' {
  if (ch.toUpperCase() !== ch && ch.toLowerCase() === ch) return 'lower';
  if (ch.toLowerCase() !== ch && ch.toUpperCase() === ch) return 'upper';
  return 'none';
}

function isCased(ch: string): boolean {
  return ch.toUpperCase() !== ch.toLowerCase();
}

function titleCase(s: string): string {
  let prevCased = false;
  let out = '';
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
    prevCased = isCased(ch);
  }
  return out;
}

export function installStrMethods(rt: Runtime): void {
  const T = rt.types;
  const str = (v: string) => rt.str(v);
  const list = (parts: string[]) => rt.list(parts.map(str));
  const self = (o: PyObj | null) => (o as S).value;
  const sepArg = (args: readonly PyObj[], kwargs: KwArgs | null, i: number): PyObj | undefined => args[i] ?? kwargs?.get(i === 0 ? 'sep' : 'maxsplit');
  const split = (reverse: boolean) => (args: readonly PyObj[], kwargs: KwArgs | null, me: PyObj | null) => {
    const s = self(me);
    const sepObj = sepArg(args, kwargs, 0);
    const maxObj = sepArg(args, kwargs, 1);
    const maxsplit = maxObj ? Number(asIndex(rt, maxObj)) : -1;
    if (!sepObj || sepObj === rt.None) return list(reverse ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit));
    const sep = text(rt, sepObj, 'must be str or None');
    if (sep === '') throw rt.valueError('empty separator');
    const parts = s.split(sep);
    if (maxsplit < 0 || parts.length - 1 <= maxsplit) return list(parts);
    if (!reverse) return list([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]);
    const keep = parts.length - maxsplit;
    return list([parts.slice(0, keep).join(sep), ...parts.slice(keep)]);
  };
  const finder = (last: boolean, raise: boolean) => (args: readonly PyObj[], _k: KwArgs | null, me: PyObj | null) => {
    arity(rt, last ? (raise ? 'rindex' : 'rfind') : raise ? 'index' : 'find', args, 1, 3);
    const s = self(me);
    const sub = text(rt, args[0], 'must be str');
    const len = isAscii(s) ? s.length : cps(s).length;
    const [a, b] = bounds(rt, len, args[1], args[2]);
    const i = a > b ? -1 : findIn(s, sub, a, b, last);
    if (i < 0 && raise) throw rt.valueError('substring not found');
    return rt.int(BigInt(i));
  };
  const affix = (suffix: boolean) => (args: readonly PyObj[], _k: KwArgs | null, me: PyObj | null) => {
    const name = suffix ? 'endswith' : 'startswith';
    arity(rt, name, args, 1, 3);
    const s = cps(self(me));
    const [a, b] = bounds(rt, s.length, args[1], args[2]);
    const part = s.slice(a, Math.max(a, b)).join('');
    const test = (o: PyObj): boolean => {
      const v = o.kind === 'str' ? o.value : null;
      if (v === null) throw rt.typeError(`${name} first arg must be str or a tuple of str, not ${o.cls.name}`);
      if (a > s.length) return false;
      return suffix ? part.endsWith(v) : part.startsWith(v);
    };
    const x = args[0]!;
    return rt.bool(x.kind === 'tuple' ? x.items.some(test) : test(x));
  };
  const pad = (how: 'left' | 'right' | 'center') => (args: readonly PyObj[], _k: KwArgs | null, me: PyObj | null) => {
    arity(rt, how === 'center' ? 'center' : how === 'left' ? 'ljust' : 'rjust', args, 1, 2);
    const s = self(me);
    const width = Number(asIndex(rt, args[0]!));
    const fill = args[1] ? text(rt, args[1], 'The fill character') : ' ';
    if (cps(fill).length !== 1) throw rt.typeError('The fill character must be exactly one character long');
    const n = cps(s).length;
    if (width <= n) return rt.incref(me!);
    const total = width - n;
    if (how === 'left') return str(s + fill.repeat(total));
    if (how === 'right') return str(fill.repeat(total) + s);
    // CPython puts the odd extra space on the left when the width and length parity says so
    const left = Math.floor(total / 2) + (total & width & 1);
    return str(fill.repeat(left) + s + fill.repeat(total - left));
  };
  const predicate = (name: string, test: (s: string) => boolean) => (args: readonly PyObj[], _k: KwArgs | null, me: PyObj | null) => {
    arity(rt, name, args, 0, 0);
    return rt.bool(test(self(me)));
  };
  defineMethods(rt, T.str, {
    split: split(false),
    rsplit: split(true),
    join(args, _k, me) {
      arity(rt, 'join', args, 1, 1);
      const items = iterateToArray(rt, args[0]!);
      try {
        const parts = items.map((o, i) => {
          if (o.kind !== 'str') throw rt.typeError(`sequence item ${i}: expected str instance, ${o.cls.name} found`);
          return o.value;
        });
        if (items.length === 1 && items[0]!.cls === T.str) return rt.incref(items[0]!);
        return str(parts.join(self(me)));
      } finally {
        rt.heap.decrefAll(items);
      }
    },
    strip: (args, _k, me) => str(stripChars(self(me), args[0] && args[0] !== rt.None ? text(rt, args[0], 'strip arg') : null, true, true)),
    lstrip: (args, _k, me) => str(stripChars(self(me), args[0] && args[0] !== rt.None ? text(rt, args[0], 'lstrip arg') : null, true, false)),
    rstrip: (args, _k, me) => str(stripChars(self(me), args[0] && args[0] !== rt.None ? text(rt, args[0], 'rstrip arg') : null, false, true)),
    replace(args, _k, me) {
      arity(rt, 'replace', args, 2, 3);
      const s = self(me);
      const old = text(rt, args[0], 'replace() argument 1');
      const neu = text(rt, args[1], 'replace() argument 2');
      let count = args[2] ? Number(asIndex(rt, args[2])) : -1;
      if (count < 0) count = Infinity;
      if (old === '') {
        const chars = cps(s);
        let out = '';
        let done = 0;
        for (let i = 0; i <= chars.length; i++) {
          if (done < count) {
            out += neu;
            done++;
          }
          if (i < chars.length) out += chars[i];
        }
        return str(out);
      }
      const parts = s.split(old);
      if (parts.length - 1 <= count) return str(parts.join(neu));
      return str(parts.slice(0, count + 1).join(neu) + old + parts.slice(count + 1).join(old));
    },
    find: finder(false, false),
    rfind: finder(true, false),
    index: finder(false, true),
    rindex: finder(true, true),
    count(args, _k, me) {
      arity(rt, 'count', args, 1, 3);
      const s = cps(self(me));
      const sub = cps(text(rt, args[0], 'must be str'));
      const [a, b] = bounds(rt, s.length, args[1], args[2]);
      if (sub.length === 0) return rt.int(BigInt(a > b ? 0 : b - a + 1));
      let n = 0;
      for (let i = a; i + sub.length <= b; ) {
        if (sub.every((c, j) => s[i + j] === c)) {
          n++;
          i += sub.length;
        } else i++;
      }
      return rt.int(BigInt(n));
    },
    startswith: affix(false),
    endswith: affix(true),
    upper: (_a, _k, me) => str(self(me).toUpperCase()),
    lower: (_a, _k, me) => str(self(me).toLowerCase()),
    casefold: (_a, _k, me) => str(self(me).toLowerCase().replace(/ß/g, 'ss')),
    capitalize(_a, _k, me) {
      const c = cps(self(me));
      return str(c.length ? c[0]!.toUpperCase() + c.slice(1).join('').toLowerCase() : '');
    },
    title: (_a, _k, me) => str(titleCase(self(me))),
    swapcase: (_a, _k, me) => str(cps(self(me)).map((c) => (caseOf(c) === 'upper' ? c.toLowerCase() : caseOf(c) === 'lower' ? c.toUpperCase() : c)).join('')),
    isdigit: predicate('isdigit', (s) => s.length > 0 && /^\p{Nd}+$/u.test(s)),
    isdecimal: predicate('isdecimal', (s) => s.length > 0 && /^\p{Nd}+$/u.test(s)),
    isnumeric: predicate('isnumeric', (s) => s.length > 0 && /^\p{N}+$/u.test(s)),
    isalpha: predicate('isalpha', (s) => s.length > 0 && /^\p{L}+$/u.test(s)),
    isalnum: predicate('isalnum', (s) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s)),
    isspace: predicate('isspace', (s) => s.length > 0 && cps(s).every((c) => isPySpace(c.codePointAt(0)!))),
    isupper: predicate('isupper', (s) => cps(s).some((c) => caseOf(c) === 'upper') && !cps(s).some((c) => caseOf(c) === 'lower')),
    islower: predicate('islower', (s) => cps(s).some((c) => caseOf(c) === 'lower') && !cps(s).some((c) => caseOf(c) === 'upper')),
    istitle: predicate('istitle', (s) => cps(s).some(isCased) && titleCase(s) === s),
    isidentifier: predicate('isidentifier', (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s)),
    isascii: predicate('isascii', (s) => isAscii(s)),
    isprintable: predicate('isprintable', (s) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(s.replace(/ /g, ''))),
    center: pad('center'),
    ljust: pad('left'),
    rjust: pad('right'),
    zfill(args, _k, me) {
      arity(rt, 'zfill', args, 1, 1);
      const s = self(me);
      const width = Number(asIndex(rt, args[0]!));
      const n = cps(s).length;
      if (width <= n) return rt.incref(me!);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return str(sign + '0'.repeat(width - n) + s.slice(sign.length));
    },
    partition(args, _k, me) {
      arity(rt, 'partition', args, 1, 1);
      const s = self(me);
      const sep = text(rt, args[0], 'must be str');
      if (sep === '') throw rt.valueError('empty separator');
      const i = s.indexOf(sep);
      return rt.tuple(i < 0 ? [rt.incref(me!), str(''), str('')] : [str(s.slice(0, i)), str(sep), str(s.slice(i + sep.length))]);
    },
    rpartition(args, _k, me) {
      arity(rt, 'rpartition', args, 1, 1);
      const s = self(me);
      const sep = text(rt, args[0], 'must be str');
      if (sep === '') throw rt.valueError('empty separator');
      const i = s.lastIndexOf(sep);
      return rt.tuple(i < 0 ? [str(''), str(''), rt.incref(me!)] : [str(s.slice(0, i)), str(sep), str(s.slice(i + sep.length))]);
    },
    splitlines(args, kwargs, me) {
      const keep = args[0] ?? kwargs?.get('keepends');
      const keepends = keep ? rt.truthy(keep) : false;
      const parts: string[] = [];
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      const s = self(me);
      let last = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        parts.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < s.length) parts.push(s.slice(last));
      return list(parts);
    },
    expandtabs(args, _k, me) {
      const size = args[0] ? Number(asIndex(rt, args[0])) : 8;
      let col = 0;
      let out = '';
      for (const c of self(me)) {
        if (c === '\t') {
          const n = size > 0 ? size - (col % size) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += c;
          col = c === '\n' || c === '\r' ? 0 : col + 1;
        }
      }
      return str(out);
    },
    removeprefix(args, _k, me) {
      arity(rt, 'removeprefix', args, 1, 1);
      const p = text(rt, args[0], 'removeprefix() argument');
      const s = self(me);
      return p && s.startsWith(p) ? str(s.slice(p.length)) : rt.incref(me!);
    },
    removesuffix(args, _k, me) {
      arity(rt, 'removesuffix', args, 1, 1);
      const p = text(rt, args[0], 'removesuffix() argument');
      const s = self(me);
      return p && s.endsWith(p) ? str(s.slice(0, s.length - p.length)) : rt.incref(me!);
    },
    format: (args, kwargs, me) => str(formatMethod(rt, self(me), args, kwargs)),
    __str__: (_a, _k, me) => rt.incref(me!),
    __len__: (_a, _k, me) => rt.int(BigInt(cps(self(me)).length)),
  });
  void pyStr;
}
