// What the compiler needs to know about each scope; produced from the parser's symbol table
// analysis (parser/scopes.ts) by `scopeInfoFor`.
export type NameResolution = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

export interface ScopeInfo {
  readonly kind: 'module' | 'function' | 'lambda' | 'class' | 'comprehension';
  /** co_varnames order: parameters, then other locals as the compiler first meets them */
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly isGenerator: boolean;
  /** a class whose methods use `super()` or `__class__` gets an implicit `__class__` cell */
  readonly needsClassCell: boolean;
  resolve(name: string): NameResolution;
}

export interface ScopeLookup {
  /** the scope of a module, function, lambda, class or comprehension node */
  scopeOf(node: object): ScopeInfo;
}
