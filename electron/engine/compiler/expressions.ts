// Expression compilation: every expression leaves one new reference on the value stack.
import type * as A from '../ast';
import { assertNever } from '../runtime/references';
import type { Compiler } from './compiler';
import { fold } from './folding';
import { compileComprehension, compileLambda } from './functions';
import { nameOp } from './names';
import { Op } from './opcodes';
import { binaryOpIndex } from './statements';

export const COMPARE_OPS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];
export const UNARY_OPS: readonly A.UnaryOperator[] = ['-', '+', 'not', '~'];

export function compileExpr(c: Compiler, e: A.Expr): void {
  const folded = e.kind === 'Constant' || e.kind === 'UnaryOp' || e.kind === 'BinOp' || e.kind === 'Tuple' ? fold(e) : null;
  if (folded) {
    c.loadConst(folded);
    return;
  }
  switch (e.kind) {
    case 'Constant':
      return; // folded above
    case 'Name':
      nameOp(c, e.id, 'load');
      return;
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.b.emit(Op.BinaryOp, binaryOpIndex(e.op));
      return;
    case 'UnaryOp':
      compileExpr(c, e.operand);
      c.b.emit(Op.UnaryOp, UNARY_OPS.indexOf(e.op));
      return;
    case 'BoolOp': {
      const end = c.b.label();
      e.values.forEach((v, i) => {
        compileExpr(c, v);
        if (i < e.values.length - 1) c.b.jump(e.op === 'and' ? Op.JumpIfFalseOrPop : Op.JumpIfTrueOrPop, end);
      });
      c.b.bind(end);
      return;
    }
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'Attribute':
      compileExpr(c, e.value);
      c.b.emit(Op.LoadAttr, c.b.nameIdx(e.attr));
      return;
    case 'Subscript':
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      c.b.emit(Op.BinarySubscr);
      return;
    case 'Slice':
      compileSliceParts(c, e);
      return;
    case 'List':
      return compileSequence(c, e.elts, 'list');
    case 'Tuple':
      return compileSequence(c, e.elts, 'tuple');
    case 'Set':
      return compileSequence(c, e.elts, 'set');
    case 'Dict':
      return compileDict(c, e);
    case 'Starred':
      return c.unsupported("starred expression here", e);
    case 'IfExp': {
      const orelse = c.b.label();
      const end = c.b.label();
      compileExpr(c, e.test);
      c.b.jump(Op.PopJumpIfFalse, orelse);
      compileExpr(c, e.body);
      c.b.jump(Op.Jump, end);
      c.b.bind(orelse);
      compileExpr(c, e.orelse);
      c.b.bind(end);
      return;
    }
    case 'Lambda':
      return compileLambda(c, e);
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'JoinedStr':
      if (e.values.length === 0) {
        c.loadConst({ type: 'str', value: '' });
        return;
      }
      for (const v of e.values) compileExpr(c, v);
      if (e.values.length !== 1 || e.values[0]!.kind !== 'FormattedValue') c.b.emit(Op.BuildString, e.values.length);
      return;
    case 'FormattedValue': {
      compileExpr(c, e.value);
      let flags = e.conversion === 's' ? 1 : e.conversion === 'r' ? 2 : e.conversion === 'a' ? 3 : 0;
      if (e.formatSpec) {
        compileExpr(c, e.formatSpec);
        flags |= 4;
      }
      c.b.emit(Op.FormatValue, flags);
      return;
    }
    case 'Yield':
      if (e.value) compileExpr(c, e.value);
      else c.loadNone();
      c.b.emit(Op.YieldValue);
      return;
    case 'YieldFrom':
      compileExpr(c, e.value);
      c.b.emit(Op.GetYieldFromIter);
      c.loadNone();
      c.b.emit(Op.Send);
      return;
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.b.emit(Op.Copy, 1);
      nameOp(c, e.target.id, 'store');
      return;
    default:
      return assertNever(e);
  }
}

