// The compiler's placement checks: `return`/`yield` outside a function, `break`/`continue`
// outside a loop, `yield` inside a comprehension. CPython reports these after parsing succeeds.

import type { Expr, Module, Stmt } from '../ast';
import { syntaxError } from './errors';
import { exprChildren, keywordValues, parameterDefaults } from './walk';

interface Context {
  readonly inFunction: boolean;
  readonly inLoop: boolean;
  /** set inside a comprehension's own scope, e.g. 'list comprehension' */
  readonly comprehension: string | null;
}

const COMPREHENSION_NAMES: Readonly<Record<string, string>> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension',
  DictComp: 'dict comprehension', GeneratorExp: 'generator expression',
};

export function checkContext(module: Module): void {
  const ctx: Context = { inFunction: false, inLoop: false, comprehension: null };
  for (const s of module.body) checkStmt(s, ctx);
}

function checkBody(body: readonly Stmt[], ctx: Context): void {
  for (const s of body) checkStmt(s, ctx);
}

function checkStmt(s: Stmt, ctx: Context): void {
  const exprs = (...es: (Expr | null)[]): void => {
    for (const e of es) if (e) checkExpr(e, ctx);
  };
  switch (s.kind) {
    case 'Return':
      if (!ctx.inFunction) throw syntaxError("'return' outside function", s.line, s.col);
      return exprs(s.value);
    case 'Break':
      if (!ctx.inLoop) throw syntaxError("'break' outside loop", s.line, s.col);
      return;
    case 'Continue':
      if (!ctx.inLoop) throw syntaxError("'continue' not properly in loop", s.line, s.col);
      return;
    case 'Expr': return exprs(s.value);
    case 'Assign': return exprs(...s.targets, s.value);
    case 'AugAssign': return exprs(s.target, s.value);
    case 'Delete': return exprs(...s.targets);
    case 'Pass': case 'Global': case 'Nonlocal': case 'Import': case 'ImportFrom': return;
    case 'If':
      exprs(s.test);
      checkBody(s.body, ctx);
      return checkBody(s.orelse, ctx);
    case 'While': case 'For':
      if (s.kind === 'While') exprs(s.test); else exprs(s.target, s.iter);
      checkBody(s.body, { ...ctx, inLoop: true });
      return checkBody(s.orelse, ctx);
    case 'FunctionDef':
      exprs(...s.decorators, ...parameterDefaults(s.params));
      return checkBody(s.body, { inFunction: true, inLoop: false, comprehension: null });
    case 'ClassDef':
      exprs(...s.decorators, ...s.bases, ...keywordValues(s.keywords));
      return checkBody(s.body, { inFunction: false, inLoop: false, comprehension: null });
    case 'Try':
      checkBody(s.body, ctx);
      for (const h of s.handlers) {
        exprs(h.type);
        checkBody(h.body, ctx);
      }
      checkBody(s.orelse, ctx);
      return checkBody(s.finalbody, ctx);
    case 'Raise': return exprs(s.exc, s.cause);
    case 'Assert': return exprs(s.test, s.msg);
    default: {
      const never: never = s;
      return never;
    }
  }
}

function checkExpr(e: Expr, ctx: Context): void {
  switch (e.kind) {
    case 'Starred':
      // reached only where no display or call holds it: `x = *a`
      throw syntaxError("can't use starred expression here", e.line, e.col);
    case 'Yield': case 'YieldFrom':
      if (ctx.comprehension) throw syntaxError(`'yield' inside ${ctx.comprehension}`, e.line, e.col);
      if (!ctx.inFunction) throw syntaxError("'yield' outside function", e.line, e.col);
      break;
    case 'Lambda':
      for (const d of parameterDefaults(e.params)) checkExpr(d, ctx);
      checkExpr(e.body, { inFunction: true, inLoop: false, comprehension: null });
      return;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      // the first iterable is evaluated outside; everything else runs in the comprehension
      const first = e.generators[0]!;
      checkExpr(first.iter, ctx);
      const inner: Context = { ...ctx, comprehension: COMPREHENSION_NAMES[e.kind]! };
      for (const child of exprChildren(e)) if (child !== first.iter) checkExpr(child, inner);
      return;
    }
    case 'List': case 'Tuple': case 'Set':
      for (const elt of e.elts) checkExpr(elt.kind === 'Starred' ? elt.value : elt, ctx);
      return;
    case 'Call':
      checkExpr(e.func, ctx);
      for (const arg of e.args) checkExpr(arg.kind === 'Starred' ? arg.value : arg, ctx);
      for (const k of e.keywords) checkExpr(k.value, ctx);
      return;
    default:
      break;
  }
  for (const child of exprChildren(e)) checkExpr(child, ctx);
}
