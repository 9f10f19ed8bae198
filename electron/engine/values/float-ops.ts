// Python float arithmetic where it differs from IEEE/JS: floor division and modulo (CPython's
// float_divmod algorithm), powers (float_pow's special cases and errno checks), rounding, and
// the int <-> float conversions with their errors.
import { fixedDigits } from './decimal-digits';
import { powPositive } from './float-pow';
import { pyError } from './py-error';

/** float(int): correctly rounded; too large -> OverflowError */
export function intToFloat(a: bigint): number {
  const x = Number(a);
  if (x === Infinity || x === -Infinity) {
    throw pyError('OverflowError', 'int too large to convert to float');
  }
  return x;
}

/** int(float): truncation */
export function floatToInt(x: number): bigint {
  if (x !== x) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw pyError('OverflowError', 'cannot convert float infinity to integer');
  }
  return BigInt(Math.trunc(x));
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float modulo');
  let mod = a % b; // C fmod
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function divmodUnchecked(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw pyError('ZeroDivisionError', 'float divmod()');
  return divmodUnchecked(a, b);
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
  return divmodUnchecked(a, b)[0];
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x % 2) === 1;
}

/** float_pow from CPython's floatobject.c */
export function floatPow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (base !== base) return base;
  if (exponent !== exponent) return base === 1 ? 1 : exponent;
  if (exponent === Infinity || exponent === -Infinity) {
    const magnitude = Math.abs(base);
    if (magnitude === 1) return 1;
    return exponent > 0 === magnitude > 1 ? Infinity : 0;
  }
  if (base === Infinity || base === -Infinity) {
    const odd = isOddInteger(exponent);
    if (exponent > 0) return odd ? base : Math.abs(base);
    return odd ? (base < 0 ? -0 : 0) : 0;
  }
  if (base === 0) {
    const odd = isOddInteger(exponent);
    if (exponent < 0) {
      throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    }
    return odd ? base : 0;
  }
  let negateResult = false;
  let magnitude = base;
  if (base < 0) {
    if (exponent !== Math.floor(exponent)) {
      throw pyError(
        'UnsupportedError',
        'complex numbers (a negative number raised to a fractional power makes one)',
      );
    }
    magnitude = -base;
    negateResult = isOddInteger(exponent);
  }
  if (magnitude === 1) return negateResult ? -1 : 1;
  const result = powPositive(magnitude, exponent);
  if (result === Infinity) throw pyError('OverflowError', "(34, 'Numerical result out of range')");
  return negateResult ? -result : result;
}

/** C's round(): half away from zero */
function roundHalfAway(x: number): number {
  const truncated = Math.trunc(x);
  return Math.abs(x - truncated) >= 0.5 ? truncated + Math.sign(x) : truncated;
}

/** round(x) for a float: an int, half to even */
export function floatRoundToInt(x: number): bigint {
  let rounded = roundHalfAway(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2 * roundHalfAway(x / 2);
  return floatToInt(rounded);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float: correctly rounded, half to even, like double_round */
export function floatRound(x: number, ndigits: bigint): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > BigInt(NDIGITS_MAX)) return x;
  if (ndigits < BigInt(NDIGITS_MIN)) return 0 * x;
  const places = Number(ndigits);
  if (x === 0) return x;
  const { digits, decpt } = fixedDigits(Math.abs(x), places);
  const sign = x < 0 ? '-' : '';
  const rounded = Number(`${sign}0${digits}e${decpt - digits.length}`);
  if (rounded === Infinity || rounded === -Infinity) {
    throw pyError('OverflowError', 'rounded value too large to represent');
  }
  return rounded;
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}
