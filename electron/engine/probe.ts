// Asking questions of a running program, for the level solver: what an expression refers to
// once line N has run (its refcount, which other expressions share its object), what line N
// printed, which objects line N freed or left unreachable, what gc.collect() returned there.
// Expressions are evaluated inside the engine, in the frame that ran line N, without
// disturbing the program: no steps counted, no collection triggered, references given back.
import { parse, analyzeScopes } from './parser/index';
import { compileEval } from './compiler/compiler';
import { createConstPool } from './compiler/const-pool';
import { runSource, type ProgramResult } from './run';
import type { Session } from './session';
import { Frame } from './vm/frame';
import { Flag, type PyDict, type PyObj } from './runtime/objects';
import { dictSetStr } from './runtime/dict-ops';
import { findGarbage } from './runtime/gc';
import { repr } from './runtime/repr';
import { PyException } from './runtime/errors';
import { exceptionStr } from './runtime/repr';
import { sizeOf } from './runtime/sizeof';

export type ProbeRequest =
  /** evaluate expressions once line `after` has run (first time) */
  | { readonly kind: 'values'; readonly after: number; readonly exprs: readonly string[] }
  /** everything printed while line `line` runs (every time it runs) */
  | { readonly kind: 'output'; readonly line: number }
  /** which candidates (evaluated just before line `line` first runs) it frees or leaves unreachable */
  | { readonly kind: 'freed'; readonly line: number; readonly candidates: readonly string[] }
  /** what gc.collect() returns while line `line` runs */
  | { readonly kind: 'collect'; readonly line: number };

export interface ProbedValue {
  readonly expr: string;
  readonly objectId: number;
  readonly typeName: string;
  readonly repr: string;
  /** references held to the object, as sys.getrefcount(x) - 1 reports; null for cached objects */
  readonly refcount: number | null;
  /** what sys.getsizeof(x) returns */
  readonly sizeof: number;
}

export type ProbeAnswer =
  | { readonly kind: 'values'; readonly values: readonly ProbedValue[] }
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'freed'; readonly freed: readonly string[]; readonly unreachable: readonly string[] }
  | { readonly kind: 'collect'; readonly results: readonly number[] };

export class ProbeError extends Error {}

export interface ProbeRun {
  readonly result: Pick<ProgramResult, 'stdout' | 'stderr' | 'exitCode'>;
  /** one answer per request, or null when the program never got there */
  readonly answers: readonly (ProbeAnswer | null)[];
}

export function probeProgram(source: string, requests: readonly ProbeRequest[], maxSteps = 100_000): ProbeRun {
  const answers: (ProbeAnswer | null)[] = requests.map(() => null);
  const outputs = new Map<number, string>();
  const collects = new Map<number, number[]>();
  const pendingFreed = new Map<number, { line: number; objects: (PyObj | null)[]; exprs: readonly string[] }>();
  let session: Session | null = null;
  /** the line each running frame is on: it has finished when that frame reaches its next line */
  const current = new Map<Frame, number>();
  let probing = false;

  const activeLines = (): Set<number> => {
    const lines = new Set<number>();
    for (let f = session!.interp.frame; f; f = f.back) lines.add(f.line);
    return lines;
  };

  const settleAfter = (ranLine: number, frame: Frame) => {
    requests.forEach((r, i) => {
      if (r.kind === 'values' && r.after === ranLine && answers[i] === null) {
        answers[i] = { kind: 'values', values: r.exprs.map((e) => evaluate(session!, frame, e)) };
      }
    });
    const freed = pendingFreed.get(ranLine);
    if (freed) {
      pendingFreed.delete(ranLine);
      const i = requests.findIndex((r) => r.kind === 'freed' && r.line === ranLine);
      answers[i] = classifyFreed(session!, freed.exprs, freed.objects);
    }
  };

  /** Runs `f` with the program undisturbed: no steps counted, no collection, GC counts kept. */
  const quietly = (f: () => void) => {
    const s = session!;
    probing = true;
    const savedOnLine = s.rt.onLine;
    s.rt.onLine = null;
    const steps = s.rt.steps;
    const counts = [...s.rt.heap.counts];
    const ids = s.rt.heap.idCounter;
    const collecting = s.gc.collecting;
    s.gc.collecting = true;
    try {
      f();
    } finally {
      // objects a probe made are gone again; reuse their ids so ids match a traced run
      s.rt.heap.idCounter = ids;
      s.rt.steps = steps;
      s.rt.heap.counts.splice(0, 3, ...counts);
      s.gc.collecting = collecting;
      s.rt.onLine = savedOnLine;
      probing = false;
    }
  };

  const onLine = (frame: Frame, line: number) => {
    if (probing) return;
    quietly(() => {
      const chain = new Set<Frame>();
      for (let f: Frame | null = frame; f; f = f.back) chain.add(f);
      // frames that returned since: their last line is done; only generators keep their locals
      for (const [f, ranLine] of [...current]) {
        if (f !== frame && !chain.has(f)) {
          current.delete(f);
          if (f.generator) settleAfter(ranLine, f);
        }
      }
      const ran = current.get(frame);
      if (ran !== undefined) settleAfter(ran, frame);
      requests.forEach((r, i) => {
        if (r.kind === 'freed' && r.line === line && !pendingFreed.has(line) && answers[i] === null) {
          pendingFreed.set(line, { line, exprs: r.candidates, objects: r.candidates.map((e) => evaluateObject(session!, frame, e)) });
        }
      });
    });
    current.set(frame, line);
  };

  const run = runSource(source, {
    maxSteps,
    onSession: (s) => {
      session = s;
      s.rt.onLine = onLine;
      s.rt.onOutput = (text) => {
        for (const line of activeLines()) outputs.set(line, (outputs.get(line) ?? '') + text);
      };
      s.rt.onGcCollect = (found) => {
        for (const line of activeLines()) collects.set(line, [...(collects.get(line) ?? []), found]);
      };
    },
    beforeShutdown: (s, globals) => {
      s.rt.onLine = null;
      // the main program's last line is done: evaluate in its globals
      const moduleEntry = [...current].find(([f]) => f.code.kind === 'module');
      if (moduleEntry) {
        const moduleFrame = new Frame(moduleEntry[0].code, globals, globals, null);
        try {
          quietly(() => settleAfter(moduleEntry[1], moduleFrame));
        } catch (e) {
          // the program stopped inside that line (an uncaught exception): it never finished
          if (!(e instanceof ProbeError)) throw e;
        }
      }
    },
  });
  requests.forEach((r, i) => {
    if (r.kind === 'output') answers[i] = { kind: 'output', text: outputs.get(r.line) ?? '' };
    if (r.kind === 'collect' && collects.has(r.line)) answers[i] = { kind: 'collect', results: collects.get(r.line)! };
  });
  return { result: { stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode }, answers };
}

