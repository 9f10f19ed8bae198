// The order in which CPython 3.11's compiler first emits a fast-local name operation in a
// function body: after the parameters, this is the rest of co_varnames. It follows codegen
// order, not source order: an assignment's value before its targets, `try`'s `else` before its
// handlers, a comprehension's outermost iterable in the enclosing scope.

import type { Comprehension, Expr, Stmt } from '../ast';
import { exprChildren, keywordValues, parameterDefaults } from './walk';

/** Calls `meet` with each name the code of this scope loads, stores or deletes, in codegen order. */
export function namesInCompileOrder(node: object, meet: (name: string) => void): void {
  const n = node as Stmt | Expr;
  switch (n.kind) {
    case 'FunctionDef': return statements(n.body, meet);
    case 'Lambda': return expr(n.body, meet);
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return comprehension(n.generators, [n.elt], meet);
    case 'DictComp':
      return comprehension(n.generators, [n.key, n.value], meet);
    default:
      return;
  }
}

function comprehension(generators: readonly Comprehension[], results: readonly Expr[], meet: (name: string) => void): void {
  generators.forEach((g, i) => {
    if (i > 0) expr(g.iter, meet);
    expr(g.target, meet);
    for (const cond of g.ifs) expr(cond, meet);
  });
  for (const r of results) expr(r, meet);
}

function statements(body: readonly Stmt[], meet: (name: string) => void): void {
  for (const s of body) statement(s, meet);
}

function statement(s: Stmt, meet: (name: string) => void): void {
  const exprs = (...es: (Expr | null)[]): void => {
    for (const e of es) if (e) expr(e, meet);
  };
  switch (s.kind) {
    case 'FunctionDef':
      exprs(...s.decorators, ...parameterDefaults(s.params));
      return meet(s.name);
    case 'ClassDef':
      exprs(...s.decorators, ...s.bases, ...keywordValues(s.keywords));
      return meet(s.name);
    case 'Return': return exprs(s.value);
    case 'Delete': return exprs(...s.targets);
    case 'Assign': return exprs(s.value, ...s.targets);
    case 'AugAssign': return exprs(s.target, s.value);
    case 'For':
      exprs(s.iter, s.target);
      statements(s.body, meet);
      return statements(s.orelse, meet);
    case 'While': case 'If':
      exprs(s.test);
      statements(s.body, meet);
      return statements(s.orelse, meet);
    case 'Raise': return exprs(s.exc, s.cause);
    case 'Try':
      statements(s.body, meet);
      statements(s.orelse, meet);
      for (const h of s.handlers) {
        exprs(h.type);
        if (h.name !== null) meet(h.name);
        statements(h.body, meet);
      }
      return statements(s.finalbody, meet);
    case 'Assert': return exprs(s.test, s.msg);
    case 'Import':
      for (const a of s.names) meet(a.asname ?? a.name.split('.')[0]!);
      return;
    case 'ImportFrom':
      for (const a of s.names) meet(a.asname ?? a.name);
      return;
    case 'Expr': return exprs(s.value);
    case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue': return;
    default: {
      const never: never = s;
      return never;
    }
  }
}

function expr(e: Expr, meet: (name: string) => void): void {
  switch (e.kind) {
    case 'Name': return meet(e.id);
    case 'Lambda':
      for (const d of parameterDefaults(e.params)) expr(d, meet);
      return;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp':
      return expr(e.generators[0]!.iter, meet);
    case 'NamedExpr':
      expr(e.value, meet);
      return expr(e.target, meet);
    default:
      for (const child of exprChildren(e)) expr(child, meet);
  }
}
