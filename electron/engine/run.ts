// Running a whole program: parse, analyse scopes, compile, execute, then shut down the way
// CPython does (module globals released in order, then a last collection).
import { parse, analyzeScopes } from './parser/index';
import { compileModule } from './compiler/compiler';
import { createConstPool } from './compiler/const-pool';
import { SourceError } from './source-error';
import { createSession, type Session } from './session';
import { BudgetExceeded, PyException, Unsupported } from './runtime/errors';
import { dictGetStr, dictSetStr } from './runtime/dict-ops';
import { collect } from './runtime/gc';
import { exceptionStr } from './runtime/repr';
import { suggestionTrailer } from './runtime/suggestions';
import { Flag, type PyDict, type PyInstance, type PyObj } from './runtime/objects';
import { Frame } from './vm/frame';
import type { CodeObject } from './compiler/code';

export interface ProgramOptions {
  readonly maxSteps?: number;
  /** wall-clock budget in ms (default 5 s): see Budgets.maxMillis */
  readonly maxMillis?: number;
  readonly filename?: string;
  /** called once the session exists, before the program runs (the tracer attaches here) */
  readonly onSession?: (session: Session) => void;
  /** called after the program ends (normally or not), before shutdown releases its globals */
  readonly beforeShutdown?: (session: Session, globals: PyDict) => void;
}

export interface ProgramResult {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 ok, 1 uncaught exception or syntax error, 2 outside the subset, 3 stopped by a budget */
  readonly exitCode: 0 | 1 | 2 | 3;
  /** with exit code 3: which budget stopped the program (null: the JavaScript stack ran out) */
  readonly stoppedBy?: BudgetExceeded['what'] | null;
  readonly session: Session | null;
}

export function compileSource(source: string, session: Session, filename: string): CodeObject {
  const module = parse(source);
  const scopes = analyzeScopes(module);
  return compileModule(module, { scopes, pool: createConstPool(session.rt), filename });
}

export function runSource(source: string, options: ProgramOptions = {}): ProgramResult {
  const filename = options.filename ?? 'program.py';
  const session = createSession();
  const { rt, interp, gc } = session;
  if (options.maxSteps !== undefined) rt.budgets.maxSteps = options.maxSteps;
  if (options.maxMillis !== undefined) rt.budgets.maxMillis = options.maxMillis;
  let code: CodeObject;
  try {
    code = compileSource(source, session, filename);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    if (e.reason === 'unsupported') return { stdout: '', stderr: `${e.message}\n`, exitCode: 2, session: null };
    return {
      stdout: '',
      // a compiler RecursionError has no place in the source: CPython prints the bare exception
      stderr: `${e.line > 0 ? `  File "${filename}", line ${e.line}\n` : ''}${e.pythonType}: ${e.detail}\n`,
      exitCode: 1,
      session: null,
    };
  }
  rt.startClock();
  startLikeCPython(session, code);
  options.onSession?.(session);
  rt.heap.startProgramIds();
  const globals = rt.dict();
  dictSetStr(rt, globals, '__name__', rt.str('__main__'));
  dictSetStr(rt, globals, '__doc__', rt.none());
  const frame = new Frame(code, globals, globals, null);
  let exitCode: ProgramResult['exitCode'] = 0;
  let stoppedBy: BudgetExceeded['what'] | null = null;
  try {
    rt.decref(interp.execute(frame).value);
  } catch (e) {
    exitCode = reportFailure(e, session, source, filename, globals);
    if (e instanceof BudgetExceeded) stoppedBy = e.what;
  }
  options.beforeShutdown?.(session, globals);
  if (exitCode < 2) {
    try {
      shutdown(session, globals);
    } catch (e) {
      if (e instanceof Unsupported) exitCode = reportFailure(e, session, source, filename);
      else if (e instanceof PyException || e instanceof BudgetExceeded) {
        if (e instanceof BudgetExceeded) rt.stderr += e.message + '\n';
      } else throw e;
    }
  }
  void gc;
  void collect;
  return { stdout: rt.stdout, stderr: rt.stderr, exitCode, ...(exitCode === 3 ? { stoppedBy } : {}), session };
}

/**
 * The collector's state when `python3 FILE.py` starts running the file (measured on CPython
 * 3.11): interpreter start-up leaves objects in the young generation's count and in the free
 * lists, and compiling the file adds some per code object. The engine's own set-up objects
 * count as long-lived. Programs that call gc.collect() first see exact counts from there on.
 */
