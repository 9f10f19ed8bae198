// The parser's entry point: source text -> Module, or a SourceError as CPython would report it.

import type { Module } from '../ast';
import { checkContext } from './context-check';
import { checkDepth } from './depth-check';
import { Parser } from './statements';
import { tokenize } from './tokenizer';

export function parse(source: string): Module {
  const module = new Parser(tokenize(source), source).module();
  checkDepth(module);
  checkContext(module);
  return module;
}

export { analyzeScopes } from './scopes';
export type { NameResolution, Scope, ScopeKind, ScopeTable } from './scope-types';
