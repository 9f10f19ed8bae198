// First pass of the symbol table, as CPython's symtable.c: walk the tree, open a scope for each
// def, lambda, class and comprehension, and record how each name is used in each scope.

import type { Comprehension, Expr, Module, Parameters, Stmt } from '../ast';
import { syntaxError } from './errors';
import type { ScopeKind } from './scope-types';
import { exprChildren, keywordValues } from './walk';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_IMPORT = 128;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export interface RawScope {
  readonly kind: ScopeKind;
  readonly name: string;
  readonly node: object;
  readonly parent: RawScope | null;
  readonly children: RawScope[];
  /** symbol flags in first-use order */
  readonly flags: Map<string, number>;
  /** parameters in co_varnames order (CPython's ste_varnames) */
  readonly params: string[];
  /** comprehension iteration variables (walrus may not rebind them) */
  readonly iterationVars: Set<string>;
  isGenerator: boolean;
}

type Context = 'load' | 'store';

const COMPREHENSION_NAMES: Readonly<Record<string, string>> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

function newScope(kind: ScopeKind, name: string, node: object, parent: RawScope | null): RawScope {
  const scope: RawScope = {
    kind, name, node, parent, children: [], flags: new Map(), params: [], iterationVars: new Set(), isGenerator: false,
  };
  parent?.children.push(scope);
  return scope;
}

function addDef(scope: RawScope, name: string, flag: number): void {
  scope.flags.set(name, (scope.flags.get(name) ?? 0) | flag);
  if (flag & DEF_GLOBAL) {
    // CPython records every global declaration in the module's table too (st_global)
    let top = scope;
    while (top.parent) top = top.parent;
    if (top !== scope) top.flags.set(name, (top.flags.get(name) ?? 0) | DEF_GLOBAL);
  }
}

const isFunctionLike = (s: RawScope): boolean => s.kind === 'function' || s.kind === 'lambda' || s.kind === 'comprehension';

export function collectSymbols(module: Module): RawScope {
  const top = newScope('module', '<module>', module, null);
  for (const s of module.body) visitStmt(s, top);
  return top;
}

function visitBody(body: readonly Stmt[], scope: RawScope): void {
  for (const s of body) visitStmt(s, scope);
}

function visitStmt(s: Stmt, scope: RawScope): void {
  const load = (...es: (Expr | null)[]): void => {
    for (const e of es) if (e) visitExpr(e, scope, 'load');
  };
  switch (s.kind) {
    case 'FunctionDef': {
      addDef(scope, s.name, DEF_LOCAL);
      load(...defaultsOf(s.params), ...s.decorators);
      const inner = newScope('function', s.name, s, scope);
      addParams(inner, s.params);
      return visitBody(s.body, inner);
    }
    case 'ClassDef': {
      addDef(scope, s.name, DEF_LOCAL);
      load(...s.bases, ...keywordValues(s.keywords), ...s.decorators);
      return visitBody(s.body, newScope('class', s.name, s, scope));
    }
    case 'Return': return load(s.value);
    case 'Delete':
      for (const t of s.targets) visitExpr(t, scope, 'store');
      return;
    case 'Assign':
      for (const t of s.targets) visitExpr(t, scope, 'store');
      return load(s.value);
    case 'AugAssign':
      visitExpr(s.target, scope, 'store');
      return load(s.value);
    case 'For':
      visitExpr(s.target, scope, 'store');
      load(s.iter);
      visitBody(s.body, scope);
      return visitBody(s.orelse, scope);
    case 'While': case 'If':
      load(s.test);
      visitBody(s.body, scope);
      return visitBody(s.orelse, scope);
    case 'Raise': return load(s.exc, s.cause);
    case 'Try':
      visitBody(s.body, scope);
      for (const h of s.handlers) {
        load(h.type);
        if (h.name !== null) addDef(scope, h.name, DEF_LOCAL);
        visitBody(h.body, scope);
      }
      visitBody(s.orelse, scope);
      return visitBody(s.finalbody, scope);
    case 'Assert': return load(s.test, s.msg);
    case 'Import':
      for (const a of s.names) addDef(scope, a.asname ?? a.name.split('.')[0]!, DEF_IMPORT);
      return;
    case 'ImportFrom':
      for (const a of s.names) addDef(scope, a.asname ?? a.name, DEF_IMPORT);
      return;
    case 'Global': case 'Nonlocal':
      return declare(s.kind, s.names, scope, s);
    case 'Expr': return load(s.value);
    case 'Pass': case 'Break': case 'Continue': return;
    default: {
      const never: never = s;
      return never;
    }
  }
}