function compileSliceParts(c: Compiler, e: A.Slice): void {
  for (const part of [e.lower, e.upper]) {
    if (part) compileExpr(c, part);
    else c.loadNone();
  }
  if (e.step) compileExpr(c, e.step);
  c.b.emit(Op.BuildSlice, e.step ? 3 : 2);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  compileExpr(c, e.left);
  const last = e.ops.length - 1;
  // Python/ast_opt.c fold_compare: only the LAST comparator of a chain is folded (a list display
  // becomes a tuple, a constant set a frozenset); `2 in [2] not in [[2]]` compares with a list
  const operand = (i: number): void => {
    const op = e.ops[i]!;
    if (i === last && (op === 'in' || op === 'not in')) compileIterable(c, e.comparators[i]!);
    else compileExpr(c, e.comparators[i]!);
  };
  if (last === 0) {
    operand(0);
    emitCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = c.b.label();
  const end = c.b.label();
  e.ops.forEach((op, i) => {
    operand(i);
    if (i < last) {
      c.b.emit(Op.Swap, 2);
      c.b.emit(Op.Copy, 2);
      emitCompare(c, op);
      c.b.jump(Op.JumpIfFalseOrPop, cleanup);
    } else {
      emitCompare(c, op);
    }
  });
  c.b.jump(Op.Jump, end);
  c.b.bind(cleanup);
  c.b.emit(Op.Swap, 2);
  c.b.emit(Op.PopTop);
  c.b.bind(end);
}

/**
 * An operand only iterated over (`for` targets, comprehension sources, the right side of a
 * chain's last `in`), as Python/ast_opt.c fold_iter rewrites it: a list display without `*`
 * becomes a tuple (a constant one when every item is constant, else BUILD_TUPLE), a set
 * display of constants a constant frozenset.
 */
export function compileIterable(c: Compiler, e: A.Expr): void {
  if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
    compileExpr(c, { ...e, kind: 'Tuple' });
    return;
  }
  if (e.kind === 'Set') {
    const items = e.elts.map((x) => (x.kind === 'Starred' ? null : fold(x)));
    if (items.every((x) => x !== null)) {
      c.loadConst({ type: 'frozenset', items: items as never });
      return;
    }
  }
  compileExpr(c, e);
}

function emitCompare(c: Compiler, op: A.CompareOperator): void {
  switch (op) {
    case 'is': c.b.emit(Op.IsOp, 0); return;
    case 'is not': c.b.emit(Op.IsOp, 1); return;
    case 'in': c.b.emit(Op.ContainsOp, 0); return;
    case 'not in': c.b.emit(Op.ContainsOp, 1); return;
    default: c.b.emit(Op.CompareOp, COMPARE_OPS.indexOf(op));
  }
}

/** Python/compile.c: displays longer than this are built item by item */
const STACK_USE_GUIDELINE = 30;

function compileSequence(c: Compiler, elts: readonly A.Expr[], kind: 'list' | 'tuple' | 'set'): void {
  const starred = elts.some((x) => x.kind === 'Starred');
  if (kind === 'list' && !starred && elts.length >= 3) {
    // CPython builds a list of 3+ constants by extending an empty list from a constant tuple
    const items = elts.map((x) => fold(x));
    if (items.every((x) => x !== null)) {
      c.b.emit(Op.BuildList, 0);
      c.loadConst({ type: 'tuple', items: items as never });
      c.b.emit(Op.ListExtend, 1);
      return;
    }
  }
  if (kind === 'set' && !starred && elts.length >= 3) {
    // CPython builds a set of 3+ constants by updating an empty set from a constant frozenset
    const items = elts.map((x) => fold(x));
    if (items.every((x) => x !== null)) {
      c.b.emit(Op.BuildSet, 0);
      c.loadConst({ type: 'frozenset', items: items as never });
      c.b.emit(Op.SetUpdate, 1);
      return;
    }
  }
  // CPython keeps the value stack short: a display of more than 30 items starts empty and adds
  // each item (which shows in getsizeof: 31 appends over-allocate, BUILD_LIST 31 does not)
  const big = elts.length > STACK_USE_GUIDELINE;
  if (!starred && !big) {
    for (const x of elts) compileExpr(c, x);
    c.b.emit(kind === 'list' ? Op.BuildList : kind === 'tuple' ? Op.BuildTuple : Op.BuildSet, elts.length);
    return;
  }
  // otherwise start a list (or set) from the items before the first star, then extend or add
  const build = kind === 'set' ? Op.BuildSet : Op.BuildList;
  let built = big;
  if (big) c.b.emit(build, 0);
  elts.forEach((x, i) => {
    if (x.kind === 'Starred') {
      if (!built) c.b.emit(build, i);
      built = true;
      compileExpr(c, x.value);
      c.b.emit(kind === 'set' ? Op.SetUpdate : Op.ListExtend, 1);
    } else {
      compileExpr(c, x);
      if (built) c.b.emit(kind === 'set' ? Op.SetAdd : Op.ListAppend, 1);
    }
  });
  if (kind === 'tuple') c.b.emit(Op.ListToTuple);
}

