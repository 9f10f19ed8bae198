// Statement compilation. Loops keep their iterator on the value stack (a hidden holder whose
// reference counts, as in CPython); `try` regions push handler blocks; `return`, `break` and
// `continue` undo what lies between them and their target (compiler_unwind_fblock).
import type * as A from '../ast';
import { assertNever } from '../runtime/references';
import { SourceError } from '../source-error';
import type { FBlock } from './builder';
import type { Compiler } from './compiler';
import { compileExpr, compileIterable, compileStore, compileDelete } from './expressions';
import { compileClassDef, compileFunctionDef } from './functions';
import { Op } from './opcodes';
import { nameOp } from './names';
import { compileTry } from './try';

export function compileStatement(c: Compiler, s: A.Stmt): void {
  c.b.startLine(s);
  switch (s.kind) {
    case 'Expr':
      if (s.value.kind === 'Constant') {
        c.b.emit(Op.Nop); // a bare constant (a docstring) compiles to nothing but its line
        return;
      }
      compileExpr(c, s.value);
      c.b.emit(Op.PopTop);
      return;
    case 'Assign':
      compileExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.b.emit(Op.Copy, 1);
        compileStore(c, t);
      });
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Pass':
      c.b.emit(Op.Nop);
      return;
    case 'Break':
      return compileBreakContinue(c, s, 'break');
    case 'Continue':
      return compileBreakContinue(c, s, 'continue');
    case 'If':
      return compileIf(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'For':
      return compileFor(c, s);
    case 'FunctionDef':
      return compileFunctionDef(c, s);
    case 'ClassDef':
      return compileClassDef(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Global':
    case 'Nonlocal':
      c.b.emit(Op.Nop);
      return;
    case 'Try':
      return compileTry(c, s);
    case 'Raise':
      if (s.exc) compileExpr(c, s.exc);
      if (s.cause) compileExpr(c, s.cause);
      c.b.emit(Op.RaiseVarargs, s.cause ? 2 : s.exc ? 1 : 0);
      return;
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      for (const alias of s.names) {
        checkModule(c, alias.name, alias);
        c.loadConst({ type: 'int', value: 0n });
        c.loadNone();
        c.b.emit(Op.ImportName, c.b.nameIdx(alias.name));
        const top = alias.name.split('.')[0]!;
        if (alias.asname && alias.name.includes('.')) {
          for (const part of alias.name.split('.').slice(1)) {
            c.b.emit(Op.ImportFrom, c.b.nameIdx(part));
            c.b.emit(Op.Swap, 2);
            c.b.emit(Op.PopTop);
          }
        }
        nameOp(c, alias.asname ?? top, 'store');
      }
      return;
    case 'ImportFrom':
      checkModule(c, s.module, s);
      c.loadConst({ type: 'int', value: 0n });
      c.loadConst({ type: 'tuple', items: s.names.map((n) => ({ type: 'str' as const, value: n.name })) });
      c.b.emit(Op.ImportName, c.b.nameIdx(s.module));
      for (const alias of s.names) {
        if (alias.name === '*') c.unsupported("'import *'", alias);
        c.b.emit(Op.ImportFrom, c.b.nameIdx(alias.name));
        nameOp(c, alias.asname ?? alias.name, 'store');
      }
      c.b.emit(Op.PopTop);
      return;
    default:
      return assertNever(s);
  }
}

/** The simulator provides sys, gc, copy and weakref; any other import is outside its subset. */
const MODULES = new Set(['sys', 'gc', 'copy', 'weakref']);

function checkModule(c: Compiler, name: string, at: A.Span): void {
  if (!MODULES.has(name)) c.unsupported(`import of module '${name}' (the simulator provides sys, gc, copy and weakref)`, at);
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const t = s.target;
  switch (t.kind) {
    case 'Name':
      nameOp(c, t.id, 'load');
      compileExpr(c, s.value);
      c.b.emit(Op.InplaceOp, binaryOpIndex(s.op));
      nameOp(c, t.id, 'store');
      return;
    case 'Attribute':
      compileExpr(c, t.value);
      c.b.emit(Op.Copy, 1);
      c.b.emit(Op.LoadAttr, c.b.nameIdx(t.attr));
      compileExpr(c, s.value);
      c.b.emit(Op.InplaceOp, binaryOpIndex(s.op));
      c.b.emit(Op.Swap, 2);
      c.b.emit(Op.StoreAttr, c.b.nameIdx(t.attr));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.b.emit(Op.Copy, 2);
      c.b.emit(Op.Copy, 2);
      c.b.emit(Op.BinarySubscr);
      compileExpr(c, s.value);
      c.b.emit(Op.InplaceOp, binaryOpIndex(s.op));
      c.b.emit(Op.Swap, 3);
      c.b.emit(Op.Swap, 2);
      c.b.emit(Op.StoreSubscr);
      return;
    default:
      return assertNever(t);
  }
}

export const BINARY_OPS: readonly A.BinaryOperator[] = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '|', '^', '&', '@'];
export function binaryOpIndex(op: A.BinaryOperator): number {
  return BINARY_OPS.indexOf(op);
}

