// The symbol table: for every scope (module, def, lambda, class, comprehension) how each name
// resolves, and the frame layout CPython 3.11 gives its code object.

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

/** CPython's symtable scopes: LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT. */
export type NameResolution = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

export interface Scope {
  readonly kind: ScopeKind;
  /** the def/class name, or CPython's '<lambda>', '<listcomp>', '<genexpr>', '<module>' ... */
  readonly name: string;
  /** the Module, FunctionDef, Lambda, ClassDef or comprehension node */
  readonly node: object;
  /** nested scopes in the order CPython's symtable meets them */
  readonly children: readonly Scope[];
  /** every name in this scope's symbol table with its resolution */
  readonly symbols: ReadonlyMap<string, NameResolution>;
  /**
   * co_varnames: parameters (positional, keyword-only, *args, **kwargs), then the other fast
   * locals in the order the compiler first emits them. Empty for module and class bodies.
   */
  readonly varnames: readonly string[];
  /** co_cellvars, sorted as CPython sorts them */
  readonly cellvars: readonly string[];
  /** co_freevars, sorted */
  readonly freevars: readonly string[];
  /** the body contains yield (generator expressions always are generators) */
  readonly isGenerator: boolean;
  /** a class whose methods use `super` or `__class__`: its body gets a `__class__` cell */
  readonly needsClassCell: boolean;
  /**
   * Class bodies only: names that are both bound in the class body and free in a method; the
   * class body reads them from its own namespace, the method from the enclosing function's cell.
   */
  readonly freeInClass: ReadonlySet<string>;
  /** the resolution of `name` here; names absent from the table are global-implicit */
  resolve(name: string): NameResolution;
}

export interface ScopeTable {
  readonly module: Scope;
  /** the scope of a Module, FunctionDef, Lambda, ClassDef or comprehension node */
  scopeOf(node: object): Scope;
}
