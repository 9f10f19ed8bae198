// Numeric literals, scanned and valued as CPython's tokenizer and parser do: ints become bigints,
// underscores sit only between digits, and a literal glued to a name is an error.

import type { ConstantValue } from '../ast';

export type ScannedNumber =
  | { readonly end: number; readonly value: ConstantValue }
  | { readonly error: string; readonly at: number };

/** Keywords CPython lets follow a number without a space (`1if x else y`). */
const KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const DIGITS: Readonly<Record<string, RegExp>> = {
  x: /[0-9a-fA-F]/, o: /[0-7]/, b: /[01]/, d: /[0-9]/,
};
const RADIX_NAME: Readonly<Record<string, string>> = { x: 'hexadecimal', o: 'octal', b: 'binary' };

export function scanNumber(src: string, start: number, end: number): ScannedNumber {
  const at = (i: number): string => (i < end ? src[i]! : '');
  const prefix = at(start + 1).toLowerCase();
  if (at(start) === '0' && (prefix === 'x' || prefix === 'o' || prefix === 'b')) {
    return scanRadix(src, start, end, prefix);
  }
  let i = start;
  const digits = (): number | string => {
    // returns the new index, or an error position encoded as a string
    const from = i;
    while (/[0-9]/.test(at(i))) {
      i++;
      if (at(i) === '_') {
        if (!/[0-9]/.test(at(i + 1))) return String(i + 1);
        i++;
      }
    }
    return i - from;
  };
  const fail = (pos: number): ScannedNumber => ({ error: 'invalid decimal literal', at: pos });
  let isFloat = false;
  let r = digits();
  if (typeof r === 'string') return fail(Number(r));
  const intPart = src.slice(start, i);
  if (at(i) === '.') {
    isFloat = true;
    i++;
    r = digits();
    if (typeof r === 'string') return fail(Number(r));
  }
  const e = at(i);
  if (e === 'e' || e === 'E') {
    const save = i;
    i++;
    if (at(i) === '+' || at(i) === '-') i++;
    if (!/[0-9]/.test(at(i))) return fail(at(i) === '' ? save : i);
    r = digits();
    if (typeof r === 'string') return fail(Number(r));
    isFloat = true;
  }
  const text = src.slice(start, i).replace(/_/g, '');
  if (at(i) === 'j' || at(i) === 'J') {
    i++;
    const bad = checkEnd(src, i, end);
    if (bad !== null) return fail(bad);
    return { end: i, value: { type: 'complex', imag: Number(text) } };
  }
  const bad = checkEnd(src, i, end);
  if (bad !== null) return fail(isFloat || intPart.length > 0 ? start : bad);
  if (isFloat) return { end: i, value: { type: 'float', value: Number(text) } };
  if (/^0+[0-9]/.test(text) && /[1-9]/.test(text)) {
    return { error: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', at: start };
  }
  return { end: i, value: { type: 'int', value: BigInt(text) } };
}

function scanRadix(src: string, start: number, end: number, radix: string): ScannedNumber {
  const at = (i: number): string => (i < end ? src[i]! : '');
  const name = RADIX_NAME[radix]!;
  const valid = DIGITS[radix]!;
  let i = start + 2;
  let count = 0;
  for (;;) {
    if (at(i) === '_') i++;
    if (!valid.test(at(i))) break;
    while (valid.test(at(i))) { i++; count++; }
    if (at(i) !== '_') break;
  }
  if (count === 0 || at(i - 1) === '_') {
    if (/[0-9]/.test(at(i))) return { error: `invalid digit '${at(i)}' in ${name} literal`, at: i };
    return { error: `invalid ${name} literal`, at: i };
  }
  if (/[0-9]/.test(at(i))) return { error: `invalid digit '${at(i)}' in ${name} literal`, at: i };
  if (checkEnd(src, i, end) !== null) return { error: `invalid ${name} literal`, at: i };
  const digits = src.slice(start + 2, i).replace(/_/g, '');
  return { end: i, value: { type: 'int', value: BigInt(`0${radix}${digits}`) } };
}

/** A number may not run straight into a name, except the few keywords CPython tolerates. */
function checkEnd(src: string, i: number, end: number): number | null {
  const c = i < end ? src[i]! : '';
  if (!/[A-Za-z0-9_]/.test(c) && !(c.charCodeAt(0) >= 128)) return null;
  for (const kw of KEYWORDS_AFTER_NUMBER) {
    if (src.startsWith(kw, i) && !/[A-Za-z0-9_]/.test(src[i + kw.length] ?? '')) return null;
  }
  return i;
}
