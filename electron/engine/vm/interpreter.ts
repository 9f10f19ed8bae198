// The run loop. Python-to-Python calls push a frame inside the same loop (as CPython 3.11
// does), so deep recursion never deepens the JavaScript stack; only calls made from engine code
// (a `__repr__` run by print, a `__del__` run by a decref) enter the loop again.
import type { CodeObject } from '../compiler/code';
import { Op } from '../compiler/opcodes';
import { BINARY_OPS } from '../compiler/statements';
import { COMPARE_OPS, UNARY_OPS } from '../compiler/expressions';
import { binaryOp, unaryOp } from '../runtime/arith';
import { getAttr, delAttr, setAttr, lookupInMro } from '../runtime/attributes';
import { richCompare, truthy, type CompareOp } from '../runtime/compare';
import { dictGetStr, dictSetStr, dictDelStr, dictSet, presizedForItems } from '../runtime/dict-ops';
import { BudgetExceeded, PyException } from '../runtime/errors';
import { nameError } from '../runtime/name-errors';
import { getIter, iterNext } from '../runtime/iteration';
import type { PyCell, PyDict, PyFunction, PyGenerator, PyInstance, PyObj, PyTuple } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { contains, delItem, getItem, setItem } from '../runtime/sequences';
import { listAppend, listExtend } from '../runtime/list-ops';
import { setAdd, setUpdate } from '../runtime/set-ops';
import { dictMergeInto } from '../runtime/dict-merge';
import { formatValue, objectRepr, objectStr } from '../runtime/string-format';
import { repr as pyRepr } from '../runtime/repr';
import { takeFrameReferences } from '../runtime/references';
import { Frame } from './frame';
import * as calls from './calls';
import * as generators from './generators';
import * as exceptions from './exceptions';
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

  loop(): Completion {
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
              d.store.sizing = presizedForItems(items.filter((_x, i) => i % 2 === 0));
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
              d.store.sizing = presizedForItems(keys.items);
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
                const converted = conv === 1 ? objectStr(rt, v) : conv === 2 ? objectRepr(rt, v) : conv === 3 ? rt.str(pyRepr(rt, v)) : rt.incref(v);
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


  /** Replaces the two operands on top of the stack by the result, then releases them. */
  replaceTwo(f: Frame, result: PyObj): void {
    const b = f.stack[--f.sp]!;
    const a = f.stack[f.sp - 1]!;
    f.stack[f.sp - 1] = result;
    this.rt.decref(a);
    this.rt.decref(b);
  }

  /** A line is about to run: count the step, enforce the budget, tell the recorder. */
  lineStep(f: Frame, line: number): void {
    f.line = line;
    const rt = this.rt;
    rt.chargeWork(1);
    if (++rt.steps > rt.budgets.maxSteps) {
      throw new BudgetExceeded('steps', `stopped after ${rt.budgets.maxSteps.toLocaleString('en-US')} steps: the program runs too long for the simulator (it may loop forever)`);
    }
    rt.onLine?.(f, line);
  }

  unboundLocal(name: string): PyException {
    return this.rt.error(this.rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }

  derefName(code: CodeObject, slot: number): string {
    const i = slot - code.varnames.length;
    return i < code.cellvars.length ? code.cellvars[i]! : code.freevars[i - code.cellvars.length]!;
  }

  unboundDeref(code: CodeObject, slot: number): PyException {
    const name = this.derefName(code, slot);
    const isFree = slot - code.varnames.length >= code.cellvars.length;
    if (isFree) return this.rt.error(this.rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    return this.unboundLocal(name);
  }

  loadGlobal(f: Frame, name: string): PyObj {
    const rt = this.rt;
    const v = dictGetStr(f.globals, name) ?? dictGetStr(rt.builtins, name);
    if (!v) throw nameError(rt, name);
    return rt.incref(v);
  }

  /** Binds `name` in a namespace dict, taking the value's reference. */
  storeIn(ns: PyDict, name: string, v: PyObj): void {
    const old = dictSetStr(this.rt, ns, name, v);
    this.rt.recorder?.frameTouched(this.frame!);
    if (old) this.rt.decref(old);
  }

  deleteIn(ns: PyDict, name: string, global: boolean): void {
    const rt = this.rt;
    const taken = dictDelStr(ns, name);
    if (!taken) throw nameError(rt, name);
    rt.recorder?.touched(ns);
    rt.recorder?.frameTouched(this.frame!);
    void global;
    rt.decref(taken[1]);
    rt.decref(taken[0]);
  }

  /** LOAD_METHOD: [function, self] when the attribute is a plain method, else [NULL, attribute]. */
  loadMethod(f: Frame, name: string): void {
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




  /** A frame returns: release its locals (in slot order) and the function, as CPython does. */
  popFrame(f: Frame): Frame | null {
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

  /** Clears a finished frame (_PyFrame_Clear), then drops what its caller held for the call. */
  releaseFrame(f: Frame): void {
    this.clearFrame(f);
    const held = f.callHeld;
    if (held) {
      f.callHeld = null;
      held.scratch?.release();
      this.rt.heap.decrefAll(held.refs);
    }
  }

  private clearFrame(f: Frame): void {
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

  suspend(f: Frame): void {
    this.frame = f.back;
    this.rt.recorder?.framePopped(f);
  }















  // the call, generator and exception machinery lives in calls.ts, generators.ts, exceptions.ts
  call(f: Frame, argc: number) {
    return calls.call(this, f, argc);
  }

  callEx(f: Frame, flags: number) {
    return calls.callEx(this, f, flags);
  }

  pushFrame(caller: Frame, func: PyFunction, args: PyObj[], kw: [string, PyObj][] | null) {
    return calls.pushFrame(this, caller, func, args, kw);
  }

  callObject(callable: PyObj, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null) {
    return calls.callObject(this, callable, args, kwargs);
  }

  callFunction(func: PyFunction, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null) {
    return calls.callFunction(this, func, args, kwargs);
  }

  makeFunction(f: Frame, arg: number) {
    return calls.makeFunction(this, f, arg);
  }

  makeGenerator(func: PyFunction, frame: Frame) {
    return generators.makeGenerator(this, func, frame);
  }

  resumeGenerator(gen: PyGenerator, sent: PyObj | null) {
    return generators.resumeGenerator(this, gen, sent);
  }

  resume(gen: PyGenerator, sent: PyObj | null, thrown: PyInstance | null) {
    return generators.resume(this, gen, sent, thrown);
  }

  finishGenerator(gen: PyGenerator) {
    return generators.finishGenerator(this, gen);
  }

  send(f: Frame) {
    return generators.send(this, f);
  }

  asPythonError(e: unknown) {
    return exceptions.asPythonError(this, e);
  }

  raise(f: Frame, arg: number) {
    return exceptions.raise(this, f, arg);
  }

  exceptionMatches(exc: PyObj, type: PyObj) {
    return exceptions.exceptionMatches(this, exc, type);
  }

  unwind(e: PyException, start: Frame | null = null) {
    return exceptions.unwind(this, e, start);
  }

  addTraceback(exc: PyInstance, f: Frame) {
    return exceptions.addTraceback(this, exc, f);
  }

  frameObject(f: Frame) {
    return exceptions.frameObject(this, f);
  }
}