function startLikeCPython(session: Session, code: CodeObject): void {
  const heap = session.rt.heap;
  const gens = heap.generations;
  for (const g of [gens[0], gens[1]]) {
    for (const o of g) gens[2].add(o);
    g.clear();
  }
  const codeObjects = (c: CodeObject): number => 1 + c.codes.reduce((n, k) => n + codeObjects(k), 0);
  heap.counts.splice(0, 3, 249 + 12 * (codeObjects(code) - 1), 0, 2);
  const free = heap.freeLists;
  free.clear();
  free.lists = 37;
  free.dicts = 14;
  [4, 6, 2, 2, 2, 0, 8, 6, 1, 0, 1].forEach((n, i) => { free.tuples[i + 1] = n; });
}

function reportFailure(e: unknown, session: Session, source: string, filename: string, globals: PyDict | null = null): ProgramResult['exitCode'] {
  const rt = session.rt;
  if (e instanceof PyException) {
    rt.stderr += formatTraceback(session, e.exc, source, filename, globals);
    const exit = e.exc.cls === rt.types.SystemExit ? 0 : 1;
    // the printed exception is dropped; its traceback's frames release their locals now
    rt.decref(e.exc);
    return exit;
  }
  if (e instanceof BudgetExceeded) {
    rt.stderr += `RefQuest: ${e.message}\n`;
    return 3;
  }
  if (e instanceof Unsupported) {
    // the same words as a construct refused at compile time (SourceError), plus the line
    rt.stderr += `unsupported: ${e.what}${e.line !== null ? ` at line ${e.line}` : ''}\n`;
    return 2;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    rt.stderr += 'RefQuest: the program nests calls too deeply for the simulator (JavaScript stack exhausted)\n';
    return 3;
  }
  throw e;
}

export function formatTraceback(session: Session, exc: PyInstance, source: string, filename: string, globals: PyDict | null = null): string {
  const rt = session.rt;
  const lines = source.split('\n');
  let out = 'Traceback (most recent call last):\n';
  for (let tb = exc.exc?.traceback ?? null; tb; tb = tb.next) {
    out += `  File "${filename}", line ${tb.line}, in ${tb.frame?.name ?? '?'}\n`;
    const text = lines[tb.line - 1]?.trim();
    if (text) out += `    ${text}\n`;
  }
  const message = exceptionStr(rt, exc);
  const name = exc.cls.builtin ? exc.cls.name : exc.cls.qualname;
  // print_exception_suggestions: the printer, not str(e), adds "Did you mean"
  const trailer = globals ? suggestionTrailer(rt, exc, globals) : '';
  out += message || trailer ? `${name}: ${message}${trailer}\n` : `${name}\n`;
  return out;
}

/**
 * Interpreter shutdown as Py_FinalizeEx does it: a collection while the program's globals are
 * still intact (PyGC_Collect, skipped when gc is disabled); then finalize_modules drops the
 * __main__ module, whose dict is then freed at once (when nothing else holds it) or, held by
 * the program's functions and classes, becomes cyclic garbage that the next collection
 * (_PyGC_CollectNoFail, even with gc disabled) finalizes with the globals still readable, and
 * then clears. Whatever a finalizer kept alive is cleared last (_PyModule_ClearDict).
 */
function shutdown(session: Session, globals: PyInstance['dict'] & object): void {
  const { rt, gc } = session;
  rt.handledException = null;
  gc.collecting = true;
  try {
    if (gc.enabled) collect(rt, gc, 2);
    const survives = globals.rc > 1;
    rt.decref(globals);
    if (survives) collect(rt, gc, 2);
    if (survives && !(globals.flags & Flag.Freed) && globals.store.size > 0) {
      rt.incref(globals);
      clearModuleDict(rt, globals);
      rt.decref(globals);
      collect(rt, gc, 2);
    }
  } finally {
    gc.collecting = false;
  }
}

/** _PyModule_ClearDict: names with one leading underscore set to None first, then the others. */
function clearModuleDict(rt: Session['rt'], d: PyDict): void {
  const pass = (first: boolean) => {
    for (const [k] of d.store.entries()) {
      const name = (k as PyObj & { value: string }).value;
      const underscore = name.startsWith('_') && !name.startsWith('__');
      if (first ? !underscore : name === '__builtins__') continue;
      const v = dictGetStr(d, name);
      if (!v || v === rt.None) continue;
      const old = dictSetStr(rt, d, name, rt.none());
      if (old) rt.decref(old);
    }
  };
  pass(true);
  pass(false);
}
