// str methods that split, strip, pad and rearrange, as pure functions with CPython's rules.
import { isPySpace, PY_SPACE_CLASS } from './char-classes';
import { pyError } from './py-error';
import { codePoints, hasSurrogates, strLen } from './str-index';
import { ensureBuildable } from './build-limit';

const WHITESPACE_RUN = new RegExp(`[${PY_SPACE_CLASS}]+`);
const LEADING_SPACE = new RegExp(`^[${PY_SPACE_CLASS}]+`);
const TRAILING_SPACE = new RegExp(`[${PY_SPACE_CLASS}]+$`);

function emptySeparator(): Error {
  return pyError('ValueError', 'empty separator');
}

/** str.split(sep=None, maxsplit=-1) */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep === '') throw emptySeparator();
  if (maxsplit < 0) return s.split(sep);
  const parts: string[] = [];
  let at = 0;
  while (parts.length < maxsplit) {
    const found = s.indexOf(sep, at);
    if (found === -1) break;
    parts.push(s.slice(at, found));
    at = found + sep.length;
  }
  parts.push(s.slice(at));
  return parts;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = s.replace(LEADING_SPACE, '');
  while (rest !== '' && (maxsplit < 0 || parts.length < maxsplit)) {
    const match = WHITESPACE_RUN.exec(rest);
    if (match === null) break;
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  // the remainder keeps its trailing whitespace only when maxsplit stopped the splitting
  if (maxsplit >= 0 && parts.length >= maxsplit) {
    if (rest !== '') parts.push(rest);
  } else {
    rest = rest.replace(TRAILING_SPACE, '');
    if (rest !== '') parts.push(rest);
  }
  return parts;
}

/** str.rsplit(sep=None, maxsplit=-1) */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, -1);
  if (sep === '') throw emptySeparator();
  const parts: string[] = [];
  if (sep === null) {
    let rest = s.replace(TRAILING_SPACE, '');
    while (rest !== '' && parts.length < maxsplit) {
      let end = rest.length;
      while (end > 0 && !isPySpace(rest.charCodeAt(end - 1))) end--;
      if (end === 0) break;
      parts.push(rest.slice(end));
      rest = rest.slice(0, end).replace(TRAILING_SPACE, '');
    }
    if (rest !== '') parts.push(rest);
    return parts.reverse();
  }
  let end = s.length;
  while (parts.length < maxsplit) {
    const found = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (found === -1) break;
    parts.push(s.slice(found + sep.length, end));
    end = found;
  }
  parts.push(s.slice(0, end));
  return parts.reverse();
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/** str.splitlines(keepends=False) */
export function strSplitlines(s: string, keepends = false): string[] {
  const lines: string[] = [];
  let at = 0;
  for (const match of s.matchAll(LINE_BREAK)) {
    const end = match.index + match[0].length;
    lines.push(s.slice(at, keepends ? end : match.index));
    at = end;
  }
  if (at < s.length) lines.push(s.slice(at));
  return lines;
}

/** sep.join(parts): the caller has checked that every part is a str */
export function strJoin(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

type StripSide = 'both' | 'left' | 'right';

/** str.strip / lstrip / rstrip with optional chars */
export function strStrip(s: string, chars: string | null = null, side: StripSide = 'both'): string {
  if (chars === null) {
    let out = s;
    if (side !== 'right') out = out.replace(LEADING_SPACE, '');
    if (side !== 'left') out = out.replace(TRAILING_SPACE, '');
    return out;
  }
  const strip = new Set(codePoints(chars));
  const points = hasSurrogates(s) || hasSurrogates(chars) ? codePoints(s) : s;
  let start = 0;
  let end = points.length;
  if (side !== 'right') while (start < end && strip.has(points[start]!)) start++;
  if (side !== 'left') while (end > start && strip.has(points[end - 1]!)) end--;
  return typeof points === 'string' ? points.slice(start, end) : points.slice(start, end).join('');
}

/** str.replace(old, new, count=-1) */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  // the result's size is known before it is built: refuse one past the cap (CPython's replace()
  // computes it the same way, in Objects/unicodeobject.c, before allocating)
  if (replacement.length > old.length) {
    const occurrences = old === '' ? s.length + 1 : s.split(old).length - 1;
    const done = count < 0 ? occurrences : Math.min(count, occurrences);
    ensureBuildable(s.length + done * (replacement.length - old.length));
  }
  if (count < 0) {
    if (old === '') return replacement + codePoints(s).join(replacement) + (s === '' ? '' : replacement);
    return s.split(old).join(replacement);
  }
  if (old === '') {
    const points = codePoints(s);
    let out = '';
    let done = 0;
    for (let i = 0; i <= points.length; i++) {
      if (done < count) {
        out += replacement;
        done++;
      }
      if (i < points.length) out += points[i];
    }
    return out;
  }
  let out = '';
  let at = 0;
  for (let done = 0; done < count; done++) {
    const found = s.indexOf(old, at);
    if (found === -1) break;
    out += s.slice(at, found) + replacement;
    at = found + old.length;
  }
  return out + s.slice(at);
}

function checkFill(fill: string): void {
  if (strLen(fill) !== 1) {
    throw pyError('TypeError', 'The fill character must be exactly one character long');
  }
}

/** str.center, ljust, rjust */
export function strPad(s: string, width: number, fill = ' ', align: 'center' | 'left' | 'right' = 'left'): string {
  checkFill(fill);
  const length = strLen(s);
  if (width <= length) return s;
  ensureBuildable(width);
  const margin = width - length;
  if (align === 'left') return s + fill.repeat(margin);
  if (align === 'right') return fill.repeat(margin) + s;
  // CPython's pad(): the odd space goes left only when width is odd
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return fill.repeat(left) + s + fill.repeat(margin - left);
}

/** str.zfill(width) */
export function strZfill(s: string, width: number): string {
  const length = strLen(s);
  if (width <= length) return s;
  ensureBuildable(width);
  const zeros = '0'.repeat(width - length);
  if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
  return zeros + s;
}

/** str.partition / str.rpartition */
export function strPartition(s: string, sep: string, fromRight = false): [string, string, string] {
  if (sep === '') throw emptySeparator();
  const found = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (found === -1) return fromRight ? ['', '', s] : [s, '', ''];
  return [s.slice(0, found), sep, s.slice(found + sep.length)];
}

/** str.expandtabs(tabsize=8) */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let column = 0;
  for (const char of s) {
    if (char === '\t') {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        ensureBuildable(out.length + spaces);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else {
      out += char;
      column = char === '\n' || char === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

/** s * n */
export function strRepeat(s: string, count: bigint): string {
  if (count <= 0n || s === '') return '';
  ensureBuildable(BigInt(s.length) * count);
  return s.repeat(Number(count));
}

/** ord(c) */
export function strOrd(s: string): bigint {
  const length = strLen(s);
  if (length !== 1) {
    throw pyError('TypeError', `ord() expected a character, but string of length ${length} found`);
  }
  return BigInt(s.codePointAt(0)!);
}

/** chr(i) */
export function strChr(code: bigint): string {
  if (code < 0n || code > 0x10ffffn) {
    if (code > 0x7fffffffn || code < -0x80000000n) {
      throw pyError('OverflowError', 'Python int too large to convert to C int');
    }
    throw pyError('ValueError', 'chr() arg not in range(0x110000)');
  }
  return String.fromCodePoint(Number(code));
}
