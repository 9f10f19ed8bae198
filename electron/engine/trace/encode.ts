// Reading a live object or frame into the trace's records: which references it owns (with the
// holder label the game shows), its atom repr, its size. Reads only: encoding never runs Python
// code (no user `__repr__`), so recording cannot change what the program does.
import { Flag, type PyDict, type PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { sizeOf } from '../runtime/sizeof';
import { floatRepr } from '../values/float-repr';
import { strRepr } from '../values/str-repr';
import type { Frame } from '../vm/frame';
import { isNull, NULL } from '../vm/null';
import type { CodeObject } from '../compiler/code';
import { referencesOf } from '../runtime/references';

/** Class-dict entries CPython's compiler adds to every class; they are bookkeeping, not design. */
const CLASS_BOOKKEEPING = new Set(['__module__', '__qualname__', '__doc__', '__dict__', '__weakref__']);
const ATOM_CAP = 60;

export interface EncodedRefs {
  readonly targets: PyObj[];
  readonly labels: string[] | null;
}

/**
 * Dicts that are not shown as objects of their own: the module globals (shown as globals),
 * a class's or a module's namespace, an instance's inline attribute dict (shown as the
 * instance's attributes). Their owner, if any, is re-read when they change.
 */
export interface HiddenDicts {
  owner(d: PyDict): PyObj | null | undefined;
  hide(d: PyDict, owner: PyObj | null): void;
  /** whether a generator's frame is on the frame stack now (then the frame shows its refs) */
  running(f: Frame): boolean;
  /** the label a frame's stack slot got when its value appeared there */
  stackLabel(f: Frame, slot: number, v: PyObj): string;
}

export function capText(s: string): string {
  return s.length > ATOM_CAP ? s.slice(0, ATOM_CAP - 1) + '…' : s;
}

export function typeName(o: PyObj): string {
  return o.cls.name;
}

/** The repr of objects whose repr does not depend on the objects they hold; null otherwise. */
export function atomOf(rt: Runtime, o: PyObj): string | null {
  switch (o.kind) {
    case 'int':
      if (o.cls === rt.types.bool) return o.value ? 'True' : 'False';
      return capText(o.value.toString());
    case 'float': return floatRepr(o.value);
    case 'str': return capText(strRepr(o.value));
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'notimplemented': return 'NotImplemented';
    case 'range': return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
    case 'function': return `<function ${o.qualname}>`;
    case 'builtin': return o.self ? `<built-in method ${o.name} of ${o.self.cls.name} object>` : `<built-in function ${o.name}>`;
    case 'type': return `<class '${o.builtin ? o.name : '__main__.' + o.qualname}'>`;
    case 'module': return `<module '${o.name}'>`;
    case 'generator': return `<generator object ${o.qualname}>`;
    case 'instance': return o.exc ? null : `<${o.cls.qualname} object>`;
    case 'method': return null;
    case 'weakref': return o.referent ? `<weakref to '${o.referent.cls.name}' object>` : '<weakref (dead)>';
    case 'iterator': case 'dictview': case 'property': case 'super': case 'cell': case 'slice':
      return null;
    case 'list': case 'tuple': case 'dict': case 'set':
      return null;
    default:
      return null;
  }
}

/** Objects the trace does not look inside: the builtin world the program did not build. */
export function isOpaque(o: PyObj): boolean {
  return (o.kind === 'type' && o.builtin) || o.kind === 'module' || (o.kind === 'builtin' && o.self === null);
}

export function sizeOfSafe(rt: Runtime, o: PyObj): number {
  return sizeOf(rt, o);
}

/** The references `o` owns, with holder labels (see ObjRecord.labels). */
export function encodeRefs(o: PyObj, hidden: HiddenDicts): EncodedRefs {
  switch (o.kind) {
    case 'list': case 'tuple':
      return { targets: o.items.slice(), labels: null };
    case 'set':
      return { targets: o.store.items(), labels: null };
    case 'dict': {
      // by entry position, holes (deleted entries) as NULL pairs: positions stay put, so one
      // written entry is one slot of the record (CPython's dk_entries keeps DKIX_DUMMY the same way)
      const targets: PyObj[] = [];
      const store = o.store;
      for (let i = 0; i < store.entryCount; i++) {
        const k = store.keyAt(i);
        if (k) targets.push(k, store.valueAt(i));
        else targets.push(NULL, NULL);
      }
      return { targets, labels: null };
    }
    default: {
      const targets: PyObj[] = [];
      const labels: string[] = [];
      const add = (label: string, t: PyObj | null | undefined) => {
        if (t && !isNull(t)) {
          targets.push(t);
          labels.push(label);
        }
      };
      namedRefs(o, add, hidden);
      return { targets, labels };
    }
  }
}

function namedRefs(o: PyObj, add: (label: string, t: PyObj | null | undefined) => void, hidden: HiddenDicts): void {
  switch (o.kind) {
    case 'cell': add('f:cell contents', o.contents); return;
    case 'function':
      add('f:defaults', o.defaults);
      add('f:kwdefaults', o.kwdefaults);
      add('f:__dict__', o.dict);
      add('f:closure', o.closure);
      return;
    case 'builtin': add('f:self', o.self); return;
    case 'method': add('f:function', o.func); add('f:self', o.self); return;
    case 'type':
      if (o.builtin) return;
      hidden.hide(o.dict, o);
      for (const [k, v] of o.dict.store.entries()) {
        const name = k.kind === 'str' ? k.value : '?';
        if (!CLASS_BOOKKEEPING.has(name)) add(`c:${name}`, v);
      }
      for (const b of o.bases) add('f:base', b);
      return;
    case 'instance':
      if (o.slots && o.cls.slotNames) o.slots.forEach((v, i) => add(`a:${o.cls.slotNames![i]}`, v));
      if (o.dict) {
        if (o.dict.flags & Flag.Managed) {
          hidden.hide(o.dict, o);
          for (const [k, v] of o.dict.store.entries()) add(`a:${k.kind === 'str' ? k.value : '?'}`, v);
        } else {
          if (hidden.owner(o.dict) === o) hidden.hide(o.dict, null);
          add('f:__dict__', o.dict);
        }
      }
      if (o.exc) {
        add('f:args', o.exc.args);
        add('f:__cause__', o.exc.cause);
        add('f:__context__', o.exc.context);
        add('f:__traceback__', o.exc.traceback);
        if (o.exc.name) add('f:name', o.exc.name);
        if (o.exc.obj) add('f:obj', o.exc.obj);
      }
      if (!o.cls.builtin) add('f:class', o.cls);
      return;
    case 'generator': {
      const f = o.frame;
      if (!f || hidden.running(f)) return;
      const names = slotNames(f.code);
      f.locals.forEach((v, i) => add(`g:${names[i]}`, v));
      let slot = 0;
      for (let i = 0; i < f.sp; i++) {
        const v = f.stack[i]!;
        if (!isNull(v)) add(`s:${hidden.stackLabel(f, slot++, v)}`, v);
      }
      add('f:generator function', f.func);
      return;
    }
    case 'weakref': add('f:callback', o.callback); return;
    case 'iterator': {
      const it = o.iter;
      switch (it.type) {
        case 'seq': case 'reversed': add('f:iterator target', it.seq); return;
        case 'range': return;
        case 'dict': add('f:iterator target', it.dict); return;
        case 'set': add('f:iterator target', it.set); return;
        case 'enumerate': add('f:iterator target', it.it); return;
        case 'zip': for (const x of it.its ?? []) add('f:iterator target', x); return;
        case 'map': add('f:function', it.fn); for (const x of it.its ?? []) add('f:iterator target', x); return;
        case 'filter': add('f:function', it.fn); add('f:iterator target', it.it); return;
      }
      return;
    }
    case 'dictview': add('f:dict', o.dict); return;
    case 'property': add('f:fget', o.fget); add('f:fset', o.fset); return;
    case 'super': add('f:super type', o.type); add('f:super object', o.obj); return;
    case 'slice': add('f:start', o.start); add('f:stop', o.stop); add('f:step', o.step); return;
    case 'module': case 'int': case 'float': case 'str': case 'none': case 'ellipsis': case 'notimplemented': case 'range':
      return;
    case 'list': case 'tuple': case 'set': case 'dict':
      return;
    default:
      // kinds the trace has no labels for yet still show what they hold
      for (const r of referencesOf(o as PyObj)) add('f:reference', r);
  }
}

const slotNameCache = new WeakMap<CodeObject, readonly string[]>();

/** A frame's local slot names: varnames, then cells, then free variables (CPython's localsplus). */
export function slotNames(code: CodeObject): readonly string[] {
  let names = slotNameCache.get(code);
  if (!names) {
    names = [...code.varnames, ...code.cellvars, ...code.freevars];
    slotNameCache.set(code, names);
  }
  return names;
}

/** How the game names a value sitting on an evaluation stack at a line boundary. */
export function stackLabel(v: PyObj, line: number, previous: string | null): string {
  if (previous !== null) return previous;
  if (v.kind === 'iterator' || v.kind === 'generator') return `iterator of the for loop at line ${line}`;
  if (v.kind === 'instance' && v.exc) return `exception being handled (line ${line})`;
  return `temporary value of line ${line}`;
}

export function frameName(f: Frame): string {
  return f.code.kind === 'module' ? '<module>' : f.code.name;
}
