// Function, lambda, class and comprehension bodies: each compiles to its own code object, and
// the enclosing code builds the function object (defaults, closure cells) at run time.
import type * as A from '../ast';
import { CodeFlag } from './code';
import { Compiler } from './compiler';
import { compileExpr, compileIterable, compileStore } from './expressions';
import { nameOp } from './names';
import { Op } from './opcodes';

export const enum MakeFlag {
  Defaults = 1,
  KwDefaults = 2,
  Closure = 8,
}

function childQualname(c: Compiler, name: string): string {
  if (c.scope.kind === 'module') return name;
  if (c.scope.kind === 'class') return `${c.qualname}.${name}`;
  return `${c.qualname}.<locals>.${name}`;
}

/** Pushes the defaults and closure, then the function object for `child`'s code. */
function makeFunction(c: Compiler, child: Compiler, codeIdx: number, params: A.Parameters | null): void {
  let flags = 0;
  if (params) {
    const defaults = params.args.filter((p) => p.default !== null);
    if (defaults.length > 0) {
      for (const p of defaults) compileExpr(c, p.default!);
      c.b.emit(Op.BuildTuple, defaults.length);
      flags |= MakeFlag.Defaults;
    }
    const kwdefaults = params.kwonly.filter((p) => p.default !== null);
    if (kwdefaults.length > 0) {
      for (const p of kwdefaults) {
        c.loadConst({ type: 'str', value: p.name });
        compileExpr(c, p.default!);
      }
      c.b.emit(Op.BuildMap, kwdefaults.length);
      flags |= MakeFlag.KwDefaults;
    }
  }
  if (child.scope.freevars.length > 0) {
    for (const name of child.scope.freevars) c.b.emit(Op.LoadClosure, c.derefSlot(name));
    c.b.emit(Op.BuildTuple, child.scope.freevars.length);
    flags |= MakeFlag.Closure;
  }
  c.b.emit(Op.MakeFunction, flags | (codeIdx << 4));
}

