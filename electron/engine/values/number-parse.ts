// int(str, base), float(str) and int -> str conversions, with CPython's rules for whitespace,
// underscores, prefixes and Unicode digits, its error messages, and 3.11's 4300-digit limit.
import { decimalValue, isPySpace } from './char-classes';
import { bitLength } from './int-ops';
import { pyError } from './py-error';
import { strRepr } from './str-repr';

export const INT_MAX_STR_DIGITS = 4300;

/** _PyUnicode_TransformDecimalAndSpaceToASCII: spaces -> ' ', Nd digits -> ASCII, else '?' */
function toAsciiDigits(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out += char;
    else if (isPySpace(code)) out += ' ';
    else {
      const digit = decimalValue(code);
      out += digit >= 0 ? String(digit) : '?';
    }
  }
  return out;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61 + 10;
  return 99;
}

const PREFIX_BASES: Record<string, number> = { x: 16, o: 8, b: 2 };

/** int(text, base) for a str argument */
export function parseInt(text: string, base = 10): bigint {
  if (base !== 0 && (base < 2 || base > 36)) {
    throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const invalid = () => {
    const shown = strRepr(text);
    return pyError(
      'ValueError',
      `invalid literal for int() with base ${base}: ${shown.length > 200 ? shown.slice(0, 200) : shown}`,
    );
  };
  const s = toAsciiDigits(text);
  let i = 0;
  while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  let radix = base;
  let underscoreMayLead = false;
  let legacyZero = false;
  const prefixBase = s[i] === '0' ? PREFIX_BASES[(s[i + 1] ?? '').toLowerCase()] : undefined;
  if (radix === 0) {
    if (prefixBase !== undefined) radix = prefixBase;
    else {
      radix = 10;
      legacyZero = s[i] === '0';
    }
  }
  if (prefixBase !== undefined && prefixBase === radix) {
    i += 2;
    underscoreMayLead = true;
  }
  const start = i;
  let digitCount = 0;
  let clean = '';
  let previousUnderscore = false;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x5f) {
      if (previousUnderscore || (digitCount === 0 && !underscoreMayLead)) throw invalid();
      previousUnderscore = true;
      continue;
    }
    if (digitValue(code) >= radix) break;
    previousUnderscore = false;
    digitCount++;
    clean += s[i];
  }
  if (previousUnderscore || digitCount === 0 || i === start) throw invalid();
  while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== s.length) throw invalid();
  if ((radix & (radix - 1)) !== 0 && digitCount > INT_MAX_STR_DIGITS) {
    throw pyError(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digitCount} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const magnitude = digitsToBigInt(clean, radix);
  if (legacyZero && magnitude !== 0n) throw invalid();
  return negative ? -magnitude : magnitude;
}

function digitsToBigInt(digits: string, radix: number): bigint {
  switch (radix) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // other radices: chunks small enough for exact Number arithmetic
  const bigRadix = BigInt(radix);
  let value = 0n;
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    value = value * bigRadix ** BigInt(chunk.length) + BigInt(Number.parseInt(chunk, radix));
  }
  return value;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

/** float(text) for a str argument */
export function parseFloat(text: string): number {
  const invalid = () => pyError('ValueError', `could not convert string to float: ${strRepr(text)}`);
  let s = toAsciiDigits(text);
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  s = s.slice(start, end);
  if (s.includes('_')) s = removeUnderscoresBetweenDigits(s, invalid);
  if (!FLOAT_SYNTAX.test(s)) throw invalid();
  const lower = s.toLowerCase();
  const body = lower.replace(/^[+-]/, '');
  const negative = lower.startsWith('-');
  if (body === 'nan') return NaN;
  if (body.startsWith('inf')) return negative ? -Infinity : Infinity;
  return Number(s);
}

function removeUnderscoresBetweenDigits(s: string, invalid: () => Error): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '_') {
      const before = s.charCodeAt(i - 1);
      const after = s.charCodeAt(i + 1);
      const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
      if (!isDigit(before) || !isDigit(after)) throw invalid();
    } else {
      out += s[i];
    }
  }
  return out;
}

/** str(n) / repr(n), with CPython 3.11's limit on decimal digits */
export function intToString(n: bigint): string {
  // more than 4300 digits for sure: refuse before spending time on the conversion
  if (bitLength(n) > INT_MAX_STR_DIGITS * 3.33 + 8) throw tooManyDigits();
  const text = n.toString();
  if (text.length - (n < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) throw tooManyDigits();
  return text;
}

function tooManyDigits(): Error {
  return pyError(
    'ValueError',
    `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

const RADIX_PREFIX = { 2: '0b', 8: '0o', 16: '0x' } as const;

/** bin(), oct(), hex(): '-0x1f' */
export function intToRadix(n: bigint, radix: 2 | 8 | 16): string {
  const magnitude = n < 0n ? -n : n;
  return (n < 0n ? '-' : '') + RADIX_PREFIX[radix] + magnitude.toString(radix);
}
