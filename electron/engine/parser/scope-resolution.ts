// Second pass of the symbol table, a transcription of CPython 3.11's analyze_block /
// analyze_name / analyze_cells / update_symbols: decides for every name in every scope whether
// it is local, a cell, free, or global, passing free variables up through the scopes between.

import { syntaxError } from './errors';
import { DEF_BOUND, DEF_GLOBAL, DEF_NONLOCAL, type RawScope } from './symbol-collector';
import type { NameResolution } from './scope-types';

export interface Resolved {
  readonly scopes: Map<string, NameResolution>;
  /** class scopes: names both bound in the class and free in a nested function */
  readonly freeInClass: Set<string>;
  needsClassCell: boolean;
}

interface Analysis {
  /** whether the block or one of its children has free variables (ste_free / ste_child_free) */
  hasFree: boolean;
  childFree: boolean;
}

export function resolveScopes(top: RawScope): Map<RawScope, Resolved> {
  const results = new Map<RawScope, Resolved>();
  analyzeBlock(top, null, new Set(), new Set(), results);
  return results;
}

const isFunctionBlock = (s: RawScope): boolean => s.kind !== 'module' && s.kind !== 'class';

function analyzeBlock(
  ste: RawScope, bound: Set<string> | null, free: Set<string>, global: Set<string>, results: Map<RawScope, Resolved>,
): Analysis {
  const local = new Set<string>();
  const scopes = new Map<string, NameResolution>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const analysis: Analysis = { hasFree: false, childFree: false };
  // a class namespace is invisible to nested functions: pass down the enclosing sets only
  if (ste.kind === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.flags) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, analysis);
  }
  if (ste.kind !== 'class') {
    if (isFunctionBlock(ste)) for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    const childAnalysis = analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), results);
    for (const f of childFree) allFree.add(f);
    if (childAnalysis.hasFree || childAnalysis.childFree) analysis.childFree = true;
  }
  for (const f of allFree) newFree.add(f);
  const resolved: Resolved = { scopes, freeInClass: new Set(), needsClassCell: false };
  if (isFunctionBlock(ste)) {
    // analyze_cells: a local that a nested scope uses freely becomes a cell
    for (const [name, scope] of scopes) {
      if (scope === 'local' && newFree.has(name)) {
        scopes.set(name, 'cell');
        newFree.delete(name);
      }
    }
  } else if (ste.kind === 'class' && newFree.delete('__class__')) {
    resolved.needsClassCell = true;
  }
  updateSymbols(ste, scopes, bound, newFree, resolved);
  for (const f of newFree) free.add(f);
  results.set(ste, resolved);
  return analysis;
}

function analyzeName(
  ste: RawScope, scopes: Map<string, NameResolution>, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, analysis: Analysis,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      const at = nonlocalStatementFor(ste, name);
      throw syntaxError(`name '${name}' is nonlocal and global`, at.line, at.col);
    }
    scopes.set(name, 'global-explicit');
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw syntaxError('nonlocal declaration not allowed at module level', 1, 0);
    if (!bound.has(name)) throw nonlocalError(ste, name);
    scopes.set(name, 'free');
    analysis.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound?.has(name)) {
    scopes.set(name, 'free');
    analysis.hasFree = true;
    free.add(name);
    return;
  }
  scopes.set(name, 'global-implicit');
  if (global.has(name)) return;
  if (ste.parent && ste.parent.kind !== 'module') analysis.hasFree = true;
}

/** Free variables of children that this scope does not bind pass through it as free too. */
function updateSymbols(
  ste: RawScope, scopes: Map<string, NameResolution>, bound: Set<string> | null, free: Set<string>, resolved: Resolved,
): void {
  for (const name of free) {
    const flags = ste.flags.get(name);
    if (flags !== undefined) {
      if (ste.kind === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) resolved.freeInClass.add(name);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.flags.set(name, 0);
    scopes.set(name, 'free');
  }
}

function nonlocalError(ste: RawScope, name: string): Error {
  const at = nonlocalStatementFor(ste, name);
  return syntaxError(`no binding for nonlocal '${name}' found`, at.line, at.col);
}

/** The `nonlocal` statement declaring `name` in this scope, for the error's position. */
function nonlocalStatementFor(ste: RawScope, name: string): { line: number; col: number } {
  const node = ste.node as { body?: readonly { kind: string; names?: readonly string[]; line: number; col: number; body?: unknown }[] };
  const stack = [...(node.body ?? [])];
  while (stack.length > 0) {
    const s = stack.shift()!;
    if (s.kind === 'Nonlocal' && s.names?.includes(name)) return s;
    for (const key of ['body', 'orelse', 'finalbody', 'handlers'] as const) {
      const inner = (s as unknown as Record<string, unknown>)[key];
      if (Array.isArray(inner)) stack.push(...(inner as typeof stack));
    }
  }
  return { line: 1, col: 0 };
}
