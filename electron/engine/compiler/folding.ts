// Constant folding as CPython 3.11's AST optimizer (Python/ast_opt.c) does it: operations on
// constants become one constant at compile time, within the same size limits, so that
// `c = 10 ** 3` shares its object with a literal `1000` elsewhere in the file.
import type { BinaryOperator, ConstantValue, Expr } from '../ast';

export type Folded =
  | ConstantValue
  | { readonly type: 'tuple'; readonly items: readonly Folded[] }
  | { readonly type: 'frozenset'; readonly items: readonly Folded[] };

const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

export function fold(e: Expr): Folded | null {
  switch (e.kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      const v = fold(e.operand);
      return v ? foldUnary(e.op, v) : null;
    }
    case 'BinOp': {
      const l = fold(e.left);
      if (!l) return null;
      const r = fold(e.right);
      return r ? foldBinary(e.op, l, r) : null;
    }
    case 'Tuple': {
      const items: Folded[] = [];
      for (const x of e.elts) {
        if (x.kind === 'Starred') return null;
        const f = fold(x);
        if (!f) return null;
        items.push(f);
      }
      return { type: 'tuple', items };
    }
    default:
      return null;
  }
}

function foldUnary(op: string, v: Folded): Folded | null {
  if (op === 'not') return null; // CPython leaves `not` to the peephole pass; no object is made
  if (v.type === 'int' || v.type === 'bool') {
    const n = v.type === 'bool' ? BigInt(v.value) : v.value;
    if (op === '-') return { type: 'int', value: -n };
    if (op === '+') return { type: 'int', value: n };
    if (op === '~') return { type: 'int', value: ~n };
  }
  if (v.type === 'float') {
    if (op === '-') return { type: 'float', value: -v.value };
    if (op === '+') return v;
  }
  return null;
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

function asInt(v: Folded): bigint | null {
  if (v.type === 'int') return v.value;
  if (v.type === 'bool') return v.value ? 1n : 0n;
  return null;
}

function foldBinary(op: BinaryOperator, l: Folded, r: Folded): Folded | null {
  const a = asInt(l);
  const b = asInt(r);
  if (a !== null && b !== null) return foldIntBinary(op, a, b);
  if (l.type === 'str' && r.type === 'str' && op === '+') {
    const s = l.value + r.value;
    return s.length <= MAX_STR_SIZE ? { type: 'str', value: s } : null;
  }
  if (op === '*' && l.type === 'str' && b !== null) return repeatStr(l.value, b);
  if (op === '*' && r.type === 'str' && a !== null) return repeatStr(r.value, a);
  if (l.type === 'tuple' && r.type === 'tuple' && op === '+') {
    const items = [...l.items, ...r.items];
    return items.length <= MAX_COLLECTION_SIZE ? { type: 'tuple', items } : null;
  }
  if (op === '*' && l.type === 'tuple' && b !== null) {
    if (b <= 0n) return { type: 'tuple', items: [] };
    if (BigInt(l.items.length) * b > BigInt(MAX_COLLECTION_SIZE)) return null;
    const items: Folded[] = [];
    for (let i = 0n; i < b; i++) items.push(...l.items);
    return { type: 'tuple', items };
  }
  const x = l.type === 'float' ? l.value : a !== null ? Number(a) : null;
  const y = r.type === 'float' ? r.value : b !== null ? Number(b) : null;
  if (x !== null && y !== null && (l.type === 'float' || r.type === 'float')) return foldFloatBinary(op, x, y);
  return null;
}

function repeatStr(s: string, n: bigint): Folded | null {
  if (n <= 0n) return { type: 'str', value: '' };
  if (BigInt(s.length) * n > BigInt(MAX_STR_SIZE)) return null;
  return { type: 'str', value: s.repeat(Number(n)) };
}

function foldIntBinary(op: BinaryOperator, a: bigint, b: bigint): Folded | null {
  const int = (value: bigint): Folded => ({ type: 'int', value });
  switch (op) {
    case '+': return int(a + b);
    case '-': return int(a - b);
    case '*':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS) return null;
      return int(a * b);
    case '//':
      if (b === 0n) return null;
      return int(floorDiv(a, b));
    case '%':
      if (b === 0n) return null;
      return int(a - floorDiv(a, b) * b);
    case '**':
      if (b < 0n) return null; // a float; left to run time like CPython would compute it
      if (a !== 0n && b > 0n && bitLength(a) * Number(b) > MAX_INT_BITS) return null;
      return int(a ** b);
    case '<<':
      if (b < 0n) return null;
      if (a !== 0n && (b > BigInt(MAX_INT_BITS) || bitLength(a) + Number(b) > MAX_INT_BITS)) return null;
      return int(a << b);
    case '>>':
      if (b < 0n) return null;
      return int(a >> b);
    case '&': return int(a & b);
    case '|': return int(a | b);
    case '^': return int(a ^ b);
    case '/': {
      if (b === 0n) return null;
      const abs = (n: bigint) => (n < 0n ? -n : n);
      if (abs(a) > 2n ** 53n || abs(b) > 2n ** 53n) return null; // exact rounding left to run time
      return { type: 'float', value: Number(a) / Number(b) };
    }
    default:
      return null;
  }
}

function foldFloatBinary(op: BinaryOperator, x: number, y: number): Folded | null {
  switch (op) {
    case '+': return { type: 'float', value: x + y };
    case '-': return { type: 'float', value: x - y };
    case '*': return { type: 'float', value: x * y };
    case '/': return y === 0 ? null : { type: 'float', value: x / y };
    default: return null; // floor division, modulo and powers of floats keep their run-time rules
  }
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
