// Python's numeric operators over int (bigint) and float (number), mixed operands included:
// an int meeting a float is converted first (OverflowError when too large), as CPython does.
import {
  floatDivmod,
  floatFloorDiv,
  floatMod,
  floatPow,
  floatRound,
  floatRoundToInt,
  floatTrueDiv,
  intToFloat,
} from './float-ops';
import {
  intDivmod,
  intFloorDiv,
  intMod,
  intPowNonNegative,
  intTrueDiv,
} from './int-ops';
import { divRoundHalfEven, pow10 } from './decimal-digits';

export type PyNum = bigint | number;

export * from './int-ops';
export * from './float-ops';

function asFloat(a: PyNum): number {
  return typeof a === 'bigint' ? intToFloat(a) : a;
}

export function numAdd(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  return asFloat(a) + asFloat(b);
}

export function numSub(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a - b;
  return asFloat(a) - asFloat(b);
}

export function numMul(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
  return asFloat(a) * asFloat(b);
}

/** `/`: always a float */
export function numTrueDiv(a: PyNum, b: PyNum): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intTrueDiv(a, b);
  return floatTrueDiv(asFloat(a), asFloat(b));
}

export function numFloorDiv(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intFloorDiv(a, b);
  return floatFloorDiv(asFloat(a), asFloat(b));
}

export function numMod(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intMod(a, b);
  return floatMod(asFloat(a), asFloat(b));
}

export function numDivmod(a: PyNum, b: PyNum): [PyNum, PyNum] {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intDivmod(a, b);
  return floatDivmod(asFloat(a), asFloat(b));
}

/** `**` without a modulus: int ** negative int is a float power, as in CPython */
export function numPow(a: PyNum, b: PyNum): PyNum {
  if (typeof a === 'bigint' && typeof b === 'bigint' && b >= 0n) return intPowNonNegative(a, b);
  return floatPow(asFloat(a), asFloat(b));
}

export function numNeg(a: PyNum): PyNum {
  return typeof a === 'bigint' ? -a : -a;
}

export function numAbs(a: PyNum): PyNum {
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  return Math.abs(a);
}

/** -1, 0 or 1; null when a float NaN makes the pair unordered. Exact for huge ints. */
export function numCompare(a: PyNum, b: PyNum): -1 | 0 | 1 | null {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== a || b !== b) return null;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint') return compareIntWithFloat(a, b as number);
  return compareFloatWithInt(a, b as bigint);
}

function compareFloatWithInt(x: number, n: bigint): -1 | 0 | 1 | null {
  const flipped = compareIntWithFloat(n, x);
  return flipped === null ? null : ((-flipped) as -1 | 0 | 1);
}

/** sign of n - x without rounding either side */
function compareIntWithFloat(n: bigint, x: number): -1 | 0 | 1 | null {
  if (x !== x) return null;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const floor = Math.floor(x);
  const floorInt = BigInt(floor);
  if (n < floorInt) return -1;
  if (n > floorInt) return 1;
  // n == floor(x): equal when x is integral, otherwise n < x
  return floor === x ? 0 : -1;
}

export function numEquals(a: PyNum, b: PyNum): boolean {
  return numCompare(a, b) === 0;
}

/** round(a) and round(a, ndigits); `ndigits` null means "not given" */
export function numRound(a: PyNum, ndigits: bigint | null): PyNum {
  if (typeof a === 'number') return ndigits === null ? floatRoundToInt(a) : floatRound(a, ndigits);
  if (ndigits === null || ndigits >= 0n) return a;
  return intRoundToPlaces(a, -ndigits);
}

/** round an int to a multiple of 10**places, half to even */
function intRoundToPlaces(a: bigint, places: bigint): bigint {
  const magnitude = a < 0n ? -a : a;
  // 10**places > 2*|a| rounds to 0; avoids building astronomically large powers
  if (places > BigInt(magnitude.toString().length)) return 0n;
  const unit = pow10(Number(places));
  const rounded = divRoundHalfEven(magnitude, unit) * unit;
  return a < 0n ? -rounded : rounded;
}
