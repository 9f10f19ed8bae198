// Scope analysis against CPython's symtable module and code objects: every scope's symbols and
// their resolution, co_varnames, co_cellvars, co_freevars and the generator flag.

import { describe, expect, it } from 'vitest';
import { SourceError } from '../source-error';
import { analyzeScopes, parse, type Scope } from './index';
import { SCOPE_CORPUS, SCOPE_ERRORS } from './scopes-corpus';
import { runPythonJson } from './test-oracle';

interface FlatScope {
  readonly kind: string;
  readonly name: string;
  readonly symbols: Record<string, string>;
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly isGenerator: boolean;
}
type Oracle = { readonly scopes: FlatScope[] } | { readonly error: { type: string; msg: string; lineno: number } };

function flatten(scope: Scope, out: FlatScope[] = []): FlatScope[] {
  out.push({
    kind: scope.kind, name: scope.name, symbols: Object.fromEntries(scope.symbols),
    varnames: scope.varnames, cellvars: scope.cellvars, freevars: scope.freevars, isGenerator: scope.isGenerator,
  });
  for (const child of scope.children) flatten(child, out);
  return out;
}

describe('scopes match CPython symtable and code objects', () => {
  const oracle = runPythonJson<Oracle[]>('cpython_scopes.py', SCOPE_CORPUS);
  it.each(SCOPE_CORPUS.map((src, i) => [JSON.stringify(src).slice(0, 70), i] as const))('%s', (_name, i) => {
    const expected = oracle[i]!;
    if (!('scopes' in expected)) throw new Error(`CPython rejects: ${JSON.stringify(expected.error)}`);
    expect(flatten(analyzeScopes(parse(SCOPE_CORPUS[i]!)).module)).toEqual(expected.scopes);
  });

  it('keys scopes by node, and marks the implicit __class__ cell', () => {
    const module = parse('class A:\n    def m(self):\n        return super().m()\n');
    const table = analyzeScopes(module);
    const cls = module.body[0]!;
    expect(table.scopeOf(module)).toBe(table.module);
    expect(table.scopeOf(cls).needsClassCell).toBe(true);
    expect(table.scopeOf(cls).cellvars).toEqual(['__class__']);
    expect(table.scopeOf(module).resolve('undefined_name')).toBe('global-implicit');
  });
});

describe('scope errors match CPython', () => {
  const oracle = runPythonJson<Oracle[]>('cpython_scopes.py', SCOPE_ERRORS);
  it.each(SCOPE_ERRORS.map((src, i) => [JSON.stringify(src).slice(0, 70), i] as const))('%s', (_name, i) => {
    const expected = oracle[i]!;
    if (!('error' in expected)) throw new Error('CPython accepts this program');
    let ours: unknown = 'ok';
    try {
      analyzeScopes(parse(SCOPE_ERRORS[i]!));
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      ours = { type: err.pythonType, msg: err.detail, lineno: err.line };
    }
    const { type, msg, lineno } = expected.error;
    expect(ours).toEqual({ type, msg, lineno });
  });
});
