// A running (or suspended) function activation: CPython 3.11's _PyInterpreterFrame.
import type { CodeObject } from '../compiler/code';
import type { CallScratch } from '../runtime/call-protocol';
import type { PyDict, PyFrameObject, PyFunction, PyGenerator, PyObj } from '../runtime/objects';

/** An active `try` (or cleanup) region: where to jump, and how deep the stack was. */
export interface Block {
  readonly handler: number;
  readonly level: number;
  /** cleanup blocks restore the previously handled exception, which sits just below `level` */
  readonly cleanup: boolean;
}

let nextFrameId = 1;

export class Frame {
  readonly id = nextFrameId++;
  /** locals, then cells, then free-variable cells (CPython's localsplus); null = unbound */
  readonly locals: (PyObj | null)[];
  readonly stack: PyObj[];
  sp = 0;
  pc = 0;
  readonly blocks: Block[] = [];
  /** the line the frame is on, for tracebacks and the trace */
  line: number;
  /** the generator this frame belongs to, if any */
  generator: PyGenerator | null = null;
  /** the frame that called this one within the same run loop */
  back: Frame | null = null;
  /** whether returning from this frame should leave the run loop (re-entrant calls) */
  isEntry = false;
  /** the frame object a traceback made for this frame (this frame holds one reference) */
  frameObject: PyFrameObject | null = null;
  /**
   * what the caller's call machinery holds until this frame is gone: _PyStack_UnpackDict's
   * array, then CALL_FUNCTION_EX's callable, argument tuple and keywords dict (released in order)
   */
  callHeld: { readonly scratch: CallScratch | null; readonly refs: readonly PyObj[] } | null = null;
  /** keyword names pending for the next Call */
  kwNames: readonly string[] | null = null;

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    /** class bodies and the module: the namespace STORE_NAME writes to */
    readonly namespace: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.locals = new Array(code.varnames.length + code.cellvars.length + code.freevars.length).fill(null);
    this.stack = new Array(code.stackSize + 4);
    this.line = code.firstLine;
  }
}