function compileIf(c: Compiler, s: A.If): void {
  const orelse = c.b.label();
  const end = c.b.label();
  compileExpr(c, s.test);
  c.b.jump(Op.PopJumpIfFalse, orelse);
  c.body(s.body);
  if (s.orelse.length > 0) c.b.jump(Op.Jump, end);
  c.b.bind(orelse);
  if (s.orelse.length > 0) {
    c.body(s.orelse);
    c.b.bind(end);
  }
}

function compileWhile(c: Compiler, s: A.While): void {
  const start = c.b.label();
  const end = c.b.label();
  const orelse = c.b.label();
  c.b.bind(start);
  c.b.markLineStartAt(c.b.position);
  compileExpr(c, s.test);
  c.b.jump(Op.PopJumpIfFalse, orelse);
  c.pushBlock({ type: 'while', start, end });
  c.body(s.body);
  c.popBlock();
  c.b.jump(Op.Jump, start);
  c.b.bind(orelse);
  c.body(s.orelse);
  c.b.bind(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.b.label();
  const cleanup = c.b.label();
  const end = c.b.label();
  compileIterable(c, s.iter);
  c.b.emit(Op.GetIter);
  c.b.bind(start);
  c.b.line = s.line;
  c.b.markLineStartAt(c.b.position);
  c.b.jump(Op.ForIter, cleanup);
  compileStore(c, s.target);
  c.pushBlock({ type: 'for', start, end });
  c.body(s.body);
  c.popBlock();
  c.b.jump(Op.Jump, start);
  c.b.bind(cleanup);
  c.body(s.orelse);
  c.b.bind(end);
}

function compileReturn(c: Compiler, s: A.Return): void {
  if (c.scope.kind === 'module' || c.scope.kind === 'class') {
    throw new SourceError('syntax', 'SyntaxError', "'return' outside function", s.line, s.col);
  }
  if (s.value) compileExpr(c, s.value);
  else c.loadNone();
  unwindAll(c, true);
  c.b.emit(Op.ReturnValue);
}

/** Undoes every enclosing block (for a `return`), keeping the value on top when asked. */
function unwindAll(c: Compiler, preserveTop: boolean): void {
  const saved = [...c.b.fblocks];
  for (let i = saved.length - 1; i >= 0; i--) {
    unwindBlock(c, saved[i]!, preserveTop, saved.slice(0, i));
  }
  c.b.fblocks.splice(0, c.b.fblocks.length, ...saved);
}

function compileBreakContinue(c: Compiler, s: A.Break | A.Continue, what: 'break' | 'continue'): void {
  const saved = [...c.b.fblocks];
  for (let i = saved.length - 1; i >= 0; i--) {
    const block = saved[i]!;
    if (block.type === 'while' || block.type === 'for') {
      if (what === 'break') {
        unwindBlock(c, block, false, saved.slice(0, i));
        c.b.fblocks.splice(0, c.b.fblocks.length, ...saved);
        c.b.jump(Op.Jump, block.end);
      } else {
        c.b.fblocks.splice(0, c.b.fblocks.length, ...saved);
        c.b.jump(Op.Jump, block.start);
      }
      return;
    }
    unwindBlock(c, block, false, saved.slice(0, i));
  }
  throw new SourceError('syntax', 'SyntaxError', `'${what}' outside loop`, s.line, s.col);
}

/**
 * Emits the code that leaves one block early. `outer` is the block stack outside it, in force
 * while an inlined `finally` body runs.
 */
function unwindBlock(c: Compiler, block: FBlock, preserveTop: boolean, outer: FBlock[]): void {
  switch (block.type) {
    case 'while':
      return;
    case 'for':
      if (preserveTop) c.b.emit(Op.Swap, 2);
      c.b.emit(Op.PopTop);
      return;
    case 'try-except':
      c.b.emit(Op.PopBlock);
      return;
    case 'finally-try': {
      c.b.emit(Op.PopBlock);
      const saved = c.b.fblocks.splice(0, c.b.fblocks.length, ...outer);
      if (preserveTop) c.pushBlock({ type: 'pop-value' });
      c.body(block.finalbody);
      c.b.fblocks.splice(0, c.b.fblocks.length, ...saved);
      return;
    }
    case 'finally-end':
      c.b.emit(Op.PopBlock);
      if (preserveTop) c.b.emit(Op.Swap, 2);
      c.b.emit(Op.PopTop);
      if (preserveTop) c.b.emit(Op.Swap, 2);
      c.b.emit(Op.PopExcept);
      return;
    case 'handler':
      if (block.name !== null) {
        c.b.emit(Op.PopBlock);
        c.loadNone();
        nameOp(c, block.name, 'store');
        nameOp(c, block.name, 'delete');
      }
      c.b.emit(Op.PopBlock);
      if (preserveTop) c.b.emit(Op.Swap, 2);
      c.b.emit(Op.PopExcept);
      return;
    case 'pop-value':
      if (preserveTop) c.b.emit(Op.Swap, 2);
      c.b.emit(Op.PopTop);
      return;
    default:
      return assertNever(block);
  }
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.b.label();
  compileExpr(c, s.test);
  c.b.jump(Op.PopJumpIfTrue, end);
  c.b.emit(Op.LoadAssertionError);
  if (s.msg) {
    compileExpr(c, s.msg);
    c.b.emit(Op.Call, 0);
  }
  c.b.emit(Op.RaiseVarargs, 1);
  c.b.bind(end);
}
