// Python strings are sequences of code points; JS strings are UTF-16. These helpers give
// Python's indexing, slicing, searching and ordering, with a fast path for the common case of
// strings without surrogates (where code units and code points coincide).
import { pyError } from './py-error';

const SURROGATE = /[\ud800-\udfff]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** the code points of s, each as a one- or two-unit string (lone surrogates stay alone) */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** len(s) */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let count = 0;
  for (const _char of s) count++;
  return count;
}

/** the code unit offset of code point `index` (0..len) */
function unitOffset(s: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index && offset < s.length; i++) {
    const unit = s.charCodeAt(offset);
    const next = s.charCodeAt(offset + 1);
    offset += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return offset;
}

/** the code point index of code unit `offset` */
function pointIndex(s: string, offset: number): number {
  return strLen(s.slice(0, offset));
}

/** s[index], index already an integer (negative counts from the end) */
export function strIndex(s: string, index: number): string {
  const length = strLen(s);
  const i = index < 0 ? index + length : index;
  if (i < 0 || i >= length) throw pyError('IndexError', 'string index out of range');
  if (length === s.length) return s[i]!;
  return codePoints(s)[i]!;
}

/** PySlice_AdjustIndices: Python's clamping of start/stop for a given step */
export function adjustSlice(
  length: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): { start: number; stop: number; step: number; count: number } {
  const by = step ?? 1;
  if (by === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (value: number | null, whenNull: number, low: number, high: number) => {
    if (value === null) return whenNull;
    if (value < 0) return Math.max(value + length, low);
    return Math.min(value, high);
  };
  const from = by > 0 ? clamp(start, 0, 0, length) : clamp(start, length - 1, -1, length - 1);
  const to = by > 0 ? clamp(stop, length, 0, length) : clamp(stop, -1, -1, length - 1);
  let count = 0;
  if (by > 0 && from < to) count = Math.floor((to - from - 1) / by) + 1;
  if (by < 0 && to < from) count = Math.floor((from - to - 1) / -by) + 1;
  return { start: from, stop: to, step: by, count };
}

/** s[start:stop:step] */
export function strSlice(s: string, start: number | null, stop: number | null, step: number | null): string {
  const simple = !hasSurrogates(s);
  const length = simple ? s.length : strLen(s);
  const slice = adjustSlice(length, start, stop, step);
  if (slice.step === 1) {
    if (slice.count === 0) return '';
    if (simple) return s.slice(slice.start, slice.stop);
    return codePoints(s).slice(slice.start, slice.stop).join('');
  }
  const points = simple ? s : codePoints(s);
  let out = '';
  for (let i = 0, at = slice.start; i < slice.count; i++, at += slice.step) out += points[at];
  return out;
}

/** -1, 0, 1 in code point order (UTF-16 order differs for astral vs U+E000..U+FFFF) */
export function strCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  if (!hasSurrogates(a) && !hasSurrogates(b)) return a < b ? -1 : 1;
  const [x, y] = [codePoints(a), codePoints(b)];
  for (let i = 0; i < x.length && i < y.length; i++) {
    if (x[i] !== y[i]) return x[i]!.codePointAt(0)! < y[i]!.codePointAt(0)! ? -1 : 1;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

/** would a match of `needle` at unit offset `at` split a surrogate pair of `s`? */
function splitsPair(s: string, at: number, needleLength: number): boolean {
  const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
  const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
  const end = at + needleLength;
  return (
    (at > 0 && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at))) ||
    (end < s.length && end > 0 && isHigh(s.charCodeAt(end - 1)) && isLow(s.charCodeAt(end)))
  );
}

/** could a raw UTF-16 search for `needle` match half of a pair? */
function needsPairCheck(needle: string): boolean {
  if (needle.length === 0) return false;
  const first = needle.charCodeAt(0);
  const last = needle.charCodeAt(needle.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** the window [start, end) of s in code units, from Python's optional start/end */
interface Window {
  readonly from: number;
  readonly to: number;
  /** code point index of `from` */
  readonly base: number;
  /** start was past the end: nothing, not even '', is found */
  readonly empty: boolean;
}

function searchWindow(s: string, start: number | null, end: number | null): Window {
  const simple = !hasSurrogates(s);
  const length = simple ? s.length : strLen(s);
  let from = start ?? 0;
  let to = end ?? length;
  if (from < 0) from = Math.max(from + length, 0);
  if (to < 0) to = Math.max(to + length, 0);
  to = Math.min(to, length);
  const empty = from > length || from > to;
  if (simple) return { from, to, base: from, empty };
  return { from: unitOffset(s, from), to: unitOffset(s, to), base: from, empty };
}

function findIn(s: string, needle: string, window: Window, fromRight: boolean): number {
  if (window.empty) return -1;
  const checkPairs = needsPairCheck(needle);
  let at = fromRight ? window.to - needle.length : window.from;
  while (at >= window.from && at + needle.length <= window.to) {
    at = fromRight ? s.lastIndexOf(needle, at) : s.indexOf(needle, at);
    if (at < window.from || at === -1 || at + needle.length > window.to) return -1;
    if (!checkPairs || !splitsPair(s, at, needle.length)) return at;
    at += fromRight ? -1 : 1;
  }
  return -1;
}

function toPointIndex(s: string, offset: number): number {
  return offset === -1 || !hasSurrogates(s) ? offset : pointIndex(s, offset);
}

/** str.find / str.rfind */
export function strFind(s: string, needle: string, start: number | null = null, end: number | null = null, fromRight = false): number {
  return toPointIndex(s, findIn(s, needle, searchWindow(s, start, end), fromRight));
}

/** str.index / str.rindex */
export function strIndexOf(s: string, needle: string, start: number | null = null, end: number | null = null, fromRight = false): number {
  const found = strFind(s, needle, start, end, fromRight);
  if (found === -1) throw pyError('ValueError', 'substring not found');
  return found;
}

/** `needle in s` */
export function strContains(s: string, needle: string): boolean {
  if (!needsPairCheck(needle)) return s.includes(needle);
  return strFind(s, needle) !== -1;
}

/** str.count */
export function strCount(s: string, needle: string, start: number | null = null, end: number | null = null): number {
  const window = searchWindow(s, start, end);
  if (window.empty) return 0;
  if (needle.length === 0) return strLen(s.slice(window.from, window.to)) + 1;
  let count = 0;
  let at = window.from;
  for (;;) {
    const found = findIn(s, needle, { ...window, from: at }, false);
    if (found === -1) return count;
    count++;
    at = found + needle.length;
  }
}

/** str.startswith / str.endswith with one prefix or a tuple of them */
export function strStartsWith(s: string, prefixes: string | readonly string[], start: number | null = null, end: number | null = null, atEnd = false): boolean {
  const window = searchWindow(s, start, end);
  if (window.empty) return false;
  const list = typeof prefixes === 'string' ? [prefixes] : prefixes;
  return list.some((prefix) => {
    if (prefix.length > window.to - window.from) return false;
    const at = atEnd ? window.to - prefix.length : window.from;
    return s.startsWith(prefix, at) && !(needsPairCheck(prefix) && splitsPair(s, at, prefix.length));
  });
}
