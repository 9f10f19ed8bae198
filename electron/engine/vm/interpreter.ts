// The run loop. Python-to-Python calls push a frame inside the same loop (as CPython 3.11
// does), so deep recursion never deepens the JavaScript stack; only calls made from engine code
// (a `__repr__` run by print, a `__del__` run by a decref) enter the loop again.
import type { CodeObject } from '../compiler/code';
import { CodeFlag } from '../compiler/code';
import { Op } from '../compiler/opcodes';
import { BINARY_OPS } from '../compiler/statements';
import { COMPARE_OPS, UNARY_OPS } from '../compiler/expressions';
import { MakeFlag } from '../compiler/functions';
import { binaryOp, unaryOp } from '../runtime/arith';
import { getAttr, delAttr, setAttr, lookupInMro } from '../runtime/attributes';
import { richCompare, truthy, type CompareOp } from '../runtime/compare';
import { dictGetStr, dictSetStr, dictDelStr, dictSet } from '../runtime/dict-ops';
import { BudgetExceeded, PyException } from '../runtime/errors';
import { getIter, iterNext } from '../runtime/iteration';
import type { PyCell, PyDict, PyFrameObject, PyFunction, PyGenerator, PyInstance, PyObj, PyTraceback, PyTuple } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { contains, delItem, getItem, setItem } from '../runtime/sequences';
import { listAppend, listExtend } from '../runtime/list-ops';
import { setAdd, setUpdate } from '../runtime/set-ops';
import { dictMergeInto } from '../runtime/dict-merge';
import { formatValue } from '../runtime/string-format';
import { str as pyStr, repr as pyRepr } from '../runtime/repr';
import { takeFrameReferences } from '../runtime/references';
import { bindArguments } from './arguments';
import { Frame } from './frame';
import { NULL, isNull } from './null';
import { importModule } from './imports';
import { unpackSequence, unpackEx } from './unpack';
import { sliceObject } from './slices';

/** How CPython names a callable in argument errors (_PyObject_FunctionStr). */
function functionStr(o: PyObj): string {
  if (o.kind === 'function') return `__main__.${o.qualname}()`;
  if (o.kind === 'builtin') return `${o.name}()`;
  if (o.kind === 'type') return o.builtin ? `${o.name}()` : `__main__.${o.qualname}()`;
  return `${o.cls.name} object`;
}

export interface Completion {
  /** true when the entry frame yielded (a generator suspended) rather than returned */
  readonly yielded: boolean;
  readonly value: PyObj;
}

export class Interpreter {
  /** the innermost running frame */
  frame: Frame | null = null;
  /** recursion units in use, counted like CPython 3.11's recursion_remaining */
  depthUnits = 0;

  constructor(readonly rt: Runtime) {}

  /** Runs `frame` (and what it calls inline) until it returns or yields. */
  execute(frame: Frame): Completion {
    const rt = this.rt;
    // the main program costs one unit; Python code entered from engine code costs two (the C call and the frame)
    // every Python frame costs one unit of CPython 3.11's recursion budget
    this.enterUnits(1);
    frame.isEntry = true;
    const caller = this.frame;
    frame.back = caller;
    this.frame = frame;
    rt.recorder?.framePushed(frame);
    try {
      return this.loop();
    } catch (e) {
      // whatever escaped, the caller's frame is current again
      this.frame = caller;
      throw e;
    } finally {
      this.depthUnits -= 1;
    }
  }

  /** CPython 3.11's recursion_remaining, shared by Python frames and C-level recursion. */
  enterUnits(n: number, suffix = ''): void {
    if (this.depthUnits + n > this.rt.recursionLimit) {
      throw this.rt.error(this.rt.types.RecursionError, `maximum recursion depth exceeded${suffix}`);
    }
    this.depthUnits += n;
  }

  leaveUnits(n: number): void {
    this.depthUnits -= n;
  }

