// CPython 3.14 in WebAssembly (the `pyodide` package) as one more oracle for the level checker's
// version table. Pyodide cannot start subprocesses, so where the CPython batch runs each driver
// in a fresh `python -c`, this loads a fresh Pyodide interpreter for each level and runs the
// same drivers (python-oracle.ts) in it, each in an interpreter of its own: the plain program,
// the traced driver, and the gc.collect recorder when a question asks for it. A fresh interpreter per level
// keeps one level's interned strings and collector counts out of the next one's answers.
import { ORACLE_DRIVERS, type PythonProgram, type PythonReport, type PythonRun } from '../checker/python-oracle';

interface PyodideLike {
  runPython(code: string): unknown;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
  setStdin(options: { stdin: () => string | null }): void;
}

type LoadPyodide = (options?: Record<string, unknown>) => Promise<PyodideLike>;

/** one fresh interpreter's run of `code`, with `stdin` as its whole standard input */
async function runFresh(load: LoadPyodide, code: string, stdin = ''): Promise<PythonRun> {
  const py = await load({ stdout: () => {}, stderr: () => {} });
  let stdout = '';
  let stderr = '';
  let given = false;
  py.setStdout({ batched: (text) => { stdout += text + '\n'; } });
  py.setStderr({ batched: (text) => { stderr += text + '\n'; } });
  py.setStdin({ stdin: () => (given ? null : ((given = true), stdin)) });
  // The program runs as __main__ would: its own namespace, a SystemExit honoured, a traceback
  // printed for anything else (exit 1), as `python -c` does.
  py.runPython(`import gc, sys, json, traceback\n__rq_code = ${JSON.stringify(code)}\n__rq_status = 0`);
  // Pyodide's start-up and each runPython call leave a few cycles behind (\`python -c\` starts
  // with none): collect them just before the program runs, or its first gc.collect() counts them.
  py.runPython(String.raw`
gc.collect()
try:
    exec(compile(__rq_code, "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
except SystemExit as e:
    __rq_status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
except BaseException:
    traceback.print_exc()
    __rq_status = 1
sys.stdout.flush(); sys.stderr.flush()
`);
  const exitCode = Number(py.runPython('__rq_status'));
  return { exitCode, stdout, stderr };
}

function reply(run: PythonRun, mark: string): Record<string, unknown> {
  for (const line of run.stdout.split('\n').reverse()) {
    if (line.startsWith(mark)) return JSON.parse(line.slice(mark.length)) as Record<string, unknown>;
  }
  return { driver: (run.stderr || run.stdout).slice(-2000) };
}

/** Runs every program in Pyodide; keys are the caller's, reports shaped as askPython's. */
export async function askPyodide(programs: ReadonlyMap<string, PythonProgram>): Promise<Map<string, PythonReport>> {
  const { loadPyodide } = (await import('pyodide')) as unknown as { loadPyodide: LoadPyodide };
  const markLine = `MARK = ${JSON.stringify(ORACLE_DRIVERS.mark)}\n`;
  const reports = new Map<string, PythonReport>();
  for (const [key, spec] of programs) {
    const plain = await runFresh(loadPyodide, spec.code);
    const input = JSON.stringify(spec);
    const answers = reply(await runFresh(loadPyodide, markLine + ORACLE_DRIVERS.traced, input), ORACLE_DRIVERS.mark);
    let collects: Record<string, number[]> = {};
    if (spec.questions.some((q) => q.kind === 'collect')) {
      const raw = reply(await runFresh(loadPyodide, markLine + ORACLE_DRIVERS.collects, input), ORACLE_DRIVERS.mark);
      collects = 'driver' in raw ? {} : (raw as Record<string, number[]>);
    }
    reports.set(key, { runs: [plain, plain], answers, collects });
  }
  return reports;
}
