// repr()/str() of floats and CPython's PyOS_double_to_string, which every float formatting
// path (format(), f-strings, %-formatting, round()) goes through.
import { fixedDigits, shortestDigits, significantDigits, type DecimalDigits } from './decimal-digits';

/** 'r' is repr's shortest round-trip mode; the others are the format types of the same name */
export type FloatCode = 'e' | 'f' | 'g' | 'r';

export interface FloatLayout {
  readonly code: FloatCode;
  /** digits after the point (e, f), significant digits (g); ignored for r */
  readonly precision: number;
  /** '#': keep trailing zeros and the point */
  readonly alternate?: boolean;
  /** print integral values with '.0' (repr, and format() without a type) */
  readonly addDotZero?: boolean;
  /** '+' sign for non-negative values */
  readonly plusSign?: boolean;
  /** 'z': a value that rounds to zero loses its minus sign */
  readonly noNegativeZero?: boolean;
  /** E F G: 'E', 'INF', 'NAN' */
  readonly upper?: boolean;
}

/** Python's repr(x) and str(x) for a float */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return doubleToString(x, REPR_LAYOUT);
}

const REPR_LAYOUT: FloatLayout = { code: 'r', precision: 0, addDotZero: true };

export function doubleToString(x: number, layout: FloatLayout): string {
  const negative = x < 0 || Object.is(x, -0);
  if (x !== x || x === Infinity || x === -Infinity) {
    const word = x !== x ? 'nan' : 'inf';
    // CPython never prints a sign for nan, even with '+'
    const sign = x !== x ? '' : negative ? '-' : layout.plusSign ? '+' : '';
    return sign + (layout.upper ? word.toUpperCase() : word);
  }
  const { digits, decpt } = digitsFor(Math.abs(x), layout);
  let signed = negative;
  if (signed && layout.noNegativeZero && (digits === '' || digits === '0')) signed = false;
  const sign = signed ? '-' : layout.plusSign ? '+' : '';
  return sign + layOut(digits, decpt, layout);
}

function digitsFor(x: number, layout: FloatLayout): DecimalDigits {
  switch (layout.code) {
    case 'r':
      return shortestDigits(x);
    case 'e':
      return significantDigits(x, layout.precision + 1);
    case 'f':
      return fixedDigits(x, layout.precision);
    case 'g':
      return significantDigits(x, Math.max(layout.precision, 1));
  }
}

/** format_float_short's layout: [zeros]digits[zeros] with one point, then the exponent */
function layOut(digits: string, decptIn: number, layout: FloatLayout): string {
  const precision = layout.code === 'g' ? Math.max(layout.precision, 1) : layout.precision;
  const alternate = layout.alternate === true;
  const addDotZero = layout.addDotZero === true;
  let decpt = decptIn;
  let useExp = false;
  let vdigitsEnd = digits.length;
  switch (layout.code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision + 1;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision)) useExp = true;
      if (alternate) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDotZero) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digits.length) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digits.length < decpt) {
    out += '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(Math.max(0, vdigitsEnd - decpt));
  } else {
    out += '0'.repeat(Math.max(0, vdigitsEnd - digits.length));
  }
  if (out.endsWith('.') && !alternate) out = out.slice(0, -1);
  if (useExp) out += (layout.upper ? 'E' : 'e') + exponentText(exp);
  return out;
}

/** C's "%+.02d" */
function exponentText(exp: number): string {
  const magnitude = Math.abs(exp);
  return (exp < 0 ? '-' : '+') + (magnitude < 10 ? '0' : '') + magnitude;
}
