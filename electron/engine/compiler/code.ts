// A compiled function body (CPython's code object): instructions, constants, names and the
// frame layout the function's frames use.
import type { PyObj } from '../runtime/objects';

export const enum CodeFlag {
  VarArgs = 1,
  VarKeywords = 2,
  Generator = 4,
}

export interface CodeObject {
  readonly name: string;
  readonly qualname: string;
  readonly kind: 'module' | 'function' | 'lambda' | 'class' | 'comprehension' | 'genexpr';
  /** instruction i is ops[i] with argument args[i] */
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  /** source line of each instruction */
  readonly lines: Int32Array;
  /** 1 where an instruction begins a new line (a step the trace records) */
  readonly lineStarts: Uint8Array;
  /** constants (owned references, cached objects) */
  readonly consts: readonly PyObj[];
  /** nested code objects, referenced by MakeFunction through consts as indices */
  readonly codes: readonly CodeObject[];
  readonly names: readonly string[];
  /** local slots: varnames, then cells that are not arguments, then free variables */
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  /** for each cellvar, the argument slot it starts from, or -1 */
  readonly cellArgSlots: readonly number[];
  readonly argcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly firstLine: number;
  /** how deep the value stack can grow */
  readonly stackSize: number;
  readonly filename: string;
}

/** Number of local slots a frame for `code` needs. */
export function frameSlotCount(code: CodeObject): number {
  return code.varnames.length + code.cellvars.length + code.freevars.length;
}