/** Evaluates `expr` in `frame` and returns a new reference; the namespace dict it may need is counted out. */
function evalInFrame(session: Session, frame: Frame, expr: string): { value: PyObj; scratch: PyDict | null } {
  const { rt, interp } = session;
  let module;
  try {
    module = parse(expr);
  } catch (e) {
    throw new ProbeError(`cannot evaluate \`${expr}\`: ${(e as Error).message}`);
  }
  const code = compileEval(module, { scopes: analyzeScopes(module), pool: createConstPool(rt), filename: '<probe>' });
  // a function's locals are visible through a scratch namespace; the module's through its globals
  let scratch: PyDict | null = null;
  let namespace = frame.namespace ?? frame.globals;
  if (!frame.namespace) {
    scratch = rt.dict();
    const names = [...frame.code.varnames, ...frame.code.cellvars, ...frame.code.freevars];
    names.forEach((name, i) => {
      const slot = frame.locals[i];
      const v = slot && i >= frame.code.varnames.length && slot.kind === 'cell' ? slot.contents : slot;
      if (v) dictSetStr(rt, scratch!, name, rt.incref(v));
    });
    namespace = scratch;
  }
  const probeFrame = new Frame(code, frame.globals, namespace, null);
  try {
    return { value: interp.execute(probeFrame).value, scratch };
  } catch (e) {
    if (scratch) rt.decref(scratch);
    if (e instanceof PyException) {
      const msg = `${e.exc.cls.name}: ${exceptionStr(rt, e.exc)}`;
      rt.decref(e.exc);
      throw new ProbeError(`cannot evaluate \`${expr}\` there: ${msg}`);
    }
    throw e;
  }
}

function evaluate(session: Session, frame: Frame, expr: string): ProbedValue {
  const { rt } = session;
  const { value, scratch } = evalInFrame(session, frame, expr);
  try {
    let held = value.rc - 1;
    if (scratch) for (const [, v] of scratch.store.entries()) if (v === value) held--;
    return {
      expr,
      objectId: value.id,
      typeName: value.cls.name,
      repr: safeRepr(session, value),
      refcount: value.flags & Flag.Cached ? null : held,
      sizeof: sizeOf(rt, value),
    };
  } finally {
    if (scratch) rt.decref(scratch);
    rt.decref(value);
  }
}

/** The object `expr` names, without keeping a reference (the program must hold it). */
function evaluateObject(session: Session, frame: Frame, expr: string): PyObj | null {
  const { value, scratch } = evalInFrame(session, frame, expr);
  if (scratch) session.rt.decref(scratch);
  if (value.rc <= 1) {
    session.rt.decref(value);
    throw new ProbeError(`\`${expr}\` does not name an object the program holds before that line`);
  }
  session.rt.decref(value);
  return value;
}

function classifyFreed(session: Session, exprs: readonly string[], objects: readonly (PyObj | null)[]): ProbeAnswer {
  const garbage = findGarbage(session.rt);
  const freed: string[] = [];
  const unreachable: string[] = [];
  objects.forEach((o, i) => {
    if (!o) return;
    if (o.flags & Flag.Freed) freed.push(exprs[i]!);
    else if (garbage.has(o)) unreachable.push(exprs[i]!);
  });
  return { kind: 'freed', freed, unreachable };
}

function safeRepr(session: Session, o: PyObj): string {
  try {
    const r = repr(session.rt, o);
    return r.length > 80 ? r.slice(0, 77) + '...' : r;
  } catch (e) {
    if (e instanceof PyException) {
      session.rt.decref(e.exc);
      return `<${o.cls.name} object>`;
    }
    throw e;
  }
}