/** `global`/`nonlocal` after another use of the name is a compile-time error in CPython. */
function declare(kind: 'Global' | 'Nonlocal', names: readonly string[], scope: RawScope, at: Stmt): void {
  const word = kind === 'Global' ? 'global' : 'nonlocal';
  if (kind === 'Nonlocal' && scope.kind === 'module') {
    throw syntaxError('nonlocal declaration not allowed at module level', at.line, at.col);
  }
  for (const name of names) {
    const cur = scope.flags.get(name) ?? 0;
    if (cur & (DEF_PARAM | DEF_LOCAL | USE)) {
      const detail = cur & DEF_PARAM ? `name '${name}' is parameter and ${word}`
        : cur & USE ? `name '${name}' is used prior to ${word} declaration`
          : `name '${name}' is assigned to before ${word} declaration`;
      throw syntaxError(detail, at.line, at.col);
    }
    addDef(scope, name, kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL);
  }
}

function defaultsOf(params: Parameters): Expr[] {
  const out: Expr[] = [];
  for (const p of params.args) if (p.default) out.push(p.default);
  for (const p of params.kwonly) if (p.default) out.push(p.default);
  return out;
}

function addParams(scope: RawScope, params: Parameters): void {
  const all = [...params.args, ...params.kwonly];
  if (params.vararg) all.push(params.vararg);
  if (params.kwarg) all.push(params.kwarg);
  for (const p of all) {
    addDef(scope, p.name, DEF_PARAM);
    scope.params.push(p.name);
  }
}

function visitExpr(e: Expr, scope: RawScope, ctx: Context): void {
  switch (e.kind) {
    case 'Name':
      addDef(scope, e.id, ctx === 'store' ? DEF_LOCAL : USE);
      // a function that loads `super` gets an implicit reference to `__class__`
      if (ctx === 'load' && e.id === 'super' && isFunctionLike(scope)) addDef(scope, '__class__', USE);
      return;
    case 'Tuple': case 'List':
      for (const elt of e.elts) visitExpr(elt, scope, ctx);
      return;
    case 'Starred':
      return visitExpr(e.value, scope, ctx);
    case 'Lambda': {
      for (const d of defaultsOf(e.params)) visitExpr(d, scope, 'load');
      const inner = newScope('lambda', '<lambda>', e, scope);
      addParams(inner, e.params);
      return visitExpr(e.body, inner, 'load');
    }
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return visitComprehension(e, e.generators, [e.elt], scope);
    case 'DictComp':
      // CPython's symtable visits the value before the key
      return visitComprehension(e, e.generators, [e.value, e.key], scope);
    case 'Yield': case 'YieldFrom':
      scope.isGenerator = true;
      break;
    case 'NamedExpr':
      if (scope.kind === 'comprehension') extendNamedExprScope(e.target.id, scope, e);
      visitExpr(e.value, scope, 'load');
      return visitExpr(e.target, scope, 'store');
    default:
      break;
  }
  for (const child of exprChildren(e)) visitExpr(child, scope, 'load');
}

function visitComprehension(node: Expr, generators: readonly Comprehension[], results: readonly Expr[], scope: RawScope): void {
  const [outermost, ...rest] = generators;
  visitExpr(outermost!.iter, scope, 'load');
  const inner = newScope('comprehension', COMPREHENSION_NAMES[node.kind]!, node, scope);
  inner.isGenerator = node.kind === 'GeneratorExp';
  addDef(inner, '.0', DEF_PARAM);
  inner.params.push('.0');
  const target = (t: Expr): void => {
    for (const n of namesIn(t)) inner.iterationVars.add(n);
    visitExpr(t, inner, 'store');
  };
  target(outermost!.target);
  for (const cond of outermost!.ifs) visitExpr(cond, inner, 'load');
  for (const g of rest) {
    target(g.target);
    visitExpr(g.iter, inner, 'load');
    for (const cond of g.ifs) visitExpr(cond, inner, 'load');
  }
  for (const r of results) visitExpr(r, inner, 'load');
}

function namesIn(target: Expr): string[] {
  if (target.kind === 'Name') return [target.id];
  if (target.kind === 'Tuple' || target.kind === 'List') return target.elts.flatMap(namesIn);
  if (target.kind === 'Starred') return namesIn(target.value);
  return [];
}

/** A walrus in a comprehension binds in the nearest enclosing function (or module) scope. */
function extendNamedExprScope(name: string, current: RawScope, at: Expr): void {
  for (let s: RawScope | null = current; s; s = s.parent) {
    if (s.kind === 'comprehension') {
      if (s.iterationVars.has(name)) {
        throw syntaxError(`assignment expression cannot rebind comprehension iteration variable '${name}'`, at.line, at.col);
      }
      continue;
    }
    if (s.kind === 'class') {
      throw syntaxError('assignment expression within a comprehension cannot be used in a class body', at.line, at.col);
    }
    if (s.kind === 'module') {
      addDef(current, name, DEF_GLOBAL);
      addDef(s, name, DEF_GLOBAL);
      return;
    }
    addDef(current, name, (s.flags.get(name) ?? 0) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL);
    addDef(s, name, DEF_LOCAL);
    return;
  }
}