  private loop(): Completion {
    const rt = this.rt;
    let f = this.frame!;
    for (;;) {
      try {
        for (;;) {
          const code = f.code;
          const pc = f.pc++;
          if (code.lineStarts[pc] === 1) this.lineStep(f, code.lines[pc]!);
          const op = code.ops[pc] as Op;
          const arg = code.args[pc]!;
          const stack = f.stack;
          switch (op) {
            case Op.Nop:
              break;
            case Op.PopTop:
              rt.decref(stack[--f.sp]!);
              break;
            case Op.Copy: {
              const v = stack[f.sp - arg]!;
              {
                const pushed = isNull(v) ? v : rt.incref(v);
                stack[f.sp++] = pushed;
              }
              break;
            }
            case Op.Swap: {
              const t = stack[f.sp - 1]!;
              stack[f.sp - 1] = stack[f.sp - arg]!;
              stack[f.sp - arg] = t;
              break;
            }
            case Op.PushNull:
              stack[f.sp++] = NULL;
              break;
            case Op.LoadConst:
              stack[f.sp++] = rt.incref(code.consts[arg]!);
              break;
            case Op.LoadFast: {
              const v = f.locals[arg];
              if (!v) throw this.unboundLocal(code.varnames[arg]!);
              stack[f.sp++] = rt.incref(v);
              break;
            }
            case Op.StoreFast: {
              const old = f.locals[arg];
              f.locals[arg] = stack[--f.sp]!;
              rt.recorder?.frameTouched(f);
              if (old) rt.decref(old);
              break;
            }
            case Op.DeleteFast: {
              const old = f.locals[arg];
              if (!old) throw this.unboundLocal(code.varnames[arg]!);
              f.locals[arg] = null;
              rt.recorder?.frameTouched(f);
              rt.decref(old);
              break;
            }
            case Op.LoadDeref: {
              const cell = f.locals[arg] as PyCell;
              if (!cell.contents) throw this.unboundDeref(code, arg);
              stack[f.sp++] = rt.incref(cell.contents);
              break;
            }
            case Op.LoadClassDeref: {
              const name = this.derefName(code, arg);
              const v = f.namespace ? dictGetStr(f.namespace, name) : undefined;
              if (v) {
                stack[f.sp++] = rt.incref(v);
                break;
              }
              const cell = f.locals[arg] as PyCell;
              if (!cell.contents) throw this.unboundDeref(code, arg);
              stack[f.sp++] = rt.incref(cell.contents);
              break;
            }
            case Op.StoreDeref: {
              const cell = f.locals[arg] as PyCell;
              const old = cell.contents;
              cell.contents = stack[--f.sp]!;
              rt.recorder?.touched(cell);
              if (old) rt.decref(old);
              break;
            }
            case Op.DeleteDeref: {
              const cell = f.locals[arg] as PyCell;
              const old = cell.contents;
              if (!old) throw this.unboundDeref(code, arg);
              cell.contents = null;
              rt.recorder?.touched(cell);
              rt.decref(old);
              break;
            }
            case Op.LoadClosure:
              stack[f.sp++] = rt.incref(f.locals[arg]!);
              break;
            case Op.LoadGlobal:
              {
                const pushed = this.loadGlobal(f, code.names[arg]!);
                stack[f.sp++] = pushed;
              }
              break;
            case Op.StoreGlobal:
              this.storeIn(f.globals, code.names[arg]!, stack[--f.sp]!);
              break;
            case Op.DeleteGlobal:
              this.deleteIn(f.globals, code.names[arg]!, true);
              break;
            case Op.LoadName: {
              const name = code.names[arg]!;
              const v = f.namespace && f.namespace !== f.globals ? dictGetStr(f.namespace, name) : undefined;
              {
                const pushed = v ? rt.incref(v) : this.loadGlobal(f, name);
                stack[f.sp++] = pushed;
              }
              break;
            }
            case Op.StoreName:
              this.storeIn(f.namespace ?? f.globals, code.names[arg]!, stack[--f.sp]!);
              break;
            case Op.DeleteName:
              this.deleteIn(f.namespace ?? f.globals, code.names[arg]!, false);
              break;
            case Op.LoadAttr: {
              const o = stack[f.sp - 1]!;
              const v = getAttr(rt, o, code.names[arg]!);
              stack[f.sp - 1] = v;
              rt.decref(o);
              break;
            }
            case Op.StoreAttr: {
              const o = stack[--f.sp]!;
              const v = stack[--f.sp]!;
              try {
                setAttr(rt, o, code.names[arg]!, v);
              } finally {
                rt.decref(v);
                rt.decref(o);
              }
              break;
            }
            case Op.DeleteAttr: {
              const o = stack[--f.sp]!;
              try {
                delAttr(rt, o, code.names[arg]!);
              } finally {
                rt.decref(o);
              }
              break;
            }
            case Op.LoadMethod:
              this.loadMethod(f, code.names[arg]!);
              break;
            case Op.KwNames:
              f.kwNames = (code.consts[arg] as PyTuple).items.map((s) => (s as PyObj & { value: string }).value);
              break;
            case Op.Call: {
              const next = this.call(f, arg);
              if (next) {
                f = next;
                continue;
              }
              break;
            }
            case Op.CallFunctionEx: {
              const next = this.callEx(f, arg);
              if (next) {
                f = next;
                continue;
              }
              break;
            }
            // operands stay on the stack while the operation runs (an exception unwinds them)
            case Op.BinaryOp:
            case Op.InplaceOp:
              this.replaceTwo(f, binaryOp(rt, BINARY_OPS[arg]!, stack[f.sp - 2]!, stack[f.sp - 1]!, op === Op.InplaceOp));
              break;
            case Op.UnaryOp: {
              const a = stack[f.sp - 1]!;
              const r = unaryOp(rt, UNARY_OPS[arg]!, a);
              stack[f.sp - 1] = r;
              rt.decref(a);
              break;
            }
            case Op.CompareOp:
              this.replaceTwo(f, richCompare(rt, stack[f.sp - 2]!, stack[f.sp - 1]!, COMPARE_OPS[arg] as CompareOp));
              break;
            case Op.IsOp:
              this.replaceTwo(f, rt.bool((stack[f.sp - 2] === stack[f.sp - 1]) !== (arg === 1)));
              break;
            case Op.ContainsOp:
              this.replaceTwo(f, rt.bool(contains(rt, stack[f.sp - 1]!, stack[f.sp - 2]!) !== (arg === 1)));
              break;
            case Op.BinarySubscr:
              this.replaceTwo(f, getItem(rt, stack[f.sp - 2]!, stack[f.sp - 1]!));
              break;
            case Op.StoreSubscr: {
              const k = stack[--f.sp]!;
              const o = stack[--f.sp]!;
              const v = stack[--f.sp]!;
              try {
                setItem(rt, o, k, v);
              } finally {
                rt.decref(v);
                rt.decref(o);
                rt.decref(k);
              }
              break;
            }
            case Op.DeleteSubscr: {
              const k = stack[--f.sp]!;
              const o = stack[--f.sp]!;
              try {
                delItem(rt, o, k);
              } finally {
                rt.decref(o);
                rt.decref(k);
              }
              break;
            }
            case Op.BuildSlice: {
              const step = arg === 3 ? stack[--f.sp]! : rt.none();
              const stop = stack[--f.sp]!;
              const start = stack[--f.sp]!;
              {
                const pushed = sliceObject(rt, start, stop, step);
                stack[f.sp++] = pushed;
              }
              break;
            }
            case Op.BuildList: {
              f.sp -= arg;
              stack[f.sp] = rt.list(stack.slice(f.sp, f.sp + arg));
              f.sp++;
              break;
            }
            case Op.BuildTuple: {
              f.sp -= arg;
              stack[f.sp] = rt.tuple(stack.slice(f.sp, f.sp + arg));
              f.sp++;
              break;
            }
            case Op.BuildSet: {
              f.sp -= arg;
              const items = stack.slice(f.sp, f.sp + arg);
              const s = rt.set(false);
              stack[f.sp++] = s;
              try {
                for (const x of items) setAdd(rt, s, x);
              } finally {
                rt.heap.decrefAll(items);
              }
              break;
            }
            case Op.BuildMap: {
              f.sp -= 2 * arg;
              const items = stack.slice(f.sp, f.sp + 2 * arg);
              const d = rt.dict();
              stack[f.sp++] = d;
              try {
                for (let i = 0; i < items.length; i += 2) dictSet(rt, d, items[i]!, items[i + 1]!);
              } finally {
                rt.heap.decrefAll(items);
              }
              break;
            }
            case Op.BuildConstKeyMap: {
              const keys = stack[--f.sp] as PyTuple;
              f.sp -= arg;
              const values = stack.slice(f.sp, f.sp + arg);
              const d = rt.dict();
              stack[f.sp++] = d;
              try {
                keys.items.forEach((k, i) => dictSet(rt, d, k, values[i]!));
              } finally {
                rt.heap.decrefAll(values);
                rt.decref(keys);
              }
              break;
            }
            case Op.ListAppend: {
              const v = stack[--f.sp]!;
              listAppend(rt, stack[f.sp - arg] as PyObj & { kind: 'list' }, v);
              rt.decref(v);
              break;
            }
            case Op.SetAdd:
              setAdd(rt, stack[f.sp - arg - 1] as PyObj & { kind: 'set' }, stack[f.sp - 1]!);
              rt.decref(stack[--f.sp]!);
              break;
            case Op.MapAdd: {
              const v = stack[--f.sp]!;
              const k = stack[--f.sp]!;
              try {
                dictSet(rt, stack[f.sp - arg] as PyDict, k, v);
              } finally {
                rt.decref(k);
                rt.decref(v);
              }
              break;
            }
            case Op.ListExtend:
              listExtend(rt, stack[f.sp - arg - 1] as PyObj & { kind: 'list' }, stack[f.sp - 1]!);
              rt.decref(stack[--f.sp]!);
              break;
            case Op.SetUpdate:
              setUpdate(rt, stack[f.sp - arg - 1] as PyObj & { kind: 'set' }, [stack[f.sp - 1]!]);
              rt.decref(stack[--f.sp]!);
              break;
            case Op.DictUpdate:
              dictMergeInto(rt, stack[f.sp - arg - 1] as PyDict, stack[f.sp - 1]!, { mappingOnly: true });
              rt.decref(stack[--f.sp]!);
              break;
            case Op.DictMerge:
              // the callable sits below the positional-arguments tuple and the dict being built
              dictMergeInto(rt, stack[f.sp - arg - 1] as PyDict, stack[f.sp - 1]!, { kwargsFor: functionStr(stack[f.sp - arg - 3]!) });
              rt.decref(stack[--f.sp]!);
              break;
            case Op.ListToTuple: {
              const l = stack[f.sp - 1] as PyObj & { kind: 'list' };
              stack[f.sp - 1] = rt.tuple(l.items.map((x) => rt.incref(x)));
              rt.decref(l);
              break;
            }
            case Op.BuildString: {
              f.sp -= arg;
              const parts = stack.slice(f.sp, f.sp + arg);
              {
                const pushed = rt.str(parts.map((p) => (p as PyObj & { value: string }).value).join(''));
                stack[f.sp++] = pushed;
              }
              rt.heap.decrefAll(parts);
              break;
            }
            case Op.FormatValue: {
              const spec = arg & 4 ? stack[--f.sp]! : null;
              const v = stack[f.sp - 1]!;
              try {
                const conv = arg & 3;
                const converted = conv === 1 ? rt.str(pyStr(rt, v)) : conv === 2 ? rt.str(pyRepr(rt, v)) : conv === 3 ? rt.str(pyRepr(rt, v)) : rt.incref(v);
                try {
                  stack[f.sp - 1] = formatValue(rt, converted, spec ? (spec as PyObj & { value: string }).value : '');
                } finally {
                  rt.decref(converted);
                }
              } finally {
                if (spec) rt.decref(spec);
              }
              rt.decref(v);
              break;
            }
            case Op.UnpackSequence: {
              const seq = stack[--f.sp]!;
              try {
                const items = unpackSequence(rt, seq, arg);
                for (let i = items.length - 1; i >= 0; i--) stack[f.sp++] = items[i]!;
              } finally {
                rt.decref(seq);
              }
              break;
            }
            case Op.UnpackEx: {
              const seq = stack[--f.sp]!;
              try {
                const items = unpackEx(rt, seq, arg & 0xff, arg >> 8);
                for (let i = items.length - 1; i >= 0; i--) stack[f.sp++] = items[i]!;
              } finally {
                rt.decref(seq);
              }
              break;
            }
            case Op.GetIter: {
              const o = stack[f.sp - 1]!;
              stack[f.sp - 1] = getIter(rt, o);
              rt.recorder?.frameTouched(f);
              rt.decref(o);
              break;
            }
            case Op.ForIter: {
              const it = stack[f.sp - 1]!;
              const v = iterNext(rt, it);
              if (v === null) {
                f.sp--;
                rt.recorder?.frameTouched(f);
                rt.decref(it);
                f.pc = arg;
              } else {
                stack[f.sp++] = v;
              }
              break;
            }
            case Op.Jump:
              f.pc = arg;
              break;
            case Op.PopJumpIfFalse:
            case Op.PopJumpIfTrue: {
              const v = stack[--f.sp]!;
              const t = v === rt.True ? true : v === rt.False ? false : truthy(rt, v);
              rt.decref(v);
              if (t === (op === Op.PopJumpIfTrue)) f.pc = arg;
              break;
            }
            case Op.JumpIfFalseOrPop:
            case Op.JumpIfTrueOrPop: {
              const v = stack[f.sp - 1]!;
              const t = truthy(rt, v);
              if (t === (op === Op.JumpIfTrueOrPop)) f.pc = arg;
              else {
                f.sp--;
                rt.decref(v);
              }
              break;
            }
            case Op.ReturnValue: {
              const v = stack[--f.sp]!;
              const back = this.popFrame(f);
              if (f.isEntry) return { yielded: false, value: v };
              f = back!;
              f.stack[f.sp++] = v;
              continue;
            }
            case Op.YieldValue: {
              const v = stack[--f.sp]!;
              this.suspend(f);
              return { yielded: true, value: v };
            }
            case Op.GetYieldFromIter: {
              const o = stack[f.sp - 1]!;
              if (o.kind !== 'generator') {
                stack[f.sp - 1] = getIter(rt, o);
                rt.decref(o);
              }
              break;
            }
            case Op.Send: {
              const r = this.send(f);
              if (r) return r;
              break;
            }
            case Op.MakeFunction: {
              const fn = this.makeFunction(f, arg); // pops its defaults and closure first
              stack[f.sp++] = fn;
              break;
            }
            case Op.LoadBuildClass:
              stack[f.sp++] = rt.incref(rt.buildClass);
              break;
            case Op.RaiseVarargs:
              throw this.raise(f, arg);
            case Op.Reraise: {
              const exc = stack[--f.sp] as PyInstance;
              throw new PyException(exc, true);
            }
            case Op.SetupFinally:
              f.blocks.push({ handler: arg, level: f.sp, cleanup: false });
              break;
            case Op.SetupCleanup:
              f.blocks.push({ handler: arg, level: f.sp - 1, cleanup: true });
              break;
            case Op.PopBlock:
              f.blocks.pop();
              break;
            case Op.PushExcInfo: {
              const exc = stack[f.sp - 1]!;
              stack[f.sp - 1] = rt.handledException ?? rt.none();
              stack[f.sp++] = exc;
              rt.handledException = rt.incref(exc);
              break;
            }
            case Op.PopExcept: {
              const prev = stack[--f.sp]!;
              const cur = rt.handledException;
              rt.handledException = prev === rt.None ? null : prev;
              if (prev === rt.None) rt.decref(prev);
              if (cur) rt.decref(cur);
              break;
            }
            case Op.CheckExcMatch: {
              const type = stack[--f.sp]!;
              const exc = stack[f.sp - 1]!;
              let m: boolean;
              try {
                m = this.exceptionMatches(exc, type);
              } finally {
                rt.decref(type);
              }
              stack[f.sp++] = rt.bool(m);
              break;
            }
            case Op.ImportName: {
              const fromlist = stack[--f.sp]!;
              const level = stack[--f.sp]!;
              rt.decref(fromlist);
              rt.decref(level);
              {
                const pushed = importModule(rt, code.names[arg]!);
                stack[f.sp++] = pushed;
              }
              break;
            }
            case Op.ImportFrom: {
              const m = stack[f.sp - 1]!;
              const name = code.names[arg]!;
              try {
                {
                  const pushed = getAttr(rt, m, name);
                  stack[f.sp++] = pushed;
                }
              } catch (e) {
                if (e instanceof PyException) {
                  rt.decref(e.exc);
                  throw rt.error(rt.types.ImportError, `cannot import name '${name}' from '${(m as PyObj & { name: string }).name}' (unknown location)`);
                }
                throw e;
              }
              break;
            }
            case Op.LoadAssertionError:
              stack[f.sp++] = rt.incref(rt.types.AssertionError);
              break;
            default:
              throw new Error(`engine: opcode ${op} not implemented`);
          }
        }
      } catch (e) {
        // unwind from this loop's own current frame (a failed call may have moved this.frame)
        this.frame = f;
        f = this.unwind(e instanceof PyException ? e : this.asPythonError(e), f);
      }
    }
  }

