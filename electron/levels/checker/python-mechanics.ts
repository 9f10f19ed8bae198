// CPython's view of the puzzle mechanics, for the checker (dev tool; the game never calls python3):
//   - graph: the names -> objects -> slots drawing once a module-level line has run (draw the
//     heap), or once the program has ended (a make-this-heap target);
//   - leak: which objects (named by expressions evaluated just before the line) are, once the
//     line has run, unreachable garbage that gc.collect() finds (gc.DEBUG_SAVEALL keeps them in
//     gc.garbage to be counted; the run stops right there, so nothing else is disturbed).
// One python3 process runs every job, each in a fresh, sandboxed interpreter (python-sandbox.ts).
import { execFileSync } from 'node:child_process';
import { lookOf, type GraphObject, type GraphSlot, type HeapGraph } from '../mechanics/heap-graph';
import { SANDBOX_LIMITS, SANDBOX_PY } from './python-sandbox';

const MARK = '@@refquest-mechanics@@ ';

const DRIVER = String.raw`
import contextlib, gc, io, json, os, sys, types
spec = json.loads(sys.stdin.read())
code = compile(spec["code"], "<level>", "exec")
ns = {"__name__": "__main__", "__builtins__": __builtins__}
ATOMS = (int, float, str, bool, type(None), bytes, complex)
OPAQUE = (types.ModuleType, types.FunctionType, type, types.BuiltinFunctionType, types.MethodType)
real_stdout = sys.stdout
def reply(value):
    real_stdout.write("\n" + MARK + json.dumps(value) + "\n")
    real_stdout.flush()
    os._exit(0)
def data_names():
    return [n for n, v in ns.items() if not n.startswith("__") and not isinstance(v, OPAQUE)]
def graph(names):
    bindings = {n: id(ns[n]) for n in names if n in ns}
    objects = {}
    queue = [ns[n] for n in names if n in ns]
    while queue:
        o = queue.pop(0)
        if id(o) in objects:
            continue
        slots = []
        if isinstance(o, (list, tuple)):
            slots = [("[%d]" % i, v) for i, v in enumerate(o)]
        elif isinstance(o, dict):
            slots = [("[%r]" % (k,), v) for k, v in o.items()]
        elif not isinstance(o, ATOMS + OPAQUE) and hasattr(o, "__dict__"):
            slots = [("." + k, v) for k, v in vars(o).items()]
        out = []
        for key, v in slots:
            if isinstance(v, ATOMS):
                out.append([key, None, repr(v)])
            else:
                out.append([key, id(v), None])
                queue.append(v)
        r = ("<%s object>" % type(o).__name__) if not isinstance(o, ATOMS) and type(o).__repr__ is object.__repr__ else repr(o)
        objects[id(o)] = {"type": type(o).__name__, "repr": r, "slots": out}
    return {"bindings": bindings, "objects": objects}
state = {"seen": False, "ids": None}
def at_line_end():
    if spec["mode"] == "graph":
        reply(graph(spec["names"] or data_names()))
    garbage_check = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    found = {id(o) for o in gc.garbage}
    reply([label for label, i in state["ids"].items() if i in found])
def tracer(frame, event, arg):
    if frame.f_code is not code:
        return None
    if event in ("line", "return"):
        if state["seen"]:
            at_line_end()
        if event == "line" and frame.f_lineno == spec["after"]:
            state["seen"] = True
            if spec["mode"] == "leak":
                state["ids"] = {label: id(eval(label, ns)) for label in spec["candidates"]}
    return tracer
with contextlib.redirect_stdout(io.StringIO()):
    if spec["after"] is not None:
        sys.settrace(tracer)
    try:
        exec(code, ns)
    except BaseException as e:
        sys.settrace(None)
        reply({"error": "%s: %s" % (type(e).__name__, e)})
    sys.settrace(None)
if spec["after"] is None:
    reply(graph(spec["names"] or data_names()))
reply({"error": "line %s never finished" % spec["after"]})
`;

const BATCH = String.raw`
import json, sys
${SANDBOX_PY}
DRIVER, MARK, jobs, limits = json.loads(sys.stdin.read())
configure(limits)
out = {}
for key, spec in jobs.items():
    code, stdout, stderr = sandboxed(guarded("MARK = %r\n" % MARK + DRIVER), json.dumps(spec))
    reply = {"error": (stderr or stdout)[-1500:]}
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARK):
            try:
                reply = json.loads(line[len(MARK):])
            except ValueError:
                pass  # cut short by the output cap
            break
    out[key] = reply
print(json.dumps(out))
`;

export type MechanicsJob =
  /** the drawing after line `after` (null: once the program has ended) */
  | { readonly mode: 'graph'; readonly code: string; readonly after: number | null; readonly names: readonly string[] | null }
  /** which candidates are garbage the collector finds once line `after` has run */
  | { readonly mode: 'leak'; readonly code: string; readonly after: number; readonly candidates: readonly string[] };

export type MechanicsReply = HeapGraph | readonly string[] | { readonly error: string };

interface RawGraph {
  bindings: Record<string, number>;
  objects: Record<string, { type: string; repr: string; slots: [string, number | null, string | null][] }>;
}

function toGraph(raw: RawGraph): HeapGraph {
  const objects = new Map<number, GraphObject>();
  for (const [id, o] of Object.entries(raw.objects)) {
    const slots: GraphSlot[] = o.slots.map(([key, target, value]) => ({ key, target, value }));
    objects.set(Number(id), { id: Number(id), type: o.type, repr: o.repr, refcount: null, slots, look: lookOf(o.type, o.repr, slots) });
  }
  const bindings = new Map(Object.entries(raw.bindings));
  return { names: [...bindings.keys()], bindings, objects, unreachable: 0 };
}

/** Runs every job in CPython; keys are the caller's. */
export function askPythonMechanics(jobs: ReadonlyMap<string, MechanicsJob>): Map<string, MechanicsReply> {
  if (jobs.size === 0) return new Map();
  const input = JSON.stringify([DRIVER, MARK, Object.fromEntries(jobs), SANDBOX_LIMITS]);
  const raw = JSON.parse(
    execFileSync('python3', ['-I', '-c', BATCH], { input, encoding: 'utf8', timeout: 30_000 + 2 * SANDBOX_LIMITS.wallSeconds * 1000 * jobs.size, maxBuffer: 4 * SANDBOX_LIMITS.outputBytes * Math.max(1, jobs.size) }),
  ) as Record<string, unknown>;
  const replies = new Map<string, MechanicsReply>();
  for (const [key, value] of Object.entries(raw)) {
    if (value && typeof value === 'object' && 'error' in value) replies.set(key, { error: String((value as { error: unknown }).error) });
    else if (Array.isArray(value)) replies.set(key, value as string[]);
    else replies.set(key, toGraph(value as RawGraph));
  }
  return replies;
}
