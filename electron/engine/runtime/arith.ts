// Binary and unary operators: the builtin numeric and sequence rules, user dunders with
// reflected operands (`__radd__`), and in-place forms (`a += [x]` extends the same list).
import type { BinaryOperator } from '../ast';
import { PyValueError } from '../values/py-error';
import * as N from '../values/numbers';
import { lookupInMro, typeName } from './attributes';
import type { PyObj } from './objects';
import { truthy } from './compare';
import type { Runtime } from './runtime';
import { Unsupported } from './errors';
import { listExtend, listInplaceRepeat, sequenceConcat, sequenceRepeat } from './list-ops';
import { setBinary, setInplace } from './set-ops';
import { percentFormatObject } from './string-format';
import { dictMergeInto } from './dict-merge';
import { bigIntMillis, intBytesForBits, resultBits } from '../values/int-size';

const DUNDERS: Record<BinaryOperator, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '<<': 'lshift', '>>': 'rshift', '|': 'or', '^': 'xor', '&': 'and', '@': 'matmul',
};

/** Runs a pure numeric function, turning its errors into Python exceptions. */
export function numeric<T>(rt: Runtime, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyValueError) {
      if (e.pyType === 'UnsupportedError') throw new Unsupported(e.message);
      throw rt.error(rt.types[e.pyType] ?? rt.types.ValueError, e.message);
    }
    throw e;
  }
}

export function numberResult(rt: Runtime, v: N.PyNum): PyObj {
  return typeof v === 'bigint' ? rt.int(v) : rt.float(v);
}

function numericValue(o: PyObj): N.PyNum | null {
  return o.kind === 'int' || o.kind === 'float' ? o.value : null;
}

/** A power, product or shift whose result would be huge is charged before V8 computes it. */
export function chargeBigResult(rt: Runtime, op: '**' | '*' | '<<', x: bigint, y: bigint): void {
  const bits = resultBits(op, x, y);
  if (bits === null || bits < 1_000_000) return;
  // a shift only copies its operand: its time is the memory's; a power or product multiplies
  const millis = op === '<<' ? 0 : bigIntMillis(bits);
  const digits = Math.round(bits * Math.log10(2)).toLocaleString('en-US');
  rt.chargeBeforeBuilding(Number.isFinite(bits) ? intBytesForBits(bits) : Infinity, millis, `an int of about ${digits} digits`);
}

function builtinNumeric(rt: Runtime, op: BinaryOperator, x: N.PyNum, y: N.PyNum): PyObj | null {
  const bothInt = typeof x === 'bigint' && typeof y === 'bigint';
  if (bothInt && (op === '**' || op === '*' || op === '<<')) chargeBigResult(rt, op, x as bigint, y as bigint);
  switch (op) {
    case '+': return numberResult(rt, numeric(rt, () => N.numAdd(x, y)));
    case '-': return numberResult(rt, numeric(rt, () => N.numSub(x, y)));
    case '*': return numberResult(rt, numeric(rt, () => N.numMul(x, y)));
    case '/': return rt.float(numeric(rt, () => N.numTrueDiv(x, y)));
    case '//': return numberResult(rt, numeric(rt, () => N.numFloorDiv(x, y)));
    case '%': return numberResult(rt, numeric(rt, () => N.numMod(x, y)));
    case '**': return numberResult(rt, numeric(rt, () => N.numPow(x, y)));
  }
  if (!bothInt) return null;
  const a = x as bigint;
  const b = y as bigint;
  switch (op) {
    case '<<': return rt.int(numeric(rt, () => N.intLeftShift(a, b)));
    case '>>': return rt.int(numeric(rt, () => N.intRightShift(a, b)));
    case '|': return rt.int(a | b);
    case '^': return rt.int(a ^ b);
    case '&': return rt.int(a & b);
    default: return null;
  }
}

/** PyUnicode_Concat: with an empty operand the result is the other (exact str) operand itself. */
function strConcat(rt: Runtime, a: PyObj & { value: string }, b: PyObj & { value: string }): PyObj {
  if (a.value === '' && b.cls === rt.types.str) return rt.incref(b);
  if (b.value === '' && a.cls === rt.types.str) return rt.incref(a);
  return rt.str(a.value + b.value);
}

