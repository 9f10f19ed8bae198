// What CPython itself says about the level programs: the checker's outside view. One python3
// process takes the whole batch and runs every program in fresh interpreters of its own:
//   - twice plainly (as `python3 -c code`): stdout, stderr and exit status, which must not vary;
//   - once under a line tracer that, once a module-level line has run, evaluates the questions'
//     expressions: refcount (sys.getrefcount less the driver's own holders, measured),
//     identity (`is`), alias (id() groups), size (sys.getsizeof), and slices stdout per line;
//   - once with gc.collect wrapped (no tracer, so automatic collections happen as in the plain
//     run), recording what each call returns and on which module-level line.
// Every one of those runs is sandboxed (python-sandbox.ts), and only programs the engine accepted
// get here. Dev tool only: the game never calls python3 (the engine computes answers; DESIGN.md).
import { execFileSync } from 'node:child_process';
import type { LevelQuestion } from '../schema';
import { SANDBOX_LIMITS, SANDBOX_PY, type SandboxLimits } from './python-sandbox';

/** starts the line that carries a driver's JSON reply, whatever the program prints around it */
const MARK = '@@refquest-oracle@@ ';

const TRACED = String.raw`
import contextlib, io, json, sys
spec = json.loads(sys.stdin.read())
code = compile(spec["code"], "<level>", "exec")
out = io.StringIO()
ns = {"__name__": "__main__", "__builtins__": __builtins__}
answers = {}
marks = []
def overhead():
    """What sys.getrefcount adds for this driver's own holders, measured on an object held once:
    2 in CPython 3.10-3.13 (the local and the call's argument), 1 where a call borrows its
    argument (3.14). Measured, not assumed, so every version's counts mean the program's holders."""
    probe = {"p": []}
    value = eval("p", probe)
    return sys.getrefcount(value) - 1
OVERHEAD = overhead()
def settle(after_line):
    for i, q in enumerate(spec["questions"]):
        if str(i) in answers or q.get("after") != after_line:
            continue
        try:
            if q["kind"] == "refcount":
                value = eval(q["expr"], ns)
                answers[str(i)] = sys.getrefcount(value) - OVERHEAD
                del value
            elif q["kind"] == "identity":
                answers[str(i)] = eval("(%s) is (%s)" % (q["left"], q["right"]), ns)
            elif q["kind"] == "alias":
                groups = {}
                for t in q["targets"]:
                    groups.setdefault(id(eval(t, ns)), []).append(t)
                answers[str(i)] = list(groups.values())
            elif q["kind"] == "size":
                answers[str(i)] = [sys.getsizeof(eval(e, ns)) for e in q["exprs"]]
        except Exception as e:
            answers[str(i)] = {"error": "%s: %s" % (type(e).__name__, e)}
def tracer(frame, event, arg):
    if frame.f_code is not code:
        return None
    if event in ("line", "return"):
        if marks:
            settle(marks[-1][0])
        marks.append((frame.f_lineno if event == "line" else -1, len(out.getvalue())))
    return tracer
with contextlib.redirect_stdout(out):
    sys.settrace(tracer)
    try:
        exec(code, ns)
    except BaseException:
        pass
    finally:
        sys.settrace(None)
text = out.getvalue()
for i, q in enumerate(spec["questions"]):
    if q["kind"] == "output":
        ranges = [[marks[j][1], marks[j + 1][1]] for j in range(len(marks) - 1) if marks[j][0] == q["line"]]
        answers[str(i)] = "".join(text[a:b] for a, b in ranges)
        answers["ranges:%d" % i] = ranges
answers["traced-stdout"] = text
print("\n" + MARK + json.dumps(answers))
`;

const COLLECTS = String.raw`
import gc, io, contextlib, json, sys
spec = json.loads(sys.stdin.read())
code = compile(spec["code"], "<level>", "exec")
results = {}
real_collect = gc.collect
def recording_collect(*args):
    found = real_collect(*args)
    f = sys._getframe(1)
    while f is not None and f.f_code is not code:
        f = f.f_back
    if f is not None:
        results.setdefault(str(f.f_lineno), []).append(found)
    return found
gc.collect = recording_collect
ns = {"__name__": "__main__", "__builtins__": __builtins__}
with contextlib.redirect_stdout(io.StringIO()):
    try:
        exec(code, ns)
    except BaseException:
        pass
print("\n" + MARK + json.dumps(results))
`;

const BATCH = String.raw`
import json, sys
${SANDBOX_PY}
TRACED, COLLECTS, MARK, programs, limits = json.loads(sys.stdin.read())
configure(limits)
MARK_LINE = "MARK = %r\n" % MARK
report = {}
def reply(run):
    """The driver's JSON: the last line after its marker; the program may print at exit too."""
    code, stdout, stderr = run
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARK):
            try:
                return json.loads(line[len(MARK):])
            except ValueError:
                break  # cut short by the output cap
    return {"driver": (stderr or stdout)[-2000:]}
for key, spec in programs.items():
    plain = [sandboxed(guarded_program(spec["code"])) for _ in range(2)]
    entry = {"runs": [list(r) for r in plain]}
    entry["answers"] = reply(sandboxed(guarded(MARK_LINE + TRACED), json.dumps(spec)))
    if any(q["kind"] == "collect" for q in spec["questions"]):
        collects = reply(sandboxed(guarded(MARK_LINE + COLLECTS), json.dumps(spec)))
        entry["collects"] = {} if "driver" in collects else collects
    report[key] = entry
print(json.dumps(report))
`;

export interface PythonRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** CPython's view of one level program. */
export interface PythonReport {
  /** the two plain runs */
  readonly runs: readonly [PythonRun, PythonRun];
  /**
   * per question index: refcount number, identity boolean, alias groups, size byte list,
   * output text; `{ error }` when an expression failed there
   */
  readonly answers: Readonly<Record<string, unknown>>;
  /** module-level line -> what gc.collect() returned there, in call order */
  readonly collects: Readonly<Record<string, readonly number[]>>;
}

export interface PythonProgram {
  readonly code: string;
  readonly questions: readonly LevelQuestion[];
}

type RawEntry = { runs: [number, string, string][]; answers: Record<string, unknown>; collects?: Record<string, number[]> };

/** The drivers, for an interpreter that cannot start subprocesses (Pyodide runs them itself). */
export const ORACLE_DRIVERS = { traced: TRACED, collects: COLLECTS, mark: MARK } as const;

/**
 * Runs every program in CPython (one batch process of `python`, python3 unless another
 * version is asked for, in isolated mode and sandboxed); keys are the caller's.
 */
export function askPython(programs: ReadonlyMap<string, PythonProgram>, limits: SandboxLimits = SANDBOX_LIMITS, python = 'python3'): Map<string, PythonReport> {
  const input = JSON.stringify([TRACED, COLLECTS, MARK, Object.fromEntries(programs), limits]);
  const raw = JSON.parse(
    execFileSync(python, ['-I', '-c', BATCH], { input, encoding: 'utf8', timeout: 60_000 + 4 * limits.wallSeconds * 1000 * programs.size, maxBuffer: 16 * limits.outputBytes * Math.max(1, programs.size) }),
  ) as Record<string, RawEntry>;
  const reports = new Map<string, PythonReport>();
  for (const [key, entry] of Object.entries(raw)) {
    const [first, second] = entry.runs.map(([exitCode, stdout, stderr]) => ({ exitCode, stdout, stderr })) as [PythonRun, PythonRun];
    reports.set(key, { runs: [first, second], answers: entry.answers, collects: entry.collects ?? {} });
  }
  return reports;
}
