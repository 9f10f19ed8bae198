// Turns a parsed module into code objects, statement by statement, the way CPython 3.11's
// compiler lays them out (the same holders on the value stack, the same cleanup on exits).
import type * as A from '../ast';
import { SourceError } from '../source-error';
import type { PyObj } from '../runtime/objects';
import { CodeBuilder, type FBlock } from './builder';
import { CodeFlag, type CodeObject } from './code';
import type { Folded } from './folding';
import { Op } from './opcodes';
import type { ScopeInfo, ScopeLookup } from './scope-info';
import { compileStatement } from './statements';
import { compileExpr } from './expressions';
import { maxStackDepth } from './stack-depth';

/** Makes the (file-wide, shared) constant objects; equal constants are one object. */
export interface ConstPool {
  constant(value: Folded): PyObj;
}

export interface FileContext {
  readonly scopes: ScopeLookup;
  readonly pool: ConstPool;
  readonly filename: string;
}

export class Compiler {
  readonly b = new CodeBuilder();
  /** locals slot of every cell and free variable, by name */
  private readonly derefSlots = new Map<string, number>();
  private readonly varnames: string[];

  constructor(
    readonly file: FileContext,
    readonly scope: ScopeInfo,
    readonly qualname: string,
    readonly parent: Compiler | null,
  ) {
    this.varnames = [...scope.varnames];
    // numbered within cells-then-frees; `finish` moves them past the final varnames
    let slot = 0;
    for (const c of scope.cellvars) this.derefSlots.set(c, slot++);
    for (const f of scope.freevars) this.derefSlots.set(f, slot++);
  }

  /** The varname slot of a local, adding it (CPython adds locals as it first meets them). */
  localSlot(name: string): number {
    let i = this.varnames.indexOf(name);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(name);
    }
    return i;
  }

  derefSlot(name: string): number {
    const s = this.derefSlots.get(name);
    if (s === undefined) throw new Error(`engine: no cell for ${name}`);
    return s;
  }

  constIdx(value: Folded): number {
    return this.b.constIdx(this.file.pool.constant(value));
  }

  loadConst(value: Folded): void {
    this.b.emit(Op.LoadConst, this.constIdx(value));
  }

  loadNone(): void {
    this.loadConst({ type: 'none' });
  }

  unsupported(what: string, at: A.Span): never {
    throw new SourceError('unsupported', 'SyntaxError', `unsupported: ${what}`, at.line, at.col);
  }

  body(stmts: readonly A.Stmt[]): void {
    for (const s of stmts) compileStatement(this, s);
  }

  pushBlock(block: FBlock): void {
    this.b.fblocks.push(block);
  }

  popBlock(): void {
    this.b.fblocks.pop();
  }

  /** Finishes this scope's code object. Slots: the final varnames, then cells, then frees. */
  finish(kind: CodeObject['kind'], name: string, args: { argcount: number; kwonly: number; flags: number }, firstLine: number): CodeObject {
    const finished = this.b.finish();
    // cells and free variables live after the varnames, now that all of those are known
    const base = this.varnames.length;
    for (let i = 0; i < finished.ops.length; i++) {
      const op = finished.ops[i];
      if (op === Op.LoadDeref || op === Op.StoreDeref || op === Op.DeleteDeref || op === Op.LoadClosure || op === Op.LoadClassDeref) {
        finished.args[i] = finished.args[i]! + base;
      }
    }
    let flags = args.flags;
    if (this.scope.isGenerator) flags |= CodeFlag.Generator;
    return {
      name,
      qualname: this.qualname,
      kind,
      ...finished,
      consts: this.b.consts,
      codes: this.b.codes,
      names: this.b.names,
      varnames: this.varnames,
      cellvars: this.scope.cellvars,
      freevars: this.scope.freevars,
      cellArgSlots: this.scope.cellvars.map((c) => this.scope.varnames.indexOf(c)),
      argcount: args.argcount,
      kwonlyargcount: args.kwonly,
      flags,
      firstLine,
      stackSize: maxStackDepth(finished.ops, finished.args),
      filename: this.file.filename,
    };
  }
}

export function compileModule(module: A.Module, file: FileContext): CodeObject {
  const c = new Compiler(file, file.scopes.scopeOf(module), '<module>', null);
  c.body(module.body);
  c.loadNone();
  c.b.emit(Op.ReturnValue);
  return c.finish('module', '<module>', { argcount: 0, kwonly: 0, flags: 0 }, 1);
}

/**
 * Compiles one expression to code that returns its value (eval mode), for probing a running
 * program's state: names resolve through the namespace the caller supplies.
 */
export function compileEval(module: A.Module, file: FileContext): CodeObject {
  const stmt = module.body[0];
  if (module.body.length !== 1 || !stmt || stmt.kind !== 'Expr') {
    throw new SourceError('syntax', 'SyntaxError', 'expected a single expression', stmt?.line ?? 1, 0);
  }
  const c = new Compiler(file, file.scopes.scopeOf(module), '<probe>', null);
  compileExpr(c, stmt.value);
  c.b.emit(Op.ReturnValue);
  return c.finish('module', '<probe>', { argcount: 0, kwonly: 0, flags: 0 }, 1);
}