/** The builtin meaning of `a op b`, or null (NotImplemented). */
function builtinBinary(rt: Runtime, op: BinaryOperator, a: PyObj, b: PyObj): PyObj | null {
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== null && y !== null) {
    if (a.cls === rt.types.bool && b.cls === rt.types.bool && (op === '&' || op === '|' || op === '^')) {
      const r = op === '&' ? x === 1n && y === 1n : op === '|' ? x === 1n || y === 1n : x !== y;
      return rt.bool(r);
    }
    return builtinNumeric(rt, op, x, y);
  }
  switch (op) {
    case '+':
      if (a.kind === 'str' && b.kind === 'str') return strConcat(rt, a, b);
      if (a.kind === 'list' && b.kind === 'list') return sequenceConcat(rt, a, b);
      if (a.kind === 'tuple' && b.kind === 'tuple') return sequenceConcat(rt, a, b);
      return null;
    case '*':
      if (b.kind === 'int' && (a.kind === 'str' || a.kind === 'list' || a.kind === 'tuple')) return sequenceRepeat(rt, a, b.value);
      if (a.kind === 'int' && (b.kind === 'str' || b.kind === 'list' || b.kind === 'tuple')) return sequenceRepeat(rt, b, a.value);
      return null;
    case '%':
      if (a.kind === 'str') return percentFormatObject(rt, a.value, b);
      return null;
    case '|':
      if (a.kind === 'dict' && b.kind === 'dict') {
        const d = rt.dict();
        dictMergeInto(rt, d, a);
        dictMergeInto(rt, d, b);
        return d;
      }
      if (a.kind === 'set' && b.kind === 'set') return setBinary(rt, op, a, b);
      return null;
    case '&': case '^': case '-':
      if (a.kind === 'set' && b.kind === 'set') return setBinary(rt, op, a, b);
      return null;
    default:
      return null;
  }
}

function callDunder(rt: Runtime, o: PyObj, name: string, other: PyObj): PyObj | null {
  const m = lookupInMro(o.cls, name);
  if (!m || m.kind !== 'function') return null;
  const r = rt.call(m, [o, other], null);
  if (r === rt.NotImplemented) {
    rt.decref(r);
    return null;
  }
  return r;
}

export function binaryOp(rt: Runtime, op: BinaryOperator, a: PyObj, b: PyObj, inplace = false): PyObj {
  const name = DUNDERS[op];
  if (inplace) {
    const r = inplaceOp(rt, op, a, b) ?? callDunder(rt, a, `__i${name}__`, b);
    if (r) return r;
  }
  const userA = !a.cls.builtin;
  const userB = !b.cls.builtin && b.cls !== a.cls;
  if (userB && b.cls.mro.includes(a.cls)) {
    const r = callDunder(rt, b, `__r${name}__`, a);
    if (r) return r;
  }
  if (userA) {
    const r = callDunder(rt, a, `__${name}__`, b);
    if (r) return r;
  }
  const r = builtinBinary(rt, op, a, b);
  if (r) return r;
  if (userB) {
    const r2 = callDunder(rt, b, `__r${name}__`, a);
    if (r2) return r2;
  }
  const shown = inplace ? `${op}=` : op === '**' ? '** or pow()' : op;
  if (op === '+' && a.kind === 'str') throw rt.typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (op === '+' && (a.kind === 'list' || a.kind === 'tuple') && !inplace) {
    throw rt.typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  if (op === '*' && (a.kind === 'str' || a.kind === 'list' || a.kind === 'tuple') && b.kind !== 'int') {
    throw rt.typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  throw rt.typeError(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** In-place forms that mutate: list +=, list *=, set |= &= -= ^=, dict |=. */
function inplaceOp(rt: Runtime, op: BinaryOperator, a: PyObj, b: PyObj): PyObj | null {
  if (a.kind === 'list' && a.cls === rt.types.list) {
    if (op === '+') {
      listExtend(rt, a, b);
      return rt.incref(a);
    }
    if (op === '*' && b.kind === 'int') {
      listInplaceRepeat(rt, a, b.value);
      return rt.incref(a);
    }
  }
  if (a.kind === 'set' && !a.frozen && b.kind === 'set' && (op === '|' || op === '&' || op === '-' || op === '^')) {
    setInplace(rt, op, a, b);
    return rt.incref(a);
  }
  if (a.kind === 'dict' && op === '|') {
    dictMergeInto(rt, a, b);
    return rt.incref(a);
  }
  return null;
}

export function unaryOp(rt: Runtime, op: '-' | '+' | 'not' | '~', a: PyObj): PyObj {
  if (op === 'not') return rt.bool(!truthy(rt, a));
  if (a.kind === 'int' || a.kind === 'float') {
    if (op === '-') return numberResult(rt, N.numNeg(a.value));
    // long_long and float_pos return an exact int or float itself; a bool becomes a plain int
    if (op === '+') return a.cls === rt.types.bool ? rt.int(a.value as bigint) : rt.incref(a);
    if (op === '~' && a.kind === 'int') return rt.int(~a.value);
  }
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  const m = lookupInMro(a.cls, name);
  if (m && m.kind === 'function') return rt.call(m, [a], null);
  throw rt.typeError(`bad operand type for unary ${op}: '${typeName(a)}'`);
}
