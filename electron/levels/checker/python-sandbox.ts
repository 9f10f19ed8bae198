// How the checker runs a level's program in CPython: the program comes from a level file, which
// may come from anyone, so it gets an isolated interpreter (`python3 -I -B`: no environment, no
// user site, no bytecode written), resource limits set in the child before it starts (CPU
// seconds, address space, bytes written, no new processes), a wall-clock timeout, output
// captured in files capped by that write limit, and an audit hook (PEP 578) that refuses what
// no level needs: spawning processes, sockets, ctypes, writing or deleting files. The engine has
// already accepted the program by then (check.ts), so this is the second wall, not the first.
//
// Both batch drivers (python-oracle.ts, python-mechanics.ts) paste SANDBOX_PY in and call
// `sandboxed(script, stdin)`; GUARD_PY goes at the top of every script a child runs.

export interface SandboxLimits {
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  readonly memoryBytes: number;
  /** per stream: a level that prints more is stopped (the engine's own output cap is far lower) */
  readonly outputBytes: number;
}

export const SANDBOX_LIMITS: SandboxLimits = {
  cpuSeconds: 10,
  wallSeconds: 30,
  memoryBytes: 1024 * 1024 * 1024,
  outputBytes: 4 * 1024 * 1024,
};

/** Python: the audit hook every child installs before it runs a level's code. */
export const GUARD_PY = String.raw`
import sys as _rq_sys
def _rq_guard(event, args):
    if event in ("os.system", "os.fork", "os.forkpty", "os.kill", "os.killpg", "os.remove", "os.rename",
                 "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.link", "os.symlink", "os.truncate",
                 "os.putenv", "os.unsetenv", "os.chdir", "pty.spawn", "shutil.rmtree", "shutil.copyfile",
                 "shutil.move", "webbrowser.open") \
            or event.startswith(("subprocess.", "os.exec", "os.spawn", "os.posix_spawn", "socket.", "ctypes.", "_posixsubprocess.")):
        raise PermissionError("the level checker does not let a level's program do %s" % event)
    if event == "open":
        mode, flags = args[1], args[2]
        writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & 0o3103)  # O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND
        if writes:
            raise PermissionError("the level checker does not let a level's program write %r" % (args[0],))
_rq_sys.addaudithook(_rq_guard)
del _rq_sys, _rq_guard
`;

/**
 * Python: `configure(limits)` once (a SandboxLimits object), then
 * `sandboxed(script, stdin) -> (exit code, stdout, stderr)`, a limited `python3 -I -B -c script`;
 * `guarded(script)` puts the audit hook first; `guarded_program(code)` runs a level's code behind it.
 */
export const SANDBOX_PY = String.raw`
import os, resource, signal, subprocess, sys, tempfile
def configure(limits):
    global CPU_SECONDS, WALL_SECONDS, MEMORY_BYTES, OUTPUT_BYTES
    CPU_SECONDS, WALL_SECONDS = limits["cpuSeconds"], limits["wallSeconds"]
    MEMORY_BYTES, OUTPUT_BYTES = limits["memoryBytes"], limits["outputBytes"]
def _limit_child():
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))  # SIGXCPU first, SIGKILL a second later
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_BYTES, OUTPUT_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
def sandboxed(script, stdin=""):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            code = subprocess.run([sys.executable, "-I", "-B", "-c", script], input=stdin.encode("utf-8"), stdout=out, stderr=err,
                                  preexec_fn=_limit_child, timeout=WALL_SECONDS).returncode
        except subprocess.TimeoutExpired:
            code = None
        out.seek(0)
        err.seek(0)
        stdout = out.read(OUTPUT_BYTES).decode("utf-8", "replace")
        stderr = err.read(OUTPUT_BYTES).decode("utf-8", "replace")
    stopped = {None: "ran past %d s" % WALL_SECONDS, -signal.SIGXCPU: "used more than %d s of CPU" % CPU_SECONDS,
               -signal.SIGKILL: "was killed (CPU or memory limit)", -signal.SIGXFSZ: "wrote more than %d bytes" % OUTPUT_BYTES}
    if code in stopped:
        stderr += "\nthe level checker stopped CPython: the program %s\n" % stopped[code]
        code = -1 if code is None else code
    elif len(stdout.encode("utf-8")) >= OUTPUT_BYTES:
        # CPython ignores SIGXFSZ: the write past the cap failed with EFBIG instead
        stderr += "\nthe level checker stopped CPython: the program %s\n" % stopped[-signal.SIGXFSZ]
    return code, stdout, stderr
GUARD = ${JSON.stringify(GUARD_PY)}
def guarded(script):
    """A child script behind the audit hook."""
    return GUARD + "\n" + script
def guarded_program(code):
    """Runs a level's code as python3 -c code would, behind the audit hook."""
    return guarded('exec(compile(%r, "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})\n' % code)
`;

