// Accumulates one code object's instructions, with labels patched once known.
import type { Span } from '../ast';
import type { PyObj } from '../runtime/objects';
import { type CodeObject } from './code';
import { Op } from './opcodes';

export interface Label { pos: number; readonly refs: number[] }

/** What a `return`, `break` or `continue` must undo on its way out (CPython's fblocks). */
export type FBlock =
  | { readonly type: 'while'; readonly start: Label; readonly end: Label }
  | { readonly type: 'for'; readonly start: Label; readonly end: Label }
  | { readonly type: 'try-except' }
  | { readonly type: 'finally-try'; readonly finalbody: readonly import('../ast').Stmt[] }
  | { readonly type: 'finally-end' }
  | { readonly type: 'handler'; readonly name: string | null }
  | { readonly type: 'pop-value' };

export class CodeBuilder {
  private ops: number[] = [];
  private args: number[] = [];
  private lines: number[] = [];
  private starts: number[] = [];
  readonly consts: PyObj[] = [];
  readonly codes: CodeObject[] = [];
  private readonly constIndex = new Map<PyObj, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  line = 0;
  private pendingLineStart = false;

  /** Marks the next instruction as the start of a statement on `span.line`. */
  startLine(span: Span): void {
    this.line = span.line;
    this.pendingLineStart = true;
  }

  emit(op: Op, arg = 0): number {
    this.ops.push(op);
    this.args.push(arg);
    this.lines.push(this.line);
    this.starts.push(this.pendingLineStart ? 1 : 0);
    this.pendingLineStart = false;
    return this.ops.length - 1;
  }

  label(): Label {
    return { pos: -1, refs: [] };
  }

  jump(op: Op, target: Label): void {
    const at = this.emit(op, target.pos);
    if (target.pos < 0) target.refs.push(at);
  }

  bind(label: Label): void {
    label.pos = this.ops.length;
    for (const r of label.refs) this.args[r] = label.pos;
  }

  /** A loop's first instruction starts a line each time a backward jump lands on it. */
  markLineStartAt(pos: number): void {
    if (pos < this.starts.length) this.starts[pos] = 1;
    else this.pendingLineStart = true;
  }

  get position(): number {
    return this.ops.length;
  }

  constIdx(obj: PyObj): number {
    let i = this.constIndex.get(obj);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(obj);
      this.constIndex.set(obj, i);
      // each code object's co_consts holds a reference to the shared constant
      obj.rc++;
    }
    return i;
  }

  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  codeIdx(code: CodeObject): number {
    this.codes.push(code);
    return this.codes.length - 1;
  }

  finish(): { ops: Uint8Array; args: Int32Array; lines: Int32Array; lineStarts: Uint8Array } {
    return {
      ops: Uint8Array.from(this.ops),
      args: Int32Array.from(this.args),
      lines: Int32Array.from(this.lines),
      lineStarts: Uint8Array.from(this.starts),
    };
  }
}
