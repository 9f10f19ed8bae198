// Test support: evaluates many Python expressions in ONE python3 process and returns CPython's
// results in a form comparable with the value layer's (bigint, number, string, errors).
import { execFileSync } from 'node:child_process';
import { PyValueError } from './py-error';

export type PyResult =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'none' }
  /** CPython made a complex number; the value layer refuses those (UnsupportedError) */
  | { readonly kind: 'complex' }
  | { readonly kind: 'tuple'; readonly items: readonly PyResult[] }
  | { readonly kind: 'error'; readonly pyType: string; readonly message: string };

const SCRIPT = String.raw`
import sys, json, math
def enc(v):
    if isinstance(v, bool): return {"kind": "bool", "value": v}
    if isinstance(v, int): return {"kind": "int", "value": hex(v)}
    if isinstance(v, float): return {"kind": "float", "value": repr(v)}
    if isinstance(v, str): return {"kind": "str", "value": v}
    if v is None: return {"kind": "none"}
    if isinstance(v, (tuple, list)): return {"kind": "tuple", "items": [enc(i) for i in v]}
    if isinstance(v, complex): return {"kind": "complex"}
    raise TypeError("cannot encode " + type(v).__name__)
def near_midpoint(x, y):
    """True when the exact x**y lies within 1% of a unit in the last place from a rounding
    midpoint: there glibc's pow (max error 0.52 ulp) may round either way"""
    import decimal
    with decimal.localcontext() as ctx:
        ctx.prec = 100
        exact = decimal.Decimal(x) ** decimal.Decimal(y)
        r = x ** y
        frac = (exact - decimal.Decimal(r)) / decimal.Decimal(math.ulp(r))
        return abs(abs(frac) - decimal.Decimal("0.5")) < decimal.Decimal("0.01")
out = []
env = {"math": math, "near_midpoint": near_midpoint}
for src in json.load(sys.stdin):
    try:
        out.append(enc(eval(src, env)))
    except Exception as e:
        out.append({"kind": "error", "pyType": type(e).__name__, "message": str(e)})
sys.stdout.write(json.dumps(out))
`;

function decodeInt(hex: string): bigint {
  return hex.startsWith('-') ? -BigInt(hex.slice(1)) : BigInt(hex);
}

function decodeFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

function decode(raw: Record<string, unknown>): PyResult {
  switch (raw.kind) {
    case 'int':
      return { kind: 'int', value: decodeInt(raw.value as string) };
    case 'float':
      return { kind: 'float', value: decodeFloat(raw.value as string) };
    case 'tuple':
      return { kind: 'tuple', items: (raw.items as Record<string, unknown>[]).map(decode) };
    default:
      return raw as PyResult;
  }
}

/** CPython's value (or exception) for each expression, in order */
export function pyEvalBatch(expressions: readonly string[]): PyResult[] {
  const stdout = execFileSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(expressions),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8' },
  });
  return (JSON.parse(stdout) as Record<string, unknown>[]).map(decode);
}

/** our value (or PyValueError) in the same shape, for toEqual against pyEvalBatch */
export function ours(compute: () => unknown): PyResult {
  try {
    return encodeValue(compute());
  } catch (error) {
    if (error instanceof PyValueError) {
      return { kind: 'error', pyType: error.pyType, message: error.message };
    }
    throw error;
  }
}

export function encodeValue(value: unknown): PyResult {
  if (typeof value === 'bigint') return { kind: 'int', value };
  if (typeof value === 'number') return { kind: 'float', value };
  if (typeof value === 'string') return { kind: 'str', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value === null || value === undefined) return { kind: 'none' };
  if (Array.isArray(value)) return { kind: 'tuple', items: value.map(encodeValue) };
  throw new Error(`cannot encode ${String(value)}`);
}

/** a Python expression for a JS value: bigint -> int, number -> float, string -> str */
export function pyLiteral(value: bigint | number | string | boolean | null): string {
  if (typeof value === 'bigint') {
    // CPython refuses decimal literals over 4300 digits
    if (value > 10n ** 1000n || value < -(10n ** 1000n)) {
      return value < 0n ? `(-0x${(-value).toString(16)})` : `(0x${value.toString(16)})`;
    }
    return `(${value})`;
  }
  if (typeof value === 'number') {
    if (value !== value) return "float('nan')";
    if (Object.is(value, -0)) return "(-0.0)";
    if (value === Infinity) return "float('inf')";
    if (value === -Infinity) return "float('-inf')";
    return `float('${value}')`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return 'None';
}

/** compare index by index, reporting the first few mismatches with their expressions */
export function mismatches(
  expressions: readonly string[],
  expected: readonly PyResult[],
  actual: readonly PyResult[],
  limit = 10,
): string[] {
  const found: string[] = [];
  for (let i = 0; i < expressions.length && found.length < limit; i++) {
    if (!sameResult(expected[i]!, actual[i]!)) {
      found.push(`${expressions[i]}: python ${show(expected[i]!)} ours ${show(actual[i]!)}`);
    }
  }
  return found;
}

function sameResult(a: PyResult, b: PyResult): boolean {
  // complex results (and complex overflow) are outside the value layer, which refuses them
  const complexInPython = a.kind === 'complex' || (a.kind === 'error' && a.message === 'complex exponentiation');
  if (complexInPython) return b.kind === 'error' && b.pyType === 'UnsupportedError';
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'float':
      return Object.is(a.value, (b as typeof a).value);
    case 'tuple': {
      const other = b as typeof a;
      return a.items.length === other.items.length && a.items.every((item, i) => sameResult(item, other.items[i]!));
    }
    case 'error': {
      const other = b as typeof a;
      return a.pyType === other.pyType && a.message === other.message;
    }
    case 'none':
      return true;
    default:
      return a.value === (b as typeof a).value;
  }
}

function show(result: PyResult): string {
  return JSON.stringify(result, (_key, v: unknown) =>
    typeof v === 'bigint' ? `${v}n` : typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v,
  );
}