  /**
   * The JavaScript stack ran out (engine code recursing through Python calls, such as a
   * `__repr__` calling repr of itself): it becomes the RecursionError CPython would raise
   * there, so the program can catch it. Anything else is an engine fault and goes on.
   */
  private asPythonError(e: unknown): PyException {
    if (e instanceof RangeError && e.message.includes('call stack')) {
      return this.rt.error(this.rt.types.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
    }
    throw e;
  }

  /** Replaces the two operands on top of the stack by the result, then releases them. */
  private replaceTwo(f: Frame, result: PyObj): void {
    const b = f.stack[--f.sp]!;
    const a = f.stack[f.sp - 1]!;
    f.stack[f.sp - 1] = result;
    this.rt.decref(a);
    this.rt.decref(b);
  }

  /** A line is about to run: count the step, enforce the budget, tell the recorder. */
  private lineStep(f: Frame, line: number): void {
    f.line = line;
    const rt = this.rt;
    if (++rt.steps > rt.budgets.maxSteps) {
      throw new BudgetExceeded('steps', `stopped after ${rt.budgets.maxSteps.toLocaleString('en-US')} steps: the program runs too long for the simulator (it may loop forever)`);
    }
    rt.onLine?.(f, line);
  }

  private unboundLocal(name: string): PyException {
    return this.rt.error(this.rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }

  private derefName(code: CodeObject, slot: number): string {
    const i = slot - code.varnames.length;
    return i < code.cellvars.length ? code.cellvars[i]! : code.freevars[i - code.cellvars.length]!;
  }

  private unboundDeref(code: CodeObject, slot: number): PyException {
    const name = this.derefName(code, slot);
    const isFree = slot - code.varnames.length >= code.cellvars.length;
    if (isFree) return this.rt.error(this.rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    return this.unboundLocal(name);
  }

  private loadGlobal(f: Frame, name: string): PyObj {
    const rt = this.rt;
    const v = dictGetStr(f.globals, name) ?? dictGetStr(rt.builtins, name);
    if (!v) throw rt.error(rt.types.NameError, `name '${name}' is not defined`);
    return rt.incref(v);
  }

  /** Binds `name` in a namespace dict, taking the value's reference. */
  private storeIn(ns: PyDict, name: string, v: PyObj): void {
    const old = dictSetStr(this.rt, ns, name, v);
    this.rt.recorder?.frameTouched(this.frame!);
    if (old) this.rt.decref(old);
  }

  private deleteIn(ns: PyDict, name: string, global: boolean): void {
    const rt = this.rt;
    const taken = dictDelStr(ns, name);
    if (!taken) throw rt.error(rt.types.NameError, `name '${name}' is not defined`);
    rt.recorder?.touched(ns);
    rt.recorder?.frameTouched(this.frame!);
    void global;
    rt.decref(taken[1]);
    rt.decref(taken[0]);
  }

  /** LOAD_METHOD: [function, self] when the attribute is a plain method, else [NULL, attribute]. */
  private loadMethod(f: Frame, name: string): void {
    const rt = this.rt;
    const o = f.stack[f.sp - 1]!;
    if (o.kind !== 'type' && o.kind !== 'module' && o.kind !== 'super') {
      const descr = lookupInMro(o.cls, name);
      if (descr && (descr.kind === 'function' || (descr.kind === 'builtin' && descr.owner !== null))) {
        const shadowed = o.kind === 'instance' && o.dict !== null && dictGetStr(o.dict, name) !== undefined;
        if (!shadowed) {
          f.stack[f.sp - 1] = rt.incref(descr);
          f.stack[f.sp++] = o;
          return;
        }
      }
    }
    const v = getAttr(rt, o, name);
    f.stack[f.sp - 1] = NULL;
    f.stack[f.sp++] = v;
    rt.decref(o);
  }

  /** CALL: returns a new frame to continue in for Python functions, else pushes the result. */
  private call(f: Frame, argc: number): Frame | null {
    const rt = this.rt;
    const stack = f.stack;
    const kwNames = f.kwNames;
    f.kwNames = null;
    const base = f.sp - argc - 2;
    let callable = stack[base]!;
    let nargs = argc;
    let argStart = base + 2;
    if (!isNull(callable)) {
      argStart = base + 1;
      nargs++;
    } else {
      callable = stack[base + 1]!;
    }
    // a bound method: call its function with self first, as CPython 3.11's CALL does
    if (callable.kind === 'method' && isNull(stack[base]!)) {
      const m = callable;
      stack[base] = rt.incref(m.func);
      stack[base + 1] = rt.incref(m.self);
      rt.decref(m);
      callable = m.func;
      argStart = base + 1;
      nargs++;
    }
    const args = stack.slice(argStart, argStart + nargs);
    const nkw = kwNames ? kwNames.length : 0;
    const positional = args.slice(0, nargs - nkw);
    f.sp = base;
    if (callable.kind === 'function' && !(callable.code.flags & CodeFlag.Generator)) {
      // inline call: the arguments move into the new frame, which takes the function's reference
      return this.pushFrame(f, callable, positional, kwNames ? kwNames.map((k, i) => [k, args[nargs - nkw + i]!] as [string, PyObj]) : null);
    }
    let result: PyObj;
    try {
      // a call into C (a builtin, a class) is one level of CPython's recursion check
      this.enterUnits(1, ' while calling a Python object');
      try {
        result = this.callObject(callable, positional, kwNames ? new Map(kwNames.map((k, i) => [k, args[nargs - nkw + i]!])) : null);
      } finally {
        this.leaveUnits(1);
      }
    } finally {
      rt.heap.decrefAll(args);
      rt.decref(callable);
    }
    stack[f.sp++] = result;
    return null;
  }

  /** CALL_FUNCTION_EX: f(*args, **kwargs). */
  private callEx(f: Frame, flags: number): Frame | null {
    const rt = this.rt;
    const kwargs = flags & 1 ? (f.stack[--f.sp] as PyDict) : null;
    const argsObj = f.stack[--f.sp]!;
    const callable = f.stack[--f.sp]!;
    f.sp--; // NULL
    let args: PyObj[];
    try {
      args = argsObj.kind === 'tuple' ? argsObj.items.map((x) => rt.incref(x)) : rt.iterateToArray(argsObj);
    } catch (e) {
      rt.decref(argsObj);
      rt.decref(callable);
      if (kwargs) rt.decref(kwargs);
      throw e;
    }
    rt.decref(argsObj);
    const kw: [string, PyObj][] = [];
    if (kwargs) {
      for (const [k, v] of kwargs.store.entries()) kw.push([(k as PyObj & { value: string }).value, rt.incref(v)]);
      rt.decref(kwargs);
    }
    let target: PyObj = callable;
    if (callable.kind === 'method') {
      args.unshift(rt.incref(callable.self));
      target = rt.incref(callable.func);
      rt.decref(callable);
    }
    if (target.kind === 'function' && !(target.code.flags & CodeFlag.Generator)) {
      return this.pushFrame(f, target, args, kw.length > 0 ? kw : null);
    }
    try {
      {
        const pushed = this.callObject(target, args, kw.length > 0 ? new Map(kw) : null);
        f.stack[f.sp++] = pushed;
      }
    } finally {
      rt.heap.decrefAll(args);
      for (const [, v] of kw) rt.decref(v);
      rt.decref(target);
    }
    return null;
  }

  /** Starts a Python function's frame inside this loop; takes the function and argument references. */
  private pushFrame(caller: Frame, func: PyFunction, args: PyObj[], kw: [string, PyObj][] | null): Frame {
    const frame = new Frame(func.code, func.globals, null, func);
    try {
      bindArguments(this.rt, func, frame, args, kw);
      this.enterUnits(1);
    } catch (e) {
      this.releaseFrame(frame);
      throw e;
    }
    frame.back = caller;
    this.frame = frame;
    this.rt.recorder?.framePushed(frame);
    return frame;
  }

  /** A frame returns: release its locals (in slot order) and the function, as CPython does. */
  private popFrame(f: Frame): Frame | null {
    this.frame = f.back;
    if (f.generator) {
      this.rt.recorder?.framePopped(f);
      this.finishGenerator(f.generator);
      return f.back;
    }
    if (!f.isEntry) this.depthUnits -= 1;
    this.rt.recorder?.framePopped(f);
    this.releaseFrame(f);
    return f.back;
  }

  releaseFrame(f: Frame): void {
    const fo = f.frameObject;
    if (fo) {
      f.frameObject = null;
      fo.live = null;
      fo.line = f.line;
      if (fo.rc > 1) {
        // a traceback still holds the frame object: it takes over the locals (take_ownership)
        fo.owned = takeFrameReferences(f);
        if (f.func) {
          fo.owned.push(f.func);
          (f as { func: PyFunction | null }).func = null;
        }
        if (f.back && !f.generator) fo.back = this.rt.incref(this.frameObject(f.back));
        this.rt.recorder?.touched(fo);
        this.rt.decref(fo);
        return;
      }
      this.rt.decref(fo);
    }
    const refs = takeFrameReferences(f);
    for (const r of refs) this.rt.decref(r);
    if (f.func) {
      const fn = f.func;
      (f as { func: PyFunction | null }).func = null;
      this.rt.decref(fn);
    }
  }

  private suspend(f: Frame): void {
    this.frame = f.back;
    this.rt.recorder?.framePopped(f);
  }

  /** Calls any callable from engine code; arguments borrowed, result a new reference. */
  callObject(callable: PyObj, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null): PyObj {
    const rt = this.rt;
    switch (callable.kind) {
      case 'builtin':
        if (callable.owner) {
          // an unbound method descriptor: list.append(lst, x)
          if (args.length === 0) throw rt.typeError(`unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
          return callable.impl(args.slice(1), kwargs, args[0]!);
        }
        return callable.impl(args, kwargs, callable.self);
      case 'function':
        return this.callFunction(callable, args, kwargs);
      case 'method':
        return this.callObject(callable.func, [callable.self, ...args], kwargs);
      case 'type':
        return rt.construct(callable, args, kwargs);
      case 'weakref':
        if (args.length > 0 || (kwargs && kwargs.size > 0)) throw rt.typeError(`weakref() takes no arguments`);
        return rt.incref(callable.referent ?? rt.None);
      default: {
        const m = lookupInMro(callable.cls, '__call__');
        if (m && m.kind === 'function') return this.callFunction(m, [callable, ...args], kwargs);
        throw rt.typeError(`'${callable.cls.name}' object is not callable`);
      }
    }
  }

  /** Runs a Python function to completion from engine code (or makes its generator). */
  callFunction(func: PyFunction, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null): PyObj {
    const rt = this.rt;
    const frame = new Frame(func.code, func.globals, null, rt.incref(func));
    for (const a of args) rt.incref(a);
    const kw: [string, PyObj][] | null = kwargs ? [...kwargs].map(([k, v]) => [k, rt.incref(v)]) : null;
    try {
      bindArguments(rt, func, frame, [...args], kw);
    } catch (e) {
      this.releaseFrame(frame);
      throw e;
    }
    if (func.code.flags & CodeFlag.Generator) return this.makeGenerator(func, frame);
    return this.execute(frame).value;
  }

  private makeGenerator(func: PyFunction, frame: Frame): PyGenerator {
    const gen = this.rt.make<PyGenerator>({
      kind: 'generator', frame, running: false, name: func.name, qualname: func.qualname, cls: this.rt.types.generator,
    }, true, 200);
    frame.generator = gen;
    return gen;
  }

  /**
   * Resumes a generator with `sent` (borrowed; null on first resume/next). Returns the yielded
   * value, or null when the generator finished (its return value is dropped).
   */
  resumeGenerator(gen: PyGenerator, sent: PyObj | null): PyObj | null {
    const r = this.resume(gen, sent, null);
    if (r.yielded) return r.value;
    this.rt.decref(r.value);
    return null;
  }

  /** Resumes and reports whether the generator yielded or returned (value: new reference). */
  resume(gen: PyGenerator, sent: PyObj | null, thrown: PyInstance | null): Completion {
    const rt = this.rt;
    const frame = gen.frame;
    if (!frame) {
      if (thrown) throw new PyException(thrown);
      return { yielded: false, value: rt.none() };
    }
    if (gen.running) throw rt.valueError('generator already executing');
    if (frame.pc > 0 && !thrown) frame.stack[frame.sp++] = sent ? rt.incref(sent) : rt.none();
    gen.running = true;
    try {
      if (!thrown) return this.execute(frame);
      if (frame.pc > 0) frame.stack[frame.sp++] = rt.none();
      frame.back = this.frame;
      frame.isEntry = true;
      this.frame = frame;
      this.enterUnits(1);
      try {
        this.frame = this.unwind(new PyException(thrown), frame);
        return this.loop();
      } finally {
        this.depthUnits -= 1;
      }
    } finally {
      gen.running = false;
    }
  }

  /** A generator's frame is done (returned or raised): release what it held. */
  finishGenerator(gen: PyGenerator): void {
    const frame = gen.frame;
    if (!frame) return;
    gen.frame = null;
    frame.generator = null;
    this.rt.recorder?.touched(gen);
    this.releaseFrame(frame);
  }

  /** SEND for `yield from`: drive the subiterator one step. */
  private send(f: Frame): Completion | null {
    const rt = this.rt;
    const v = f.stack[--f.sp]!;
    const sub = f.stack[f.sp - 1]!;
    let r: PyObj | null;
    let returned: PyObj | null = null;
    try {
      if (sub.kind === 'generator') {
        const c = this.resume(sub, v === rt.None ? null : v, null);
        if (c.yielded) r = c.value;
        else {
          r = null;
          returned = c.value;
        }
      } else {
        r = iterNext(rt, sub);
      }
    } finally {
      rt.decref(v);
    }
    if (r === null) {
      f.sp--;
      rt.decref(sub);
      {
        const pushed = returned ?? rt.none();
        f.stack[f.sp++] = pushed;
      }
      return null;
    }
    // yield the value out of this frame; resume re-runs SEND with what is sent in
    f.pc--;
    this.suspend(f);
    return { yielded: true, value: r };
  }

  private makeFunction(f: Frame, arg: number): PyFunction {
    const rt = this.rt;
    const code = f.code.codes[arg >> 4]!;
    const flags = arg & 15;
    const closure = flags & MakeFlag.Closure ? (f.stack[--f.sp] as PyTuple) : null;
    const kwdefaults = flags & MakeFlag.KwDefaults ? (f.stack[--f.sp] as PyDict) : null;
    const defaults = flags & MakeFlag.Defaults ? (f.stack[--f.sp] as PyTuple) : null;
    return rt.make<PyFunction>({
      kind: 'function',
      code,
      globals: rt.incref(f.globals),
      defaults,
      kwdefaults,
      closure,
      name: code.name,
      qualname: code.qualname,
      dict: null,
      cls: rt.types.function,
    }, true, 160);
  }

  /** RAISE_VARARGS: builds the exception to throw. */
  private raise(f: Frame, arg: number): PyException {
    const rt = this.rt;
    if (arg === 0) {
      const cur = rt.handledException;
      if (!cur) return rt.error(rt.types.RuntimeError, 'No active exception to reraise');
      return new PyException(rt.incref(cur) as PyInstance, true);
    }
    const cause = arg === 2 ? f.stack[--f.sp]! : null;
    const v = f.stack[--f.sp]!;
    const exc = rt.instantiateException(v);
    if (cause) {
      let c: PyObj | null = cause === rt.None ? null : rt.instantiateException(cause);
      rt.decref(cause);
      const old = exc.exc!.cause;
      exc.exc!.cause = c;
      exc.exc!.suppressContext = true;
      if (old) rt.decref(old);
      c = null;
    }
    return new PyException(exc);
  }

  exceptionMatches(exc: PyObj, type: PyObj): boolean {
    const rt = this.rt;
    if (type.kind === 'tuple') return type.items.some((t) => this.exceptionMatches(exc, t));
    if (type.kind !== 'type' || !type.isException) {
      throw rt.typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return exc.cls.mro.includes(type);
  }

  /**
   * Finds the handler for `e`, unwinding frames of this loop; returns the frame to continue
   * in, or rethrows when the entry frame is left.
   */
  private unwind(e: PyException, start: Frame | null = null): Frame {
    const rt = this.rt;
    const exc = e.exc;
    let f = start ?? this.frame!;
    if (exc.exc && rt.handledException && rt.handledException !== exc && !exc.exc.context) {
      exc.exc.context = rt.incref(rt.handledException);
    }
    let first = true;
    for (;;) {
      if (!(first && e.reraise)) this.addTraceback(exc, f);
      first = false;
      rt.recorder?.raised?.(f, exc);
      const block = f.blocks.pop();
      if (block) {
        while (f.sp > block.level) {
          const v = f.stack[--f.sp]!;
          if (!isNull(v)) rt.decref(v);
        }
        f.stack[f.sp++] = exc;
        f.pc = block.handler;
        this.frame = f;
        return f;
      }
      // no handler here: the frame is done
      const wasEntry = f.isEntry;
      const back = f.back;
      this.frame = back;
      if (f.generator) {
        rt.recorder?.framePopped(f);
        this.finishGenerator(f.generator);
      } else {
        if (!wasEntry) this.depthUnits -= 1;
        rt.recorder?.framePopped(f);
        this.releaseFrame(f);
      }
      if (wasEntry) throw e;
      f = back!;
    }
  }

  /** PyTraceBack_Here: a traceback entry for frame `f`, holding its frame object. */
  private addTraceback(exc: PyInstance, f: Frame): void {
    if (!exc.exc) return;
    const rt = this.rt;
    const frameObj = rt.incref(this.frameObject(f));
    frameObj.line = f.line;
    const tb = rt.make<PyTraceback>({ kind: 'traceback', frame: frameObj, next: exc.exc.traceback, line: f.line, cls: rt.types.traceback }, true, 64);
    exc.exc.traceback = tb;
    rt.recorder?.touched(exc);
  }

  /** The frame's frame object, made on first need (the frame holds one reference). */
  frameObject(f: Frame): PyFrameObject {
    if (f.frameObject) return f.frameObject;
    const rt = this.rt;
    const name = f.code.kind === 'module' ? '<module>' : f.code.name;
    f.frameObject = rt.make<PyFrameObject>({
      kind: 'frame', live: f, owned: null, back: null, name, varnames: f.code.varnames, line: f.line, cls: rt.types.frame,
    }, true, 120);
    return f.frameObject;
  }

}
