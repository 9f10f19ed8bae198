// Binding a call's arguments to a Python function's parameters (CPython's
// initialize_locals), with CPython 3.11's error messages.
import { CodeFlag } from '../compiler/code';
import type { PyCell, PyFunction, PyObj } from '../runtime/objects';
import type { PyException } from '../runtime/errors';
import { dictGetStr, dictSetStr } from '../runtime/dict-ops';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from './frame';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Moves `positional` and `keywords` into `frame`'s slots. All the given references are taken
 * over by the frame (the caller must have owned them); on error they are released.
 */
export function bindArguments(
  rt: Runtime,
  func: PyFunction,
  frame: Frame,
  positional: PyObj[],
  keywords: [string, PyObj][] | null,
): void {
  const code = func.code;
  const locals = frame.locals;
  const argcount = code.argcount;
  const total = argcount + code.kwonlyargcount;
  const name = func.qualname;
  const pending: PyObj[] = [];
  let tooMany: (() => PyException) | null = null;
  try {
    const nPos = Math.min(positional.length, argcount);
    for (let i = 0; i < nPos; i++) locals[i] = positional[i]!;
    let slot = total;
    if (code.flags & CodeFlag.VarArgs) {
      locals[slot++] = rt.tuple(positional.slice(nPos));
    } else if (positional.length > argcount) {
      // too_many_positional comes after the keywords are bound (initialize_locals), so a
      // keyword that collides with a positional parameter is reported first
      pending.push(...positional.slice(nPos));
      tooMany = () => {
        const withDefaults = func.defaults ? func.defaults.items.length : 0;
        const given = positional.length;
        const takes = withDefaults > 0 ? `from ${argcount - withDefaults} to ${argcount}` : `${argcount}`;
        const kwGiven = keywords ? keywords.filter(([k]) => code.varnames.indexOf(k) >= argcount && code.varnames.indexOf(k) < total).length : 0;
        const extra = kwGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')}) were given` : ` ${given === 1 ? 'was' : 'were'} given`;
        return rt.typeError(`${name}() takes ${takes} positional argument${argcount === 1 && withDefaults === 0 ? '' : 's'} but ${given}${extra}`);
      };
    }
    let kwargsDict: PyObj | null = null;
    if (code.flags & CodeFlag.VarKeywords) {
      kwargsDict = rt.dict();
      locals[slot++] = kwargsDict;
    }
    if (keywords) {
      for (const [k, v] of keywords) {
        const idx = code.varnames.indexOf(k);
        if (idx >= 0 && idx < total) {
          if (locals[idx] !== null) {
            pending.push(v);
            throw rt.typeError(`${name}() got multiple values for argument '${k}'`);
          }
          locals[idx] = v;
        } else if (kwargsDict && kwargsDict.kind === 'dict') {
          if (dictGetStr(kwargsDict, k)) {
            pending.push(v);
            throw rt.typeError(`${name}() got multiple values for keyword argument '${k}'`);
          }
          const old = dictSetStr(rt, kwargsDict, k, v);
          if (old) rt.decref(old);
        } else {
          pending.push(v);
          throw rt.typeError(`${name}() got an unexpected keyword argument '${k}'`);
        }
      }
    }
    if (tooMany) throw tooMany();
    // defaults fill the trailing positional parameters that were not given
    const defaults = func.defaults ? func.defaults.items : [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < argcount; i++) {
      if (locals[i] !== null) continue;
      if (i >= firstDefault) locals[i] = rt.incref(defaults[i - firstDefault]!);
      else missing.push(code.varnames[i]!);
    }
    if (missing.length > 0) {
      throw rt.typeError(`${name}() missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
    }
    const missingKw: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== null) continue;
      const d = func.kwdefaults ? dictGetStr(func.kwdefaults, code.varnames[i]!) : undefined;
      if (d) locals[i] = rt.incref(d);
      else missingKw.push(code.varnames[i]!);
    }
    if (missingKw.length > 0) {
      throw rt.typeError(`${name}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${quoteList(missingKw)}`);
    }
  } catch (e) {
    rt.heap.decrefAll(pending);
    throw e;
  }
  makeCells(rt, func, frame);
}

/** Creates the frame's cells (moving arguments that are captured into theirs) and copies the closure. */
function makeCells(rt: Runtime, func: PyFunction, frame: Frame): void {
  const code = func.code;
  const base = code.varnames.length;
  code.cellvars.forEach((name, i) => {
    const argSlot = code.cellArgSlots[i]!;
    let contents: PyObj | null = null;
    if (argSlot >= 0) {
      contents = frame.locals[argSlot]!;
      frame.locals[argSlot] = null;
    }
    frame.locals[base + i] = rt.make<PyCell>({ kind: 'cell', contents, cls: rt.types.cell }, true, 40);
  });
  if (func.closure) {
    const cells = func.closure.items;
    for (let i = 0; i < cells.length; i++) frame.locals[base + code.cellvars.length + i] = rt.incref(cells[i]!);
  }
}