function signature(params: A.Parameters): { argcount: number; kwonly: number; flags: number } {
  let flags = 0;
  if (params.vararg) flags |= CodeFlag.VarArgs;
  if (params.kwarg) flags |= CodeFlag.VarKeywords;
  return { argcount: params.args.length, kwonly: params.kwonly.length, flags };
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef): void {
  for (const d of s.decorators) compileExpr(c, d);
  const child = new Compiler(c.file, c.file.scopes.scopeOf(s), childQualname(c, s.name), c);
  child.body(s.body);
  child.loadNone();
  child.b.emit(Op.ReturnValue);
  const code = child.finish('function', s.name, signature(s.params), s.line);
  c.b.startLine(s);
  makeFunction(c, child, c.b.codeIdx(code), s.params);
  for (let i = 0; i < s.decorators.length; i++) c.b.emit(Op.Call, 0);
  nameOp(c, s.name, 'store');
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const child = new Compiler(c.file, c.file.scopes.scopeOf(e), childQualname(c, '<lambda>'), c);
  child.b.startLine(e.body);
  compileExpr(child, e.body);
  if (!child.scope.isGenerator) child.b.emit(Op.ReturnValue);
  else {
    child.b.emit(Op.PopTop);
    child.loadNone();
    child.b.emit(Op.ReturnValue);
  }
  const code = child.finish('lambda', '<lambda>', signature(e.params), e.line);
  makeFunction(c, child, c.b.codeIdx(code), e.params);
}

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorators) compileExpr(c, d);
  const child = new Compiler(c.file, c.file.scopes.scopeOf(s), childQualname(c, s.name), c);
  child.b.startLine(s);
  child.b.emit(Op.LoadName, child.b.nameIdx('__name__'));
  child.b.emit(Op.StoreName, child.b.nameIdx('__module__'));
  child.loadConst({ type: 'str', value: child.qualname });
  child.b.emit(Op.StoreName, child.b.nameIdx('__qualname__'));
  child.body(s.body);
  if (child.scope.needsClassCell) {
    child.b.emit(Op.LoadClosure, child.derefSlot('__class__'));
    child.b.emit(Op.Copy, 1);
    child.b.emit(Op.StoreName, child.b.nameIdx('__classcell__'));
  } else {
    child.loadNone();
  }
  child.b.emit(Op.ReturnValue);
  const code = child.finish('class', s.name, { argcount: 0, kwonly: 0, flags: 0 }, s.line);
  c.b.startLine(s);
  c.b.emit(Op.PushNull);
  c.b.emit(Op.LoadBuildClass);
  makeFunction(c, child, c.b.codeIdx(code), null);
  c.loadConst({ type: 'str', value: s.name });
  for (const base of s.bases) compileExpr(c, base);
  for (const k of s.keywords) {
    if (k.arg === null) c.unsupported("'**' in a class statement", k);
    compileExpr(c, k.value);
  }
  if (s.keywords.length > 0) {
    c.b.emit(Op.KwNames, c.constIdx({ type: 'tuple', items: s.keywords.map((k) => ({ type: 'str', value: k.arg! })) }));
  }
  c.b.emit(Op.Call, 2 + s.bases.length + s.keywords.length);
  for (let i = 0; i < s.decorators.length; i++) c.b.emit(Op.Call, 0);
  nameOp(c, s.name, 'store');
}

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_NAMES: Record<Comp['kind'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

/**
 * In 3.11 a comprehension is a function called at once with the iterator of its first
 * iterable (the hidden parameter `.0`); its result container lives on that function's stack.
 */
export function compileComprehension(c: Compiler, e: Comp): void {
  const name = COMP_NAMES[e.kind];
  const child = new Compiler(c.file, c.file.scopes.scopeOf(e), childQualname(c, name), c);
  child.b.startLine(e);
  if (e.kind === 'ListComp') child.b.emit(Op.BuildList, 0);
  if (e.kind === 'SetComp') child.b.emit(Op.BuildSet, 0);
  if (e.kind === 'DictComp') child.b.emit(Op.BuildMap, 0);
  compileGenerators(child, e, 0);
  if (e.kind === 'GeneratorExp') child.loadNone();
  child.b.emit(Op.ReturnValue);
  const code = child.finish(e.kind === 'GeneratorExp' ? 'genexpr' : 'comprehension', name, { argcount: 1, kwonly: 0, flags: 0 }, e.line);
  makeFunction(c, child, c.b.codeIdx(code), null);
  compileIterable(c, e.generators[0]!.iter);
  c.b.emit(Op.GetIter);
  c.b.emit(Op.Call, 0);
}

function compileGenerators(c: Compiler, e: Comp, depth: number): void {
  const gen = e.generators[depth]!;
  const start = c.b.label();
  const end = c.b.label();
  if (depth === 0) {
    c.b.emit(Op.LoadFast, c.localSlot('.0'));
  } else {
    compileIterable(c, gen.iter);
    c.b.emit(Op.GetIter);
  }
  c.b.bind(start);
  c.b.jump(Op.ForIter, end);
  compileStore(c, gen.target);
  for (const cond of gen.ifs) {
    compileExpr(c, cond);
    c.b.jump(Op.PopJumpIfFalse, start);
  }
  if (depth + 1 < e.generators.length) {
    compileGenerators(c, e, depth + 1);
  } else {
    const iterators = e.generators.length;
    switch (e.kind) {
      case 'ListComp':
        compileExpr(c, e.elt);
        c.b.emit(Op.ListAppend, iterators + 1);
        break;
      case 'SetComp':
        compileExpr(c, e.elt);
        c.b.emit(Op.SetAdd, iterators + 1);
        break;
      case 'DictComp':
        compileExpr(c, e.key);
        compileExpr(c, e.value);
        c.b.emit(Op.MapAdd, iterators + 1);
        break;
      case 'GeneratorExp':
        compileExpr(c, e.elt);
        c.b.emit(Op.YieldValue);
        c.b.emit(Op.PopTop);
        break;
    }
  }
  c.b.jump(Op.Jump, start);
  c.b.bind(end);
}