function compileDict(c: Compiler, e: A.DictExpr): void {
  const hasSpread = e.keys.some((k) => k === null);
  if (!hasSpread) {
    const keys = e.keys.map((k) => (k ? fold(k) : null));
    if (e.keys.length > 1 && keys.every((k) => k !== null && (k.type === 'str' || k.type === 'int'))) {
      for (const v of e.values) compileExpr(c, v);
      c.loadConst({ type: 'tuple', items: keys as never });
      c.b.emit(Op.BuildConstKeyMap, e.values.length);
      return;
    }
    e.keys.forEach((k, i) => {
      compileExpr(c, k!);
      compileExpr(c, e.values[i]!);
    });
    c.b.emit(Op.BuildMap, e.keys.length);
    return;
  }
  c.b.emit(Op.BuildMap, 0);
  e.keys.forEach((k, i) => {
    if (k === null) {
      compileExpr(c, e.values[i]!);
      c.b.emit(Op.DictUpdate, 1);
    } else {
      compileExpr(c, k);
      compileExpr(c, e.values[i]!);
      c.b.emit(Op.MapAdd, 1);
    }
  });
}

function compileCall(c: Compiler, e: A.Call): void {
  const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
  if (!simple) return compileCallEx(c, e);
  if (e.func.kind === 'Attribute') {
    compileExpr(c, e.func.value);
    c.b.emit(Op.LoadMethod, c.b.nameIdx(e.func.attr));
  } else {
    c.b.emit(Op.PushNull);
    compileExpr(c, e.func);
  }
  for (const a of e.args) compileExpr(c, a);
  for (const k of e.keywords) compileExpr(c, k.value);
  if (e.keywords.length > 0) {
    c.b.emit(Op.KwNames, c.constIdx({ type: 'tuple', items: e.keywords.map((k) => ({ type: 'str', value: k.arg! })) }));
  }
  c.b.emit(Op.Call, e.args.length + e.keywords.length);
}

function compileCallEx(c: Compiler, e: A.Call): void {
  c.b.emit(Op.PushNull);
  compileExpr(c, e.func);
  const onlyStar = e.args.length === 1 && e.args[0]!.kind === 'Starred';
  if (onlyStar) {
    compileExpr(c, (e.args[0] as A.Starred).value);
  } else {
    compileSequence(c, e.args, 'tuple');
  }
  const hasKw = e.keywords.length > 0;
  if (hasKw) {
    c.b.emit(Op.BuildMap, 0);
    for (const k of e.keywords) {
      if (k.arg === null) {
        compileExpr(c, k.value);
        c.b.emit(Op.DictMerge, 1);
      } else {
        c.loadConst({ type: 'str', value: k.arg });
        compileExpr(c, k.value);
        c.b.emit(Op.MapAdd, 1);
      }
    }
  }
  c.b.emit(Op.CallFunctionEx, hasKw ? 1 : 0);
}

export function compileStore(c: Compiler, t: A.Expr): void {
  switch (t.kind) {
    case 'Name':
      nameOp(c, t.id, 'store');
      return;
    case 'Attribute':
      compileExpr(c, t.value);
      c.b.emit(Op.StoreAttr, c.b.nameIdx(t.attr));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.b.emit(Op.StoreSubscr);
      return;
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((x) => x.kind === 'Starred');
      if (star < 0) c.b.emit(Op.UnpackSequence, t.elts.length);
      else c.b.emit(Op.UnpackEx, star | ((t.elts.length - star - 1) << 8));
      for (const x of t.elts) compileStore(c, x.kind === 'Starred' ? x.value : x);
      return;
    }
    default:
      return c.unsupported(`assignment to ${t.kind}`, t);
  }
}

export function compileDelete(c: Compiler, t: A.Expr): void {
  switch (t.kind) {
    case 'Name':
      nameOp(c, t.id, 'delete');
      return;
    case 'Attribute':
      compileExpr(c, t.value);
      c.b.emit(Op.DeleteAttr, c.b.nameIdx(t.attr));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.b.emit(Op.DeleteSubscr);
      return;
    case 'Tuple':
    case 'List':
      for (const x of t.elts) compileDelete(c, x);
      return;
    default:
      return c.unsupported(`del of ${t.kind}`, t);
  }
}
