// Character classes as CPython's unicodeobject.c defines them, where JS's differ
// (JS's \s includes U+FEFF and lacks U+001C..U+001F and U+0085).

/** the body of a regex character class matching exactly str.isspace() characters */
export const PY_SPACE_CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const SPACE_CODES = new Set([
  0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export function isPySpace(code: number): boolean {
  if (code <= 0x20) return (code >= 0x09 && code <= 0x0d) || code >= 0x1c;
  if (code >= 0x2000 && code <= 0x200a) return true;
  return SPACE_CODES.has(code);
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const digitCache = new Map<number, number>();

/** the value 0..9 of a Unicode decimal digit (category Nd), or -1 */
export function decimalValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x80) return -1;
  const cached = digitCache.get(code);
  if (cached !== undefined) return cached;
  let value = -1;
  if (DECIMAL_DIGIT.test(String.fromCodePoint(code))) {
    // Nd characters come in aligned runs of ten starting at the digit zero
    let start = code;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = (code - start) % 10;
  }
  digitCache.set(code, value);
  return value;
}
