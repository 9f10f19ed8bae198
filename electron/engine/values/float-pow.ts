// x ** y for positive finite doubles, correctly rounded. CPython calls the C library's pow,
// which on glibc is correctly rounded in all but astronomically rare cases; V8's Math.pow is
// often one unit off (2 ** 7.5), so the engine computes powers itself: exactly with bigints for
// small integer exponents, and through 192-bit fixed-point log/exp otherwise.
import { decompose } from './decimal-digits';
import { ratioToFloat } from './int-ops';

const PRECISION = 192n;
const ONE = 1n << PRECISION;
const TWO_ONE_SQUARED = (ONE * ONE) << 1n;

/** 2 * atanh(s) for a fixed-point |s| <= 1/3: the series s + s^3/3 + s^5/5 + ... */
function twiceAtanh(signed: bigint): bigint {
  // the series runs on |s|: >> floors, so a negative term would never reach 0
  if (signed < 0n) return -twiceAtanh(-signed);
  const s = signed;
  const s2 = (s * s) >> PRECISION;
  let power = s;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * s2) >> PRECISION;
  }
  return sum * 2n;
}

// ln 2 = 2 * atanh(1/3)
const LN2 = twiceAtanh(ONE / 3n);

/** ln(x) in fixed point, for a positive finite double */
function lnFixed(x: number): bigint {
  const { mantissa, exponent } = decompose(x);
  const bits = mantissa.toString(2).length;
  // x = z * 2**powerOfTwo with z = mantissa / 2**(bits-1) in [1, 2)
  let powerOfTwo = exponent + bits - 1;
  let z = mantissa << (PRECISION - BigInt(bits - 1));
  // keep z within [1/sqrt2, sqrt2] so the series converges fast
  if (z * z > TWO_ONE_SQUARED) {
    z >>= 1n;
    powerOfTwo += 1;
  }
  const s = ((z - ONE) << PRECISION) / (z + ONE);
  return twiceAtanh(s) + BigInt(powerOfTwo) * LN2;
}

/** e**r in fixed point, for a fixed-point |r| <= 1 */
function expFixed(r: bigint): bigint {
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (n << PRECISION);
    sum += term;
  }
  return sum;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

const EXACT_POW_LIMIT = 2048;

/** base ** exponent for base > 0, base != 1, both finite, exponent != 0; Infinity on overflow */
export function powPositive(base: number, exponent: number): number {
  if (Number.isInteger(exponent) && Math.abs(exponent) <= EXACT_POW_LIMIT) {
    return exactIntegerPow(base, exponent);
  }
  const lnBase = lnFixed(base);
  // |lnBase| >= 2**-53, so an exponent this large always overflows or underflows
  if (Math.abs(exponent) >= 2 ** 64) return lnBase > 0n === exponent > 0 ? Infinity : 0;
  const { mantissa, exponent: twos } = decompose(exponent);
  let t = lnBase * mantissa;
  t = twos >= 0 ? t << BigInt(twos) : t >> BigInt(-twos);
  if (exponent < 0) t = -t;
  if (t > 710n * ONE) return Infinity;
  if (t < -750n * ONE) return 0;
  // e**t = 2**k * e**r with |r| <= ln2/2
  const k = floorDiv(t + LN2 / 2n, LN2);
  const scaled = expFixed(t - k * LN2);
  const shift = PRECISION - k;
  return shift >= 0n ? ratioToFloat(scaled, 1n << shift) : ratioToFloat(scaled << -shift, 1n);
}

function exactIntegerPow(base: number, exponent: number): number {
  const { mantissa, exponent: twos } = decompose(base);
  const n = Math.abs(exponent);
  const totalTwos = twos * n;
  // base**n = mantissa**n * 2**totalTwos, inverted for negative exponents
  let num = mantissa ** BigInt(n);
  let den = 1n;
  if (totalTwos >= 0) num <<= BigInt(totalTwos);
  else den <<= BigInt(-totalTwos);
  return exponent > 0 ? ratioToFloat(num, den) : ratioToFloat(den, num);
}
