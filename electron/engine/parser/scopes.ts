// Scope analysis: CPython 3.11's symbol table (collect, then resolve) plus the frame layout its
// compiler derives from it (co_varnames, co_cellvars, co_freevars), keyed by AST node.

import type { Module } from '../ast';
import { namesInCompileOrder } from './compile-order';
import { resolveScopes, type Resolved } from './scope-resolution';
import type { NameResolution, Scope, ScopeTable } from './scope-types';
import { collectSymbols, type RawScope } from './symbol-collector';

export function analyzeScopes(module: Module): ScopeTable {
  const top = collectSymbols(module);
  const resolved = resolveScopes(top);
  const byNode = new Map<object, Scope>();
  const root = buildScope(top, resolved, byNode);
  return {
    module: root,
    scopeOf(node: object): Scope {
      const scope = byNode.get(node);
      if (!scope) throw new Error('no scope for this node: only modules, defs, lambdas, classes and comprehensions have one');
      return scope;
    },
  };
}

function buildScope(raw: RawScope, resolved: Map<RawScope, Resolved>, byNode: Map<object, Scope>): Scope {
  const info = resolved.get(raw)!;
  const symbols: ReadonlyMap<string, NameResolution> = info.scopes;
  const namesWith = (r: NameResolution): string[] => [...symbols].filter(([, s]) => s === r).map(([n]) => n);
  const functionLike = raw.kind !== 'module' && raw.kind !== 'class';
  const scope: Scope = {
    kind: raw.kind,
    name: raw.name,
    node: raw.node,
    children: raw.children.map((c) => buildScope(c, resolved, byNode)),
    symbols,
    varnames: functionLike ? varnamesOf(raw, symbols) : [],
    // a class body's only cell is the implicit __class__ (CPython asserts it has no other)
    cellvars: raw.kind === 'class' ? (info.needsClassCell ? ['__class__'] : []) : namesWith('cell').sort(),
    freevars: [...new Set([...namesWith('free'), ...info.freeInClass])].sort(),
    isGenerator: raw.isGenerator,
    needsClassCell: info.needsClassCell,
    freeInClass: info.freeInClass,
    resolve: (name) => symbols.get(name) ?? 'global-implicit',
  };
  byNode.set(raw.node, scope);
  return scope;
}

/** Parameters first, then the fast locals in the order the compiler first emits them. */
function varnamesOf(raw: RawScope, symbols: ReadonlyMap<string, NameResolution>): string[] {
  const varnames = [...raw.params];
  const seen = new Set(varnames);
  namesInCompileOrder(raw.node, (name) => {
    if (!seen.has(name) && symbols.get(name) === 'local') {
      seen.add(name);
      varnames.push(name);
    }
  });
  return varnames;
}
